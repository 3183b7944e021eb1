"""Shared resources without Qt nor SQL: the vocabulary, Québec's regions, and the pure rules of
bookings and matching."""
