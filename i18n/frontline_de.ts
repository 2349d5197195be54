<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/gui/about.py" line="21"/>
        <source>About Frontline</source>
        <translation>Über Frontline</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="30"/>
        <source>Front-line and timeline analysis from news reporting: places and dates found in articles become sourced, time-stamped map layers of advances that play back on the temporal controller.</source>
        <translation>Frontverlaufs- und Zeitachsenanalyse aus Nachrichtentexten: Orte und Daten aus Artikeln werden zu belegten, zeitgestempelten Kartenlayern von Vorstößen, die sich mit der Zeitsteuerung abspielen lassen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="30"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="30"/>
        <source>Place names and coordinates: GeoNames (geonames.org), licence CC BY 4.0.</source>
        <translation>Ortsnamen und Koordinaten: GeoNames (geonames.org), Lizenz CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="35"/>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <location filename="../plugin/gui/stub.py" line="71"/>
        <source>Install packages Frontline needs…</source>
        <translation>Von Frontline benötigte Pakete installieren…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/stub.py" line="75"/>
        <source>Frontline cannot start: {}. Install with: {}</source>
        <translation>Frontline kann nicht starten: {}. Installation mit: {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/stub.py" line="78"/>
        <source>Run this command in a terminal, then restart QGIS (it is also on the clipboard):</source>
        <translation>Führen Sie diesen Befehl in einem Terminal aus und starten Sie QGIS danach neu (er liegt auch in der Zwischenablage):</translation>
    </message>
    <message>
        <location filename="../plugin/gui/stub.py" line="95"/>
        <source>Why Frontline did not start…</source>
        <translation>Warum Frontline nicht gestartet ist…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/stub.py" line="98"/>
        <source>Frontline failed to start: {}</source>
        <translation>Frontline konnte nicht gestartet werden: {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/stub.py" line="101"/>
        <source>Please report this with the text below:</source>
        <translation>Bitte melden Sie dies mit dem folgenden Text:</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="33"/>
        <source>&amp;Frontline</source>
        <translation>&amp;Frontline</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="38"/>
        <source>About Frontline…</source>
        <translation>Über Frontline…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="40"/>
        <source>Version, data sources and credits of the Frontline plugin</source>
        <translation>Version, Datenquellen und Danksagungen des Frontline-Plugins</translation>
    </message>
</context>
</TS>
