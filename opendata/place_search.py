"""Admin JSON: places called so in a country, from the offline gazetteer.

The city form's location picker asks it when an editor types a place name ("Wuppertal")
instead of coordinates; it works without any outside geocoding service. Admin-only:
Wagtail's admin URLs require a logged-in user with admin access.
"""

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django_countries import countries

from .gazetteer import Gazetteer

MAX_RESULTS = 8
MAX_QUERY = 100

_gazetteer = Gazetteer()


@require_GET
def place_search(request):
    """?q=NAME&country=CC -> {"results": [{name, region, country, lat, lng, population}]}."""
    name = request.GET.get("q", "").strip()
    country = request.GET.get("country", "").strip().upper()
    if not name or len(name) > MAX_QUERY:
        return JsonResponse({"error": _("Type the name of a place.")}, status=400)
    if country not in dict(countries):
        return JsonResponse({"error": _("Choose the city's country first.")}, status=400)
    results = [
        {
            "name": place.name,
            "region": place.region,
            "country": place.country,
            "lat": round(place.lat, 6),
            "lng": round(place.lng, 6),
            "population": place.population,
        }
        for place, _main in _gazetteer.candidates(name, country)[:MAX_RESULTS]
    ]
    return JsonResponse({"results": results})
