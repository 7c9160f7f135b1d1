"""Pausing modelsearch's per-save indexing while the demo is loaded."""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch import index as search_index
from modelsearch import signal_handlers as search_signals


@contextmanager
def search_index_updates_paused():
    """Disconnect modelsearch's per-save indexing for the duration of a bulk load.

    Written against modelsearch 1.3.2 (wagtail 8.0.1), which offers no supported switch for
    this: its only setting, a search backend's AUTO_UPDATE, is global and still runs the
    handler (a query per save). The handler is modelsearch's public
    `signal_handlers.post_save_signal_handler`, connected per indexed model as modelsearch's
    `register_signal_handlers` does. The caller rebuilds the index afterwards.
    """
    models = [
        m for m in search_index.get_indexed_models() if getattr(m, "search_auto_update", True)
    ]
    for model in models:
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(search_signals.post_save_signal_handler, sender=model)
