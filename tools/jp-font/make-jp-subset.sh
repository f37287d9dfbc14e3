#!/usr/bin/env bash
# Reproduce the Noto Sans CJK JP subsets shipped in fonts/.
# Needs: Debian package fonts-noto-cjk (1:20220127+repack1-1, Noto CJK 2.004) and fonttools (pip install fonttools).
#   apt-get download fonts-noto-cjk && dpkg -x fonts-noto-cjk_*.deb x
set -euo pipefail
SRC=${SRC:-x/usr/share/fonts/opentype/noto}
python3 "$(dirname "$0")/jp-charset.py"   # writes uni-jis0208.txt, uni-cp932.txt, uni-jis0213.txt
tr , '\n' < uni-cp932.txt > uni-cp932.lst
for w in Regular Bold; do
  pyftsubset "$SRC/NotoSansCJK-$w.ttc" --font-number=0 \
    --unicodes-file=uni-cp932.lst \
    --layout-features=ccmp,kern,mark,liga,calt,palt,halt,fwid,hwid,pwid \
    --output-file="NotoSansCJKjp-$w-subset.otf"
done
