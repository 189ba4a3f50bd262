"""Small reusable widgets: undo bar, filter chip, optional date-time."""
