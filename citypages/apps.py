from django.apps import AppConfig


class CitypagesConfig(AppConfig):
    name = "citypages"
    verbose_name = "Cities, approaches and networks"
