"""Our organization's profile, its logo and the partner address book."""
