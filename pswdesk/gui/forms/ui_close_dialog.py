# generated from ui/close_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'close_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CloseDialog(object):
    def setupUi(self, CloseDialog):
        if not CloseDialog.objectName():
            CloseDialog.setObjectName(u"CloseDialog")
        CloseDialog.resize(640, 520)
        CloseDialog.setModal(True)
        self.main_layout = QVBoxLayout(CloseDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 16)
        self.intro_label = QLabel(CloseDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(6)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.reason_label = QLabel(CloseDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_layout = QVBoxLayout()
        self.reason_layout.setSpacing(2)
        self.reason_layout.setObjectName(u"reason_layout")
        self.reason_combo = QComboBox(CloseDialog)
        self.reason_combo.setObjectName(u"reason_combo")

        self.reason_layout.addWidget(self.reason_combo)

        self.reason_error = QLabel(CloseDialog)
        self.reason_error.setObjectName(u"reason_error")
        self.reason_error.setVisible(False)
        self.reason_error.setText(u"")
        self.reason_error.setWordWrap(True)
        self.reason_error.setProperty(u"role", u"error")

        self.reason_layout.addWidget(self.reason_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.reason_layout)

        self.text_label = QLabel(CloseDialog)
        self.text_label.setObjectName(u"text_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_layout = QVBoxLayout()
        self.text_layout.setSpacing(2)
        self.text_layout.setObjectName(u"text_layout")
        self.text_edit = QPlainTextEdit(CloseDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumSize(QSize(0, 56))
        self.text_edit.setMaximumSize(QSize(16777215, 80))

        self.text_layout.addWidget(self.text_edit)

        self.text_error = QLabel(CloseDialog)
        self.text_error.setObjectName(u"text_error")
        self.text_error.setVisible(False)
        self.text_error.setText(u"")
        self.text_error.setWordWrap(True)
        self.text_error.setProperty(u"role", u"error")

        self.text_layout.addWidget(self.text_error)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.text_layout)

        self.on_label = QLabel(CloseDialog)
        self.on_label.setObjectName(u"on_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on_layout = QVBoxLayout()
        self.on_layout.setSpacing(2)
        self.on_layout.setObjectName(u"on_layout")
        self.on_row_layout = QHBoxLayout()
        self.on_row_layout.setObjectName(u"on_row_layout")
        self.on_edit = QDateEdit(CloseDialog)
        self.on_edit.setObjectName(u"on_edit")
        self.on_edit.setCalendarPopup(True)
        self.on_edit.setDisplayFormat(u"d MMM yyyy")

        self.on_row_layout.addWidget(self.on_edit)

        self.on_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.on_row_layout.addItem(self.on_spacer)


        self.on_layout.addLayout(self.on_row_layout)

        self.on_error = QLabel(CloseDialog)
        self.on_error.setObjectName(u"on_error")
        self.on_error.setVisible(False)
        self.on_error.setText(u"")
        self.on_error.setWordWrap(True)
        self.on_error.setProperty(u"role", u"error")

        self.on_layout.addWidget(self.on_error)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.on_layout)


        self.main_layout.addLayout(self.form_layout)

        self.blockers_group = QGroupBox(CloseDialog)
        self.blockers_group.setObjectName(u"blockers_group")
        self.blockers_layout = QVBoxLayout(self.blockers_group)
        self.blockers_layout.setSpacing(6)
        self.blockers_layout.setObjectName(u"blockers_layout")
        self.blockers_layout.setContentsMargins(10, 10, 10, 10)
        self.blockers_status = QLabel(self.blockers_group)
        self.blockers_status.setObjectName(u"blockers_status")
        self.blockers_status.setWordWrap(True)

        self.blockers_layout.addWidget(self.blockers_status)

        self.blockers_list = QListWidget(self.blockers_group)
        self.blockers_list.setObjectName(u"blockers_list")
        self.blockers_list.setAlternatingRowColors(True)
        self.blockers_list.setMinimumSize(QSize(0, 90))
        self.blockers_list.setWordWrap(True)
        self.blockers_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.blockers_list.setTextElideMode(Qt.ElideNone)

        self.blockers_layout.addWidget(self.blockers_list)

        self.blocker_buttons_layout = QHBoxLayout()
        self.blocker_buttons_layout.setSpacing(8)
        self.blocker_buttons_layout.setObjectName(u"blocker_buttons_layout")
        self.open_blocker_button = QPushButton(self.blockers_group)
        self.open_blocker_button.setObjectName(u"open_blocker_button")

        self.blocker_buttons_layout.addWidget(self.open_blocker_button)

        self.done_blocker_button = QPushButton(self.blockers_group)
        self.done_blocker_button.setObjectName(u"done_blocker_button")

        self.blocker_buttons_layout.addWidget(self.done_blocker_button)

        self.blocker_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.blocker_buttons_layout.addItem(self.blocker_spacer)

        self.recheck_button = QPushButton(self.blockers_group)
        self.recheck_button.setObjectName(u"recheck_button")

        self.blocker_buttons_layout.addWidget(self.recheck_button)


        self.blockers_layout.addLayout(self.blocker_buttons_layout)

        self.blockers_error = QLabel(self.blockers_group)
        self.blockers_error.setObjectName(u"blockers_error")
        self.blockers_error.setVisible(False)
        self.blockers_error.setText(u"")
        self.blockers_error.setWordWrap(True)
        self.blockers_error.setProperty(u"role", u"error")

        self.blockers_layout.addWidget(self.blockers_error)

        self.busy_bar = QProgressBar(self.blockers_group)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.blockers_layout.addWidget(self.busy_bar)


        self.main_layout.addWidget(self.blockers_group)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.error_label = QLabel(CloseDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(CloseDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_combo)
        self.text_label.setBuddy(self.text_edit)
        self.on_label.setBuddy(self.on_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason_combo, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.on_edit)
        QWidget.setTabOrder(self.on_edit, self.blockers_list)
        QWidget.setTabOrder(self.blockers_list, self.open_blocker_button)
        QWidget.setTabOrder(self.open_blocker_button, self.done_blocker_button)
        QWidget.setTabOrder(self.done_blocker_button, self.recheck_button)

        self.retranslateUi(CloseDialog)
    # setupUi

    def retranslateUi(self, CloseDialog):
        CloseDialog.setWindowTitle(QCoreApplication.translate("CloseDialog", u"Close file", None))
        self.reason_label.setText(QCoreApplication.translate("CloseDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reason_combo.setAccessibleName(QCoreApplication.translate("CloseDialog", u"Why the file closes", None))
#endif // QT_CONFIG(accessibility)
        self.text_label.setText(QCoreApplication.translate("CloseDialog", u"&In words", None))
#if QT_CONFIG(accessibility)
        self.text_edit.setAccessibleName(QCoreApplication.translate("CloseDialog", u"Reason in words", None))
#endif // QT_CONFIG(accessibility)
        self.text_edit.setPlaceholderText(QCoreApplication.translate("CloseDialog", u"A few words (needed for Other)", None))
        self.on_label.setText(QCoreApplication.translate("CloseDialog", u"Closed &on", None))
#if QT_CONFIG(accessibility)
        self.on_edit.setAccessibleName(QCoreApplication.translate("CloseDialog", u"Date the file closes", None))
#endif // QT_CONFIG(accessibility)
        self.blockers_group.setTitle(QCoreApplication.translate("CloseDialog", u"To resolve first", None))
        self.blockers_status.setText(QCoreApplication.translate("CloseDialog", u"Checking what is still open\u2026", None))
#if QT_CONFIG(accessibility)
        self.blockers_status.setAccessibleName(QCoreApplication.translate("CloseDialog", u"What is still open", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.blockers_list.setAccessibleName(QCoreApplication.translate("CloseDialog", u"Follow-ups and notes still open", None))
#endif // QT_CONFIG(accessibility)
        self.open_blocker_button.setText(QCoreApplication.translate("CloseDialog", u"O&pen", None))
#if QT_CONFIG(accessibility)
        self.open_blocker_button.setAccessibleName(QCoreApplication.translate("CloseDialog", u"Open the selected note or follow-up", None))
#endif // QT_CONFIG(accessibility)
        self.done_blocker_button.setText(QCoreApplication.translate("CloseDialog", u"&Mark follow-up done", None))
#if QT_CONFIG(accessibility)
        self.done_blocker_button.setAccessibleName(QCoreApplication.translate("CloseDialog", u"Mark the selected follow-up done", None))
#endif // QT_CONFIG(accessibility)
        self.recheck_button.setText(QCoreApplication.translate("CloseDialog", u"Check &again", None))
#if QT_CONFIG(accessibility)
        self.recheck_button.setAccessibleName(QCoreApplication.translate("CloseDialog", u"Check again what is still open", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("CloseDialog", u"Checking", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

