"""Partage: offline toolkit for Québec non-profits that share resources."""

from partage_desktop.platform._none_guard import install as _guard_none

__version__ = "0.1.0"

_guard_none()
