# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(480, 228)
        SettingsDialog.setModal(True)
        self.verticalLayout = QVBoxLayout(SettingsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.databaseLabel = QLabel(SettingsDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseValue = QLabel(SettingsDialog)
        self.databaseValue.setObjectName(u"databaseValue")
        self.databaseValue.setWordWrap(True)
        self.databaseValue.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.databaseValue)

        self.noteLabel = QLabel(SettingsDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.noteLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(SettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.databaseLabel.setText(QCoreApplication.translate("SettingsDialog", u"Database:", None))
        self.databaseValue.setText("")
        self.noteLabel.setText(QCoreApplication.translate("SettingsDialog", u"The database can be changed with File \u2192 Open Database, or with --db / COACHDESK_DB.", None))
        self.errorLabel.setText("")
    # retranslateUi

