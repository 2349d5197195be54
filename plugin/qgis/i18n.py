"""Translation of user-visible text, the way pylupdate5 finds it.

pylupdate5 files every bare ``tr("…")`` call under the ``@default`` context, so the helper
translates in exactly that context. Never call tr() at import time: the translator is installed
in the plugin's constructor, after the modules are imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"


def tr(text: str, *args: object) -> str:
    """Translate text in the @default context; `{}` fields are filled from args afterwards."""
    translated = QCoreApplication.translate("@default", text)
    return translated.format(*args) if args else translated


def user_language() -> str:
    """Two-letter language of the QGIS user interface (its override setting, else the system)."""
    settings = QgsSettings()
    locale = ""
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "", type=str)
    return (locale or QLocale().name())[0:2]


def install_translator(language: Optional[str] = None) -> Optional[QTranslator]:
    """Load i18n/frontline_<language>.qm into the application; None when there is none."""
    language = language or user_language()
    path = I18N_DIR / f"frontline_{language}.qm"
    if not path.is_file():
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: Optional[QTranslator]) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
