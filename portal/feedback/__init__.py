"""Citizens' answers to "Is this page useful?" and their problem reports."""
