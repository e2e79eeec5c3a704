"""Use cases: one keyword-only function per thing a person does. Every entry point comes through here."""
