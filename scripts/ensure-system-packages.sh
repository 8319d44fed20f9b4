#!/usr/bin/env bash
# Install the Debian packages named as arguments when the command they provide is missing.
# Usage: scripts/ensure-system-packages.sh gettext chromium postgresql
set -euo pipefail

declare -A provides=([gettext]=msgfmt [chromium]=chromium [postgresql]=initdb [default-jre-headless]=java)
missing=()
for package in "$@"; do
  command=${provides[$package]:-$package}
  if [ "$command" = initdb ]; then
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=("$package")
  elif ! command -v "$command" >/dev/null 2>&1; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "Not root: please run 'sudo apt-get install ${missing[*]}' and try again." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
