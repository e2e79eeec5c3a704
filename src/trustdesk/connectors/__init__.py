"""Bridges to the outside: the moderated platform (connectors) and alert webhooks."""
