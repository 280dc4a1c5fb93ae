# generated from ui/risk_history_tab.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'risk_history_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_RiskHistoryTab(object):
    def setupUi(self, RiskHistoryTab):
        if not RiskHistoryTab.objectName():
            RiskHistoryTab.setObjectName(u"RiskHistoryTab")
        RiskHistoryTab.resize(900, 560)
        self.main_layout = QVBoxLayout(RiskHistoryTab)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(14, 12, 14, 10)
        self.title_layout = QHBoxLayout()
        self.title_layout.setSpacing(12)
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(RiskHistoryTab)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"subheading")

        self.title_layout.addWidget(self.title_label)

        self.summary_label = QLabel(RiskHistoryTab)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setProperty(u"role", u"muted")

        self.title_layout.addWidget(self.summary_label)

        self.title_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)


        self.main_layout.addLayout(self.title_layout)

        self.description_label = QLabel(RiskHistoryTab)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)
        self.description_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.description_label)

        self.busy_bar = QProgressBar(RiskHistoryTab)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.error_label = QLabel(RiskHistoryTab)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.empty_label = QLabel(RiskHistoryTab)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setVisible(False)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.empty_label.setProperty(u"role", u"placeholder")

        self.main_layout.addWidget(self.empty_label)

        self.risk_table = QTableView(RiskHistoryTab)
        self.risk_table.setObjectName(u"risk_table")
        self.risk_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.risk_table.setAlternatingRowColors(True)
        self.risk_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.risk_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.risk_table.setShowGrid(False)
        self.risk_table.setWordWrap(False)
        self.risk_table.horizontalHeader().setHighlightSections(False)
        self.risk_table.horizontalHeader().setStretchLastSection(True)
        self.risk_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.risk_table)

        self.button_layout = QHBoxLayout()
        self.button_layout.setSpacing(8)
        self.button_layout.setObjectName(u"button_layout")
        self.open_button = QPushButton(RiskHistoryTab)
        self.open_button.setObjectName(u"open_button")

        self.button_layout.addWidget(self.open_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.hint_label = QLabel(RiskHistoryTab)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setProperty(u"role", u"muted")

        self.button_layout.addWidget(self.hint_label)


        self.main_layout.addLayout(self.button_layout)

        self.main_layout.setStretch(4, 1)
        self.main_layout.setStretch(5, 1)

        self.retranslateUi(RiskHistoryTab)
    # setupUi

    def retranslateUi(self, RiskHistoryTab):
        self.title_label.setText(QCoreApplication.translate("RiskHistoryTab", u"Risk history", None))
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("RiskHistoryTab", u"Risk history: summary", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("RiskHistoryTab", u"The risk level recorded in each signed note, latest first.", None))
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("RiskHistoryTab", u"Loading risk history", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("RiskHistoryTab", u"No risk level has been recorded in a signed note yet.", None))
#if QT_CONFIG(accessibility)
        self.empty_label.setAccessibleName(QCoreApplication.translate("RiskHistoryTab", u"No risk history", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.risk_table.setAccessibleName(QCoreApplication.translate("RiskHistoryTab", u"Risk levels from signed notes", None))
#endif // QT_CONFIG(accessibility)
        self.open_button.setText(QCoreApplication.translate("RiskHistoryTab", u"Open note", None))
#if QT_CONFIG(accessibility)
        self.open_button.setAccessibleName(QCoreApplication.translate("RiskHistoryTab", u"Open the note of the selected rating", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("RiskHistoryTab", u"Double-click a row, or press Enter, to read the note.", None))
        pass
    # retranslateUi

