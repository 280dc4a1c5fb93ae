"""How the handover dialog words a consent: what it covers and why it can or cannot be used.

The same sentences appear in the recipient list, its tooltips and under it, so a
worker reads one account of each consent wherever they look. They are shown in the
language of the windows (the "HandoverWording" context of the catalogue).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pswdesk.gui.table_model import short_date
from pswdesk.gui.vocabulary_text import translated
from pswdesk.services.consent_rules import ConsentState
from pswdesk.services.handover import RecipientOption
from pswdesk.vocabulary import ConsentForm

CONTEXT = "HandoverWording"

#: A consent's state in a few words, lower case for the middle of a sentence.
STATE_WORDS: dict[ConsentState, str] = {
    ConsentState.ACTIVE: str(QT_TRANSLATE_NOOP("HandoverWording", "active")),
    ConsentState.EXPIRING: str(QT_TRANSLATE_NOOP("HandoverWording", "active, expiring soon")),
    ConsentState.EXPIRED: str(QT_TRANSLATE_NOOP("HandoverWording", "expired")),
    ConsentState.REVOKED: str(QT_TRANSLATE_NOOP("HandoverWording", "revoked")),
    ConsentState.FUTURE: str(QT_TRANSLATE_NOOP("HandoverWording", "not yet in force")),
}


def consent_state_text(option: RecipientOption) -> str:
    """Why a consent can or cannot be used, in a few words for the combo box."""
    state = option.state
    if state == ConsentState.REVOKED:
        return QCoreApplication.translate("HandoverWording", "revoked {date}").format(
            date=short_date(option.revoked_on)
        )
    if state == ConsentState.EXPIRED:
        return QCoreApplication.translate("HandoverWording", "expired {date}").format(
            date=short_date(option.expires_on)
        )
    if state == ConsentState.FUTURE:
        return QCoreApplication.translate("HandoverWording", "starts {date}").format(
            date=short_date(option.given_on)
        )
    if not option.scope:
        return QCoreApplication.translate("HandoverWording", "covers no section")
    word = QCoreApplication.translate(CONTEXT, STATE_WORDS.get(state, state.label.lower()))
    if option.expires_on:
        return QCoreApplication.translate("HandoverWording", "{state} until {date}").format(
            state=word, date=short_date(option.expires_on)
        )
    return word


def consent_text(option: RecipientOption) -> str:
    """The consent in full: its state, how and when it was given, its purpose and scope."""
    how = (
        QCoreApplication.translate("HandoverWording", "in writing")
        if option.how_given == ConsentForm.WRITTEN
        else QCoreApplication.translate("HandoverWording", "verbally")
    )
    state = consent_state_text(option)
    if option.active and option.scope and not option.expires_on:
        state += QCoreApplication.translate("HandoverWording", ", no end date")
    text = QCoreApplication.translate(
        "HandoverWording", "{state}. Consent {id}, given {how} on {date}."
    ).format(
        state=f"{state[:1].upper()}{state[1:]}",
        id=option.consent_id,
        how=how,
        date=short_date(option.given_on),
    )
    if option.purpose:
        text += "\n" + QCoreApplication.translate("HandoverWording", "Purpose: {purpose}").format(
            purpose=option.purpose
        )
    covers = ", ".join(
        translated(label) for label in option.scope_labels
    ) or QCoreApplication.translate("HandoverWording", "nothing")
    return (
        text
        + "\n"
        + QCoreApplication.translate("HandoverWording", "Covers: {covers}.").format(covers=covers)
    )
