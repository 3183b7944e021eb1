"""Settings: language, data folder (shown), backup folder. Apply is enabled only after a change."""

from __future__ import annotations

import sys
from dataclasses import replace

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from partage_desktop.platform.datadir import DataDir
from partage_desktop.platform.settings import Settings
from partage_desktop.services import changes
from partage_desktop.words.system_errors import reason as os_reason


class SettingsDialog(QDialog):
    def __init__(self, data: DataDir, settings: Settings, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings-dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.data = data
        self.settings = settings
        self.running_lang = lang
        form = QFormLayout(self)

        self.language = QComboBox()
        self.language.setObjectName("settings:language")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if settings.lang == "fr" else 1)
        self.language.setAccessibleName(self.tr("Language"))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)

        data_row = QHBoxLayout()
        self.data_path = QLineEdit(str(data.root))
        self.data_path.setObjectName("settings:data-dir")
        self.data_path.setReadOnly(True)
        self.data_path.setAccessibleName(self.tr("Data folder"))
        open_data = QPushButton(self.tr("&Open"))
        open_data.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data.root))))
        data_row.addWidget(self.data_path, 1)
        data_row.addWidget(open_data)
        data_label = QLabel(self.tr("Data folder:"))
        data_label.setBuddy(self.data_path)
        form.addRow(data_label, data_row)

        backup_row = QHBoxLayout()
        self.backup_dir = QLineEdit(settings.backup_dir or str(data.backups))
        self.backup_dir.setObjectName("settings:backup-dir")
        self.backup_dir.setAccessibleName(self.tr("Backup folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._choose_backup_dir)
        backup_row.addWidget(self.backup_dir, 1)
        backup_row.addWidget(browse)
        backup_label = QLabel(self.tr("&Backup folder:"))
        backup_label.setBuddy(self.backup_dir)
        form.addRow(backup_label, backup_row)
        hint = QLabel(self.tr("Tip: choose another drive or a USB key for backups, so that one "
                              "broken disk cannot take both your data and its copies."))
        hint.setWordWrap(True)
        form.addRow(hint)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        form.addRow(self.buttons)
        self.language.currentIndexChanged.connect(self._changed)
        self.backup_dir.textChanged.connect(self._changed)

    def _choose_backup_dir(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_dir.text())
        if chosen:
            self.backup_dir.setText(chosen)

    def _changed(self) -> None:
        self.apply_button.setEnabled(self._pending() != self.settings)

    def _pending(self) -> Settings:
        # Only what this dialog edits changes: every other setting (guide bookmarks, the last
        # export folder…) is kept as it is.
        backup = self.backup_dir.text().strip()
        return replace(self.settings, lang=self.language.currentData(),
                       backup_dir="" if backup == str(self.data.backups) else backup)

    def apply(self) -> bool:
        pending = self._pending()
        if self.data.settings_file.is_file():
            # Other settings may have changed on disk while the dialog was open (the guides save
            # their bookmarks as they change): keep them, change only what this dialog edits.
            pending = replace(Settings.load(self.data.settings_file), lang=pending.lang,
                              backup_dir=pending.backup_dir)
        try:
            pending.save(self.data.settings_file)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Settings"), self.tr(
                "The settings could not be saved (%1). Check that the data folder is writable, "
                "then try again.").replace("%1", os_reason(exc, self.running_lang)))
            return False
        changes.announce(self.data, changes.SETTINGS)
        language_changed = pending.lang != self.settings.lang
        self.settings = pending
        self.apply_button.setEnabled(False)
        if language_changed and pending.lang != self.running_lang:
            self._offer_restart()
        return True

    def accept(self) -> None:
        if self.apply_button.isEnabled() and not self.apply():
            return
        super().accept()

    def _offer_restart(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Language"),
            self.tr("The new language will be used the next time Partage starts. Restart now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.restart()

    def restart(self) -> None:
        arguments: list[str] = []
        skip = False
        for arg in sys.argv[1:]:  # keep --data-dir and the like, drop the old --lang
            if skip:
                skip = False
            elif arg == "--lang":
                skip = True
            elif not arg.startswith("--lang="):
                arguments.append(arg)
        if getattr(sys, "frozen", False):
            QProcess.startDetached(sys.executable, arguments)
        else:
            QProcess.startDetached(sys.executable, ["-m", "partage_desktop", *arguments])
        QApplication.quit()
