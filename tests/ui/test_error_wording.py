"""The window words a service's coded error once, in the user's language (ui.app.errors)."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtWidgets import QWidget

from partage_desktop.platform.errors import DataUnusableError, Message, UserInputError
from partage_desktop.ui.app import errors
from partage_desktop.words import t, tn
from partage_desktop.words.system_errors import reason_message


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_explain_failure_words_coded_errors_in_the_users_language(qtbot, monkeypatch, lang):
    shown: list[str] = []
    monkeypatch.setattr(errors.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    denied = OSError(errno.EACCES, "Permission denied")
    errors.explain_failure(parent, DataUnusableError(Message.of("file_unreadable", path="a.json",
                                                                detail=reason_message(denied))), lang, "x")
    errors.explain_failure(parent, UserInputError([Message.plural("problems_header", 2), "  - one",
                                                   Message.of("out_exists", path="b.pdf")]), lang, "x")
    assert shown == [t("file_unreadable", lang, path="a.json", detail=t("os_denied", lang)),
                     "\n".join([tn("problems_header", 2, lang), "  - one", t("out_exists", lang, path="b.pdf")])]
    assert not any("file_unreadable" in text or "Permission denied" in text for text in shown)
