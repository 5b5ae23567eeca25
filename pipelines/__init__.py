"""Item pipelines: raw pages -> extracted -> cleaned -> stored (extract -> clean -> store)."""
