# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'leave_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_LeaveDialog(object):
    def setupUi(self, LeaveDialog):
        if not LeaveDialog.objectName():
            LeaveDialog.setObjectName(u"LeaveDialog")
        LeaveDialog.resize(440, 228)
        LeaveDialog.setModal(True)
        self.verticalLayout = QVBoxLayout(LeaveDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.introLabel = QLabel(LeaveDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.introLabel)

        self.leftOnLabel = QLabel(LeaveDialog)
        self.leftOnLabel.setObjectName(u"leftOnLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.leftOnLabel)

        self.leftOnEdit = QDateEdit(LeaveDialog)
        self.leftOnEdit.setObjectName(u"leftOnEdit")
        self.leftOnEdit.setCalendarPopup(True)
        self.leftOnEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.leftOnEdit)

        self.reasonLabel = QLabel(LeaveDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonCombo = QComboBox(LeaveDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonCombo)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(LeaveDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(LeaveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.leftOnLabel.setBuddy(self.leftOnEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LeaveDialog)

        QMetaObject.connectSlotsByName(LeaveDialog)
    # setupUi

    def retranslateUi(self, LeaveDialog):
        LeaveDialog.setWindowTitle(QCoreApplication.translate("LeaveDialog", u"Record leaving", None))
        self.introLabel.setText("")
        self.leftOnLabel.setText(QCoreApplication.translate("LeaveDialog", u"&Last day:", None))
        self.reasonLabel.setText(QCoreApplication.translate("LeaveDialog", u"&Reason:", None))
        self.errorLabel.setText("")
    # retranslateUi

