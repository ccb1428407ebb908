"""Vietnamese-first text handling shared by the router and text experts."""

from luytre.text.normalize import fold, normalize, tokens

__all__ = ["fold", "normalize", "tokens"]
