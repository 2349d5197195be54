"""Frontline's windows, docks, menus and map tools."""
