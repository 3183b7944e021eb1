"""The project journal's vocabulary and arithmetic: entry kinds, hours, figures, the report's markup."""
