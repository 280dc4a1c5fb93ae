"""The app hashes passwords at Argon2's recommended costs, not the tests' cheap ones.

tests/conftest.py lowers the costs for speed, so this runs the app's own module in a
fresh interpreter, as the app and the command line load it.
"""

from __future__ import annotations

import subprocess
import sys

from argon2 import PasswordHasher
from argon2.profiles import RFC_9106_LOW_MEMORY

PROBE = """
from argon2 import extract_parameters
from pswdesk.services import auth
for made in (auth.hash_password("a long enough password"), auth._DUMMY_HASH):
    p = extract_parameters(made)
    print(p.type.name, p.memory_cost, p.time_cost, p.parallelism)
"""


def test_passwords_are_hashed_at_the_recommended_costs() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    recommended = PasswordHasher()
    assert (recommended.memory_cost, recommended.time_cost) >= (
        RFC_9106_LOW_MEMORY.memory_cost,
        RFC_9106_LOW_MEMORY.time_cost,
    )
    expected = f"ID {recommended.memory_cost} {recommended.time_cost} {recommended.parallelism}"
    # The real hash and the one an unknown user name is checked against cost the same,
    # so a wrong user name takes as long as a wrong password.
    assert out == [expected, expected]
