"""Shared resources: our inventory and its categories, bookings and loans, our needs, offers sheets
and the network board, suggested matches, and their ties to agreements, the journal and indicators."""
