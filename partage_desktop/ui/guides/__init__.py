"""The Guides section: contents, search results, the article reader, printing and self-assessment dialogs."""
