"""The user's folders the program keeps its own files in.

* :func:`data_dir`: installed rule files and backups of saved itineraries
  (``~/.local/share/stay-planner`` on Linux);
* :func:`state_dir`: recovery files of unsaved work
  (``~/.local/state/stay-planner`` on Linux).

The platform's locations, from platformdirs (loaded on the first call). Kept
apart from :mod:`planner.storage.safety`, which uses both, so that a one-shot
command that only reads the installed rules does not load the recovery store.
"""

from __future__ import annotations

from pathlib import Path

APP = "stay-planner"


def data_dir() -> Path:
    """The user's data folder (it may not exist yet)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def state_dir() -> Path:
    """The user's state folder (it may not exist yet)."""
    import platformdirs

    return Path(platformdirs.user_state_dir(APP, appauthor=False))
