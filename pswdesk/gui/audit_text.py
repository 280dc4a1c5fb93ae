"""The audit log's action names (``services.audit_actions``) in the language of the windows.

The services are below the GUI and have no Qt, so ``ACTION_LABELS`` are English; the audit
log page shows them (its action filter and its Action column) through ``action_tr``, which
looks each up by its English wording in the "AuditActions" context of the catalogue; the
kinds of record in its Record column (``ENTITY_LABELS``) likewise, through ``record_tr``. The
tuple below is there for ``pyside6-lupdate``, which reads only string literals: an action
added to ``ACTION_LABELS`` is added here too (``tests/gui/test_french_admin.py`` checks).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "AuditActions"

LABELS: tuple[object, ...] = (  # QT_TRANSLATE_NOOP returns its text untyped
    QT_TRANSLATE_NOOP("AuditActions", "Signed in"),
    QT_TRANSLATE_NOOP("AuditActions", "Sign-in failed"),
    QT_TRANSLATE_NOOP("AuditActions", "Sign-in refused (account locked)"),
    QT_TRANSLATE_NOOP("AuditActions", "Agency set up"),
    QT_TRANSLATE_NOOP("AuditActions", "Agency settings changed"),
    QT_TRANSLATE_NOOP("AuditActions", "User account created"),
    QT_TRANSLATE_NOOP("AuditActions", "User account changed"),
    QT_TRANSLATE_NOOP("AuditActions", "Password reset"),
    QT_TRANSLATE_NOOP("AuditActions", "Review level changed"),
    QT_TRANSLATE_NOOP("AuditActions", "Password changed by its owner"),
    QT_TRANSLATE_NOOP("AuditActions", "Password change refused (wrong current password)"),
    QT_TRANSLATE_NOOP("AuditActions", "Demonstration data loaded"),
    QT_TRANSLATE_NOOP("AuditActions", "Client registered"),
    QT_TRANSLATE_NOOP("AuditActions", "Clients imported from a spreadsheet"),
    QT_TRANSLATE_NOOP("AuditActions", "Client record opened"),
    QT_TRANSLATE_NOOP("AuditActions", "Client details changed"),
    QT_TRANSLATE_NOOP("AuditActions", "Client status changed"),
    QT_TRANSLATE_NOOP("AuditActions", "Worker assigned to client"),
    QT_TRANSLATE_NOOP("AuditActions", "Worker removed from client"),
    QT_TRANSLATE_NOOP("AuditActions", "Caseload reassigned"),
    QT_TRANSLATE_NOOP("AuditActions", "Client transferred"),
    QT_TRANSLATE_NOOP("AuditActions", "Client file closed"),
    QT_TRANSLATE_NOOP("AuditActions", "Client file reopened"),
    QT_TRANSLATE_NOOP("AuditActions", "Client records merged"),
    QT_TRANSLATE_NOOP("AuditActions", "Risk alert cleared"),
    QT_TRANSLATE_NOOP("AuditActions", "Note started"),
    QT_TRANSLATE_NOOP("AuditActions", "Note draft saved"),
    QT_TRANSLATE_NOOP("AuditActions", "Note draft deleted"),
    QT_TRANSLATE_NOOP("AuditActions", "Note submitted for review"),
    QT_TRANSLATE_NOOP("AuditActions", "Note returned to its author"),
    QT_TRANSLATE_NOOP("AuditActions", "Note signed"),
    QT_TRANSLATE_NOOP("AuditActions", "Note filed without review (review level)"),
    QT_TRANSLATE_NOOP("AuditActions", "Addendum added to a note"),
    QT_TRANSLATE_NOOP("AuditActions", "Debrief requested"),
    QT_TRANSLATE_NOOP("AuditActions", "Debrief request withdrawn"),
    QT_TRANSLATE_NOOP("AuditActions", "Debrief held"),
    QT_TRANSLATE_NOOP("AuditActions", "Follow-up planned"),
    QT_TRANSLATE_NOOP("AuditActions", "Follow-up changed"),
    QT_TRANSLATE_NOOP("AuditActions", "Follow-up done"),
    QT_TRANSLATE_NOOP("AuditActions", "Follow-up removed"),
    QT_TRANSLATE_NOOP("AuditActions", "Brief contact logged"),
    QT_TRANSLATE_NOOP("AuditActions", "Brief contact corrected"),
    QT_TRANSLATE_NOOP("AuditActions", "Brief contact started as a full note"),
    QT_TRANSLATE_NOOP("AuditActions", "Follow-up rescheduled"),
    QT_TRANSLATE_NOOP("AuditActions", "Follow-up reopened (undo)"),
    QT_TRANSLATE_NOOP("AuditActions", "Follow-up given to someone else"),
    QT_TRANSLATE_NOOP("AuditActions", "Supervision session recorded"),
    QT_TRANSLATE_NOOP("AuditActions", "Supervision session changed"),
    QT_TRANSLATE_NOOP("AuditActions", "Supervision session deleted"),
    QT_TRANSLATE_NOOP("AuditActions", "Goal added"),
    QT_TRANSLATE_NOOP("AuditActions", "Goal changed"),
    QT_TRANSLATE_NOOP("AuditActions", "Goal progress recorded"),
    QT_TRANSLATE_NOOP("AuditActions", "Strength added"),
    QT_TRANSLATE_NOOP("AuditActions", "Strength retired"),
    QT_TRANSLATE_NOOP("AuditActions", "Safety plan saved"),
    QT_TRANSLATE_NOOP("AuditActions", "Referral made"),
    QT_TRANSLATE_NOOP("AuditActions", "Referral status changed"),
    QT_TRANSLATE_NOOP("AuditActions", "Care team member added"),
    QT_TRANSLATE_NOOP("AuditActions", "Care team member changed"),
    QT_TRANSLATE_NOOP("AuditActions", "Care team member reactivated"),
    QT_TRANSLATE_NOOP("AuditActions", "Care team member made inactive"),
    QT_TRANSLATE_NOOP("AuditActions", "Consent recorded"),
    QT_TRANSLATE_NOOP("AuditActions", "Consent revoked"),
    QT_TRANSLATE_NOOP("AuditActions", "Handover summary prepared"),
    QT_TRANSLATE_NOOP(
        "AuditActions", "Handover summary left the agency (saved, printed or written out)"
    ),
    QT_TRANSLATE_NOOP("AuditActions", "Emergency disclosure"),
    QT_TRANSLATE_NOOP("AuditActions", "Emergency disclosure acknowledged by a supervisor"),
    QT_TRANSLATE_NOOP("AuditActions", "Agency records exported"),
    QT_TRANSLATE_NOOP("AuditActions", "Agency records imported"),
    QT_TRANSLATE_NOOP("AuditActions", "Backup made"),
    QT_TRANSLATE_NOOP("AuditActions", "Backup failed"),
    QT_TRANSLATE_NOOP("AuditActions", "Old backups removed"),
    QT_TRANSLATE_NOOP("AuditActions", "Backup settings changed"),
    QT_TRANSLATE_NOOP("AuditActions", "Database restored from a backup"),
    QT_TRANSLATE_NOOP("AuditActions", "Server login given the app's rights"),
    QT_TRANSLATE_NOOP("AuditActions", "Database key shown"),
    QT_TRANSLATE_NOOP("AuditActions", "Recovery sheet printed"),
    QT_TRANSLATE_NOOP("AuditActions", "Database key changed"),
    QT_TRANSLATE_NOOP("AuditActions", "Database key change failed"),
    QT_TRANSLATE_NOOP("AuditActions", "Audit log exported"),
    QT_TRANSLATE_NOOP("AuditActions", "Audit checkpoint written"),
    QT_TRANSLATE_NOOP("AuditActions", "Audit log sealed under a new key"),
    QT_TRANSLATE_NOOP("AuditActions", "Report saved as a file"),
)

#: What a record of each kind is called (``ENTITY_LABELS``), for the Record column.
ENTITY_TEXTS: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("AuditActions", "Client"),
    QT_TRANSLATE_NOOP("AuditActions", "Note"),
    QT_TRANSLATE_NOOP("AuditActions", "Goal"),
    QT_TRANSLATE_NOOP("AuditActions", "Strength"),
    QT_TRANSLATE_NOOP("AuditActions", "Safety plan"),
    QT_TRANSLATE_NOOP("AuditActions", "Referral"),
    QT_TRANSLATE_NOOP("AuditActions", "Care team member"),
    QT_TRANSLATE_NOOP("AuditActions", "Consent"),
    QT_TRANSLATE_NOOP("AuditActions", "Follow-up"),
    QT_TRANSLATE_NOOP("AuditActions", "Brief contact"),
    QT_TRANSLATE_NOOP("AuditActions", "Debrief request"),
    QT_TRANSLATE_NOOP("AuditActions", "Supervision session"),
    QT_TRANSLATE_NOOP("AuditActions", "Disclosure"),
    QT_TRANSLATE_NOOP("AuditActions", "User"),
    QT_TRANSLATE_NOOP("AuditActions", "Agency"),
    QT_TRANSLATE_NOOP("AuditActions", "Backup"),
    QT_TRANSLATE_NOOP("AuditActions", "Database"),
    QT_TRANSLATE_NOOP("AuditActions", "Audit log"),
    QT_TRANSLATE_NOOP("AuditActions", "Report"),
)
_RECORD = re.compile(r"(\D+?)( \d+)?")


def action_tr(english: str) -> str:
    """An action's name in the window's language (an unknown one as it is)."""
    return QCoreApplication.translate(CONTEXT, english)


def record_tr(english: str) -> str:
    """ "Client 12", "Note 345": the kind of record in the window's language, then its number."""
    match = _RECORD.fullmatch(english)
    if match is None:
        return english
    return QCoreApplication.translate(CONTEXT, match.group(1)) + (match.group(2) or "")
