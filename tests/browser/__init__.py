"""Helpers for the site tests: building a site without the sync engine, and headless Chromium."""
