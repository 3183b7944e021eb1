"""The guide library, its search, printing articles and self-assessment records."""
