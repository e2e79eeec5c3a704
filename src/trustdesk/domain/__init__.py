"""Plain-Python core: entities, state machines and rules. No web, no SQL."""
