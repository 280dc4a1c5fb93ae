# generated from ui/caseload_page.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'caseload_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CaseloadPage(object):
    def setupUi(self, CaseloadPage):
        if not CaseloadPage.objectName():
            CaseloadPage.setObjectName(u"CaseloadPage")
        CaseloadPage.resize(900, 600)
        self.main_layout = QVBoxLayout(CaseloadPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.title_layout = QHBoxLayout()
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(CaseloadPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"heading")

        self.title_layout.addWidget(self.title_label)

        self.title_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)

        self.count_label = QLabel(CaseloadPage)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setProperty(u"role", u"muted")

        self.title_layout.addWidget(self.count_label)

        self.register_button = QPushButton(CaseloadPage)
        self.register_button.setObjectName(u"register_button")

        self.title_layout.addWidget(self.register_button)


        self.main_layout.addLayout(self.title_layout)

        self.filter_layout = QHBoxLayout()
        self.filter_layout.setSpacing(10)
        self.filter_layout.setObjectName(u"filter_layout")
        self.search_edit = QLineEdit(CaseloadPage)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search_edit)

        self.sort_label = QLabel(CaseloadPage)
        self.sort_label.setObjectName(u"sort_label")

        self.filter_layout.addWidget(self.sort_label)

        self.sort_combo = QComboBox(CaseloadPage)
        self.sort_combo.addItem("")
        self.sort_combo.addItem("")
        self.sort_combo.addItem("")
        self.sort_combo.setObjectName(u"sort_combo")

        self.filter_layout.addWidget(self.sort_combo)

        self.closed_check = QCheckBox(CaseloadPage)
        self.closed_check.setObjectName(u"closed_check")

        self.filter_layout.addWidget(self.closed_check)


        self.main_layout.addLayout(self.filter_layout)

        self.busy_bar = QProgressBar(CaseloadPage)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.error_label = QLabel(CaseloadPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.table_view = QTableView(CaseloadPage)
        self.table_view.setObjectName(u"table_view")
        self.table_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table_view.setShowGrid(False)
        self.table_view.setWordWrap(False)
        self.table_view.horizontalHeader().setHighlightSections(False)
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.table_view)

        self.empty_label = QLabel(CaseloadPage)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setVisible(False)
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.empty_label)

        self.empty_layout = QHBoxLayout()
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_register_button = QPushButton(CaseloadPage)
        self.empty_register_button.setObjectName(u"empty_register_button")
        self.empty_register_button.setVisible(False)
        self.empty_register_button.setProperty(u"primary", True)

        self.empty_layout.addWidget(self.empty_register_button)

        self.empty_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.empty_layout.addItem(self.empty_spacer)


        self.main_layout.addLayout(self.empty_layout)

        self.hint_label = QLabel(CaseloadPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.hint_label)

#if QT_CONFIG(shortcut)
        self.sort_label.setBuddy(self.sort_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.sort_combo)
        QWidget.setTabOrder(self.sort_combo, self.closed_check)
        QWidget.setTabOrder(self.closed_check, self.register_button)
        QWidget.setTabOrder(self.register_button, self.table_view)
        QWidget.setTabOrder(self.table_view, self.empty_register_button)

        self.retranslateUi(CaseloadPage)
    # setupUi

    def retranslateUi(self, CaseloadPage):
        self.title_label.setText(QCoreApplication.translate("CaseloadPage", u"My caseload", None))
#if QT_CONFIG(accessibility)
        self.count_label.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Number of clients", None))
#endif // QT_CONFIG(accessibility)
        self.register_button.setText(QCoreApplication.translate("CaseloadPage", u"&Register a client\u2026", None))
#if QT_CONFIG(tooltip)
        self.register_button.setToolTip(QCoreApplication.translate("CaseloadPage", u"Register a new client (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.register_button.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Register a new client", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Search clients by name", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("CaseloadPage", u"Search by name   (Ctrl+F)", None))
        self.sort_label.setText(QCoreApplication.translate("CaseloadPage", u"&Sort by", None))
        self.sort_combo.setItemText(0, QCoreApplication.translate("CaseloadPage", u"Risk, highest first", None))
        self.sort_combo.setItemText(1, QCoreApplication.translate("CaseloadPage", u"Name", None))
        self.sort_combo.setItemText(2, QCoreApplication.translate("CaseloadPage", u"Most recent contact", None))

#if QT_CONFIG(accessibility)
        self.sort_combo.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Sort clients by", None))
#endif // QT_CONFIG(accessibility)
        self.closed_check.setText(QCoreApplication.translate("CaseloadPage", u"Show &closed", None))
#if QT_CONFIG(accessibility)
        self.closed_check.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Show closed files too", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.closed_check.setToolTip(QCoreApplication.translate("CaseloadPage", u"Closed files leave the caseload; tick to find them again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Loading", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Clients", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table_view.setAccessibleDescription(QCoreApplication.translate("CaseloadPage", u"Press Enter or double-click to open a client's record", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("CaseloadPage", u"No clients to show.", None))
        self.empty_register_button.setText(QCoreApplication.translate("CaseloadPage", u"Register a client", None))
#if QT_CONFIG(accessibility)
        self.empty_register_button.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Register the first client", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("CaseloadPage", u"Double-click a client, or select one and press Enter, to open their record.", None))
        pass
    # retranslateUi

