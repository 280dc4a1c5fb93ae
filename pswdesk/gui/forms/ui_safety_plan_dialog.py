# generated from ui/safety_plan_dialog.ui by scripts/build_forms.py — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'safety_plan_dialog.ui'
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
    QFrame, QLabel, QPlainTextEdit, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SafetyPlanDialog(object):
    def setupUi(self, SafetyPlanDialog):
        if not SafetyPlanDialog.objectName():
            SafetyPlanDialog.setObjectName(u"SafetyPlanDialog")
        SafetyPlanDialog.resize(720, 760)
        SafetyPlanDialog.setModal(True)
        self.main_layout = QVBoxLayout(SafetyPlanDialog)
        self.main_layout.setSpacing(10)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(16, 16, 16, 16)
        self.intro_label = QLabel(SafetyPlanDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.sections_scroll = QScrollArea(SafetyPlanDialog)
        self.sections_scroll.setObjectName(u"sections_scroll")
        self.sections_scroll.setWidgetResizable(True)
        self.sections_scroll.setFrameShape(QFrame.NoFrame)
        self.sections_widget = QWidget()
        self.sections_widget.setObjectName(u"sections_widget")
        self.sections_layout = QVBoxLayout(self.sections_widget)
        self.sections_layout.setSpacing(4)
        self.sections_layout.setObjectName(u"sections_layout")
        self.sections_layout.setContentsMargins(0, 0, 8, 0)
        self.warning_signs_label = QLabel(self.sections_widget)
        self.warning_signs_label.setObjectName(u"warning_signs_label")
        self.warning_signs_label.setProperty(u"role", u"subheading")

        self.sections_layout.addWidget(self.warning_signs_label)

        self.warning_signs_hint = QLabel(self.sections_widget)
        self.warning_signs_hint.setObjectName(u"warning_signs_hint")
        self.warning_signs_hint.setText(u"")
        self.warning_signs_hint.setWordWrap(True)
        self.warning_signs_hint.setProperty(u"role", u"muted")

        self.sections_layout.addWidget(self.warning_signs_hint)

        self.warning_signs_edit = QPlainTextEdit(self.sections_widget)
        self.warning_signs_edit.setObjectName(u"warning_signs_edit")
        self.warning_signs_edit.setTabChangesFocus(True)
        self.warning_signs_edit.setMinimumSize(QSize(0, 70))

        self.sections_layout.addWidget(self.warning_signs_edit)

        self.warning_signs_error = QLabel(self.sections_widget)
        self.warning_signs_error.setObjectName(u"warning_signs_error")
        self.warning_signs_error.setVisible(False)
        self.warning_signs_error.setText(u"")
        self.warning_signs_error.setWordWrap(True)
        self.warning_signs_error.setProperty(u"role", u"error")

        self.sections_layout.addWidget(self.warning_signs_error)

        self.coping_strategies_label = QLabel(self.sections_widget)
        self.coping_strategies_label.setObjectName(u"coping_strategies_label")
        self.coping_strategies_label.setProperty(u"role", u"subheading")

        self.sections_layout.addWidget(self.coping_strategies_label)

        self.coping_strategies_hint = QLabel(self.sections_widget)
        self.coping_strategies_hint.setObjectName(u"coping_strategies_hint")
        self.coping_strategies_hint.setText(u"")
        self.coping_strategies_hint.setWordWrap(True)
        self.coping_strategies_hint.setProperty(u"role", u"muted")

        self.sections_layout.addWidget(self.coping_strategies_hint)

        self.coping_strategies_edit = QPlainTextEdit(self.sections_widget)
        self.coping_strategies_edit.setObjectName(u"coping_strategies_edit")
        self.coping_strategies_edit.setTabChangesFocus(True)
        self.coping_strategies_edit.setMinimumSize(QSize(0, 70))

        self.sections_layout.addWidget(self.coping_strategies_edit)

        self.coping_strategies_error = QLabel(self.sections_widget)
        self.coping_strategies_error.setObjectName(u"coping_strategies_error")
        self.coping_strategies_error.setVisible(False)
        self.coping_strategies_error.setText(u"")
        self.coping_strategies_error.setWordWrap(True)
        self.coping_strategies_error.setProperty(u"role", u"error")

        self.sections_layout.addWidget(self.coping_strategies_error)

        self.distractions_label = QLabel(self.sections_widget)
        self.distractions_label.setObjectName(u"distractions_label")
        self.distractions_label.setProperty(u"role", u"subheading")

        self.sections_layout.addWidget(self.distractions_label)

        self.distractions_hint = QLabel(self.sections_widget)
        self.distractions_hint.setObjectName(u"distractions_hint")
        self.distractions_hint.setText(u"")
        self.distractions_hint.setWordWrap(True)
        self.distractions_hint.setProperty(u"role", u"muted")

        self.sections_layout.addWidget(self.distractions_hint)

        self.distractions_edit = QPlainTextEdit(self.sections_widget)
        self.distractions_edit.setObjectName(u"distractions_edit")
        self.distractions_edit.setTabChangesFocus(True)
        self.distractions_edit.setMinimumSize(QSize(0, 70))

        self.sections_layout.addWidget(self.distractions_edit)

        self.distractions_error = QLabel(self.sections_widget)
        self.distractions_error.setObjectName(u"distractions_error")
        self.distractions_error.setVisible(False)
        self.distractions_error.setText(u"")
        self.distractions_error.setWordWrap(True)
        self.distractions_error.setProperty(u"role", u"error")

        self.sections_layout.addWidget(self.distractions_error)

        self.people_to_ask_label = QLabel(self.sections_widget)
        self.people_to_ask_label.setObjectName(u"people_to_ask_label")
        self.people_to_ask_label.setProperty(u"role", u"subheading")

        self.sections_layout.addWidget(self.people_to_ask_label)

        self.people_to_ask_hint = QLabel(self.sections_widget)
        self.people_to_ask_hint.setObjectName(u"people_to_ask_hint")
        self.people_to_ask_hint.setText(u"")
        self.people_to_ask_hint.setWordWrap(True)
        self.people_to_ask_hint.setProperty(u"role", u"muted")

        self.sections_layout.addWidget(self.people_to_ask_hint)

        self.people_to_ask_edit = QPlainTextEdit(self.sections_widget)
        self.people_to_ask_edit.setObjectName(u"people_to_ask_edit")
        self.people_to_ask_edit.setTabChangesFocus(True)
        self.people_to_ask_edit.setMinimumSize(QSize(0, 70))

        self.sections_layout.addWidget(self.people_to_ask_edit)

        self.people_to_ask_error = QLabel(self.sections_widget)
        self.people_to_ask_error.setObjectName(u"people_to_ask_error")
        self.people_to_ask_error.setVisible(False)
        self.people_to_ask_error.setText(u"")
        self.people_to_ask_error.setWordWrap(True)
        self.people_to_ask_error.setProperty(u"role", u"error")

        self.sections_layout.addWidget(self.people_to_ask_error)

        self.professionals_label = QLabel(self.sections_widget)
        self.professionals_label.setObjectName(u"professionals_label")
        self.professionals_label.setProperty(u"role", u"subheading")

        self.sections_layout.addWidget(self.professionals_label)

        self.professionals_hint = QLabel(self.sections_widget)
        self.professionals_hint.setObjectName(u"professionals_hint")
        self.professionals_hint.setText(u"")
        self.professionals_hint.setWordWrap(True)
        self.professionals_hint.setProperty(u"role", u"muted")

        self.sections_layout.addWidget(self.professionals_hint)

        self.professionals_edit = QPlainTextEdit(self.sections_widget)
        self.professionals_edit.setObjectName(u"professionals_edit")
        self.professionals_edit.setTabChangesFocus(True)
        self.professionals_edit.setMinimumSize(QSize(0, 70))

        self.sections_layout.addWidget(self.professionals_edit)

        self.professionals_error = QLabel(self.sections_widget)
        self.professionals_error.setObjectName(u"professionals_error")
        self.professionals_error.setVisible(False)
        self.professionals_error.setText(u"")
        self.professionals_error.setWordWrap(True)
        self.professionals_error.setProperty(u"role", u"error")

        self.sections_layout.addWidget(self.professionals_error)

        self.safe_environment_label = QLabel(self.sections_widget)
        self.safe_environment_label.setObjectName(u"safe_environment_label")
        self.safe_environment_label.setProperty(u"role", u"subheading")

        self.sections_layout.addWidget(self.safe_environment_label)

        self.safe_environment_hint = QLabel(self.sections_widget)
        self.safe_environment_hint.setObjectName(u"safe_environment_hint")
        self.safe_environment_hint.setText(u"")
        self.safe_environment_hint.setWordWrap(True)
        self.safe_environment_hint.setProperty(u"role", u"muted")

        self.sections_layout.addWidget(self.safe_environment_hint)

        self.safe_environment_edit = QPlainTextEdit(self.sections_widget)
        self.safe_environment_edit.setObjectName(u"safe_environment_edit")
        self.safe_environment_edit.setTabChangesFocus(True)
        self.safe_environment_edit.setMinimumSize(QSize(0, 70))

        self.sections_layout.addWidget(self.safe_environment_edit)

        self.safe_environment_error = QLabel(self.sections_widget)
        self.safe_environment_error.setObjectName(u"safe_environment_error")
        self.safe_environment_error.setVisible(False)
        self.safe_environment_error.setText(u"")
        self.safe_environment_error.setWordWrap(True)
        self.safe_environment_error.setProperty(u"role", u"error")

        self.sections_layout.addWidget(self.safe_environment_error)

        self.reasons_for_living_label = QLabel(self.sections_widget)
        self.reasons_for_living_label.setObjectName(u"reasons_for_living_label")
        self.reasons_for_living_label.setProperty(u"role", u"subheading")

        self.sections_layout.addWidget(self.reasons_for_living_label)

        self.reasons_for_living_hint = QLabel(self.sections_widget)
        self.reasons_for_living_hint.setObjectName(u"reasons_for_living_hint")
        self.reasons_for_living_hint.setText(u"")
        self.reasons_for_living_hint.setWordWrap(True)
        self.reasons_for_living_hint.setProperty(u"role", u"muted")

        self.sections_layout.addWidget(self.reasons_for_living_hint)

        self.reasons_for_living_edit = QPlainTextEdit(self.sections_widget)
        self.reasons_for_living_edit.setObjectName(u"reasons_for_living_edit")
        self.reasons_for_living_edit.setTabChangesFocus(True)
        self.reasons_for_living_edit.setMinimumSize(QSize(0, 70))

        self.sections_layout.addWidget(self.reasons_for_living_edit)

        self.reasons_for_living_error = QLabel(self.sections_widget)
        self.reasons_for_living_error.setObjectName(u"reasons_for_living_error")
        self.reasons_for_living_error.setVisible(False)
        self.reasons_for_living_error.setText(u"")
        self.reasons_for_living_error.setWordWrap(True)
        self.reasons_for_living_error.setProperty(u"role", u"error")

        self.sections_layout.addWidget(self.reasons_for_living_error)

        self.sections_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sections_layout.addItem(self.sections_spacer)

        self.sections_scroll.setWidget(self.sections_widget)

        self.main_layout.addWidget(self.sections_scroll)

        self.error_label = QLabel(SafetyPlanDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setVisible(False)
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty(u"role", u"error")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(SafetyPlanDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setOrientation(Qt.Horizontal)
        self.button_box.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.warning_signs_label.setBuddy(self.warning_signs_edit)
        self.coping_strategies_label.setBuddy(self.coping_strategies_edit)
        self.distractions_label.setBuddy(self.distractions_edit)
        self.people_to_ask_label.setBuddy(self.people_to_ask_edit)
        self.professionals_label.setBuddy(self.professionals_edit)
        self.safe_environment_label.setBuddy(self.safe_environment_edit)
        self.reasons_for_living_label.setBuddy(self.reasons_for_living_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SafetyPlanDialog)
    # setupUi

    def retranslateUi(self, SafetyPlanDialog):
        SafetyPlanDialog.setWindowTitle(QCoreApplication.translate("SafetyPlanDialog", u"Safety plan", None))
        self.warning_signs_label.setText(QCoreApplication.translate("SafetyPlanDialog", u"&1. Warning signs", None))
#if QT_CONFIG(accessibility)
        self.warning_signs_edit.setAccessibleName(QCoreApplication.translate("SafetyPlanDialog", u"1. Warning signs", None))
#endif // QT_CONFIG(accessibility)
        self.coping_strategies_label.setText(QCoreApplication.translate("SafetyPlanDialog", u"&2. Things I can do on my own to cope", None))
#if QT_CONFIG(accessibility)
        self.coping_strategies_edit.setAccessibleName(QCoreApplication.translate("SafetyPlanDialog", u"2. Things I can do on my own to cope", None))
#endif // QT_CONFIG(accessibility)
        self.distractions_label.setText(QCoreApplication.translate("SafetyPlanDialog", u"&3. People and places that take my mind off things", None))
#if QT_CONFIG(accessibility)
        self.distractions_edit.setAccessibleName(QCoreApplication.translate("SafetyPlanDialog", u"3. People and places that take my mind off things", None))
#endif // QT_CONFIG(accessibility)
        self.people_to_ask_label.setText(QCoreApplication.translate("SafetyPlanDialog", u"&4. People I can ask for help", None))
#if QT_CONFIG(accessibility)
        self.people_to_ask_edit.setAccessibleName(QCoreApplication.translate("SafetyPlanDialog", u"4. People I can ask for help", None))
#endif // QT_CONFIG(accessibility)
        self.professionals_label.setText(QCoreApplication.translate("SafetyPlanDialog", u"&5. Professionals and services, crisis lines included", None))
#if QT_CONFIG(accessibility)
        self.professionals_edit.setAccessibleName(QCoreApplication.translate("SafetyPlanDialog", u"5. Professionals and services, crisis lines included", None))
#endif // QT_CONFIG(accessibility)
        self.safe_environment_label.setText(QCoreApplication.translate("SafetyPlanDialog", u"&6. Making my surroundings safer", None))
#if QT_CONFIG(accessibility)
        self.safe_environment_edit.setAccessibleName(QCoreApplication.translate("SafetyPlanDialog", u"6. Making my surroundings safer", None))
#endif // QT_CONFIG(accessibility)
        self.reasons_for_living_label.setText(QCoreApplication.translate("SafetyPlanDialog", u"&7. Reasons for living", None))
#if QT_CONFIG(accessibility)
        self.reasons_for_living_edit.setAccessibleName(QCoreApplication.translate("SafetyPlanDialog", u"7. Reasons for living", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

