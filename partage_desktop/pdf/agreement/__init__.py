"""Agreement PDFs: the agreement itself, amendments and board resolution extracts."""
