# generated from ui/goal_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goal_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_GoalDialog(object):
    def setupUi(self, GoalDialog):
        if not GoalDialog.objectName():
            GoalDialog.setObjectName(u"GoalDialog")
        GoalDialog.resize(560, 400)
        GoalDialog.setModal(True)
        self.main_layout = QVBoxLayout(GoalDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 16)
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.text_label = QLabel(GoalDialog)
        self.text_label.setObjectName(u"text_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text_layout = QVBoxLayout()
        self.text_layout.setSpacing(2)
        self.text_layout.setObjectName(u"text_layout")
        self.text_edit = QPlainTextEdit(GoalDialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumSize(QSize(0, 60))

        self.text_layout.addWidget(self.text_edit)

        self.text_error = QLabel(GoalDialog)
        self.text_error.setObjectName(u"text_error")
        self.text_error.setVisible(False)
        self.text_error.setText(u"")
        self.text_error.setWordWrap(True)
        self.text_error.setProperty(u"role", u"error")

        self.text_layout.addWidget(self.text_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.text_layout)

        self.why_label = QLabel(GoalDialog)
        self.why_label.setObjectName(u"why_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.why_label)

        self.why_layout = QVBoxLayout()
        self.why_layout.setSpacing(2)
        self.why_layout.setObjectName(u"why_layout")
        self.why_edit = QPlainTextEdit(GoalDialog)
        self.why_edit.setObjectName(u"why_edit")
        self.why_edit.setTabChangesFocus(True)
        self.why_edit.setMinimumSize(QSize(0, 60))

        self.why_layout.addWidget(self.why_edit)

        self.why_it_matters_error = QLabel(GoalDialog)
        self.why_it_matters_error.setObjectName(u"why_it_matters_error")
        self.why_it_matters_error.setVisible(False)
        self.why_it_matters_error.setText(u"")
        self.why_it_matters_error.setWordWrap(True)
        self.why_it_matters_error.setProperty(u"role", u"error")

        self.why_layout.addWidget(self.why_it_matters_error)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.why_layout)

        self.target_check = QCheckBox(GoalDialog)
        self.target_check.setObjectName(u"target_check")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.target_check)

        self.target_layout = QVBoxLayout()
        self.target_layout.setSpacing(2)
        self.target_layout.setObjectName(u"target_layout")
        self.target_date_edit = QDateEdit(GoalDialog)
        self.target_date_edit.setObjectName(u"target_date_edit")
        self.target_date_edit.setCalendarPopup(True)
        self.target_date_edit.setDisplayFormat(u"dd MMM yyyy")

        self.target_layout.addWidget(self.target_date_edit)

        self.target_date_error = QLabel(GoalDialog)
        self.target_date_error.setObjectName(u"target_date_error")
        self.target_date_error.setVisible(False)
        self.target_date_error.setText(u"")
        self.target_date_error.setWordWrap(True)
        self.target_date_error.setProperty(u"role", u"error")

        self.target_layout.addWidget(self.target_date_error)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.target_layout)

        self.status_label = QLabel(GoalDialog)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_layout = QVBoxLayout()
        self.status_layout.setSpacing(2)
        self.status_layout.setObjectName(u"status_layout")
        self.status_combo = QComboBox(GoalDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.status_layout.addWidget(self.status_combo)

        self.status_error = QLabel(GoalDialog)
        self.status_error.setObjectName(u"status_error")
        self.status_error.setVisible(False)
        self.status_error.setText(u"")
        self.status_error.setWordWrap(True)
        self.status_error.setProperty(u"role", u"error")

        self.status_layout.addWidget(self.status_error)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.status_layout)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(GoalDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.dialog_spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(GoalDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.text_label.setBuddy(self.text_edit)
        self.why_label.setBuddy(self.why_edit)
        self.status_label.setBuddy(self.status_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GoalDialog)
    # setupUi

    def retranslateUi(self, GoalDialog):
        GoalDialog.setWindowTitle(QCoreApplication.translate("GoalDialog", u"Goal", None))
        self.text_label.setText(QCoreApplication.translate("GoalDialog", u"&Goal", None))
#if QT_CONFIG(accessibility)
        self.text_edit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"The goal, in the client's words", None))
#endif // QT_CONFIG(accessibility)
        self.text_edit.setPlaceholderText(QCoreApplication.translate("GoalDialog", u"In the client's own words, e.g. \u201cSleep through the night more often\u201d", None))
        self.why_label.setText(QCoreApplication.translate("GoalDialog", u"&Why it matters", None))
#if QT_CONFIG(accessibility)
        self.why_edit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Why it matters to the client", None))
#endif // QT_CONFIG(accessibility)
        self.why_edit.setPlaceholderText(QCoreApplication.translate("GoalDialog", u"What reaching it would change for them", None))
        self.target_check.setText(QCoreApplication.translate("GoalDialog", u"Target &date", None))
#if QT_CONFIG(accessibility)
        self.target_check.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Set a target date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.target_date_edit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Target date", None))
#endif // QT_CONFIG(accessibility)
        self.status_label.setText(QCoreApplication.translate("GoalDialog", u"&Status", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Status of the goal", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

