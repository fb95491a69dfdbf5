"""Rules about duplicates."""
