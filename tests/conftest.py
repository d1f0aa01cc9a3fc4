"""Test session setup: Qt runs offscreen, logs go to a temporary folder, and
hypothesis runs a quick profile by default and a thorough one in CI.

``HYPOTHESIS_PROFILE=thorough`` (set implicitly when ``CI`` is set, as the CI
runner does) runs every property test with 400 examples; the default
``quick`` profile runs 60, so that a developer's ``make test`` stays short.
"""

import os
import tempfile

from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The program's log file must never land in the developer's own log folder.
os.environ.setdefault("STAY_PLANNER_LOG_DIR", tempfile.mkdtemp(prefix="stay-planner-test-log-"))

settings.register_profile("quick", max_examples=60, deadline=None)
settings.register_profile("thorough", max_examples=400, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE")
                      or ("thorough" if os.environ.get("CI") else "quick"))
