"""Supervision sessions for the demo agency: every worker met their supervisor lately.

Roughly every two weeks over the three months before the demo's "today", 45 to 60
minutes, with topics a supervisor would note down; seeded, so the same seed gives
the same sessions, and the Supervision page opens with hours to show.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy.orm import Session

from pswdesk.models import SupervisionSession, User

TOPICS: tuple[str, ...] = (
    "Caseload review; two clients at high risk and their safety plans.",
    "Boundaries with a client who texts late at night.",
    "Debrief after a hard week; self-care plan for the holidays.",
    "Referral pathways for housing; the new tenancy advice service.",
    "Notes: writing step 5 when a client does not want a plan.",
    "Certification hours and the next training day.",
)


def add_supervision_sessions(s: Session, workers: list[User], *, seed: int, today: dt.date) -> int:
    """Add the sessions inside the seeding transaction; how many were added."""
    rng = random.Random(seed * 104_729 + 16)
    added = 0
    for worker in workers:
        if worker.supervisor_id is None:
            continue
        day = today - dt.timedelta(days=90 - rng.randint(0, 6))
        while day < today:
            at = dt.datetime.combine(day, dt.time(15, 0), tzinfo=dt.UTC)
            s.add(
                SupervisionSession(
                    worker_id=worker.id, supervisor_id=worker.supervisor_id, held_on=day,
                    minutes=rng.choice((45, 50, 60)), topics=rng.choice(TOPICS),
                    created_at=at, updated_at=at,
                )
            )  # fmt: skip
            added += 1
            day += dt.timedelta(days=rng.randint(12, 16))
    return added
