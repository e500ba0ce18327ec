# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
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
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(440, 336)
        MemberDialog.setModal(True)
        self.verticalLayout = QVBoxLayout(MemberDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.employeeIdLabel = QLabel(MemberDialog)
        self.employeeIdLabel.setObjectName(u"employeeIdLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employeeIdLabel)

        self.employeeIdEdit = QLineEdit(MemberDialog)
        self.employeeIdEdit.setObjectName(u"employeeIdEdit")
        self.employeeIdEdit.setMaxLength(32)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employeeIdEdit)

        self.nameLabel = QLabel(MemberDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(MemberDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(64)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(MemberDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(MemberDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.phoneLabel = QLabel(MemberDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(MemberDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(32)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.hiredOnLabel = QLabel(MemberDialog)
        self.hiredOnLabel.setObjectName(u"hiredOnLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hiredOnLabel)

        self.hiredOnEdit = QDateEdit(MemberDialog)
        self.hiredOnEdit.setObjectName(u"hiredOnEdit")
        self.hiredOnEdit.setCalendarPopup(True)
        self.hiredOnEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hiredOnEdit)

        self.groupLabel = QLabel(MemberDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(MemberDialog)
        self.groupCombo.setObjectName(u"groupCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.groupCombo)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(MemberDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.employeeIdLabel.setBuddy(self.employeeIdEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.hiredOnLabel.setBuddy(self.hiredOnEdit)
        self.groupLabel.setBuddy(self.groupCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MemberDialog)

        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Member", None))
        self.employeeIdLabel.setText(QCoreApplication.translate("MemberDialog", u"&Employee ID:", None))
        self.employeeIdEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"e.g. CN024", None))
        self.nameLabel.setText(QCoreApplication.translate("MemberDialog", u"&Name:", None))
        self.roleLabel.setText(QCoreApplication.translate("MemberDialog", u"&Role:", None))
        self.phoneLabel.setText(QCoreApplication.translate("MemberDialog", u"&Phone:", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"optional", None))
        self.hiredOnLabel.setText(QCoreApplication.translate("MemberDialog", u"&Hired on:", None))
        self.groupLabel.setText(QCoreApplication.translate("MemberDialog", u"&Group:", None))
        self.errorLabel.setText("")
    # retranslateUi

