"""Bare Django: the yardstick every benchmark row is divided by (see bench/README.md)."""
