"""Handover summaries: what may leave the agency about a client, and the record of it.

The package holds one concern per module (docs/ARCHITECTURE.md, Handover):

- ``recipients``: who may receive, under which consent, and who may share at all;
- ``gathering``: reading what the consent covers into the report's plain data,
  with ``contacts`` for the contact notes and what each may contribute;
- ``producing``: the use case the GUI and the command line call (plan, then make
  the PDF and record it in one transaction);
- ``disclosures``: the record of every handover prepared, and of each time one left
  (saved, printed, written out): only then is it a disclosure;
- ``emergencies``: emergency disclosures for supervisors, and their acknowledgement.

Callers use ``from pswdesk.services import handover`` and the names below. The
function ``recipients`` shares its name with the module it lives in: as an
attribute of this package it is the function; import the module's other names
from ``pswdesk.services.handover.recipients`` directly.
"""

from pswdesk.services.handover.disclosures import (
    DisclosureRow,
    Release,
    client_disclosures,
    release_disclosure,
)
from pswdesk.services.handover.emergencies import (
    Acknowledgement,
    EmergencyRow,
    acknowledge_emergency,
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
    "Acknowledgement",
    "CareTeamRecipient",
    "DisclosureRow",
    "EmergencyRow",
    "HandoverPlan",
    "HandoverResult",
    "NoActiveConsent",
    "RecipientOption",
    "Release",
    "acknowledge_emergency",
    "care_team_consent",
    "care_team_recipient",
    "client_disclosures",
    "emergency_disclosures",
    "plan_handover",
    "produce_handover",
    "recipients",
    "release_disclosure",
]
