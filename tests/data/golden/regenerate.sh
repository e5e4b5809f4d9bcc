#!/usr/bin/env bash
# Rewrites expected/ from the given songngu binary, as tst_goldenoutput runs it. Use it only when a
# change of output is intended, and say so in the commit.
set -euo pipefail
binary="$(realpath "${1:?usage: regenerate.sh path/to/songngu}")"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here"/../../../resources/samples/*.txt "$here"/visit.en.txt "$here"/visit.vi.txt "$work"
mkdir -p "$here/expected"
cd "$work"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8 LANGUAGE=
grep -v '^#' "$here/cases.tsv" | while IFS=$'\t' read -r expected code arguments; do
    set +e
    # shellcheck disable=SC2086 # the arguments are words
    "$binary" $arguments > "$here/expected/$expected"
    status=$?
    set -e
    [ "$status" = "$code" ] || { echo "$expected: exit $status, expected $code" >&2; exit 1; }
done
