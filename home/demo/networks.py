"""Demo city networks for Moving Cities (English source data).

All networks are real. Founding years and websites are given only where documented;
otherwise they are None or an empty string.
"""

NETWORKS = [
    {
        "slug": "solidarity-cities",
        "title": "Solidarity Cities",
        "acronym": "",
        "scope": "international",
        "founded": 2016,
        "website": "https://solidaritycities.eu",
        "summary": (
            "An initiative on refugee reception and integration proposed by the Mayor of Athens "
            "and launched within the Eurocities network in 2016."
        ),
        "body": [
            (
                "Solidarity Cities was proposed by the City of Athens in spring 2016 and "
                "launched in Athens in October 2016, during a Eurocities forum on social "
                "affairs. It gives cities a common framework for presenting their work on the "
                "reception and integration of refugees."
            ),
            (
                "The initiative is organised around four pillars: the exchange of information "
                "and knowledge, advocacy for direct EU funding and a stronger role for cities, "
                "city-to-city technical and financial assistance, and pledges by cities to "
                "receive relocated asylum seekers."
            ),
            (
                "Early supporters included Amsterdam, Athens, Barcelona, Berlin, Florence, "
                "Gdańsk, Ghent, Leipzig, Ljubljana and Stockholm. The initiative is open to all "
                "European cities that commit to solidarity in refugee reception and "
                "integration."
            ),
        ],
    },
    {
        "slug": "safe-harbours",
        "title": "Alliance of Cities of Safe Harbours",
        "acronym": "",
        "scope": "national",
        "founded": 2019,
        "website": "https://staedte-sicherer-haefen.de",
        "summary": (
            "A German alliance of municipalities, founded in June 2019, that stand in "
            "solidarity with civil sea rescue and offer to take in additional refugees."
        ),
        "body": [
            (
                "The alliance (Bündnis Städte Sicherer Häfen) was founded on 14 June 2019 at a "
                "congress organised by the civil-society movement Seebrücke in Berlin's Red "
                "Town Hall. Its common basis is the Potsdam Declaration, first signed by "
                "Berlin, Detmold, Flensburg, Freiburg, Greifswald, Hildesheim, Kiel, Krefeld, "
                "Marburg, Potsdam, Rostock and Rottenburg am Neckar."
            ),
            (
                "Member municipalities declare their willingness to receive people rescued at "
                "sea, or stranded in overcrowded camps at Europe's external borders, in "
                "addition to the numbers allocated to them. They ask the federal government to "
                "allow municipalities to do so."
            ),
            (
                "The alliance has grown to more than a hundred cities, municipalities and "
                "districts. The City of Potsdam has coordinated it, supported by coordinators "
                "in the federal states."
            ),
        ],
    },
    {
        "slug": "international-alliance-safe-harbours",
        "title": "International Alliance of Safe Harbours",
        "acronym": "",
        "scope": "international",
        "founded": 2021,
        "website": "",
        "summary": (
            "A European alliance of cities founded in Palermo in June 2021 at the conference "
            "From the Sea to the City."
        ),
        "body": [
            (
                "At the European conference From the Sea to the City, held in Palermo and "
                "online in June 2021, 33 cities formed an International Alliance of Safe "
                "Harbours. The network of city representatives was led by Palermo and Potsdam."
            ),
            (
                "The founding cities, among them Amsterdam, Athens, Barcelona, Leipzig, "
                "Marseille, Munich, Palermo and Potsdam, called for the right to asylum to be "
                "upheld, for relocation of refugees directly to willing cities, and for EU "
                "funding to reach host municipalities directly."
            ),
        ],
    },
    {
        "slug": "eurocities",
        "title": "Eurocities",
        "acronym": "",
        "scope": "international",
        "founded": 1986,
        "website": "https://eurocities.eu",
        "summary": (
            "The network of major European cities, founded in 1986, which represents cities "
            "towards the EU institutions and runs working groups on migration and integration."
        ),
        "body": [
            (
                "Eurocities was founded in 1986 by the mayors of Barcelona, Birmingham, "
                "Frankfurt, Lyon, Milan and Rotterdam. Today it brings together the local "
                "governments of well over a hundred large cities in Europe."
            ),
            (
                "Migration and integration are among its long-standing topics. The network runs "
                "a working group on migration and integration, the Integrating Cities process, "
                "and hosted the launch of the Solidarity Cities initiative in 2016."
            ),
        ],
    },
    {
        "slug": "integrating-cities",
        "title": "Integrating Cities Charter",
        "acronym": "",
        "scope": "international",
        "founded": 2010,
        "website": "",
        "summary": (
            "A charter launched by Eurocities in 2010 in which cities commit to the integration "
            "of migrants as policy-makers, service providers, employers and buyers."
        ),
        "body": [
            (
                "The Eurocities Charter on Integrating Cities was launched in 2010. Signatory "
                "cities commit to equal opportunities for all residents in their four roles as "
                "policy-makers, service providers, employers and buyers of goods and services."
            ),
            (
                "Eurocities publishes regular monitoring reports on how signatories implement "
                "the charter. At the tenth Integrating Cities Conference, held in Utrecht in "
                "November 2022, Antwerp, Pesaro, Vantaa, Warsaw and Zagreb joined the charter."
            ),
        ],
    },
    {
        "slug": "intercultural-cities",
        "title": "Intercultural Cities",
        "acronym": "ICC",
        "scope": "international",
        "founded": 2008,
        "website": "https://www.coe.int/en/web/interculturalcities",
        "summary": (
            "A Council of Europe programme, started in 2008, that supports cities in designing "
            "and evaluating intercultural inclusion policies."
        ),
        "body": [
            (
                "The Intercultural Cities programme of the Council of Europe began in 2008 as a "
                "pilot with a small group of cities and has since grown into an international "
                "network with national sub-networks."
            ),
            (
                "Member cities use a shared intercultural model and an index to review their "
                "policies in areas such as education, public services, business, public space "
                "and anti-discrimination. The programme also spread the anti-rumour method "
                "first developed in Barcelona."
            ),
        ],
    },
    {
        "slug": "anvita",
        "title": "National Association of Welcoming Cities and Territories",
        "acronym": "ANVITA",
        "scope": "national",
        "founded": 2018,
        "website": "https://www.anvita.fr",
        "summary": (
            "A French network of local authorities committed to the unconditional welcome of "
            "people in exile, founded in September 2018."
        ),
        "body": [
            (
                "The idea of a network of welcoming local elected officials took shape at a "
                "national convention on reception and migration held in Grande-Synthe in March "
                "2018. The charter of unconditional welcome was adopted on 26 September 2018 by "
                "nine founding members: Briançon, Grande-Synthe, Grenoble, Ivry-sur-Seine, Lyon "
                "1er, Montreuil, Nantes, Saint-Denis and Strasbourg."
            ),
            (
                "ANVITA (Association nationale des villes et territoires accueillants) runs "
                "working groups, produces guides on welcoming practices and speaks for its "
                "members towards the French state. Its membership has grown to several dozen "
                "cities, departments and regions."
            ),
        ],
    },
    {
        "slug": "city-of-sanctuary",
        "title": "City of Sanctuary UK",
        "acronym": "",
        "scope": "national",
        "founded": 2005,
        "website": "https://cityofsanctuary.org",
        "summary": (
            "A grassroots movement, begun in Sheffield in 2005, that builds a culture of "
            "welcome for people seeking sanctuary in towns and cities across the UK."
        ),
        "body": [
            (
                "The City of Sanctuary movement began in Sheffield in October 2005. In "
                "September 2007, with the support of the city council and more than 70 local "
                "organisations, Sheffield became the first City of Sanctuary in the UK. Swansea "
                "followed in 2010 as the second, and the first in Wales."
            ),
            (
                "Local groups build coalitions of faith groups, schools, businesses, voluntary "
                "organisations and councils that publicly commit to welcoming and including "
                "people seeking sanctuary. The movement has since grown to many local groups "
                "and thematic streams such as Schools, Universities and Libraries of Sanctuary."
            ),
        ],
    },
    {
        "slug": "ciudades-refugio",
        "title": "Network of Cities of Refuge",
        "acronym": "",
        "scope": "national",
        "founded": 2015,
        "website": "",
        "summary": (
            "A Spanish network of cities willing to receive refugees, proposed by Barcelona in "
            "September 2015 and joined by Madrid and many other municipalities."
        ),
        "body": [
            (
                "In early September 2015 the Mayor of Barcelona proposed a network of cities of "
                "refuge (Red de Ciudades Refugio) in response to the arrival of refugees in "
                "Europe. The mayors of Madrid, A Coruña, Badalona, Cádiz, Pamplona, Santiago de "
                "Compostela and Zaragoza were invited to discuss it with her, and many other "
                "municipalities signalled their support."
            ),
            (
                "The network pressed the Spanish government to meet its relocation commitments "
                "and to co-finance local reception. In June 2017, 25 Spanish cities presented a "
                "joint Barcelona Declaration on the reality of refuge in Spain."
            ),
        ],
    },
    {
        "slug": "eccar",
        "title": "European Coalition of Cities Against Racism",
        "acronym": "ECCAR",
        "scope": "international",
        "founded": 2004,
        "website": "https://www.eccar.info",
        "summary": (
            "A coalition of European cities committed to a Ten-Point Plan of Action against "
            "racism, established in Nuremberg in December 2004 on a UNESCO initiative."
        ),
        "body": [
            (
                "ECCAR was established on 10 December 2004 in Nuremberg as the first regional "
                "coalition of UNESCO's International Coalition of Cities against Racism. Member "
                "cities adopt a Ten-Point Plan of Action covering monitoring, data collection, "
                "equal opportunities, housing, education and support for victims of "
                "discrimination."
            ),
            (
                "Nuremberg has acted as lead city and the City of Potsdam has hosted the "
                "administrative secretariat. More than a hundred municipalities from over "
                "twenty European countries have joined the coalition."
            ),
        ],
    },
    {
        "slug": "icorn",
        "title": "International Cities of Refuge Network",
        "acronym": "ICORN",
        "scope": "international",
        "founded": 2006,
        "website": "https://www.icorn.org",
        "summary": (
            "An independent network of cities and regions that offer temporary safe residencies "
            "to writers, journalists and artists at risk, founded in Stavanger in 2006."
        ),
        "body": [
            (
                "ICORN was founded at a meeting of representatives of cities and PEN "
                "International in Stavanger, Norway, in June 2006. It continues the work of an "
                "earlier network of cities of asylum created by the International Parliament of "
                "Writers in the 1990s."
            ),
            (
                "Each member city hosts a persecuted writer or artist for a standard term of "
                "two years, providing housing and economic security. The administration centre "
                "in Stavanger coordinates the network, which has grown to dozens of cities in "
                "Europe and beyond."
            ),
        ],
    },
    {
        "slug": "mayors-migration-council",
        "title": "Mayors Migration Council",
        "acronym": "MMC",
        "scope": "international",
        "founded": 2018,
        "website": "https://mayorsmigrationcouncil.org",
        "summary": (
            "A mayor-led organisation, launched in December 2018, that helps cities influence "
            "international migration and refugee policy and access funding."
        ),
        "body": [
            (
                "The Mayors Migration Council was launched in December 2018, the year national "
                "governments adopted the UN Global Compacts on migration and on refugees. It "
                "was created by mayors for mayors and is guided by a leadership board of city "
                "leaders."
            ),
            (
                "Unlike most city networks, it is not a membership organisation: it supports "
                "any city that wants to engage in migration diplomacy. Its activities include "
                "the Global Cities Fund for Migrants and Refugees, which finances city-led "
                "projects."
            ),
        ],
    },
    {
        "slug": "cities-network-for-integration",
        "title": "Cities Network for Integration",
        "acronym": "CNI",
        "scope": "national",
        "founded": 2018,
        "website": "https://www.cnigreece.gr",
        "summary": (
            "An inter-municipal network of Greek cities working on the integration of migrants "
            "and refugees, initiated by Athens and Thessaloniki in January 2018."
        ),
        "body": [
            (
                "The Cities Network for Integration was formed in January 2018 on the basis of "
                "a memorandum of understanding between the municipalities of Athens and "
                "Thessaloniki. Its first meeting of twelve municipalities took place at Athens "
                "City Hall in November 2018."
            ),
            (
                "Members exchange know-how, build capacity and speak jointly on integration at "
                "national and European level. Since 2020 the UN Refugee Agency and the "
                "International Organization for Migration have jointly supported its work."
            ),
        ],
    },
    {
        "slug": "sai-network",
        "title": "Reception and Integration System",
        "acronym": "SAI",
        "scope": "national",
        "founded": 2002,
        "website": "https://www.retesai.it",
        "summary": (
            "Italy's system of decentralised reception projects run by municipalities, created "
            "in 2002 as SPRAR and known as SAI since 2020."
        ),
        "body": [
            (
                "The Italian protection system for asylum seekers and refugees was set up by "
                "law in 2002 under the name SPRAR. Municipalities that join the system run "
                "small-scale reception and integration projects, usually together with local "
                "non-profit organisations."
            ),
            (
                "The system has been renamed several times as national law changed. Since 2020 "
                "it has been called SAI (Sistema di accoglienza e integrazione). Many large "
                "Italian cities run projects within it."
            ),
        ],
    },
]
