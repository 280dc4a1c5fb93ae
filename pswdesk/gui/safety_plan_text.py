"""The safety plan's headings in the language of the windows.

The service keeps them in English (``services.safety_plans.SECTIONS``, the words the
PDF and the audit log use); the windows show them through the "SafetyPlanText" context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "SafetyPlanText"

HEADINGS: tuple[object, ...] = (  # listed for lupdate; the same words as SECTIONS
    QT_TRANSLATE_NOOP("SafetyPlanText", "Warning signs"),
    QT_TRANSLATE_NOOP("SafetyPlanText", "Things I can do on my own to cope"),
    QT_TRANSLATE_NOOP("SafetyPlanText", "People and places that take my mind off things"),
    QT_TRANSLATE_NOOP("SafetyPlanText", "People I can ask for help"),
    QT_TRANSLATE_NOOP("SafetyPlanText", "Professionals and services, crisis lines included"),
    QT_TRANSLATE_NOOP("SafetyPlanText", "Making my surroundings safer"),
    QT_TRANSLATE_NOOP("SafetyPlanText", "Reasons for living"),
)


def heading_text(english: str) -> str:
    """A safety plan heading (one of ``SECTIONS``), translated."""
    return QCoreApplication.translate(CONTEXT, english)
