"""The knowledge-management domain: record classes, their parts and vocabularies."""
