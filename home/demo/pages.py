"""Home page, standard pages and demo news items (English source data).

Bodies use (block_type, value) tuples with heading and paragraph blocks only. The news
items and the imprint are demo content.
"""

HOME = {
    "title": "Moving Cities",
    "intro": (
        "Moving Cities maps European towns and cities that practise a solidarity-based "
        "migration policy, and explains how they do it. Explore the map, read in-depth city "
        "profiles and find local approaches and city networks that can inspire your own work."
    ),
    "body": [
        ("heading", {"text": "Another migration policy is already happening"}),
        (
            "paragraph",
            (
                "<p>While national and European migration policy is often deadlocked, many "
                "municipalities across Europe are acting on their own. They open their services "
                "to all residents, offer shelter, give migrants a voice in local politics and "
                "join forces in city networks.</p>"
            ),
        ),
        ("heading", {"text": "What you will find here"}),
        (
            "paragraph",
            (
                "<p>The map shows every listed municipality. In-depth profiles explain the "
                "context and the policies of selected cities. Local approaches are sorted into "
                "six policy areas, and network pages list the cities that belong to each "
                "network.</p>"
            ),
        ),
        ("heading", {"text": "About this demo"}),
        (
            "paragraph",
            (
                "<p>This installation contains demo content. Facts about real cities are taken "
                "from public sources, and passages that are placeholders are marked as demo "
                "text.</p>"
            ),
        ),
    ],
}

STANDARD_PAGES = [
    {
        "slug": "about",
        "title": "About Moving Cities",
        "intro": (
            "Moving Cities is a multilingual platform about European municipalities that "
            "practise a solidarity-based migration policy."
        ),
        "body": [
            ("heading", {"text": "What is Moving Cities?"}),
            (
                "paragraph",
                (
                    "<p>Moving Cities presents towns and cities in Europe that welcome migrants "
                    "and refugees and stand up for their rights. It shows where these "
                    "municipalities are, which networks they belong to and which local "
                    "approaches they have developed.</p>"
                ),
            ),
            ("heading", {"text": "Who is it for?"}),
            (
                "paragraph",
                (
                    "<p>The platform is meant for municipal staff, local politicians, "
                    "civil-society groups, journalists and researchers. It helps them to find "
                    "inspiration, allies and practical examples for their own work.</p>"
                ),
            ),
            ("heading", {"text": "How is the content organised?"}),
            (
                "paragraph",
                (
                    "<p>Every listed municipality appears on the map. Selected cities have "
                    "in-depth profiles based on research. Local approaches are grouped into six "
                    "policy areas, from social rights to networking and advocacy. Network pages "
                    "list the member cities of each city network.</p>"
                ),
            ),
            ("heading", {"text": "Seven languages"}),
            (
                "paragraph",
                (
                    "<p>The content is written in English and translated into German, French, "
                    "Greek, Italian, Polish and Spanish. Where a translation is not yet "
                    "available, the English text is shown with a notice.</p>"
                ),
            ),
            ("heading", {"text": "About this demo"}),
            (
                "paragraph",
                (
                    "<p>This installation contains demo content for testing and presentation. "
                    "Facts about real cities come from public sources. Passages marked as demo "
                    "text are placeholders and should not be cited.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "methodology",
        "title": "Methodology",
        "intro": (
            "How municipalities, networks and approaches are selected and described on Moving "
            "Cities."
        ),
        "body": [
            ("heading", {"text": "Which municipalities are listed"}),
            (
                "paragraph",
                (
                    "<p>A municipality is listed when it has publicly declared its support for "
                    "a solidarity-based migration policy, when it is a member of a relevant "
                    "city network, or when it runs a documented local approach in one of the "
                    "six policy areas.</p>"
                ),
            ),
            ("heading", {"text": "In-depth profiles"}),
            (
                "paragraph",
                (
                    "<p>In-depth profiles are based on desk research of public documents, media "
                    "reports and academic studies, and, in the full project, on interviews with "
                    "municipal staff and civil-society actors. Each profile names its "
                    "sources.</p>"
                ),
            ),
            ("heading", {"text": "Approaches and policy areas"}),
            (
                "paragraph",
                (
                    "<p>Approaches are local policies or projects that others can learn from. "
                    "Each approach is assigned to one or more of six policy areas: social "
                    "rights and inclusion; reception, residence and protection against "
                    "deportation; political participation; intercultural inclusion and "
                    "anti-racism; collaboration with civil-society initiatives; and networking "
                    "and advocacy.</p>"
                ),
            ),
            ("heading", {"text": "Networks"}),
            (
                "paragraph",
                (
                    "<p>Network memberships are recorded only where the network or the "
                    "municipality states them publicly. Where membership could not be "
                    "confirmed, it is left out.</p>"
                ),
            ),
            ("heading", {"text": "Geographic data"}),
            (
                "paragraph",
                (
                    "<p>Coordinates and population figures come from the GeoNames gazetteer. "
                    "Population figures refer to the municipality as recorded there and may "
                    "differ from current official statistics.</p>"
                ),
            ),
            ("heading", {"text": "Demo content"}),
            (
                "paragraph",
                (
                    "<p>In this demo installation, quotes are illustrative and attributed to "
                    "invented, generic speakers. Figures marked as illustrative are not "
                    "research results.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "imprint",
        "title": "Imprint",
        "intro": (
            "Demo imprint. This is not a real legal notice and contains no real personal data."
        ),
        "body": [
            ("heading", {"text": "Publisher (demo)"}),
            (
                "paragraph",
                (
                    "<p>Moving Cities Demo Project, Example Street 1, 00000 Example City. "
                    "Email: contact@example.org</p>"
                ),
            ),
            ("heading", {"text": "Editorial responsibility (demo)"}),
            (
                "paragraph",
                (
                    "<p>The demo editorial team of the Moving Cities Demo Project, at the "
                    "address above.</p>"
                ),
            ),
            ("heading", {"text": "Note"}),
            (
                "paragraph",
                (
                    "<p>This imprint belongs to a demonstration installation. A real "
                    "installation must replace it with the legal notice required in the country "
                    "of the publisher.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "open-data",
        "title": "Open data",
        "intro": (
            "Every city on our map can be downloaded and reused: as GeoJSON for maps, as CSV "
            "for spreadsheets, in each of our seven languages, without a key."
        ),
        "body": [
            ("heading", {"text": "Endpoints"}),
            (
                "paragraph",
                (
                    "<ul>"
                    '<li><a href="/api/v1/cities.geojson">/api/v1/cities.geojson</a>: a GeoJSON '
                    "FeatureCollection with one point per city (WGS 84, longitude first).</li>"
                    '<li><a href="/api/v1/cities.csv">/api/v1/cities.csv</a>: the same cities as '
                    "a UTF-8 CSV table, one row per city.</li>"
                    "</ul>"
                    "<p>Both answer plain GET requests from any website (CORS is open). Only "
                    "published, public pages are included, sorted by name.</p>"
                ),
            ),
            ("heading", {"text": "Parameters"}),
            (
                "paragraph",
                (
                    "<p>All parameters are optional and can be combined; each narrows the "
                    "list. An empty value means no filter.</p>"
                    "<ul>"
                    "<li><b>lang</b>: en (default), de, fr, el, it, pl or es. Names, page "
                    "addresses, network names and country names come in that language.</li>"
                    "<li><b>country</b>: an ISO 3166-1 alpha-2 code, such as DE or it.</li>"
                    "<li><b>network</b>: a city network, by the last part of its page address, "
                    "such as eurocities or solidarity-cities.</li>"
                    "<li><b>policy_area</b>: cities with at least one local approach in this "
                    "policy area, such as social-rights.</li>"
                    "<li><b>featured</b>: true for cities with an in-depth profile, false for "
                    "the others.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Fields"}),
            (
                "paragraph",
                (
                    "<p>Each GeoJSON feature has a point geometry and these properties; the CSV "
                    "has the same columns plus lat and lng:</p>"
                    "<ul>"
                    "<li><b>name</b>: the name of the municipality in the requested language.</li>"
                    "<li><b>url</b>: the address of its page on this site.</li>"
                    "<li><b>country</b> and <b>country_name</b>: the ISO code and the country's "
                    "name in the requested language.</li>"
                    "<li><b>population</b>: inhabitants, where known (empty otherwise).</li>"
                    "<li><b>featured</b>: whether the city has an in-depth profile.</li>"
                    "<li><b>networks</b>: the city networks it belongs to, each with slug and "
                    "name; in the CSV, the slugs separated by semicolons.</li>"
                    "<li><b>approaches</b>: the number of its local approaches on this site.</li>"
                    "</ul>"
                    "<p>A city without coordinates appears in the CSV only.</p>"
                ),
            ),
            ("heading", {"text": "Examples"}),
            (
                "paragraph",
                (
                    "<ul>"
                    '<li><a href="/api/v1/cities.geojson?lang=de&amp;country=DE">German cities, '
                    "in German</a></li>"
                    '<li><a href="/api/v1/cities.csv?network=solidarity-cities">Members of '
                    "Solidarity Cities, as CSV</a></li>"
                    '<li><a href="/api/v1/cities.geojson?featured=true&amp;lang=fr">Cities with '
                    "an in-depth profile, in French</a></li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Errors and caching"}),
            (
                "paragraph",
                (
                    "<p>A wrong parameter (an unknown language, country code, network or policy "
                    "area, or a value that is not true or false) gets the HTTP status 400 and a "
                    "JSON error naming the parameter and listing its valid values, for example "
                    '{"error": {"parameter": "lang", "message": "Unknown language.", "valid": '
                    '["en", "de", …]}}.</p>'
                    "<p>Every response carries an ETag that changes whenever a page is "
                    "published. Send it back in an If-None-Match header to get a short "
                    "304 Not Modified answer while nothing has changed.</p>"
                    "<p>The text of every page is also available through the read-only "
                    '<a href="/api/v2/pages/">page API</a>.</p>'
                ),
            ),
            ("heading", {"text": "Licence"}),
            (
                "paragraph",
                (
                    "<p>The data are published under the "
                    '<a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons '
                    "Attribution 4.0 International licence (CC BY 4.0)</a>. You may share and "
                    "adapt them for any purpose, also commercially, if you credit "
                    "“Moving Cities” with a link to this site and to the licence, and say "
                    "whether you changed the data.</p>"
                ),
            ),
            ("heading", {"text": "Third-party data"}),
            (
                "paragraph",
                (
                    "<p>Coordinates and population figures are largely taken from "
                    '<a href="https://www.geonames.org/">GeoNames</a>, published under CC BY '
                    "4.0. The background map is © OpenStreetMap contributors (ODbL); it is not "
                    "part of these data.</p>"
                ),
            ),
        ],
    },
]

NEWS = [
    {
        "slug": "demo-site-launched",
        "title": "The new Moving Cities site goes online (demo)",
        "date": "2026-01-20",
        "intro": "Demo news: the rebuilt Moving Cities platform is now available for testing.",
        "body": [
            ("heading", {"text": "A new platform"}),
            (
                "paragraph",
                (
                    "<p>Demo text: the rebuilt platform brings the map, the city profiles, the "
                    "local approaches and the city networks together on one site. It works on "
                    "phones as well as on larger screens, and the main pages work without "
                    "JavaScript.</p>"
                ),
            ),
            ("heading", {"text": "What is new"}),
            (
                "paragraph",
                (
                    "<p>Demo text: readers can now filter the map by country, network, policy "
                    "area and in-depth profile. Every network page lists and maps its member "
                    "cities.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "seven-languages",
        "title": "Moving Cities now speaks seven languages (demo)",
        "date": "2026-02-16",
        "intro": (
            "Demo news: the first translations into German, French, Greek, Italian, Polish and "
            "Spanish are online."
        ),
        "body": [
            ("heading", {"text": "Translations under way"}),
            (
                "paragraph",
                (
                    "<p>Demo text: translators have started with the home page, the about page "
                    "and the profiles of Barcelona, Berlin and Gdańsk. Pages that are not yet "
                    "translated are shown in English with a notice.</p>"
                ),
            ),
            ("heading", {"text": "Search in every language"}),
            (
                "paragraph",
                (
                    "<p>Demo text: the site search now understands word forms in each language, "
                    "so a search for a plural also finds the singular.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "open-data-api",
        "title": "Open data: download the map as GeoJSON and CSV (demo)",
        "date": "2026-03-09",
        "intro": (
            "Demo news: researchers and journalists can now download the list of municipalities."
        ),
        "body": [
            ("heading", {"text": "Two formats"}),
            (
                "paragraph",
                (
                    "<p>Demo text: the list of municipalities is available as GeoJSON for maps "
                    "and as CSV for spreadsheets. Both can be filtered by country, network, "
                    "policy area and in-depth profile.</p>"
                ),
            ),
            ("heading", {"text": "How to reuse the data"}),
            (
                "paragraph",
                (
                    "<p>Demo text: the open data page explains the fields and the licence under "
                    "which the data can be reused.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "add-your-city",
        "title": "Add your city: a new form for municipalities (demo)",
        "date": "2026-04-14",
        "intro": (
            "Demo news: municipalities and civil-society groups can now suggest a city for the map."
        ),
        "body": [
            ("heading", {"text": "A form instead of an email"}),
            (
                "paragraph",
                (
                    "<p>Demo text: a new form asks for the name of the municipality, its "
                    "country, the networks it belongs to and a short description of its local "
                    "approach. The research team reviews every submission before a city is "
                    "added.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "methodology-update",
        "title": "How we select cities: methodology page updated (demo)",
        "date": "2026-05-05",
        "intro": (
            "Demo news: the methodology page now explains in more detail how municipalities and "
            "networks are listed."
        ),
        "body": [
            ("heading", {"text": "Clearer criteria"}),
            (
                "paragraph",
                (
                    "<p>Demo text: the updated page describes the three ways a municipality can "
                    "be listed and explains that network memberships are only recorded when "
                    "they are publicly stated.</p>"
                ),
            ),
        ],
    },
]
