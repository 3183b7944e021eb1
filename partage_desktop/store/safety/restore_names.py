"""Names a restore uses in the data folder (kept apart so that start-up can look for a restore
cut short without importing the zip machinery)."""

JOURNAL = ".partage-restauration.json"
STAGED_DB_PREFIX = ".restauration-"
STAGED_FILES_PREFIX = ".pieces-jointes-restauration-"
OLD_FILES_PREFIX = ".pieces-jointes-ancien-"
CHECK_PREFIX = ".verification-"
