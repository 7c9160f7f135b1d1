"""StreamField content that wagtail-localize can read completely.

A ListBlock stored in the old "plain list" format (what code and JSON imports naturally
write, e.g. `{"events": [{"year": 2015, "event": "..."}]}`) is silently skipped by
wagtail-localize's segment extraction: timeline events, actors and sources would never
reach translators. The admin always saves the newer block format (items with ids), so
this only concerns pages and snippets written by code (demo content, imports).

`normalise_stream_fields` converts such values to the block format before saving; it is
connected to `pre_save` of every model with a StreamField by TranslationConfig.ready().
"""

from wagtail import blocks
from wagtail.fields import StreamField


def _has_plain_lists(block, raw):
    """Whether raw JSON data for `block` holds a ListBlock value in the old plain format."""
    if isinstance(block, blocks.ListBlock):
        if not isinstance(raw, list) or not raw:
            return False
        if not block._item_is_in_block_format(raw[0]):
            return True
        return any(_has_plain_lists(block.child_block, item.get("value")) for item in raw)
    if isinstance(block, blocks.StreamBlock):
        if not isinstance(raw, list):
            return False
        for item in raw:
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None and _has_plain_lists(child, item.get("value")):
                return True
        return False
    if isinstance(block, blocks.StructBlock):
        if not isinstance(raw, dict):
            return False
        return any(
            _has_plain_lists(child, raw.get(name)) for name, child in block.child_blocks.items()
        )
    return False


def stream_fields(model):
    return [field for field in model._meta.concrete_fields if isinstance(field, StreamField)]


def normalise_stream_fields(sender, instance, raw=False, **kwargs):
    """pre_save receiver: rewrite plain-list ListBlock values in the block format."""
    if raw:  # loading fixtures: store exactly what is given
        return
    for field in stream_fields(type(instance)):
        value = getattr(instance, field.attname)
        raw_data = list(value.raw_data) if hasattr(value, "raw_data") else None
        if not raw_data or not _has_plain_lists(field.stream_block, raw_data):
            continue
        converted = field.stream_block.to_python(raw_data)
        list(converted)  # convert every child from raw data, so it is re-serialised
        setattr(instance, field.attname, field.stream_block.get_prep_value(converted))
