"""Graphs per phase, metrics, 3C shares, pattern warnings and prompts (pure, no Qt)."""
