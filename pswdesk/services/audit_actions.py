"""What each audited action and record kind is called in plain language.

One table for every action string that ``audit.record`` is given anywhere in the
services (``tests/test_audit_view.py`` fails when one has no label), so the audit
log page and its CSV export say "Note signed", not ``note.approved``.
"""

from __future__ import annotations

#: Every audited action, by the string stored in the log.
ACTION_LABELS: dict[str, str] = {
    # signing in
    "login": "Signed in",
    "login.failed": "Sign-in failed",
    "login.locked": "Sign-in refused (account locked)",
    # the agency and its staff
    "agency.created": "Agency set up",
    "agency.changed": "Agency settings changed",
    "user.created": "User account created",
    "user.changed": "User account changed",
    "user.password_reset": "Password reset",
    "user.review_level_changed": "Review level changed",
    "user.password_changed": "Password changed by its owner",
    "user.password_change_refused": "Password change refused (wrong current password)",
    "seed.demo": "Demonstration data loaded",
    # clients
    "client.created": "Client registered",
    "clients.imported": "Clients imported from a spreadsheet",
    "client.opened": "Client record opened",
    "client.changed": "Client details changed",
    "client.status": "Client status changed",
    "client.assigned": "Worker assigned to client",
    "client.unassigned": "Worker removed from client",
    "client.reassigned": "Caseload reassigned",
    "client.transferred": "Client transferred",
    "client.closed": "Client file closed",
    "client.reopened": "Client file reopened",
    "client.merged": "Client records merged",
    "client.risk_alert_cleared": "Risk alert cleared",
    # notes and their review
    "note.created": "Note started",
    "note.saved": "Note draft saved",
    "note.deleted": "Note draft deleted",
    "note.submitted": "Note submitted for review",
    "note.returned": "Note returned to its author",
    "note.approved": "Note signed",
    "note.filed": "Note filed without review (review level)",
    "note.addendum": "Addendum added to a note",
    "debrief.requested": "Debrief requested",
    "debrief.withdrawn": "Debrief request withdrawn",
    "debrief.held": "Debrief held",
    "follow_up.created": "Follow-up planned",
    "follow_up.changed": "Follow-up changed",
    "follow_up.completed": "Follow-up done",
    "follow_up.removed": "Follow-up removed",
    "brief_contact.logged": "Brief contact logged",
    "brief_contact.changed": "Brief contact corrected",
    "brief_contact.became_note": "Brief contact started as a full note",
    "follow_up.rescheduled": "Follow-up rescheduled",
    "follow_up.undone": "Follow-up reopened (undo)",
    "follow_up.reassigned": "Follow-up given to someone else",
    # supervision (topics never reach the log)
    "supervision.recorded": "Supervision session recorded",
    "supervision.changed": "Supervision session changed",
    "supervision.deleted": "Supervision session deleted",
    # the client's record
    "goal.created": "Goal added",
    "goal.changed": "Goal changed",
    "goal.progress": "Goal progress recorded",
    "strength.created": "Strength added",
    "strength.retired": "Strength retired",
    "safety_plan.saved": "Safety plan saved",
    "referral.created": "Referral made",
    "referral.status": "Referral status changed",
    "care_team.added": "Care team member added",
    "care_team.changed": "Care team member changed",
    "care_team.activated": "Care team member reactivated",
    "care_team.deactivated": "Care team member made inactive",
    "consent.recorded": "Consent recorded",
    "consent.revoked": "Consent revoked",
    "disclosure": "Handover summary prepared",
    "disclosure.released": "Handover summary left the agency (saved, printed or written out)",
    "disclosure.emergency": "Emergency disclosure",
    "disclosure.acknowledged": "Emergency disclosure acknowledged by a supervisor",
    # the database
    "export.written": "Agency records exported",
    "import.loaded": "Agency records imported",
    "backup.made": "Backup made",
    "backup.failed": "Backup failed",
    "backup.pruned": "Old backups removed",
    "backup.settings_changed": "Backup settings changed",
    "database.restored": "Database restored from a backup",
    "server.login_granted": "Server login given the app's rights",
    "database.key_shown": "Database key shown",
    "database.recovery_sheet": "Recovery sheet printed",
    "database.key_changed": "Database key changed",
    "database.key_change_failed": "Database key change failed",
    "audit.exported": "Audit log exported",
    "audit.digest": "Audit checkpoint written",
    "audit.new_key": "Audit log sealed under a new key",
    # reports (counts only; the log keeps the report's name, period and format)
    "report.exported": "Report saved as a file",
}

#: What a record of each kind is called: "Client 12", "Note 345".
ENTITY_LABELS: dict[str, str] = {
    "client": "Client",
    "note": "Note",
    "goal": "Goal",
    "strength": "Strength",
    "safety_plan": "Safety plan",
    "referral": "Referral",
    "care_team": "Care team member",
    "consent": "Consent",
    "follow_up": "Follow-up",
    "brief_contact": "Brief contact",
    "debrief": "Debrief request",
    "supervision_session": "Supervision session",
    "disclosure": "Disclosure",
    "user": "User",
    "agency": "Agency",
    "backup": "Backup",
    "database": "Database",
    "audit": "Audit log",
    "report": "Report",
}


def _humane(word: str) -> str:
    text = word.replace(".", " ").replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def action_label(action: str) -> str:
    """The action in plain words; an action from a newer version reads as its own words."""
    return ACTION_LABELS.get(action) or _humane(action)


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity) or _humane(entity)


def field_label(name: str) -> str:
    """A stored field name as a reader sees it: ``date_of_birth`` -> "date of birth"."""
    return name.replace("_", " ").strip()
