from django.apps import AppConfig


class ImagesConfig(AppConfig):
    """The site's image model: Wagtail's image with who made it and under what licence."""

    name = "images"
    verbose_name = "Images with credit and licence"
    default_auto_field = "django.db.models.BigAutoField"
