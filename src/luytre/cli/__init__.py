"""The ``luytre`` command line (Typer)."""
