"""Rules about outlets."""
