#!/usr/bin/env bash
# The whole check, exactly as CI runs it: lint, format check, types, the layer
# contracts, the installed wheel, every test.
#
# Uses .venv in the repository (PSWDESK_VENV to choose another) and installs the
# package with its test extras there on first use, or again when pyproject.toml
# changes. Extra arguments go to pytest, e.g. `bash scripts/test.sh -k cli`.
#
# The PostgreSQL half of the tests runs when PSWDESK_TEST_PG names a role that
# may create databases; without it that half is skipped (and fails under CI=true).
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${PSWDESK_VENV:-.venv}"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
stamp="$venv/.pswdesk-test-install"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ setup.py -nt "$stamp" ]; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[test]"
    touch "$stamp"
fi

export QT_QPA_PLATFORM=offscreen
"$venv/bin/ruff" check .
"$venv/bin/ruff" format --check .
"$venv/bin/mypy"
"$venv/bin/lint-imports"
"$venv/bin/python" scripts/check_wheel.py
# One worker per core, each test file on one worker: files share their module's
# fixtures, and the one file that makes server-wide PostgreSQL roles
# (test_least_privilege) never races itself. PSWDESK_TEST_WORKERS=0 runs in-process.
"$venv/bin/python" -m pytest -q -n "${PSWDESK_TEST_WORKERS:-auto}" --dist loadfile "$@"
