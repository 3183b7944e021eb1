"""Machine-facing helpers shared by every layer: atomic writes, the data folder, the folder lock, logging,
environment errors, settings file, bundled resources and the installed app's set-up. No Qt widgets, no SQL."""
