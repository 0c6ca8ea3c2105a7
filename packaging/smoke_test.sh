#!/usr/bin/env bash
# Runs the frozen build outside any virtual environment: `dpia --version` and a report of a scenario.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dist="${1:-$here/dist/dpia-wizard}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$dist" "$work/app"            # a copy elsewhere, as a DPO would copy the folder
cd "$work"
env -i HOME="$work" PATH=/usr/bin:/bin "$work/app/dpia" --version
env -i HOME="$work" PATH=/usr/bin:/bin "$work/app/dpia" report \
  "$here/tests/fixtures/scenarios/clearview_search_engine.dpia" -o "$work/report.pdf"
test -s "$work/report.pdf"
head -c 5 "$work/report.pdf" | grep -q '%PDF-'
env -i HOME="$work" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen "$work/app/dpia-wizard" \
  "$here/tests/fixtures/scenarios/clearview_search_engine.dpia" --screenshots "$work/shots"
ls "$work/shots"/*.png >/dev/null
echo "smoke test passed: frozen dpia and dpia-wizard run outside the virtual environment"
