"""Frontline plugin package: pure core, QGIS shell, GUI and headless entry points."""
