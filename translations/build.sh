#!/bin/sh
# Interface translations: collect self.tr() texts from app/ui into the .ts file (keeping existing
# translations), then compile it for the wizard. Run from anywhere; PYSIDE_BIN overrides the tools' folder.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${PYSIDE_BIN:-$root/.venv/bin}
cd "$root"
"$bin/pyside6-lupdate" $(find app/ui -name '*.py' | sort) -no-obsolete -ts translations/dpia_wizard_nl.ts
mkdir -p app/ui/i18n
"$bin/pyside6-lrelease" translations/dpia_wizard_nl.ts -qm app/ui/i18n/dpia_wizard_nl.qm
