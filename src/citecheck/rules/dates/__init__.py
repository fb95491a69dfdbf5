"""Rules about dates."""
