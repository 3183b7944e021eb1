"""Reusable widgets and helpers: date field, flow layout, mnemonics, plain text, PDF preview, printing, tasks."""
