"""Routing: pick the installed expert that should answer a question, or abstain."""
