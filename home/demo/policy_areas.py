"""The six policy areas of Moving Cities, in display order (English source data)."""

POLICY_AREAS = [
    {
        "slug": "social-rights",
        "name": "Social rights and inclusion",
        "description": (
            "How municipalities secure access to housing, health care, education, social "
            "services and work for all residents, whatever their residence status. It covers "
            "both dedicated services for newcomers and the opening of mainstream services."
        ),
    },
    {
        "slug": "reception-residence",
        "name": "Reception, residence and protection against deportation",
        "description": (
            "Local reception of refugees and asylum seekers, shelter for people without papers, "
            "and the ways in which cities use their powers over registration and residence to "
            "protect people from destitution and deportation."
        ),
    },
    {
        "slug": "political-participation",
        "name": "Political participation",
        "description": (
            "Ways for residents without citizenship or voting rights to take part in local "
            "decision-making, such as advisory councils, participation laws and consultation "
            "processes."
        ),
    },
    {
        "slug": "intercultural-inclusion",
        "name": "Intercultural inclusion and anti-racism",
        "description": (
            "Municipal strategies that promote encounter between long-standing and new "
            "residents, counter prejudice and tackle racism and discrimination in the "
            "administration and in public life."
        ),
    },
    {
        "slug": "civil-society",
        "name": "Collaboration with civil-society initiatives",
        "description": (
            "Partnerships between city administrations and civil-society groups, "
            "self-organisations of migrants and volunteer initiatives, from joint services to "
            "shared political campaigns."
        ),
    },
    {
        "slug": "networking-advocacy",
        "name": "Networking and advocacy",
        "description": (
            "How cities join forces in national and international networks to exchange practice "
            "and to press national governments and the European Union for a more humane "
            "migration policy."
        ),
    },
]
