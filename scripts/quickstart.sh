#!/usr/bin/env bash
# The main job on a fresh machine: install, build, export the bundled deck to a PDF, then open
# the app on it (or, where no Electron binary can be had, say how to present in a browser).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
npm ci --no-audit --no-fund
npm run build
node bin/lectern.mjs export slides -o flask-vs-django.pdf
code=0
node bin/lectern.mjs present slides || code=$?
# 3 = the offline case only: no Electron binary and no network to fetch one. The PDF is done
# and `lectern serve slides` presents in a browser. Any other failure (4: the download failed
# for another reason; 1: the app itself failed) is a failure.
if [ "$code" -eq 3 ]; then
  echo "quickstart: the PDF is written; the app needs a network once to download Electron. Present with: npx lectern serve slides" >&2
  exit 0
fi
exit "$code"
