"""French demo translations (team's own)."""

STRINGS = {
    "Social rights and inclusion": "Droits sociaux et inclusion",
    (
        "How municipalities secure access to housing, health care, education, social services and "
        "work for all residents, whatever their residence status. It covers both dedicated "
        "services for newcomers and the opening of mainstream services."
    ): (
        "Comment les communes garantissent à toutes les personnes qui y vivent, quel que soit "
        "leur statut de séjour, l'accès au logement, aux soins, à l'éducation, aux services "
        "sociaux et au travail. Cela comprend aussi bien des services dédiés aux personnes "
        "nouvellement arrivées que l'ouverture des services de droit commun."
    ),
    "Reception, residence and protection against deportation": (
        "Accueil, séjour et protection contre les expulsions"
    ),
    (
        "Local reception of refugees and asylum seekers, shelter for people without papers, and "
        "the ways in which cities use their powers over registration and residence to protect "
        "people from destitution and deportation."
    ): (
        "L'accueil local des personnes réfugiées et demandeuses d'asile, l'hébergement des "
        "personnes sans papiers et la manière dont les villes utilisent leurs compétences en "
        "matière d'enregistrement et de séjour pour protéger les personnes de la misère et de "
        "l'expulsion."
    ),
    "Political participation": "Participation politique",
    (
        "Ways for residents without citizenship or voting rights to take part in local "
        "decision-making, such as advisory councils, participation laws and consultation "
        "processes."
    ): (
        "Les possibilités pour les habitantes et habitants sans citoyenneté ni droit de vote de "
        "prendre part aux décisions locales, par exemple au sein de conseils consultatifs, grâce "
        "à des lois sur la participation ou par des processus de consultation."
    ),
    "Intercultural inclusion and anti-racism": "Inclusion interculturelle et antiracisme",
    (
        "Municipal strategies that promote encounter between long-standing and new residents, "
        "counter prejudice and tackle racism and discrimination in the administration and in "
        "public life."
    ): (
        "Des stratégies municipales qui favorisent la rencontre entre les personnes installées de "
        "longue date et celles nouvellement arrivées, combattent les préjugés et luttent contre "
        "le racisme et les discriminations dans l'administration et dans la vie publique."
    ),
    "Collaboration with civil-society initiatives": (
        "Coopération avec les initiatives de la société civile"
    ),
    (
        "Partnerships between city administrations and civil-society groups, self-organisations "
        "of migrants and volunteer initiatives, from joint services to shared political campaigns."
    ): (
        "Les partenariats entre administrations municipales et groupes de la société civile, "
        "organisations autogérées de personnes migrantes et initiatives bénévoles, des services "
        "communs aux campagnes politiques partagées."
    ),
    "Networking and advocacy": "Mise en réseau et plaidoyer",
    (
        "How cities join forces in national and international networks to exchange practice and "
        "to press national governments and the European Union for a more humane migration policy."
    ): (
        "Comment les villes unissent leurs forces au sein de réseaux nationaux et internationaux "
        "pour échanger leurs pratiques et pousser les gouvernements nationaux et l'Union "
        "européenne vers une politique migratoire plus humaine."
    ),
    "Moving Cities": "Moving Cities",
    (
        "Moving Cities maps European towns and cities that practise a solidarity-based migration "
        "policy, and explains how they do it. Explore the map, read in-depth city profiles and "
        "find local approaches and city networks that can inspire your own work."
    ): (
        "Moving Cities recense les villes et communes européennes accueillantes qui mènent une "
        "politique migratoire solidaire, et explique comment elles s'y prennent. Explorez la "
        "carte, lisez des portraits de villes approfondis et découvrez des approches locales et "
        "des réseaux de villes qui peuvent inspirer votre propre travail."
    ),
    "Another migration policy is already happening": (
        "Une autre politique migratoire est déjà à l'œuvre"
    ),
    (
        "While national and European migration policy is often deadlocked, many municipalities "
        "across Europe are acting on their own. They open their services to all residents, offer "
        "shelter, give migrants a voice in local politics and join forces in city networks."
    ): (
        "Alors que les politiques migratoires nationales et européennes sont souvent dans "
        "l'impasse, de nombreuses communes à travers l'Europe agissent de leur propre initiative. "
        "Elles ouvrent leurs services à toutes les personnes qui y vivent, offrent un "
        "hébergement, donnent une voix aux personnes exilées dans la politique locale et unissent "
        "leurs forces au sein de réseaux de villes."
    ),
    "What you will find here": "Ce que vous trouverez ici",
    (
        "The map shows every listed municipality. In-depth profiles explain the context and the "
        "policies of selected cities. Local approaches are sorted into six policy areas, and "
        "network pages list the cities that belong to each network."
    ): (
        "La carte présente toutes les communes recensées. Des portraits approfondis expliquent le "
        "contexte et les politiques de villes sélectionnées. Les approches locales sont classées "
        "en six domaines d'action, et les pages consacrées aux réseaux indiquent les villes "
        "membres de chacun d'eux."
    ),
    "About this demo": "À propos de cette démo",
    (
        "This installation contains demo content. Facts about real cities are taken from public "
        "sources, and passages that are placeholders are marked as demo text."
    ): (
        "Cette installation contient du contenu de démonstration. Les informations sur des villes "
        "réelles proviennent de sources publiques, et les passages qui ne sont que des espaces "
        "réservés sont signalés comme texte de démonstration."
    ),
    "Cities": "Villes",
    (
        "Every municipality on our map, with filters by country, network and policy area. Cities "
        "with an in-depth profile are highlighted."
    ): (
        "Toutes les communes de notre carte, avec des filtres par pays, par réseau et par domaine "
        "d'action. Les villes disposant d'un portrait approfondi sont mises en évidence."
    ),
    "Approaches": "Approches",
    "Local approaches in six policy areas: what cities do, how it works and what came of it.": (
        "Des approches locales dans six domaines d'action\u00a0: ce que font les villes, comment "
        "cela fonctionne et ce qui en est ressorti."
    ),
    "Networks": "Réseaux",
    "The local, national and international networks through which cities act together.": (
        "Les réseaux locaux, nationaux et internationaux par lesquels les villes agissent ensemble."
    ),
    "News": "Actualités",
    "News from the Moving Cities team (demo).": "Actualités de l'équipe Moving Cities (démo).",
    "About Moving Cities": "À propos de Moving Cities",
    (
        "Moving Cities is a multilingual platform about European municipalities that practise a "
        "solidarity-based migration policy."
    ): (
        "Moving Cities est une plateforme multilingue consacrée aux communes européennes qui "
        "mènent une politique migratoire solidaire."
    ),
    "What is Moving Cities?": "Qu'est-ce que Moving Cities\u00a0?",
    (
        "Moving Cities presents towns and cities in Europe that welcome migrants and refugees and "
        "stand up for their rights. It shows where these municipalities are, which networks they "
        "belong to and which local approaches they have developed."
    ): (
        "Moving Cities présente des villes accueillantes en Europe, qui accueillent les personnes "
        "migrantes et réfugiées et défendent leurs droits. La plateforme montre où se trouvent "
        "ces communes, à quels réseaux elles appartiennent et quelles approches locales elles ont "
        "développées."
    ),
    "Who is it for?": "À qui s'adresse-t-elle\u00a0?",
    (
        "The platform is meant for municipal staff, local politicians, civil-society groups, "
        "journalists and researchers. It helps them to find inspiration, allies and practical "
        "examples for their own work."
    ): (
        "La plateforme s'adresse au personnel municipal, aux élues et élus locaux, aux groupes de "
        "la société civile, aux journalistes ainsi qu'aux chercheuses et chercheurs. Elle les "
        "aide à trouver de l'inspiration, des alliés et des exemples concrets pour leur propre "
        "travail."
    ),
    "How is the content organised?": "Comment le contenu est-il organisé\u00a0?",
    (
        "Every listed municipality appears on the map. Selected cities have in-depth profiles "
        "based on research. Local approaches are grouped into six policy areas, from social "
        "rights to networking and advocacy. Network pages list the member cities of each city "
        "network."
    ): (
        "Chaque commune recensée figure sur la carte. Des villes sélectionnées disposent de "
        "portraits approfondis fondés sur des recherches. Les approches locales sont regroupées "
        "en six domaines d'action, des droits sociaux à la mise en réseau et au plaidoyer. Les "
        "pages consacrées aux réseaux indiquent les villes membres de chaque réseau de villes."
    ),
    "Seven languages": "Sept langues",
    (
        "The content is written in English and translated into German, French, Greek, Italian, "
        "Polish and Spanish. Where a translation is not yet available, the English text is shown "
        "with a notice."
    ): (
        "Les contenus sont rédigés en anglais et traduits en allemand, en français, en grec, en "
        "italien, en polonais et en espagnol. Lorsqu'une traduction n'est pas encore disponible, "
        "le texte anglais s'affiche accompagné d'un avertissement."
    ),
    (
        "This installation contains demo content for testing and presentation. Facts about real "
        "cities come from public sources. Passages marked as demo text are placeholders and "
        "should not be cited."
    ): (
        "Cette installation contient du contenu de démonstration destiné aux tests et aux "
        "présentations. Les informations sur des villes réelles proviennent de sources publiques. "
        "Les passages signalés comme texte de démonstration sont des espaces réservés et ne "
        "doivent pas être cités."
    ),
    "Barcelona": "Barcelone",
    "A city of refuge that opens its services to every resident": (
        "Une ville refuge qui ouvre ses services à toutes les personnes qui y vivent"
    ),
    (
        "Barcelona has run a municipal service for immigrants, emigrants and refugees since 1989. "
        "In September 2015 it launched the plan Barcelona, Ciutat Refugi and proposed a network "
        "of Spanish cities of refuge. The city combines its own services with advocacy in "
        "national and European city networks."
    ): (
        "Depuis 1989, Barcelone dispose d'un service municipal pour les personnes immigrées, "
        "émigrées et réfugiées. En septembre 2015, la ville a lancé le plan «\u00a0Barcelona, "
        "Ciutat Refugi\u00a0» et proposé la création d'un réseau espagnol de villes refuges. Elle "
        "associe ses propres services à un travail de plaidoyer au sein de réseaux de villes "
        "nationaux et européens."
    ),
    (
        "A dedicated municipal service, known as SAIER, has advised migrants and refugees since "
        "1989."
    ): (
        "Un service municipal dédié, connu sous le nom de SAIER, conseille les personnes "
        "migrantes et réfugiées depuis 1989."
    ),
    (
        "The plan Barcelona, Ciutat Refugi of 2015 turned a political call for solidarity into a "
        "standing city programme."
    ): (
        "Le plan «\u00a0Barcelona, Ciutat Refugi\u00a0» de 2015 a transformé un appel politique à "
        "la solidarité en un programme municipal permanent."
    ),
    (
        "Barcelona uses networks such as Solidarity Cities and Eurocities to press for a stronger "
        "role for cities."
    ): (
        "Barcelone s'appuie sur des réseaux tels que Solidarity Cities et Eurocities pour "
        "revendiquer un rôle plus important pour les villes."
    ),
    "An anti-rumour strategy launched in 2010 works with civil society against prejudice.": (
        "Une stratégie anti-rumeurs lancée en 2010 associe la société civile à la lutte contre "
        "les préjugés."
    ),
    "Introduction": "Introduction",
    (
        "Barcelona is the capital of Catalonia and the second-largest city in Spain. According to "
        "the city council, more than a fifth of the people registered in Barcelona in 2020 were "
        "of foreign origin. The city has long presented itself as an open and welcoming place."
    ): (
        "Barcelone est la capitale de la Catalogne et la deuxième ville d'Espagne. Selon la "
        "municipalité, plus d'un cinquième des personnes inscrites à Barcelone en 2020 étaient "
        "d'origine étrangère. La ville se présente depuis longtemps comme un lieu ouvert et "
        "accueillant."
    ),
    "Context": "Contexte",
    (
        "In Spain, asylum and immigration law are national competences, and the state organises "
        "the reception of asylum seekers. Municipalities keep the local register of residents, "
        "known as the padrón, and run social services for everyone who is registered. "
        "Registration in the padrón does not depend on residence status, so for many people "
        "without papers it is the first official link to the city."
    ): (
        "En Espagne, le droit d'asile et le droit de l'immigration relèvent de la compétence de "
        "l'État, qui organise l'accueil des personnes demandeuses d'asile. Les communes tiennent "
        "le registre local des habitants, appelé padrón, et gèrent des services sociaux ouverts à "
        "toutes les personnes qui y sont inscrites. L'inscription au padrón ne dépend pas du "
        "statut de séjour\u00a0: pour de nombreuses personnes sans papiers, elle constitue donc "
        "le premier lien officiel avec la ville."
    ),
    "The policy": "La politique menée",
    (
        "The Municipal Service for Immigrants, Emigrants and Refugees, known by its Catalan "
        "acronym SAIER, has offered legal and social advice since 1989. The city council runs it "
        "together with specialised partner organisations. The service is the main entry point for "
        "newcomers who need help with residence, asylum or access to other city services."
    ): (
        "Le Service municipal pour les personnes immigrées, émigrées et réfugiées, connu sous son "
        "acronyme catalan SAIER, offre des conseils juridiques et sociaux depuis 1989. La "
        "municipalité le gère avec des organisations partenaires spécialisées. Le service est le "
        "principal point d'entrée pour les personnes nouvellement arrivées qui ont besoin d'aide "
        "en matière de séjour, d'asile ou d'accès aux autres services de la ville."
    ),
    (
        "In September 2015, as large numbers of refugees were arriving in Europe, the city "
        "launched the plan Barcelona, Ciutat Refugi. The plan prepared the city to receive "
        "refugees, reinforced SAIER and increased support for organisations working on asylum. It "
        "also gave residents a channel to offer help, and thousands of messages arrived within "
        "the first weeks."
    ): (
        "En septembre 2015, alors qu'un grand nombre de personnes réfugiées arrivaient en Europe, "
        "la ville a lancé le plan «\u00a0Barcelona, Ciutat Refugi\u00a0». Le plan a préparé la "
        "ville à l'accueil des personnes réfugiées, renforcé le SAIER et accru le soutien aux "
        "organisations actives dans le domaine de l'asile. Il a aussi offert aux habitantes et "
        "habitants un moyen de proposer leur aide, et des milliers de messages sont arrivés dès "
        "les premières semaines."
    ),
    (
        "The plan also had a political side. The mayor proposed a network of Spanish cities of "
        "refuge and, in 2015, signed an open letter with the mayors of Paris, Lesbos and "
        "Lampedusa calling on Europe to act. Barcelona later supported the Solidarity Cities "
        "initiative and, in 2021, became one of the founding cities of the International Alliance "
        "of Safe Harbours."
    ): (
        "Le plan avait aussi une dimension politique. La maire a proposé un réseau espagnol de "
        "villes refuges et a signé en 2015, avec les maires de Paris, de Lesbos et de Lampedusa, "
        "une lettre ouverte appelant l'Europe à agir. Barcelone a ensuite soutenu l'initiative "
        "Solidarity Cities et, en 2021, figurait parmi les villes fondatrices de l'Alliance "
        "internationale des Ports sûrs."
    ),
    "1989": "1989",
    "Year in which the municipal service SAIER was set up": (
        "Année de création du service municipal SAIER"
    ),
    "19,000": "19\u00a0000",
    "People assisted by SAIER in 2020, according to the city council": (
        "Personnes accompagnées par le SAIER en 2020, selon la municipalité"
    ),
    (
        "Before anyone asks about papers, we ask what a person needs today. The register and the "
        "service desk are where the city begins."
    ): (
        "Avant que quiconque ne pose la question des papiers, nous demandons ce dont une personne "
        "a besoin aujourd'hui. C'est au registre et au guichet que la ville commence."
    ),
    "A municipal case worker (demo)": "Une agente municipale chargée du suivi des dossiers (démo)",
    "Illustrative quote, demo content": "Citation illustrative, contenu de démonstration",
    (
        "Abstract illustration in the colours of Barcelona's coastline, with blue and "
        "sand-coloured shapes"
    ): (
        "Illustration abstraite aux couleurs du littoral de Barcelone, avec des formes bleues et "
        "couleur sable"
    ),
    "Illustration for the Barcelona profile (demo content).": (
        "Illustration du portrait de Barcelone (contenu de démonstration)."
    ),
    "Generated illustration, Moving Cities demo": "Illustration générée, démo Moving Cities",
    "Key dates": "Dates clés",
    "Who is involved": "Qui est impliqué",
    "Demo embed": "Intégration de démonstration",
    "Sources": "Sources",
    "SAIER: one municipal door for migrants and refugees": (
        "Le SAIER\u00a0: un guichet municipal unique pour les personnes migrantes et réfugiées"
    ),
    "A one-stop service for migrants": "Un guichet unique pour les personnes migrantes",
    (
        "Barcelona's Municipal Service for Immigrants, Emigrants and Refugees has offered free "
        "advice since 1989. It is open to everyone, whatever their residence status."
    ): (
        "Le Service municipal pour les personnes immigrées, émigrées et réfugiées de Barcelone "
        "offre des conseils gratuits depuis 1989. Il est ouvert à toutes et à tous, quel que soit "
        "leur statut de séjour."
    ),
    "What is inspiring": "Ce qui inspire",
    (
        "SAIER brings legal and social advice for migrants, refugees and returning emigrants "
        "under one roof. It is open to everyone, whatever their residence status. The service "
        "gives newcomers a single place to start, instead of a maze of offices."
    ): (
        "Le SAIER réunit sous un même toit les conseils juridiques et sociaux destinés aux "
        "personnes migrantes et réfugiées ainsi qu'aux émigrés de retour. Fondé sur l'accueil "
        "inconditionnel, il est ouvert à toutes et à tous, quel que soit leur statut de séjour. "
        "Le service offre aux personnes nouvellement arrivées un point de départ unique plutôt "
        "qu'un labyrinthe de guichets."
    ),
    "How it operates": "Comment cela fonctionne",
    (
        "The city council runs the service together with specialised partner organisations. "
        "Advisers help with residence and asylum procedures, family reunification and access to "
        "other city services. The service also refers people to housing, health and employment "
        "support."
    ): (
        "La municipalité gère le service avec des organisations partenaires spécialisées. Les "
        "conseillères et conseillers accompagnent les démarches de séjour et d'asile, le "
        "regroupement familial et l'accès aux autres services de la ville. Le service oriente "
        "également les personnes vers des aides en matière de logement, de santé et d'emploi."
    ),
    "What came of it": "Ce qui en est ressorti",
    (
        "SAIER has become the city's main entry point for newcomers and was strengthened under "
        "the plan Barcelona, Ciutat Refugi in 2015. The city council reported that the service "
        "assisted about 19,000 people in 2020, despite the pandemic."
    ): (
        "Le SAIER est devenu le principal point d'entrée de la ville pour les personnes "
        "nouvellement arrivées et a été renforcé en 2015 dans le cadre du plan «\u00a0Barcelona, "
        "Ciutat Refugi\u00a0». Selon la municipalité, le service a accompagné environ 19\u00a0000 "
        "personnes en 2020, malgré la pandémie."
    ),
    "Year the service was set up": "Année de création du service",
    "SAIER, Municipal Service for Immigrants, Emigrants and Refugees": (
        "SAIER, Service municipal pour les personnes immigrées, émigrées et réfugiées"
    ),
    "Municipal service": "Service municipal",
    "Barcelona City Council": "Mairie de Barcelone",
    "Barcelona, Ciutat Refugi: a city plan for refuge": (
        "Barcelona, Ciutat Refugi\u00a0: un plan municipal pour l'accueil des personnes réfugiées"
    ),
    "A city plan for refuge": "Un plan municipal pour l'accueil des personnes réfugiées",
    (
        "In September 2015 Barcelona launched a municipal plan to prepare the city for the "
        "reception of refugees and to press national and European governments to do more."
    ): (
        "En septembre 2015, Barcelone a lancé un plan municipal pour préparer la ville à "
        "l'accueil des personnes réfugiées et pousser les gouvernements nationaux et européens à "
        "en faire davantage."
    ),
    (
        "The plan turned a wave of public solidarity into a municipal programme. It showed that a "
        "city without formal powers over asylum can still prepare its services, support civil "
        "society and speak up politically."
    ): (
        "Le plan a transformé un élan de solidarité citoyenne en programme municipal. Il a montré "
        "qu'une ville dépourvue de compétences formelles en matière d'asile peut malgré tout "
        "préparer ses services, soutenir la société civile et prendre position politiquement."
    ),
    (
        "The plan was launched in September 2015. It reinforced SAIER, increased support for "
        "organisations working on asylum and international cooperation, and offered residents a "
        "channel to register their offers of help."
    ): (
        "Le plan a été lancé en septembre 2015. Il a renforcé le SAIER, accru le soutien aux "
        "organisations actives dans les domaines de l'asile et de la coopération internationale, "
        "et offert aux habitantes et habitants un moyen d'enregistrer leurs propositions d'aide."
    ),
    (
        "The city also developed a supplementary municipal programme for asylum seekers, called "
        "Nausica, to complement the state reception system."
    ): (
        "La ville a également mis en place un programme municipal complémentaire pour les "
        "personnes demandeuses d'asile, appelé Nausica, afin de compléter le dispositif d'accueil "
        "de l'État."
    ),
    (
        "The plan moved over time from emergency preparation to longer-term reception and "
        "inclusion. It also carried a political message: Barcelona proposed a network of Spanish "
        "cities of refuge, and in 2017 twenty-five Spanish cities presented a joint declaration "
        "on refuge in Barcelona."
    ): (
        "Au fil du temps, le plan est passé de la préparation à l'urgence à l'accueil et à "
        "l'inclusion sur le long terme. Il portait aussi un message politique\u00a0: Barcelone a "
        "proposé un réseau espagnol de villes refuges et, en 2017, vingt-cinq villes espagnoles "
        "ont présenté à Barcelone une déclaration commune sur le refuge."
    ),
    "The state decides on asylum, but people live in cities. We wanted the city to be ready.": (
        "C'est l'État qui décide de l'asile, mais les gens vivent dans les villes. Nous voulions "
        "que la ville soit prête."
    ),
    "A municipal officer (demo)": "Un agent municipal (démo)",
    "Department of Immigration and Interculturality": (
        "Direction de l'immigration et de l'interculturalité"
    ),
    "Municipal contact point": "Point de contact municipal",
    "The anti-rumour strategy": "La stratégie anti-rumeurs",
    "Countering rumours about migration": "Contrer les rumeurs sur les migrations",
    (
        "Since 2010 Barcelona has worked with a network of associations and volunteers to counter "
        "rumours and stereotypes about migrants in everyday conversation."
    ): (
        "Depuis 2010, Barcelone travaille avec un réseau d'associations et de bénévoles pour "
        "contrer les rumeurs et les stéréotypes sur les personnes migrantes dans les "
        "conversations du quotidien."
    ),
    (
        "The strategy starts from the idea that prejudice spreads through ordinary conversations. "
        "It answers rumours with facts and with trained people who can respond calmly in daily "
        "life."
    ): (
        "La stratégie part de l'idée que les préjugés se propagent au fil des conversations "
        "ordinaires. Elle répond aux rumeurs par des faits et grâce à des personnes formées, "
        "capables de réagir calmement dans la vie de tous les jours."
    ),
    (
        "The city council coordinates a network of associations, local organisations and "
        "individual volunteers. The network trains so-called anti-rumour agents and produces "
        "information materials and campaigns that address common false beliefs about migration."
    ): (
        "La municipalité coordonne un réseau d'associations, d'organisations locales et de "
        "bénévoles. Le réseau forme des «\u00a0agents anti-rumeurs\u00a0» et produit des supports "
        "d'information et des campagnes qui s'attaquent aux idées reçues les plus répandues sur "
        "les migrations."
    ),
    (
        "The anti-rumour method has been adopted by other cities in Spain and across Europe, "
        "including through the Council of Europe's Intercultural Cities programme."
    ): (
        "La méthode anti-rumeurs a été reprise par d'autres villes en Espagne et dans toute "
        "l'Europe, notamment par l'intermédiaire du programme Cités interculturelles du Conseil "
        "de l'Europe."
    ),
    "The Municipal Immigration Council": "Le Conseil municipal de l'immigration",
    "A council for migrant associations": "Un conseil pour les associations de personnes migrantes",
    (
        "Barcelona's Municipal Immigration Council brings migrant associations and other "
        "organisations into a standing dialogue with the city."
    ): (
        "Le Conseil municipal de l'immigration de Barcelone instaure un dialogue permanent entre "
        "la ville, les associations de personnes migrantes et d'autres organisations."
    ),
    (
        "The council gives associations of migrants a formal place in city decision-making. It "
        "also gives them a public voice on issues that affect migrant residents."
    ): (
        "Le conseil donne aux associations de personnes migrantes une place officielle dans la "
        "prise de décision municipale. Il leur donne aussi une voix publique sur les questions "
        "qui concernent les personnes migrantes vivant dans la ville."
    ),
    (
        "The council is a participatory body of the city council. Its members include migrant "
        "associations and organisations working with migrants. It prepares opinions and reports, "
        "and it awards annual prizes to projects and people working for the rights of migrants."
    ): (
        "Le conseil est un organe participatif de la municipalité. Ses membres comprennent des "
        "associations de personnes migrantes et des organisations qui travaillent avec elles. Il "
        "élabore des avis et des rapports, et décerne chaque année des prix à des projets et à "
        "des personnes qui œuvrent pour les droits des personnes migrantes."
    ),
    (
        "The council has drawn attention to practical barriers that migrants face. In 2020, for "
        "example, a survey by the council found that 63 per cent of people who needed an "
        "appointment for procedures concerning their foreigner status were unable to get one."
    ): (
        "Le conseil a attiré l'attention sur les obstacles concrets auxquels se heurtent les "
        "personnes migrantes. En 2020, par exemple, une enquête du conseil a montré que 63\u00a0% "
        "des personnes ayant besoin d'un rendez-vous pour des démarches liées à leur statut "
        "d'étranger n'avaient pas pu en obtenir."
    ),
    "Berlin": "Berlin",
    "A city-state that writes participation into law": (
        "Une ville-État qui inscrit la participation dans la loi"
    ),
    (
        "As both a city and a federal state, Berlin has legislative powers that other German "
        "cities lack. It passed the first participation and integration law of any German state "
        "in 2010 and a revised participation law in 2021. Berlin is also a founding member of the "
        "Alliance of Cities of Safe Harbours."
    ): (
        "À la fois ville et Land, Berlin dispose de compétences législatives dont les autres "
        "villes allemandes sont privées. En 2010, elle a adopté la première loi sur la "
        "participation et l'intégration de tous les Länder allemands, puis une loi révisée sur la "
        "participation en 2021. Berlin est également membre fondateur de l'Alliance des villes "
        "«\u00a0Ports sûrs\u00a0» (Sichere Häfen)."
    ),
    (
        "Berlin's status as a city-state allows it to legislate on participation and on its own "
        "administration."
    ): (
        "Son statut de ville-État permet à Berlin de légiférer sur la participation et sur sa "
        "propre administration."
    ),
    (
        "The participation law of 2021 promotes diversity in the public service and requires an "
        "advisory council in every district."
    ): (
        "La loi sur la participation de 2021 favorise la diversité dans la fonction publique et "
        "impose un conseil consultatif dans chaque arrondissement."
    ),
    (
        "A clearing house opened in 2018 helps people without health insurance, including people "
        "without papers, to get treatment."
    ): (
        "Un centre d'orientation (Clearingstelle) ouvert en 2018 aide les personnes sans "
        "assurance maladie, y compris les personnes sans papiers, à se faire soigner."
    ),
    "Berlin co-founded the Alliance of Cities of Safe Harbours in 2019.": (
        "Berlin a cofondé l'Alliance des villes «\u00a0Ports sûrs\u00a0» en 2019."
    ),
    (
        "Berlin is the capital and largest city of Germany. Because it is also one of the sixteen "
        "federal states, its parliament can pass laws in areas where other cities can only adopt "
        "local rules."
    ): (
        "Berlin est la capitale et la plus grande ville d'Allemagne. Comme elle est aussi l'un "
        "des seize Länder, son parlement peut adopter des lois dans des domaines où les autres "
        "villes ne peuvent prendre que des règlements locaux."
    ),
    (
        "Asylum procedures and residence law are set at federal level in Germany. The federal "
        "states organise the reception of asylum seekers and the work of the immigration "
        "authorities. In Berlin, both tasks therefore lie with the city's own state "
        "administration."
    ): (
        "En Allemagne, les procédures d'asile et le droit au séjour sont fixés au niveau fédéral. "
        "Les Länder organisent l'accueil des personnes demandeuses d'asile et le travail des "
        "services des étrangers. À Berlin, ces deux missions relèvent donc de l'administration "
        "régionale propre à la ville."
    ),
    (
        "In 2010 Berlin became the first German federal state to pass a participation and "
        "integration law. The initiative came from the state advisory council on integration and "
        "migration."
    ): (
        "En 2010, Berlin est devenue le premier Land allemand à adopter une loi sur la "
        "participation et l'intégration. L'initiative venait du conseil consultatif régional pour "
        "l'intégration et les migrations."
    ),
    (
        "An evaluation later found that the law was too little known and too vague to be applied. "
        "On 17 June 2021 the Berlin parliament passed a revised law on participation in the "
        "migration society. It aims to increase the share of people with a migration history in "
        "the public service, and it requires every district to set up an advisory council for "
        "participation and integration. It also created an advisory council for the concerns of "
        "Roma and Sinti."
    ): (
        "Une évaluation a ensuite montré que la loi était trop peu connue et trop vague pour être "
        "appliquée. Le 17 juin 2021, le parlement berlinois a adopté une loi révisée sur la "
        "participation dans la société de migration. Elle vise à augmenter la part des personnes "
        "issues de l'immigration dans la fonction publique et impose à chaque arrondissement de "
        "créer un conseil consultatif pour la participation et l'intégration. Elle a également "
        "créé un conseil consultatif pour les questions concernant les Roms et les Sintés."
    ),
    (
        "In the field of health, a clearing house for people without health insurance opened in "
        "October 2018. It is funded by the Senate and run by the Berliner Stadtmission. It offers "
        "confidential advice, helps people back into insurance where possible and, since June "
        "2019, can also cover the cost of medical treatment."
    ): (
        "Dans le domaine de la santé, un centre d'orientation pour les personnes sans assurance "
        "maladie a ouvert en octobre 2018. Financé par le Sénat, il est géré par la Berliner "
        "Stadtmission. Il offre des conseils confidentiels, aide les personnes à réintégrer "
        "l'assurance maladie lorsque c'est possible et peut, depuis juin 2019, prendre aussi en "
        "charge le coût des soins médicaux."
    ),
    "2010": "2010",
    "Year Berlin passed the first participation and integration law of any German state": (
        "Année où Berlin a adopté la première loi sur la participation et l'intégration de tous "
        "les Länder allemands"
    ),
    "60,000": "60\u00a0000",
    (
        "Estimated number of people without health insurance in Berlin, as cited when the "
        "clearing house opened"
    ): (
        "Nombre estimé de personnes sans assurance maladie à Berlin, tel qu'avancé lors de "
        "l'ouverture du centre d'orientation"
    ),
    (
        "People come to us because they are ill, not because of their papers. Our job is to find "
        "a way into treatment."
    ): (
        "Les gens viennent nous voir parce qu'ils sont malades, pas à cause de leurs papiers. "
        "Notre travail consiste à trouver un chemin vers les soins."
    ),
    "A health counsellor (demo)": "Une conseillère en santé (démo)",
    (
        "Abstract illustration of overlapping circles in the greys and greens of Berlin's river "
        "landscape"
    ): (
        "Illustration abstraite de cercles qui se chevauchent, dans les gris et les verts des "
        "paysages fluviaux de Berlin"
    ),
    "Illustration for the Berlin profile (demo content).": (
        "Illustration du portrait de Berlin (contenu de démonstration)."
    ),
    "A clearing house for people without health insurance": (
        "Un centre d'orientation pour les personnes sans assurance maladie"
    ),
    "Health care without insurance": "Des soins sans assurance",
    (
        "Since October 2018 a clearing house funded by the Berlin Senate has helped people "
        "without health insurance, including people without papers, to get medical care."
    ): (
        "Depuis octobre 2018, un centre d'orientation financé par le Sénat de Berlin aide les "
        "personnes sans assurance maladie, y compris les personnes sans papiers, à accéder aux "
        "soins médicaux."
    ),
    (
        "The clearing house opens a way into medical care for people who fall through the gaps of "
        "the health system. It is open to people without papers as well as to EU citizens and "
        "German residents without insurance. Advice is confidential."
    ): (
        "Le centre d'orientation ouvre l'accès aux soins aux personnes qui passent entre les "
        "mailles du système de santé. Il est ouvert aux personnes sans papiers comme aux "
        "citoyennes et citoyens de l'UE et aux résidents allemands sans assurance. Les conseils "
        "sont confidentiels."
    ),
    (
        "The clearing house is run by the Berliner Stadtmission and funded by the Senate. A team "
        "of social workers, lawyers and other specialists first checks whether a person can "
        "return to health insurance. Since June 2019 it can also cover the cost of treatment for "
        "people who have no other access, through a network of cooperating doctors and hospitals."
    ): (
        "Le centre d'orientation est géré par la Berliner Stadtmission et financé par le Sénat. "
        "Une équipe de travailleurs sociaux, de juristes et d'autres spécialistes vérifie d'abord "
        "si la personne peut réintégrer l'assurance maladie. Depuis juin 2019, le centre peut "
        "aussi prendre en charge le coût des soins pour les personnes qui n'ont aucun autre "
        "accès, grâce à un réseau de médecins et d'hôpitaux partenaires."
    ),
    (
        "Demand has grown steadily, and the team has grown with it. The clearing house is the "
        "result of years of campaigning by civil-society groups such as Medibüro Berlin for an "
        "anonymous health care certificate."
    ): (
        "La demande n'a cessé de croître, et l'équipe s'est agrandie en conséquence. Le centre "
        "d'orientation est le fruit de longues années de mobilisation de groupes de la société "
        "civile, comme le Medibüro Berlin, en faveur d'un certificat de soins anonyme."
    ),
    "2018": "2018",
    "Year the clearing house opened": "Année d'ouverture du centre d'orientation",
    "Senate Department for Health": "Administration sénatoriale de la Santé",
    "State of Berlin": "Land de Berlin",
    "A participation law for the migration society": (
        "Une loi sur la participation pour la société de migration"
    ),
    "Participation written into law": "La participation inscrite dans la loi",
    (
        "Berlin passed the first participation and integration law of any German state in 2010 "
        "and replaced it with a stronger participation law in 2021."
    ): (
        "En 2010, Berlin a adopté la première loi sur la participation et l'intégration de tous "
        "les Länder allemands, avant de la remplacer en 2021 par une loi sur la participation "
        "plus ambitieuse."
    ),
    (
        "Berlin uses its powers as a federal state to make participation binding for its own "
        "administration. The law treats the diversity of the city as a task for the whole public "
        "service."
    ): (
        "Berlin utilise ses compétences de Land pour rendre la participation contraignante pour "
        "sa propre administration. La loi considère la diversité de la ville comme une mission de "
        "l'ensemble de la fonction publique."
    ),
    (
        "The law of 2021 requires public bodies to set targets and plans for employing more "
        "people with a migration history. Job advertisements must address them directly. Every "
        "district must set up an advisory council for participation and integration, and a "
        "council for the concerns of Roma and Sinti was created at state level."
    ): (
        "La loi de 2021 oblige les organismes publics à fixer des objectifs et des plans pour "
        "embaucher davantage de personnes issues de l'immigration. Les offres d'emploi doivent "
        "s'adresser directement à elles. Chaque arrondissement doit créer un conseil consultatif "
        "pour la participation et l'intégration, et un conseil pour les questions concernant les "
        "Roms et les Sintés a été créé au niveau du Land."
    ),
    (
        "The first law of 2010 was evaluated after ten years and found to be too little known and "
        "too vague. The revised law was passed on 17 June 2021. In 2024 the state carried out its "
        "first voluntary survey of the migration background of its employees."
    ): (
        "La première loi, de 2010, a été évaluée au bout de dix ans et jugée trop peu connue et "
        "trop vague. La loi révisée a été adoptée le 17 juin 2021. En 2024, le Land a mené sa "
        "première enquête volontaire sur l'origine migratoire de ses agents."
    ),
    "Office of the Senate Commissioner for Integration and Migration": (
        "Bureau de la commissaire du Sénat à l'intégration et aux migrations"
    ),
    "Berlin as a Safe Harbour": "Berlin, Port sûr",
    "A founding Safe Harbour": "Un Port sûr de la première heure",
    (
        "Berlin is a founding member of the Alliance of Cities of Safe Harbours, which offers to "
        "take in people rescued at sea in addition to national quotas."
    ): (
        "Berlin est membre fondateur de l'Alliance des villes «\u00a0Ports sûrs\u00a0», qui "
        "propose d'accueillir des personnes secourues en mer en plus des quotas nationaux."
    ),
    (
        "As Germany's capital, Berlin lends weight to the demand that willing cities should be "
        "allowed to take in more refugees. It hosted the founding congress of the alliance in its "
        "Red Town Hall in June 2019."
    ): (
        "En tant que capitale de l'Allemagne, Berlin donne du poids à la revendication selon "
        "laquelle les villes volontaires doivent pouvoir accueillir davantage de personnes "
        "réfugiées. Elle a accueilli le congrès fondateur de l'alliance dans son Hôtel de ville "
        "rouge (Rotes Rathaus) en juin 2019."
    ),
    (
        "Berlin's department for integration and migration coordinates the city's work in the "
        "alliance. Its representatives take part in the meetings of the state coordinators and in "
        "the general assemblies of the alliance, and they share knowledge with other members, for "
        "example through webinars."
    ): (
        "L'administration berlinoise chargée de l'intégration et des migrations coordonne "
        "l'action de la ville au sein de l'alliance. Ses représentantes et représentants "
        "participent aux réunions des coordinations régionales et aux assemblées générales de "
        "l'alliance, et partagent leurs connaissances avec les autres membres, par exemple lors "
        "de webinaires."
    ),
    (
        "The alliance has grown to well over a hundred municipalities. It has no dedicated "
        "funding and relies on the commitment of its members and on the coordinating office in "
        "Potsdam."
    ): (
        "L'alliance compte désormais bien plus d'une centaine de communes. Elle ne dispose "
        "d'aucun financement propre et repose sur l'engagement de ses membres et sur son bureau "
        "de coordination à Potsdam."
    ),
    "Gdańsk": "Gdańsk",
    "A Polish pioneer of municipal integration policy": (
        "Une pionnière polonaise de la politique municipale d'intégration"
    ),
    (
        "Gdańsk was the first Polish city to adopt a comprehensive municipal policy for the "
        "integration of immigrants. The Immigrant Integration Model, adopted in 2016, was drawn "
        "up together with civil society and is implemented through annual action plans. An "
        "Immigrants Council advises the mayor."
    ): (
        "Gdańsk a été la première ville polonaise à adopter une politique municipale globale "
        "d'intégration des personnes immigrées. Le Modèle d'intégration des personnes immigrées, "
        "adopté en 2016, a été élaboré avec la société civile et est mis en œuvre au moyen de "
        "plans d'action annuels. Un Conseil des personnes immigrées conseille la maire."
    ),
    (
        "The integration model grew out of advocacy by a local NGO and a cross-sector team set up "
        "by the city in 2015."
    ): (
        "Le modèle d'intégration est né du plaidoyer d'une ONG locale et d'une équipe "
        "intersectorielle mise en place par la ville en 2015."
    ),
    (
        "The model covers education, employment, culture, local communities, violence and "
        "discrimination, social assistance, health and housing."
    ): (
        "Le modèle couvre l'éducation, l'emploi, la culture, les communautés locales, la violence "
        "et les discriminations, l'aide sociale, la santé et le logement."
    ),
    "An Immigrants Council gives migrant communities a direct channel to the mayor.": (
        "Un Conseil des personnes immigrées offre aux communautés immigrées un canal direct vers "
        "la maire."
    ),
    (
        "The approach has been taken up at the level of the Gdańsk, Gdynia and Sopot metropolitan "
        "area."
    ): (
        "L'approche a été reprise à l'échelle de l'aire métropolitaine de Gdańsk, Gdynia et Sopot."
    ),
    (
        "Gdańsk is a port city on the Baltic Sea and the capital of the Pomeranian region. It is "
        "known as the birthplace of the Solidarity movement. Observers have linked this history "
        "to the city's present-day openness towards migrants."
    ): (
        "Gdańsk est une ville portuaire de la mer Baltique et la capitale de la voïvodie de "
        "Poméranie. Elle est connue comme le berceau du mouvement Solidarność. Certains "
        "observateurs relient cette histoire à l'ouverture dont la ville fait preuve aujourd'hui "
        "envers les personnes migrantes."
    ),
    (
        "When Gdańsk began its work, Poland did not have a comprehensive national policy for the "
        "integration of immigrants. At the same time, the number of foreign residents and workers "
        "in Polish cities was growing. Much of the practical work of integration therefore fell "
        "to municipalities and NGOs."
    ): (
        "Lorsque Gdańsk a commencé ce travail, la Pologne ne disposait pas de politique nationale "
        "globale d'intégration des personnes immigrées. Dans le même temps, le nombre de "
        "résidents et de travailleurs étrangers augmentait dans les villes polonaises. Une grande "
        "partie du travail concret d'intégration revenait donc aux communes et aux ONG."
    ),
    (
        "The process began with an NGO, the Immigrant Support Centre, which had advocated for the "
        "rights of immigrants in Gdańsk since 2013. In May 2015 the city set up a cross-sector "
        "team of about 140 people from more than 70 organisations to develop a municipal "
        "integration model."
    ): (
        "Le processus a commencé avec une ONG, l'Immigrant Support Centre, qui défendait les "
        "droits des personnes immigrées à Gdańsk depuis 2013. En mai 2015, la ville a mis en "
        "place une équipe intersectorielle d'environ 140 personnes issues de plus de 70 "
        "organisations afin d'élaborer un modèle municipal d'intégration."
    ),
    (
        "The Immigrant Integration Model was adopted in 2016. It covers eight thematic areas: "
        "education, employment, culture, local communities, violence and discrimination, social "
        "assistance, health and housing. The model is implemented through annual action plans, "
        "and hundreds of city employees have been trained in anti-discrimination."
    ): (
        "Le Modèle d'intégration des personnes immigrées a été adopté en 2016. Il couvre huit "
        "domaines thématiques\u00a0: l'éducation, l'emploi, la culture, les communautés locales, "
        "la violence et les discriminations, l'aide sociale, la santé et le logement. Le modèle "
        "est mis en œuvre au moyen de plans d'action annuels, et des centaines d'agents "
        "municipaux ont été formés à la lutte contre les discriminations."
    ),
    (
        "An Immigrants Council, made up of representatives of immigrant communities, advises the "
        "mayor. In 2018 the city adopted a further Model for Equal Treatment. In 2020 the "
        "metropolitan area of Gdańsk, Gdynia and Sopot published minimum standards for the "
        "integration of immigrants."
    ): (
        "Un Conseil des personnes immigrées, composé de représentantes et représentants des "
        "communautés immigrées, conseille la maire. En 2018, la ville a adopté en outre un Modèle "
        "pour l'égalité de traitement. En 2020, l'aire métropolitaine de Gdańsk, Gdynia et Sopot "
        "a publié des normes minimales pour l'intégration des personnes immigrées."
    ),
    "2016": "2016",
    "Year the Immigrant Integration Model was adopted": (
        "Année d'adoption du Modèle d'intégration des personnes immigrées"
    ),
    "140": "140",
    "Approximate number of people in the cross-sector team that drafted the model": (
        "Nombre approximatif de personnes dans l'équipe intersectorielle qui a rédigé le modèle"
    ),
    (
        "The model works because the schools, the job centre and the NGOs sit at the same table. "
        "Nobody has to solve everything alone."
    ): (
        "Le modèle fonctionne parce que les écoles, l'agence pour l'emploi et les ONG sont "
        "assises à la même table. Personne ne doit tout résoudre seul."
    ),
    "A member of a thematic working group (demo)": (
        "Un membre d'un groupe de travail thématique (démo)"
    ),
    "Abstract illustration of cranes and water in the amber and blue tones of Gdańsk's harbour": (
        "Illustration abstraite de grues et d'eau dans les tons ambre et bleu du port de Gdańsk"
    ),
    "Illustration for the Gdańsk profile (demo content).": (
        "Illustration du portrait de Gdańsk (contenu de démonstration)."
    ),
    "The Immigrant Integration Model": "Le Modèle d'intégration des personnes immigrées",
    "A city-wide integration model": "Un modèle d'intégration à l'échelle de la ville",
    (
        "Gdańsk adopted a comprehensive municipal integration policy in 2016, developed together "
        "with civil society and implemented through annual action plans."
    ): (
        "En 2016, Gdańsk a adopté une politique municipale globale d'intégration, élaborée avec "
        "la société civile et mise en œuvre au moyen de plans d'action annuels."
    ),
    (
        "The model was the first comprehensive municipal integration policy in Poland. It was "
        "developed from the bottom up, starting with the advocacy of a local NGO. It treats "
        "integration as a task for every city service, not for a single office."
    ): (
        "Le modèle a été la première politique municipale globale d'intégration en Pologne. Il a "
        "été construit à partir de la base, en commençant par le plaidoyer d'une ONG locale. Il "
        "considère l'intégration comme une mission de tous les services de la ville, et non d'un "
        "seul bureau."
    ),
    (
        "The model covers education, employment, culture, local communities, violence and "
        "discrimination, social assistance, health and housing. Thematic working groups bring "
        "together city institutions, NGOs and immigrants. The city implements the model through "
        "annual action plans."
    ): (
        "Le modèle couvre l'éducation, l'emploi, la culture, les communautés locales, la violence "
        "et les discriminations, l'aide sociale, la santé et le logement. Des groupes de travail "
        "thématiques réunissent des institutions municipales, des ONG et des personnes immigrées. "
        "La ville met en œuvre le modèle au moyen de plans d'action annuels."
    ),
    (
        "More than 300 city employees have been trained in anti-discrimination. The model won an "
        "Innovation in Politics Award in 2018, and surveys cited by the award organisers found "
        "more positive attitudes towards migrants in Gdańsk than in other Polish cities."
    ): (
        "Plus de 300 agents municipaux ont été formés à la lutte contre les discriminations. Le "
        "modèle a reçu un Innovation in Politics Award en 2018, et des enquêtes citées par les "
        "organisateurs du prix ont montré que les attitudes envers les personnes migrantes "
        "étaient plus positives à Gdańsk que dans d'autres villes polonaises."
    ),
    "8": "8",
    "Thematic areas covered by the model when it was drafted": (
        "Domaines thématiques couverts par le modèle lors de sa rédaction"
    ),
    "Department of Social Development": "Service du développement social",
    "City of Gdańsk": "Ville de Gdańsk",
    "The Immigrants Council": "Le Conseil des personnes immigrées",
    "Migrants advising the mayor": "Des personnes migrantes qui conseillent la maire",
    (
        "An advisory council of representatives of immigrant communities keeps the Mayor of "
        "Gdańsk informed about their needs and concerns."
    ): (
        "Un conseil consultatif composé de représentantes et représentants des communautés "
        "immigrées informe la maire de Gdańsk de leurs besoins et de leurs préoccupations."
    ),
    (
        "Foreign residents who are not EU citizens cannot vote in Polish local elections. The "
        "council gives them a direct and regular channel to the mayor."
    ): (
        "Les résidents étrangers qui ne sont pas citoyens de l'UE ne peuvent pas voter aux "
        "élections locales polonaises. Le conseil leur offre un canal direct et régulier vers la "
        "maire."
    ),
    (
        "The council is part of the structure set up to implement the Immigrant Integration "
        "Model, alongside a steering committee, a management group and an integration and "
        "migration forum. Its members represent different immigrant communities in the city."
    ): (
        "Le conseil fait partie de la structure mise en place pour appliquer le Modèle "
        "d'intégration des personnes immigrées, aux côtés d'un comité de pilotage, d'un groupe de "
        "direction et d'un forum sur l'intégration et les migrations. Ses membres représentent "
        "différentes communautés immigrées de la ville."
    ),
    (
        "According to a report from 2019, the council had 13 migrant representatives, including "
        "two refugees. It has made the voices of immigrants visible in city debates on "
        "integration."
    ): (
        "Selon un rapport de 2019, le conseil comptait 13 représentantes et représentants des "
        "personnes migrantes, dont deux personnes réfugiées. Il a rendu visibles les voix des "
        "personnes immigrées dans les débats municipaux sur l'intégration."
    ),
    "Minimum standards for integration across the metropolitan area": (
        "Des normes minimales d'intégration pour l'ensemble de l'aire métropolitaine"
    ),
    "Integration standards for the region": "Des normes d'intégration pour la région",
    (
        "In 2020 the metropolitan area of Gdańsk, Gdynia and Sopot published minimum standards "
        "for the integration of immigrants, drawing on the experience of Gdańsk."
    ): (
        "En 2020, l'aire métropolitaine de Gdańsk, Gdynia et Sopot a publié des normes minimales "
        "pour l'intégration des personnes immigrées, en s'appuyant sur l'expérience de Gdańsk."
    ),
    (
        "The standards carry the experience of one city to its neighbours. They give smaller "
        "municipalities a clear list of what they need to do first."
    ): (
        "Ces normes transmettent l'expérience d'une ville à ses voisines. Elles donnent aux "
        "petites communes une liste claire de ce qu'elles doivent faire en priorité."
    ),
    (
        "The standards were drawn up by the commission for social and economic affairs of the "
        "metropolitan area and presented in March 2020 at the European Solidarity Centre in "
        "Gdańsk. They call for local integration teams, Polish classes for adults, schools "
        "prepared for children with a migration background, legal and information support, and "
        "help for immigrants in crisis situations."
    ): (
        "Les normes ont été élaborées par la commission des affaires sociales et économiques de "
        "l'aire métropolitaine et présentées en mars 2020 au Centre européen de Solidarność à "
        "Gdańsk. Elles préconisent des équipes locales d'intégration, des cours de polonais pour "
        "adultes, des écoles préparées à accueillir les enfants issus de l'immigration, un "
        "soutien juridique et informatif ainsi qu'une aide aux personnes immigrées en situation "
        "de crise."
    ),
    (
        "The standards are a reference for municipalities in the region. How far each "
        "municipality has applied them is a question for further research."
    ): (
        "Les normes servent de référence aux communes de la région. Dans quelle mesure chaque "
        "commune les a appliquées reste une question à approfondir par la recherche."
    ),
    "AEIDL": "AEIDL",
    "About Solidarity Cities": "About Solidarity Cities",
    "Agencia de Noticias": "Agencia de Noticias",
    "Ajuntament de Barcelona": "Ajuntament de Barcelona",
    "Alliance of Cities of Safe Harbours": "Alliance des villes «\u00a0Ports sûrs\u00a0»",
    "Barcelona Municipal Immigration Council": "Conseil municipal de l'immigration de Barcelone",
    "Barcelona Societat, núm. 28": "Barcelona Societat, núm. 28",
    "Barcelona anti-rumour network": "Réseau anti-rumeurs de Barcelone",
    (
        "Barcelona is among the first supporters of the Solidarity Cities initiative, launched in "
        "Athens."
    ): (
        "Barcelone figure parmi les premières villes à soutenir l'initiative Solidarity Cities, "
        "lancée à Athènes."
    ),
    (
        "Barcelona is among the founding cities of the International Alliance of Safe Harbours in "
        "Palermo."
    ): (
        "Barcelone figure parmi les villes fondatrices de l'Alliance internationale des Ports "
        "sûrs, à Palerme."
    ),
    "Barcelona launches its anti-rumour strategy against prejudice towards migrants.": (
        "Barcelone lance sa stratégie anti-rumeurs contre les préjugés envers les personnes "
        "migrantes."
    ),
    "Berlin Senate Commissioner for Integration and Migration": (
        "Commissaire du Sénat de Berlin à l'intégration et aux migrations"
    ),
    (
        "Berlin co-founds the Alliance of Cities of Safe Harbours at a congress in its Red Town "
        "Hall."
    ): (
        "Berlin cofonde l'Alliance des villes «\u00a0Ports sûrs\u00a0» lors d'un congrès dans son "
        "Hôtel de ville rouge (Rotes Rathaus)."
    ),
    "Berlin passes its participation and integration law, the first of its kind in Germany.": (
        "Berlin adopte sa loi sur la participation et l'intégration, la première du genre en "
        "Allemagne."
    ),
    "Berlin sets up a state office for refugee affairs to organise reception.": (
        "Berlin crée un office du Land pour les affaires des réfugiés, chargé d'organiser "
        "l'accueil."
    ),
    "Berliner Stadtmission": "Berliner Stadtmission",
    "Bündnis Städte Sicherer Häfen": "Bündnis Städte Sicherer Häfen",
    "City of Gdańsk, Department of Social Development": (
        "Ville de Gdańsk, Département du développement social"
    ),
    "Clearingstelle": "Clearingstelle",
    "Der Tagesspiegel": "Der Tagesspiegel",
    "El Pla: Barcelona, ciutat refugi": "El Pla: Barcelona, ciutat refugi",
    "En marcha el Plan Ciudad Refugio de Barcelona": (
        "En marcha el Plan Ciudad Refugio de Barcelona"
    ),
    "European Website on Integration": "European Website on Integration",
    "Gdansk leads the way in solidarity with refugees": (
        "Gdansk leads the way in solidarity with refugees"
    ),
    "Gdańsk-Gdynia-Sopot Metropolitan Area": "Aire métropolitaine de Gdańsk-Gdynia-Sopot",
    "Immigrant Support Centre": "Centre de soutien aux personnes immigrées",
    "Immigrants Council of Gdańsk": "Conseil des personnes immigrées de Gdańsk",
    "Innovation in Politics Institute": "Innovation in Politics Institute",
    "Lücken im Gesundheitssystem: Hunderte Berliner ohne Krankenkasse": (
        "Lücken im Gesundheitssystem: Hunderte Berliner ohne Krankenkasse"
    ),
    "Mayor Paweł Adamowicz, a supporter of the model, is killed in an attack at a charity event.": (
        "Le maire Paweł Adamowicz, qui soutenait le modèle, est tué lors d'une attaque pendant un "
        "événement caritatif."
    ),
    "Medibüro Berlin": "Medibüro Berlin",
    "Partizipation in der Migrationsgesellschaft": "Partizipation in der Migrationsgesellschaft",
    "Poland's Tri-City gives example of inclusive integrating solutions": (
        "Poland's Tri-City gives example of inclusive integrating solutions"
    ),
    (
        "Poland: Gdańsk to be the first Polish city with own comprehensive model of immigrant "
        "integration?"
    ): (
        "Poland: Gdańsk to be the first Polish city with own comprehensive model of immigrant "
        "integration?"
    ),
    "Safe home for immigrants: city policy in Gdansk": (
        "Safe home for immigrants: city policy in Gdansk"
    ),
    "Solidarity Cities": "Solidarity Cities",
    "State Advisory Council for Participation": "Conseil consultatif du Land pour la participation",
    "The Berlin parliament passes the revised law on participation in the migration society.": (
        "Le parlement berlinois adopte la loi révisée sur la participation dans la société de "
        "migration."
    ),
    "The Gdańsk, Gdynia and Sopot metropolitan area publishes minimum standards for integration.": (
        "L'aire métropolitaine de Gdańsk, Gdynia et Sopot publie des normes minimales pour "
        "l'intégration."
    ),
    "The Immigrant Support Centre begins its work for the rights of immigrants in Gdańsk.": (
        "Le Centre de soutien aux personnes immigrées commence son action pour les droits des "
        "personnes immigrées à Gdańsk."
    ),
    "The city adopts the Immigrant Integration Model.": (
        "La ville adopte le Modèle d'intégration des personnes immigrées."
    ),
    (
        "The city launches the plan Barcelona, Ciutat Refugi and proposes a network of cities of "
        "refuge."
    ): (
        "La ville lance le plan «\u00a0Barcelona, Ciutat Refugi\u00a0» et propose un réseau de "
        "villes refuges."
    ),
    "The city sets up SAIER, its service for immigrants, emigrants and refugees.": (
        "La ville crée le SAIER, son service pour les personnes immigrées, émigrées et réfugiées."
    ),
    "The city sets up a cross-sector team to develop an integration model.": (
        "La ville met en place une équipe intersectorielle chargée d'élaborer un modèle "
        "d'intégration."
    ),
    "The clearing house for people without health insurance opens.": (
        "Le centre d'orientation pour les personnes sans assurance maladie ouvre ses portes."
    ),
    (
        "The model wins an Innovation in Politics Award, and the city adopts a Model for Equal "
        "Treatment."
    ): (
        "Le modèle remporte un Innovation in Politics Award, et la ville adopte un Modèle pour "
        "l'égalité de traitement."
    ),
    (
        "Twenty-five Spanish cities present the Barcelona Declaration on the reality of refuge in "
        "Spain."
    ): (
        "Vingt-cinq villes espagnoles présentent la Déclaration de Barcelone sur la réalité du "
        "refuge en Espagne."
    ),
    "forintegration.eu": "forintegration.eu",
}
