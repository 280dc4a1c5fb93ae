# generated from ui/handover_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_HandoverDialog(object):
    def setupUi(self, HandoverDialog):
        if not HandoverDialog.objectName():
            HandoverDialog.setObjectName(u"HandoverDialog")
        HandoverDialog.resize(1180, 780)
        self.main_layout = QVBoxLayout(HandoverDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 14, 16, 12)
        self.title_label = QLabel(HandoverDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"Handover summary")
        self.title_label.setTextFormat(Qt.PlainText)
        self.title_label.setProperty(u"role", u"heading")

        self.main_layout.addWidget(self.title_label)

        self.intro_label = QLabel(HandoverDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.intro_label)

        self.body_layout = QHBoxLayout()
        self.body_layout.setSpacing(14)
        self.body_layout.setObjectName(u"body_layout")
        self.settings_scroll = QScrollArea(HandoverDialog)
        self.settings_scroll.setObjectName(u"settings_scroll")
        self.settings_scroll.setMinimumSize(QSize(410, 0))
        self.settings_scroll.setMaximumSize(QSize(440, 16777215))
        self.settings_scroll.setFrameShape(QFrame.NoFrame)
        self.settings_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.settings_scroll.setWidgetResizable(True)
        self.settings_widget = QWidget()
        self.settings_widget.setObjectName(u"settings_widget")
        self.settings_layout = QVBoxLayout(self.settings_widget)
        self.settings_layout.setSpacing(8)
        self.settings_layout.setObjectName(u"settings_layout")
        self.settings_layout.setContentsMargins(0, 0, 6, 0)
        self.recipient_group = QGroupBox(self.settings_widget)
        self.recipient_group.setObjectName(u"recipient_group")
        self.recipient_layout = QVBoxLayout(self.recipient_group)
        self.recipient_layout.setSpacing(6)
        self.recipient_layout.setObjectName(u"recipient_layout")
        self.recipient_label = QLabel(self.recipient_group)
        self.recipient_label.setObjectName(u"recipient_label")

        self.recipient_layout.addWidget(self.recipient_label)

        self.recipient_combo = QComboBox(self.recipient_group)
        self.recipient_combo.setObjectName(u"recipient_combo")
        self.recipient_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.recipient_combo.setMinimumContentsLength(20)

        self.recipient_layout.addWidget(self.recipient_combo)

        self.consent_label = QLabel(self.recipient_group)
        self.consent_label.setObjectName(u"consent_label")
        self.consent_label.setText(u"")
        self.consent_label.setTextFormat(Qt.PlainText)
        self.consent_label.setWordWrap(True)
        self.consent_label.setProperty(u"role", u"muted")

        self.recipient_layout.addWidget(self.consent_label)

        self.recipient_error = QLabel(self.recipient_group)
        self.recipient_error.setObjectName(u"recipient_error")
        self.recipient_error.setVisible(False)
        self.recipient_error.setTextFormat(Qt.PlainText)
        self.recipient_error.setWordWrap(True)
        self.recipient_error.setProperty(u"role", u"error")

        self.recipient_layout.addWidget(self.recipient_error)

        self.emergency_check = QCheckBox(self.recipient_group)
        self.emergency_check.setObjectName(u"emergency_check")

        self.recipient_layout.addWidget(self.emergency_check)

        self.emergency_frame = QFrame(self.recipient_group)
        self.emergency_frame.setObjectName(u"emergency_frame")
        self.emergency_frame.setVisible(False)
        self.emergency_layout = QVBoxLayout(self.emergency_frame)
        self.emergency_layout.setSpacing(6)
        self.emergency_layout.setObjectName(u"emergency_layout")
        self.emergency_layout.setContentsMargins(10, 8, 10, 10)
        self.emergency_note = QLabel(self.emergency_frame)
        self.emergency_note.setObjectName(u"emergency_note")
        self.emergency_note.setWordWrap(True)

        self.emergency_layout.addWidget(self.emergency_note)

        self.recipient_name_label = QLabel(self.emergency_frame)
        self.recipient_name_label.setObjectName(u"recipient_name_label")

        self.emergency_layout.addWidget(self.recipient_name_label)

        self.recipient_name_edit = QLineEdit(self.emergency_frame)
        self.recipient_name_edit.setObjectName(u"recipient_name_edit")
        self.recipient_name_edit.setMaxLength(300)

        self.emergency_layout.addWidget(self.recipient_name_edit)

        self.reason_label = QLabel(self.emergency_frame)
        self.reason_label.setObjectName(u"reason_label")

        self.emergency_layout.addWidget(self.reason_label)

        self.reason_edit = QPlainTextEdit(self.emergency_frame)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaximumSize(QSize(16777215, 84))
        self.reason_edit.setTabChangesFocus(True)

        self.emergency_layout.addWidget(self.reason_edit)

        self.reason_error = QLabel(self.emergency_frame)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setVisible(False)
        self.reason_error.setTextFormat(Qt.PlainText)
        self.reason_error.setWordWrap(True)
        self.reason_error.setProperty(u"role", u"error")

        self.emergency_layout.addWidget(self.reason_error)


        self.recipient_layout.addWidget(self.emergency_frame)


        self.settings_layout.addWidget(self.recipient_group)

        self.period_group = QGroupBox(self.settings_widget)
        self.period_group.setObjectName(u"period_group")
        self.period_layout = QVBoxLayout(self.period_group)
        self.period_layout.setSpacing(6)
        self.period_layout.setObjectName(u"period_layout")
        self.dates_layout = QHBoxLayout()
        self.dates_layout.setSpacing(8)
        self.dates_layout.setObjectName(u"dates_layout")
        self.from_label = QLabel(self.period_group)
        self.from_label.setObjectName(u"from_label")

        self.dates_layout.addWidget(self.from_label)

        self.from_date_edit = QDateEdit(self.period_group)
        self.from_date_edit.setObjectName(u"from_date_edit")
        self.from_date_edit.setCalendarPopup(True)
        self.from_date_edit.setDisplayFormat(u"d MMM yyyy")

        self.dates_layout.addWidget(self.from_date_edit)

        self.to_label = QLabel(self.period_group)
        self.to_label.setObjectName(u"to_label")

        self.dates_layout.addWidget(self.to_label)

        self.to_date_edit = QDateEdit(self.period_group)
        self.to_date_edit.setObjectName(u"to_date_edit")
        self.to_date_edit.setCalendarPopup(True)
        self.to_date_edit.setDisplayFormat(u"d MMM yyyy")

        self.dates_layout.addWidget(self.to_date_edit)

        self.dates_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dates_layout.addItem(self.dates_spacer)


        self.period_layout.addLayout(self.dates_layout)

        self.contacts_label = QLabel(self.period_group)
        self.contacts_label.setObjectName(u"contacts_label")
        self.contacts_label.setText(u"")
        self.contacts_label.setWordWrap(True)
        self.contacts_label.setProperty(u"role", u"muted")

        self.period_layout.addWidget(self.contacts_label)

        self.unreviewed_check = QCheckBox(self.period_group)
        self.unreviewed_check.setObjectName(u"unreviewed_check")

        self.period_layout.addWidget(self.unreviewed_check)

        self.period_error = QLabel(self.period_group)
        self.period_error.setObjectName(u"period_error")
        self.period_error.setVisible(False)
        self.period_error.setTextFormat(Qt.PlainText)
        self.period_error.setWordWrap(True)
        self.period_error.setProperty(u"role", u"error")

        self.period_layout.addWidget(self.period_error)


        self.settings_layout.addWidget(self.period_group)

        self.sections_group = QGroupBox(self.settings_widget)
        self.sections_group.setObjectName(u"sections_group")
        self.sections_layout = QVBoxLayout(self.sections_group)
        self.sections_layout.setSpacing(4)
        self.sections_layout.setObjectName(u"sections_layout")
        self.sections_error = QLabel(self.sections_group)
        self.sections_error.setObjectName(u"sections_error")
        self.sections_error.setVisible(False)
        self.sections_error.setTextFormat(Qt.PlainText)
        self.sections_error.setWordWrap(True)
        self.sections_error.setProperty(u"role", u"error")

        self.sections_layout.addWidget(self.sections_error)


        self.settings_layout.addWidget(self.sections_group)

        self.settings_spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settings_layout.addItem(self.settings_spacer)

        self.settings_scroll.setWidget(self.settings_widget)

        self.body_layout.addWidget(self.settings_scroll)

        self.right_tabs = QTabWidget(HandoverDialog)
        self.right_tabs.setObjectName(u"right_tabs")
        self.preview_tab = QWidget()
        self.preview_tab.setObjectName(u"preview_tab")
        self.preview_tab_layout = QVBoxLayout(self.preview_tab)
        self.preview_tab_layout.setObjectName(u"preview_tab_layout")
        self.preview_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.right_tabs.addTab(self.preview_tab, "")
        self.history_tab = QWidget()
        self.history_tab.setObjectName(u"history_tab")
        self.history_layout = QVBoxLayout(self.history_tab)
        self.history_layout.setObjectName(u"history_layout")
        self.history_layout.setContentsMargins(0, 0, 0, 0)
        self.right_tabs.addTab(self.history_tab, "")

        self.body_layout.addWidget(self.right_tabs)


        self.main_layout.addLayout(self.body_layout)

        self.footer_layout = QHBoxLayout()
        self.footer_layout.setSpacing(10)
        self.footer_layout.setObjectName(u"footer_layout")
        self.generate_button = QPushButton(HandoverDialog)
        self.generate_button.setObjectName(u"generate_button")
        self.generate_button.setProperty(u"primary", True)

        self.footer_layout.addWidget(self.generate_button)

        self.paper_label = QLabel(HandoverDialog)
        self.paper_label.setObjectName(u"paper_label")

        self.footer_layout.addWidget(self.paper_label)

        self.paper_combo = QComboBox(HandoverDialog)
        self.paper_combo.setObjectName(u"paper_combo")

        self.footer_layout.addWidget(self.paper_combo)

        self.busy_bar = QProgressBar(HandoverDialog)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setVisible(False)
        self.busy_bar.setMaximumSize(QSize(160, 16777215))
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.footer_layout.addWidget(self.busy_bar)

        self.generate_status = QLabel(HandoverDialog)
        self.generate_status.setObjectName(u"generate_status")
        self.generate_status.setText(u"")
        self.generate_status.setTextFormat(Qt.PlainText)
        self.generate_status.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.generate_status.sizePolicy().hasHeightForWidth())
        self.generate_status.setSizePolicy(sizePolicy)

        self.footer_layout.addWidget(self.generate_status)

        self.button_box = QDialogButtonBox(HandoverDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.footer_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.footer_layout)

#if QT_CONFIG(shortcut)
        self.recipient_label.setBuddy(self.recipient_combo)
        self.recipient_name_label.setBuddy(self.recipient_name_edit)
        self.reason_label.setBuddy(self.reason_edit)
        self.from_label.setBuddy(self.from_date_edit)
        self.to_label.setBuddy(self.to_date_edit)
        self.paper_label.setBuddy(self.paper_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recipient_combo, self.emergency_check)
        QWidget.setTabOrder(self.emergency_check, self.recipient_name_edit)
        QWidget.setTabOrder(self.recipient_name_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.from_date_edit)
        QWidget.setTabOrder(self.from_date_edit, self.to_date_edit)
        QWidget.setTabOrder(self.to_date_edit, self.unreviewed_check)
        QWidget.setTabOrder(self.unreviewed_check, self.generate_button)
        QWidget.setTabOrder(self.generate_button, self.paper_combo)
        QWidget.setTabOrder(self.paper_combo, self.right_tabs)

        self.retranslateUi(HandoverDialog)

        self.right_tabs.setCurrentIndex(0)
        self.generate_button.setDefault(True)

    # setupUi

    def retranslateUi(self, HandoverDialog):
        HandoverDialog.setWindowTitle(QCoreApplication.translate("HandoverDialog", u"Handover summary", None))
        self.intro_label.setText(QCoreApplication.translate("HandoverDialog", u"A summary for another provider holds approved notes only, and only the sections the client agreed to share with them. Generating it records the handover as prepared; saving or printing it records a disclosure on the client's record and in the audit log (who, to whom, what, when).", None))
        self.recipient_group.setTitle(QCoreApplication.translate("HandoverDialog", u"1. Recipient and consent", None))
        self.recipient_label.setText(QCoreApplication.translate("HandoverDialog", u"&Send to (from the client's consents)", None))
#if QT_CONFIG(accessibility)
        self.recipient_combo.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Recipient, from the client's consents", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consent_label.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"The consent this handover relies on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recipient_error.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Problem with the recipient", None))
#endif // QT_CONFIG(accessibility)
        self.emergency_check.setText(QCoreApplication.translate("HandoverDialog", u"&Emergency disclosure (no consent)", None))
#if QT_CONFIG(accessibility)
        self.emergency_check.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Emergency disclosure without consent", None))
#endif // QT_CONFIG(accessibility)
        self.emergency_note.setText(QCoreApplication.translate("HandoverDialog", u"Only when someone's safety cannot wait for the client's consent. Every page will be marked as an emergency disclosure, any section may be shared, and the client's supervisors are told about it straight away.", None))
        self.recipient_name_label.setText(QCoreApplication.translate("HandoverDialog", u"Reci&pient", None))
#if QT_CONFIG(accessibility)
        self.recipient_name_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Who receives the emergency disclosure", None))
#endif // QT_CONFIG(accessibility)
        self.recipient_name_edit.setPlaceholderText(QCoreApplication.translate("HandoverDialog", u"Name, role and service, e.g. ED triage nurse, St Brigid's", None))
        self.reason_label.setText(QCoreApplication.translate("HandoverDialog", u"&Reason (required)", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Why this cannot wait for consent", None))
#endif // QT_CONFIG(accessibility)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("HandoverDialog", u"Why this cannot wait for the client's consent", None))
#if QT_CONFIG(accessibility)
        self.reason_error.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Problem with the emergency disclosure", None))
#endif // QT_CONFIG(accessibility)
        self.period_group.setTitle(QCoreApplication.translate("HandoverDialog", u"2. Contacts to summarise", None))
        self.from_label.setText(QCoreApplication.translate("HandoverDialog", u"&From", None))
#if QT_CONFIG(accessibility)
        self.from_date_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"First day of contacts", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("HandoverDialog", u"&to", None))
#if QT_CONFIG(accessibility)
        self.to_date_edit.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Last day of contacts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.contacts_label.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Contacts in this period", None))
#endif // QT_CONFIG(accessibility)
        self.unreviewed_check.setText(QCoreApplication.translate("HandoverDialog", u"Include notes &not yet reviewed (marked as such)", None))
#if QT_CONFIG(accessibility)
        self.unreviewed_check.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Include submitted notes not yet reviewed by a supervisor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.period_error.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Problem with the dates", None))
#endif // QT_CONFIG(accessibility)
        self.sections_group.setTitle(QCoreApplication.translate("HandoverDialog", u"3. Sections to share", None))
#if QT_CONFIG(accessibility)
        self.sections_error.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Problem with the sections", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.right_tabs.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Preview and earlier handovers", None))
#endif // QT_CONFIG(accessibility)
        self.right_tabs.setTabText(self.right_tabs.indexOf(self.preview_tab), QCoreApplication.translate("HandoverDialog", u"Pre&view", None))
        self.right_tabs.setTabText(self.right_tabs.indexOf(self.history_tab), QCoreApplication.translate("HandoverDialog", u"&Handovers already sent", None))
        self.generate_button.setText(QCoreApplication.translate("HandoverDialog", u"&Generate summary", None))
#if QT_CONFIG(accessibility)
        self.generate_button.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Generate the summary and record it as prepared", None))
#endif // QT_CONFIG(accessibility)
        self.paper_label.setText(QCoreApplication.translate("HandoverDialog", u"P&aper", None))
#if QT_CONFIG(accessibility)
        self.paper_combo.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Generating the summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.generate_status.setAccessibleName(QCoreApplication.translate("HandoverDialog", u"Generation status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

