"""Rules about urls."""
