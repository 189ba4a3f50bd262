"""The keys of the sitrep's annexes, in print order: light enough for the command line."""

ANNEXES = ("meetings", "qips", "incidents")
