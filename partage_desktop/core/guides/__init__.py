"""The guide library's content model: articles, their Markdown subset, the self-assessment tools."""
