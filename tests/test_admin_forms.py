"""Editors create every page type through its admin form, as they would in the browser."""

from wagtail.models import Page, get_page_models
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory

from citypages.models import (
    ApproachIndexPage,
    ApproachPage,
    CityIndexPage,
    CityPage,
    NetworkIndexPage,
    NetworkPage,
)
from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from partners.models import PartnersPage
from tests.factories import (
    CityIndexPageFactory,
    CityPageFactory,
    NetworkPageFactory,
    PolicyAreaFactory,
    english_home,
)

# The page types the tests below create through their admin forms: every one of ours.
CREATED_IN_THE_ADMIN = {
    HomePage,
    StandardPage,
    NewsIndexPage,
    NewsPage,
    CityIndexPage,
    CityPage,
    ApproachIndexPage,
    ApproachPage,
    NetworkIndexPage,
    NetworkPage,
    PartnersPage,
}


def test_every_page_type_is_created_through_its_admin_form_below():
    ours = {"core", "home", "citypages", "partners", "contributions"}
    assert {m for m in get_page_models() if m._meta.app_label in ours} == CREATED_IN_THE_ADMIN


class TestEditorsCreatePagesInTheAdmin(WagtailPageTestCase):
    """An editor fills in each page type's admin form and publishes it."""

    def setUp(self):
        self.user = self.login()
        self.home = english_home()
        self.image = ImageFactory(title="Illustration", credit="Jane Doe", licence="cc-by-4.0")

    def body(self):
        return streamfield(
            [
                ("heading", {"text": "How it works"}),
                ("paragraph", rich_text("<p>Plain words.</p>")),
                ("quote", {"text": "Words", "speaker": "Someone (demo)", "role": "Illustrative"}),
                ("key_figure", {"value": "12", "label": "offices"}),
                ("image", {"image": self.image.pk, "alt": "Shapes", "caption": "", "credit": ""}),
                (
                    "timeline",
                    {
                        "heading": "",
                        "events": streamfield([("item", {"year": "2019", "event": "Started"})]),
                    },
                ),
            ]
        )

    def test_editor_creates_a_city_with_networks_and_every_block(self):
        network = NetworkPageFactory(title="Eurocities", slug="eurocities")
        index = CityIndexPageFactory()
        data = nested_form_data(
            {
                "title": "Grenoble",
                "slug": "grenoble",
                "country": "FR",
                "location": "SRID=4326;POINT(5.7245 45.1885)",
                "population": "158000",
                "featured": "on",
                "subtitle": "A welcoming city",
                "summary": "Short summary.",
                "why_listed": "",
                "report": "",
                "key_takeaways": streamfield([("takeaway", "First"), ("takeaway", "Second")]),
                "body": streamfield(
                    [
                        ("heading", {"text": "Context"}),
                        ("paragraph", rich_text("<p>Text.</p>")),
                        ("quote", {"text": "A quote", "speaker": "Demo speaker", "role": "Demo"}),
                        ("key_figure", {"value": "3", "label": "shelters (illustrative)"}),
                        (
                            "image",
                            {
                                "image": self.image.pk,
                                "alt": "Shapes",
                                "caption": "C",
                                "credit": "Demo",
                            },
                        ),
                        ("embed", {"url": "https://vimeo.com/2", "caption": ""}),
                        (
                            "timeline",
                            {
                                "heading": "Dates",
                                "events": streamfield(
                                    [("item", {"year": "2018", "event": "Joined ANVITA"})]
                                ),
                            },
                        ),
                        (
                            "actors",
                            {
                                "heading": "Actors",
                                "actors": streamfield(
                                    [("item", {"name": "City", "kind": "municipality", "url": ""})]
                                ),
                            },
                        ),
                        (
                            "sources",
                            {
                                "heading": "Sources",
                                "items": streamfield(
                                    [
                                        (
                                            "item",
                                            {
                                                "title": "Report",
                                                "publisher": "",
                                                "year": "",
                                                "url": "",
                                            },
                                        )
                                    ]
                                ),
                            },
                        ),
                    ]
                ),
                "network_links": inline_formset([{"network": network.pk}]),
                "comments": inline_formset([]),
            }
        )
        self.assertCanCreate(index, CityPage, data)
        city = CityPage.objects.get(slug="grenoble", locale__language_code="en")
        assert (round(city.lat, 4), round(city.lng, 4)) == (45.1885, 5.7245)
        assert [n.pk for n in city.member_networks()] == [network.pk]
        assert [b.block_type for b in city.body] == [
            "heading",
            "paragraph",
            "quote",
            "key_figure",
            "image",
            "embed",
            "timeline",
            "actors",
            "sources",
        ]

    def test_editor_creates_an_approach_with_policy_areas_and_contact(self):
        city = CityPageFactory(title="Naples", slug="naples", country="IT")
        area = PolicyAreaFactory(name="Reception", slug="reception")
        data = nested_form_data(
            {
                "title": "Registry for all",
                "slug": "registry",
                "short_title": "Registry",
                "summary": "Residents are registered.",
                "status": "discontinued",
                "discontinued_year": "2019",
                "body": self.body(),
                "contact": streamfield(
                    [
                        (
                            "contact",
                            {
                                "name": "Registry office",
                                "role": "",
                                "organisation": "City",
                                "email": "",
                                "url": "",
                            },
                        )
                    ]
                ),
                "policy_area_links": inline_formset([{"policy_area": area.pk}]),
                "related_links": inline_formset([]),
                "comments": inline_formset([]),
            }
        )
        self.assertCanCreate(city, ApproachPage, data)
        approach = ApproachPage.objects.get(slug="registry", locale__language_code="en")
        assert [link.policy_area for link in approach.policy_area_links.all()] == [area]

    def test_a_discontinued_approach_needs_its_end_year(self):
        city = CityPageFactory(title="Ghent", slug="ghent", country="BE")
        area = PolicyAreaFactory(name="Reception", slug="reception")
        data = nested_form_data(
            {
                "title": "Ended",
                "slug": "ended",
                "short_title": "",
                "summary": "Gone.",
                "status": "discontinued",
                "discontinued_year": "",
                "body": streamfield([]),
                "contact": streamfield([]),
                "policy_area_links": inline_formset([{"policy_area": area.pk}]),
                "related_links": inline_formset([]),
                "comments": inline_formset([]),
            }
        )
        url = f"/admin/pages/add/citypages/approachpage/{city.pk}/"
        response = self.client.post(url, data)
        assert response.status_code == 200  # the form comes back with the error
        assert "Give the year a discontinued approach ended." in response.content.decode()
        assert not ApproachPage.objects.filter(slug="ended").exists()

    def test_editor_creates_network_news_and_standard_pages(self):
        networks = NetworkIndexPage.objects.get(locale__language_code="en")
        self.assertCanCreate(
            networks,
            NetworkPage,
            nested_form_data(
                {
                    "title": "ICORN",
                    "slug": "icorn",
                    "summary": "Cities of refuge for writers.",
                    "acronym": "ICORN",
                    "scope": "international",
                    "founded": "2006",
                    "website": "https://icorn.org",
                    "logo": "",
                    "body": self.body(),
                    "comments": inline_formset([]),
                }
            ),
        )
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Methodology",
                    "slug": "methodology",
                    "intro": "How we work.",
                    "body": self.body(),
                    "comments": inline_formset([]),
                }
            ),
        )
        news = NewsIndexPage.objects.get(locale__language_code="en")
        self.assertCanCreate(
            news,
            NewsPage,
            nested_form_data(
                {
                    "title": "Second item",
                    "slug": "second-item",
                    "date": "2026-11-01",
                    "intro": "Live.",
                    "body": self.body(),
                    "comments": inline_formset([]),
                }
            ),
        )
        ApproachIndexPage.objects.get(locale__language_code="en").delete()  # one per home
        self.assertCanCreate(
            self.home,
            ApproachIndexPage,
            nested_form_data(
                {
                    "title": "Approaches",
                    "slug": "approaches",
                    "intro": rich_text(""),
                    "comments": inline_formset([]),
                }
            ),
        )

    def test_editor_creates_the_section_index_pages(self):
        """Cities, networks and news: one index per home page, each with its introduction."""
        for model, slug in [
            (CityIndexPage, "cities"),
            (NetworkIndexPage, "networks"),
            (NewsIndexPage, "news"),
        ]:
            model.objects.get(locale__language_code="en").delete()  # one per home
            self.assertCanCreate(
                self.home,
                model,
                nested_form_data(
                    {
                        "title": f"New {slug}",
                        "slug": slug,
                        "intro": rich_text("<p>What this section holds.</p>"),
                        "comments": inline_formset([]),
                    }
                ),
            )
            index = model.objects.get(locale__language_code="en")
            assert index.live and "What this section holds." in index.intro

    def test_editor_creates_the_partners_page(self):
        self.assertCanCreate(
            self.home,
            PartnersPage,
            nested_form_data(
                {
                    "title": "Partners",
                    "slug": "partners",
                    "intro": rich_text("<p>Who makes Moving Cities.</p>"),
                    "comments": inline_formset([]),
                }
            ),
        )
        assert PartnersPage.objects.get(locale__language_code="en").live

    def test_an_administrator_creates_a_home_page_with_a_body(self):
        """A home page sits at the root (a second site, or a language's tree)."""
        self.assertCanCreate(
            Page.get_first_root_node(),
            HomePage,
            nested_form_data(
                {
                    "title": "Second site",
                    "slug": "second-site",
                    "intro": rich_text("<p>Welcome.</p>"),
                    "body": self.body(),
                    "comments": inline_formset([]),
                }
            ),
        )
        home = HomePage.objects.get(slug="second-site")
        assert home.live and [b.block_type for b in home.body][:2] == ["heading", "paragraph"]
