"""Pure domain logic: templates, validation, money, guides, scoring. No Qt, SQL or ReportLab."""
