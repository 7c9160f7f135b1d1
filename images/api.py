"""The licence as API v2 shows it: code, name and the licence's own page."""

from rest_framework import serializers


class LicenceField(serializers.Field):
    """`{"code": "cc-by-4.0", "name": "CC BY 4.0", "url": "https://…"}`, or null."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, image):
        if not image.licence:
            return None
        return {
            "code": image.licence,
            "name": str(image.get_licence_display()),
            "url": image.licence_url or None,
        }
