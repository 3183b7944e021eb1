"""The demo sample: creating it and taking it away."""
