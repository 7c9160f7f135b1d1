"""A machine translator that never leaves the machine, for tests and demonstrations.

Enable it with
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "translation.machine.PseudoTranslator"}

It marks every piece of text with the target language, e.g. "Cities" -> "[fr] Cities",
keeping HTML tags and the whitespace around the text as they are, so a tester sees at a
glance which strings went through machine translation. Deterministic: the same input
always gives the same output.
"""

from bs4 import BeautifulSoup, NavigableString
from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue


def pseudo_translate(text, language_code):
    stripped = text.strip()
    if not stripped:
        return text
    start = text.index(stripped)
    marker = f"[{language_code}] "
    return text[:start] + marker + stripped + text[start + len(stripped) :]


def pseudo_translate_html(html, language_code):
    if not html.strip():
        return html
    soup = BeautifulSoup(html, "html.parser")
    for node in list(soup.find_all(string=True)):
        if isinstance(node, NavigableString) and node.strip():
            node.replace_with(pseudo_translate(str(node), language_code))
    return str(soup)


class PseudoTranslator(BaseMachineTranslator):
    display_name = _("Pseudo-translator (testing only)")

    def translate(self, source_locale, target_locale, strings):
        code = target_locale.language_code
        return {string: StringValue(pseudo_translate_html(string.data, code)) for string in strings}

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code != target_locale.language_code
