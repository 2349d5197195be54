"""QGIS entry point of the Frontline plugin.

classFactory never raises: when a Python package the plugin needs is missing or too old, QGIS
gets a small stub plugin that shows the command to install it, and start-up goes on.
"""


def classFactory(iface):  # noqa: N802 - name required by QGIS
    import traceback

    try:
        from .plugin.dependencies import find_problems

        problems = find_problems()
    except Exception as error:  # a broken requirements file must not break QGIS start-up
        from .plugin.gui.stub import BrokenPlugin

        return BrokenPlugin(iface, f"{type(error).__name__}: {error}", traceback.format_exc())
    if problems:
        from .plugin.gui.stub import MissingDependenciesPlugin

        return MissingDependenciesPlugin(iface, problems)
    try:
        from .plugin.main import FrontlinePlugin

        return FrontlinePlugin(iface)
    except Exception as error:
        from .plugin.gui.stub import BrokenPlugin

        return BrokenPlugin(iface, f"{type(error).__name__}: {error}", traceback.format_exc())
