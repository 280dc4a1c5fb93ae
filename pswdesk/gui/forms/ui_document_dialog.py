# generated from ui/document_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_DocumentDialog(object):
    def setupUi(self, DocumentDialog):
        if not DocumentDialog.objectName():
            DocumentDialog.setObjectName(u"DocumentDialog")
        DocumentDialog.resize(720, 620)
        DocumentDialog.setWindowTitle(u"pswdesk")
        self.main_layout = QVBoxLayout(DocumentDialog)
        self.main_layout.setSpacing(8)
        self.main_layout.setObjectName(u"main_layout")
        self.title_label = QLabel(DocumentDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"")
        self.title_label.setWordWrap(True)
        self.title_label.setProperty(u"role", u"heading")

        self.main_layout.addWidget(self.title_label)

        self.meta_label = QLabel(DocumentDialog)
        self.meta_label.setObjectName(u"meta_label")
        self.meta_label.setText(u"")
        self.meta_label.setWordWrap(True)
        self.meta_label.setProperty(u"role", u"muted")

        self.main_layout.addWidget(self.meta_label)

        self.content_browser = QTextBrowser(DocumentDialog)
        self.content_browser.setObjectName(u"content_browser")
        self.content_browser.setOpenExternalLinks(False)
        self.content_browser.setOpenLinks(False)

        self.main_layout.addWidget(self.content_browser)

        self.button_box = QDialogButtonBox(DocumentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.Close)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(DocumentDialog)
    # setupUi

    def retranslateUi(self, DocumentDialog):
#if QT_CONFIG(accessibility)
        self.content_browser.setAccessibleName(QCoreApplication.translate("DocumentDialog", u"Document", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

