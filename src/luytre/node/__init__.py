"""The node: the request pipeline, the HTTP API and the server."""
