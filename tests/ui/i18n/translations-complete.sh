#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a text in the code has no zh_TW or zh_CN translation, when the
# .ts files miss texts the code has, or when lupdate cannot read a tr() call.
#   translations-complete.sh SOURCE_DIR LUPDATE LRELEASE
set -euo pipefail
src=$1 lupdate=$2 lrelease=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$src"/resources/translations/*.ts; do
  name=$(basename "$ts")
  cp "$ts" "$work/$name"
  (cd "$src" && "$lupdate" -no-obsolete -locations relative -source-language en app ui model platform \
     -ts "$work/$name") > "$work/lupdate.log" 2>&1
  if grep -v -e '^Scanning' -e '^Updating' -e '^    Found' -e '^    Same-text' "$work/lupdate.log" | grep -q .; then
    echo "$name: the .ts file is not current with the code (run scripts/update-translations), or lupdate could not read a text:"
    grep -v -e '^Scanning' -e '^Updating' -e '^    Found' -e '^    Same-text' "$work/lupdate.log"
    status=1
  fi
  "$lrelease" "$work/$name" -qm "$work/out.qm" > "$work/lrelease.log" 2>&1
  report=$(grep -E 'Generated|Ignored' "$work/lrelease.log" || true)
  echo "$name: $report" | tr '\n' ' '; echo
  if grep -qE 'unfinished|untranslated' <<< "$(grep -vE '\(([0-9]+) finished and 0 unfinished\)' <<< "$report")"; then
    echo "$name: texts without a translation (open it in Qt Linguist, or run scripts/update-translations first):"
    command -v python3 >/dev/null && python3 - "$work/$name" <<'PY' || true
import sys, xml.etree.ElementTree as ET
for ctx in ET.parse(sys.argv[1]).getroot().iter('context'):
    for m in ctx.findall('message'):
        t = m.find('translation')
        if t.get('type') == 'unfinished' or not ''.join(t.itertext()).strip():
            print('  %s: %s' % (ctx.find('name').text, m.find('source').text))
PY
    status=1
  fi
done
exit $status
