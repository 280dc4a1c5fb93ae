"""Placeholder: the contacts report is being written (see registry.REPORTS)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from pswdesk.reports.report_data import Section
from pswdesk.services.reporting.scope import ReportContext


def build(s: Session, ctx: ReportContext) -> tuple[Section, ...]:
    return ()
