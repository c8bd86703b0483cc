#!/usr/bin/env bash
# Renders the example's printed sheets to PNG for people to look at:
#   docs/appendix-page-1.png, docs/appendix-page-2.png  the council appendix (Toimintasuunnitelma), pages 1-2
#   docs/summary-sheet.png                              the summary sheet (Yhteenveto) with its charts
# Run from a built checkout (npm run build); needs LibreOffice (libreoffice-calc-nogui)
# and poppler-utils (pdftoppm). RESOLUTION (dots per inch, default 80) sets the size.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
plan="examples/kaustinen-2026.plan.json"
resolution="${RESOLUTION:-80}"

if [ ! -f dist/cli/main.js ]; then
  echo "render-docs: not built yet; run npm run build first" >&2
  exit 2
fi
command -v pdftoppm >/dev/null || { echo "render-docs: pdftoppm is missing; install poppler-utils" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

node bin/plansheets.js export "$plan" --pdf "$work/appendix.pdf" --sheets Toimintasuunnitelma
node bin/plansheets.js export "$plan" --pdf "$work/summary.pdf" --sheets Yhteenveto

for page in 1 2; do
  pdftoppm -png -r "$resolution" -f "$page" -l "$page" -singlefile "$work/appendix.pdf" "docs/appendix-page-$page"
done
pdftoppm -png -r "$resolution" -f 1 -l 1 -singlefile "$work/summary.pdf" docs/summary-sheet

ls -l docs/appendix-page-1.png docs/appendix-page-2.png docs/summary-sheet.png
