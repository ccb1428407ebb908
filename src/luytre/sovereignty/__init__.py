"""Sovereignty: what personal data a request carries, what policy allows, and a
processing log nobody can rewrite unnoticed (Law 91/2025, Decree 13/2023)."""
