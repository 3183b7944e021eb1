"""Guide articles printed as a PDF booklet, with their diagrams."""
