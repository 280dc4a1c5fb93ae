# generated from ui/safety_plan_tab.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'safety_plan_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_SafetyPlanTab(object):
    def setupUi(self, SafetyPlanTab):
        if not SafetyPlanTab.objectName():
            SafetyPlanTab.setObjectName(u"SafetyPlanTab")
        SafetyPlanTab.resize(900, 600)
        self.main_layout = QVBoxLayout(SafetyPlanTab)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(14, 12, 14, 10)
        self.title_layout = QHBoxLayout()
        self.title_layout.setSpacing(10)
        self.title_layout.setObjectName(u"title_layout")
        self.title_label = QLabel(SafetyPlanTab)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setProperty(u"role", u"subheading")

        self.title_layout.addWidget(self.title_label)

        self.summary_label = QLabel(SafetyPlanTab)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setText(u"")
        self.summary_label.setProperty(u"role", u"muted")

        self.title_layout.addWidget(self.summary_label)

        self.title_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_layout.addItem(self.title_spacer)

        self.version_caption = QLabel(SafetyPlanTab)
        self.version_caption.setObjectName(u"version_caption")

        self.title_layout.addWidget(self.version_caption)

        self.version_combo = QComboBox(SafetyPlanTab)
        self.version_combo.setObjectName(u"version_combo")

        self.title_layout.addWidget(self.version_combo)

        self.new_version_button = QPushButton(SafetyPlanTab)
        self.new_version_button.setObjectName(u"new_version_button")
        self.new_version_button.setProperty(u"primary", True)

        self.title_layout.addWidget(self.new_version_button)


        self.main_layout.addLayout(self.title_layout)

        self.description_label = QLabel(SafetyPlanTab)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)
        self.description_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.description_label)

        self.busy_bar = QProgressBar(SafetyPlanTab)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setVisible(False)

        self.main_layout.addWidget(self.busy_bar)

        self.error_label = QLabel(SafetyPlanTab)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.old_version_label = QLabel(SafetyPlanTab)
        self.old_version_label.setObjectName(u"old_version_label")
        self.old_version_label.setVisible(False)
        self.old_version_label.setText(u"")
        self.old_version_label.setWordWrap(True)
        self.old_version_label.setProperty(u"role", u"notice")

        self.main_layout.addWidget(self.old_version_label)

        self.empty_label = QLabel(SafetyPlanTab)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setVisible(False)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.empty_label.setProperty(u"role", u"placeholder")

        self.main_layout.addWidget(self.empty_label)

        self.plan_browser = QTextBrowser(SafetyPlanTab)
        self.plan_browser.setObjectName(u"plan_browser")
        self.plan_browser.setOpenLinks(False)
        self.plan_browser.setOpenExternalLinks(False)

        self.main_layout.addWidget(self.plan_browser)

#if QT_CONFIG(shortcut)
        self.version_caption.setBuddy(self.version_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SafetyPlanTab)
    # setupUi

    def retranslateUi(self, SafetyPlanTab):
        self.title_label.setText(QCoreApplication.translate("SafetyPlanTab", u"Safety plan", None))
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("SafetyPlanTab", u"Version shown", None))
#endif // QT_CONFIG(accessibility)
        self.version_caption.setText(QCoreApplication.translate("SafetyPlanTab", u"Version", None))
#if QT_CONFIG(accessibility)
        self.version_combo.setAccessibleName(QCoreApplication.translate("SafetyPlanTab", u"Version of the safety plan to read", None))
#endif // QT_CONFIG(accessibility)
        self.new_version_button.setText(QCoreApplication.translate("SafetyPlanTab", u"Write a ne&w version\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_version_button.setAccessibleName(QCoreApplication.translate("SafetyPlanTab", u"Write a new version of the safety plan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.new_version_button.setToolTip(QCoreApplication.translate("SafetyPlanTab", u"Saving creates the next version; earlier versions stay readable.", None))
#endif // QT_CONFIG(tooltip)
        self.description_label.setText(QCoreApplication.translate("SafetyPlanTab", u"Made with the client, in their words: what to watch for and who to turn to. Each change is saved as a new version; earlier versions stay as they were.", None))
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("SafetyPlanTab", u"Loading the safety plan", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("SafetyPlanTab", u"No safety plan yet. Write one with the client: warning signs, ways to cope, people and places, who to call, a safer environment and reasons for living.", None))
#if QT_CONFIG(accessibility)
        self.empty_label.setAccessibleName(QCoreApplication.translate("SafetyPlanTab", u"No safety plan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.plan_browser.setAccessibleName(QCoreApplication.translate("SafetyPlanTab", u"The safety plan", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

