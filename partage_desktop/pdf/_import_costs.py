"""Two import-time costs of ReportLab that an export never needs, put off until they are used.

Importing ReportLab's platypus takes about 70 ms, and two pieces of it are spent on things an
agreement never uses:

- ``reportlab.platypus.paragraph`` compiles, at import, a case-insensitive pattern over the whole
  Unicode range that matches web addresses for hyphenation (``uri_pat``, about 25 ms). Here it is
  compiled the first time it is matched, if ever.
- ``reportlab.lib.utils`` imports Pillow's ``PIL.Image`` (about 10 ms), used only to read a raster
  image (an organization's logo). Here it is loaded lazily with the standard library's
  ``importlib.util.LazyLoader``: the module runs on first use of one of its attributes.

Both go through an import hook that acts only on those two modules and only until they are
imported; everything else imports as usual. Nothing here changes what a PDF contains.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re
import sys
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import importlib.abc

PARAGRAPH = "reportlab.platypus.paragraph"
PIL_IMAGE = "PIL.Image"
# the start of ReportLab's web-address pattern (reportlab/platypus/paragraph.py, ``uri_pat``)
_URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"


class DeferredPattern:
    """Stands for a compiled pattern; compiles it the first time one of its methods is used."""

    __slots__ = ("_pattern", "_flags", "_compiled")

    def __init__(self, pattern: str, flags: int) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return getattr(self._compiled, name)


class _ParagraphLoader:
    """Runs ReportLab's paragraph module with its web-address pattern left uncompiled."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> Any:
        return self._loader.create_module(spec)

    def exec_module(self, module: Any) -> None:
        real_compile = re.compile

        def compile_(pattern: Any, flags: int = 0) -> Any:
            if isinstance(pattern, str) and pattern.startswith(_URI_PATTERN_START):
                return DeferredPattern(pattern, flags)
            return real_compile(pattern, flags)

        re.compile = compile_
        try:
            self._loader.exec_module(module)
        finally:
            re.compile = real_compile


class _Finder:
    """Hands out the two loaders above, once each; removes itself when both are used."""

    def __init__(self) -> None:
        self.pending = {PARAGRAPH, PIL_IMAGE} - set(sys.modules)

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in self.pending:
            return None
        self.pending.discard(fullname)
        if not self.pending and self in sys.meta_path:
            sys.meta_path.remove(self)
        spec = _find_elsewhere(self, fullname, path, target)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        if fullname == PARAGRAPH:
            # importlib.abc stays unimported at run time: the loader has the methods an import uses
            spec.loader = cast("importlib.abc.Loader", _ParagraphLoader(spec.loader))
        else:
            spec.loader = importlib.util.LazyLoader(spec.loader)
        return spec


def _find_elsewhere(hook: _Finder, fullname: str, path: Any, target: Any) -> importlib.machinery.ModuleSpec | None:
    """The spec the other finders give (the regular path finder, or a frozen app's own)."""
    for finder in list(sys.meta_path):
        if finder is hook or not hasattr(finder, "find_spec"):
            continue
        spec = finder.find_spec(fullname, path, target)
        if spec is not None:
            return spec
    return None


def install() -> None:
    """Put the hook in place (once per process; nothing to do when both modules are loaded)."""
    if any(isinstance(finder, _Finder) for finder in sys.meta_path):
        return
    finder = _Finder()
    if finder.pending:
        sys.meta_path.insert(0, finder)
