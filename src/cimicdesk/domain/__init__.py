"""Domain model: records, enumerations and rules, with no Qt and no SQL."""
