"""The Organizations section: our profile, our logo and the partner address book."""
