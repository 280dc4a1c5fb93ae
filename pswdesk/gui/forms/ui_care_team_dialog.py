# generated from ui/care_team_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'care_team_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CareTeamDialog(object):
    def setupUi(self, CareTeamDialog):
        if not CareTeamDialog.objectName():
            CareTeamDialog.setObjectName(u"CareTeamDialog")
        CareTeamDialog.resize(520, 330)
        CareTeamDialog.setModal(True)
        self.main_layout = QVBoxLayout(CareTeamDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 16)
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.name_label = QLabel(CareTeamDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_layout = QVBoxLayout()
        self.name_layout.setSpacing(2)
        self.name_layout.setObjectName(u"name_layout")
        self.name_edit = QLineEdit(CareTeamDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(200)

        self.name_layout.addWidget(self.name_edit)

        self.name_error = QLabel(CareTeamDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setVisible(False)
        self.name_error.setText(u"")
        self.name_error.setWordWrap(True)
        self.name_error.setProperty(u"role", u"error")

        self.name_layout.addWidget(self.name_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.name_layout)

        self.role_label = QLabel(CareTeamDialog)
        self.role_label.setObjectName(u"role_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_layout = QVBoxLayout()
        self.role_layout.setSpacing(2)
        self.role_layout.setObjectName(u"role_layout")
        self.role_edit = QLineEdit(CareTeamDialog)
        self.role_edit.setObjectName(u"role_edit")
        self.role_edit.setMaxLength(120)

        self.role_layout.addWidget(self.role_edit)

        self.role_error = QLabel(CareTeamDialog)
        self.role_error.setObjectName(u"role_error")
        self.role_error.setVisible(False)
        self.role_error.setText(u"")
        self.role_error.setWordWrap(True)
        self.role_error.setProperty(u"role", u"error")

        self.role_layout.addWidget(self.role_error)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.role_layout)

        self.organisation_label = QLabel(CareTeamDialog)
        self.organisation_label.setObjectName(u"organisation_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_layout = QVBoxLayout()
        self.organisation_layout.setSpacing(2)
        self.organisation_layout.setObjectName(u"organisation_layout")
        self.organisation_edit = QLineEdit(CareTeamDialog)
        self.organisation_edit.setObjectName(u"organisation_edit")
        self.organisation_edit.setMaxLength(200)

        self.organisation_layout.addWidget(self.organisation_edit)

        self.organisation_error = QLabel(CareTeamDialog)
        self.organisation_error.setObjectName(u"organisation_error")
        self.organisation_error.setVisible(False)
        self.organisation_error.setText(u"")
        self.organisation_error.setWordWrap(True)
        self.organisation_error.setProperty(u"role", u"error")

        self.organisation_layout.addWidget(self.organisation_error)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.organisation_layout)

        self.phone_label = QLabel(CareTeamDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_layout = QVBoxLayout()
        self.phone_layout.setSpacing(2)
        self.phone_layout.setObjectName(u"phone_layout")
        self.phone_edit = QLineEdit(CareTeamDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(60)

        self.phone_layout.addWidget(self.phone_edit)

        self.phone_error = QLabel(CareTeamDialog)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setVisible(False)
        self.phone_error.setText(u"")
        self.phone_error.setWordWrap(True)
        self.phone_error.setProperty(u"role", u"error")

        self.phone_layout.addWidget(self.phone_error)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.phone_layout)

        self.email_label = QLabel(CareTeamDialog)
        self.email_label.setObjectName(u"email_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_layout = QVBoxLayout()
        self.email_layout.setSpacing(2)
        self.email_layout.setObjectName(u"email_layout")
        self.email_edit = QLineEdit(CareTeamDialog)
        self.email_edit.setObjectName(u"email_edit")
        self.email_edit.setMaxLength(200)

        self.email_layout.addWidget(self.email_edit)

        self.email_error = QLabel(CareTeamDialog)
        self.email_error.setObjectName(u"email_error")
        self.email_error.setVisible(False)
        self.email_error.setText(u"")
        self.email_error.setWordWrap(True)
        self.email_error.setProperty(u"role", u"error")

        self.email_layout.addWidget(self.email_error)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.email_layout)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(CareTeamDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.dialog_spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(CareTeamDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.role_label.setBuddy(self.role_edit)
        self.organisation_label.setBuddy(self.organisation_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CareTeamDialog)
    # setupUi

    def retranslateUi(self, CareTeamDialog):
        CareTeamDialog.setWindowTitle(QCoreApplication.translate("CareTeamDialog", u"Care-team member", None))
        self.name_label.setText(QCoreApplication.translate("CareTeamDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("CareTeamDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.role_label.setText(QCoreApplication.translate("CareTeamDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.role_edit.setAccessibleName(QCoreApplication.translate("CareTeamDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.role_edit.setPlaceholderText(QCoreApplication.translate("CareTeamDialog", u"e.g. GP, counsellor, housing worker, sister", None))
        self.organisation_label.setText(QCoreApplication.translate("CareTeamDialog", u"&Organisation", None))
#if QT_CONFIG(accessibility)
        self.organisation_edit.setAccessibleName(QCoreApplication.translate("CareTeamDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("CareTeamDialog", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("CareTeamDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("CareTeamDialog", u"&Email", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("CareTeamDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

