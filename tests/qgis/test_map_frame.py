"""The map frames the campaign: its arrows and the places that changed hands, not a town misread
on another continent."""

from __future__ import annotations

from frontline.plugin.qgis.build import _in_theatre


def test_a_place_far_outside_the_theatre_does_not_zoom_the_map_out():
    kharkiv_front = [
        "POINT (36.86 49.46)",
        "POINT (37.25 49.21)",
        "POINT (37.62 49.71)",
        "POINT (37.80 48.99)",
    ]
    misread = "POINT (-93.48 37.15)"  # a town named Republic, Missouri
    assert _in_theatre([*kharkiv_front, misread]) == kharkiv_front


def test_the_whole_front_stays_in_the_frame():
    # Balakliia to Lyman is 110 km: all of it is the theatre
    front = ["POINT (36.86 49.46)", "LINESTRING (36.86 49.46, 37.25 49.21)", "POINT (37.80 48.99)"]
    assert _in_theatre(front) == front
