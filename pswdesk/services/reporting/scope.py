"""Whose work a report counts, and the period's bounds, handed to every report's queries.

A supervisor's reports cover their team (the people who report to them, and
themselves), whatever the agency's "supervisors see every client" switch says:
a report is about the load they carry, not about what they may open. An
administrator's cover the whole agency, in counts only (someone who is both, a
small agency's director, gets the whole agency); a worker has no reports (their
caseload and follow-ups already show their own work).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, literal, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from pswdesk.models import User, UserRole
from pswdesk.reports.periods import Period, local_midnight_utc, utc_bounds
from pswdesk.services.access import ADMIN, SUPERVISOR, WORKER, Actor, load_user, team_ids


@dataclass(frozen=True, slots=True)
class ReportContext:
    """What one report run knows: the period, its UTC bounds and whose work counts."""

    period: Period
    today: dt.date
    #: [lo, hi): the period's first local midnight and the one after its last day, in UTC.
    lo: dt.datetime
    hi: dt.datetime
    #: The staff whose work is counted; None means everyone (an administrator's report).
    staff_ids: tuple[int, ...] | None
    scope_label: str
    #: The person asking holds the administrator role: the whole agency, counts only.
    agency_wide: bool

    def counts(
        self, column: ColumnElement[int] | InstrumentedAttribute[int]
    ) -> ColumnElement[bool]:
        """A WHERE clause keeping rows whose staff column (author, owner ...) is in scope."""
        if self.staff_ids is None:
            return true()
        return column.in_(self.staff_ids)

    def months_so_far(self) -> list[tuple[int, int]]:
        """The period's months up to the current one (at least its first).

        Nobody can record a contact in the future, so a month still to come is left out
        of a per-month table rather than drawn as a fall to zero.
        """
        months = self.period.months()
        return [ym for ym in months if ym <= (self.today.year, self.today.month)] or months[:1]

    def future_note(self) -> tuple[str, ...]:
        """The footnote a per-month table carries when ``months_so_far`` left months out."""
        if len(self.months_so_far()) < len(self.period.months()):
            return ("Months still to come are not listed.",)
        return ()

    def month_index(
        self, column: ColumnElement[dt.datetime] | InstrumentedAttribute[dt.datetime]
    ) -> ColumnElement[int]:
        """0 for a time in the period's first local month, 1 for the second ...

        A CASE over the months' local midnights in UTC, so a contact at 23:30 on
        31 March counts in March on the office clock on both backends (neither
        SQLite nor a server in another zone knows this computer's time zone).
        Rows outside [lo, hi) must already be filtered out.
        """
        months = self.period.months()
        bounds = [local_midnight_utc(dt.date(y, m, 1)) for y, m in months[1:]]
        if not bounds:
            return literal(0)
        return case(*[(column < b, i) for i, b in enumerate(bounds)], else_=len(bounds))

    def date_index(
        self, column: ColumnElement[dt.date] | InstrumentedAttribute[dt.date]
    ) -> ColumnElement[int]:
        """As ``month_index`` for a plain date column (a closing date, a due date)."""
        months = self.period.months()
        firsts = [dt.date(y, m, 1) for y, m in months[1:]]
        if not firsts:
            return literal(0)
        return case(*[(column < d, i) for i, d in enumerate(firsts)], else_=len(firsts))


def _is_worker() -> ColumnElement[bool]:
    return (
        select(UserRole.user_id)
        .where(UserRole.user_id == User.id, UserRole.role == WORKER)
        .exists()
    )


def report_context(
    s: Session, actor: Actor, period: Period, *, today: dt.date | None = None
) -> ReportContext:
    """Check the asker may see reports and work out whose work they count."""
    me = load_user(s, actor, SUPERVISOR, ADMIN)
    lo, hi = utc_bounds(period)
    today = today or dt.datetime.now().astimezone().date()
    if ADMIN in me.role_names:
        return ReportContext(period, today, lo, hi, None, "Whole agency", True)
    return ReportContext(
        period, today, lo, hi, tuple(team_ids(s, me)), f"{me.full_name}'s team", False
    )


def staff_in_scope(s: Session, ctx: ReportContext) -> list[tuple[int, str]]:
    """The people a per-worker table lists: active staff in scope who hold the worker role,
    by name. A report adds anyone else who has counts in the period (someone who has left)."""
    q = select(User.id, User.full_name).where(User.active, _is_worker(), ctx.counts(User.id))
    return [(uid, name) for uid, name in s.execute(q.order_by(User.full_name, User.id))]


def staff_names(s: Session, ids: set[int]) -> dict[int, str]:
    """Names for staff ids a query found (including people no longer active)."""
    if not ids:
        return {}
    return dict(s.execute(select(User.id, User.full_name).where(User.id.in_(ids))).all())
