"""Local approaches of the featured cities (English source data).

Each approach belongs to a featured city in cities.CITIES and to one or more policy areas
from policy_areas.POLICY_AREAS. Bodies use the same (block_type, value) tuples as the
profiles. Contacts name offices, never private persons.
"""

APPROACHES = [
    {
        "city": "Barcelona",
        "slug": "barcelona-saier",
        "title": "SAIER: one municipal door for migrants and refugees",
        "short_title": "A one-stop service for migrants",
        "summary": (
            "Barcelona's Municipal Service for Immigrants, Emigrants and Refugees has offered "
            "free advice since 1989. It is open to everyone, whatever their residence status."
        ),
        "policy_areas": ["social-rights", "reception-residence"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>SAIER brings legal and social advice for migrants, refugees and "
                    "returning emigrants under one roof. It is open to everyone, whatever their "
                    "residence status. The service gives newcomers a single place to start, "
                    "instead of a maze of offices.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>The city council runs the service together with specialised partner "
                    "organisations. Advisers help with residence and asylum procedures, family "
                    "reunification and access to other city services. The service also refers "
                    "people to housing, health and employment support.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>SAIER has become the city's main entry point for newcomers and was "
                    "strengthened under the plan Barcelona, Ciutat Refugi in 2015. The city "
                    "council reported that the service assisted about 19,000 people in 2020, "
                    "despite the pandemic.</p>"
                ),
            ),
            ("key_figure", {"value": "1989", "label": "Year the service was set up"}),
        ],
        "contact": {
            "name": "SAIER, Municipal Service for Immigrants, Emigrants and Refugees",
            "role": "Municipal service",
            "organisation": "Barcelona City Council",
            "email": "",
            "url": "https://ajuntament.barcelona.cat",
        },
        "related": ["barcelona-ciutat-refugi", "berlin-clearing-house-health-care"],
    },
    {
        "city": "Barcelona",
        "slug": "barcelona-ciutat-refugi",
        "title": "Barcelona, Ciutat Refugi: a city plan for refuge",
        "short_title": "A city plan for refuge",
        "summary": (
            "In September 2015 Barcelona launched a municipal plan to prepare the city for the "
            "reception of refugees and to press national and European governments to do more."
        ),
        "policy_areas": ["reception-residence", "networking-advocacy", "civil-society"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>The plan turned a wave of public solidarity into a municipal programme. "
                    "It showed that a city without formal powers over asylum can still prepare "
                    "its services, support civil society and speak up politically.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>The plan was launched in September 2015. It reinforced SAIER, increased "
                    "support for organisations working on asylum and international cooperation, "
                    "and offered residents a channel to register their offers of help.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The city also developed a supplementary municipal programme for asylum "
                    "seekers, called Nausica, to complement the state reception system.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>The plan moved over time from emergency preparation to longer-term "
                    "reception and inclusion. It also carried a political message: Barcelona "
                    "proposed a network of Spanish cities of refuge, and in 2017 twenty-five "
                    "Spanish cities presented a joint declaration on refuge in Barcelona.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The state decides on asylum, but people live in cities. We wanted the "
                        "city to be ready."
                    ),
                    "speaker": "A municipal officer (demo)",
                    "role": "Illustrative quote, demo content",
                },
            ),
        ],
        "contact": {
            "name": "Department of Immigration and Interculturality",
            "role": "Municipal contact point",
            "organisation": "Barcelona City Council",
            "email": "",
            "url": "https://ajuntament.barcelona.cat",
        },
        "related": [
            "barcelona-saier",
            "potsdam-safe-harbours-alliance",
            "amsterdam-european-networks",
        ],
    },
    {
        "city": "Barcelona",
        "slug": "barcelona-anti-rumour-strategy",
        "title": "The anti-rumour strategy",
        "short_title": "Countering rumours about migration",
        "summary": (
            "Since 2010 Barcelona has worked with a network of associations and volunteers to "
            "counter rumours and stereotypes about migrants in everyday conversation."
        ),
        "policy_areas": ["intercultural-inclusion", "civil-society"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>The strategy starts from the idea that prejudice spreads through "
                    "ordinary conversations. It answers rumours with facts and with trained "
                    "people who can respond calmly in daily life.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>The city council coordinates a network of associations, local "
                    "organisations and individual volunteers. The network trains so-called "
                    "anti-rumour agents and produces information materials and campaigns that "
                    "address common false beliefs about migration.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>The anti-rumour method has been adopted by other cities in Spain and "
                    "across Europe, including through the Council of Europe's Intercultural "
                    "Cities programme.</p>"
                ),
            ),
        ],
        "contact": {
            "name": "Department of Immigration and Interculturality",
            "role": "Municipal contact point",
            "organisation": "Barcelona City Council",
            "email": "",
            "url": "https://ajuntament.barcelona.cat",
        },
        "related": ["barcelona-municipal-immigration-council", "potsdam-eccar-anti-racism"],
    },
    {
        "city": "Barcelona",
        "slug": "barcelona-municipal-immigration-council",
        "title": "The Municipal Immigration Council",
        "short_title": "A council for migrant associations",
        "summary": (
            "Barcelona's Municipal Immigration Council brings migrant associations and other "
            "organisations into a standing dialogue with the city."
        ),
        "policy_areas": ["political-participation", "civil-society"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>The council gives associations of migrants a formal place in city "
                    "decision-making. It also gives them a public voice on issues that affect "
                    "migrant residents.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>The council is a participatory body of the city council. Its members "
                    "include migrant associations and organisations working with migrants. It "
                    "prepares opinions and reports, and it awards annual prizes to projects and "
                    "people working for the rights of migrants.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>The council has drawn attention to practical barriers that migrants "
                    "face. In 2020, for example, a survey by the council found that 63 per cent "
                    "of people who needed an appointment for procedures concerning their "
                    "foreigner status were unable to get one.</p>"
                ),
            ),
        ],
        "contact": {
            "name": "Department of Immigration and Interculturality",
            "role": "Municipal contact point",
            "organisation": "Barcelona City Council",
            "email": "",
            "url": "https://ajuntament.barcelona.cat",
        },
        "related": ["grenoble-foreign-residents-council", "gdansk-immigrants-council"],
    },
    {
        "city": "Berlin",
        "slug": "berlin-clearing-house-health-care",
        "title": "A clearing house for people without health insurance",
        "short_title": "Health care without insurance",
        "summary": (
            "Since October 2018 a clearing house funded by the Berlin Senate has helped people "
            "without health insurance, including people without papers, to get medical care."
        ),
        "policy_areas": ["social-rights"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>The clearing house opens a way into medical care for people who fall "
                    "through the gaps of the health system. It is open to people without papers "
                    "as well as to EU citizens and German residents without insurance. Advice "
                    "is confidential.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>The clearing house is run by the Berliner Stadtmission and funded by "
                    "the Senate. A team of social workers, lawyers and other specialists first "
                    "checks whether a person can return to health insurance. Since June 2019 it "
                    "can also cover the cost of treatment for people who have no other access, "
                    "through a network of cooperating doctors and hospitals.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>Demand has grown steadily, and the team has grown with it. The clearing "
                    "house is the result of years of campaigning by civil-society groups such "
                    "as Medibüro Berlin for an anonymous health care certificate.</p>"
                ),
            ),
            ("key_figure", {"value": "2018", "label": "Year the clearing house opened"}),
        ],
        "contact": {
            "name": "Senate Department for Health",
            "role": "Municipal contact point",
            "organisation": "State of Berlin",
            "email": "",
            "url": "https://www.berlin.de",
        },
        "related": ["barcelona-saier", "grenoble-services-for-all-residents"],
    },
    {
        "city": "Berlin",
        "slug": "berlin-participation-law",
        "title": "A participation law for the migration society",
        "short_title": "Participation written into law",
        "summary": (
            "Berlin passed the first participation and integration law of any German state in "
            "2010 and replaced it with a stronger participation law in 2021."
        ),
        "policy_areas": ["political-participation", "intercultural-inclusion"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>Berlin uses its powers as a federal state to make participation binding "
                    "for its own administration. The law treats the diversity of the city as a "
                    "task for the whole public service.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>The law of 2021 requires public bodies to set targets and plans for "
                    "employing more people with a migration history. Job advertisements must "
                    "address them directly. Every district must set up an advisory council for "
                    "participation and integration, and a council for the concerns of Roma and "
                    "Sinti was created at state level.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>The first law of 2010 was evaluated after ten years and found to be too "
                    "little known and too vague. The revised law was passed on 17 June 2021. In "
                    "2024 the state carried out its first voluntary survey of the migration "
                    "background of its employees.</p>"
                ),
            ),
        ],
        "contact": {
            "name": "Office of the Senate Commissioner for Integration and Migration",
            "role": "Municipal contact point",
            "organisation": "State of Berlin",
            "email": "",
            "url": "https://www.berlin.de/lb/intmig/",
        },
        "related": ["gdansk-immigrants-council", "grenoble-foreign-residents-council"],
    },
    {
        "city": "Berlin",
        "slug": "berlin-safe-harbour",
        "title": "Berlin as a Safe Harbour",
        "short_title": "A founding Safe Harbour",
        "summary": (
            "Berlin is a founding member of the Alliance of Cities of Safe Harbours, which "
            "offers to take in people rescued at sea in addition to national quotas."
        ),
        "policy_areas": ["networking-advocacy", "reception-residence"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>As Germany's capital, Berlin lends weight to the demand that willing "
                    "cities should be allowed to take in more refugees. It hosted the founding "
                    "congress of the alliance in its Red Town Hall in June 2019.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>Berlin's department for integration and migration coordinates the "
                    "city's work in the alliance. Its representatives take part in the meetings "
                    "of the state coordinators and in the general assemblies of the alliance, "
                    "and they share knowledge with other members, for example through "
                    "webinars.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>The alliance has grown to well over a hundred municipalities. It has no "
                    "dedicated funding and relies on the commitment of its members and on the "
                    "coordinating office in Potsdam.</p>"
                ),
            ),
        ],
        "contact": {
            "name": "Office of the Senate Commissioner for Integration and Migration",
            "role": "Municipal contact point",
            "organisation": "State of Berlin",
            "email": "",
            "url": "https://www.berlin.de/lb/intmig/",
        },
        "related": ["potsdam-safe-harbours-alliance", "naples-open-port"],
    },
    {
        "city": "Gdańsk",
        "slug": "gdansk-immigrant-integration-model",
        "title": "The Immigrant Integration Model",
        "short_title": "A city-wide integration model",
        "summary": (
            "Gdańsk adopted a comprehensive municipal integration policy in 2016, developed "
            "together with civil society and implemented through annual action plans."
        ),
        "policy_areas": ["social-rights", "intercultural-inclusion", "civil-society"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>The model was the first comprehensive municipal integration policy in "
                    "Poland. It was developed from the bottom up, starting with the advocacy of "
                    "a local NGO. It treats integration as a task for every city service, not "
                    "for a single office.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>The model covers education, employment, culture, local communities, "
                    "violence and discrimination, social assistance, health and housing. "
                    "Thematic working groups bring together city institutions, NGOs and "
                    "immigrants. The city implements the model through annual action plans.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>More than 300 city employees have been trained in anti-discrimination. "
                    "The model won an Innovation in Politics Award in 2018, and surveys cited "
                    "by the award organisers found more positive attitudes towards migrants in "
                    "Gdańsk than in other Polish cities.</p>"
                ),
            ),
            (
                "key_figure",
                {
                    "value": "8",
                    "label": "Thematic areas covered by the model when it was drafted",
                },
            ),
        ],
        "contact": {
            "name": "Department of Social Development",
            "role": "Municipal contact point",
            "organisation": "City of Gdańsk",
            "email": "",
            "url": "https://www.gdansk.pl",
        },
        "related": ["gdansk-immigrants-council", "gdansk-metropolitan-integration-standards"],
    },
    {
        "city": "Gdańsk",
        "slug": "gdansk-immigrants-council",
        "title": "The Immigrants Council",
        "short_title": "Migrants advising the mayor",
        "summary": (
            "An advisory council of representatives of immigrant communities keeps the Mayor of "
            "Gdańsk informed about their needs and concerns."
        ),
        "policy_areas": ["political-participation"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>Foreign residents who are not EU citizens cannot vote in Polish local "
                    "elections. The council gives them a direct and regular channel to the "
                    "mayor.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>The council is part of the structure set up to implement the Immigrant "
                    "Integration Model, alongside a steering committee, a management group and "
                    "an integration and migration forum. Its members represent different "
                    "immigrant communities in the city.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>According to a report from 2019, the council had 13 migrant "
                    "representatives, including two refugees. It has made the voices of "
                    "immigrants visible in city debates on integration.</p>"
                ),
            ),
        ],
        "contact": {
            "name": "Department of Social Development",
            "role": "Municipal contact point",
            "organisation": "City of Gdańsk",
            "email": "",
            "url": "https://www.gdansk.pl",
        },
        "related": ["berlin-participation-law", "barcelona-municipal-immigration-council"],
    },
    {
        "city": "Gdańsk",
        "slug": "gdansk-metropolitan-integration-standards",
        "title": "Minimum standards for integration across the metropolitan area",
        "short_title": "Integration standards for the region",
        "summary": (
            "In 2020 the metropolitan area of Gdańsk, Gdynia and Sopot published minimum "
            "standards for the integration of immigrants, drawing on the experience of Gdańsk."
        ),
        "policy_areas": ["networking-advocacy", "civil-society"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>The standards carry the experience of one city to its neighbours. They "
                    "give smaller municipalities a clear list of what they need to do "
                    "first.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>The standards were drawn up by the commission for social and economic "
                    "affairs of the metropolitan area and presented in March 2020 at the "
                    "European Solidarity Centre in Gdańsk. They call for local integration "
                    "teams, Polish classes for adults, schools prepared for children with a "
                    "migration background, legal and information support, and help for "
                    "immigrants in crisis situations.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>The standards are a reference for municipalities in the region. How far "
                    "each municipality has applied them is a question for further research.</p>"
                ),
            ),
        ],
        "contact": {
            "name": "Department of Social Development",
            "role": "Municipal contact point",
            "organisation": "City of Gdańsk",
            "email": "",
            "url": "https://www.gdansk.pl",
        },
        "related": ["gdansk-immigrant-integration-model", "amsterdam-european-networks"],
    },
    {
        "city": "Naples",
        "slug": "naples-registration-of-asylum-seekers",
        "title": "Registering asylum seekers despite a national ban",
        "short_title": "Registration for asylum seekers",
        "summary": (
            "In January 2019 the Mayor of Naples instructed the registry offices to keep "
            "registering asylum seekers, although a new national law barred them from residence "
            "registration."
        ),
        "policy_areas": ["reception-residence", "social-rights"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>The city used an existing administrative tool to keep people visible to "
                    "its services. It turned a technical question of registration into a public "
                    "debate about rights.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>The directive of 15 January 2019 asked the registry offices to enter "
                    "migrants holding a temporary permit as asylum seekers in the register of "
                    "the temporary population. This register is provided for by a national "
                    "regulation of 1989. At first, requests could be made at a single central "
                    "registry office.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>On the first day no new requests were recorded, which showed how much "
                    "depends on information reaching the people concerned. In July 2020 the "
                    "Constitutional Court declared the national registration ban "
                    "unconstitutional.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Registration is where a city decides whether someone exists for its "
                        "services."
                    ),
                    "speaker": "A municipal officer (demo)",
                    "role": "Illustrative quote, demo content",
                },
            ),
        ],
        "contact": {
            "name": "Department of Citizenship Rights",
            "role": "Municipal contact point",
            "organisation": "Comune di Napoli",
            "email": "",
            "url": "https://www.comune.napoli.it",
        },
        "related": ["naples-open-port", "amsterdam-lvv-shelter"],
    },
    {
        "city": "Naples",
        "slug": "naples-open-port",
        "title": "An open port for rescue ships",
        "short_title": "Offering the port to rescue ships",
        "summary": (
            "In January 2019 the Mayor of Naples declared the city ready to let a rescue ship "
            "with migrants on board dock in its port, in open contrast to national policy."
        ),
        "policy_areas": ["networking-advocacy", "reception-residence"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>The declaration was a clear political signal from a mayor at a time "
                    "when Italy was closing its ports to rescue ships. It placed the city on "
                    "the side of civil sea rescue.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>Decisions on which ships may enter Italian ports lie with national "
                    "authorities, not with the city. The mayor's offer was therefore mainly a "
                    "public statement of willingness to receive people.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>The offer did not change national decisions on disembarkation. It did "
                    "help to make Naples a reference point in the European debate about cities "
                    "willing to receive people rescued at sea.</p>"
                ),
            ),
        ],
        "contact": {
            "name": "Department of Citizenship Rights",
            "role": "Municipal contact point",
            "organisation": "Comune di Napoli",
            "email": "",
            "url": "https://www.comune.napoli.it",
        },
        "related": ["potsdam-sea-rescue-sponsorship", "berlin-safe-harbour"],
    },
    {
        "city": "Potsdam",
        "slug": "potsdam-safe-harbours-alliance",
        "title": "Building the Alliance of Cities of Safe Harbours",
        "short_title": "Coordinating the Safe Harbours",
        "summary": (
            "Potsdam played a leading part in founding the German Alliance of Cities of Safe "
            "Harbours in 2019 and has coordinated its work."
        ),
        "policy_areas": ["networking-advocacy", "reception-residence"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>Potsdam showed how a medium-sized city can give many municipalities a "
                    "common voice. The alliance turned individual declarations into a "
                    "coordinated offer to the federal government.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>Potsdam's division for participation has coordinated the alliance. "
                    "Member municipalities chose coordinators for each federal state, and "
                    "representatives of the Federal Ministry of the Interior attended working "
                    "meetings. The coordinators proposed an amendment to the Residence Act that "
                    "would make municipal admission easier.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>The alliance gained access to the highest levels of government: in "
                    "October 2020 around twenty mayors spoke with the Federal Chancellor about "
                    "refugees from the Moria camp. Demo text: the current status of the "
                    "proposed amendment is to be checked by the research team.</p>"
                ),
            ),
            (
                "key_figure",
                {"value": "13", "label": "Founding municipalities of the alliance in 2019"},
            ),
        ],
        "contact": {
            "name": "Division for Participation and Tolerant Potsdam",
            "role": "Municipal contact point",
            "organisation": "City of Potsdam",
            "email": "",
            "url": "https://www.potsdam.de",
        },
        "related": ["berlin-safe-harbour", "potsdam-sea-rescue-sponsorship"],
    },
    {
        "city": "Potsdam",
        "slug": "potsdam-sea-rescue-sponsorship",
        "title": "A city sponsorship for sea rescue",
        "short_title": "Sponsoring a rescue organisation",
        "summary": (
            "In June 2021 the City of Potsdam entered into a sponsorship with the sea rescue "
            "organisation Sea-Eye, linking municipal politics with civil sea rescue."
        ),
        "policy_areas": ["civil-society", "networking-advocacy"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>The sponsorship links a city administration directly with a "
                    "civil-society rescue organisation. It makes the city's solidarity with sea "
                    "rescue concrete and visible.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>The city announced the sponsorship during the conference From the Sea "
                    "to the City in Palermo in June 2021. Potsdam has also honoured sea "
                    "rescuers locally: crew members of the rescue ship Iuventa received the "
                    "city's Max Dortu Prize for democracy and civil courage.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>Demo text: the practical content of the sponsorship, such as public "
                    "events and joint statements, is to be documented by the research team.</p>"
                ),
            ),
        ],
        "contact": {
            "name": "Division for Participation and Tolerant Potsdam",
            "role": "Municipal contact point",
            "organisation": "City of Potsdam",
            "email": "",
            "url": "https://www.potsdam.de",
        },
        "related": ["naples-open-port", "swansea-city-of-sanctuary"],
    },
    {
        "city": "Potsdam",
        "slug": "potsdam-eccar-anti-racism",
        "title": "Anti-racism work in a European coalition",
        "short_title": "Hosting the ECCAR secretariat",
        "summary": (
            "Potsdam has hosted the administrative secretariat of the European Coalition of "
            "Cities Against Racism, connecting local anti-racism work with cities across "
            "Europe."
        ),
        "policy_areas": ["intercultural-inclusion", "networking-advocacy"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>Potsdam connects its local work against racism with a European network. "
                    "This gives a medium-sized city a role in a coalition of more than a "
                    "hundred municipalities.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>Member cities of the coalition commit to a Ten-Point Plan of Action, "
                    "adopted in Nuremberg in 2004. The plan covers monitoring, data collection, "
                    "equal opportunities, housing, education and support for victims of "
                    "discrimination. Potsdam has provided the administrative secretariat for "
                    "the coalition.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>Demo text: the effects of the Ten-Point Plan on Potsdam's own policies "
                    "are to be reviewed by the research team.</p>"
                ),
            ),
        ],
        "contact": {
            "name": "Division for Participation and Tolerant Potsdam",
            "role": "Municipal contact point",
            "organisation": "City of Potsdam",
            "email": "",
            "url": "https://www.potsdam.de",
        },
        "related": ["barcelona-anti-rumour-strategy", "berlin-participation-law"],
    },
    {
        "city": "Grenoble",
        "slug": "grenoble-foreign-residents-council",
        "title": "An advisory council of foreign residents",
        "short_title": "A council for foreign residents",
        "summary": (
            "Since 2000 Grenoble's advisory council of foreign residents has given residents "
            "without local voting rights a voice in city affairs."
        ),
        "policy_areas": ["political-participation", "intercultural-inclusion"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>The council was an early answer in France to the fact that citizens of "
                    "countries outside the EU cannot vote in municipal elections. It gives them "
                    "a standing body to debate and advise on city policy.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>The council was created by a council decision in October 1999 and "
                    "installed in July 2000. Associations of foreign residents nominate "
                    "representatives. Commissions work on themes such as housing, health, "
                    "voting rights and the reception of new arrivals, and the council presents "
                    "an annual report to the municipal council.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>Grenoble's council helped to build a national network of similar bodies "
                    "in French cities. In 2018 members raised concerns in the municipal council "
                    "about reduced resources, showing how much such bodies depend on continued "
                    "support.</p>"
                ),
            ),
        ],
        "contact": {
            "name": "Municipal office for solidarity and welcome",
            "role": "Municipal contact point",
            "organisation": "Ville de Grenoble",
            "email": "",
            "url": "https://www.grenoble.fr",
        },
        "related": ["barcelona-municipal-immigration-council", "berlin-participation-law"],
    },
    {
        "city": "Grenoble",
        "slug": "grenoble-unconditional-welcome",
        "title": "Unconditional welcome and the ANVITA network",
        "short_title": "Unconditional welcome",
        "summary": (
            "Grenoble co-founded ANVITA, the French network of welcoming cities and "
            "territories, whose charter commits members to the unconditional welcome of people "
            "in exile."
        ),
        "policy_areas": ["networking-advocacy", "reception-residence"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>ANVITA gives cities that want to welcome people in exile a shared "
                    "platform. Members commit to a charter of unconditional welcome and speak "
                    "together towards the state.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>The charter was adopted on 26 September 2018 by nine founding members, "
                    "Grenoble among them. Members exchange practice in working groups, share "
                    "guides and develop joint advocacy positions.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>The network has grown to several dozen local authorities, from small "
                    "towns to regions. It has become a recognised voice of welcoming local "
                    "authorities in the French debate on migration.</p>"
                ),
            ),
        ],
        "contact": {
            "name": "Municipal office for solidarity and welcome",
            "role": "Municipal contact point",
            "organisation": "Ville de Grenoble",
            "email": "",
            "url": "https://www.grenoble.fr",
        },
        "related": ["barcelona-ciutat-refugi", "potsdam-safe-harbours-alliance"],
    },
    {
        "city": "Grenoble",
        "slug": "grenoble-services-for-all-residents",
        "title": "Extending local services to all residents",
        "short_title": "Services for all residents",
        "summary": (
            "Grenoble presents its social, educational and housing services as open to all "
            "residents, regardless of their residence status."
        ),
        "policy_areas": ["social-rights"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>The approach does not rely on a single programme. It applies the "
                    "principle of unconditional welcome across ordinary city services.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>According to the municipal majority, the city schools all children "
                    "regardless of status, runs reception classes for pupils who are learning "
                    "French, and together with its social action centre manages about 340 "
                    "emergency accommodation places. City crèches take in more than 2,400 "
                    "children a year.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>Demo text: an independent assessment of how far these services reach "
                    "people without papers is to be added by the research team.</p>"
                ),
            ),
        ],
        "contact": {
            "name": "Municipal office for solidarity and welcome",
            "role": "Municipal contact point",
            "organisation": "Ville de Grenoble",
            "email": "",
            "url": "https://www.grenoble.fr",
        },
        "related": ["berlin-clearing-house-health-care", "barcelona-saier"],
    },
    {
        "city": "Utrecht",
        "slug": "utrecht-plan-einstein",
        "title": "Plan Einstein: living and learning together from day one",
        "short_title": "Plan Einstein",
        "summary": (
            "From 2016 to 2018 Utrecht housed asylum seekers and local young people in one "
            "complex and offered shared courses to them and to their neighbours."
        ),
        "policy_areas": ["reception-residence", "intercultural-inclusion", "civil-society"],
        "status": "discontinued",
        "discontinued_year": 2018,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>Plan Einstein replaced the usual separation between asylum seekers and "
                    "the city with shared living and learning. It aimed to build networks and "
                    "skills from the first day of arrival.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>The project ran from November 2016 to October 2018 in the district of "
                    "Overvecht. Asylum seekers lived in the same complex as local young people. "
                    "Courses in English and entrepreneurship were open to residents of the "
                    "neighbourhood, and a hub hosted activities and meetings. The project was "
                    "funded by the EU's Urban Innovative Actions initiative.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>An independent evaluation by the University of Roehampton and COMPAS at "
                    "the University of Oxford was published in 2019. The reception centre "
                    "closed in November 2018, which ended the project. Utrecht has since sought "
                    "partners to transfer the approach to other cities.</p>"
                ),
            ),
            (
                "key_figure",
                {"value": "2016 to 2018", "label": "Years in which Plan Einstein ran"},
            ),
        ],
        "contact": {
            "name": "Municipal office for migration and integration",
            "role": "Municipal contact point",
            "organisation": "Gemeente Utrecht",
            "email": "",
            "url": "https://www.utrecht.nl",
        },
        "related": ["utrecht-shelter-undocumented", "amsterdam-vluchthaven"],
    },
    {
        "city": "Utrecht",
        "slug": "utrecht-shelter-undocumented",
        "title": "Shelter and guidance for people without papers",
        "short_title": "Shelter for people without papers",
        "summary": (
            "Utrecht offers basic shelter and guidance to people without a residence permit and "
            "has taken part in the national pilot of shelters for undocumented migrants since "
            "2019."
        ),
        "policy_areas": ["reception-residence", "social-rights"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>The city does not leave people without a right to reception on the "
                    "street. It combines shelter with guidance towards a lasting solution.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>Utrecht has offered basic shelter to people without a residence permit "
                    "for many years. In 2019 it became one of five municipalities in the "
                    "national pilot of shelters for undocumented migrants, together with "
                    "Amsterdam, Eindhoven, Groningen and Rotterdam. The pilot combines shelter "
                    "with individual guidance.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>Demo text: figures on the number of places and the outcomes of the "
                    "pilot in Utrecht are to be added by the research team.</p>"
                ),
            ),
        ],
        "contact": {
            "name": "Municipal office for migration and integration",
            "role": "Municipal contact point",
            "organisation": "Gemeente Utrecht",
            "email": "",
            "url": "https://www.utrecht.nl",
        },
        "related": ["amsterdam-lvv-shelter", "utrecht-plan-einstein"],
    },
    {
        "city": "Swansea",
        "slug": "swansea-city-of-sanctuary",
        "title": "Becoming a City of Sanctuary",
        "short_title": "A city-wide culture of welcome",
        "summary": (
            "Swansea was recognised as the UK's second City of Sanctuary in 2010, backed by "
            "more than 100 local organisations and a unanimous council resolution."
        ),
        "policy_areas": ["civil-society", "intercultural-inclusion"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>Sanctuary status in Swansea was built from the bottom up. Schools, "
                    "faith groups, businesses and public bodies each pledged to welcome people "
                    "seeking sanctuary in their everyday work.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>A steering group formed in June 2008 and asked organisations across the "
                    "city to become supporters. The council passed a unanimous resolution of "
                    "support in December 2008. In 2010 the group presented the city's "
                    "application to the national City of Sanctuary network.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>Swansea was recognised as the second City of Sanctuary in the UK and "
                    "the first in Wales. The local group later became the first in the national "
                    "network to secure independent funding for paid staff.</p>"
                ),
            ),
            (
                "key_figure",
                {
                    "value": "105",
                    "label": "Supporting organisations at the time of recognition in 2010",
                },
            ),
        ],
        "contact": {
            "name": "Swansea City of Sanctuary",
            "role": "Civil-society contact point",
            "organisation": "Swansea City of Sanctuary",
            "email": "",
            "url": "https://swansea.cityofsanctuary.org",
        },
        "related": ["swansea-better-welcome", "swansea-nation-of-sanctuary"],
    },
    {
        "city": "Swansea",
        "slug": "swansea-better-welcome",
        "title": "A Better Welcome to Swansea",
        "short_title": "Volunteers welcoming newcomers",
        "summary": (
            "A project run by the Swansea Council for Voluntary Service brings local people and "
            "refugees together as volunteers who welcome newcomers to the city."
        ),
        "policy_areas": ["civil-society", "intercultural-inclusion"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>The project makes welcome a shared task of long-standing residents and "
                    "people who have themselves arrived as refugees.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>The Swansea Council for Voluntary Service runs the project together "
                    "with Swansea City of Sanctuary. Volunteers welcome newcomers and help them "
                    "to feel at home in the city.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>Demo text: numbers of volunteers and newcomers reached are to be added "
                    "by the research team.</p>"
                ),
            ),
        ],
        "contact": {
            "name": "A Better Welcome to Swansea",
            "role": "Project contact point",
            "organisation": "Swansea Council for Voluntary Service",
            "email": "",
            "url": "https://www.scvs.org.uk",
        },
        "related": ["swansea-city-of-sanctuary", "barcelona-anti-rumour-strategy"],
    },
    {
        "city": "Swansea",
        "slug": "swansea-nation-of-sanctuary",
        "title": "From City of Sanctuary to Nation of Sanctuary",
        "short_title": "Advocating a Nation of Sanctuary",
        "summary": (
            "The sanctuary movement in Swansea helped to persuade the Welsh Government to adopt "
            "the goal of making Wales a Nation of Sanctuary."
        ),
        "policy_areas": ["networking-advocacy"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>A local movement carried its approach to the national level of Welsh "
                    "politics. It shows how a city's civil society can influence a government "
                    "beyond the city.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>According to a Moving Cities case study, the Swansea movement played a "
                    "central role in lobbying the Welsh Government to adopt this goal.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>In 2019 the Welsh Government published a plan setting out its aim for "
                    "Wales to become a Nation of Sanctuary for refugees and people seeking "
                    "asylum.</p>"
                ),
            ),
        ],
        "contact": {
            "name": "Swansea City of Sanctuary",
            "role": "Civil-society contact point",
            "organisation": "Swansea City of Sanctuary",
            "email": "",
            "url": "https://swansea.cityofsanctuary.org",
        },
        "related": ["swansea-city-of-sanctuary", "gdansk-metropolitan-integration-standards"],
    },
    {
        "city": "Amsterdam",
        "slug": "amsterdam-lvv-shelter",
        "title": "24-hour shelter with a future perspective",
        "short_title": "24-hour shelter for the undocumented",
        "summary": (
            "Amsterdam offers 500 places of 24-hour shelter to undocumented migrants, combined "
            "with individual guidance towards a lasting solution."
        ),
        "policy_areas": ["reception-residence", "social-rights"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>The programme moves beyond emergency night shelter. It gives people "
                    "time and support to work out a future, whether in the Netherlands, in "
                    "another country or in their country of origin.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>In 2018 the city coalition announced 500 places of 24-hour shelter. "
                    "Residents can stay for up to 18 months and work with a professional "
                    "adviser. People staying in the shelters are protected from immigration "
                    "detention. Since 2019 the programme has been part of a national pilot run "
                    "with four other cities.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>According to the city, 1,062 people were sheltered between 2019 and "
                    "mid-2024, and about a third of those who left the programme found a "
                    "lasting solution. Activists and researchers have criticised waiting times "
                    "for case managers and entry criteria that exclude some groups.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>When the national government planned to stop funding the scheme, the "
                    "city committed to paying for it from its own budget in 2025.</p>"
                ),
            ),
            ("key_figure", {"value": "500", "label": "Places of 24-hour shelter"}),
        ],
        "contact": {
            "name": "Municipal office for migration and integration",
            "role": "Municipal contact point",
            "organisation": "Gemeente Amsterdam",
            "email": "",
            "url": "https://www.amsterdam.nl",
        },
        "related": ["utrecht-shelter-undocumented", "amsterdam-vluchthaven"],
    },
    {
        "city": "Amsterdam",
        "slug": "amsterdam-vluchthaven",
        "title": "The Vluchthaven: a former prison turned shelter",
        "short_title": "The Vluchthaven shelter",
        "summary": (
            "For six months from December 2013, Amsterdam sheltered members of the undocumented "
            "collective We Are Here in a converted former prison."
        ),
        "policy_areas": ["reception-residence", "civil-society"],
        "status": "discontinued",
        "discontinued_year": 2014,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>The city responded to the visible protest of a self-organised group of "
                    "undocumented migrants by offering shelter and support. It was an early "
                    "step towards later, more structured programmes.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>The city converted a former prison into a shelter for people who "
                    "registered with the Dutch Council for Refugees. Residents were free to "
                    "come and go and received food, medical care and legal advice while their "
                    "cases were reviewed.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>The Vluchthaven closed after six months, in 2014. It was followed by "
                    "Amsterdam's later bed, bath and bread provision and, from 2018, by its "
                    "24-hour shelter programme.</p>"
                ),
            ),
        ],
        "contact": {
            "name": "Municipal office for migration and integration",
            "role": "Municipal contact point",
            "organisation": "Gemeente Amsterdam",
            "email": "",
            "url": "https://www.amsterdam.nl",
        },
        "related": ["amsterdam-lvv-shelter", "utrecht-plan-einstein"],
    },
    {
        "city": "Amsterdam",
        "slug": "amsterdam-european-networks",
        "title": "Sharing practice through European city networks",
        "short_title": "Active in European networks",
        "summary": (
            "Amsterdam supports the Solidarity Cities initiative, mentors other cities through "
            "Eurocities and co-founded the International Alliance of Safe Harbours in 2021."
        ),
        "policy_areas": ["networking-advocacy"],
        "status": "active",
        "discontinued_year": None,
        "body": [
            ("heading", {"text": "What is inspiring"}),
            (
                "paragraph",
                (
                    "<p>Amsterdam uses European networks both to learn from other cities and to "
                    "pass on its own experience. It also joins other cities in calling for a "
                    "greater role for municipalities in migration policy.</p>"
                ),
            ),
            ("heading", {"text": "How it operates"}),
            (
                "paragraph",
                (
                    "<p>The city supported the Solidarity Cities initiative from its launch in "
                    "2016. In 2017 Amsterdam, Leeds and Stockholm took part in Eurocities "
                    "mentoring visits on the education of refugee children in Milan and "
                    "Thessaloniki. In 2021 Amsterdam was among the 33 cities that founded the "
                    "International Alliance of Safe Harbours.</p>"
                ),
            ),
            ("heading", {"text": "What came of it"}),
            (
                "paragraph",
                (
                    "<p>Demo text: an overview of the exchanges Amsterdam has taken part in "
                    "since 2021 is to be added by the research team.</p>"
                ),
            ),
        ],
        "contact": {
            "name": "Municipal office for migration and integration",
            "role": "Municipal contact point",
            "organisation": "Gemeente Amsterdam",
            "email": "",
            "url": "https://www.amsterdam.nl",
        },
        "related": ["barcelona-ciutat-refugi", "potsdam-safe-harbours-alliance"],
    },
]
