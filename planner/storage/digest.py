"""SHA-256 without OpenSSL: the digests the program keeps of files and events.

:mod:`hashlib` loads OpenSSL's library on import (some 3 MB and a few
milliseconds); CPython carries its own SHA-256, which is what ``hashlib`` falls
back to without OpenSSL. File fingerprints (:mod:`planner.storage.safety`) and
the UIDs of deadline events (:mod:`planner.storage.deadline_uid`) are computed
while the window starts and opens a file, so they use that one. The digests
are the same either way.
"""

from __future__ import annotations

import importlib
import sys
from typing import Protocol


class Hasher(Protocol):
    def update(self, data: bytes, /) -> None: ...
    def hexdigest(self) -> str: ...


def sha256() -> Hasher:
    """A SHA-256 hasher: CPython's own (``_sha2``, ``_sha256`` before 3.12), else
    hashlib's (module docstring)."""
    name = "_sha2" if sys.version_info >= (3, 12) else "_sha256"
    try:
        hasher: Hasher = importlib.import_module(name).sha256()
    except (ImportError, AttributeError):
        import hashlib

        hasher = hashlib.sha256()
    return hasher
