"""Retrieval experts: an organization's documents answer questions, with citations."""
