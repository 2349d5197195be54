"""Forwards the core's standard-library log records to the QGIS message log panel."""

from __future__ import annotations

import logging

from qgis.core import Qgis, QgsMessageLog

TAG = "Frontline"
LOGGER_NAME = __name__.rsplit(".", 2)[0]  # the package that holds core, qgis and gui


class MessageLogHandler(logging.Handler):
    """A logging handler whose records appear under the Frontline tab of the log panel."""

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR:
            level = Qgis.MessageLevel.Critical
        elif record.levelno >= logging.WARNING:
            level = Qgis.MessageLevel.Warning
        else:
            level = Qgis.MessageLevel.Info
        try:
            QgsMessageLog.logMessage(self.format(record), TAG, level)
        except Exception:  # logging must never raise into the caller
            self.handleError(record)


def attach() -> MessageLogHandler:
    """Route the plugin's loggers to the message log until detach() is called."""
    handler = MessageLogHandler()
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    logger = logging.getLogger(LOGGER_NAME)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.INFO)
    return handler


def detach(handler: MessageLogHandler) -> None:
    logging.getLogger(LOGGER_NAME).removeHandler(handler)
