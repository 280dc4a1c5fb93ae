# generated from ui/handover_preview.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_preview.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QStackedWidget, QVBoxLayout, QWidget)

class Ui_HandoverPreview(object):
    def setupUi(self, HandoverPreview):
        if not HandoverPreview.objectName():
            HandoverPreview.setObjectName(u"HandoverPreview")
        HandoverPreview.resize(640, 600)
        self.main_layout = QVBoxLayout(HandoverPreview)
        self.main_layout.setSpacing(6)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(10, 10, 10, 10)
        self.preview_bar_layout = QHBoxLayout()
        self.preview_bar_layout.setSpacing(8)
        self.preview_bar_layout.setObjectName(u"preview_bar_layout")
        self.preview_info_label = QLabel(HandoverPreview)
        self.preview_info_label.setObjectName(u"preview_info_label")
        self.preview_info_label.setText(u"")
        self.preview_info_label.setTextFormat(Qt.PlainText)
        self.preview_info_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.preview_info_label.sizePolicy().hasHeightForWidth())
        self.preview_info_label.setSizePolicy(sizePolicy)

        self.preview_bar_layout.addWidget(self.preview_info_label)

        self.page_label = QLabel(HandoverPreview)
        self.page_label.setObjectName(u"page_label")
        self.page_label.setText(u"")
        self.page_label.setProperty(u"role", u"muted")

        self.preview_bar_layout.addWidget(self.page_label)

        self.save_button = QPushButton(HandoverPreview)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setEnabled(False)

        self.preview_bar_layout.addWidget(self.save_button)

        self.print_button = QPushButton(HandoverPreview)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setEnabled(False)

        self.preview_bar_layout.addWidget(self.print_button)


        self.main_layout.addLayout(self.preview_bar_layout)

        self.output_status = QLabel(HandoverPreview)
        self.output_status.setObjectName(u"output_status")
        self.output_status.setVisible(False)
        self.output_status.setTextFormat(Qt.PlainText)
        self.output_status.setWordWrap(True)
        self.output_status.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.output_status)

        self.preview_stack = QStackedWidget(HandoverPreview)
        self.preview_stack.setObjectName(u"preview_stack")
        self.placeholder_page = QWidget()
        self.placeholder_page.setObjectName(u"placeholder_page")
        self.placeholder_layout = QVBoxLayout(self.placeholder_page)
        self.placeholder_layout.setObjectName(u"placeholder_layout")
        self.placeholder_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_placeholder = QLabel(self.placeholder_page)
        self.preview_placeholder.setObjectName(u"preview_placeholder")
        self.preview_placeholder.setAlignment(Qt.AlignCenter)
        self.preview_placeholder.setWordWrap(True)
        self.preview_placeholder.setProperty(u"role", u"placeholder")

        self.placeholder_layout.addWidget(self.preview_placeholder)

        self.preview_stack.addWidget(self.placeholder_page)
        self.pdf_page = QWidget()
        self.pdf_page.setObjectName(u"pdf_page")
        self.pdf_layout = QVBoxLayout(self.pdf_page)
        self.pdf_layout.setObjectName(u"pdf_layout")
        self.pdf_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_stack.addWidget(self.pdf_page)

        self.main_layout.addWidget(self.preview_stack)

        QWidget.setTabOrder(self.save_button, self.print_button)

        self.retranslateUi(HandoverPreview)

        self.preview_stack.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, HandoverPreview):
#if QT_CONFIG(accessibility)
        self.preview_info_label.setAccessibleName(QCoreApplication.translate("HandoverPreview", u"About the generated summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.page_label.setAccessibleName(QCoreApplication.translate("HandoverPreview", u"Page shown in the preview", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("HandoverPreview", u"&Save as PDF\u2026", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("HandoverPreview", u"Save the summary as a PDF file", None))
#endif // QT_CONFIG(accessibility)
        self.print_button.setText(QCoreApplication.translate("HandoverPreview", u"Pr&int\u2026", None))
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("HandoverPreview", u"Print the summary", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.output_status.setAccessibleName(QCoreApplication.translate("HandoverPreview", u"Saving and printing", None))
#endif // QT_CONFIG(accessibility)
        self.preview_placeholder.setText(QCoreApplication.translate("HandoverPreview", u"Choose the recipient, the period and the sections, then press Generate. The summary appears here to read before you save or print it.", None))
#if QT_CONFIG(accessibility)
        self.preview_placeholder.setAccessibleName(QCoreApplication.translate("HandoverPreview", u"Preview", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

