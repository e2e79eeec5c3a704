"""HTTP API (FastAPI): routes parse, call a service, map errors. OpenAPI at /docs."""
