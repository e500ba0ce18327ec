# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'group_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_GroupDialog(object):
    def setupUi(self, GroupDialog):
        if not GroupDialog.objectName():
            GroupDialog.setObjectName(u"GroupDialog")
        GroupDialog.resize(440, 264)
        GroupDialog.setModal(True)
        self.verticalLayout = QVBoxLayout(GroupDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(GroupDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(GroupDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(64)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.sloganLabel = QLabel(GroupDialog)
        self.sloganLabel.setObjectName(u"sloganLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sloganLabel)

        self.sloganEdit = QLineEdit(GroupDialog)
        self.sloganEdit.setObjectName(u"sloganEdit")
        self.sloganEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sloganEdit)

        self.goalLabel = QLabel(GroupDialog)
        self.goalLabel.setObjectName(u"goalLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.goalLabel)

        self.goalEdit = QLineEdit(GroupDialog)
        self.goalEdit.setObjectName(u"goalEdit")
        self.goalEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.goalEdit)

        self.leaderLabel = QLabel(GroupDialog)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.leaderLabel)

        self.leaderCombo = QComboBox(GroupDialog)
        self.leaderCombo.setObjectName(u"leaderCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.leaderCombo)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(GroupDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(GroupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.sloganLabel.setBuddy(self.sloganEdit)
        self.goalLabel.setBuddy(self.goalEdit)
        self.leaderLabel.setBuddy(self.leaderCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GroupDialog)

        QMetaObject.connectSlotsByName(GroupDialog)
    # setupUi

    def retranslateUi(self, GroupDialog):
        GroupDialog.setWindowTitle(QCoreApplication.translate("GroupDialog", u"Group", None))
        self.nameLabel.setText(QCoreApplication.translate("GroupDialog", u"Group &name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("GroupDialog", u"e.g. \u731b\u864e\u961f", None))
        self.sloganLabel.setText(QCoreApplication.translate("GroupDialog", u"&Slogan:", None))
        self.sloganEdit.setPlaceholderText(QCoreApplication.translate("GroupDialog", u"e.g. \u731b\u864e\u4e0b\u5c71\uff0c\u4e1a\u7ee9\u7ffb\u756a", None))
        self.goalLabel.setText(QCoreApplication.translate("GroupDialog", u"&Goal:", None))
        self.goalEdit.setPlaceholderText(QCoreApplication.translate("GroupDialog", u"e.g. \u672c\u6708\u7b7e\u5355 40 \u5355", None))
        self.leaderLabel.setText(QCoreApplication.translate("GroupDialog", u"&Leader:", None))
        self.errorLabel.setText("")
    # retranslateUi

