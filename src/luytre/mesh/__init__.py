"""Federation: nodes of different organizations trust each other explicitly, exchange signed
catalogs of the experts they offer, and forward questions under each node's own policy."""
