#!/usr/bin/env bash
# Installs the browsers the demo and the tests drive (Debian's chromium and firefox-esr) when they
# are missing. Playwright cannot download its own browsers here, so the machine's are used.
set -euo pipefail
missing=()
[ -x "${SOURCELIGHT_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${SOURCELIGHT_FIREFOX:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
if [ ${#missing[@]} -eq 0 ]; then
  echo "browsers present: ${SOURCELIGHT_CHROMIUM:-/usr/bin/chromium}, ${SOURCELIGHT_FIREFOX:-/usr/bin/firefox-esr}"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing ${missing[*]} from Debian's packages"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
