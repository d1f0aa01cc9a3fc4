"""Stay Planner: plan visa-free stays and see stay-limit breaches before they happen."""

__version__ = "0.1.0"
