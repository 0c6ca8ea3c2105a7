#!/bin/sh
# Interface translations: collect self.tr() texts from app/ui into every translations/dpia_wizard_<code>.ts
# (keeping existing translations), then compile each for the wizard. A new language: copy a .ts file to
# dpia_wizard_<code>.ts, set its language attribute, translate, and declare it in resources/languages.yaml.
# Run from anywhere; PYSIDE_BIN overrides the tools' folder.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${PYSIDE_BIN:-$root/.venv/bin}
cd "$root"
mkdir -p app/ui/i18n
for ts in translations/*.ts; do
    "$bin/pyside6-lupdate" $(find app/ui -name '*.py' | sort) -no-obsolete -ts "$ts"
    "$bin/pyside6-lrelease" "$ts" -qm "app/ui/i18n/$(basename "$ts" .ts).qm"
done
