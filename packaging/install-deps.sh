#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing Song Ngữ need.
# Idempotent: packages already present are left alone, and apt is only called when
# something is missing.
set -euo pipefail

packages=(
  # toolchain, and the format and lint checks CI runs (.ci/run)
  build-essential cmake ninja-build pkg-config git clang-format clang-tidy
  # Qt 6 (Core, Gui, Widgets, Test, Svg for the icon) and Linguist tools
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libqt6svg6 qt6-qpa-plugins
  libgl-dev libvulkan-dev libxkbcommon-dev
  # ICU for conversion, normalisation, transliteration and sentence breaking
  libicu-dev
  # a display for GUI tests and for launching on a headless machine
  xvfb xauth
  # fonts that cover Vietnamese
  fonts-dejavu-core fonts-noto-core
  # packaging
  dpkg-dev file
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
