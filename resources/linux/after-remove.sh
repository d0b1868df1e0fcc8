#!/bin/bash
# Lectern .deb post-remove: drop the launcher link the post-install made.
if [ -L '/usr/bin/${executable}' ] && [ ! -e '/usr/bin/${executable}' ]; then
  rm -f '/usr/bin/${executable}'
fi
exit 0
