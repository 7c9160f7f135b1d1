"""In-depth profiles of the featured cities (English source data).

Keys are city names as in cities.CITIES. A body is a list of (block_type, value) tuples.
Facts come from the public sources listed in each profile; quotes are illustrative and
attributed to invented, generic speakers; passages starting with "Demo text:" are
placeholders.
"""

PROFILES = {
    "Barcelona": {
        "subtitle": "A city of refuge that opens its services to every resident",
        "summary": (
            "Barcelona has run a municipal service for immigrants, emigrants and refugees since "
            "1989. In September 2015 it launched the plan Barcelona, Ciutat Refugi and proposed "
            "a network of Spanish cities of refuge. The city combines its own services with "
            "advocacy in national and European city networks."
        ),
        "key_takeaways": [
            (
                "A dedicated municipal service, known as SAIER, has advised migrants and "
                "refugees since 1989."
            ),
            (
                "The plan Barcelona, Ciutat Refugi of 2015 turned a political call for "
                "solidarity into a standing city programme."
            ),
            (
                "Barcelona uses networks such as Solidarity Cities and Eurocities to press for "
                "a stronger role for cities."
            ),
            (
                "An anti-rumour strategy launched in 2010 works with civil society against "
                "prejudice."
            ),
        ],
        "body": [
            ("heading", {"text": "Introduction"}),
            (
                "paragraph",
                (
                    "<p>Barcelona is the capital of Catalonia and the second-largest city in "
                    "Spain. According to the city council, more than a fifth of the people "
                    "registered in Barcelona in 2020 were of foreign origin. The city has long "
                    "presented itself as an open and welcoming place.</p>"
                ),
            ),
            ("heading", {"text": "Context"}),
            (
                "paragraph",
                (
                    "<p>In Spain, asylum and immigration law are national competences, and the "
                    "state organises the reception of asylum seekers. Municipalities keep the "
                    "local register of residents, known as the padrón, and run social services "
                    "for everyone who is registered. Registration in the padrón does not depend "
                    "on residence status, so for many people without papers it is the first "
                    "official link to the city.</p>"
                ),
            ),
            ("heading", {"text": "The policy"}),
            (
                "paragraph",
                (
                    "<p>The Municipal Service for Immigrants, Emigrants and Refugees, known by "
                    "its Catalan acronym SAIER, has offered legal and social advice since 1989. "
                    "The city council runs it together with specialised partner organisations. "
                    "The service is the main entry point for newcomers who need help with "
                    "residence, asylum or access to other city services.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>In September 2015, as large numbers of refugees were arriving in "
                    "Europe, the city launched the plan Barcelona, Ciutat Refugi. The plan "
                    "prepared the city to receive refugees, reinforced SAIER and increased "
                    "support for organisations working on asylum. It also gave residents a "
                    "channel to offer help, and thousands of messages arrived within the first "
                    "weeks.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The plan also had a political side. The mayor proposed a network of "
                    "Spanish cities of refuge and, in 2015, signed an open letter with the "
                    "mayors of Paris, Lesbos and Lampedusa calling on Europe to act. Barcelona "
                    "later supported the Solidarity Cities initiative and, in 2021, became one "
                    "of the founding cities of the International Alliance of Safe Harbours.</p>"
                ),
            ),
            (
                "key_figure",
                {
                    "value": "1989",
                    "label": "Year in which the municipal service SAIER was set up",
                },
            ),
            (
                "key_figure",
                {
                    "value": "19,000",
                    "label": "People assisted by SAIER in 2020, according to the city council",
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "Before anyone asks about papers, we ask what a person needs today. The "
                        "register and the service desk are where the city begins."
                    ),
                    "speaker": "A municipal case worker (demo)",
                    "role": "Illustrative quote, demo content",
                },
            ),
            (
                "image",
                {
                    "image": "barcelona-1",
                    "alt": (
                        "Abstract illustration in the colours of Barcelona's coastline, with "
                        "blue and sand-coloured shapes"
                    ),
                    "caption": "Illustration for the Barcelona profile (demo content).",
                    "credit": "Generated illustration, Moving Cities demo",
                },
            ),
            (
                "timeline",
                {
                    "heading": "Key dates",
                    "events": [
                        {
                            "year": 1989,
                            "event": (
                                "The city sets up SAIER, its service for immigrants, emigrants "
                                "and refugees."
                            ),
                        },
                        {
                            "year": 2010,
                            "event": (
                                "Barcelona launches its anti-rumour strategy against prejudice "
                                "towards migrants."
                            ),
                        },
                        {
                            "year": 2015,
                            "event": (
                                "The city launches the plan Barcelona, Ciutat Refugi and "
                                "proposes a network of cities of refuge."
                            ),
                        },
                        {
                            "year": 2016,
                            "event": (
                                "Barcelona is among the first supporters of the Solidarity "
                                "Cities initiative, launched in Athens."
                            ),
                        },
                        {
                            "year": 2017,
                            "event": (
                                "Twenty-five Spanish cities present the Barcelona Declaration "
                                "on the reality of refuge in Spain."
                            ),
                        },
                        {
                            "year": 2021,
                            "event": (
                                "Barcelona is among the founding cities of the International "
                                "Alliance of Safe Harbours in Palermo."
                            ),
                        },
                    ],
                },
            ),
            (
                "actors",
                {
                    "heading": "Who is involved",
                    "actors": [
                        {
                            "name": "Barcelona City Council",
                            "kind": "municipality",
                            "url": "https://ajuntament.barcelona.cat",
                        },
                        {
                            "name": (
                                "SAIER, Municipal Service for Immigrants, Emigrants and Refugees"
                            ),
                            "kind": "municipality",
                            "url": "",
                        },
                        {
                            "name": "Barcelona Municipal Immigration Council",
                            "kind": "other",
                            "url": "",
                        },
                        {
                            "name": "Barcelona anti-rumour network",
                            "kind": "civil_society",
                            "url": "",
                        },
                        {
                            "name": "Solidarity Cities",
                            "kind": "network",
                            "url": "https://solidaritycities.eu",
                        },
                    ],
                },
            ),
            ("embed", {"url": "https://vimeo.com/100000001", "caption": "Demo embed"}),
            (
                "sources",
                {
                    "heading": "Sources",
                    "items": [
                        {
                            "title": "El Pla: Barcelona, ciutat refugi",
                            "publisher": "Ajuntament de Barcelona",
                            "year": None,
                            "url": "https://www.ciutatrefugi.barcelona/ca/el-pla",
                        },
                        {
                            "title": "En marcha el Plan Ciudad Refugio de Barcelona",
                            "publisher": "Agencia de Noticias",
                            "year": 2015,
                            "url": (
                                "https://agenciadenoticias.es/2015/09/18/en-marcha-el-plan-ciudad-refugio-de-barcelona"
                            ),
                        },
                        {
                            "title": "Barcelona Societat, núm. 28",
                            "publisher": "Ajuntament de Barcelona",
                            "year": None,
                            "url": (
                                "https://ajuntament.barcelona.cat/dretssocials/ca/barcelona-societat-num-28"
                            ),
                        },
                        {
                            "title": "About Solidarity Cities",
                            "publisher": "Solidarity Cities",
                            "year": None,
                            "url": "https://solidaritycities.eu/about",
                        },
                    ],
                },
            ),
        ],
    },
    "Berlin": {
        "subtitle": "A city-state that writes participation into law",
        "summary": (
            "As both a city and a federal state, Berlin has legislative powers that other "
            "German cities lack. It passed the first participation and integration law of any "
            "German state in 2010 and a revised participation law in 2021. Berlin is also a "
            "founding member of the Alliance of Cities of Safe Harbours."
        ),
        "key_takeaways": [
            (
                "Berlin's status as a city-state allows it to legislate on participation and on "
                "its own administration."
            ),
            (
                "The participation law of 2021 promotes diversity in the public service and "
                "requires an advisory council in every district."
            ),
            (
                "A clearing house opened in 2018 helps people without health insurance, "
                "including people without papers, to get treatment."
            ),
            "Berlin co-founded the Alliance of Cities of Safe Harbours in 2019.",
        ],
        "body": [
            ("heading", {"text": "Introduction"}),
            (
                "paragraph",
                (
                    "<p>Berlin is the capital and largest city of Germany. Because it is also "
                    "one of the sixteen federal states, its parliament can pass laws in areas "
                    "where other cities can only adopt local rules.</p>"
                ),
            ),
            ("heading", {"text": "Context"}),
            (
                "paragraph",
                (
                    "<p>Asylum procedures and residence law are set at federal level in "
                    "Germany. The federal states organise the reception of asylum seekers and "
                    "the work of the immigration authorities. In Berlin, both tasks therefore "
                    "lie with the city's own state administration.</p>"
                ),
            ),
            ("heading", {"text": "The policy"}),
            (
                "paragraph",
                (
                    "<p>In 2010 Berlin became the first German federal state to pass a "
                    "participation and integration law. The initiative came from the state "
                    "advisory council on integration and migration.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>An evaluation later found that the law was too little known and too "
                    "vague to be applied. On 17 June 2021 the Berlin parliament passed a "
                    "revised law on participation in the migration society. It aims to increase "
                    "the share of people with a migration history in the public service, and it "
                    "requires every district to set up an advisory council for participation "
                    "and integration. It also created an advisory council for the concerns of "
                    "Roma and Sinti.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>In the field of health, a clearing house for people without health "
                    "insurance opened in October 2018. It is funded by the Senate and run by "
                    "the Berliner Stadtmission. It offers confidential advice, helps people "
                    "back into insurance where possible and, since June 2019, can also cover "
                    "the cost of medical treatment.</p>"
                ),
            ),
            (
                "key_figure",
                {
                    "value": "2010",
                    "label": (
                        "Year Berlin passed the first participation and integration law of any "
                        "German state"
                    ),
                },
            ),
            (
                "key_figure",
                {
                    "value": "60,000",
                    "label": (
                        "Estimated number of people without health insurance in Berlin, as "
                        "cited when the clearing house opened"
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "People come to us because they are ill, not because of their papers. "
                        "Our job is to find a way into treatment."
                    ),
                    "speaker": "A health counsellor (demo)",
                    "role": "Illustrative quote, demo content",
                },
            ),
            (
                "image",
                {
                    "image": "berlin-1",
                    "alt": (
                        "Abstract illustration of overlapping circles in the greys and greens "
                        "of Berlin's river landscape"
                    ),
                    "caption": "Illustration for the Berlin profile (demo content).",
                    "credit": "Generated illustration, Moving Cities demo",
                },
            ),
            (
                "timeline",
                {
                    "heading": "Key dates",
                    "events": [
                        {
                            "year": 2010,
                            "event": (
                                "Berlin passes its participation and integration law, the first "
                                "of its kind in Germany."
                            ),
                        },
                        {
                            "year": 2016,
                            "event": (
                                "Berlin sets up a state office for refugee affairs to organise "
                                "reception."
                            ),
                        },
                        {
                            "year": 2018,
                            "event": (
                                "The clearing house for people without health insurance opens."
                            ),
                        },
                        {
                            "year": 2019,
                            "event": (
                                "Berlin co-founds the Alliance of Cities of Safe Harbours at a "
                                "congress in its Red Town Hall."
                            ),
                        },
                        {
                            "year": 2021,
                            "event": (
                                "The Berlin parliament passes the revised law on participation "
                                "in the migration society."
                            ),
                        },
                    ],
                },
            ),
            (
                "actors",
                {
                    "heading": "Who is involved",
                    "actors": [
                        {
                            "name": "Berlin Senate Commissioner for Integration and Migration",
                            "kind": "municipality",
                            "url": "https://www.berlin.de/lb/intmig/",
                        },
                        {
                            "name": "Berliner Stadtmission",
                            "kind": "civil_society",
                            "url": "https://www.berliner-stadtmission.de",
                        },
                        {
                            "name": "Medibüro Berlin",
                            "kind": "civil_society",
                            "url": "https://medibuero.de",
                        },
                        {
                            "name": "State Advisory Council for Participation",
                            "kind": "other",
                            "url": "",
                        },
                        {
                            "name": "Alliance of Cities of Safe Harbours",
                            "kind": "network",
                            "url": "https://staedte-sicherer-haefen.de",
                        },
                    ],
                },
            ),
            ("embed", {"url": "https://vimeo.com/100000002", "caption": "Demo embed"}),
            (
                "sources",
                {
                    "heading": "Sources",
                    "items": [
                        {
                            "title": "Partizipation in der Migrationsgesellschaft",
                            "publisher": (
                                "Berlin Senate Commissioner for Integration and Migration"
                            ),
                            "year": None,
                            "url": (
                                "https://www.berlin.de/lb/intmig/themen/partizipation-in-der-migrationsgesellschaft/"
                            ),
                        },
                        {
                            "title": "Bündnis Städte Sicherer Häfen",
                            "publisher": (
                                "Berlin Senate Commissioner for Integration and Migration"
                            ),
                            "year": None,
                            "url": (
                                "https://www.berlin.de/lb/intmig/staedtenetzwerkarbeit/buendnis-staedte-sicherer-haefen/"
                            ),
                        },
                        {
                            "title": "Clearingstelle",
                            "publisher": "Medibüro Berlin",
                            "year": None,
                            "url": "https://medibuero.de/clearingstelle/",
                        },
                        {
                            "title": (
                                "Lücken im Gesundheitssystem: Hunderte Berliner ohne Krankenkasse"
                            ),
                            "publisher": "Der Tagesspiegel",
                            "year": 2019,
                            "url": (
                                "https://www.tagesspiegel.de/berlin/luecken-im-gesundheitssystem-hunderte-berliner-ohne-krankenkasse/24419680.html"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    "Gdańsk": {
        "subtitle": "A Polish pioneer of municipal integration policy",
        "summary": (
            "Gdańsk was the first Polish city to adopt a comprehensive municipal policy for the "
            "integration of immigrants. The Immigrant Integration Model, adopted in 2016, was "
            "drawn up together with civil society and is implemented through annual action "
            "plans. An Immigrants Council advises the mayor."
        ),
        "key_takeaways": [
            (
                "The integration model grew out of advocacy by a local NGO and a cross-sector "
                "team set up by the city in 2015."
            ),
            (
                "The model covers education, employment, culture, local communities, violence "
                "and discrimination, social assistance, health and housing."
            ),
            "An Immigrants Council gives migrant communities a direct channel to the mayor.",
            (
                "The approach has been taken up at the level of the Gdańsk, Gdynia and Sopot "
                "metropolitan area."
            ),
        ],
        "body": [
            ("heading", {"text": "Introduction"}),
            (
                "paragraph",
                (
                    "<p>Gdańsk is a port city on the Baltic Sea and the capital of the "
                    "Pomeranian region. It is known as the birthplace of the Solidarity "
                    "movement. Observers have linked this history to the city's present-day "
                    "openness towards migrants.</p>"
                ),
            ),
            ("heading", {"text": "Context"}),
            (
                "paragraph",
                (
                    "<p>When Gdańsk began its work, Poland did not have a comprehensive "
                    "national policy for the integration of immigrants. At the same time, the "
                    "number of foreign residents and workers in Polish cities was growing. Much "
                    "of the practical work of integration therefore fell to municipalities and "
                    "NGOs.</p>"
                ),
            ),
            ("heading", {"text": "The policy"}),
            (
                "paragraph",
                (
                    "<p>The process began with an NGO, the Immigrant Support Centre, which had "
                    "advocated for the rights of immigrants in Gdańsk since 2013. In May 2015 "
                    "the city set up a cross-sector team of about 140 people from more than 70 "
                    "organisations to develop a municipal integration model.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The Immigrant Integration Model was adopted in 2016. It covers eight "
                    "thematic areas: education, employment, culture, local communities, "
                    "violence and discrimination, social assistance, health and housing. The "
                    "model is implemented through annual action plans, and hundreds of city "
                    "employees have been trained in anti-discrimination.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>An Immigrants Council, made up of representatives of immigrant "
                    "communities, advises the mayor. In 2018 the city adopted a further Model "
                    "for Equal Treatment. In 2020 the metropolitan area of Gdańsk, Gdynia and "
                    "Sopot published minimum standards for the integration of immigrants.</p>"
                ),
            ),
            (
                "key_figure",
                {"value": "2016", "label": "Year the Immigrant Integration Model was adopted"},
            ),
            (
                "key_figure",
                {
                    "value": "140",
                    "label": (
                        "Approximate number of people in the cross-sector team that drafted the "
                        "model"
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "The model works because the schools, the job centre and the NGOs sit "
                        "at the same table. Nobody has to solve everything alone."
                    ),
                    "speaker": "A member of a thematic working group (demo)",
                    "role": "Illustrative quote, demo content",
                },
            ),
            (
                "image",
                {
                    "image": "gdansk-1",
                    "alt": (
                        "Abstract illustration of cranes and water in the amber and blue tones "
                        "of Gdańsk's harbour"
                    ),
                    "caption": "Illustration for the Gdańsk profile (demo content).",
                    "credit": "Generated illustration, Moving Cities demo",
                },
            ),
            (
                "timeline",
                {
                    "heading": "Key dates",
                    "events": [
                        {
                            "year": 2013,
                            "event": (
                                "The Immigrant Support Centre begins its work for the rights of "
                                "immigrants in Gdańsk."
                            ),
                        },
                        {
                            "year": 2015,
                            "event": (
                                "The city sets up a cross-sector team to develop an integration "
                                "model."
                            ),
                        },
                        {
                            "year": 2016,
                            "event": "The city adopts the Immigrant Integration Model.",
                        },
                        {
                            "year": 2018,
                            "event": (
                                "The model wins an Innovation in Politics Award, and the city "
                                "adopts a Model for Equal Treatment."
                            ),
                        },
                        {
                            "year": 2019,
                            "event": (
                                "Mayor Paweł Adamowicz, a supporter of the model, is killed in "
                                "an attack at a charity event."
                            ),
                        },
                        {
                            "year": 2020,
                            "event": (
                                "The Gdańsk, Gdynia and Sopot metropolitan area publishes "
                                "minimum standards for integration."
                            ),
                        },
                    ],
                },
            ),
            (
                "actors",
                {
                    "heading": "Who is involved",
                    "actors": [
                        {
                            "name": "City of Gdańsk, Department of Social Development",
                            "kind": "municipality",
                            "url": "https://www.gdansk.pl",
                        },
                        {"name": "Immigrant Support Centre", "kind": "civil_society", "url": ""},
                        {"name": "Immigrants Council of Gdańsk", "kind": "other", "url": ""},
                        {
                            "name": "Gdańsk-Gdynia-Sopot Metropolitan Area",
                            "kind": "other",
                            "url": "",
                        },
                        {
                            "name": "Solidarity Cities",
                            "kind": "network",
                            "url": "https://solidaritycities.eu",
                        },
                    ],
                },
            ),
            ("embed", {"url": "https://vimeo.com/100000003", "caption": "Demo embed"}),
            (
                "sources",
                {
                    "heading": "Sources",
                    "items": [
                        {
                            "title": (
                                "Poland: Gdańsk to be the first Polish city with own "
                                "comprehensive model of immigrant integration?"
                            ),
                            "publisher": "European Website on Integration",
                            "year": 2016,
                            "url": (
                                "https://ec.europa.eu/migrant-integration/news/poland-gdask-to-be-the-first-polish-city-with-own-comprehensive-model-of-immigrant-integration"
                            ),
                        },
                        {
                            "title": "Safe home for immigrants: city policy in Gdansk",
                            "publisher": "Innovation in Politics Institute",
                            "year": 2018,
                            "url": "https://innovationinpolitics.eu/showroom/en/project/137",
                        },
                        {
                            "title": "Gdansk leads the way in solidarity with refugees",
                            "publisher": "AEIDL",
                            "year": 2019,
                            "url": (
                                "http://aeidl.eu/en/projects/refugees/4856-gdansk-leads-the-way-in-solidarity-with-refugees.html"
                            ),
                        },
                        {
                            "title": (
                                "Poland's Tri-City gives example of inclusive integrating solutions"
                            ),
                            "publisher": "forintegration.eu",
                            "year": 2020,
                            "url": (
                                "http://www.forintegration.eu/pl/poland-s-tri-city-gives-example-of-inclusive-integrating-solutions"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    "Naples": {
        "subtitle": "A port city that refused to make asylum seekers invisible",
        "summary": (
            "Naples became a symbol of municipal resistance to restrictive national migration "
            "law in Italy. In January 2019 the mayor instructed the registry offices to keep "
            "registering asylum seekers although a new law barred them from residence "
            "registration. The city also takes part in the national SAI reception system."
        ),
        "key_takeaways": [
            (
                "Residence registration is the key to many local services in Italy, which made "
                "it the focus of the city's action."
            ),
            (
                "The mayor presented the directive of January 2019 as obedience to the "
                "constitution rather than disobedience to the law."
            ),
            "In 2020 the Constitutional Court found the registration ban unconstitutional.",
            "Naples shows both the reach and the limits of a city acting against national law.",
        ],
        "body": [
            ("heading", {"text": "Introduction"}),
            (
                "paragraph",
                (
                    "<p>Naples is the capital of Campania and the largest city in southern "
                    "Italy. Its port and its long history of emigration are part of how the "
                    "city speaks about migration today.</p>"
                ),
            ),
            ("heading", {"text": "Context"}),
            (
                "paragraph",
                (
                    "<p>In Italy, registration in the municipal population register is the "
                    "gateway to many services, from identity cards to parts of the health and "
                    "social system. Law 132 of December 2018, which converted the so-called "
                    "security decree, barred asylum seekers from being registered as "
                    "residents.</p>"
                ),
            ),
            ("heading", {"text": "The policy"}),
            (
                "paragraph",
                (
                    "<p>On 15 January 2019 Mayor Luigi de Magistris signed a directive "
                    "instructing the registry offices to register migrants holding a temporary "
                    "permit as asylum seekers. The city used the register of the temporary "
                    "population, provided for in a national regulation of 1989, for this "
                    "purpose.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The members of the city government responsible for citizenship rights "
                    "and for the registry argued that the ban would push people out of "
                    "reception and onto the streets. They said that registration was needed to "
                    "direct people to basic services, including health care. The mayor "
                    "described the directive as an act of obedience to the constitution, not of "
                    "disobedience.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>In July 2020 the Constitutional Court ruled that the ban on registering "
                    "asylum seekers as residents was unconstitutional.</p>"
                ),
            ),
            (
                "key_figure",
                {
                    "value": "Law 132/2018",
                    "label": "The national law whose registration ban Naples chose not to apply",
                },
            ),
            (
                "key_figure",
                {
                    "value": "4 months",
                    "label": (
                        "Minimum stay for entry in the temporary population register under the "
                        "1989 regulation"
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "Registration sounds like paperwork. For the people we meet, it decides "
                        "whether a doctor or a shelter will see them at all."
                    ),
                    "speaker": "A social worker in the city (demo)",
                    "role": "Illustrative quote, demo content",
                },
            ),
            (
                "image",
                {
                    "image": "naples-1",
                    "alt": (
                        "Abstract illustration of a harbour and the outline of a volcano in the "
                        "blues and ochres of the Bay of Naples"
                    ),
                    "caption": "Illustration for the Naples profile (demo content).",
                    "credit": "Generated illustration, Moving Cities demo",
                },
            ),
            (
                "timeline",
                {
                    "heading": "Key dates",
                    "events": [
                        {
                            "year": 2002,
                            "event": (
                                "Italy creates SPRAR, the system of municipal reception "
                                "projects now known as SAI."
                            ),
                        },
                        {
                            "year": 2018,
                            "event": (
                                "Law 132/2018 bars asylum seekers from residence registration."
                            ),
                        },
                        {
                            "year": 2019,
                            "event": (
                                "The mayor signs a directive to keep registering asylum seekers "
                                "in Naples."
                            ),
                        },
                        {
                            "year": 2019,
                            "event": (
                                "The mayor declares the city ready to let a rescue ship with "
                                "migrants on board dock in Naples."
                            ),
                        },
                        {
                            "year": 2020,
                            "event": (
                                "The Constitutional Court declares the registration ban "
                                "unconstitutional."
                            ),
                        },
                    ],
                },
            ),
            (
                "actors",
                {
                    "heading": "Who is involved",
                    "actors": [
                        {
                            "name": "Comune di Napoli",
                            "kind": "municipality",
                            "url": "https://www.comune.napoli.it",
                        },
                        {
                            "name": "SAI, Reception and Integration System",
                            "kind": "network",
                            "url": "https://www.retesai.it",
                        },
                        {"name": "Ex OPG Je so' pazzo", "kind": "civil_society", "url": ""},
                        {"name": "Constitutional Court of Italy", "kind": "other", "url": ""},
                    ],
                },
            ),
            ("embed", {"url": "https://vimeo.com/100000004", "caption": "Demo embed"}),
            (
                "sources",
                {
                    "heading": "Sources",
                    "items": [
                        {
                            "title": (
                                "De Magistris sfida Salvini: firmata direttiva per inserire "
                                "nell'Anagrafe i migranti di Napoli"
                            ),
                            "publisher": "Fanpage.it",
                            "year": 2019,
                            "url": (
                                "https://napoli.fanpage.it/de-magistris-sfida-salvini-firmata-direttiva-per-inserire-nellanagrafe-i-migranti-di-napoli"
                            ),
                        },
                        {
                            "title": (
                                "Decreto sicurezza, de Magistris in prima fila a sostegno dei "
                                "migranti"
                            ),
                            "publisher": "Il Sole 24 Ore",
                            "year": 2019,
                            "url": (
                                "https://www.ilsole24ore.com/art/notizie/2019-01-03/decreto-sicurezza-de-magistris-prima-fila-sostegno-migranti-192032.shtml?uuid=AEzCM68G"
                            ),
                        },
                        {
                            "title": (
                                "Strappo sui migranti, ma all'Anagrafe di Napoli il primo "
                                "giorno nessun nuovo iscritto"
                            ),
                            "publisher": "Il Mattino",
                            "year": 2019,
                            "url": (
                                "https://www.ilmattino.it/napoli/politica/napoli_strappo_migranti_nessuno_iscritto_anagrafe-4236134.html"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    "Potsdam": {
        "subtitle": "Coordinating a national alliance of Safe Harbours",
        "summary": (
            "Potsdam declared itself a Safe Harbour in December 2018 and played a leading part "
            "in founding the Alliance of Cities of Safe Harbours in June 2019. The city has "
            "coordinated the alliance and, together with Palermo, led the founding of an "
            "international alliance in 2021."
        ),
        "key_takeaways": [
            (
                "A council resolution declaring Potsdam a Safe Harbour in 2018 was the starting "
                "point."
            ),
            (
                "By coordinating the alliance, a medium-sized city gained a voice towards the "
                "federal government."
            ),
            (
                "The alliance opened a regular dialogue with the Federal Ministry of the "
                "Interior on municipal admission."
            ),
            (
                "Potsdam links its advocacy on sea rescue with anti-racism work in a European "
                "coalition."
            ),
        ],
        "body": [
            ("heading", {"text": "Introduction"}),
            (
                "paragraph",
                (
                    "<p>Potsdam is the capital of the state of Brandenburg, on the "
                    "south-western edge of Berlin. With fewer than 200,000 inhabitants it is a "
                    "medium-sized city, yet it has become one of the best-known voices of "
                    "German municipalities on sea rescue and refugee admission.</p>"
                ),
            ),
            ("heading", {"text": "Context"}),
            (
                "paragraph",
                (
                    "<p>In Germany, the admission of refugees from abroad is decided by the "
                    "federal government. Municipalities that want to take in more people than "
                    "they are allocated depend on the consent of the federal and state "
                    "authorities. In 2018 the civil-society movement Seebrücke began to ask "
                    "towns to declare themselves Safe Harbours and to offer additional "
                    "places.</p>"
                ),
            ),
            ("heading", {"text": "The policy"}),
            (
                "paragraph",
                (
                    "<p>On 5 December 2018 the city council declared Potsdam a Safe Harbour and "
                    "expressed its solidarity with Seebrücke and with civil sea rescue. In June "
                    "2019 Potsdam and other municipalities adopted the Potsdam Declaration, and "
                    "on 14 June 2019 the Alliance of Cities of Safe Harbours was founded at a "
                    "congress in Berlin.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Potsdam has coordinated the alliance, supported by coordinators in the "
                    "federal states. Representatives of the Federal Ministry of the Interior "
                    "took part in the alliance's working meetings. In October 2020 around "
                    "twenty mayors spoke with the Federal Chancellor by video conference about "
                    "taking in refugees from the burned-down Moria camp on Lesbos.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>In June 2021 Potsdam and Palermo led the founding of the International "
                    "Alliance of Safe Harbours at the conference From the Sea to the City in "
                    "Palermo. At the same time the city entered into a sponsorship with the sea "
                    "rescue organisation Sea-Eye.</p>"
                ),
            ),
            (
                "key_figure",
                {
                    "value": "13",
                    "label": (
                        "Municipalities that founded the Alliance of Cities of Safe Harbours in "
                        "June 2019"
                    ),
                },
            ),
            (
                "key_figure",
                {
                    "value": "33",
                    "label": (
                        "Cities that formed the International Alliance of Safe Harbours in "
                        "Palermo in 2021"
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "A small city cannot change federal law. A hundred cities speaking "
                        "together are much harder to ignore."
                    ),
                    "speaker": "A member of a municipal coordination team (demo)",
                    "role": "Illustrative quote, demo content",
                },
            ),
            (
                "image",
                {
                    "image": "potsdam-1",
                    "alt": (
                        "Abstract illustration of paper boats on blue water, a reference to the "
                        "Safe Harbours campaign"
                    ),
                    "caption": "Illustration for the Potsdam profile (demo content).",
                    "credit": "Generated illustration, Moving Cities demo",
                },
            ),
            (
                "timeline",
                {
                    "heading": "Key dates",
                    "events": [
                        {
                            "year": 2018,
                            "event": "The city council declares Potsdam a Safe Harbour.",
                        },
                        {
                            "year": 2019,
                            "event": (
                                "Potsdam and other cities adopt the Potsdam Declaration and "
                                "found the Alliance of Cities of Safe Harbours."
                            ),
                        },
                        {
                            "year": 2020,
                            "event": (
                                "Mayors of the alliance speak with the Federal Chancellor about "
                                "refugees from the Moria camp."
                            ),
                        },
                        {
                            "year": 2021,
                            "event": (
                                "Potsdam and Palermo lead the founding of the International "
                                "Alliance of Safe Harbours."
                            ),
                        },
                    ],
                },
            ),
            (
                "actors",
                {
                    "heading": "Who is involved",
                    "actors": [
                        {
                            "name": (
                                "City of Potsdam, Division for Participation and Tolerant Potsdam"
                            ),
                            "kind": "municipality",
                            "url": "https://www.potsdam.de",
                        },
                        {
                            "name": "Seebrücke",
                            "kind": "civil_society",
                            "url": "https://seebruecke.org",
                        },
                        {
                            "name": "Sea-Eye",
                            "kind": "civil_society",
                            "url": "https://sea-eye.org",
                        },
                        {
                            "name": "Alliance of Cities of Safe Harbours",
                            "kind": "network",
                            "url": "https://staedte-sicherer-haefen.de",
                        },
                        {
                            "name": "European Coalition of Cities Against Racism",
                            "kind": "network",
                            "url": "https://www.eccar.info",
                        },
                    ],
                },
            ),
            ("embed", {"url": "https://vimeo.com/100000005", "caption": "Demo embed"}),
            (
                "sources",
                {
                    "heading": "Sources",
                    "items": [
                        {
                            "title": "Sicherer Hafen Potsdam",
                            "publisher": "Landeshauptstadt Potsdam",
                            "year": None,
                            "url": "https://www.potsdam.de/kategorie/sicherer-hafen-potsdam",
                        },
                        {
                            "title": "Das Bündnis",
                            "publisher": "Bündnis Städte Sicherer Häfen",
                            "year": None,
                            "url": "https://staedte-sicherer-haefen.de",
                        },
                        {
                            "title": (
                                "33 cities form the International Alliance of Safe Harbour Cities"
                            ),
                            "publisher": "Europe Must Act",
                            "year": 2021,
                            "url": (
                                "https://www.europemustact.org/post/33-cities-form-the-international-alliance-of-safe-harbour-cities"
                            ),
                        },
                        {
                            "title": "Potsdam: Pioneering advocate for community reception",
                            "publisher": "Moving Cities",
                            "year": None,
                            "url": (
                                "https://moving-cities.eu/en/potsdam/pioneering-advocate-for-community-reception"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
    "Grenoble": {
        "subtitle": "Unconditional welcome as a guiding principle",
        "summary": (
            "Grenoble was one of the nine founding members of ANVITA, the French network of "
            "welcoming cities, in 2018. The city has had an advisory council of foreign "
            "residents since 1999 and presents its policies under the principle of "
            "unconditional welcome. Its work relies on a dense network of associations."
        ),
        "key_takeaways": [
            (
                "An advisory council of foreign residents, created in 1999, was an early form "
                "of participation for residents without local voting rights in France."
            ),
            (
                "The city frames its approach as unconditional welcome, extending services to "
                "all residents."
            ),
            (
                "Grenoble co-founded ANVITA to share practice and to address the French state "
                "together with other cities."
            ),
            (
                "Debates about the council's resources show that participation bodies depend on "
                "sustained support."
            ),
        ],
        "body": [
            ("heading", {"text": "Introduction"}),
            (
                "paragraph",
                (
                    "<p>Grenoble is a university city in the French Alps with about 160,000 "
                    "inhabitants. In 2014 a green and left majority led by Éric Piolle won the "
                    "municipal elections, and it was re-elected in 2020.</p>"
                ),
            ),
            ("heading", {"text": "Context"}),
            (
                "paragraph",
                (
                    "<p>In France, asylum, residence permits and the reception of asylum "
                    "seekers are the responsibility of the state and its prefectures. Cities "
                    "act through social services, schools, housing and their public voice. "
                    "Citizens of countries outside the European Union cannot vote in French "
                    "municipal elections.</p>"
                ),
            ),
            ("heading", {"text": "The policy"}),
            (
                "paragraph",
                (
                    "<p>By a council decision in October 1999, Grenoble created an advisory "
                    "council of foreign residents, known as the CCREG. It was installed in July "
                    "2000 to give residents without local voting rights a say in city affairs. "
                    "Its commissions have worked on housing, health, the right to vote and the "
                    "reception of new arrivals.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The city describes its approach as unconditional welcome. According to "
                    "the municipal majority, this includes schooling all children regardless of "
                    "their status, reception classes for pupils who are learning French, and "
                    "emergency accommodation places run by the city and its social action "
                    "centre.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>In September 2018 Grenoble was one of nine founding members of ANVITA, "
                    "the national association of welcoming cities and territories, which "
                    "adopted a charter of unconditional welcome.</p>"
                ),
            ),
            (
                "key_figure",
                {
                    "value": "1999",
                    "label": "Year the advisory council of foreign residents (CCREG) was created",
                },
            ),
            (
                "key_figure",
                {
                    "value": "9",
                    "label": "Founding members of ANVITA in 2018, Grenoble among them",
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "Welcome is not a department of the town hall. It runs through the "
                        "schools, the social services and the way the front desk answers."
                    ),
                    "speaker": "A municipal officer (demo)",
                    "role": "Illustrative quote, demo content",
                },
            ),
            (
                "image",
                {
                    "image": "grenoble-1",
                    "alt": (
                        "Abstract illustration of mountain ridges in the greens and greys of "
                        "the Alps around Grenoble"
                    ),
                    "caption": "Illustration for the Grenoble profile (demo content).",
                    "credit": "Generated illustration, Moving Cities demo",
                },
            ),
            (
                "timeline",
                {
                    "heading": "Key dates",
                    "events": [
                        {
                            "year": 1999,
                            "event": (
                                "The city council decides to create an advisory council of "
                                "foreign residents."
                            ),
                        },
                        {
                            "year": 2000,
                            "event": "The advisory council of foreign residents is installed.",
                        },
                        {
                            "year": 2014,
                            "event": "A green and left majority wins the municipal elections.",
                        },
                        {
                            "year": 2018,
                            "event": (
                                "Grenoble co-founds ANVITA, the network of welcoming cities and "
                                "territories."
                            ),
                        },
                    ],
                },
            ),
            (
                "actors",
                {
                    "heading": "Who is involved",
                    "actors": [
                        {
                            "name": "Ville de Grenoble",
                            "kind": "municipality",
                            "url": "https://www.grenoble.fr",
                        },
                        {
                            "name": "Advisory Council of Foreign Residents of Grenoble (CCREG)",
                            "kind": "other",
                            "url": "",
                        },
                        {
                            "name": "Centre communal d'action sociale de Grenoble",
                            "kind": "municipality",
                            "url": "",
                        },
                        {
                            "name": "La Cimade",
                            "kind": "civil_society",
                            "url": "https://www.lacimade.org",
                        },
                        {"name": "ANVITA", "kind": "network", "url": "https://www.anvita.fr"},
                    ],
                },
            ),
            ("embed", {"url": "https://vimeo.com/100000006", "caption": "Demo embed"}),
            (
                "sources",
                {
                    "heading": "Sources",
                    "items": [
                        {
                            "title": "Qui sommes-nous ?",
                            "publisher": "ANVITA",
                            "year": None,
                            "url": "https://www.anvita.fr/qui-sommes-nous",
                        },
                        {
                            "title": (
                                "Rapport annuel du Conseil Consultatif des Résidents Étrangers "
                                "de Grenoble"
                            ),
                            "publisher": "ADES Grenoble",
                            "year": 2001,
                            "url": (
                                "http://www.ades-grenoble.org/ades/elus/dossiers/etrangers/011119-gk.html"
                            ),
                        },
                        {
                            "title": (
                                "Grenoble : six ans d'expérience d'un conseil consultatif des "
                                "résidents étrangers"
                            ),
                            "publisher": "Banque des Territoires",
                            "year": None,
                            "url": (
                                "https://banquedesterritoires.fr/experience/grenoble-six-ans-dexperience-dun-conseil-consultatif-des-residents-etrangers"
                            ),
                        },
                        {
                            "title": "Grenoble : une ville pionnière de la solidarité en France",
                            "publisher": "Moving Cities",
                            "year": None,
                            "url": "https://moving-cities.eu/fr/grenoble-4",
                        },
                    ],
                },
            ),
        ],
    },
    "Utrecht": {
        "subtitle": "Reception and integration from day one",
        "summary": (
            "Utrecht tested a new form of reception with Plan Einstein, which housed asylum "
            "seekers and local young people in one complex from 2016 to 2018. The city has long "
            "offered basic shelter to people without papers and since 2019 has taken part in "
            "the national pilot of shelters for undocumented migrants."
        ),
        "key_takeaways": [
            "Plan Einstein combined shared housing, shared courses and a neighbourhood hub.",
            (
                "An independent evaluation accompanied the project and produced lessons for "
                "other cities."
            ),
            (
                "Utrecht's shelter for people without papers is now part of a national pilot "
                "with four other cities."
            ),
            (
                "EU funding for urban innovation allowed the city to experiment beyond the "
                "usual reception model."
            ),
        ],
        "body": [
            ("heading", {"text": "Introduction"}),
            (
                "paragraph",
                (
                    "<p>Utrecht is the fourth-largest city in the Netherlands and a university "
                    "city in the centre of the country. Its approach to migration has focused "
                    "on practical experiments in reception and shelter.</p>"
                ),
            ),
            ("heading", {"text": "Context"}),
            (
                "paragraph",
                (
                    "<p>In the Netherlands, the reception of asylum seekers is organised "
                    "nationally by the Central Agency for the Reception of Asylum Seekers "
                    "(COA). People whose asylum claims have been rejected lose their right to "
                    "reception. Several cities have therefore provided their own basic shelter, "
                    "known as bed, bath and bread.</p>"
                ),
            ),
            ("heading", {"text": "The policy"}),
            (
                "paragraph",
                (
                    "<p>Between November 2016 and October 2018 Utrecht ran the Utrecht Refugee "
                    "Launchpad, known locally as Plan Einstein, in the district of Overvecht. "
                    "The project was funded through the EU's Urban Innovative Actions "
                    "initiative and brought together the city, NGOs, social enterprises and "
                    "educational institutions.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The project rested on three elements:</p><ul><li>shared housing for "
                    "asylum seekers and local young people in one complex;</li><li>courses in "
                    "English and entrepreneurship, open to residents of the "
                    "neighbourhood;</li><li>a hub for activities and encounters with "
                    "neighbours.</li></ul>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Utrecht has offered basic shelter to people without a residence permit "
                    "for many years. In 2019 it became one of five municipalities in the "
                    "national pilot of shelters for undocumented migrants, together with "
                    "Amsterdam, Eindhoven, Groningen and Rotterdam.</p>"
                ),
            ),
            (
                "key_figure",
                {
                    "value": "38",
                    "label": (
                        "Local young people living in the Plan Einstein complex, according to "
                        "the interim evaluation"
                    ),
                },
            ),
            (
                "key_figure",
                {
                    "value": "400",
                    "label": (
                        "Asylum seekers who could be housed at the same time, according to the "
                        "interim evaluation"
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "We did not plan a project for refugees. We planned a building where "
                        "neighbours would meet, and that changed the conversation."
                    ),
                    "speaker": "A project coordinator (demo)",
                    "role": "Illustrative quote, demo content",
                },
            ),
            (
                "image",
                {
                    "image": "utrecht-1",
                    "alt": (
                        "Abstract illustration of interlocking blocks in the brick red and "
                        "canal green of Utrecht"
                    ),
                    "caption": "Illustration for the Utrecht profile (demo content).",
                    "credit": "Generated illustration, Moving Cities demo",
                },
            ),
            (
                "timeline",
                {
                    "heading": "Key dates",
                    "events": [
                        {
                            "year": 2016,
                            "event": "Plan Einstein opens in the district of Overvecht.",
                        },
                        {
                            "year": 2018,
                            "event": (
                                "The Plan Einstein project ends and the reception centre closes."
                            ),
                        },
                        {
                            "year": 2019,
                            "event": "The independent evaluation of Plan Einstein is published.",
                        },
                        {
                            "year": 2019,
                            "event": (
                                "Utrecht joins the national pilot of shelters for undocumented "
                                "migrants."
                            ),
                        },
                        {
                            "year": 2022,
                            "event": (
                                "Utrecht hosts the tenth Integrating Cities Conference of "
                                "Eurocities."
                            ),
                        },
                    ],
                },
            ),
            (
                "actors",
                {
                    "heading": "Who is involved",
                    "actors": [
                        {
                            "name": "Gemeente Utrecht",
                            "kind": "municipality",
                            "url": "https://www.utrecht.nl",
                        },
                        {
                            "name": "Central Agency for the Reception of Asylum Seekers (COA)",
                            "kind": "other",
                            "url": "",
                        },
                        {"name": "Socius Wonen", "kind": "civil_society", "url": ""},
                        {
                            "name": "COMPAS, University of Oxford",
                            "kind": "research",
                            "url": "https://www.compas.ox.ac.uk",
                        },
                        {"name": "University of Roehampton", "kind": "research", "url": ""},
                    ],
                },
            ),
            ("embed", {"url": "https://vimeo.com/100000007", "caption": "Demo embed"}),
            (
                "sources",
                {
                    "heading": "Sources",
                    "items": [
                        {
                            "title": (
                                "Plan Einstein: Utrecht's Urban Experiment on Asylum Seeker "
                                "Reception, executive summary"
                            ),
                            "publisher": "COMPAS, University of Oxford",
                            "year": 2019,
                            "url": (
                                "https://www.compas.ox.ac.uk/2019/plan-einstein-utrechts-urban-experiment-on-asylum-seeker-reception-executive-summary-of-independent-evaluation/"
                            ),
                        },
                        {
                            "title": "The Utrecht Refugee Launchpad evaluation: interim report",
                            "publisher": "Utrecht University",
                            "year": 2018,
                            "url": (
                                "https://research-portal.uu.nl/en/publications/the-utrecht-refugee-launch-pad-evaluation-interim-report"
                            ),
                        },
                        {
                            "title": "Utrecht: U-RLP Utrecht Refugee Launch Pad",
                            "publisher": "Urban Innovative Actions",
                            "year": None,
                            "url": "https://www.uia-initiative.eu/fr/uia-cities/utrecht",
                        },
                    ],
                },
            ),
        ],
    },
    "Swansea": {
        "subtitle": "Pioneering the sanctuary movement in Wales",
        "summary": (
            "Swansea became the second City of Sanctuary in the UK, and the first in Wales, in "
            "2010. The recognition rested on a broad coalition of local organisations and a "
            "unanimous council resolution. The local movement later helped push for Wales to "
            "become a Nation of Sanctuary."
        ),
        "key_takeaways": [
            (
                "A civil-society coalition, not the council alone, earned the city its "
                "sanctuary status."
            ),
            "A unanimous council resolution in 2008 gave the movement political backing.",
            "Paid staff helped sustain cooperation between local groups and the local authority.",
            "The local movement contributed to the Welsh plan to become a Nation of Sanctuary.",
        ],
        "body": [
            ("heading", {"text": "Introduction"}),
            (
                "paragraph",
                (
                    "<p>Swansea is the second-largest city in Wales, on the south coast of the "
                    "country. Since 2000 it has been a dispersal area to which the UK Home "
                    "Office sends people seeking asylum.</p>"
                ),
            ),
            ("heading", {"text": "Context"}),
            (
                "paragraph",
                (
                    "<p>Under the UK dispersal system, most people seeking asylum cannot choose "
                    "where they live. Housing and support are arranged by the Home Office, "
                    "while councils and local groups deal with the daily reality of welcome and "
                    "inclusion.</p>"
                ),
            ),
            ("heading", {"text": "The policy"}),
            (
                "paragraph",
                (
                    "<p>Swansea City of Sanctuary was set up as a steering group in June 2008. "
                    "In December 2008 the city council passed a unanimous resolution supporting "
                    "the initiative, and a public launch followed in February 2009.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>In 2010 Swansea applied for national recognition with the support of "
                    "more than 100 local organisations, including faith communities, small "
                    "businesses, the police and the local newspaper. It was recognised as the "
                    "second City of Sanctuary in the UK and the first in Wales, and the "
                    "achievement was celebrated in June 2010.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The group later secured independent funding to employ staff. According "
                    "to a Moving Cities case study, during the COVID-19 pandemic the council "
                    "used local funds to top up the payment cards on which people seeking "
                    "asylum receive their support.</p>"
                ),
            ),
            (
                "key_figure",
                {
                    "value": "105",
                    "label": (
                        "Local organisations supporting Swansea's application for City of "
                        "Sanctuary status in 2010"
                    ),
                },
            ),
            (
                "key_figure",
                {
                    "value": "2nd",
                    "label": "Swansea's place among UK cities recognised as a City of Sanctuary",
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "Sanctuary is not a label on the town hall. It is the football club, "
                        "the library and the café all deciding to say welcome."
                    ),
                    "speaker": "A volunteer with a local group (demo)",
                    "role": "Illustrative quote, demo content",
                },
            ),
            (
                "image",
                {
                    "image": "swansea-1",
                    "alt": (
                        "Abstract illustration of a curved bay in the sea greens and sand tones "
                        "of Swansea Bay"
                    ),
                    "caption": "Illustration for the Swansea profile (demo content).",
                    "credit": "Generated illustration, Moving Cities demo",
                },
            ),
            (
                "timeline",
                {
                    "heading": "Key dates",
                    "events": [
                        {
                            "year": 2000,
                            "event": (
                                "Swansea becomes a dispersal area for people seeking asylum."
                            ),
                        },
                        {
                            "year": 2008,
                            "event": (
                                "A City of Sanctuary steering group forms and the council "
                                "passes a unanimous resolution of support."
                            ),
                        },
                        {"year": 2009, "event": "The initiative is publicly launched."},
                        {
                            "year": 2010,
                            "event": (
                                "Swansea is recognised as the second City of Sanctuary in the "
                                "UK and the first in Wales."
                            ),
                        },
                        {
                            "year": 2019,
                            "event": (
                                "The Welsh Government publishes its plan to make Wales a Nation "
                                "of Sanctuary."
                            ),
                        },
                    ],
                },
            ),
            (
                "actors",
                {
                    "heading": "Who is involved",
                    "actors": [
                        {
                            "name": "Swansea City of Sanctuary",
                            "kind": "civil_society",
                            "url": "https://swansea.cityofsanctuary.org",
                        },
                        {
                            "name": "Swansea Council",
                            "kind": "municipality",
                            "url": "https://www.swansea.gov.uk",
                        },
                        {
                            "name": "Swansea Council for Voluntary Service (SCVS)",
                            "kind": "civil_society",
                            "url": "https://www.scvs.org.uk",
                        },
                        {
                            "name": "Swansea Asylum Seekers Support",
                            "kind": "civil_society",
                            "url": "",
                        },
                        {
                            "name": "City of Sanctuary UK",
                            "kind": "network",
                            "url": "https://cityofsanctuary.org",
                        },
                    ],
                },
            ),
            ("embed", {"url": "https://vimeo.com/100000008", "caption": "Demo embed"}),
            (
                "sources",
                {
                    "heading": "Sources",
                    "items": [
                        {
                            "title": "We are Ten!",
                            "publisher": "Swansea City of Sanctuary",
                            "year": 2020,
                            "url": "https://swansea.cityofsanctuary.org/2020/06/20/we-are-ten",
                        },
                        {
                            "title": "Council pledges support for City of Sanctuary",
                            "publisher": "Swansea City of Sanctuary",
                            "year": 2008,
                            "url": (
                                "https://swansea.cityofsanctuary.org/2009/02/07/thursday-4th-december-2008-swansea-city-council-pledges-support"
                            ),
                        },
                        {
                            "title": (
                                "Swansea: Pioneering the sanctuary movement in Wales and the UK"
                            ),
                            "publisher": "Moving Cities",
                            "year": None,
                            "url": "https://moving-cities.eu/swansea",
                        },
                    ],
                },
            ),
        ],
    },
    "Amsterdam": {
        "subtitle": "Shelter and a future perspective for people without papers",
        "summary": (
            "Amsterdam has provided shelter for undocumented migrants for more than a decade, "
            "moving from emergency provision to 24-hour places with individual guidance. The "
            "city is one of five in the national pilot of shelters for undocumented migrants "
            "and an active voice in European city networks."
        ),
        "key_takeaways": [
            (
                "Pressure and visibility from the self-organised group We Are Here shaped the "
                "city's response."
            ),
            (
                "24-hour shelter with case management aims at a lasting solution, not only a "
                "bed for the night."
            ),
            (
                "Researchers point out that entry criteria create new distinctions between who "
                "is helped and who is not."
            ),
            (
                "In 2024 the city decided to fund the shelter from its own budget if national "
                "funding ended."
            ),
        ],
        "body": [
            ("heading", {"text": "Introduction"}),
            (
                "paragraph",
                (
                    "<p>Amsterdam is the capital of the Netherlands and its largest city. It "
                    "combines a long tradition of civic activism with an administration that "
                    "has repeatedly tested the limits of national rules on support for people "
                    "without papers.</p>"
                ),
            ),
            ("heading", {"text": "Context"}),
            (
                "paragraph",
                (
                    "<p>In the Netherlands, people without a right of residence have been "
                    "excluded from most public services since a law of 1998. European human "
                    "rights bodies, including the European Committee of Social Rights, have "
                    "concluded that the country must nevertheless provide basic shelter, food "
                    "and clothing to people in need.</p>"
                ),
            ),
            ("heading", {"text": "The policy"}),
            (
                "paragraph",
                (
                    "<p>In 2012 undocumented migrants in Amsterdam formed the collective We Are "
                    "Here to make their situation visible. From December 2013, the city hosted "
                    "part of the group for six months in a former prison converted into a "
                    "shelter, known as the Vluchthaven, in cooperation with the Dutch Council "
                    "for Refugees.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>In 2018 the new city coalition announced 24-hour shelter places for 500 "
                    "undocumented migrants. Residents can stay for up to 18 months and work "
                    "with an adviser on a long-term perspective, which may be legal residence, "
                    "onward migration or return. In 2019 Amsterdam became one of five "
                    "municipalities in the national pilot of shelters for undocumented "
                    "migrants.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Researchers have noted that the entry criteria create new distinctions "
                    "between migrants considered eligible and those left out. In 2024, when the "
                    "national government planned to end its funding, the city said it would "
                    "finance shelter, guidance and care from its own budget in 2025.</p>"
                ),
            ),
            (
                "key_figure",
                {
                    "value": "500",
                    "label": (
                        "24-hour shelter places for undocumented migrants in Amsterdam's programme"
                    ),
                },
            ),
            (
                "key_figure",
                {
                    "value": "1,062",
                    "label": (
                        "People sheltered in these places between 2019 and mid-2024, according "
                        "to the city"
                    ),
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "A bed is the start. What people need is time and someone who helps "
                        "them work out what comes next."
                    ),
                    "speaker": "A shelter case manager (demo)",
                    "role": "Illustrative quote, demo content",
                },
            ),
            (
                "image",
                {
                    "image": "amsterdam-1",
                    "alt": (
                        "Abstract illustration of canal arches in the dark blues and brick reds "
                        "of Amsterdam"
                    ),
                    "caption": "Illustration for the Amsterdam profile (demo content).",
                    "credit": "Generated illustration, Moving Cities demo",
                },
            ),
            (
                "timeline",
                {
                    "heading": "Key dates",
                    "events": [
                        {
                            "year": 2012,
                            "event": "Undocumented migrants form the collective We Are Here.",
                        },
                        {
                            "year": 2013,
                            "event": (
                                "The city opens the Vluchthaven shelter in a former prison for "
                                "six months."
                            ),
                        },
                        {
                            "year": 2016,
                            "event": "Amsterdam supports the Solidarity Cities initiative.",
                        },
                        {
                            "year": 2018,
                            "event": (
                                "The new city coalition announces 500 places of 24-hour shelter."
                            ),
                        },
                        {
                            "year": 2019,
                            "event": (
                                "Amsterdam joins the national pilot of shelters for "
                                "undocumented migrants."
                            ),
                        },
                        {
                            "year": 2021,
                            "event": (
                                "Amsterdam is among the founding cities of the International "
                                "Alliance of Safe Harbours."
                            ),
                        },
                        {
                            "year": 2024,
                            "event": (
                                "The city commits to funding the shelter from its own budget "
                                "for 2025."
                            ),
                        },
                    ],
                },
            ),
            (
                "actors",
                {
                    "heading": "Who is involved",
                    "actors": [
                        {
                            "name": "Gemeente Amsterdam",
                            "kind": "municipality",
                            "url": "https://www.amsterdam.nl",
                        },
                        {"name": "We Are Here", "kind": "self_organisation", "url": ""},
                        {
                            "name": "Dutch Council for Refugees",
                            "kind": "civil_society",
                            "url": "",
                        },
                        {
                            "name": "Solidarity Cities",
                            "kind": "network",
                            "url": "https://solidaritycities.eu",
                        },
                    ],
                },
            ),
            ("embed", {"url": "https://vimeo.com/100000009", "caption": "Demo embed"}),
            (
                "sources",
                {
                    "heading": "Sources",
                    "items": [
                        {
                            "title": (
                                "Amsterdam's support for non-documented migrants: a fresh start "
                                "in adversity"
                            ),
                            "publisher": "Moving Cities",
                            "year": None,
                            "url": (
                                "https://moving-cities.eu/amsterdam/amsterdam-s-support-for-non-documented-migrants-a-fresh-start-in-adversity"
                            ),
                        },
                        {
                            "title": (
                                "The city of Amsterdam has come up with a new way to help its "
                                "refugee population"
                            ),
                            "publisher": "CityMetric",
                            "year": None,
                            "url": (
                                "https://www.citymetric.com/city-amsterdam-has-come-new-way-help-its-refugee-population"
                            ),
                        },
                        {
                            "title": (
                                "Sheltering the undocumented in Amsterdam: inclusive housing "
                                "rights or policing urban informality?"
                            ),
                            "publisher": "HOMInG, University of Trento",
                            "year": 2020,
                            "url": (
                                "https://homing.soc.unitn.it/2020/06/16/belloni-s-aru-sheltering-the-undocumented-in-amsterdam-inclusive-housing-rights-or-policing-urban-informality/"
                            ),
                        },
                        {
                            "title": (
                                "Amsterdam pledges to maintain basic shelter for undocumented "
                                "migrants"
                            ),
                            "publisher": "Migrant Affairs",
                            "year": 2024,
                            "url": (
                                "https://migrantaffairs.info/amsterdam-pledges-to-maintain-basic-shelter-for-undocumented-migrants/"
                            ),
                        },
                    ],
                },
            ),
        ],
    },
}
