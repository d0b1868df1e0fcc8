#!/bin/bash
# Lectern .deb post-install (a template: electron-builder fills in the names).
set -e
APP_DIR='/opt/${sanitizedProductName}'

# The `lectern`-style launcher on PATH.
ln -sf "$APP_DIR/${executable}" '/usr/bin/${executable}'

# Chromium's sandbox helper must be owned by root with the setuid bit: Ubuntu 23.10 and later
# restrict unprivileged user namespaces, and Electron aborts at start ("The SUID sandbox helper
# binary was found, but is not configured correctly") unless the helper can do the job.
chown root:root "$APP_DIR/chrome-sandbox"
chmod 4755 "$APP_DIR/chrome-sandbox"

if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q /usr/share/icons/hicolor || true
fi
