"""The CLIENT a command names: an id, or a name only one visible client has.

``clients.find_client`` is what ``pswdesk handover CLIENT`` calls; it runs here
in-process on SQLite and PostgreSQL. A client the user may not see must be
refused exactly as one that does not exist, by id and by name.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from pswdesk.errors import NotFound, PermissionDenied, PswdeskError, ValidationError
from pswdesk.models import Client
from pswdesk.services import clients
from tests.conftest import Agency
from tests.notes_support import new_client


def _error(agency: Agency, actor_name: str, reference: str) -> tuple[type[Exception], str]:
    with pytest.raises(PswdeskError) as caught:
        clients.find_client(agency.db, getattr(agency, actor_name), reference)
    return type(caught.value), str(caught.value)


def test_an_id_or_an_exact_name_finds_the_client(agency: Agency) -> None:
    robin = new_client(agency, agency.wendy, "Robin Álvarez")
    legal = clients.create_client(
        agency.db, agency.wendy, clients.ClientInput("Sam", legal_name="Samira Okafor")
    ).id
    find = clients.find_client
    assert find(agency.db, agency.wendy, str(robin)) == robin
    assert find(agency.db, agency.wendy, f"  {robin} ") == robin
    assert find(agency.db, agency.wendy, "robin álvarez") == robin  # case aside
    assert find(agency.db, agency.wendy, " ROBIN   ÁLVAREZ ") == robin  # and spacing
    assert find(agency.db, agency.wendy, "samira okafor") == legal  # the legal name counts
    assert find(agency.db, agency.sam, "Sam") == legal  # the supervisor sees the team's
    with pytest.raises(NotFound, match="no client called 'Robin'"):
        find(agency.db, agency.wendy, "Robin")  # part of a name is not the name


def test_a_name_two_clients_share_asks_for_the_id(agency: Agency) -> None:
    first = new_client(agency, agency.wendy, "Jamie Chen")
    second = new_client(agency, agency.will, "jamie chen")
    assert clients.find_client(agency.db, agency.wendy, "Jamie Chen") == first
    with pytest.raises(
        ValidationError, match=f"2 clients are called 'Jamie Chen' \\(ids {first}, {second}\\)"
    ):
        clients.find_client(agency.db, agency.sam, "Jamie Chen")


def test_an_unseen_client_is_refused_as_a_missing_one(agency: Agency) -> None:
    robin = new_client(agency, agency.wendy, "Robin Marker")
    with agency.db.read() as s:
        missing = (s.scalar(select(func.max(Client.id))) or 0) + 1
    for outsider in ("will", "walt", "sue"):
        assert _error(agency, outsider, str(robin)) == (NotFound, f"no client {robin}")
        assert _error(agency, outsider, str(missing)) == (NotFound, f"no client {missing}")
        by_name = _error(agency, outsider, "Robin Marker")
        nobody = _error(agency, outsider, "Nobody Here")
        assert by_name[0] is nobody[0] is NotFound
        assert by_name[1].replace("Robin Marker", "X") == nobody[1].replace("Nobody Here", "X")
    with pytest.raises(PermissionDenied):
        clients.find_client(agency.db, agency.admin, str(robin))  # administrators see no client
    with pytest.raises(ValidationError):
        clients.find_client(agency.db, agency.wendy, "   ")
