# generated from ui/consents_tab.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consents_tab.ui'
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

class Ui_ConsentsTab(object):
    def setupUi(self, ConsentsTab):
        if not ConsentsTab.objectName():
            ConsentsTab.setObjectName(u"ConsentsTab")
        ConsentsTab.resize(900, 560)
        self.main_layout = QVBoxLayout(ConsentsTab)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(14, 12, 14, 10)
        self.title_layout = QHBoxLayout()
        self.title_layout.setSpacing(12)
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(ConsentsTab)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"subheading")

        self.title_layout.addWidget(self.title_label)

        self.summary_label = QLabel(ConsentsTab)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setProperty(u"role", u"muted")

        self.title_layout.addWidget(self.summary_label)

        self.title_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)

        self.hide_ended_check = QCheckBox(ConsentsTab)
        self.hide_ended_check.setObjectName(u"hide_ended_check")

        self.title_layout.addWidget(self.hide_ended_check)


        self.main_layout.addLayout(self.title_layout)

        self.description_label = QLabel(ConsentsTab)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)
        self.description_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.description_label)

        self.busy_bar = QProgressBar(ConsentsTab)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.error_label = QLabel(ConsentsTab)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.empty_label = QLabel(ConsentsTab)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setVisible(False)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.empty_label.setProperty(u"role", u"placeholder")

        self.main_layout.addWidget(self.empty_label)

        self.splitter = QSplitter(ConsentsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.consents_table = QTableView(self.splitter)
        self.consents_table.setObjectName(u"consents_table")
        self.consents_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.consents_table.setAlternatingRowColors(True)
        self.consents_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.consents_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.consents_table.setShowGrid(False)
        self.consents_table.setWordWrap(False)
        self.splitter.addWidget(self.consents_table)
        self.consents_table.horizontalHeader().setHighlightSections(False)
        self.consents_table.horizontalHeader().setStretchLastSection(True)
        self.consents_table.verticalHeader().setVisible(False)
        self.consent_browser = QTextBrowser(self.splitter)
        self.consent_browser.setObjectName(u"consent_browser")
        self.consent_browser.setOpenLinks(False)
        self.consent_browser.setOpenExternalLinks(False)
        self.splitter.addWidget(self.consent_browser)

        self.main_layout.addWidget(self.splitter)

        self.button_layout = QHBoxLayout()
        self.button_layout.setSpacing(8)
        self.button_layout.setObjectName(u"button_layout")
        self.add_button = QPushButton(ConsentsTab)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setProperty(u"primary", True)

        self.button_layout.addWidget(self.add_button)

        self.revoke_button = QPushButton(ConsentsTab)
        self.revoke_button.setObjectName(u"revoke_button")

        self.button_layout.addWidget(self.revoke_button)

        self.button_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.hint_label = QLabel(ConsentsTab)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setProperty(u"role", u"muted")

        self.button_layout.addWidget(self.hint_label)


        self.main_layout.addLayout(self.button_layout)

        self.main_layout.setStretch(4, 1)
        self.main_layout.setStretch(5, 1)

        self.retranslateUi(ConsentsTab)
    # setupUi

    def retranslateUi(self, ConsentsTab):
        self.title_label.setText(QCoreApplication.translate("ConsentsTab", u"Consents", None))
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("ConsentsTab", u"Consents: summary", None))
#endif // QT_CONFIG(accessibility)
        self.hide_ended_check.setText(QCoreApplication.translate("ConsentsTab", u"Hide e&xpired and revoked", None))
#if QT_CONFIG(accessibility)
        self.hide_ended_check.setAccessibleName(QCoreApplication.translate("ConsentsTab", u"Hide expired and revoked consents", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("ConsentsTab", u"What the client agreed to share, with whom and until when. Only a consent in force allows a handover, and only for the kinds of information it covers.", None))
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("ConsentsTab", u"Loading consents", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("ConsentsTab", u"No consents recorded. Without one, no handover summary can be sent for this client.", None))
#if QT_CONFIG(accessibility)
        self.empty_label.setAccessibleName(QCoreApplication.translate("ConsentsTab", u"No consents", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consents_table.setAccessibleName(QCoreApplication.translate("ConsentsTab", u"Consents", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consent_browser.setAccessibleName(QCoreApplication.translate("ConsentsTab", u"The selected consent", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("ConsentsTab", u"&Add consent\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("ConsentsTab", u"Record a consent the client gave", None))
#endif // QT_CONFIG(accessibility)
        self.revoke_button.setText(QCoreApplication.translate("ConsentsTab", u"Revoke\u2026", None))
#if QT_CONFIG(accessibility)
        self.revoke_button.setAccessibleName(QCoreApplication.translate("ConsentsTab", u"Record that the client withdrew the selected consent", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("ConsentsTab", u"A consent is never edited: revoke it and record a new one.", None))
        pass
    # retranslateUi

