"""Rules about titles."""
