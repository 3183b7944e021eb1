"""The Resources section: our inventory, the calendar of bookings and loans, our needs, the
network board and suggested matches."""
