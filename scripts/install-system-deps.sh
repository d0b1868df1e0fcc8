#!/usr/bin/env bash
# Installs the system packages Lectern's export and tests use, when missing: Chromium (PDF export,
# browser tests) and poppler-utils (PDF checks in tests). Debian/Ubuntu; uses sudo when not root.
set -euo pipefail
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
# With LECTERN_TEST_DEPS=1 (test machines only): exFAT through FUSE, a real case-insensitive disk
# for src/node/case-insensitive-disk.test.ts (it mounts one when run as root). Optional: a system
# without these packages only skips that test, so a failure here is never fatal.
if [ "${LECTERN_TEST_DEPS:-0}" = 1 ] && { [ ! -x /usr/sbin/mount.exfat-fuse ] || [ ! -x /usr/sbin/mkfs.exfat ]; }; then
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends exfat-fuse exfatprogs; } ||
    echo "install-system-deps: exfat-fuse/exfatprogs not installed; the case-insensitive disk test will be skipped" >&2
fi
missing=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
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
