#!/bin/sh
# Re-save corpus workbooks through LibreOffice, so that LibreOffice-written files are judged too.
#
#   sh test/corpus/resave.sh [DIR] [EVERY]
#
# DIR    the corpus (default /work/main/.corpus), as written by make_corpus.py
# EVERY  convert every EVERY-th workbook (default 1 = all of them; 2 = every other one, ...)
#
# Writes DIR/libreoffice/<same name>.xlsx (LibreOffice Calc's own xlsx writer, headless) with a copy
# of each original's .expected.json (same cells: a re-save moves nothing), then checks with
# make_corpus.py --verify that every converted workbook holds the same cell values, merges and
# percent formats as its original. Needs libreoffice-calc-nogui (soffice) and Debian's python3-openpyxl.
set -eu
DIR=${1:-/work/main/.corpus}
EVERY=${2:-1}
HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$DIR/libreoffice"
command -v soffice >/dev/null 2>&1 || { echo "resave.sh: soffice not found (apt-get install libreoffice-calc-nogui)" >&2; exit 2; }
ls "$DIR"/*.xlsx >/dev/null 2>&1 || { echo "resave.sh: no .xlsx in $DIR (run make_corpus.py first)" >&2; exit 2; }
mkdir -p "$OUT"
rm -f "$OUT"/*.xlsx "$OUT"/*.expected.json
# a private LibreOffice profile, so that a running soffice or a missing HOME does not interfere
PROFILE=$(mktemp -d /tmp/jixiao-lo-profile.XXXXXX)
trap 'rm -rf "$PROFILE"' EXIT
export LANG=C.UTF-8 LC_ALL=C.UTF-8
LIST=$(mktemp /tmp/jixiao-resave-list.XXXXXX)
i=0
for f in "$DIR"/*.xlsx; do
  i=$((i + 1))
  if [ $(( (i - 1) % EVERY )) -eq 0 ]; then
    printf '%s\n' "$f" >> "$LIST"
  fi
done
n=$(wc -l < "$LIST")
echo "converting $n workbook(s) with LibreOffice into $OUT ..."
# one soffice run per batch of 20 files (one process for all is fastest; batches keep a failure local)
split -l 20 "$LIST" "$LIST.part."
for part in "$LIST".part.*; do
  # shellcheck disable=SC2046
  tr '\n' '\0' < "$part" | xargs -0 soffice -env:UserInstallation=file://"$PROFILE" --headless --norestore \
    --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$OUT" >/dev/null 2>&1 || true
done
missing=0
while IFS= read -r f; do
  base=$(basename "$f" .xlsx)
  if [ -f "$OUT/$base.xlsx" ]; then
    cp "$DIR/$base.expected.json" "$OUT/$base.expected.json"
  else
    echo "resave.sh: LibreOffice did not convert $f" >&2
    missing=$((missing + 1))
  fi
done < "$LIST"
rm -f "$LIST" "$LIST".part.*
echo "converted $((n - missing)) of $n; checking them against the originals ..."
/usr/bin/python3 "$HERE/make_corpus.py" --verify "$OUT" --against "$DIR"
