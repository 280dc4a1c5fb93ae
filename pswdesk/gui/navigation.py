"""The main window's navigation: which views each role sees, where a user starts, the title
and the keyboard-shortcuts table.

A worker sees their caseload, drafts, returned notes and follow-ups; a supervisor
also their review queue, team caseload, debrief requests, stale referrals, the
files with no recent contact, their team's audit log and emergency disclosures; an
administrator the users, agency settings, the whole audit log, every emergency
disclosure, the export and import of the agency's records, and backup and restore.
Supervisors and administrators see Reports (their team's counts, or the agency's).
Everyone sees Supervision (the session log, hours and review levels, each as
their role may). Several roles see the union. The services enforce all of this;
the navigation only leaves out what would be refused.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence

from pswdesk.services.access import ADMIN, SUPERVISOR, WORKER, Actor
from pswdesk.services.users import AgencyRow


@dataclass(frozen=True, slots=True)
class NavItem:
    key: str
    title: str
    roles: tuple[str, ...]  # any one of these roles shows the item
    icon: str
    description: str


NAV_ITEMS: tuple[NavItem, ...] = (
    NavItem("caseload", "My caseload", (WORKER, SUPERVISOR), "caseload",
            "Clients assigned to you, most at risk first"),
    NavItem("drafts", "My drafts", (WORKER, SUPERVISOR), "drafts",
            "Notes you have not submitted yet"),
    NavItem("returned", "Returned to me", (WORKER, SUPERVISOR), "returned",
            "Notes your supervisor sent back with a comment"),
    NavItem("followups", "Follow-ups due", (WORKER, SUPERVISOR), "followups",
            "Check-ins due in the next week"),
    NavItem("review", "Review queue", (SUPERVISOR,), "review",
            "Notes waiting for your sign-off, urgent first"),
    NavItem("team", "Team caseload", (SUPERVISOR,), "team",
            "Every client of your team"),
    NavItem("debriefs", "Debrief requests", (SUPERVISOR,), "debriefs",
            "Workers who asked to talk a contact through"),
    NavItem("stale_referrals", "Stale referrals", (SUPERVISOR,), "referrals",
            "The team's referrals with no answer for too long"),
    NavItem("no_contact", "No recent contact", (SUPERVISOR,), "no-contact",
            "Open files nobody has been in contact with for a while"),
    NavItem("supervision", "Supervision", (WORKER, SUPERVISOR, ADMIN), "team",
            "Supervision sessions, hours per worker, and how many notes are reviewed"),
    NavItem("reports", "Reports", (SUPERVISOR, ADMIN), "review",
            "Counts for funders and supervisors, with charts; save as CSV or PDF, or print"),
    NavItem("users", "Users", (ADMIN,), "users", "Staff accounts and roles"),
    NavItem("settings", "Agency settings", (ADMIN,), "settings", "Agency details and rules"),
    NavItem("audit", "Audit log", (ADMIN, SUPERVISOR), "audit",
            "Who did what, and when: every change, sign-off and sign-in"),
    NavItem("emergencies", "Emergency disclosures", (SUPERVISOR, ADMIN), "alert",
            "Handovers made without consent: who, when, to whom, why; acknowledge them"),
    NavItem("exchange", "Export / Import", (ADMIN,), "exchange",
            "The agency's records out to a folder, or into an empty agency"),
    NavItem("backup", "Backup and restore", (ADMIN,), "backup",
            "Daily backups, Back up now, and restoring a backup"),
)  # fmt: skip


def nav_items_for(actor: Actor) -> list[NavItem]:
    return [item for item in NAV_ITEMS if any(actor.has(r) for r in item.roles)]


def default_view(actor: Actor) -> str:
    if actor.has(SUPERVISOR):
        return "review"
    if actor.has(WORKER):
        return "caseload"
    return "users"


def window_title(agency: AgencyRow, actor: Actor) -> str:
    demo = "  [DEMO DATA]" if agency.is_demo else ""
    return f"{agency.name} — {actor.full_name} ({actor.role_label}) — pswdesk{demo}"


def shortcuts_table(actions: Iterable[QAction]) -> str:
    """Every action with a shortcut, and the keys that work in any list, as an HTML table."""
    rows = []
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            name = action.text().replace("&", "").rstrip("…")
            rows.append(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(name)}</td></tr>")
    rows += [
        "<tr><td><b>Enter</b></td><td>Open the selected client or note</td></tr>",
        "<tr><td><b>Tab / Shift+Tab</b></td><td>Move between fields and lists</td></tr>",
        "<tr><td><b>Left / Right</b></td><td>In a date field: move between day, month, year "
        "and time with the arrow keys (Up and Down change them); Tab moves on</td></tr>",
        "<tr><td><b>Ctrl+N</b></td><td>In a caseload: start a note for the selected client"
        "</td></tr>",
        "<tr><td><b>Alt+N</b></td><td>In a note you have just approved or returned: "
        "Next in queue</td></tr>",
    ]
    return "<table cellpadding='6'>" + "".join(rows) + "</table>"
