#!/usr/bin/env python3
"""Exits 0 when two PNG files show the same pixels (same size, colour type and pixel values,
whatever their compression or metadata), 1 when they differ or one cannot be read.

make-graphs.sh uses it to keep a screenshot file unchanged when a new run draws the same
picture, so regenerating graphs/ leaves `git status` clean. Standard library only.
Usage: png-same.py A.png B.png"""
import struct
import sys
import zlib


def pixels(path):
    """(width, height, colour type, bit depth, palette, unfiltered scanlines) of a PNG."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, palette, header = 8, [], b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            palette = body
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    width, height, depth, colour, _, _, interlace = header
    if interlace:
        raise ValueError("interlaced PNGs are not compared")
    raw = zlib.decompress(b"".join(idat))
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    bpp = max(1, channels * depth // 8)
    stride = (width * channels * depth + 7) // 8
    out, previous = bytearray(), bytearray(stride)
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 255
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b, c = previous[i], previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out += line
        previous = line
    return width, height, colour, depth, palette, bytes(out)


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    try:
        a, b = open(sys.argv[1], "rb").read(), open(sys.argv[2], "rb").read()
        if a == b:
            return 0
        return 0 if pixels(sys.argv[1]) == pixels(sys.argv[2]) else 1
    except (OSError, ValueError, KeyError, TypeError, struct.error, zlib.error):
        return 1


if __name__ == "__main__":
    sys.exit(main())
