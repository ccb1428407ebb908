"""The node's HTTP API, one router per area; ``luytre.node.api.create_app`` mounts them."""
