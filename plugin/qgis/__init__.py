"""QGIS side of Frontline: turns core results into layers, styles, tasks and exports."""
