#!/usr/bin/env bash
# End-to-end in the real window (docs/reliability.md, fault 8), run by .ci/run.
#
# The real gymlog binary under Xvfb, inside a private D-Bus session with xdg-desktop-portal and
# its GTK backend, so Export backup opens the real native save dialog. On a demo store with the
# backup counter at the threshold:
#   1. the reminder banner is on screen;
#   2. its Export backup opens the native dialog; a typed path is accepted;
#   3. the file appears and `gymlog verify` reads back every event; the counter is 0;
#   4. (counter at the threshold again, app restarted) Dismiss hides the banner, and
#      backup.json says so.
# What the window shows is read from its trace (GYMLOG_UI_TRACE: the banner, its buttons'
# positions, the messages); a screenshot of each step is kept in the folder printed first.
#
# Needs: Xvfb, xdotool, ImageMagick's import, dbus-run-session, xdg-desktop-portal(-gtk), Mesa
# (.ci/run installs them from Debian's packages).
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/var/tmp/gymlog-target}
out=${GYMLOG_E2E_OUT:-/var/tmp/gymlog-e2e/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$out"
echo "e2e: screenshots and logs in $out"

for tool in Xvfb xdotool import dbus-run-session python3; do
  command -v "$tool" >/dev/null || { echo "e2e: FAIL: $tool is missing (see .ci/run for the packages)"; exit 1; }
done
for service in /usr/libexec/xdg-desktop-portal /usr/libexec/xdg-desktop-portal-gtk; do
  [[ -x $service ]] || { echo "e2e: FAIL: $service is missing (xdg-desktop-portal-gtk)"; exit 1; }
done

cargo build --locked --quiet
bin=$CARGO_TARGET_DIR/debug/gymlog

work=$(mktemp -d)
xvfb=""
app=""
cleanup() {
  [[ -n $app ]] && kill -- "-$app" 2>/dev/null
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

data=$work/data
config=$work/config
gymlog() { "$bin" --data-dir "$data" --config-dir "$config" "$@"; }
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }

step=0
shot() {
  step=$((step + 1))
  import -window root "$out/$step-$1.png"
  echo "e2e: step $step, $1: $out/$step-$1.png"
}
fail() {
  import -window root "$out/failed.png" 2>/dev/null || true
  echo "e2e: FAIL: $*" >&2
  echo "e2e: the window's log: $out/app-*.log; its last trace: $(cat "$trace" 2>/dev/null)" >&2
  exit 1
}
# Polls a condition every 0.2 s for up to a minute.
wait_for() {
  local what=$1; shift
  for _ in $(seq 300); do
    if "$@"; then return 0; fi
    [[ -z $app ]] || kill -0 "$app" 2>/dev/null || fail "the app exited while waiting for $what"
    sleep 0.2
  done
  fail "no $what after a minute"
}
# The window's trace says: python expression over `t`.
trace_says() { [[ -s $trace ]] && python3 -c "import json,sys; t=json.load(open(sys.argv[1])); sys.exit(0 if ($1) else 1)" "$trace"; }
set_counter() {
  python3 - "$config/backup.json" "$1" <<'EOF'
import json, os, sys
path, count = sys.argv[1], int(sys.argv[2])
os.makedirs(os.path.dirname(path), exist_ok=True)
try:
    state = json.load(open(path))
except FileNotFoundError:
    state = {}
state["workouts_since_backup"] = count
state["reminder_dismissed"] = False
json.dump(state, open(path, "w"), indent=2)
EOF
}

gymlog demo --years 2 >/dev/null
events=$(gymlog stats --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["events"])')
set_counter 10
echo "e2e: a demo store of $events events, the counter at the threshold (10)"

display=:$((500 + $$ % 400))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
wait_for "X display" test -S "/tmp/.X11-unix/X${display#:}"

win=""
window_shown() { win=$(xdotool search --onlyvisible --name '^GymLog$' 2>/dev/null | head -1); [[ -n $win ]]; }
start_app() {
  trace=$work/trace-$1.json
  # Its own process group (setsid): the session bus and the portals end with it.
  GYMLOG_UI_TRACE=$trace setsid dbus-run-session -- bash -c '
    export XDG_CURRENT_DESKTOP=GNOME
    /usr/libexec/xdg-desktop-portal-gtk -r >/dev/null 2>&1 &
    /usr/libexec/xdg-desktop-portal -r >/dev/null 2>&1 &
    exec "$@"' portal-session "$bin" --data-dir "$data" --config-dir "$config" >"$out/app-$1.log" 2>&1 &
  app=$!
  wait_for "GymLog window" window_shown
}
stop_app() {
  kill -- "-$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  app=""
}
click_button() {
  local xy; xy=$(json "$trace" "' '.join(str(int(v)) for v in d['$1'])")
  # shellcheck disable=SC2086
  xdotool mousemove --window "$win" $xy click 1
}

# 1. The banner.
start_app export
wait_for "backup banner" trace_says "t['banner']"
shot banner

# 2. Export backup opens the native dialog; type a path into it.
click_button export_button
dialog=""
dialog_shown() { dialog=$(xdotool search --onlyvisible --name '^Export$' 2>/dev/null | head -1); [[ -n $dialog ]]; }
wait_for "native save dialog (the portal's)" dialog_shown
sleep 1 # the dialog maps its widgets after its window (nothing to poll for)
shot native-dialog
mkdir -p "$work/backups"
dest=$work/backups/e2e-backup.parquet
xdotool windowfocus "$dialog" 2>/dev/null || true
xdotool key --window "$dialog" ctrl+a
xdotool type --delay 20 "$dest"
shot path-typed
xdotool key Return

# 3. The file appears, verifies with every event; the counter resets; the banner goes.
wait_for "backup file" test -s "$dest"
wait_for "export to finish" trace_says "not t['exporting'] and t['workouts_since_backup'] == 0 and not t['banner']"
shot exported
verified=$(gymlog verify "$dest" --json || true)
python3 - "$events" <<EOF || fail "the backup does not verify: $verified"
import json, sys
report = json.loads('''$verified''')
assert report["ok"], report["problems"]
assert report["events"] == int(sys.argv[1]), (report["events"], sys.argv[1])
EOF
[[ $(json "$config/backup.json" "d['workouts_since_backup']") == 0 ]] || fail "backup.json still counts workouts"
echo "e2e: the backup holds all $events events and verifies; the counter is 0"
stop_app

# 4. At the threshold again: Dismiss hides the banner.
set_counter 10
start_app dismiss
wait_for "backup banner" trace_says "t['banner']"
shot banner-again
click_button dismiss_button
wait_for "banner to go" trace_says "not t['banner']"
shot dismissed
[[ $(json "$config/backup.json" "d['reminder_dismissed']") == True ]] || fail "backup.json does not record the dismissal"
stop_app
echo "e2e: PASS (screenshots in $out)"
