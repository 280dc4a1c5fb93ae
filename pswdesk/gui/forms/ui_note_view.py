# generated from ui/note_view.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'note_view.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QMainWindow, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTextBrowser, QVBoxLayout, QWidget)

class Ui_NoteView(object):
    def setupUi(self, NoteView):
        if not NoteView.objectName():
            NoteView.setObjectName(u"NoteView")
        NoteView.resize(960, 780)
        self.central_widget = QWidget(NoteView)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QVBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.message_label = QLabel(self.central_widget)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)

        self.central_layout.addWidget(self.message_label)

        self.note_browser = QTextBrowser(self.central_widget)
        self.note_browser.setObjectName(u"note_browser")
        self.note_browser.setOpenLinks(False)

        self.central_layout.addWidget(self.note_browser)

        self.review_box = QGroupBox(self.central_widget)
        self.review_box.setObjectName(u"review_box")
        self.review_layout = QVBoxLayout(self.review_box)
        self.review_layout.setObjectName(u"review_layout")
        self.comment_edit = QPlainTextEdit(self.review_box)
        self.comment_edit.setObjectName(u"comment_edit")
        self.comment_edit.setMaximumSize(QSize(16777215, 90))
        self.comment_edit.setTabChangesFocus(True)

        self.review_layout.addWidget(self.comment_edit)

        self.review_buttons = QHBoxLayout()
        self.review_buttons.setObjectName(u"review_buttons")
        self.comment_error_label = QLabel(self.review_box)
        self.comment_error_label.setObjectName(u"comment_error_label")

        self.review_buttons.addWidget(self.comment_error_label)

        self.review_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.review_buttons.addItem(self.review_spacer)

        self.return_button = QPushButton(self.review_box)
        self.return_button.setObjectName(u"return_button")

        self.review_buttons.addWidget(self.return_button)

        self.approve_button = QPushButton(self.review_box)
        self.approve_button.setObjectName(u"approve_button")

        self.review_buttons.addWidget(self.approve_button)


        self.review_layout.addLayout(self.review_buttons)


        self.central_layout.addWidget(self.review_box)

        self.bottom_buttons = QHBoxLayout()
        self.bottom_buttons.setObjectName(u"bottom_buttons")
        self.addendum_button = QPushButton(self.central_widget)
        self.addendum_button.setObjectName(u"addendum_button")

        self.bottom_buttons.addWidget(self.addendum_button)

        self.edit_button = QPushButton(self.central_widget)
        self.edit_button.setObjectName(u"edit_button")

        self.bottom_buttons.addWidget(self.edit_button)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_buttons.addItem(self.bottom_spacer)

        self.close_button = QPushButton(self.central_widget)
        self.close_button.setObjectName(u"close_button")

        self.bottom_buttons.addWidget(self.close_button)


        self.central_layout.addLayout(self.bottom_buttons)

        self.central_layout.setStretch(1, 1)
        NoteView.setCentralWidget(self.central_widget)

        self.retranslateUi(NoteView)
    # setupUi

    def retranslateUi(self, NoteView):
        NoteView.setWindowTitle(QCoreApplication.translate("NoteView", u"Case note", None))
        self.message_label.setText("")
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("NoteView", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.note_browser.setAccessibleName(QCoreApplication.translate("NoteView", u"The note, read-only", None))
#endif // QT_CONFIG(accessibility)
        self.review_box.setTitle(QCoreApplication.translate("NoteView", u"Your review", None))
        self.comment_edit.setPlaceholderText(QCoreApplication.translate("NoteView", u"To return the note, say what needs to change. The worker sees this comment.", None))
#if QT_CONFIG(accessibility)
        self.comment_edit.setAccessibleName(QCoreApplication.translate("NoteView", u"Comment for the worker", None))
#endif // QT_CONFIG(accessibility)
        self.comment_error_label.setText("")
#if QT_CONFIG(accessibility)
        self.comment_error_label.setAccessibleName(QCoreApplication.translate("NoteView", u"Comment problem", None))
#endif // QT_CONFIG(accessibility)
        self.return_button.setText(QCoreApplication.translate("NoteView", u"&Return with comment", None))
#if QT_CONFIG(accessibility)
        self.return_button.setAccessibleName(QCoreApplication.translate("NoteView", u"Return the note to the worker", None))
#endif // QT_CONFIG(accessibility)
        self.approve_button.setText(QCoreApplication.translate("NoteView", u"&Approve and sign", None))
#if QT_CONFIG(tooltip)
        self.approve_button.setToolTip(QCoreApplication.translate("NoteView", u"Your signature locks the note; later corrections become addenda", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.approve_button.setAccessibleName(QCoreApplication.translate("NoteView", u"Approve and sign the note", None))
#endif // QT_CONFIG(accessibility)
        self.addendum_button.setText(QCoreApplication.translate("NoteView", u"Add a&ddendum\u2026", None))
#if QT_CONFIG(accessibility)
        self.addendum_button.setAccessibleName(QCoreApplication.translate("NoteView", u"Add an addendum", None))
#endif // QT_CONFIG(accessibility)
        self.edit_button.setText(QCoreApplication.translate("NoteView", u"&Edit note", None))
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("NoteView", u"Edit the note", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("NoteView", u"&Close", None))
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("NoteView", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

