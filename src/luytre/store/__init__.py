"""The expert registry: what is installed, which version is active, and where its files are."""
