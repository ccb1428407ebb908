"""Expert packages: the manifest, safe artifact formats, archives and the kinds interface."""
