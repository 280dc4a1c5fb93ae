# generated from ui/settings_page.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(800, 640)
        self.main_layout = QVBoxLayout(SettingsPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(SettingsPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"heading")

        self.main_layout.addWidget(self.title_label)

        self.description_label = QLabel(SettingsPage)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)
        self.description_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.description_label)

        self.groups_layout = QHBoxLayout()
        self.groups_layout.setSpacing(16)
        self.groups_layout.setObjectName(u"groups_layout")
        self.agency_group = QGroupBox(SettingsPage)
        self.agency_group.setObjectName(u"agency_group")
        self.agency_layout = QFormLayout(self.agency_group)
        self.agency_layout.setObjectName(u"agency_layout")
        self.name_label = QLabel(self.agency_group)
        self.name_label.setObjectName(u"name_label")

        self.agency_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.agency_group)
        self.name_edit.setObjectName(u"name_edit")

        self.agency_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.phone_label = QLabel(self.agency_group)
        self.phone_label.setObjectName(u"phone_label")

        self.agency_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(self.agency_group)
        self.phone_edit.setObjectName(u"phone_edit")

        self.agency_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.email_label = QLabel(self.agency_group)
        self.email_label.setObjectName(u"email_label")

        self.agency_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(self.agency_group)
        self.email_edit.setObjectName(u"email_edit")

        self.agency_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.address_label = QLabel(self.agency_group)
        self.address_label.setObjectName(u"address_label")

        self.agency_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QPlainTextEdit(self.agency_group)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setMaximumSize(QSize(16777215, 90))

        self.agency_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address_edit)


        self.groups_layout.addWidget(self.agency_group, 0, Qt.AlignTop)

        self.rules_group = QGroupBox(SettingsPage)
        self.rules_group.setObjectName(u"rules_group")
        self.rules_layout = QFormLayout(self.rules_group)
        self.rules_layout.setObjectName(u"rules_layout")
        self.idle_label = QLabel(self.rules_group)
        self.idle_label.setObjectName(u"idle_label")

        self.rules_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idle_label)

        self.idle_spin = QSpinBox(self.rules_group)
        self.idle_spin.setObjectName(u"idle_spin")
        self.idle_spin.setMinimum(1)
        self.idle_spin.setMaximum(240)

        self.rules_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idle_spin)

        self.late_label = QLabel(self.rules_group)
        self.late_label.setObjectName(u"late_label")

        self.rules_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.late_label)

        self.late_spin = QSpinBox(self.rules_group)
        self.late_spin.setObjectName(u"late_spin")
        self.late_spin.setMinimum(1)
        self.late_spin.setMaximum(720)

        self.rules_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.late_spin)

        self.referral_label = QLabel(self.rules_group)
        self.referral_label.setObjectName(u"referral_label")

        self.rules_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referral_label)

        self.referral_spin = QSpinBox(self.rules_group)
        self.referral_spin.setObjectName(u"referral_spin")
        self.referral_spin.setMinimum(1)
        self.referral_spin.setMaximum(365)

        self.rules_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referral_spin)

        self.failed_label = QLabel(self.rules_group)
        self.failed_label.setObjectName(u"failed_label")

        self.rules_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.failed_label)

        self.failed_spin = QSpinBox(self.rules_group)
        self.failed_spin.setObjectName(u"failed_spin")
        self.failed_spin.setMinimum(1)
        self.failed_spin.setMaximum(50)

        self.rules_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.failed_spin)

        self.self_approval_check = QCheckBox(self.rules_group)
        self.self_approval_check.setObjectName(u"self_approval_check")

        self.rules_layout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.self_approval_check)

        self.see_all_check = QCheckBox(self.rules_group)
        self.see_all_check.setObjectName(u"see_all_check")

        self.rules_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.see_all_check)

        self.no_contact_label = QLabel(self.rules_group)
        self.no_contact_label.setObjectName(u"no_contact_label")

        self.rules_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.no_contact_label)

        self.no_contact_spin = QSpinBox(self.rules_group)
        self.no_contact_spin.setObjectName(u"no_contact_spin")
        self.no_contact_spin.setMinimum(7)
        self.no_contact_spin.setMaximum(3650)

        self.rules_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.no_contact_spin)

        self.workers_register_check = QCheckBox(self.rules_group)
        self.workers_register_check.setObjectName(u"workers_register_check")

        self.rules_layout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.workers_register_check)

        self.workers_close_check = QCheckBox(self.rules_group)
        self.workers_close_check.setObjectName(u"workers_close_check")

        self.rules_layout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.workers_close_check)


        self.groups_layout.addWidget(self.rules_group, 0, Qt.AlignTop)


        self.main_layout.addLayout(self.groups_layout)

        self.error_label = QLabel(SettingsPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.status_label = QLabel(SettingsPage)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setProperty(u"role", u"muted")

        self.button_layout.addWidget(self.status_label)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.revert_button = QPushButton(SettingsPage)
        self.revert_button.setObjectName(u"revert_button")

        self.button_layout.addWidget(self.revert_button)

        self.save_button = QPushButton(SettingsPage)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setProperty(u"primary", True)

        self.button_layout.addWidget(self.save_button)


        self.main_layout.addLayout(self.button_layout)

        self.bottom_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.email_label.setBuddy(self.email_edit)
        self.address_label.setBuddy(self.address_edit)
        self.idle_label.setBuddy(self.idle_spin)
        self.late_label.setBuddy(self.late_spin)
        self.referral_label.setBuddy(self.referral_spin)
        self.failed_label.setBuddy(self.failed_spin)
        self.no_contact_label.setBuddy(self.no_contact_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.title_label.setText(QCoreApplication.translate("SettingsPage", u"Agency settings", None))
        self.description_label.setText(QCoreApplication.translate("SettingsPage", u"Changes apply to everyone in the agency and are recorded in the audit log.", None))
        self.agency_group.setTitle(QCoreApplication.translate("SettingsPage", u"Agency", None))
        self.name_label.setText(QCoreApplication.translate("SettingsPage", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Agency name", None))
#endif // QT_CONFIG(accessibility)
        self.phone_label.setText(QCoreApplication.translate("SettingsPage", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phone_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Agency phone", None))
#endif // QT_CONFIG(accessibility)
        self.email_label.setText(QCoreApplication.translate("SettingsPage", u"&Email", None))
#if QT_CONFIG(accessibility)
        self.email_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Agency email", None))
#endif // QT_CONFIG(accessibility)
        self.address_label.setText(QCoreApplication.translate("SettingsPage", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.address_edit.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Agency address", None))
#endif // QT_CONFIG(accessibility)
        self.rules_group.setTitle(QCoreApplication.translate("SettingsPage", u"Rules", None))
        self.idle_label.setText(QCoreApplication.translate("SettingsPage", u"&Lock after idle", None))
#if QT_CONFIG(accessibility)
        self.idle_spin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Lock the screen after this many idle minutes", None))
#endif // QT_CONFIG(accessibility)
        self.idle_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" minutes", None))
        self.late_label.setText(QCoreApplication.translate("SettingsPage", u"Late entry &after", None))
#if QT_CONFIG(accessibility)
        self.late_spin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"A note written this many hours after the contact is flagged late", None))
#endif // QT_CONFIG(accessibility)
        self.late_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" hours", None))
        self.referral_label.setText(QCoreApplication.translate("SettingsPage", u"Referral follow-&up after", None))
#if QT_CONFIG(accessibility)
        self.referral_spin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Referrals with no outcome after this many days are listed", None))
#endif // QT_CONFIG(accessibility)
        self.referral_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" days", None))
        self.failed_label.setText(QCoreApplication.translate("SettingsPage", u"Lock account &after", None))
#if QT_CONFIG(accessibility)
        self.failed_spin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Failed logins before an account is locked for 15 minutes", None))
#endif // QT_CONFIG(accessibility)
        self.failed_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" failed logins", None))
        self.self_approval_check.setText(QCoreApplication.translate("SettingsPage", u"Supervisors may approve their &own notes", None))
#if QT_CONFIG(accessibility)
        self.self_approval_check.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Supervisors may approve their own notes", None))
#endif // QT_CONFIG(accessibility)
        self.see_all_check.setText(QCoreApplication.translate("SettingsPage", u"Supervisors see &every client of the agency, not only their team's", None))
#if QT_CONFIG(accessibility)
        self.see_all_check.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Supervisors see every client", None))
#endif // QT_CONFIG(accessibility)
        self.no_contact_label.setText(QCoreApplication.translate("SettingsPage", u"&Out of touch after", None))
#if QT_CONFIG(accessibility)
        self.no_contact_spin.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Open files with no contact for this many days are listed for supervisors", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.no_contact_spin.setToolTip(QCoreApplication.translate("SettingsPage", u"Supervisors' \"No recent contact\" list proposes closing these files; nothing closes by itself", None))
#endif // QT_CONFIG(tooltip)
        self.no_contact_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" days without contact", None))
        self.workers_register_check.setText(QCoreApplication.translate("SettingsPage", u"&Workers may register new clients (assigned to themselves)", None))
#if QT_CONFIG(accessibility)
        self.workers_register_check.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Workers may register new clients", None))
#endif // QT_CONFIG(accessibility)
        self.workers_close_check.setText(QCoreApplication.translate("SettingsPage", u"Workers may &close and reopen their clients' files", None))
#if QT_CONFIG(accessibility)
        self.workers_close_check.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Workers may close and reopen their clients' files", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Save status", None))
#endif // QT_CONFIG(accessibility)
        self.revert_button.setText(QCoreApplication.translate("SettingsPage", u"&Revert", None))
#if QT_CONFIG(accessibility)
        self.revert_button.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Undo unsaved changes", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("SettingsPage", u"&Save settings", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Save settings", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

