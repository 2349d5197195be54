"""How a Frontline layer reads in QGIS: its name and field names in the interface's language,
what Identify and the attribute form show (the article's title, outlet and date, the whole quote,
who corrected what; not the hash or the technical fields), a map tip with the quote and the
mention marked, an action that opens the article, and a relation from each feature to its
article. All of it is stored with the layer, so the saved project shows it without the plugin."""

from __future__ import annotations

from typing import Dict, Mapping

from qgis.core import (
    QgsAction,
    QgsEditorWidgetSetup,
    QgsProject,
    QgsRelation,
    QgsVectorLayer,
)

from .i18n import tr

# the record's tables and helpers
FEATURE_LAYERS = ("places", "events", "advances", "control")
HIDDEN_FIELDS = (
    "t_start_day", "shown_until", "vertex_times", "reached_vertex", "grow_from", "grow_until",
    "primary", "span_start", "span_end", "item_key", "quote_html", "article_path", "article_url",
    "sentence", "role", "reached_km", "estimate_note", "events", "place_id",
)  # fmt: skip


def layer_title(name: str) -> str:
    """The layer's name in the layer tree and legend, in the interface's language."""
    titles = {
        "events": tr("events"),
        "places": tr("places"),
        "advances": tr("advances"),
        "control": tr("control"),
        "fronts": tr("derived front (from control changes)"),
        "articles": tr("articles"),
        "rivers": tr("rivers"),
        "countries": tr("countries"),
        "frame_clock": tr("date stamp"),
        "frames": tr("frames"),
    }
    return titles.get(name, name)


def field_aliases() -> Dict[str, str]:
    return {
        "name": tr("name"),
        "mention": tr("as written"),
        "label": tr("map label"),
        "label_de": tr("German name"),
        "label_en": tr("English name"),
        "gazetteer_id": tr("gazetteer id"),
        "kind": tr("kind"),
        "country": tr("country"),
        "confidence": tr("confidence"),
        "first_seen": tr("first seen"),
        "last_seen": tr("last seen"),
        "drawn_at": tr("drawn at"),
        "event_id": tr("event"),
        "type": tr("type"),
        "trigger": tr("trigger word"),
        "actors": tr("actors"),
        "place": tr("place"),
        "t_start": tr("from"),
        "t_end": tr("until"),
        "precision": tr("date precision"),
        "certainty": tr("certainty"),
        "negated": tr("negated"),
        "past": tr("earlier history"),
        "advance_id": tr("advance"),
        "route": tr("route"),
        "t_start_estimated": tr("start estimated"),
        "follows": tr("follows"),
        "length_km": tr("length (km)"),
        "objective": tr("objective"),
        "unreached": tr("objective not reached"),
        "side": tr("side"),
        "side_label": tr("side (label)"),
        "found": tr("how it was found"),
        "movement": tr("movement"),
        "control_id": tr("control period"),
        "change": tr("change"),
        "left_by": tr("left by"),
        "valid_from": tr("valid from"),
        "valid_to": tr("valid until"),
        "side_note": tr("how the side was worked out"),
        "article": tr("article"),
        "article_title": tr("article title"),
        "quote": tr("quote"),
        "flags": tr("flags"),
        "outlet": tr("outlet"),
        "published": tr("published"),
        "review": tr("review"),
        "corrected": tr("corrected"),
        "corrected_by": tr("corrected by"),
        "corrected_at": tr("corrected on"),
        "title": tr("title"),
        "source": tr("outlet"),
        "url": tr("address"),
        "path": tr("file"),
        "language": tr("language"),
        "front_id": tr("front"),
        "places": tr("places"),
        "method": tr("method"),
    }


def type_words() -> Dict[str, str]:
    """The kinds of event in the interface's language."""
    return {
        "capture": tr("capture"),
        "recapture": tr("recapture"),
        "advance": tr("advance"),
        "arrival": tr("arrival"),
        "crossing": tr("crossing"),
        "attack": tr("attack"),
        "airstrike": tr("airstrike"),
        "suicide_attack": tr("suicide attack"),
        "withdrawal": tr("withdrawal"),
        "consolidation": tr("consolidation"),
        "presence": tr("presence"),
        "announcement": tr("announcement"),
    }


def certainty_words() -> Dict[str, str]:
    return {
        "confirmed": tr("confirmed"),
        "claimed": tr("claimed"),
        "rumoured": tr("rumoured"),
        "intended": tr("intended"),
    }


def kind_words() -> Dict[str, str]:
    """The kinds of place of the gazetteer in the interface's language."""
    return {
        "country": tr("country"),
        "continent": tr("continent"),
        "admin1": tr("province"),
        "admin2": tr("district"),
        "city": tr("city"),
        "town": tr("town"),
        "village": tr("village"),
        "river": tr("river"),
        "sea": tr("sea"),
        "lake": tr("lake"),
        "region": tr("region"),
        "island": tr("island"),
        "mountain": tr("mountain"),
        "airbase": tr("air base"),
        "crossing": tr("border crossing"),
        "place": tr("place"),
        "locality": tr("locality"),
    }


def words_expression(field: str, words: Mapping[str, str]) -> str:
    """An expression that shows a field's code in the interface's words (the value stays the code)."""
    pairs = ", ".join(f"'{k}', '{v.replace(chr(39), chr(39) * 2)}'" for k, v in words.items())
    return f'coalesce(map_get(map({pairs}), "{field}"), "{field}")'


def correction_words() -> Dict[str, str]:
    """The action words of a correction (corrections.model.describe) in the interface's language."""
    return {
        "accept": tr("accepted"),
        "reject": tr("rejected"),
        "place": tr("placed"),
        "move": tr("moved"),
        "date": tr("date"),
        "certainty": tr("certainty"),
        "actors": tr("actors"),
        "side": tr("side"),
        "type": tr("type"),
        "add": tr("added"),
        "join": tr("joined"),
        "split": tr("split"),
    }


def _map_tip(name: str) -> str:
    date = tr("d MMMM yyyy")
    source = (
        '<div style=\'color:#555;font-size:small\'>[% "article_title" %] — [% "outlet" %], '
        f"[% format_date(\"published\", '{date}') %]</div>"
    )
    quote = "<div style='margin:4px 0'>„[% \"quote_html\" %]“</div>"
    corrected = (
        '[% CASE WHEN "corrected" IS NOT NULL THEN \'<div style="color:#b71c1c;font-size:small">\' || '
        f"'{tr('corrected')}: ' || \"corrected\" || ' (' || coalesce(\"corrected_by\", '') || ', ' || "
        f"coalesce(format_date(\"corrected_at\", '{date}'), '') || ')</div>' END %]"
    )
    kind = words_expression("type", type_words())
    sure = words_expression("certainty", certainty_words())
    place_kind = words_expression("kind", kind_words())
    heads = {
        "events": f"<b>[% {kind} %] [% coalesce(\"place\", '') %]</b> · "
        f"[% format_date(\"t_start\", '{date}') %] · [% {sure} %]",
        "places": f'<b>[% "name" %]</b> ([% "mention" %]) · [% {place_kind} %]',
        "advances": f'<b>[% "route" %]</b> · [% format_date("t_start", \'{date}\') %] – '
        f"[% format_date(\"t_end\", '{date}') %] · [% {sure} %]",
        "control": f'<b>[% "name" %]</b> · [% "side_label" %] · [% format_date("valid_from", \'{date}\') %]',
    }
    return f"<div style='max-width:420px'>{heads[name]}{quote}{source}{corrected}</div>"


def _display(name: str) -> str:
    kind = words_expression("type", type_words())
    return {
        "events": f"{kind} || ' ' || coalesce(\"place\", '') || ' — ' || coalesce(\"article_title\", '')",
        "places": "\"name\" || ' (' || coalesce(\"mention\", '') || ') — ' || coalesce(\"article_title\", '')",
        "advances": 'coalesce("route", "advance_id") || \' — \' || coalesce("article_title", \'\')',
        "control": "coalesce(\"name\", '') || ': ' || coalesce(\"side_label\", '')",
        "articles": (
            "coalesce(\"title\", \"path\") || ' — ' || coalesce(\"source\", '') || ', ' || "
            f"coalesce(format_date(\"published\", '{tr('d MMMM yyyy')}'), '')"
        ),
    }.get(name, "")


OPEN_ARTICLE = "open-article"


def set_up_layer(layer: QgsVectorLayer, name: str) -> None:
    """Aliases, hidden technical fields, a multi-line quote, the display expression, the map tip
    and the "Open the article" action of one of our layers."""
    fields = layer.fields()
    aliases = field_aliases()
    for index, field in enumerate(fields):
        alias = aliases.get(field.name())
        if alias:
            layer.setFieldAlias(index, alias)
        if field.name() in HIDDEN_FIELDS:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("Hidden", {}))
        elif field.isDateOrTime():
            # a day, as the map's date stamp writes it (the record's dates are days); the moment of
            # a correction with its time
            shown = tr("d MMMM yyyy") + (" HH:mm" if field.name() == "corrected_at" else "")
            layer.setEditorWidgetSetup(
                index,
                QgsEditorWidgetSetup(
                    "DateTime",
                    {
                        "display_format": shown,
                        "calendar_popup": True,
                        "allow_null": True,
                        "field_iso_format": False,
                    },
                ),
            )
        elif field.name() == "quote":
            layer.setEditorWidgetSetup(
                index, QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False})
            )
    review = {
        "accepted": tr("accepted"),
        "corrected": tr("corrected"),
        "rejected": tr("rejected"),
        "added": tr("added"),
    }
    for field_name, words in (
        ("type", type_words()),
        ("certainty", certainty_words()),
        ("kind", kind_words()),
        ("review", review),
    ):
        index = fields.indexOf(field_name)
        if index >= 0 and name in FEATURE_LAYERS:
            # the code stays in the data (styles and filters use it); forms show the word
            layer.setEditorWidgetSetup(
                index,
                QgsEditorWidgetSetup("ValueMap", {"map": [{word: code} for code, word in words.items()]}),
            )
    display = _display(name)
    if display:
        layer.setDisplayExpression(display)
    if name in FEATURE_LAYERS:
        layer.setMapTipTemplate(_map_tip(name))
        _open_action(layer)


def _open_action(layer: QgsVectorLayer) -> None:
    manager = layer.actions()
    for action in manager.actions():
        if action.shortTitle() == OPEN_ARTICLE or action.name() == tr("Open the article"):
            manager.removeAction(action.id())
    url = '[% coalesce("article_url", \'file://\' || "article_path") %]'
    action = QgsAction(
        QgsAction.ActionType.OpenUrl,
        tr("Open the article"),
        url,
        "",
        False,
        OPEN_ARTICLE,
        {"Feature", "Canvas"},
    )
    manager.addAction(action)


def set_up_relations(project: QgsProject, layers: Mapping[str, QgsVectorLayer]) -> None:
    """Each place and event to its article: the form shows the article's title, outlet and date
    where the id was, and opens the article's row."""
    articles = layers.get("articles")
    if articles is None:
        return
    manager = project.relationManager()
    for name in ("places", "events"):
        layer = layers.get(name)
        if layer is None:
            continue
        relation_id = f"frontline_{name}_article_{layer.id()}"
        if manager.relation(relation_id).isValid():
            continue
        relation = QgsRelation()
        relation.setId(relation_id)
        relation.setName(tr("{} of the article", layer_title(name)))
        relation.setReferencingLayer(layer.id())
        relation.setReferencedLayer(articles.id())
        relation.addFieldPair("article", "article_id")
        if not relation.isValid():
            continue
        manager.addRelation(relation)
        index = layer.fields().indexOf("article")
        if index >= 0:
            layer.setEditorWidgetSetup(
                index,
                QgsEditorWidgetSetup(
                    "RelationReference",
                    {
                        "Relation": relation_id,
                        "ShowForm": False,
                        "AllowNULL": True,
                        "ReadOnly": True,
                        "MapIdentification": False,
                    },
                ),
            )
