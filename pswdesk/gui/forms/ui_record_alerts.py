# generated from ui/record_alerts.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_alerts.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RecordAlerts(object):
    def setupUi(self, RecordAlerts):
        if not RecordAlerts.objectName():
            RecordAlerts.setObjectName(u"RecordAlerts")
        RecordAlerts.resize(800, 140)
        self.main_layout = QVBoxLayout(RecordAlerts)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.alert_frame = QFrame(RecordAlerts)
        self.alert_frame.setObjectName(u"alert_frame")
        self.alert_frame.setVisible(False)
        self.alert_layout = QHBoxLayout(self.alert_frame)
        self.alert_layout.setSpacing(10)
        self.alert_layout.setObjectName(u"alert_layout")
        self.alert_layout.setContentsMargins(10, 6, 8, 6)
        self.alert_label = QLabel(self.alert_frame)
        self.alert_label.setObjectName(u"alert_label")
        self.alert_label.setText(u"")
        self.alert_label.setWordWrap(True)

        self.alert_layout.addWidget(self.alert_label)

        self.clear_button = QPushButton(self.alert_frame)
        self.clear_button.setObjectName(u"clear_button")

        self.alert_layout.addWidget(self.clear_button)

        self.alert_layout.setStretch(0, 1)

        self.main_layout.addWidget(self.alert_frame)

        self.plan_label = QLabel(RecordAlerts)
        self.plan_label.setObjectName(u"plan_label")
        self.plan_label.setVisible(False)
        self.plan_label.setText(u"")
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextFormat(Qt.RichText)
        self.plan_label.setProperty(u"role", u"info")

        self.main_layout.addWidget(self.plan_label)

        self.consent_label = QLabel(RecordAlerts)
        self.consent_label.setObjectName(u"consent_label")
        self.consent_label.setVisible(False)
        self.consent_label.setText(u"")
        self.consent_label.setWordWrap(True)
        self.consent_label.setTextFormat(Qt.RichText)
        self.consent_label.setProperty(u"role", u"notice")

        self.main_layout.addWidget(self.consent_label)

        self.follow_up_label = QLabel(RecordAlerts)
        self.follow_up_label.setObjectName(u"follow_up_label")
        self.follow_up_label.setVisible(False)
        self.follow_up_label.setText(u"")
        self.follow_up_label.setWordWrap(True)
        self.follow_up_label.setTextFormat(Qt.RichText)
        self.follow_up_label.setProperty(u"role", u"notice")

        self.main_layout.addWidget(self.follow_up_label)


        self.retranslateUi(RecordAlerts)
    # setupUi

    def retranslateUi(self, RecordAlerts):
#if QT_CONFIG(accessibility)
        self.alert_frame.setAccessibleName(QCoreApplication.translate("RecordAlerts", u"Risk alert", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.alert_label.setAccessibleName(QCoreApplication.translate("RecordAlerts", u"Risk alert", None))
#endif // QT_CONFIG(accessibility)
        self.clear_button.setText(QCoreApplication.translate("RecordAlerts", u"Clear ris&k alert\u2026", None))
#if QT_CONFIG(accessibility)
        self.clear_button.setAccessibleName(QCoreApplication.translate("RecordAlerts", u"Clear the risk alert, with a reason", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.plan_label.setAccessibleName(QCoreApplication.translate("RecordAlerts", u"Safety plan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consent_label.setAccessibleName(QCoreApplication.translate("RecordAlerts", u"Consents to check", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.follow_up_label.setAccessibleName(QCoreApplication.translate("RecordAlerts", u"Overdue follow-ups", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

