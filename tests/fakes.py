"""Test doubles shared by the suite. Fakes record what was sent and replay scripted replies."""
