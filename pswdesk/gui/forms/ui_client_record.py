# generated from ui/client_record.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_record.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTabWidget, QToolButton, QVBoxLayout,
    QWidget)

class Ui_ClientRecord(object):
    def setupUi(self, ClientRecord):
        if not ClientRecord.objectName():
            ClientRecord.setObjectName(u"ClientRecord")
        ClientRecord.resize(960, 640)
        self.record_outer_layout = QVBoxLayout(ClientRecord)
        self.record_outer_layout.setObjectName(u"record_outer_layout")
        self.record_outer_layout.setContentsMargins(0, 0, 0, 0)
        self.record_scroll = QScrollArea(ClientRecord)
        self.record_scroll.setObjectName(u"record_scroll")
        self.record_scroll.setFrameShape(QFrame.NoFrame)
        self.record_scroll.setWidgetResizable(True)
        self.record_body = QWidget()
        self.record_body.setObjectName(u"record_body")
        self.main_layout = QVBoxLayout(self.record_body)
        self.main_layout.setSpacing(0)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.client_header = QFrame(self.record_body)
        self.client_header.setObjectName(u"client_header")
        self.header_rows_layout = QVBoxLayout(self.client_header)
        self.header_rows_layout.setSpacing(6)
        self.header_rows_layout.setObjectName(u"header_rows_layout")
        self.header_rows_layout.setContentsMargins(18, 12, 18, 12)
        self.name_layout = QHBoxLayout()
        self.name_layout.setSpacing(10)
        self.name_layout.setObjectName(u"name_layout")
        self.name_label = QLabel(self.client_header)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setText(u"Client")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.name_label.setProperty(u"role", u"heading")

        self.name_layout.addWidget(self.name_label)

        self.pronouns_label = QLabel(self.client_header)
        self.pronouns_label.setObjectName(u"pronouns_label")
        self.pronouns_label.setText(u"")
        self.pronouns_label.setProperty(u"role", u"muted")

        self.name_layout.addWidget(self.pronouns_label)

        self.risk_badge = QLabel(self.client_header)
        self.risk_badge.setObjectName(u"risk_badge")
        self.risk_badge.setText(u"Risk: none")
        self.risk_badge.setProperty(u"risk", u"none")

        self.name_layout.addWidget(self.risk_badge)

        self.name_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.name_layout.addItem(self.name_spacer)


        self.header_rows_layout.addLayout(self.name_layout)

        self.header_layout = QHBoxLayout()
        self.header_layout.setSpacing(8)
        self.header_layout.setObjectName(u"header_layout")
        self.workers_label = QLabel(self.client_header)
        self.workers_label.setObjectName(u"workers_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.workers_label.sizePolicy().hasHeightForWidth())
        self.workers_label.setSizePolicy(sizePolicy)
        self.workers_label.setText(u"")
        self.workers_label.setWordWrap(True)
        self.workers_label.setProperty(u"role", u"muted")

        self.header_layout.addWidget(self.workers_label)

        self.actions_button = QToolButton(self.client_header)
        self.actions_button.setObjectName(u"actions_button")
        self.actions_button.setPopupMode(QToolButton.InstantPopup)
        self.actions_button.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.header_layout.addWidget(self.actions_button)

        self.handover_button = QPushButton(self.client_header)
        self.handover_button.setObjectName(u"handover_button")

        self.header_layout.addWidget(self.handover_button)

        self.new_note_button = QPushButton(self.client_header)
        self.new_note_button.setObjectName(u"new_note_button")
        self.new_note_button.setProperty(u"primary", True)

        self.header_layout.addWidget(self.new_note_button)


        self.header_rows_layout.addLayout(self.header_layout)


        self.main_layout.addWidget(self.client_header)

        self.alert_layout = QVBoxLayout()
        self.alert_layout.setObjectName(u"alert_layout")
        self.alert_layout.setContentsMargins(16, 8, 16, 0)
        self.closed_frame = QFrame(self.record_body)
        self.closed_frame.setObjectName(u"closed_frame")
        self.closed_frame.setVisible(False)
        self.closed_layout = QHBoxLayout(self.closed_frame)
        self.closed_layout.setObjectName(u"closed_layout")
        self.closed_layout.setContentsMargins(12, 6, 8, 6)
        self.closed_label = QLabel(self.closed_frame)
        self.closed_label.setObjectName(u"closed_label")
        self.closed_label.setText(u"")
        self.closed_label.setWordWrap(True)

        self.closed_layout.addWidget(self.closed_label)

        self.closed_button = QPushButton(self.closed_frame)
        self.closed_button.setObjectName(u"closed_button")

        self.closed_layout.addWidget(self.closed_button)


        self.alert_layout.addWidget(self.closed_frame)


        self.main_layout.addLayout(self.alert_layout)

        self.tabs_layout = QVBoxLayout()
        self.tabs_layout.setObjectName(u"tabs_layout")
        self.tabs_layout.setContentsMargins(16, 10, 16, 10)
        self.record_tabs = QTabWidget(self.record_body)
        self.record_tabs.setObjectName(u"record_tabs")
        self.overview_tab = QWidget()
        self.overview_tab.setObjectName(u"overview_tab")
        self.overview_tab_layout = QVBoxLayout(self.overview_tab)
        self.overview_tab_layout.setObjectName(u"overview_tab_layout")
        self.overview_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.overview_scroll = QScrollArea(self.overview_tab)
        self.overview_scroll.setObjectName(u"overview_scroll")
        self.overview_scroll.setFrameShape(QFrame.NoFrame)
        self.overview_scroll.setWidgetResizable(True)
        self.overview_body = QWidget()
        self.overview_body.setObjectName(u"overview_body")
        self.overview_outer_layout = QVBoxLayout(self.overview_body)
        self.overview_outer_layout.setObjectName(u"overview_outer_layout")
        self.overview_outer_layout.setContentsMargins(20, 16, 20, 16)
        self.overview_layout = QFormLayout()
        self.overview_layout.setObjectName(u"overview_layout")
        self.overview_layout.setHorizontalSpacing(24)
        self.overview_layout.setVerticalSpacing(10)
        self.legal_name_caption = QLabel(self.overview_body)
        self.legal_name_caption.setObjectName(u"legal_name_caption")
        self.legal_name_caption.setProperty(u"role", u"muted")

        self.overview_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.legal_name_caption)

        self.legal_name_value = QLabel(self.overview_body)
        self.legal_name_value.setObjectName(u"legal_name_value")
        self.legal_name_value.setText(u"\u2014")
        self.legal_name_value.setWordWrap(True)
        self.legal_name_value.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.overview_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.legal_name_value)

        self.birth_caption = QLabel(self.overview_body)
        self.birth_caption.setObjectName(u"birth_caption")
        self.birth_caption.setProperty(u"role", u"muted")

        self.overview_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.birth_caption)

        self.birth_value = QLabel(self.overview_body)
        self.birth_value.setObjectName(u"birth_value")
        self.birth_value.setText(u"\u2014")
        self.birth_value.setWordWrap(True)
        self.birth_value.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.overview_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.birth_value)

        self.phone_caption = QLabel(self.overview_body)
        self.phone_caption.setObjectName(u"phone_caption")
        self.phone_caption.setProperty(u"role", u"muted")

        self.overview_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phone_caption)

        self.phone_value = QLabel(self.overview_body)
        self.phone_value.setObjectName(u"phone_value")
        self.phone_value.setText(u"\u2014")
        self.phone_value.setWordWrap(True)
        self.phone_value.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.overview_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone_value)

        self.email_caption = QLabel(self.overview_body)
        self.email_caption.setObjectName(u"email_caption")
        self.email_caption.setProperty(u"role", u"muted")

        self.overview_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.email_caption)

        self.email_value = QLabel(self.overview_body)
        self.email_value.setObjectName(u"email_value")
        self.email_value.setText(u"\u2014")
        self.email_value.setWordWrap(True)
        self.email_value.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.overview_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.email_value)

        self.address_caption = QLabel(self.overview_body)
        self.address_caption.setObjectName(u"address_caption")
        self.address_caption.setProperty(u"role", u"muted")

        self.overview_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.address_caption)

        self.address_value = QLabel(self.overview_body)
        self.address_value.setObjectName(u"address_value")
        self.address_value.setText(u"\u2014")
        self.address_value.setWordWrap(True)
        self.address_value.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.overview_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address_value)

        self.emergency_caption = QLabel(self.overview_body)
        self.emergency_caption.setObjectName(u"emergency_caption")
        self.emergency_caption.setProperty(u"role", u"muted")

        self.overview_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emergency_caption)

        self.emergency_value = QLabel(self.overview_body)
        self.emergency_value.setObjectName(u"emergency_value")
        self.emergency_value.setText(u"\u2014")
        self.emergency_value.setWordWrap(True)
        self.emergency_value.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.overview_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emergency_value)

        self.status_caption = QLabel(self.overview_body)
        self.status_caption.setObjectName(u"status_caption")
        self.status_caption.setProperty(u"role", u"muted")

        self.overview_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.status_caption)

        self.status_value = QLabel(self.overview_body)
        self.status_value.setObjectName(u"status_value")
        self.status_value.setText(u"\u2014")
        self.status_value.setWordWrap(True)
        self.status_value.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.overview_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.status_value)

        self.since_caption = QLabel(self.overview_body)
        self.since_caption.setObjectName(u"since_caption")
        self.since_caption.setProperty(u"role", u"muted")

        self.overview_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.since_caption)

        self.since_value = QLabel(self.overview_body)
        self.since_value.setObjectName(u"since_value")
        self.since_value.setText(u"\u2014")
        self.since_value.setWordWrap(True)
        self.since_value.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.overview_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.since_value)

        self.risk_caption = QLabel(self.overview_body)
        self.risk_caption.setObjectName(u"risk_caption")
        self.risk_caption.setProperty(u"role", u"muted")

        self.overview_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.risk_caption)

        self.risk_value = QLabel(self.overview_body)
        self.risk_value.setObjectName(u"risk_value")
        self.risk_value.setText(u"\u2014")
        self.risk_value.setWordWrap(True)
        self.risk_value.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.overview_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.risk_value)

        self.note_count_caption = QLabel(self.overview_body)
        self.note_count_caption.setObjectName(u"note_count_caption")
        self.note_count_caption.setProperty(u"role", u"muted")

        self.overview_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.note_count_caption)

        self.note_count_value = QLabel(self.overview_body)
        self.note_count_value.setObjectName(u"note_count_value")
        self.note_count_value.setText(u"\u2014")
        self.note_count_value.setWordWrap(True)
        self.note_count_value.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.overview_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.note_count_value)


        self.overview_outer_layout.addLayout(self.overview_layout)

        self.overview_scroll.setWidget(self.overview_body)

        self.overview_tab_layout.addWidget(self.overview_scroll)

        self.record_tabs.addTab(self.overview_tab, "")
        self.notes_tab = QWidget()
        self.notes_tab.setObjectName(u"notes_tab")
        self.notes_layout = QVBoxLayout(self.notes_tab)
        self.notes_layout.setObjectName(u"notes_layout")
        self.notes_layout.setContentsMargins(0, 0, 0, 0)
        self.record_tabs.addTab(self.notes_tab, "")

        self.tabs_layout.addWidget(self.record_tabs)


        self.main_layout.addLayout(self.tabs_layout)

        self.record_scroll.setWidget(self.record_body)

        self.record_outer_layout.addWidget(self.record_scroll)

        QWidget.setTabOrder(self.actions_button, self.handover_button)
        QWidget.setTabOrder(self.handover_button, self.new_note_button)
        QWidget.setTabOrder(self.new_note_button, self.record_tabs)

        self.retranslateUi(ClientRecord)

        self.record_tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, ClientRecord):
#if QT_CONFIG(accessibility)
        self.record_scroll.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Client record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.name_label.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Client name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pronouns_label.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Pronouns", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.risk_badge.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Current risk level", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.workers_label.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Assigned workers", None))
#endif // QT_CONFIG(accessibility)
        self.actions_button.setText(QCoreApplication.translate("ClientRecord", u"File &actions", None))
#if QT_CONFIG(tooltip)
        self.actions_button.setToolTip(QCoreApplication.translate("ClientRecord", u"Edit the details, assign or transfer, merge with another record, close or reopen the file", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.actions_button.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Actions on the client's file", None))
#endif // QT_CONFIG(accessibility)
        self.handover_button.setText(QCoreApplication.translate("ClientRecord", u"Han&dover summary\u2026", None))
#if QT_CONFIG(tooltip)
        self.handover_button.setToolTip(QCoreApplication.translate("ClientRecord", u"Prepare a summary for another provider under the client's consent (Ctrl+Shift+H)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.handover_button.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Handover summary for another provider", None))
#endif // QT_CONFIG(accessibility)
        self.new_note_button.setText(QCoreApplication.translate("ClientRecord", u"&New note   Ctrl+N", None))
#if QT_CONFIG(accessibility)
        self.new_note_button.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Write a new note for this client", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.closed_label.setAccessibleName(QCoreApplication.translate("ClientRecord", u"The file is closed", None))
#endif // QT_CONFIG(accessibility)
        self.closed_button.setText(QCoreApplication.translate("ClientRecord", u"Reopen the file\u2026", None))
#if QT_CONFIG(accessibility)
        self.record_tabs.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Parts of the client record", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.overview_scroll.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Overview", None))
#endif // QT_CONFIG(accessibility)
        self.legal_name_caption.setText(QCoreApplication.translate("ClientRecord", u"Legal name", None))
#if QT_CONFIG(accessibility)
        self.legal_name_value.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Legal name", None))
#endif // QT_CONFIG(accessibility)
        self.birth_caption.setText(QCoreApplication.translate("ClientRecord", u"Date of birth", None))
#if QT_CONFIG(accessibility)
        self.birth_value.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.phone_caption.setText(QCoreApplication.translate("ClientRecord", u"Phone", None))
#if QT_CONFIG(accessibility)
        self.phone_value.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.email_caption.setText(QCoreApplication.translate("ClientRecord", u"Email", None))
#if QT_CONFIG(accessibility)
        self.email_value.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.address_caption.setText(QCoreApplication.translate("ClientRecord", u"Address", None))
#if QT_CONFIG(accessibility)
        self.address_value.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.emergency_caption.setText(QCoreApplication.translate("ClientRecord", u"Emergency contact", None))
#if QT_CONFIG(accessibility)
        self.emergency_value.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Emergency contact", None))
#endif // QT_CONFIG(accessibility)
        self.status_caption.setText(QCoreApplication.translate("ClientRecord", u"Status", None))
#if QT_CONFIG(accessibility)
        self.status_value.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.since_caption.setText(QCoreApplication.translate("ClientRecord", u"Client since", None))
#if QT_CONFIG(accessibility)
        self.since_value.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Client since", None))
#endif // QT_CONFIG(accessibility)
        self.risk_caption.setText(QCoreApplication.translate("ClientRecord", u"Current risk", None))
#if QT_CONFIG(accessibility)
        self.risk_value.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Current risk", None))
#endif // QT_CONFIG(accessibility)
        self.note_count_caption.setText(QCoreApplication.translate("ClientRecord", u"Notes on record", None))
#if QT_CONFIG(accessibility)
        self.note_count_value.setAccessibleName(QCoreApplication.translate("ClientRecord", u"Notes on record", None))
#endif // QT_CONFIG(accessibility)
        self.record_tabs.setTabText(self.record_tabs.indexOf(self.overview_tab), QCoreApplication.translate("ClientRecord", u"&Overview", None))
        self.record_tabs.setTabText(self.record_tabs.indexOf(self.notes_tab), QCoreApplication.translate("ClientRecord", u"N&otes", None))
        pass
    # retranslateUi

