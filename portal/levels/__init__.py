"""Online-service levels: history, the current level rule, statistics."""
