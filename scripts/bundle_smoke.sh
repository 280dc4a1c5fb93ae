#!/usr/bin/env bash
# Build the one-folder bundle from the wheel and prove the bundled program works.
#
#     bash scripts/bundle_smoke.sh
#
# Builds the wheel, installs it and PyInstaller in a throwaway venv, runs
# `pyinstaller pswdesk.spec` from a folder outside the checkout (so the checkout cannot
# be imported and pswdesk comes from the installed package), then with the bundled
# executable alone: init, seed-demo, verify, a handover PDF (a client named in three
# scripts, so the fallback fonts and shaping are used), and the app staying up
# offscreen. Everything happens in a temporary folder with its own HOME and XDG_*
# folders, and no keyring (the database key comes from PSWDESK_DB_KEY, as on a bare
# Linux box). One line per stage; on failure one clear line and a non-zero exit.
# Set PSWDESK_SMOKE_KEEP=1 to keep the folder for a look afterwards. The wheel is
# built with the repository's .venv (as scripts/test.sh makes it; PSWDESK_VENV to
# choose another), else python3; PYTHON overrides both.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv_dir="${PSWDESK_VENV:-.venv}"
[[ "$venv_dir" = /* ]] || venv_dir="$root/$venv_dir"
venv_python="$venv_dir/bin/python"
[ -x "$venv_python" ] || venv_python=python3
python="${PYTHON:-$venv_python}"
started=$SECONDS

work="$(mktemp -d "${TMPDIR:-/tmp}/pswdesk-bundle-XXXXXX")"
app_pid=""
cleanup() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; fi
    if [ "${PSWDESK_SMOKE_KEEP:-}" = 1 ]; then
        echo "bundle_smoke: kept $work" >&2
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

step=""
log=""
fail() {
    echo "bundle_smoke: FAILED: $step${1:+: $1} (log: $work/$log)" >&2
    if [ -s "$work/$log" ]; then tail -n 15 "$work/$log" >&2; fi
    exit 1
}
# run LOG CMD...: the command's output goes to LOG; a failure stops the script.
run() {
    log="$1"
    shift
    "$@" >"$work/$log" 2>&1 || fail "exit $?"
}
say() { echo "bundle_smoke: $* ($((SECONDS - started)) s)"; }

step="building the wheel"
run wheel.log "$python" -m pip wheel --quiet --disable-pip-version-check --no-deps \
    -w "$work/dist" "$root"
wheel="$(ls "$work"/dist/pswdesk-*.whl)"
say "built $(basename "$wheel")"

step="installing the wheel and PyInstaller in a fresh venv"
run venv.log "$python" -m venv "$work/venv"
run install.log "$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    --no-compile "$wheel" pyinstaller
say "installed them in a fresh venv"

# From a folder outside the checkout: nothing there to import pswdesk from.
step="pyinstaller pswdesk.spec"
mkdir "$work/build"
cd "$work/build"
run pyinstaller.log env PYTHONPATH= "$work/venv/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath "$work/build/dist" --workpath "$work/build/work" "$root/pswdesk.spec"
bundle="$work/build/dist/pswdesk"
exe="$bundle/pswdesk"
window_exe="$bundle/pswdesk-window"
[ -x "$exe" ] || fail "no $exe"
[ -x "$window_exe" ] || fail "no $window_exe"
[ -f "$bundle/LICENSE" ] || fail "no LICENSE beside the program"
ls "$bundle"/_internal/pswdesk/resources/fonts/LICENSE-* >/dev/null 2>&1 \
    || fail "the fonts' licences are not in the bundle"
# The parts of Qt the app does not use stay out.
unused="$(cd "$bundle" && find . \( -iname '*Qt6Qml*' -o -iname '*Qt6Quick*' \
    -o -iname '*VirtualKeyboard*' -o -iname '*WebEngine*' -o -iname '*Qt63D*' \
    -o -iname '*Qt6Multimedia*' \) -print | head -n 3)"
[ -z "$unused" ] || fail "unused Qt parts in the bundle: $(echo "$unused" | tr '\n' ' ')"
say "bundled $(du -sh "$bundle" | cut -f1) in $bundle"

# Only the bundle from here on: a home of its own, no keyring, the key in the environment.
home="$work/home"
mkdir -p "$home"
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_STATE_HOME="$home/state" XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
export PSWDESK_PASSWORD="bundle-smoke-password-1" PSWDESK_DB_KEY="$(printf 'b5%.0s' {1..32})"
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring QT_QPA_PLATFORM=offscreen
unset PSWDESK_DB PYTHONPATH PYTHONHOME DISPLAY WAYLAND_DISPLAY
cd "$work"
db="$work/agency.db"

step="pswdesk init"
run init.log "$exe" --db "$db" init --agency "Bundle Smoke" --admin admin
say "init made an agency"

step="pswdesk seed-demo"
run seed.log "$exe" --db "$db" seed-demo --clients 4 --notes-per-client 3
grep -q "Seeded 4 clients" "$work/seed.log" || fail "unexpected output"
say "seed-demo added clients and notes"

step="pswdesk verify"
run verify.log "$exe" --db "$db" verify
grep -q "No problems found" "$work/verify.log" || fail "no 'No problems found'"
say "verify found no problems"

# A client named in Arabic, Chinese and Cherokee: the PDF needs the fallback fonts from
# the bundle's resources, and shaping (uharfbuzz) and right-to-left order (python-bidi).
step="pswdesk client add"
worker="$(awk '$1 ~ /^worker/ { print $1; exit }' "$work/seed.log")"
[ -n "$worker" ] || fail "seed-demo named no worker account"
run client.log "$exe" --db "$db" client add --preferred-name "سارة 李明 ᏌᏊ" --user "$worker"
client="$(sed -n 's/^Client \([0-9][0-9]*\) registered.*/\1/p' "$work/client.log")"
[ -n "$client" ] || fail "no client id in its output"

step="pswdesk handover"
pdf="$work/handover.pdf"
run handover.log "$exe" --db "$db" handover "$client" --user "$worker" \
    --emergency-reason "bundle smoke test" --recipient-name "Smoke Test Clinic" \
    --from 2000-01-01 --to "$(date +%F)" -o "$pdf"
[ "$(head -c 5 "$pdf" 2>/dev/null)" = "%PDF-" ] || fail "$pdf is not a PDF"
for font in NotoSansArabic WenQuanYiMicroHei NotoSansCherokee; do
    grep -aq "/BaseFont /[A-Z]*+$font" "$pdf" || fail "$font is not embedded in $pdf"
done
say "handover wrote a $(wc -c <"$pdf") byte PDF with the Arabic, CJK and Cherokee fonts"

# The app: it logs its start and then "login window shown" (XDG_STATE_HOME/pswdesk/log),
# and must still be running a few seconds after that, with no error in its log.
step="the app offscreen"
log=app.log
applog="$XDG_STATE_HOME/pswdesk/log/pswdesk.log"
"$window_exe" --db "$db" >"$work/app.log" 2>&1 &  # as a person starts it
app_pid=$!
wait_for() { # wait_for FILE TEXT WHAT: up to 60 s while the app runs
    for _ in $(seq 1 120); do
        grep -q "$2" "$1" 2>/dev/null && return 0
        kill -0 "$app_pid" 2>/dev/null || fail "it exited before $3"
        sleep 0.5
    done
    fail "no $3 within 60 s"
}
wait_for "$applog" "pswdesk .* starting" "logging its start"
wait_for "$applog" "login window shown" "the login window came up"
for _ in $(seq 1 10); do
    kill -0 "$app_pid" 2>/dev/null || fail "it exited within 5 s of the login window"
    sleep 0.5
done
if grep -E " (ERROR|CRITICAL) " "$applog" >/dev/null; then
    log="home/state/pswdesk/log/pswdesk.log"
    fail "errors in its log"
fi
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
say "the app stayed up offscreen"

say "the bundle works"
