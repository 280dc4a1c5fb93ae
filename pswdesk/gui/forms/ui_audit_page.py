# generated from ui/audit_page.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(900, 600)
        self.main_layout = QVBoxLayout(AuditPage)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.title_layout = QHBoxLayout()
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(AuditPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"heading")

        self.title_layout.addWidget(self.title_label)

        self.title_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)

        self.count_label = QLabel(AuditPage)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")
        self.count_label.setProperty(u"role", u"muted")

        self.title_layout.addWidget(self.count_label)

        self.export_button = QPushButton(AuditPage)
        self.export_button.setObjectName(u"export_button")

        self.title_layout.addWidget(self.export_button)


        self.main_layout.addLayout(self.title_layout)

        self.description_label = QLabel(AuditPage)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setText(u"")
        self.description_label.setWordWrap(True)
        self.description_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.description_label)

        self.option_rows_layout = QVBoxLayout()
        self.option_rows_layout.setSpacing(6)
        self.option_rows_layout.setObjectName(u"option_rows_layout")
        self.option_layout = QHBoxLayout()
        self.option_layout.setSpacing(8)
        self.option_layout.setObjectName(u"option_layout")
        self.person_label = QLabel(AuditPage)
        self.person_label.setObjectName(u"person_label")

        self.option_layout.addWidget(self.person_label)

        self.person_combo = QComboBox(AuditPage)
        self.person_combo.setObjectName(u"person_combo")
        self.person_combo.setMinimumSize(QSize(150, 0))

        self.option_layout.addWidget(self.person_combo)

        self.client_label = QLabel(AuditPage)
        self.client_label.setObjectName(u"client_label")

        self.option_layout.addWidget(self.client_label)

        self.client_edit = QLineEdit(AuditPage)
        self.client_edit.setObjectName(u"client_edit")
        self.client_edit.setMinimumSize(QSize(72, 0))
        self.client_edit.setMaximumSize(QSize(90, 16777215))
        self.client_edit.setClearButtonEnabled(True)

        self.option_layout.addWidget(self.client_edit)

        self.action_label = QLabel(AuditPage)
        self.action_label.setObjectName(u"action_label")

        self.option_layout.addWidget(self.action_label)

        self.action_combo = QComboBox(AuditPage)
        self.action_combo.setObjectName(u"action_combo")
        self.action_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.action_combo.setMinimumContentsLength(18)
        self.action_combo.setMinimumSize(QSize(170, 0))

        self.option_layout.addWidget(self.action_combo)

        self.option_row_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.option_layout.addItem(self.option_row_spacer)


        self.option_rows_layout.addLayout(self.option_layout)

        self.option_when_layout = QHBoxLayout()
        self.option_when_layout.setSpacing(8)
        self.option_when_layout.setObjectName(u"option_when_layout")
        self.period_label = QLabel(AuditPage)
        self.period_label.setObjectName(u"period_label")

        self.option_when_layout.addWidget(self.period_label)

        self.period_combo = QComboBox(AuditPage)
        self.period_combo.setObjectName(u"period_combo")
        self.period_combo.setMinimumSize(QSize(140, 0))

        self.option_when_layout.addWidget(self.period_combo)

        self.from_date = QDateEdit(AuditPage)
        self.from_date.setObjectName(u"from_date")
        self.from_date.setMinimumSize(QSize(132, 0))
        self.from_date.setCalendarPopup(True)
        self.from_date.setDisplayFormat(u"d MMM yyyy")

        self.option_when_layout.addWidget(self.from_date)

        self.to_label = QLabel(AuditPage)
        self.to_label.setObjectName(u"to_label")

        self.option_when_layout.addWidget(self.to_label)

        self.to_date = QDateEdit(AuditPage)
        self.to_date.setObjectName(u"to_date")
        self.to_date.setMinimumSize(QSize(132, 0))
        self.to_date.setCalendarPopup(True)
        self.to_date.setDisplayFormat(u"d MMM yyyy")

        self.option_when_layout.addWidget(self.to_date)

        self.option_spacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.option_when_layout.addItem(self.option_spacer)

        self.clear_button = QPushButton(AuditPage)
        self.clear_button.setObjectName(u"clear_button")

        self.option_when_layout.addWidget(self.clear_button)


        self.option_rows_layout.addLayout(self.option_when_layout)


        self.main_layout.addLayout(self.option_rows_layout)

        self.busy_bar = QProgressBar(AuditPage)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.error_label = QLabel(AuditPage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.table_view = QTableView(AuditPage)
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

        self.empty_label = QLabel(AuditPage)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setVisible(False)
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty(u"role", u"placeholder")

        self.main_layout.addWidget(self.empty_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.hint_label = QLabel(AuditPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setText(u"")
        self.hint_label.setProperty(u"role", u"muted")

        self.button_layout.addWidget(self.hint_label)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.person_label.setBuddy(self.person_combo)
        self.client_label.setBuddy(self.client_edit)
        self.action_label.setBuddy(self.action_combo)
        self.period_label.setBuddy(self.period_combo)
        self.to_label.setBuddy(self.to_date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person_combo, self.client_edit)
        QWidget.setTabOrder(self.client_edit, self.action_combo)
        QWidget.setTabOrder(self.action_combo, self.period_combo)
        QWidget.setTabOrder(self.period_combo, self.from_date)
        QWidget.setTabOrder(self.from_date, self.to_date)
        QWidget.setTabOrder(self.to_date, self.clear_button)
        QWidget.setTabOrder(self.clear_button, self.table_view)
        QWidget.setTabOrder(self.table_view, self.export_button)

        self.retranslateUi(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        self.title_label.setText(QCoreApplication.translate("AuditPage", u"Audit log", None))
#if QT_CONFIG(accessibility)
        self.count_label.setAccessibleName(QCoreApplication.translate("AuditPage", u"Number of items", None))
#endif // QT_CONFIG(accessibility)
        self.export_button.setText(QCoreApplication.translate("AuditPage", u"&Export CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("AuditPage", u"Save the entries shown (every page of them) as a spreadsheet file; the export is itself recorded in the log", None))
#endif // QT_CONFIG(tooltip)
        self.person_label.setText(QCoreApplication.translate("AuditPage", u"&Person", None))
#if QT_CONFIG(accessibility)
        self.person_combo.setAccessibleName(QCoreApplication.translate("AuditPage", u"Show only what this person did", None))
#endif // QT_CONFIG(accessibility)
        self.client_label.setText(QCoreApplication.translate("AuditPage", u"C&lient no.", None))
#if QT_CONFIG(accessibility)
        self.client_edit.setAccessibleName(QCoreApplication.translate("AuditPage", u"Show only entries about this client number", None))
#endif // QT_CONFIG(accessibility)
        self.client_edit.setPlaceholderText(QCoreApplication.translate("AuditPage", u"Any", None))
        self.action_label.setText(QCoreApplication.translate("AuditPage", u"&Action", None))
#if QT_CONFIG(accessibility)
        self.action_combo.setAccessibleName(QCoreApplication.translate("AuditPage", u"Show only this action", None))
#endif // QT_CONFIG(accessibility)
        self.period_label.setText(QCoreApplication.translate("AuditPage", u"&When", None))
#if QT_CONFIG(accessibility)
        self.period_combo.setAccessibleName(QCoreApplication.translate("AuditPage", u"Show only this period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.from_date.setAccessibleName(QCoreApplication.translate("AuditPage", u"From this day", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("AuditPage", u"to", None))
#if QT_CONFIG(accessibility)
        self.to_date.setAccessibleName(QCoreApplication.translate("AuditPage", u"To this day", None))
#endif // QT_CONFIG(accessibility)
        self.clear_button.setText(QCoreApplication.translate("AuditPage", u"&Clear filters", None))
#if QT_CONFIG(tooltip)
        self.clear_button.setToolTip(QCoreApplication.translate("AuditPage", u"Show every entry again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("AuditPage", u"Loading", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("AuditPage", u"Nothing here.", None))
        pass
    # retranslateUi

