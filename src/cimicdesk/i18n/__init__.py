"""Texts below the window, translated by key: messages with parameters and their catalogue."""
