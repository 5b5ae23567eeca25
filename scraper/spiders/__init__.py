"""Spiders decide what to fetch next; they never extract or store."""
