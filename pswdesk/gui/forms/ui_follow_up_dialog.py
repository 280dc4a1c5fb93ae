# generated from ui/follow_up_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'follow_up_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FollowUpDialog(object):
    def setupUi(self, FollowUpDialog):
        if not FollowUpDialog.objectName():
            FollowUpDialog.setObjectName(u"FollowUpDialog")
        FollowUpDialog.resize(500, 220)
        FollowUpDialog.setModal(True)
        self.main_layout = QVBoxLayout(FollowUpDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 16)
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.due_date_label = QLabel(FollowUpDialog)
        self.due_date_label.setObjectName(u"due_date_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.due_date_label)

        self.due_date_layout = QVBoxLayout()
        self.due_date_layout.setSpacing(2)
        self.due_date_layout.setObjectName(u"due_date_layout")
        self.due_date_edit = QDateEdit(FollowUpDialog)
        self.due_date_edit.setObjectName(u"due_date_edit")
        self.due_date_edit.setCalendarPopup(True)
        self.due_date_edit.setDisplayFormat(u"dd MMM yyyy")

        self.due_date_layout.addWidget(self.due_date_edit)

        self.due_date_error = QLabel(FollowUpDialog)
        self.due_date_error.setObjectName(u"due_date_error")
        self.due_date_error.setVisible(False)
        self.due_date_error.setText(u"")
        self.due_date_error.setWordWrap(True)
        self.due_date_error.setProperty(u"role", u"error")

        self.due_date_layout.addWidget(self.due_date_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.due_date_layout)

        self.description_label = QLabel(FollowUpDialog)
        self.description_label.setObjectName(u"description_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_layout = QVBoxLayout()
        self.description_layout.setSpacing(2)
        self.description_layout.setObjectName(u"description_layout")
        self.description_edit = QLineEdit(FollowUpDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setMaxLength(2000)

        self.description_layout.addWidget(self.description_edit)

        self.description_error = QLabel(FollowUpDialog)
        self.description_error.setObjectName(u"description_error")
        self.description_error.setVisible(False)
        self.description_error.setText(u"")
        self.description_error.setWordWrap(True)
        self.description_error.setProperty(u"role", u"error")

        self.description_layout.addWidget(self.description_error)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.description_layout)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(FollowUpDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.dialog_spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(FollowUpDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.due_date_label.setBuddy(self.due_date_edit)
        self.description_label.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FollowUpDialog)
    # setupUi

    def retranslateUi(self, FollowUpDialog):
        FollowUpDialog.setWindowTitle(QCoreApplication.translate("FollowUpDialog", u"New follow-up", None))
        self.due_date_label.setText(QCoreApplication.translate("FollowUpDialog", u"&Due", None))
#if QT_CONFIG(accessibility)
        self.due_date_edit.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"Due date", None))
#endif // QT_CONFIG(accessibility)
        self.description_label.setText(QCoreApplication.translate("FollowUpDialog", u"&What for", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"What the follow-up is for", None))
#endif // QT_CONFIG(accessibility)
        self.description_edit.setPlaceholderText(QCoreApplication.translate("FollowUpDialog", u"e.g. Phone to hear how the appointment went", None))
    # retranslateUi

