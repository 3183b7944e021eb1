"""Partage: offline toolkit for Québec non-profits that share resources."""

__version__ = "0.1.0"
