"""Template tags that tell readers what is in which language (see core.coverage).

Text shown in another language than the one around it carries its own `lang`, and text
still in English under another language carries a visible mark ("In English"), in the
reader's language. Lists call `core.coverage.language_states` on their items first, so
these tags run no query per card.
"""

from django import template
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from wagtail.models import Page

from ..cache import cached_per_language
from ..coverage import PARTLY, language_state

register = template.Library()


def _reading_language():
    return translation.get_language() or ""


def _surrounding_language(context):
    """The language of the page's main text: English on a page that is not translated."""
    page = context.get("page")
    if isinstance(page, Page):
        return language_state(page).text_language
    return _reading_language()


def _text_language(obj, path):
    """(language, whole) of `obj`'s text at `path` (or of all its text)."""
    state = language_state(obj)
    if path:
        return state.part_language(path)
    return state.text_language, True


def _mark(text):
    return format_html(
        '<span class="lang-mark" lang="{}">{}</span>', _reading_language(), text
    )


@register.simple_tag
def page_language_state(page):
    """The LanguageState of the page being shown (None outside Wagtail pages); cached per
    content version, since every page asks."""
    if not isinstance(page, Page):
        return None
    if not hasattr(page, "language_state"):
        page.language_state = _page_state(page.pk, page=page)
    return page.language_state


@cached_per_language("page_language_state")
def _page_state(page_id, *, page):
    return language_state(page)


@register.simple_tag(takes_context=True)
def lang(context, obj, *path, within=None):
    """` lang="en"` where `obj`'s text (or its part `path`) is in another language than
    the text around it (the page's main text, or `within`); nothing otherwise."""
    if obj is None:
        return ""
    language, _whole = _text_language(obj, ".".join(str(p) for p in path))
    if language == (within or _surrounding_language(context)):
        return ""
    return format_html(' lang="{}"', language)


@register.simple_tag
def source_mark(obj, *path):
    """The visible "In English" mark for `obj`, or for its part `path` on a page that is
    partly translated ("Partly in English" where only some of that part is)."""
    if obj is None:
        return ""
    state = language_state(obj)
    reading = _reading_language()
    if not path:
        return _mark(gettext("In English")) if state.text_language != reading else ""
    if state.status != PARTLY:
        return ""
    language, whole = state.part_language(".".join(str(p) for p in path))
    if language != reading:
        return _mark(gettext("In English"))
    return "" if whole else _mark(gettext("Partly in English"))


@register.simple_tag(takes_context=True)
def include_part(context, obj, field_name, block):
    """`{% include_block block %}` for a block of `obj`'s StreamField `field_name`,
    wrapped with its `lang` and mark where that block is not in the page's language."""
    html = block.render_as_block(context=context.flatten())
    attribute = lang(context, obj, field_name, block.id)
    mark = source_mark(obj, field_name, block.id)
    if not attribute and not mark:
        return html
    return format_html('<div class="lang-part"{}>{}{}</div>', attribute, mark, mark_safe(html))
