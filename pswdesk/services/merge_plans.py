"""A merge's safety plans: both records' versions kept, and the newest plan still current.

Version numbers are unique per client, so the merged record's versions are
numbered after the kept record's (the database lets a merge renumber them as it
moves them, and nothing else; migration 0008). The highest number is the current
plan: when the kept record's own plan was saved after the other's, it would no
longer be, so it is saved again as the newest version, word for word, by the
supervisor merging (the audit entry of the merge says so).
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from pswdesk.models import SafetyPlan, User, utcnow
from pswdesk.services.safety_plans import SECTION_KEYS


def _latest(s: Session, client_id: int) -> SafetyPlan | None:
    return s.scalars(
        select(SafetyPlan)
        .where(SafetyPlan.client_id == client_id)
        .order_by(SafetyPlan.version_no.desc())
        .limit(1)
    ).first()


def move_safety_plans(s: Session, me: User, from_id: int, to_id: int) -> tuple[int, int]:
    """Move every version of ``from_id`` to ``to_id``: how many moved, and 1 if the kept
    record's plan was saved again as the newest (else 0)."""
    kept, other = _latest(s, to_id), _latest(s, from_id)
    offset = kept.version_no if kept is not None else 0
    moved = cast(
        CursorResult[Any],
        s.execute(
            update(SafetyPlan)
            .where(SafetyPlan.client_id == from_id)
            .values(client_id=to_id, version_no=SafetyPlan.version_no + offset)
            .execution_options(synchronize_session=False)
        ),
    ).rowcount
    for plan in (kept, other):
        if plan is not None:
            s.expire(plan)  # the UPDATE went around the session
    if kept is not None and other is not None and kept.created_at > other.created_at:
        top = s.scalar(select(func.max(SafetyPlan.version_no)).where(SafetyPlan.client_id == to_id))
        s.add(
            SafetyPlan(
                client_id=to_id, version_no=(top or 0) + 1, note_id=None,
                created_by_id=me.id, created_at=utcnow(),
                **{k: getattr(kept, k) for k in SECTION_KEYS},
            )
        )  # fmt: skip
        s.flush()
        return moved, 1
    return moved, 0
