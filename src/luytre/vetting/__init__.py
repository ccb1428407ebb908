"""Vetting: publisher keys, signed packages, a node's trust store and the admission gate."""
