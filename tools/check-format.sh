#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that every C++ file follows .clang-format (clang-format 14, as Debian 12 has it).
#   tools/check-format.sh          lists the files that differ and exits 1 if there are any
#   tools/check-format.sh --fix    rewrites them in place
set -euo pipefail
cd "$(dirname "$0")/.."
format=${CLANG_FORMAT:-clang-format-14}
command -v "$format" >/dev/null || format=clang-format
command -v "$format" >/dev/null || { echo "clang-format is not installed" >&2; exit 1; }
mapfile -t files < <(git ls-files -- 'shared/*.cpp' 'shared/*.h' 'hub/*.cpp' 'hub/*.h' \
  'desktop-client/*.cpp' 'desktop-client/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' \
  'bench/*.h' 'tools/*.cpp' 'tools/*.h')
if [ "${1:-}" = --fix ]; then
  "$format" -i --style=file "${files[@]}"
  exit 0
fi
bad=()
for f in "${files[@]}"; do
  "$format" --style=file --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
  printf 'not formatted: %s\n' "${bad[@]}"
  echo "fix with: tools/check-format.sh --fix"
  exit 1
fi
echo "all ${#files[@]} files are formatted"
