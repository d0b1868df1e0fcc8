#!/usr/bin/env bash
# Installs the system packages Lectern's export and tests use, when missing: Chromium (PDF export,
# browser tests) and poppler-utils (PDF checks in tests). Debian/Ubuntu; uses sudo when not root.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
# Ubuntu has no `chromium` deb: its chromium-browser package only installs the snap. Use snap there.
if [[ " ${missing[*]} " == *" chromium "* ]] && grep -qi '^ID=ubuntu' "${LECTERN_OS_RELEASE:-/etc/os-release}" 2>/dev/null; then
  if command -v snap >/dev/null 2>&1; then
    $SUDO snap install chromium
  else
    echo "install-system-deps: Ubuntu's Chromium is a snap and snap is missing; install Chromium or Chrome and set LECTERN_CHROME" >&2
  fi
  missing=("${missing[@]/chromium}")
  read -r -a missing <<<"${missing[*]}"
  [ ${#missing[@]} -eq 0 ] && exit 0
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
