# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_TeamDialog(object):
    def setupUi(self, TeamDialog):
        if not TeamDialog.objectName():
            TeamDialog.setObjectName(u"TeamDialog")
        TeamDialog.resize(440, 320)
        TeamDialog.setModal(True)
        self.verticalLayout = QVBoxLayout(TeamDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(TeamDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(TeamDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(64)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.productLabel = QLabel(TeamDialog)
        self.productLabel.setObjectName(u"productLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.productLabel)

        self.productEdit = QLineEdit(TeamDialog)
        self.productEdit.setObjectName(u"productEdit")
        self.productEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.productEdit)

        self.formedOnLabel = QLabel(TeamDialog)
        self.formedOnLabel.setObjectName(u"formedOnLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formedOnLabel)

        self.formedOnEdit = QDateEdit(TeamDialog)
        self.formedOnEdit.setObjectName(u"formedOnEdit")
        self.formedOnEdit.setCalendarPopup(True)
        self.formedOnEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.formedOnEdit)

        self.formedUnknownCheck = QCheckBox(TeamDialog)
        self.formedUnknownCheck.setObjectName(u"formedUnknownCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.formedUnknownCheck)

        self.formedWarningLabel = QLabel(TeamDialog)
        self.formedWarningLabel.setObjectName(u"formedWarningLabel")
        self.formedWarningLabel.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.formedWarningLabel)

        self.notesLabel = QLabel(TeamDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(TeamDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(TeamDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TeamDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.productLabel.setBuddy(self.productEdit)
        self.formedOnLabel.setBuddy(self.formedOnEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TeamDialog)

        QMetaObject.connectSlotsByName(TeamDialog)
    # setupUi

    def retranslateUi(self, TeamDialog):
        TeamDialog.setWindowTitle(QCoreApplication.translate("TeamDialog", u"Team", None))
        self.nameLabel.setText(QCoreApplication.translate("TeamDialog", u"Team &name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("TeamDialog", u"e.g. \u57ce\u5357\u7535\u9500\u4e8c\u90e8", None))
        self.productLabel.setText(QCoreApplication.translate("TeamDialog", u"&Product / project:", None))
        self.productEdit.setPlaceholderText(QCoreApplication.translate("TeamDialog", u"what the team sells", None))
        self.formedOnLabel.setText(QCoreApplication.translate("TeamDialog", u"&Formed on:", None))
        self.formedUnknownCheck.setText(QCoreApplication.translate("TeamDialog", u"Not known: take it from the team's &history", None))
#if QT_CONFIG(tooltip)
        self.formedUnknownCheck.setToolTip(QCoreApplication.translate("TeamDialog", u"Importing the team's call history sets the formation date to its earliest membership or activity.", None))
#endif // QT_CONFIG(tooltip)
        self.formedWarningLabel.setText("")
        self.notesLabel.setText(QCoreApplication.translate("TeamDialog", u"No&tes:", None))
        self.errorLabel.setText("")
    # retranslateUi

