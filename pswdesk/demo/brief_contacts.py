"""Brief contacts for the demo agency: a few phone calls, texts and drop-ins between notes.

Every third open client gets one to three, logged by their first assigned worker in
the days after their last note (never on or after the demo's "today"), at no or low
risk as a brief contact may be; the client's last contact follows them. Seeded, so
the same seed gives the same contacts.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from pswdesk.models import BriefContact, Client, ClientAssignment
from pswdesk.vocabulary import BriefContactType, ClientStatus, RiskLevel

#: (type, minutes, text): what a worker jots down after a quick contact.
CONTACTS: tuple[tuple[BriefContactType, int, str], ...] = (
    (BriefContactType.PHONE, 10, "Called to confirm Thursday; sounded tired but okay."),
    (BriefContactType.PHONE, 5, "No answer; left a message asking them to call back."),
    (BriefContactType.TEXT, 2, "Texted: running late, will come Friday instead."),
    (BriefContactType.TEXT, 3, "Sent the food bank's opening hours as asked."),
    (BriefContactType.DROP_IN, 15, "Dropped in for the leaflet; talked about the new flat."),
    (BriefContactType.DROP_IN, 20, "Came by after the housing office; relieved the forms are in."),
    (BriefContactType.PHONE, 12, "Check-in call after the GP visit; sleep a little better."),
)  # fmt: skip
RISKS: tuple[str | None, ...] = (None, None, RiskLevel.NONE.value, RiskLevel.LOW.value)


def add_brief_contacts(s: Session, *, seed: int, today: dt.date, every: int = 3) -> int:
    """Add the demo's brief contacts inside the seeding transaction; how many were added."""
    rng = random.Random(seed * 7_919 + 15)
    latest = dt.datetime.combine(today - dt.timedelta(days=1), dt.time(16, 0), tzinfo=dt.UTC)
    worker = func.min(ClientAssignment.user_id)
    rows = s.execute(
        select(Client.id, Client.last_contact_at, Client.created_at, worker)
        .join(ClientAssignment, ClientAssignment.client_id == Client.id)
        .where(Client.status == ClientStatus.ACTIVE)
        .group_by(Client.id, Client.last_contact_at, Client.created_at)
        .order_by(Client.id)
    ).all()
    added = 0
    for i, (cid, last, created, author) in enumerate(rows):
        if i % every:
            continue
        at = max(last or created, created)
        newest: dt.datetime | None = None
        for _ in range(rng.randint(1, 3)):
            at = at + dt.timedelta(days=rng.randint(1, 5), minutes=rng.randint(0, 300))
            if at > latest:
                break
            kind, minutes, text = CONTACTS[rng.randrange(len(CONTACTS))]
            s.add(
                BriefContact(
                    client_id=cid, author_id=author, contact_at=at, contact_type=kind.value,
                    minutes=minutes, text=text, risk_level=rng.choice(RISKS),
                    created_at=at + dt.timedelta(minutes=rng.randint(2, 90)),
                )
            )  # fmt: skip
            newest, added = at, added + 1
        if newest is not None:
            s.execute(
                update(Client)
                .where(Client.id == cid)
                .values(last_contact_at=newest)
                .execution_options(synchronize_session=False)
            )
    s.flush()
    return added
