#!/usr/bin/env bash
# Screenshots of the real window for docs/: every screen (Workout's start, Programs, History,
# Progress, Insights, Exercises, Bodyweight, Settings) over a two-year demo history, the start screen and
# History of an empty log, and a live workout, in the dark and the light theme, at 1280×800, through
# ../shared/tools/screenshot.sh (Xvfb + Mesa). Each run uses its own data and config folders, so
# nothing of yours is touched.
#
#   scripts/screenshots.sh [OUT_DIR]      (default: docs)
#
# The theme and the screen are set the way the window keeps them (its window.ron). The live
# workout is shot only when told where to click (window coordinates, read off the start
# screen's shot): REPEAT_X/REPEAT_Y, the first "Repeat"; DONE_X/DONE_Y, the first set's "Done".
#   REPEAT_X=431 REPEAT_Y=735 DONE_X=902 DONE_Y=121 scripts/screenshots.sh   (2-year demo, 1280×800)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/docs}"
target="${CARGO_TARGET_DIR:-$root/target}"
bin="$target/debug/gymlog"
shot="${SCREENSHOT:-$root/../shared/tools/screenshot.sh}"
[ -x "$bin" ] || (cd "$root" && cargo build --locked)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A data and config folder; with a demo history unless $2 is "empty".
fresh() {
    local name="$1" kind="$2"
    mkdir -p "$work/$name/data" "$work/$name/config"
    if [ "$kind" = demo ]; then
        GYMLOG_DATA_DIR="$work/$name/data" GYMLOG_CONFIG_DIR="$work/$name/config" \
            "$bin" demo --years 2 --seed 7 >/dev/null
    fi
}

# The window's kept preferences: theme, screen and (optionally) language.
prefs() {
    local name="$1" theme="$2" screen="$3" language="${4:-System}"
    printf '{"gymlog_preferences":"(theme:%s,screen:%s,language:%s)"}\n' "$theme" "$screen" "$language" \
        >"$work/$name/config/window.ron"
}

run() {
    local name="$1" png="$2"
    shift 2
    GYMLOG_DATA_DIR="$work/$name/data" GYMLOG_CONFIG_DIR="$work/$name/config" \
        "$shot" -s 1280x800 -o "$png" "$@" -- "$bin"
}

for theme in Dark Light; do
    t="$(echo "$theme" | tr '[:upper:]' '[:lower:]')"
    fresh "empty-$t" empty
    prefs "empty-$t" "$theme" Workout
    run "empty-$t" "$out/look-start-empty-$t.png"
    prefs "empty-$t" "$theme" History
    run "empty-$t" "$out/look-history-empty-$t.png"

    fresh "demo-$t" demo
    prefs "demo-$t" "$theme" Workout
    run "demo-$t" "$out/look-start-$t.png"
    for screen in Programs History Progress Insights Exercises Bodyweight Settings; do
        s="$(echo "$screen" | tr '[:upper:]' '[:lower:]')"
        prefs "demo-$t" "$theme" "$screen"
        run "demo-$t" "$out/look-$s-$t.png"
    done

    # The live workout: Repeat the most recent workout, log its first two sets with Done.
    prefs "demo-$t" "$theme" Workout
    cat >"$work/live.actions" <<EOF
sleep 2
click ${REPEAT_X:-0} ${REPEAT_Y:-0}
sleep 2
click ${DONE_X:-0} ${DONE_Y:-0}
sleep 1
click ${DONE_X:-0} $(( ${DONE_Y:-0} + 30 ))
sleep 2
EOF
    if [ -n "${REPEAT_Y:-}" ]; then
        run "demo-$t" "$out/look-workout-$t.png" -a "$work/live.actions"
    fi
done
# The start screen and History in each language the window speaks (dark theme).
for language in German French Spanish Italian PortugueseBrazil ChineseSimplified; do
    l="$(echo "$language" | tr '[:upper:]' '[:lower:]')"
    for screen in Workout History; do
        s="$(echo "$screen" | tr '[:upper:]' '[:lower:]')"
        prefs demo-dark Dark "$screen" "Fixed($language)"
        run demo-dark "$out/language-$l-$s.png"
    done
done
echo "screenshots in $out"
