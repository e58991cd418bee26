"""Users, roles and password handling."""
