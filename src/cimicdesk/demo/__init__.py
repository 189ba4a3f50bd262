"""Made-up training data: a realistic mission for a training database (a client of store)."""
