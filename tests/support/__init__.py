"""Test helpers shared by the suite: a throwaway PostgreSQL cluster and Debian's Chromium."""
