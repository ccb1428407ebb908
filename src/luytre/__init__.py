"""luytre: a sovereign network of small, specialized expert AIs.

Data flows one way through a node: request -> sovereignty scan -> router ->
policy -> expert (local or peer) -> audit -> response. See ``luytre.node.service``.
"""

__version__ = "0.1.0"
