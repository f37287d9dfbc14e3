# Builds Unicode repertoire lists for subsetting.
import sys
def decode_2byte(codec, lead_range, trail_range, prefix=b''):
    s=set()
    for a in lead_range:
        for b in trail_range:
            try:
                t=(prefix+bytes([a,b])).decode(codec)
            except UnicodeDecodeError:
                continue
            s.update(ord(ch) for ch in t)
    return s
jis0208 = decode_2byte('euc_jp', range(0xA1,0xFF), range(0xA1,0xFF))
cp932 = decode_2byte('cp932', list(range(0x81,0xA0))+list(range(0xE0,0xFD)), range(0x40,0xFD))
jis0213 = decode_2byte('euc_jis_2004', range(0xA1,0xFF), range(0xA1,0xFF)) | decode_2byte('euc_jis_2004', range(0xA1,0xFF), range(0xA1,0xFF), b'\x8f')
base=set()
for lo,hi in [(0x20,0x7E),(0xA0,0x17F),(0x2000,0x206F),(0x2100,0x218F),(0x2190,0x21FF),(0x2460,0x24FF),(0x2500,0x257F),(0x25A0,0x25FF),(0x2600,0x26FF),
              (0x3000,0x303F),(0x3040,0x309F),(0x30A0,0x30FF),(0x31F0,0x31FF),(0x3200,0x32FF),(0x3300,0x33FF),(0xFF00,0xFFEF)]:
    base.update(range(lo,hi+1))
# 2010 Joyo additions outside JIS X 0208
base.update(map(ord,'𠮟塡剝頰'))
kanji=lambda s: len([c for c in s if 0x3400<=c<=0x9FFF or 0xF900<=c<=0xFAFF or c>=0x20000])
sets={'jis0208':jis0208|base,'cp932':cp932|jis0208|base,'jis0213':jis0213|cp932|jis0208|base}
for k,v in sets.items():
    open(f'uni-{k}.txt','w').write(','.join('U+%04X'%c for c in sorted(v)))
    print(k, len(v), 'kanji', kanji(v))
