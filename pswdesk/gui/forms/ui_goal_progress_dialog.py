# generated from ui/goal_progress_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goal_progress_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_GoalProgressDialog(object):
    def setupUi(self, GoalProgressDialog):
        if not GoalProgressDialog.objectName():
            GoalProgressDialog.setObjectName(u"GoalProgressDialog")
        GoalProgressDialog.resize(540, 320)
        GoalProgressDialog.setModal(True)
        self.main_layout = QVBoxLayout(GoalProgressDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 16)
        self.intro_label = QLabel(GoalProgressDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setHorizontalSpacing(12)
        self.form_layout.setVerticalSpacing(8)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.progress_label = QLabel(GoalProgressDialog)
        self.progress_label.setObjectName(u"progress_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.progress_label)

        self.progress_layout = QVBoxLayout()
        self.progress_layout.setSpacing(2)
        self.progress_layout.setObjectName(u"progress_layout")
        self.progress_edit = QPlainTextEdit(GoalProgressDialog)
        self.progress_edit.setObjectName(u"progress_edit")
        self.progress_edit.setTabChangesFocus(True)
        self.progress_edit.setMinimumSize(QSize(0, 90))

        self.progress_layout.addWidget(self.progress_edit)

        self.progress_error = QLabel(GoalProgressDialog)
        self.progress_error.setObjectName(u"progress_error")
        self.progress_error.setVisible(False)
        self.progress_error.setText(u"")
        self.progress_error.setWordWrap(True)
        self.progress_error.setProperty(u"role", u"error")

        self.progress_layout.addWidget(self.progress_error)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.progress_layout)

        self.status_label = QLabel(GoalProgressDialog)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_layout = QVBoxLayout()
        self.status_layout.setSpacing(2)
        self.status_layout.setObjectName(u"status_layout")
        self.status_combo = QComboBox(GoalProgressDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.status_layout.addWidget(self.status_combo)

        self.status_error = QLabel(GoalProgressDialog)
        self.status_error.setObjectName(u"status_error")
        self.status_error.setVisible(False)
        self.status_error.setText(u"")
        self.status_error.setWordWrap(True)
        self.status_error.setProperty(u"role", u"error")

        self.status_layout.addWidget(self.status_error)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.status_layout)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(GoalProgressDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.dialog_spacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.dialog_spacer)

        self.button_box = QDialogButtonBox(GoalProgressDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.progress_label.setBuddy(self.progress_edit)
        self.status_label.setBuddy(self.status_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GoalProgressDialog)
    # setupUi

    def retranslateUi(self, GoalProgressDialog):
        GoalProgressDialog.setWindowTitle(QCoreApplication.translate("GoalProgressDialog", u"Progress", None))
        self.progress_label.setText(QCoreApplication.translate("GoalProgressDialog", u"What &happened", None))
#if QT_CONFIG(accessibility)
        self.progress_edit.setAccessibleName(QCoreApplication.translate("GoalProgressDialog", u"What happened with this goal", None))
#endif // QT_CONFIG(accessibility)
        self.progress_edit.setPlaceholderText(QCoreApplication.translate("GoalProgressDialog", u"A step taken, a setback, a change of plan\u2026", None))
        self.status_label.setText(QCoreApplication.translate("GoalProgressDialog", u"&Status now", None))
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("GoalProgressDialog", u"Status of the goal after this", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

