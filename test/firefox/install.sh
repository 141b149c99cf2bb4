#!/usr/bin/env bash
# Installs Debian's firefox-esr if this machine lacks it (the Firefox guard test drives it with puppeteer-core).
set -euo pipefail
if command -v firefox-esr >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq firefox-esr >/dev/null
firefox-esr --version
