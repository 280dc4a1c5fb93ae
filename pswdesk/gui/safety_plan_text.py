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

HINTS: tuple[object, ...] = (  # what belongs under each heading, as in SECTIONS
    QT_TRANSLATE_NOOP(
        "SafetyPlanText",
        "Thoughts, feelings, situations or behaviours that tell the client a crisis may be coming.",
    ),
    QT_TRANSLATE_NOOP(
        "SafetyPlanText",
        "What the client can do alone to take their mind off things, without contacting anyone.",
    ),
    QT_TRANSLATE_NOOP(
        "SafetyPlanText",
        "People to be with and social settings that help, not necessarily to talk about the crisis.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "SafetyPlanText",
        "Family members or friends the client can ask for help, with phone numbers.",
    ),
    QT_TRANSLATE_NOOP(
        "SafetyPlanText",
        "Clinicians, the agency, emergency services and crisis lines, with numbers and hours.",
    ),
    QT_TRANSLATE_NOOP(
        "SafetyPlanText", "How the client will make the means they might use less available."
    ),
    QT_TRANSLATE_NOOP(
        "SafetyPlanText",
        "What matters most to the client and is worth living for, in their words.",
    ),
)


def heading_text(english: str) -> str:
    """A safety plan heading or hint (from ``SECTIONS``), translated."""
    return QCoreApplication.translate(CONTEXT, english)
