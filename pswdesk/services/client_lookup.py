"""Finding a client by what a person types: an id, or a name only one visible client has.

The command line's CLIENT arguments come here (``pswdesk handover CLIENT``,
``pswdesk client show CLIENT``); ``clients.find_client`` is the same function.
"""

from __future__ import annotations

from sqlalchemy import func, or_, select

from pswdesk import fulltext
from pswdesk.db import Database
from pswdesk.errors import NotFound, ValidationError
from pswdesk.models import Client
from pswdesk.services.access import SUPERVISOR, WORKER, Actor, load_user, visible_client_filter
from pswdesk.wording import words

#: The largest id an INTEGER column holds on PostgreSQL (and so on every backend here).
MAX_ID = 2**31 - 1


def find_client(db: Database, actor: Actor, reference: str) -> int:
    """The id of the client ``reference`` means: their id, or their preferred or legal name.

    A name must match exactly (case and repeated spaces aside) and belong to only
    one of the clients this user may see, closed ones included. A client the user
    may not see is refused exactly as one that does not exist.
    """
    text = " ".join(fulltext.clean_query(reference, 400).split())
    if not text:
        raise ValidationError({"client": words("give a client id or name")})
    with db.read() as s:
        me = load_user(s, actor, WORKER, SUPERVISOR)
        visible = visible_client_filter(s, me)
        if text.isascii() and text.isdigit():
            number = int(text)
            # Past the id column's range no client can have it (and the drivers refuse it).
            found = (
                s.scalar(select(Client.id).where(visible, Client.id == number))
                if number <= MAX_ID
                else None
            )
            if found is None:
                raise NotFound(words("no client {text}", text=int(text)))
            return found
        lowered, wanted = text.lower(), text.casefold()
        rows = s.execute(
            select(Client.id, Client.preferred_name, Client.legal_name).where(
                visible,
                or_(
                    func.lower(Client.preferred_name) == lowered,
                    func.lower(Client.legal_name) == lowered,
                ),
            )
        ).all()
    ids = sorted(
        {r.id for r in rows if wanted in (r.preferred_name.casefold(), r.legal_name.casefold())}
    )
    if not ids:
        raise NotFound(
            words(
                "no client called {reference!r} among the clients you can see", reference=reference
            )
        )
    if len(ids) > 1:
        listed = ", ".join(str(i) for i in ids)
        raise ValidationError(
            {
                "client": words(
                    "{count} clients are called {reference!r} (ids {listed}); give the id",
                    count=len(ids),
                    reference=reference,
                    listed=listed,
                )
            }
        )
    return ids[0]
