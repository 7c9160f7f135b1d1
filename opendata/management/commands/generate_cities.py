"""manage.py generate_cities --count N --seed S [--aliases] [--clear]

Synthetic cities for benchmarks only: marked `is_synthetic`, titled "Synthetic …", never
loaded by the demo. The same seed on the same database gives the same cities. Pages are
written in bulk (a handful of INSERTs per thousand cities) rather than one tree insert
each, so 1,000 cities take about a second; they are live, linked to 0–3 existing English
networks, and with `--aliases` get an alias in every other language.
Search and reference indexes are not updated for them; planner statistics are.
"""

import random
import uuid

from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from citypages.models import (
    ApproachPage,
    ApproachPolicyArea,
    CityIndexPage,
    CityNetworkMembership,
    CityPage,
    NetworkPage,
    PolicyArea,
)
from core.cache import bump_content_version
from core.geo import format_point
from core.tree import parent_path
from opendata.bulk import bulk_add_aliases, bulk_add_children, refresh_statistics

# Countries and rough bounding boxes (lat min, lat max, lng min, lng max) in Europe.
COUNTRIES = {
    "AT": (46.5, 48.9, 9.6, 17.1),
    "BE": (49.6, 51.4, 2.6, 6.3),
    "CH": (45.9, 47.7, 6.0, 10.4),
    "DE": (47.4, 54.9, 6.0, 15.0),
    "ES": (36.1, 43.7, -9.2, 3.2),
    "FR": (43.0, 50.9, -4.5, 7.5),
    "GR": (35.0, 41.7, 20.0, 26.5),
    "IT": (37.0, 46.9, 7.0, 18.4),
    "NL": (50.8, 53.5, 3.4, 7.1),
    "PL": (49.1, 54.8, 14.2, 24.1),
}
SYLLABLES = ["ber", "lin", "mar", "ka", "to", "vel", "dorf", "ria", "sen", "go", "lu", "na"]


def synthetic_name(rng):
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return word.capitalize()


class Command(BaseCommand):
    help = (
        "Create N synthetic, live CityPages (is_synthetic=True, title 'Synthetic …') for "
        "benchmarks. Deterministic for a given seed. Never part of the demo content."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, required=True, help="number of cities")
        parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
        parser.add_argument(
            "--aliases",
            action="store_true",
            help="also create an alias in every other language (in bulk, as tree sync would)",
        )
        parser.add_argument(
            "--clear", action="store_true", help="delete existing synthetic cities first"
        )
        parser.add_argument(
            "--approaches",
            type=int,
            default=0,
            help="also one synthetic approach under each of the first N new cities "
            "(with aliases in every language when --aliases is given)",
        )

    def handle(self, *args, count, seed, aliases, clear, approaches=0, **options):
        if count < 0:
            raise CommandError("--count must be 0 or more.")
        english = Locale.get_default()
        index = CityIndexPage.objects.filter(locale=english).order_by("path").first()
        if index is None:
            raise CommandError("Create the English city index page first.")
        with transaction.atomic():
            if clear:
                deleted = self.clear()
                self.stdout.write(f"Deleted {deleted} synthetic cities.")
            cities = self.generate(index, count, seed)
            alias_count = self.add_aliases(index, cities) if aliases else 0
            approach_count = self.add_approaches(cities[:approaches], seed, aliases)
        refresh_statistics()
        self.stdout.write(
            self.style.SUCCESS(
                f"Created {len(cities)} synthetic cities (seed {seed})"
                + (f" and {alias_count} aliases" if aliases else "")
                + (f", {approach_count} approaches." if approach_count else ".")
            )
        )

    def clear(self):
        """Delete every synthetic city and its aliases.

        They are leaves of the tree, so a plain Django delete followed by a recount of
        their parents' children is enough (treebeard's own bulk delete is far slower).
        """
        synthetic = CityPage.objects.filter(is_synthetic=True)
        if synthetic.exclude(numchild=0).exists():
            raise CommandError("Some synthetic cities have child pages; delete them in the admin.")
        total = synthetic.filter(alias_of=None).count()
        parents = {parent_path(path) for path in synthetic.values_list("path", flat=True)}
        # Unpublished first: Wagtail otherwise unpublishes (and saves) each page on delete.
        Page.objects.filter(pk__in=synthetic.values("pk")).update(live=False)
        models.QuerySet.delete(CityPage.objects.filter(is_synthetic=True))
        for parent in Page.objects.filter(path__in=parents):
            Page.objects.filter(pk=parent.pk).update(numchild=parent.get_children().count())
        bump_content_version()  # plain deletes and updates send no signal readers' caches hear
        return total

    def generate(self, index, count, seed):
        rng = random.Random(seed)
        networks = list(
            NetworkPage.objects.live().filter(locale_id=index.locale_id).order_by("path")
        )
        taken = set(index.get_children().values_list("slug", flat=True))
        now = timezone.now()
        cities, links = [], []
        for n in range(1, count + 1):
            slug = f"synthetic-{seed}-{n}"
            if slug in taken:
                raise CommandError(
                    f"Synthetic cities with seed {seed} exist already; use --clear or "
                    "another --seed."
                )
            country = rng.choice(sorted(COUNTRIES))
            lat_min, lat_max, lng_min, lng_max = COUNTRIES[country]
            title = f"Synthetic {synthetic_name(rng)} {n}"
            city = CityPage(
                title=title,
                draft_title=title,
                slug=slug,
                locale_id=index.locale_id,
                translation_key=uuid.UUID(int=rng.getrandbits(128), version=4),
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                country=country,
                location=format_point(
                    round(rng.uniform(lat_min, lat_max), 5), round(rng.uniform(lng_min, lng_max), 5)
                ),
                population=rng.randint(2_000, 2_000_000),
                featured=rng.random() < 0.04,
                why_listed="Synthetic city for benchmarks.",
                is_synthetic=True,
            )
            cities.append(city)
            chosen = rng.sample(networks, k=min(len(networks), rng.choice([0, 1, 1, 2, 2, 3])))
            links.append(chosen)
        bulk_add_children(index, cities)
        CityNetworkMembership.objects.bulk_create(
            CityNetworkMembership(city_id=city.pk, network=network, sort_order=position)
            for city, chosen in zip(cities, links, strict=True)
            for position, network in enumerate(chosen)
        )
        return cities

    def add_approaches(self, cities, seed, aliases):
        """One live approach under each of `cities`, in the first policy area, and (with
        `aliases`) its alias under each alias of the city, as tree sync would make it."""
        rng = random.Random(f"approaches:{seed}")  # not the cities' sequence of keys
        area = PolicyArea.objects.filter(locale_id=cities[0].locale_id).first() if cities else None
        now = timezone.now()
        made = []
        for city in cities:
            title = f"Synthetic approach in {city.title}"
            approach = ApproachPage(
                title=title,
                draft_title=title,
                slug=f"{city.slug}-approach",
                locale_id=city.locale_id,
                translation_key=uuid.UUID(int=rng.getrandbits(128), version=4),
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                summary="A synthetic approach for benchmarks.",
            )
            bulk_add_children(city, [approach])
            made.append(approach)
            if aliases:
                for city_alias in CityPage.objects.filter(alias_of_id=city.pk):
                    alias = ApproachPage(
                        **{
                            f.attname: getattr(approach, f.attname)
                            for f in ApproachPage._meta.concrete_fields
                            if not f.primary_key and f.attname not in ("page_ptr_id", "id")
                        }
                    )
                    alias.locale_id, alias.alias_of_id = city_alias.locale_id, approach.pk
                    alias.latest_revision_id = alias.live_revision_id = None
                    bulk_add_children(city_alias, [alias])
                    made.append(alias)
        if area is not None:
            ApproachPolicyArea.objects.bulk_create(
                ApproachPolicyArea(approach_id=page.pk, policy_area=area, sort_order=0)
                for page in made
            )
        return len([page for page in made if page.alias_of_id is None])

    def add_aliases(self, index, cities):
        """An alias of every new city under each other language's version of the index."""
        locales = Locale.objects.exclude(pk=index.locale_id).order_by("language_code")
        return len(bulk_add_aliases(index, cities, locales))
