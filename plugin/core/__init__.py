"""Pure-Python core of Frontline: reads text and reasons about places and time.

Nothing in this package imports QGIS or Qt (tests/unit/test_code_layout.py enforces it), so it
runs and is tested in any Python.
"""
