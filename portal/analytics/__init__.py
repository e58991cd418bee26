"""What citizens search for: an anonymous log of searches and the results opened."""
