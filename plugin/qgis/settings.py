"""Frontline's settings under one prefix in QgsSettings (what the analyst prefers everywhere), and the
state of one analysis in the project file (what this briefing was made from), so a saved project
reopens exactly as it was."""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

from qgis.core import QgsProject, QgsSettings

PREFIX = "frontline"
PROJECT_SCOPE = "frontline"

LANGUAGES = ("auto", "de", "en")
# what an article without a date of its own is dated by
DATE_POLICIES = ("batch", "file", "none")  # the batch date, the file's date, none (left undated)
LABELS = ("reporting", "de", "en", "gazetteer")  # place labels: as the reports spell them, German or
# English names, or the gazetteer's name


@dataclass
class Preferences:
    language: str = "auto"
    date_policy: str = "batch"
    output_folder: str = ""
    gazetteers: List[str] = field(default_factory=list)
    builtin_gazetteer: bool = True
    side_colours: Dict[str, str] = field(default_factory=dict)
    labels: str = "reporting"
    author: str = ""

    def analyst(self) -> str:
        """Who corrections are signed by: the name set in the options, else the login name."""
        if self.author:
            return self.author
        try:
            return getpass.getuser()
        except (KeyError, OSError):  # no login name (a container without a passwd entry)
            return "analyst"


def _key(name: str) -> str:
    return f"{PREFIX}/{name}"


def read() -> Preferences:
    settings = QgsSettings()
    colours = settings.value(_key("side_colours"), "{}", type=str) or "{}"
    try:
        side_colours = {str(k): str(v) for k, v in json.loads(colours).items()}
    except (ValueError, AttributeError):
        side_colours = {}
    gazetteers = settings.value(_key("gazetteers"), "[]", type=str) or "[]"
    try:
        files = [str(p) for p in json.loads(gazetteers)]
    except (ValueError, TypeError):
        files = []
    prefs = Preferences(
        language=settings.value(_key("language"), "auto", type=str),
        date_policy=settings.value(_key("date_policy"), "batch", type=str),
        output_folder=settings.value(_key("output_folder"), "", type=str),
        gazetteers=files,
        builtin_gazetteer=settings.value(_key("builtin_gazetteer"), True, type=bool),
        side_colours=side_colours,
        labels=settings.value(_key("labels"), "reporting", type=str),
        author=settings.value(_key("author"), "", type=str),
    )
    if prefs.language not in LANGUAGES:
        prefs.language = "auto"
    if prefs.date_policy not in DATE_POLICIES:
        prefs.date_policy = "batch"
    if prefs.labels not in LABELS:  # also the gazetteer/article choice of earlier versions
        prefs.labels = "reporting"
    return prefs


def write(prefs: Preferences) -> None:
    settings = QgsSettings()
    settings.setValue(_key("language"), prefs.language)
    settings.setValue(_key("date_policy"), prefs.date_policy)
    settings.setValue(_key("output_folder"), prefs.output_folder)
    settings.setValue(_key("gazetteers"), json.dumps(prefs.gazetteers))
    settings.setValue(_key("builtin_gazetteer"), prefs.builtin_gazetteer)
    settings.setValue(_key("side_colours"), json.dumps(prefs.side_colours, sort_keys=True))
    settings.setValue(_key("labels"), prefs.labels)
    settings.setValue(_key("author"), prefs.author)


def side_colour(key: Optional[str], default: str) -> str:
    """A side's map colour: the analyst's choice in the options, else data/sides.json's."""
    if not key:
        return default
    return read().side_colours.get(key, default)


@dataclass
class AnalysisState:
    """One analysis as the project remembers it."""

    folder: str = ""
    articles: List[str] = field(default_factory=list)
    batch_date: str = ""
    language: str = "auto"
    gazetteers: List[str] = field(default_factory=list)


def read_state(project: QgsProject) -> AnalysisState:
    def entry(name: str) -> str:
        value, found = project.readEntry(PROJECT_SCOPE, name, "")
        return value if found else ""

    def entries(name: str) -> List[str]:
        value, found = project.readListEntry(PROJECT_SCOPE, name, [])
        return list(value) if found else []

    return AnalysisState(
        folder=_absolute(project, entry("folder")),
        articles=[_absolute(project, p) for p in entries("articles")],
        batch_date=entry("batch_date"),
        language=entry("language") or "auto",
        gazetteers=[_absolute(project, p) for p in entries("gazetteers")],
    )


def write_state(project: QgsProject, state: AnalysisState) -> None:
    """Paths are stored relative to the project file, like QGIS stores its layers' paths."""
    project.writeEntry(PROJECT_SCOPE, "folder", _relative(project, state.folder))
    project.writeEntry(PROJECT_SCOPE, "articles", [_relative(project, p) for p in state.articles])
    project.writeEntry(PROJECT_SCOPE, "batch_date", state.batch_date)
    project.writeEntry(PROJECT_SCOPE, "language", state.language)
    project.writeEntry(PROJECT_SCOPE, "gazetteers", [_relative(project, p) for p in state.gazetteers])


def _relative(project: QgsProject, path: str) -> str:
    return project.pathResolver().writePath(path) if path else ""


def _absolute(project: QgsProject, path: str) -> str:
    return project.pathResolver().readPath(path) if path else ""


def default_folder(project: QgsProject) -> str:
    """Where a run writes when the analyst chose nothing: the options' folder, else a folder
    beside the project file (its home), never a temporary folder."""
    prefs = read()
    if prefs.output_folder:
        return prefs.output_folder
    home = project.homePath()
    if home:
        return str(Path(home) / "frontline")
    return ""
