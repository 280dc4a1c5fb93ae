# generated from ui/note_editor.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'note_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateTimeEdit, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMainWindow, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_NoteEditor(object):
    def setupUi(self, NoteEditor):
        if not NoteEditor.objectName():
            NoteEditor.setObjectName(u"NoteEditor")
        NoteEditor.resize(1100, 760)
        self.central_widget = QWidget(NoteEditor)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setSpacing(8)
        self.central_layout.setObjectName(u"central_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.client_label = QLabel(self.central_widget)
        self.client_label.setObjectName(u"client_label")
        self.client_label.setTextFormat(Qt.TextFormat.PlainText)

        self.header_layout.addWidget(self.client_label)

        self.status_label = QLabel(self.central_widget)
        self.status_label.setObjectName(u"status_label")

        self.header_layout.addWidget(self.status_label)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.save_state_label = QLabel(self.central_widget)
        self.save_state_label.setObjectName(u"save_state_label")

        self.header_layout.addWidget(self.save_state_label)


        self.central_layout.addLayout(self.header_layout)

        self.message_label = QLabel(self.central_widget)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.central_layout.addWidget(self.message_label)

        self.splitter = QSplitter(self.central_widget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.step_list = QListWidget(self.splitter)
        self.step_list.setObjectName(u"step_list")
        self.step_list.setMinimumSize(QSize(250, 0))
        self.step_list.setMaximumSize(QSize(340, 16777215))
        self.splitter.addWidget(self.step_list)
        self.page_stack = QStackedWidget(self.splitter)
        self.page_stack.setObjectName(u"page_stack")
        self.contact_page = QWidget()
        self.contact_page.setObjectName(u"contact_page")
        self.contact_page_layout = QVBoxLayout(self.contact_page)
        self.contact_page_layout.setObjectName(u"contact_page_layout")
        self.contact_title_label = QLabel(self.contact_page)
        self.contact_title_label.setObjectName(u"contact_title_label")

        self.contact_page_layout.addWidget(self.contact_title_label)

        self.contact_hint_label = QLabel(self.contact_page)
        self.contact_hint_label.setObjectName(u"contact_hint_label")
        self.contact_hint_label.setWordWrap(True)

        self.contact_page_layout.addWidget(self.contact_hint_label)

        self.contact_form = QFormLayout()
        self.contact_form.setObjectName(u"contact_form")
        self.contact_at_label = QLabel(self.contact_page)
        self.contact_at_label.setObjectName(u"contact_at_label")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contact_at_label)

        self.contact_at_edit = QDateTimeEdit(self.contact_page)
        self.contact_at_edit.setObjectName(u"contact_at_edit")
        self.contact_at_edit.setCalendarPopup(True)

        self.contact_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contact_at_edit)

        self.duration_label = QLabel(self.contact_page)
        self.duration_label.setObjectName(u"duration_label")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.duration_label)

        self.duration_spin = QSpinBox(self.contact_page)
        self.duration_spin.setObjectName(u"duration_spin")
        self.duration_spin.setMinimum(0)
        self.duration_spin.setMaximum(1440)
        self.duration_spin.setSingleStep(5)

        self.contact_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.duration_spin)

        self.contact_type_label = QLabel(self.contact_page)
        self.contact_type_label.setObjectName(u"contact_type_label")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contact_type_label)

        self.contact_type_combo = QComboBox(self.contact_page)
        self.contact_type_combo.setObjectName(u"contact_type_combo")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contact_type_combo)

        self.location_label = QLabel(self.contact_page)
        self.location_label.setObjectName(u"location_label")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.location_label)

        self.location_edit = QLineEdit(self.contact_page)
        self.location_edit.setObjectName(u"location_edit")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.location_edit)

        self.summary_label = QLabel(self.contact_page)
        self.summary_label.setObjectName(u"summary_label")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_edit = QPlainTextEdit(self.contact_page)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setTabChangesFocus(True)

        self.contact_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.summary_edit)


        self.contact_page_layout.addLayout(self.contact_form)

        self.page_stack.addWidget(self.contact_page)
        self.splitter.addWidget(self.page_stack)

        self.central_layout.addWidget(self.splitter)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.previous_button = QPushButton(self.central_widget)
        self.previous_button.setObjectName(u"previous_button")

        self.button_layout.addWidget(self.previous_button)

        self.next_button = QPushButton(self.central_widget)
        self.next_button.setObjectName(u"next_button")

        self.button_layout.addWidget(self.next_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.save_button = QPushButton(self.central_widget)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.submit_button = QPushButton(self.central_widget)
        self.submit_button.setObjectName(u"submit_button")

        self.button_layout.addWidget(self.submit_button)


        self.central_layout.addLayout(self.button_layout)

        self.central_layout.setStretch(2, 1)
        NoteEditor.setCentralWidget(self.central_widget)
#if QT_CONFIG(shortcut)
        self.contact_at_label.setBuddy(self.contact_at_edit)
        self.duration_label.setBuddy(self.duration_spin)
        self.contact_type_label.setBuddy(self.contact_type_combo)
        self.location_label.setBuddy(self.location_edit)
        self.summary_label.setBuddy(self.summary_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoteEditor)
    # setupUi

    def retranslateUi(self, NoteEditor):
        NoteEditor.setWindowTitle(QCoreApplication.translate("NoteEditor", u"Case note", None))
        self.client_label.setText(QCoreApplication.translate("NoteEditor", u"Client", None))
#if QT_CONFIG(accessibility)
        self.client_label.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Client name", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("NoteEditor", u"Draft", None))
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Note status", None))
#endif // QT_CONFIG(accessibility)
        self.save_state_label.setText("")
#if QT_CONFIG(accessibility)
        self.save_state_label.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Save state", None))
#endif // QT_CONFIG(accessibility)
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.step_list.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Steps of the note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.page_stack.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Step page", None))
#endif // QT_CONFIG(accessibility)
        self.contact_title_label.setText(QCoreApplication.translate("NoteEditor", u"Contact details", None))
        self.contact_hint_label.setText(QCoreApplication.translate("NoteEditor", u"When and how you met, and one or two lines a colleague could read at a glance.", None))
        self.contact_at_label.setText(QCoreApplication.translate("NoteEditor", u"&Date and time", None))
        self.contact_at_edit.setDisplayFormat(QCoreApplication.translate("NoteEditor", u"ddd d MMM yyyy  HH:mm", None))
#if QT_CONFIG(accessibility)
        self.contact_at_edit.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Contact date and time", None))
#endif // QT_CONFIG(accessibility)
        self.duration_label.setText(QCoreApplication.translate("NoteEditor", u"D&uration", None))
        self.duration_spin.setSuffix(QCoreApplication.translate("NoteEditor", u" min", None))
#if QT_CONFIG(accessibility)
        self.duration_spin.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Duration in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.contact_type_label.setText(QCoreApplication.translate("NoteEditor", u"&Type of contact", None))
#if QT_CONFIG(accessibility)
        self.contact_type_combo.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Type of contact", None))
#endif // QT_CONFIG(accessibility)
        self.location_label.setText(QCoreApplication.translate("NoteEditor", u"&Location", None))
        self.location_edit.setPlaceholderText(QCoreApplication.translate("NoteEditor", u"e.g. drop-in centre, client's home, phone", None))
#if QT_CONFIG(accessibility)
        self.location_edit.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Location", None))
#endif // QT_CONFIG(accessibility)
        self.summary_label.setText(QCoreApplication.translate("NoteEditor", u"&Summary", None))
        self.summary_edit.setPlaceholderText(QCoreApplication.translate("NoteEditor", u"What this contact was about, in a sentence or two", None))
#if QT_CONFIG(accessibility)
        self.summary_edit.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        self.previous_button.setText(QCoreApplication.translate("NoteEditor", u"\u2190 &Previous", None))
#if QT_CONFIG(tooltip)
        self.previous_button.setToolTip(QCoreApplication.translate("NoteEditor", u"Previous step (Ctrl+Page Up)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.previous_button.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Previous step", None))
#endif // QT_CONFIG(accessibility)
        self.next_button.setText(QCoreApplication.translate("NoteEditor", u"&Next \u2192", None))
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("NoteEditor", u"Next step (Ctrl+Page Down)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.next_button.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Next step", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("NoteEditor", u"&Save draft", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("NoteEditor", u"Drafts also save by themselves a moment after you stop typing (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Save draft", None))
#endif // QT_CONFIG(accessibility)
        self.submit_button.setText(QCoreApplication.translate("NoteEditor", u"Su&bmit for review", None))
#if QT_CONFIG(tooltip)
        self.submit_button.setToolTip(QCoreApplication.translate("NoteEditor", u"Check the note and send it to your supervisor (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.submit_button.setAccessibleName(QCoreApplication.translate("NoteEditor", u"Submit for review", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

