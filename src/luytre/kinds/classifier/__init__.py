"""The ``classifier`` expert kind: a calibrated Vietnamese text classifier whose
labels carry answers, with optional keyword rules that override the model for
cases that must never be missed (e.g. medical red flags)."""
