"""CIMIC Desk: an offline civil-military coordination desk for peace operations."""

__version__ = "0.1.0"
