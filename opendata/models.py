"""A city import an editor confirmed in the admin: its file, and where the task has got to.

The admin answers at once and the import runs as a background task (opendata/tasks.py);
this row is what the editor's status page reads, so they can leave and come back. Each
confirmation has its own `token`, so confirming the same preview twice starts one import.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CityImport(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        CHECKING = "checking", _("Checking the rows")
        WRITING = "writing", _("Creating the cities")
        INDEXING = "indexing", _("Updating the search index")
        DONE = "done", _("Done")
        FAILED = "failed", _("Nothing was imported")

    FINISHED = (Status.DONE, Status.FAILED)

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    filename = models.CharField(max_length=255)
    text = models.TextField()
    update_existing = models.BooleanField(default=False)
    publish = models.BooleanField(default=True)
    # Unpublished cities are submitted to the review workflow (opendata/review.py).
    review = models.BooleanField(default=False)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED)
    # Progress of the current stage: rows checked, or pages indexed.
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    created_count = models.PositiveIntegerField(default=0)
    updated_count = models.PositiveIntegerField(default=0)
    alias_count = models.PositiveIntegerField(default=0)
    review_count = models.PositiveIntegerField(default=0)  # cities that entered review
    # Pages to index after the write (kept, so a retried task can finish the indexing).
    page_ids = models.JSONField(default=list, blank=True)
    messages = models.JSONField(default=list, blank=True)  # errors, or notes on the rows
    task_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("city import")

    def __str__(self):
        return f"{self.filename} ({self.get_status_display()})"

    @property
    def finished(self):
        return self.status in self.FINISHED

    @property
    def percent_done(self):
        return min(100, round(100 * self.done / self.total)) if self.total else 0
