# generated from ui/referrals_tab.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'referrals_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_ReferralsTab(object):
    def setupUi(self, ReferralsTab):
        if not ReferralsTab.objectName():
            ReferralsTab.setObjectName(u"ReferralsTab")
        ReferralsTab.resize(900, 560)
        self.main_layout = QVBoxLayout(ReferralsTab)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(14, 12, 14, 10)
        self.title_layout = QHBoxLayout()
        self.title_layout.setSpacing(12)
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(ReferralsTab)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"subheading")

        self.title_layout.addWidget(self.title_label)

        self.summary_label = QLabel(ReferralsTab)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setProperty(u"role", u"muted")

        self.title_layout.addWidget(self.summary_label)

        self.title_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)

        self.show_closed_check = QCheckBox(ReferralsTab)
        self.show_closed_check.setObjectName(u"show_closed_check")

        self.title_layout.addWidget(self.show_closed_check)


        self.main_layout.addLayout(self.title_layout)

        self.description_label = QLabel(ReferralsTab)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)
        self.description_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.description_label)

        self.busy_bar = QProgressBar(ReferralsTab)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.error_label = QLabel(ReferralsTab)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.empty_label = QLabel(ReferralsTab)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setVisible(False)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.empty_label.setProperty(u"role", u"placeholder")

        self.main_layout.addWidget(self.empty_label)

        self.splitter = QSplitter(ReferralsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.referrals_table = QTableView(self.splitter)
        self.referrals_table.setObjectName(u"referrals_table")
        self.referrals_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.referrals_table.setAlternatingRowColors(True)
        self.referrals_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.referrals_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.referrals_table.setShowGrid(False)
        self.referrals_table.setWordWrap(False)
        self.splitter.addWidget(self.referrals_table)
        self.referrals_table.horizontalHeader().setHighlightSections(False)
        self.referrals_table.horizontalHeader().setStretchLastSection(True)
        self.referrals_table.verticalHeader().setVisible(False)
        self.referral_browser = QTextBrowser(self.splitter)
        self.referral_browser.setObjectName(u"referral_browser")
        self.referral_browser.setOpenLinks(False)
        self.referral_browser.setOpenExternalLinks(False)
        self.splitter.addWidget(self.referral_browser)

        self.main_layout.addWidget(self.splitter)

        self.button_layout = QHBoxLayout()
        self.button_layout.setSpacing(8)
        self.button_layout.setObjectName(u"button_layout")
        self.add_button = QPushButton(ReferralsTab)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setProperty(u"primary", True)

        self.button_layout.addWidget(self.add_button)

        self.status_button = QPushButton(ReferralsTab)
        self.status_button.setObjectName(u"status_button")

        self.button_layout.addWidget(self.status_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.hint_label = QLabel(ReferralsTab)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setProperty(u"role", u"muted")

        self.button_layout.addWidget(self.hint_label)


        self.main_layout.addLayout(self.button_layout)

        self.main_layout.setStretch(4, 1)
        self.main_layout.setStretch(5, 1)

        self.retranslateUi(ReferralsTab)
    # setupUi

    def retranslateUi(self, ReferralsTab):
        self.title_label.setText(QCoreApplication.translate("ReferralsTab", u"Referrals", None))
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("ReferralsTab", u"Referrals: summary", None))
#endif // QT_CONFIG(accessibility)
        self.show_closed_check.setText(QCoreApplication.translate("ReferralsTab", u"Show c&losed referrals", None))
#if QT_CONFIG(accessibility)
        self.show_closed_check.setAccessibleName(QCoreApplication.translate("ReferralsTab", u"Show declined and completed referrals", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("ReferralsTab", u"Referrals to other services and people, open ones first. Each change of status is kept with its date.", None))
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("ReferralsTab", u"Loading referrals", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("ReferralsTab", u"No open referrals. Referrals made in step 7 of a note appear here once the note is signed, or add one now.", None))
#if QT_CONFIG(accessibility)
        self.empty_label.setAccessibleName(QCoreApplication.translate("ReferralsTab", u"No referrals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.referrals_table.setAccessibleName(QCoreApplication.translate("ReferralsTab", u"Referrals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.referral_browser.setAccessibleName(QCoreApplication.translate("ReferralsTab", u"The selected referral and its steps", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("ReferralsTab", u"&Add referral\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("ReferralsTab", u"Add a referral", None))
#endif // QT_CONFIG(accessibility)
        self.status_button.setText(QCoreApplication.translate("ReferralsTab", u"Change stat&us\u2026", None))
#if QT_CONFIG(accessibility)
        self.status_button.setAccessibleName(QCoreApplication.translate("ReferralsTab", u"Change the status of the selected referral", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("ReferralsTab", u"Enter changes the selected referral's status.", None))
        pass
    # retranslateUi

