"""Test session setup: Qt runs offscreen, so tests need no display.

Installed rule files are looked for in an empty temporary folder (tests that
install rules point ``STAY_PLANNER_DATA_DIR`` at their own), so no test ever
reads or writes the user's data folder.
"""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["STAY_PLANNER_DATA_DIR"] = tempfile.mkdtemp(prefix="stay-planner-test-data-")
