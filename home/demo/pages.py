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
        "slug": "open-data-licence",
        "title": "Open data and licence",
        "intro": "The map data of Moving Cities can be downloaded and reused.",
        "body": [
            ("heading", {"text": "What you can download"}),
            (
                "paragraph",
                (
                    "<p>The list of municipalities is available as GeoJSON and CSV, and can be "
                    "filtered by country, network, policy area and in-depth profile. Each "
                    "record contains the name, country, coordinates, networks and a link to the "
                    "city page.</p>"
                ),
            ),
            ("heading", {"text": "Licence (demo)"}),
            (
                "paragraph",
                (
                    "<p>Demo text: in this demo installation the data are offered under the "
                    "Creative Commons Attribution 4.0 International licence (CC BY 4.0). Please "
                    "credit Moving Cities when you reuse them.</p>"
                ),
            ),
            ("heading", {"text": "Third-party data"}),
            (
                "paragraph",
                (
                    "<p>Coordinates and population figures are derived from GeoNames, which is "
                    "published under the Creative Commons Attribution 4.0 licence.</p>"
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
