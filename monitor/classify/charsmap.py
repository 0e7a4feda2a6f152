"""A SentencePiece "precompiled charsmap": the normalisation table that a ``tokenizers``
``Precompiled`` normaliser reads.

The table is a double-array trie over the UTF-8 bytes of each source string, followed by
the replacement strings, each ending in a NUL byte; a leaf of the trie holds the offset of
its replacement. The trie uses the XOR layout of darts-clone, which ``tokenizers`` walks:

- a node's unit holds its label (the byte that leads to it), whether it ends a key, and
  the XOR distance from its position to its *base*; the child reached by byte ``c`` sits
  at ``base ^ c``, and a key's leaf (value with the top bit set) at ``base ^ 0``;
- a distance below 2**21 is stored as is; larger ones must be multiples of 256.

Bases are unique, so a walk can never land on a unit that belongs to another node.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping

import numpy as np

_LEAF = 1 << 31
_HAS_LEAF = 1 << 8
_MAX_DIRECT = 1 << 21


class _Node:
    __slots__ = ("children", "value")

    def __init__(self) -> None:
        self.children: dict[int, _Node] = {}
        self.value: int | None = None


def _trie(keys: Mapping[bytes, int]) -> _Node:
    root = _Node()
    for key, value in keys.items():
        if not key or 0 in key:
            raise ValueError(f"charsmap key {key!r}: must be non-empty and contain no NUL")
        node = root
        for byte in key:
            node = node.children.setdefault(byte, _Node())
        node.value = value
    return root


def _offset_bits(distance: int) -> int:
    if distance < _MAX_DIRECT:
        return distance << 10
    if distance % 256 == 0 and distance >> 8 < _MAX_DIRECT:
        return (distance >> 8) << 10 | 1 << 9
    raise ValueError(f"charsmap: base distance {distance} cannot be encoded")


class _Array:
    """The growing unit array, with which slots and bases are taken."""

    def __init__(self) -> None:
        self.units = np.zeros(1024, np.uint32)
        self.used = np.zeros(1024, bool)
        self.is_base = np.zeros(1024, bool)
        self.used[0] = self.is_base[0] = True  # the root's unit; 0 is never a base
        self.first_free = 1

    def _grow(self, size: int) -> None:
        while len(self.units) < size:
            extra = len(self.units)
            self.units = np.concatenate([self.units, np.zeros(extra, np.uint32)])
            self.used = np.concatenate([self.used, np.zeros(extra, bool)])
            self.is_base = np.concatenate([self.is_base, np.zeros(extra, bool)])

    def place(self, labels: list[int]) -> int:
        """The lowest unused base at which every label's slot is free. The slots of a
        base all lie in its block of 256, so blocks are searched one at a time."""
        offsets = np.arange(256)
        block = self.first_free >> 8
        while True:
            self._grow((block + 1) * 256)
            start = block * 256
            fits = ~self.is_base[start : start + 256]
            for label in labels:
                fits &= ~self.used[start + (offsets ^ label)]
            if fits.any():
                base = start + int(np.argmax(fits))
                self.is_base[base] = True
                for label in labels:
                    self.used[base ^ label] = True
                while self.first_free < len(self.used) and self.used[self.first_free]:
                    self.first_free += 1
                return base
            block += 1


def build(mapping: Mapping[str, str]) -> bytes:
    """The precompiled charsmap that replaces each key of ``mapping`` (one or more
    characters) by its value (possibly empty)."""
    blob = bytearray()
    offsets: dict[str, int] = {}
    for replacement in sorted(set(mapping.values())):
        offsets[replacement] = len(blob)
        blob += replacement.encode("utf-8") + b"\0"
    root = _trie({k.encode("utf-8"): offsets[v] for k, v in mapping.items()})
    array = _Array()
    pending = [(0, root)]  # (position of the node's unit, node)
    while pending:
        position, node = pending.pop()
        labels = sorted(node.children)
        if node.value is not None:
            labels = [0, *labels]
        if not labels:
            continue
        base = array.place(labels)
        array.units[position] |= _offset_bits(position ^ base)
        if node.value is not None:
            array.units[position] |= _HAS_LEAF
            array.units[base] = _LEAF | node.value
        for byte, child in node.children.items():
            array.units[base ^ byte] = byte
            pending.append((base ^ byte, child))
    size = int(np.flatnonzero(array.used)[-1]) + 1
    trie = array.units[:size].astype("<u4").tobytes()
    return struct.pack("<I", len(trie)) + trie + bytes(blob)


def lookup(charsmap: bytes, key: str) -> str | None:
    """The replacement of ``key`` in ``charsmap`` (the walk ``tokenizers`` makes), for tests."""
    (size,) = struct.unpack_from("<I", charsmap)
    units = struct.unpack_from(f"<{size // 4}I", charsmap, 4)
    blob = charsmap[4 + size :]

    def distance(unit: int) -> int:
        return (unit >> 10) << ((unit & (1 << 9)) >> 6)

    position = distance(units[0])
    found = None
    for byte in key.encode("utf-8"):
        position ^= byte
        if position >= len(units) or units[position] & (_LEAF | 0xFF) != byte:
            return found
        unit = units[position]
        position ^= distance(unit)
        if unit & _HAS_LEAF and found is None:
            start = units[position] & (_LEAF - 1)
            found = blob[start : blob.index(b"\0", start)].decode("utf-8")
    return found
