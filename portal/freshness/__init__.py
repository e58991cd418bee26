"""When staff last confirmed that a procedure's content is correct."""
