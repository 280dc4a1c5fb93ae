# generated from ui/exchange_page.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExchangePage(object):
    def setupUi(self, ExchangePage):
        if not ExchangePage.objectName():
            ExchangePage.setObjectName(u"ExchangePage")
        ExchangePage.resize(900, 640)
        self.main_layout = QVBoxLayout(ExchangePage)
        self.main_layout.setSpacing(12)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(ExchangePage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"heading")

        self.main_layout.addWidget(self.title_label)

        self.export_group = QGroupBox(ExchangePage)
        self.export_group.setObjectName(u"export_group")
        self.export_layout = QVBoxLayout(self.export_group)
        self.export_layout.setSpacing(8)
        self.export_layout.setObjectName(u"export_layout")
        self.export_layout.setContentsMargins(12, 12, 12, 12)
        self.export_intro = QLabel(self.export_group)
        self.export_intro.setObjectName(u"export_intro")
        self.export_intro.setWordWrap(True)

        self.export_layout.addWidget(self.export_intro)

        self.phi_warning = QLabel(self.export_group)
        self.phi_warning.setObjectName(u"phi_warning")
        self.phi_warning.setWordWrap(True)
        self.phi_warning.setProperty(u"role", u"notice")

        self.export_layout.addWidget(self.phi_warning)

        self.folder_row = QHBoxLayout()
        self.folder_row.setSpacing(8)
        self.folder_row.setObjectName(u"folder_row")
        self.folder_label = QLabel(self.export_group)
        self.folder_label.setObjectName(u"folder_label")

        self.folder_row.addWidget(self.folder_label)

        self.folder_edit = QLineEdit(self.export_group)
        self.folder_edit.setObjectName(u"folder_edit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.folder_edit.sizePolicy().hasHeightForWidth())
        self.folder_edit.setSizePolicy(sizePolicy)

        self.folder_row.addWidget(self.folder_edit)

        self.folder_browse_button = QPushButton(self.export_group)
        self.folder_browse_button.setObjectName(u"folder_browse_button")

        self.folder_row.addWidget(self.folder_browse_button)


        self.export_layout.addLayout(self.folder_row)

        self.sensitive_check = QCheckBox(self.export_group)
        self.sensitive_check.setObjectName(u"sensitive_check")

        self.export_layout.addWidget(self.sensitive_check)

        self.sensitive_hint = QLabel(self.export_group)
        self.sensitive_hint.setObjectName(u"sensitive_hint")
        self.sensitive_hint.setWordWrap(True)
        self.sensitive_hint.setProperty(u"role", u"muted")

        self.export_layout.addWidget(self.sensitive_hint)

        self.export_buttons = QHBoxLayout()
        self.export_buttons.setObjectName(u"export_buttons")
        self.export_button = QPushButton(self.export_group)
        self.export_button.setObjectName(u"export_button")
        self.export_button.setProperty(u"primary", True)

        self.export_buttons.addWidget(self.export_button)

        self.export_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.export_buttons.addItem(self.export_buttons_spacer)


        self.export_layout.addLayout(self.export_buttons)

        self.export_result = QLabel(self.export_group)
        self.export_result.setObjectName(u"export_result")
        self.export_result.setVisible(False)
        self.export_result.setText(u"")
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)
        self.export_result.setProperty(u"role", u"info")

        self.export_layout.addWidget(self.export_result)


        self.main_layout.addWidget(self.export_group)

        self.import_group = QGroupBox(ExchangePage)
        self.import_group.setObjectName(u"import_group")
        self.import_layout = QVBoxLayout(self.import_group)
        self.import_layout.setSpacing(8)
        self.import_layout.setObjectName(u"import_layout")
        self.import_layout.setContentsMargins(12, 12, 12, 12)
        self.import_intro = QLabel(self.import_group)
        self.import_intro.setObjectName(u"import_intro")
        self.import_intro.setWordWrap(True)

        self.import_layout.addWidget(self.import_intro)

        self.file_row = QHBoxLayout()
        self.file_row.setSpacing(8)
        self.file_row.setObjectName(u"file_row")
        self.file_label = QLabel(self.import_group)
        self.file_label.setObjectName(u"file_label")

        self.file_row.addWidget(self.file_label)

        self.file_edit = QLineEdit(self.import_group)
        self.file_edit.setObjectName(u"file_edit")
        sizePolicy.setHeightForWidth(self.file_edit.sizePolicy().hasHeightForWidth())
        self.file_edit.setSizePolicy(sizePolicy)

        self.file_row.addWidget(self.file_edit)

        self.file_browse_button = QPushButton(self.import_group)
        self.file_browse_button.setObjectName(u"file_browse_button")

        self.file_row.addWidget(self.file_browse_button)


        self.import_layout.addLayout(self.file_row)

        self.import_buttons = QHBoxLayout()
        self.import_buttons.setObjectName(u"import_buttons")
        self.import_button = QPushButton(self.import_group)
        self.import_button.setObjectName(u"import_button")
        self.import_button.setProperty(u"primary", True)

        self.import_buttons.addWidget(self.import_button)

        self.import_buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.import_buttons.addItem(self.import_buttons_spacer)


        self.import_layout.addLayout(self.import_buttons)

        self.import_result = QLabel(self.import_group)
        self.import_result.setObjectName(u"import_result")
        self.import_result.setVisible(False)
        self.import_result.setText(u"")
        self.import_result.setWordWrap(True)
        self.import_result.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)
        self.import_result.setProperty(u"role", u"info")

        self.import_layout.addWidget(self.import_result)


        self.main_layout.addWidget(self.import_group)

        self.busy_bar = QProgressBar(ExchangePage)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.error_label = QLabel(ExchangePage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.folder_label.setBuddy(self.folder_edit)
        self.file_label.setBuddy(self.file_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.folder_edit, self.folder_browse_button)
        QWidget.setTabOrder(self.folder_browse_button, self.sensitive_check)
        QWidget.setTabOrder(self.sensitive_check, self.export_button)
        QWidget.setTabOrder(self.export_button, self.file_edit)
        QWidget.setTabOrder(self.file_edit, self.file_browse_button)
        QWidget.setTabOrder(self.file_browse_button, self.import_button)

        self.retranslateUi(ExchangePage)
    # setupUi

    def retranslateUi(self, ExchangePage):
        self.title_label.setText(QCoreApplication.translate("ExchangePage", u"Export / Import", None))
        self.export_group.setTitle(QCoreApplication.translate("ExchangePage", u"Export the records", None))
        self.export_intro.setText(QCoreApplication.translate("ExchangePage", u"Writes every record you may see (as administrator: the whole agency) into a folder: one JSON file with a schema version, one CSV per kind of record for spreadsheets, and a README. Use it to move to another system or to keep an archive.", None))
        self.phi_warning.setText(QCoreApplication.translate("ExchangePage", u"The export holds personal health information about every client, readable by anyone who has the files. Keep it on an encrypted drive, never send it by email, and delete it once it has served. The export is recorded in the audit log.", None))
#if QT_CONFIG(accessibility)
        self.phi_warning.setAccessibleName(QCoreApplication.translate("ExchangePage", u"Warning: personal health information", None))
#endif // QT_CONFIG(accessibility)
        self.folder_label.setText(QCoreApplication.translate("ExchangePage", u"&Folder", None))
#if QT_CONFIG(accessibility)
        self.folder_edit.setAccessibleName(QCoreApplication.translate("ExchangePage", u"Folder to write the export into", None))
#endif // QT_CONFIG(accessibility)
        self.folder_edit.setPlaceholderText(QCoreApplication.translate("ExchangePage", u"An empty folder on an encrypted drive", None))
        self.folder_browse_button.setText(QCoreApplication.translate("ExchangePage", u"Bro&wse\u2026", None))
#if QT_CONFIG(accessibility)
        self.folder_browse_button.setAccessibleName(QCoreApplication.translate("ExchangePage", u"Choose the folder", None))
#endif // QT_CONFIG(accessibility)
        self.sensitive_check.setText(QCoreApplication.translate("ExchangePage", u"Include &safety-sensitive contact details", None))
#if QT_CONFIG(accessibility)
        self.sensitive_check.setAccessibleName(QCoreApplication.translate("ExchangePage", u"Include safety-sensitive contact details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.sensitive_check.setToolTip(QCoreApplication.translate("ExchangePage", u"Clients marked safety-sensitive (someone leaving violence, say) have their phone, email and address left out unless this is ticked; the choice is recorded.", None))
#endif // QT_CONFIG(tooltip)
        self.sensitive_hint.setText(QCoreApplication.translate("ExchangePage", u"Left unticked, the phone, email and address of clients marked safety-sensitive stay out of the files.", None))
        self.export_button.setText(QCoreApplication.translate("ExchangePage", u"&Export", None))
#if QT_CONFIG(accessibility)
        self.export_button.setAccessibleName(QCoreApplication.translate("ExchangePage", u"Export the records to the folder", None))
#endif // QT_CONFIG(accessibility)
        self.import_group.setTitle(QCoreApplication.translate("ExchangePage", u"Import an export", None))
        self.import_intro.setText(QCoreApplication.translate("ExchangePage", u"Loads a whole-agency export (pswdesk-export.json) into this agency, all or nothing. This agency must be empty: no clients and no notes yet, and no staff but you. Every record keeps its number, so signed notes still verify. Staff accounts come back without passwords; reset each on the Users page.", None))
        self.file_label.setText(QCoreApplication.translate("ExchangePage", u"Export f&ile", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("ExchangePage", u"Export file to import", None))
#endif // QT_CONFIG(accessibility)
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ExchangePage", u"pswdesk-export.json", None))
        self.file_browse_button.setText(QCoreApplication.translate("ExchangePage", u"C&hoose\u2026", None))
#if QT_CONFIG(accessibility)
        self.file_browse_button.setAccessibleName(QCoreApplication.translate("ExchangePage", u"Choose the file", None))
#endif // QT_CONFIG(accessibility)
        self.import_button.setText(QCoreApplication.translate("ExchangePage", u"&Import\u2026", None))
#if QT_CONFIG(accessibility)
        self.import_button.setAccessibleName(QCoreApplication.translate("ExchangePage", u"Import the export file into this agency", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("ExchangePage", u"Working", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

