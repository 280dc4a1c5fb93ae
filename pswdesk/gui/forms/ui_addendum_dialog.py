# generated from ui/addendum_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'addendum_dialog.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_AddendumDialog(object):
    def setupUi(self, AddendumDialog):
        if not AddendumDialog.objectName():
            AddendumDialog.setObjectName(u"AddendumDialog")
        AddendumDialog.resize(560, 420)
        self.layout = QVBoxLayout(AddendumDialog)
        self.layout.setObjectName(u"layout")
        self.intro_label = QLabel(AddendumDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.layout.addWidget(self.intro_label)

        self.reason_label = QLabel(AddendumDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.layout.addWidget(self.reason_label)

        self.reason_edit = QLineEdit(AddendumDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.layout.addWidget(self.reason_edit)

        self.text_label = QLabel(AddendumDialog)
        self.text_label.setObjectName(u"text_label")

        self.layout.addWidget(self.text_label)

        self.text_edit = QPlainTextEdit(AddendumDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)

        self.layout.addWidget(self.text_edit)

        self.error_label = QLabel(AddendumDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(AddendumDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_edit)
        self.text_label.setBuddy(self.text_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddendumDialog)
    # setupUi

    def retranslateUi(self, AddendumDialog):
        AddendumDialog.setWindowTitle(QCoreApplication.translate("AddendumDialog", u"Add an addendum", None))
        self.intro_label.setText(QCoreApplication.translate("AddendumDialog", u"The approved note stays exactly as signed. Your addendum is added below it with your name, the date and your reason.", None))
        self.reason_label.setText(QCoreApplication.translate("AddendumDialog", u"&Reason for the addendum", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("AddendumDialog", u"e.g. correction of the contact time, information received later", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("AddendumDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.text_label.setText(QCoreApplication.translate("AddendumDialog", u"&Addendum", None))
#if QT_CONFIG(accessibility)
        self.text_edit.setAccessibleName(QCoreApplication.translate("AddendumDialog", u"Addendum text", None))
#endif // QT_CONFIG(accessibility)
        self.error_label.setText("")
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("AddendumDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

