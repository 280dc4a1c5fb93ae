"""Handover summaries: what may leave the agency about a client, and the record of it.

The package holds one concern per module (docs/ARCHITECTURE.md, Handover):

- ``recipients``: who may receive, under which consent, and who may share at all;
- ``gathering``: reading what the consent covers into the report's plain data,
  with ``contacts`` for the contact notes and what each may contribute;
- ``producing``: the use case the GUI and the command line call (plan, then make
  the PDF and record it in one transaction);
- ``disclosures``: the record of every disclosure, emergencies flagged to supervisors.

Callers use ``from pswdesk.services import handover`` and the names below. The
function ``recipients`` shares its name with the module it lives in: as an
attribute of this package it is the function; import the module's other names
from ``pswdesk.services.handover.recipients`` directly.
"""

from pswdesk.services.handover.disclosures import (
    DisclosureRow,
    client_disclosures,
    emergency_disclosures,
)
from pswdesk.services.handover.producing import (
    MAX_REASON,
    MAX_RECIPIENT,
    HandoverPlan,
    HandoverResult,
    plan_handover,
    produce_handover,
)
from pswdesk.services.handover.recipients import (
    CareTeamRecipient,
    NoActiveConsent,
    RecipientOption,
    care_team_consent,
    care_team_recipient,
    recipients,
)

__all__ = [
    "MAX_REASON",
    "MAX_RECIPIENT",
    "CareTeamRecipient",
    "DisclosureRow",
    "HandoverPlan",
    "HandoverResult",
    "NoActiveConsent",
    "RecipientOption",
    "care_team_consent",
    "care_team_recipient",
    "client_disclosures",
    "emergency_disclosures",
    "plan_handover",
    "produce_handover",
    "recipients",
]
