"""How the handover dialog words a consent: what it covers and why it can or cannot be used.

The same sentences appear in the recipient list, its tooltips and under it, so a
worker reads one account of each consent wherever they look.
"""

from __future__ import annotations

from pswdesk.gui.table_model import short_date
from pswdesk.services.consent_rules import ConsentState
from pswdesk.services.handover import RecipientOption
from pswdesk.vocabulary import ConsentForm


def consent_state_text(option: RecipientOption) -> str:
    """Why a consent can or cannot be used, in a few words for the combo box."""
    state = option.state
    if state == ConsentState.REVOKED:
        return f"revoked {short_date(option.revoked_on)}"
    if state == ConsentState.EXPIRED:
        return f"expired {short_date(option.expires_on)}"
    if state == ConsentState.FUTURE:
        return f"starts {short_date(option.given_on)}"
    if not option.scope:
        return "covers no section"
    until = f" until {short_date(option.expires_on)}" if option.expires_on else ""
    return f"{state.label.lower()}{until}"


def consent_text(option: RecipientOption) -> str:
    """The consent in full: its state, how and when it was given, its purpose and scope."""
    how = "in writing" if option.how_given == ConsentForm.WRITTEN else "verbally"
    state = consent_state_text(option)
    if option.active and option.scope and not option.expires_on:
        state += ", no end date"
    text = (
        f"{state[:1].upper()}{state[1:]}. Consent {option.consent_id}, "
        f"given {how} on {short_date(option.given_on)}."
    )
    if option.purpose:
        text += f"\nPurpose: {option.purpose}"
    covers = ", ".join(option.scope_labels) or "nothing"
    return text + f"\nCovers: {covers}."
