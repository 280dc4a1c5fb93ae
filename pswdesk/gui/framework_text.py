# ruff: noqa: E501
"""The eight-step framework's words (``pswdesk.framework``), for lupdate.

Written by ``scripts/update_translations.py`` from the framework: do not edit. The framework
is below the GUI and has no Qt; the note editor shows its titles, purposes, prompts, field
labels and hints through ``framework_tr``, in the "Framework" context of the catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Framework"  # lupdate needs it spelt out in each QT_TRANSLATE_NOOP below


def framework_tr(english: str) -> str:
    return QCoreApplication.translate(CONTEXT, english)


TEXTS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("Framework", "Listening and validation"),
    QT_TRANSLATE_NOOP("Framework", "What the person brought today, and how you showed you heard it."),
    QT_TRANSLATE_NOOP("Framework", "What did they say was going on, in their own words where you can?"),
    QT_TRANSLATE_NOOP("Framework", "Which feelings or worries came through?"),
    QT_TRANSLATE_NOOP("Framework", "How did you let them know their reaction made sense?"),
    QT_TRANSLATE_NOOP("Framework", "What the client expressed"),
    QT_TRANSLATE_NOOP("Framework", "Feelings and concerns named"),
    QT_TRANSLATE_NOOP("Framework", "e.g. overwhelmed, grief"),
    QT_TRANSLATE_NOOP("Framework", "How it was acknowledged"),
    QT_TRANSLATE_NOOP("Framework", "Open questions and reflection"),
    QT_TRANSLATE_NOOP("Framework", "The questions you explored together and what came out of them."),
    QT_TRANSLATE_NOOP("Framework", "Which open questions helped them look at what happened?"),
    QT_TRANSLATE_NOOP("Framework", "Did they notice anything new about what led here?"),
    QT_TRANSLATE_NOOP("Framework", "What might help them move forward, in their view?"),
    QT_TRANSLATE_NOOP("Framework", "Questions explored"),
    QT_TRANSLATE_NOOP("Framework", "Insights and underlying causes"),
    QT_TRANSLATE_NOOP("Framework", "Goals set together"),
    QT_TRANSLATE_NOOP("Framework", "Goals the client chose or revisited, in their words."),
    QT_TRANSLATE_NOOP("Framework", "What do they want to be different, and why does it matter to them?"),
    QT_TRANSLATE_NOOP("Framework", "Is the next step small and realistic enough to try this week?"),
    QT_TRANSLATE_NOOP("Framework", "Which existing goals moved forward, stalled or changed?"),
    QT_TRANSLATE_NOOP("Framework", "Goal conversation"),
    QT_TRANSLATE_NOOP("Framework", "Goals set or reviewed"),
    QT_TRANSLATE_NOOP("Framework", "Strengths and resources"),
    QT_TRANSLATE_NOOP("Framework", "What the client already has going for them, and where else help can come from."),
    QT_TRANSLATE_NOOP("Framework", "What have they got through before, and how?"),
    QT_TRANSLATE_NOOP("Framework", "Who in their life is on their side?"),
    QT_TRANSLATE_NOOP("Framework", "Which community services could they use, and do they know how to reach them?"),
    QT_TRANSLATE_NOOP("Framework", "Strengths and resources discussed"),
    QT_TRANSLATE_NOOP("Framework", "Strengths, successes, supports found"),
    QT_TRANSLATE_NOOP("Framework", "Crisis and safety"),
    QT_TRANSLATE_NOOP("Framework", "Any sign of risk, how serious it was, and what was done."),
    QT_TRANSLATE_NOOP("Framework", "Did anything suggest they or someone else might not be safe?"),
    QT_TRANSLATE_NOOP("Framework", "How immediate is the risk, and what did you do about it?"),
    QT_TRANSLATE_NOOP("Framework", "Is their safety plan current: warning signs, coping, people, places, professionals?"),
    QT_TRANSLATE_NOOP("Framework", "Risk indicators noticed"),
    QT_TRANSLATE_NOOP("Framework", "Risk level"),
    QT_TRANSLATE_NOOP("Framework", "Actions taken"),
    QT_TRANSLATE_NOOP("Framework", "Safety discussion and plan"),
    QT_TRANSLATE_NOOP("Framework", "Follow-up and ongoing support"),
    QT_TRANSLATE_NOOP("Framework", "When you will check in next and who else in the care team knows."),
    QT_TRANSLATE_NOOP("Framework", "When and how will you next be in touch?"),
    QT_TRANSLATE_NOOP("Framework", "Who in their care team did you update or coordinate with?"),
    QT_TRANSLATE_NOOP("Framework", "Next check-in"),
    QT_TRANSLATE_NOOP("Framework", "Ongoing support plan"),
    QT_TRANSLATE_NOOP("Framework", "Care team contacted"),
    QT_TRANSLATE_NOOP("Framework", "Referrals and further resources"),
    QT_TRANSLATE_NOOP("Framework", "Services or people the client was pointed or connected to."),
    QT_TRANSLATE_NOOP("Framework", "Does what they need go beyond peer support?"),
    QT_TRANSLATE_NOOP("Framework", "Which service, person or group fits, and did they agree to a referral?"),
    QT_TRANSLATE_NOOP("Framework", "Referral discussion"),
    QT_TRANSLATE_NOOP("Framework", "Referrals suggested or made"),
    QT_TRANSLATE_NOOP("Framework", "Your self-care and boundaries"),
    QT_TRANSLATE_NOOP("Framework", "How this contact sat with you. Seen only by you and your supervisors; never shared."),
    QT_TRANSLATE_NOOP("Framework", "How are you after this contact?"),
    QT_TRANSLATE_NOOP("Framework", "Did anything test your boundaries or your role?"),
    QT_TRANSLATE_NOOP("Framework", "Would a debrief with your supervisor help?"),
    QT_TRANSLATE_NOOP("Framework", "Impact on me"),
    QT_TRANSLATE_NOOP("Framework", "Boundary concerns"),
    QT_TRANSLATE_NOOP("Framework", "What I will do to look after myself"),
    QT_TRANSLATE_NOOP("Framework", "Ask my supervisor for a debrief"),
    QT_TRANSLATE_NOOP("Framework", "Safety plan made or reviewed with the client"),
    QT_TRANSLATE_NOOP("Framework", "Client's support people were contacted"),
    QT_TRANSLATE_NOOP("Framework", "Agency crisis protocol followed"),
    QT_TRANSLATE_NOOP("Framework", "Emergency services involved"),
)  # fmt: skip
