"""RFC 6962 Merkle trees: tree hashes, inclusion and consistency proofs.

Leaf hash = SHA-256(0x00 ‖ data); node hash = SHA-256(0x01 ‖ left ‖ right); a tree
of n leaves splits at k, the largest power of two below n. Verification follows
RFC 9162 §2.1.3.2 and §2.1.4.2.
"""

from __future__ import annotations

import hashlib
from functools import cache
from typing import Callable, Sequence


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    return 1 << ((n - 1).bit_length() - 1)


Frontier = list[tuple[int, bytes]]  # perfect subtrees (size, hash), largest first: a compact range


def extend(frontier: Frontier, leaves: Sequence[bytes]) -> Frontier:
    """Add ``leaves`` to a compact range: equal-sized neighbours merge as leaves arrive."""
    stack = list(frontier)
    for leaf in leaves:
        size, h = 1, leaf
        while stack and stack[-1][0] == size:
            left = stack.pop()[1]
            size, h = size * 2, node_hash(left, h)
        stack.append((size, h))
    return stack


def frontier_root(frontier: Frontier) -> bytes:
    """Fold the compact range from the right: exactly RFC 6962's split at the largest power of two."""
    if not frontier:
        return hashlib.sha256(b"").digest()
    h = frontier[-1][1]
    for _, left in reversed(frontier[:-1]):
        h = node_hash(left, h)
    return h


def root(leaves: Sequence[bytes]) -> bytes:
    """Merkle tree hash of already-hashed ``leaves`` (the empty tree hashes the empty string)."""
    return frontier_root(extend([], leaves))


def push(frontier: Frontier, leaf: bytes, index: int) -> list[tuple[int, int, bytes]]:
    """Add leaf number ``index`` (0-based) to ``frontier`` in place; return the perfect subtrees it
    completed as (level, index at that level, hash): once complete, a subtree's hash never changes."""
    size, h, end = 1, leaf, index + 1
    completed = []
    while frontier and frontier[-1][0] == size:
        h = node_hash(frontier.pop()[1], h)
        size *= 2
        completed.append((size.bit_length() - 1, end // size - 1, h))
    frontier.append((size, h))
    return completed


def frontier_nodes(n: int) -> list[tuple[int, int]]:
    """(level, index) of the perfect subtrees that make up a tree of ``n`` leaves, largest first."""
    out, offset = [], 0
    for level in range(n.bit_length() - 1, -1, -1):
        if n >> level & 1:
            out.append((level, offset >> level))
            offset += 1 << level
    return out


Subtree = Callable[[int, int], bytes]  # hash of the leaves [start, end) of a tree


def perfect_subtrees(perfect: Callable[[int, int], bytes]) -> Subtree:
    """Hash of any range the RFC 6962 recursion meets, from the hashes of perfect subtrees
    (``perfect(level, index)``) only: O(log n) lookups, each range folded once."""
    @cache
    def subtree(start: int, end: int) -> bytes:
        size = end - start
        if size & (size - 1) == 0 and start % size == 0:
            return perfect(size.bit_length() - 1, start // size)
        k = _split(size)
        return node_hash(subtree(start, start + k), subtree(start + k, end))

    return subtree


def of_leaves(leaves: Sequence[bytes]) -> Subtree:
    """Range hashes of a tree whose leaves are all in memory."""
    return lambda start, end: root(leaves[start:end])


def inclusion_path(index: int, size: int, subtree: Subtree) -> list[bytes]:
    """Audit path of leaf ``index`` in the tree of the first ``size`` leaves (RFC 6962 §2.1.1)."""
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of {size}")
    path, start, end = [], 0, size
    while end - start > 1:
        k = _split(end - start)
        if index < start + k:
            path.append(subtree(start + k, end))
            end = start + k
        else:
            path.append(subtree(start, start + k))
            start += k
    return path[::-1]


def consistency_path(old_size: int, size: int, subtree: Subtree) -> list[bytes]:
    """Proof that the first ``old_size`` leaves are a prefix of the first ``size`` (RFC 6962 §2.1.2)."""
    if not 0 < old_size <= size:
        raise ValueError(f"cannot prove size {old_size} against a tree of {size}")
    path, start, end, m, complete = [], 0, size, old_size, True
    while m != end - start:
        k = _split(end - start)
        if m <= k:
            path.append(subtree(start + k, end))
            end = start + k
        else:
            path.append(subtree(start, start + k))
            start, m, complete = start + k, m - k, False
    if not complete:
        path.append(subtree(start, end))
    return path[::-1]


def inclusion_proof(index: int, leaves: Sequence[bytes]) -> list[bytes]:
    """Audit path of leaf ``index`` in the tree of ``leaves``."""
    return inclusion_path(index, len(leaves), of_leaves(leaves))


def consistency_proof(old_size: int, leaves: Sequence[bytes]) -> list[bytes]:
    """Proof that the first ``old_size`` leaves are a prefix of ``leaves``."""
    return consistency_path(old_size, len(leaves), of_leaves(leaves))


def verify_inclusion(leaf: bytes, index: int, size: int, proof: Sequence[bytes], expected_root: bytes) -> bool:
    if not 0 <= index < size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == expected_root


def verify_consistency(old_size: int, new_size: int, old_root: bytes, new_root: bytes,
                       proof: Sequence[bytes]) -> bool:
    if old_size == new_size:
        return not proof and old_root == new_root
    if not 0 < old_size < new_size or not proof:
        return False
    path = list(proof)
    if old_size & (old_size - 1) == 0:  # a power of two: the old root is a node of the new tree
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node_hash(c, fr), node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == old_root and sr == new_root and sn == 0
