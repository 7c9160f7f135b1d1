"""German demo translations (team's own)."""

STRINGS = {
    "Social rights and inclusion": "Soziale Rechte und Teilhabe",
    (
        "How municipalities secure access to housing, health care, education, social services and "
        "work for all residents, whatever their residence status. It covers both dedicated "
        "services for newcomers and the opening of mainstream services."
    ): (
        "Wie Kommunen allen Einwohnerinnen und Einwohnern unabhängig vom Aufenthaltsstatus den "
        "Zugang zu Wohnraum, Gesundheitsversorgung, Bildung, sozialen Diensten und Arbeit "
        "sichern. Dazu gehören sowohl eigene Angebote für Neuankommende als auch die Öffnung der "
        "Regeldienste."
    ),
    "Reception, residence and protection against deportation": (
        "Aufnahme, Aufenthalt und Schutz vor Abschiebung"
    ),
    (
        "Local reception of refugees and asylum seekers, shelter for people without papers, and "
        "the ways in which cities use their powers over registration and residence to protect "
        "people from destitution and deportation."
    ): (
        "Die kommunale Aufnahme von Geflüchteten und Asylsuchenden, Unterkünfte für Menschen ohne "
        "Papiere und die Wege, auf denen Städte ihre Zuständigkeiten für Meldewesen und "
        "Aufenthalt nutzen, um Menschen vor Verelendung und Abschiebung zu schützen."
    ),
    "Political participation": "Politische Teilhabe",
    (
        "Ways for residents without citizenship or voting rights to take part in local "
        "decision-making, such as advisory councils, participation laws and consultation "
        "processes."
    ): (
        "Möglichkeiten für Einwohnerinnen und Einwohner ohne Staatsbürgerschaft oder Wahlrecht, "
        "sich an lokalen Entscheidungen zu beteiligen, etwa über Beiräte, Partizipationsgesetze "
        "und Beteiligungsverfahren."
    ),
    "Intercultural inclusion and anti-racism": "Interkulturelles Zusammenleben und Antirassismus",
    (
        "Municipal strategies that promote encounter between long-standing and new residents, "
        "counter prejudice and tackle racism and discrimination in the administration and in "
        "public life."
    ): (
        "Kommunale Strategien, die Begegnungen zwischen alteingesessenen und neuen Einwohnerinnen "
        "und Einwohnern fördern, Vorurteilen entgegenwirken und Rassismus und Diskriminierung in "
        "der Verwaltung und im öffentlichen Leben bekämpfen."
    ),
    "Collaboration with civil-society initiatives": (
        "Zusammenarbeit mit zivilgesellschaftlichen Initiativen"
    ),
    (
        "Partnerships between city administrations and civil-society groups, self-organisations "
        "of migrants and volunteer initiatives, from joint services to shared political campaigns."
    ): (
        "Partnerschaften zwischen Stadtverwaltungen und zivilgesellschaftlichen Gruppen, "
        "Selbstorganisationen von Migrantinnen und Migranten sowie ehrenamtlichen Initiativen – "
        "von gemeinsamen Angeboten bis zu gemeinsamen politischen Kampagnen."
    ),
    "Networking and advocacy": "Vernetzung und politische Interessenvertretung",
    (
        "How cities join forces in national and international networks to exchange practice and "
        "to press national governments and the European Union for a more humane migration policy."
    ): (
        "Wie Städte sich in nationalen und internationalen Netzwerken zusammenschließen, um "
        "Erfahrungen auszutauschen und bei den nationalen Regierungen und der Europäischen Union "
        "auf eine menschlichere Migrationspolitik zu drängen."
    ),
    "Moving Cities": "Moving Cities",
    (
        "Moving Cities maps European towns and cities that practise a solidarity-based migration "
        "policy, and explains how they do it. Explore the map, read in-depth city profiles and "
        "find local approaches and city networks that can inspire your own work."
    ): (
        "Moving Cities zeigt europäische Städte und Gemeinden, die eine solidarische "
        "Migrationspolitik betreiben, und erklärt, wie sie dabei vorgehen. Erkunden Sie die "
        "Karte, lesen Sie ausführliche Stadtprofile und entdecken Sie kommunale Ansätze und "
        "Städtenetzwerke, die Ihre eigene Arbeit inspirieren können."
    ),
    "Another migration policy is already happening": (
        "Eine andere Migrationspolitik findet bereits statt"
    ),
    (
        "While national and European migration policy is often deadlocked, many municipalities "
        "across Europe are acting on their own. They open their services to all residents, offer "
        "shelter, give migrants a voice in local politics and join forces in city networks."
    ): (
        "Während die nationale und europäische Migrationspolitik oft festgefahren ist, werden "
        "viele Kommunen in ganz Europa selbst aktiv. Sie öffnen ihre Angebote für alle "
        "Einwohnerinnen und Einwohner, bieten Schutz und Unterkunft, geben Migrantinnen und "
        "Migranten eine Stimme in der Kommunalpolitik und schließen sich in Städtenetzwerken "
        "zusammen."
    ),
    "What you will find here": "Was Sie hier finden",
    (
        "The map shows every listed municipality. In-depth profiles explain the context and the "
        "policies of selected cities. Local approaches are sorted into six policy areas, and "
        "network pages list the cities that belong to each network."
    ): (
        "Die Karte zeigt alle erfassten Kommunen. Ausführliche Profile erläutern den Kontext und "
        "die Politik ausgewählter Städte. Die kommunalen Ansätze sind sechs Politikfeldern "
        "zugeordnet, und die Netzwerkseiten führen die Städte auf, die dem jeweiligen Netzwerk "
        "angehören."
    ),
    "About this demo": "Über diese Demo",
    (
        "This installation contains demo content. Facts about real cities are taken from public "
        "sources, and passages that are placeholders are marked as demo text."
    ): (
        "Diese Installation enthält Demo-Inhalte. Angaben zu realen Städten stammen aus "
        "öffentlichen Quellen; Passagen, die nur Platzhalter sind, sind als Demo-Text "
        "gekennzeichnet."
    ),
    "Cities": "Städte",
    (
        "Every municipality on our map, with filters by country, network and policy area. Cities "
        "with an in-depth profile are highlighted."
    ): (
        "Alle Kommunen auf unserer Karte, filterbar nach Land, Netzwerk und Politikfeld. Städte "
        "mit ausführlichem Profil sind hervorgehoben."
    ),
    "Approaches": "Ansätze",
    "Local approaches in six policy areas: what cities do, how it works and what came of it.": (
        "Kommunale Ansätze in sechs Politikfeldern: was Städte tun, wie es funktioniert und was "
        "daraus geworden ist."
    ),
    "Networks": "Netzwerke",
    "The local, national and international networks through which cities act together.": (
        "Die lokalen, nationalen und internationalen Netzwerke, über die Städte gemeinsam handeln."
    ),
    "News": "Aktuelles",
    "News from the Moving Cities team (demo).": "Neuigkeiten vom Moving-Cities-Team (Demo).",
    "About Moving Cities": "Über Moving Cities",
    (
        "Moving Cities is a multilingual platform about European municipalities that practise a "
        "solidarity-based migration policy."
    ): (
        "Moving Cities ist eine mehrsprachige Plattform über europäische Kommunen, die eine "
        "solidarische Migrationspolitik betreiben."
    ),
    "What is Moving Cities?": "Was ist Moving Cities?",
    (
        "Moving Cities presents towns and cities in Europe that welcome migrants and refugees and "
        "stand up for their rights. It shows where these municipalities are, which networks they "
        "belong to and which local approaches they have developed."
    ): (
        "Moving Cities stellt Städte und Gemeinden in Europa vor, die Migrantinnen und Migranten "
        "sowie Geflüchtete willkommen heißen und für ihre Rechte eintreten. Die Plattform zeigt, "
        "wo diese Kommunen liegen, welchen Netzwerken sie angehören und welche kommunalen Ansätze "
        "sie entwickelt haben."
    ),
    "Who is it for?": "Für wen ist die Plattform gedacht?",
    (
        "The platform is meant for municipal staff, local politicians, civil-society groups, "
        "journalists and researchers. It helps them to find inspiration, allies and practical "
        "examples for their own work."
    ): (
        "Die Plattform richtet sich an Mitarbeitende in Kommunalverwaltungen, "
        "Kommunalpolitikerinnen und -politiker, zivilgesellschaftliche Gruppen, Journalistinnen "
        "und Journalisten sowie Forschende. Sie hilft ihnen, Anregungen, Verbündete und "
        "praktische Beispiele für die eigene Arbeit zu finden."
    ),
    "How is the content organised?": "Wie sind die Inhalte aufgebaut?",
    (
        "Every listed municipality appears on the map. Selected cities have in-depth profiles "
        "based on research. Local approaches are grouped into six policy areas, from social "
        "rights to networking and advocacy. Network pages list the member cities of each city "
        "network."
    ): (
        "Jede erfasste Kommune erscheint auf der Karte. Für ausgewählte Städte gibt es "
        "ausführliche, auf Recherchen beruhende Profile. Die kommunalen Ansätze sind sechs "
        "Politikfeldern zugeordnet, von sozialen Rechten bis zu Vernetzung und politischer "
        "Interessenvertretung. Die Netzwerkseiten führen die Mitgliedsstädte jedes "
        "Städtenetzwerks auf."
    ),
    "Seven languages": "Sieben Sprachen",
    (
        "The content is written in English and translated into German, French, Greek, Italian, "
        "Polish and Spanish. Where a translation is not yet available, the English text is shown "
        "with a notice."
    ): (
        "Die Inhalte werden auf Englisch verfasst und ins Deutsche, Französische, Griechische, "
        "Italienische, Polnische und Spanische übersetzt. Liegt eine Übersetzung noch nicht vor, "
        "wird der englische Text mit einem Hinweis angezeigt."
    ),
    (
        "This installation contains demo content for testing and presentation. Facts about real "
        "cities come from public sources. Passages marked as demo text are placeholders and "
        "should not be cited."
    ): (
        "Diese Installation enthält Demo-Inhalte zu Test- und Präsentationszwecken. Angaben zu "
        "realen Städten stammen aus öffentlichen Quellen. Als Demo-Text gekennzeichnete Passagen "
        "sind Platzhalter und sollten nicht zitiert werden."
    ),
    "Barcelona": "Barcelona",
    "A city of refuge that opens its services to every resident": (
        "Eine Zufluchtsstadt, die ihre Angebote allen Einwohnerinnen und Einwohnern öffnet"
    ),
    (
        "Barcelona has run a municipal service for immigrants, emigrants and refugees since 1989. "
        "In September 2015 it launched the plan Barcelona, Ciutat Refugi and proposed a network "
        "of Spanish cities of refuge. The city combines its own services with advocacy in "
        "national and European city networks."
    ): (
        "Barcelona unterhält seit 1989 einen städtischen Dienst für Immigrantinnen und "
        "Immigranten, Emigrantinnen und Emigranten sowie Geflüchtete. Im September 2015 startete "
        "die Stadt den Plan „Barcelona, Ciutat Refugi“ und schlug ein Netzwerk spanischer "
        "Zufluchtsstädte vor. Die Stadt verbindet eigene Angebote mit politischer "
        "Interessenvertretung in nationalen und europäischen Städtenetzwerken."
    ),
    (
        "A dedicated municipal service, known as SAIER, has advised migrants and refugees since "
        "1989."
    ): (
        "Ein eigener städtischer Dienst, bekannt als SAIER, berät Migrantinnen und Migranten "
        "sowie Geflüchtete seit 1989."
    ),
    (
        "The plan Barcelona, Ciutat Refugi of 2015 turned a political call for solidarity into a "
        "standing city programme."
    ): (
        "Der Plan „Barcelona, Ciutat Refugi“ von 2015 machte aus einem politischen Aufruf zur "
        "Solidarität ein dauerhaftes städtisches Programm."
    ),
    (
        "Barcelona uses networks such as Solidarity Cities and Eurocities to press for a stronger "
        "role for cities."
    ): (
        "Barcelona nutzt Netzwerke wie Solidarity Cities und Eurocities, um eine stärkere Rolle "
        "der Städte einzufordern."
    ),
    "An anti-rumour strategy launched in 2010 works with civil society against prejudice.": (
        "Eine 2010 gestartete Anti-Gerüchte-Strategie arbeitet gemeinsam mit der "
        "Zivilgesellschaft gegen Vorurteile."
    ),
    "Introduction": "Einleitung",
    (
        "Barcelona is the capital of Catalonia and the second-largest city in Spain. According to "
        "the city council, more than a fifth of the people registered in Barcelona in 2020 were "
        "of foreign origin. The city has long presented itself as an open and welcoming place."
    ): (
        "Barcelona ist die Hauptstadt Kataloniens und die zweitgrößte Stadt Spaniens. Nach "
        "Angaben der Stadtverwaltung war 2020 mehr als ein Fünftel der in Barcelona gemeldeten "
        "Menschen ausländischer Herkunft. Die Stadt versteht sich seit Langem als offener und "
        "gastfreundlicher Ort."
    ),
    "Context": "Kontext",
    (
        "In Spain, asylum and immigration law are national competences, and the state organises "
        "the reception of asylum seekers. Municipalities keep the local register of residents, "
        "known as the padrón, and run social services for everyone who is registered. "
        "Registration in the padrón does not depend on residence status, so for many people "
        "without papers it is the first official link to the city."
    ): (
        "In Spanien fallen Asyl- und Einwanderungsrecht in die Zuständigkeit des Staates, der "
        "auch die Aufnahme von Asylsuchenden organisiert. Die Kommunen führen das örtliche "
        "Melderegister, den sogenannten padrón, und betreiben soziale Dienste für alle, die dort "
        "gemeldet sind. Die Eintragung in den padrón hängt nicht vom Aufenthaltsstatus ab. Für "
        "viele Menschen ohne Papiere ist sie daher die erste offizielle Verbindung zur Stadt."
    ),
    "The policy": "Die Politik",
    (
        "The Municipal Service for Immigrants, Emigrants and Refugees, known by its Catalan "
        "acronym SAIER, has offered legal and social advice since 1989. The city council runs it "
        "together with specialised partner organisations. The service is the main entry point for "
        "newcomers who need help with residence, asylum or access to other city services."
    ): (
        "Der Städtische Dienst für Immigrantinnen und Immigranten, Emigrantinnen und Emigranten "
        "sowie Geflüchtete, nach seiner katalanischen Abkürzung SAIER genannt, bietet seit 1989 "
        "rechtliche und soziale Beratung an. Die Stadtverwaltung betreibt ihn gemeinsam mit "
        "spezialisierten Partnerorganisationen. Der Dienst ist die wichtigste Anlaufstelle für "
        "Neuankommende, die Unterstützung in Fragen von Aufenthalt, Asyl oder beim Zugang zu "
        "anderen städtischen Angeboten brauchen."
    ),
    (
        "In September 2015, as large numbers of refugees were arriving in Europe, the city "
        "launched the plan Barcelona, Ciutat Refugi. The plan prepared the city to receive "
        "refugees, reinforced SAIER and increased support for organisations working on asylum. It "
        "also gave residents a channel to offer help, and thousands of messages arrived within "
        "the first weeks."
    ): (
        "Im September 2015, als viele Geflüchtete in Europa ankamen, startete die Stadt den Plan "
        "„Barcelona, Ciutat Refugi“. Der Plan bereitete die Stadt auf die Aufnahme von "
        "Geflüchteten vor, stärkte den SAIER und weitete die Unterstützung für Organisationen "
        "aus, die im Asylbereich arbeiten. Zudem erhielten die Einwohnerinnen und Einwohner eine "
        "Möglichkeit, Hilfe anzubieten – in den ersten Wochen gingen Tausende Nachrichten ein."
    ),
    (
        "The plan also had a political side. The mayor proposed a network of Spanish cities of "
        "refuge and, in 2015, signed an open letter with the mayors of Paris, Lesbos and "
        "Lampedusa calling on Europe to act. Barcelona later supported the Solidarity Cities "
        "initiative and, in 2021, became one of the founding cities of the International Alliance "
        "of Safe Harbours."
    ): (
        "Der Plan hatte auch eine politische Seite. Die Bürgermeisterin schlug ein Netzwerk "
        "spanischer Zufluchtsstädte vor und unterzeichnete 2015 gemeinsam mit den "
        "Bürgermeisterinnen und Bürgermeistern von Paris, Lesbos und Lampedusa einen offenen "
        "Brief, der Europa zum Handeln aufforderte. Später unterstützte Barcelona die Initiative "
        "Solidarity Cities und gehörte 2021 zu den Gründungsstädten der Internationalen Allianz "
        "Sicherer Häfen."
    ),
    "1989": "1989",
    "Year in which the municipal service SAIER was set up": (
        "Gründungsjahr des städtischen Dienstes SAIER"
    ),
    "19,000": "19.000",
    "People assisted by SAIER in 2020, according to the city council": (
        "Vom SAIER im Jahr 2020 unterstützte Menschen, laut Stadtverwaltung"
    ),
    (
        "Before anyone asks about papers, we ask what a person needs today. The register and the "
        "service desk are where the city begins."
    ): (
        "Bevor jemand nach Papieren fragt, fragen wir, was ein Mensch heute braucht. Das "
        "Melderegister und der Beratungsschalter sind der Ort, an dem die Stadt beginnt."
    ),
    "A municipal case worker (demo)": "Eine städtische Sachbearbeiterin (Demo)",
    "Illustrative quote, demo content": "Beispielhaftes Zitat, Demo-Inhalt",
    (
        "Abstract illustration in the colours of Barcelona's coastline, with blue and "
        "sand-coloured shapes"
    ): (
        "Abstrakte Illustration in den Farben der Küste Barcelonas, mit blauen und sandfarbenen "
        "Formen"
    ),
    "Illustration for the Barcelona profile (demo content).": (
        "Illustration zum Profil von Barcelona (Demo-Inhalt)."
    ),
    "Generated illustration, Moving Cities demo": "Generierte Illustration, Moving-Cities-Demo",
    "Key dates": "Wichtige Daten",
    "Who is involved": "Wer beteiligt ist",
    "Demo embed": "Demo-Einbettung",
    "Sources": "Quellen",
    "SAIER: one municipal door for migrants and refugees": (
        "SAIER: eine städtische Anlaufstelle für Migrantinnen, Migranten und Geflüchtete"
    ),
    "A one-stop service for migrants": "Eine zentrale Anlaufstelle für Migrantinnen und Migranten",
    (
        "Barcelona's Municipal Service for Immigrants, Emigrants and Refugees has offered free "
        "advice since 1989. It is open to everyone, whatever their residence status."
    ): (
        "Barcelonas Städtischer Dienst für Immigrantinnen und Immigranten, Emigrantinnen und "
        "Emigranten sowie Geflüchtete bietet seit 1989 kostenlose Beratung an. Er steht allen "
        "offen, unabhängig vom Aufenthaltsstatus."
    ),
    "What is inspiring": "Was inspiriert",
    (
        "SAIER brings legal and social advice for migrants, refugees and returning emigrants "
        "under one roof. It is open to everyone, whatever their residence status. The service "
        "gives newcomers a single place to start, instead of a maze of offices."
    ): (
        "Der SAIER bündelt rechtliche und soziale Beratung für Migrantinnen und Migranten, "
        "Geflüchtete und zurückkehrende Ausgewanderte unter einem Dach. Er steht allen offen, "
        "unabhängig vom Aufenthaltsstatus. Neuankommende haben so eine einzige Anlaufstelle statt "
        "eines Labyrinths aus Ämtern."
    ),
    "How it operates": "Wie es funktioniert",
    (
        "The city council runs the service together with specialised partner organisations. "
        "Advisers help with residence and asylum procedures, family reunification and access to "
        "other city services. The service also refers people to housing, health and employment "
        "support."
    ): (
        "Die Stadtverwaltung betreibt den Dienst gemeinsam mit spezialisierten "
        "Partnerorganisationen. Die Beraterinnen und Berater helfen bei Aufenthalts- und "
        "Asylverfahren, beim Familiennachzug und beim Zugang zu anderen städtischen Angeboten. "
        "Außerdem vermittelt der Dienst an Unterstützungsangebote in den Bereichen Wohnen, "
        "Gesundheit und Arbeit weiter."
    ),
    "What came of it": "Was daraus geworden ist",
    (
        "SAIER has become the city's main entry point for newcomers and was strengthened under "
        "the plan Barcelona, Ciutat Refugi in 2015. The city council reported that the service "
        "assisted about 19,000 people in 2020, despite the pandemic."
    ): (
        "Der SAIER ist zur wichtigsten Anlaufstelle der Stadt für Neuankommende geworden und "
        "wurde 2015 im Rahmen des Plans „Barcelona, Ciutat Refugi“ gestärkt. Nach Angaben der "
        "Stadtverwaltung unterstützte der Dienst 2020 trotz der Pandemie rund 19.000 Menschen."
    ),
    "Year the service was set up": "Gründungsjahr des Dienstes",
    "SAIER, Municipal Service for Immigrants, Emigrants and Refugees": (
        "SAIER, Städtischer Dienst für Immigrantinnen und Immigranten, Emigrantinnen und "
        "Emigranten sowie Geflüchtete"
    ),
    "Municipal service": "Städtischer Dienst",
    "Barcelona City Council": "Stadtverwaltung Barcelona",
    "Barcelona, Ciutat Refugi: a city plan for refuge": (
        "Barcelona, Ciutat Refugi: ein städtischer Plan für Zuflucht"
    ),
    "A city plan for refuge": "Ein städtischer Plan für Zuflucht",
    (
        "In September 2015 Barcelona launched a municipal plan to prepare the city for the "
        "reception of refugees and to press national and European governments to do more."
    ): (
        "Im September 2015 startete Barcelona einen kommunalen Plan, um die Stadt auf die "
        "Aufnahme von Geflüchteten vorzubereiten und die nationale Regierung und die europäischen "
        "Institutionen zu mehr Engagement zu drängen."
    ),
    (
        "The plan turned a wave of public solidarity into a municipal programme. It showed that a "
        "city without formal powers over asylum can still prepare its services, support civil "
        "society and speak up politically."
    ): (
        "Der Plan machte aus einer Welle öffentlicher Solidarität ein kommunales Programm. Er "
        "zeigte, dass eine Stadt ohne formale Zuständigkeit für Asyl dennoch ihre Angebote "
        "vorbereiten, die Zivilgesellschaft unterstützen und politisch Stellung beziehen kann."
    ),
    (
        "The plan was launched in September 2015. It reinforced SAIER, increased support for "
        "organisations working on asylum and international cooperation, and offered residents a "
        "channel to register their offers of help."
    ): (
        "Der Plan startete im September 2015. Er stärkte den SAIER, weitete die Unterstützung für "
        "Organisationen in den Bereichen Asyl und internationale Zusammenarbeit aus und bot den "
        "Einwohnerinnen und Einwohnern eine Möglichkeit, ihre Hilfsangebote zu registrieren."
    ),
    (
        "The city also developed a supplementary municipal programme for asylum seekers, called "
        "Nausica, to complement the state reception system."
    ): (
        "Die Stadt entwickelte außerdem ein ergänzendes kommunales Programm für Asylsuchende "
        "namens Nausica, das das staatliche Aufnahmesystem ergänzt."
    ),
    (
        "The plan moved over time from emergency preparation to longer-term reception and "
        "inclusion. It also carried a political message: Barcelona proposed a network of Spanish "
        "cities of refuge, and in 2017 twenty-five Spanish cities presented a joint declaration "
        "on refuge in Barcelona."
    ): (
        "Mit der Zeit verlagerte sich der Schwerpunkt des Plans von der Notfallvorbereitung hin "
        "zu längerfristiger Aufnahme und Teilhabe. Der Plan hatte zudem eine politische "
        "Botschaft: Barcelona schlug ein Netzwerk spanischer Zufluchtsstädte vor, und 2017 "
        "stellten fünfundzwanzig spanische Städte in Barcelona eine gemeinsame Erklärung zur "
        "Zuflucht vor."
    ),
    "The state decides on asylum, but people live in cities. We wanted the city to be ready.": (
        "Über Asyl entscheidet der Staat, aber die Menschen leben in den Städten. Wir wollten, "
        "dass die Stadt vorbereitet ist."
    ),
    "A municipal officer (demo)": "Ein städtischer Mitarbeiter (Demo)",
    "Department of Immigration and Interculturality": (
        "Abteilung für Immigration und Interkulturalität"
    ),
    "Municipal contact point": "Städtische Kontaktstelle",
    "The anti-rumour strategy": "Die Anti-Gerüchte-Strategie",
    "Countering rumours about migration": "Gerüchten über Migration entgegentreten",
    (
        "Since 2010 Barcelona has worked with a network of associations and volunteers to counter "
        "rumours and stereotypes about migrants in everyday conversation."
    ): (
        "Seit 2010 arbeitet Barcelona mit einem Netzwerk aus Vereinen und Ehrenamtlichen "
        "zusammen, um Gerüchten und Stereotypen über Migrantinnen und Migranten in "
        "Alltagsgesprächen entgegenzuwirken."
    ),
    (
        "The strategy starts from the idea that prejudice spreads through ordinary conversations. "
        "It answers rumours with facts and with trained people who can respond calmly in daily "
        "life."
    ): (
        "Die Strategie geht davon aus, dass sich Vorurteile über ganz gewöhnliche Gespräche "
        "verbreiten. Sie begegnet Gerüchten mit Fakten und mit geschulten Menschen, die im Alltag "
        "sachlich darauf reagieren können."
    ),
    (
        "The city council coordinates a network of associations, local organisations and "
        "individual volunteers. The network trains so-called anti-rumour agents and produces "
        "information materials and campaigns that address common false beliefs about migration."
    ): (
        "Die Stadtverwaltung koordiniert ein Netzwerk aus Vereinen, lokalen Organisationen und "
        "einzelnen Ehrenamtlichen. Das Netzwerk bildet sogenannte Anti-Gerüchte-Agentinnen und "
        "-Agenten aus und erstellt Informationsmaterialien und Kampagnen, die verbreitete "
        "Fehlannahmen über Migration aufgreifen."
    ),
    (
        "The anti-rumour method has been adopted by other cities in Spain and across Europe, "
        "including through the Council of Europe's Intercultural Cities programme."
    ): (
        "Die Anti-Gerüchte-Methode wurde von anderen Städten in Spanien und in ganz Europa "
        "übernommen, unter anderem über das Programm Intercultural Cities des Europarats."
    ),
    "The Municipal Immigration Council": "Der Städtische Rat für Immigration",
    "A council for migrant associations": "Ein Rat für Migrantenvereine",
    (
        "Barcelona's Municipal Immigration Council brings migrant associations and other "
        "organisations into a standing dialogue with the city."
    ): (
        "Barcelonas Städtischer Rat für Immigration bringt Migrantenvereine und andere "
        "Organisationen in einen ständigen Dialog mit der Stadt."
    ),
    (
        "The council gives associations of migrants a formal place in city decision-making. It "
        "also gives them a public voice on issues that affect migrant residents."
    ): (
        "Der Rat gibt Vereinen von Migrantinnen und Migranten einen festen Platz in städtischen "
        "Entscheidungsprozessen. Zudem verschafft er ihnen eine öffentliche Stimme zu Themen, die "
        "Einwohnerinnen und Einwohner mit Migrationsgeschichte betreffen."
    ),
    (
        "The council is a participatory body of the city council. Its members include migrant "
        "associations and organisations working with migrants. It prepares opinions and reports, "
        "and it awards annual prizes to projects and people working for the rights of migrants."
    ): (
        "Der Rat ist ein Beteiligungsgremium der Stadtverwaltung. Zu seinen Mitgliedern gehören "
        "Migrantenvereine und Organisationen, die mit Migrantinnen und Migranten arbeiten. Er "
        "erarbeitet Stellungnahmen und Berichte und vergibt jährlich Preise an Projekte und "
        "Personen, die sich für die Rechte von Migrantinnen und Migranten einsetzen."
    ),
    (
        "The council has drawn attention to practical barriers that migrants face. In 2020, for "
        "example, a survey by the council found that 63 per cent of people who needed an "
        "appointment for procedures concerning their foreigner status were unable to get one."
    ): (
        "Der Rat hat auf praktische Hürden aufmerksam gemacht, mit denen Migrantinnen und "
        "Migranten konfrontiert sind. So ergab 2020 eine Umfrage des Rates, dass 63 Prozent der "
        "Menschen, die einen Termin für ausländerrechtliche Verfahren benötigten, keinen bekommen "
        "konnten."
    ),
    "Berlin": "Berlin",
    "A city-state that writes participation into law": (
        "Ein Stadtstaat, der Teilhabe gesetzlich verankert"
    ),
    (
        "As both a city and a federal state, Berlin has legislative powers that other German "
        "cities lack. It passed the first participation and integration law of any German state "
        "in 2010 and a revised participation law in 2021. Berlin is also a founding member of the "
        "Alliance of Cities of Safe Harbours."
    ): (
        "Als Stadt und Bundesland zugleich hat Berlin Gesetzgebungsbefugnisse, die anderen "
        "deutschen Städten fehlen. 2010 verabschiedete es als erstes Bundesland ein "
        "Partizipations- und Integrationsgesetz, 2021 folgte ein überarbeitetes "
        "Partizipationsgesetz. Berlin ist zudem Gründungsmitglied des Bündnisses „Städte Sicherer "
        "Häfen“."
    ),
    (
        "Berlin's status as a city-state allows it to legislate on participation and on its own "
        "administration."
    ): (
        "Als Stadtstaat kann Berlin Gesetze zur Teilhabe und zu seiner eigenen Verwaltung erlassen."
    ),
    (
        "The participation law of 2021 promotes diversity in the public service and requires an "
        "advisory council in every district."
    ): (
        "Das Partizipationsgesetz von 2021 fördert Vielfalt im öffentlichen Dienst und schreibt "
        "in jedem Bezirk einen Beirat vor."
    ),
    (
        "A clearing house opened in 2018 helps people without health insurance, including people "
        "without papers, to get treatment."
    ): (
        "Eine 2018 eröffnete Clearingstelle hilft Menschen ohne Krankenversicherung, darunter "
        "Menschen ohne Papiere, eine Behandlung zu erhalten."
    ),
    "Berlin co-founded the Alliance of Cities of Safe Harbours in 2019.": (
        "Berlin gehörte 2019 zu den Gründern des Bündnisses „Städte Sicherer Häfen“."
    ),
    (
        "Berlin is the capital and largest city of Germany. Because it is also one of the sixteen "
        "federal states, its parliament can pass laws in areas where other cities can only adopt "
        "local rules."
    ): (
        "Berlin ist die Hauptstadt und größte Stadt Deutschlands. Da es zugleich eines der "
        "sechzehn Bundesländer ist, kann sein Parlament Gesetze in Bereichen beschließen, in "
        "denen andere Städte nur kommunale Satzungen erlassen können."
    ),
    (
        "Asylum procedures and residence law are set at federal level in Germany. The federal "
        "states organise the reception of asylum seekers and the work of the immigration "
        "authorities. In Berlin, both tasks therefore lie with the city's own state "
        "administration."
    ): (
        "Asylverfahren und Aufenthaltsrecht werden in Deutschland auf Bundesebene geregelt. Die "
        "Bundesländer organisieren die Aufnahme von Asylsuchenden und die Arbeit der "
        "Ausländerbehörden. In Berlin liegen beide Aufgaben daher bei der eigenen "
        "Landesverwaltung der Stadt."
    ),
    (
        "In 2010 Berlin became the first German federal state to pass a participation and "
        "integration law. The initiative came from the state advisory council on integration and "
        "migration."
    ): (
        "2010 verabschiedete Berlin als erstes deutsches Bundesland ein Partizipations- und "
        "Integrationsgesetz. Die Initiative ging vom Landesbeirat für Integrations- und "
        "Migrationsfragen aus."
    ),
    (
        "An evaluation later found that the law was too little known and too vague to be applied. "
        "On 17 June 2021 the Berlin parliament passed a revised law on participation in the "
        "migration society. It aims to increase the share of people with a migration history in "
        "the public service, and it requires every district to set up an advisory council for "
        "participation and integration. It also created an advisory council for the concerns of "
        "Roma and Sinti."
    ): (
        "Eine spätere Evaluation ergab, dass das Gesetz zu wenig bekannt und zu unbestimmt war, "
        "um angewendet zu werden. Am 17. Juni 2021 verabschiedete das Berliner Abgeordnetenhaus "
        "ein überarbeitetes Gesetz zur Förderung der Partizipation in der Migrationsgesellschaft. "
        "Es soll den Anteil von Menschen mit Migrationsgeschichte im öffentlichen Dienst erhöhen "
        "und verpflichtet jeden Bezirk, einen Beirat für Partizipation und Integration "
        "einzurichten. Außerdem schuf es einen Beirat für Angelegenheiten von Roma und Sinti."
    ),
    (
        "In the field of health, a clearing house for people without health insurance opened in "
        "October 2018. It is funded by the Senate and run by the Berliner Stadtmission. It offers "
        "confidential advice, helps people back into insurance where possible and, since June "
        "2019, can also cover the cost of medical treatment."
    ): (
        "Im Gesundheitsbereich eröffnete im Oktober 2018 eine Clearingstelle für Menschen ohne "
        "Krankenversicherung. Sie wird vom Senat finanziert und von der Berliner Stadtmission "
        "betrieben. Sie bietet vertrauliche Beratung, hilft Menschen, wo möglich, zurück in die "
        "Krankenversicherung und kann seit Juni 2019 auch die Kosten medizinischer Behandlungen "
        "übernehmen."
    ),
    "2010": "2010",
    "Year Berlin passed the first participation and integration law of any German state": (
        "Jahr, in dem Berlin als erstes Bundesland ein Partizipations- und Integrationsgesetz "
        "verabschiedete"
    ),
    "60,000": "60.000",
    (
        "Estimated number of people without health insurance in Berlin, as cited when the "
        "clearing house opened"
    ): (
        "Geschätzte Zahl der Menschen ohne Krankenversicherung in Berlin, wie bei der Eröffnung "
        "der Clearingstelle genannt"
    ),
    (
        "People come to us because they are ill, not because of their papers. Our job is to find "
        "a way into treatment."
    ): (
        "Die Menschen kommen zu uns, weil sie krank sind, nicht wegen ihrer Papiere. Unsere "
        "Aufgabe ist es, einen Weg in die Behandlung zu finden."
    ),
    "A health counsellor (demo)": "Eine Gesundheitsberaterin (Demo)",
    (
        "Abstract illustration of overlapping circles in the greys and greens of Berlin's river "
        "landscape"
    ): (
        "Abstrakte Illustration sich überlagernder Kreise in den Grau- und Grüntönen der Berliner "
        "Flusslandschaft"
    ),
    "Illustration for the Berlin profile (demo content).": (
        "Illustration zum Profil von Berlin (Demo-Inhalt)."
    ),
    "A clearing house for people without health insurance": (
        "Eine Clearingstelle für Menschen ohne Krankenversicherung"
    ),
    "Health care without insurance": "Gesundheitsversorgung ohne Versicherung",
    (
        "Since October 2018 a clearing house funded by the Berlin Senate has helped people "
        "without health insurance, including people without papers, to get medical care."
    ): (
        "Seit Oktober 2018 hilft eine vom Berliner Senat finanzierte Clearingstelle Menschen ohne "
        "Krankenversicherung, darunter Menschen ohne Papiere, medizinische Versorgung zu erhalten."
    ),
    (
        "The clearing house opens a way into medical care for people who fall through the gaps of "
        "the health system. It is open to people without papers as well as to EU citizens and "
        "German residents without insurance. Advice is confidential."
    ): (
        "Die Clearingstelle eröffnet Menschen, die durch die Lücken des Gesundheitssystems "
        "fallen, einen Weg in die medizinische Versorgung. Sie steht Menschen ohne Papiere ebenso "
        "offen wie EU-Bürgerinnen und -Bürgern und in Deutschland lebenden Menschen ohne "
        "Versicherung. Die Beratung ist vertraulich."
    ),
    (
        "The clearing house is run by the Berliner Stadtmission and funded by the Senate. A team "
        "of social workers, lawyers and other specialists first checks whether a person can "
        "return to health insurance. Since June 2019 it can also cover the cost of treatment for "
        "people who have no other access, through a network of cooperating doctors and hospitals."
    ): (
        "Die Clearingstelle wird von der Berliner Stadtmission betrieben und vom Senat "
        "finanziert. Ein Team aus Sozialarbeiterinnen und Sozialarbeitern, Juristinnen und "
        "Juristen sowie weiteren Fachkräften prüft zunächst, ob eine Person in die "
        "Krankenversicherung zurückkehren kann. Seit Juni 2019 kann die Clearingstelle für "
        "Menschen ohne anderen Zugang auch die Behandlungskosten übernehmen – über ein Netz "
        "kooperierender Ärztinnen und Ärzte sowie Krankenhäuser."
    ),
    (
        "Demand has grown steadily, and the team has grown with it. The clearing house is the "
        "result of years of campaigning by civil-society groups such as Medibüro Berlin for an "
        "anonymous health care certificate."
    ): (
        "Die Nachfrage ist stetig gewachsen und mit ihr das Team. Die Clearingstelle ist das "
        "Ergebnis jahrelanger Kampagnenarbeit zivilgesellschaftlicher Gruppen wie dem Medibüro "
        "Berlin für einen anonymen Krankenschein."
    ),
    "2018": "2018",
    "Year the clearing house opened": "Eröffnungsjahr der Clearingstelle",
    "Senate Department for Health": "Senatsverwaltung für Gesundheit",
    "State of Berlin": "Land Berlin",
    "A participation law for the migration society": (
        "Ein Partizipationsgesetz für die Migrationsgesellschaft"
    ),
    "Participation written into law": "Teilhabe gesetzlich verankert",
    (
        "Berlin passed the first participation and integration law of any German state in 2010 "
        "and replaced it with a stronger participation law in 2021."
    ): (
        "Berlin verabschiedete 2010 als erstes Bundesland ein Partizipations- und "
        "Integrationsgesetz und ersetzte es 2021 durch ein stärkeres Partizipationsgesetz."
    ),
    (
        "Berlin uses its powers as a federal state to make participation binding for its own "
        "administration. The law treats the diversity of the city as a task for the whole public "
        "service."
    ): (
        "Berlin nutzt seine Befugnisse als Bundesland, um Teilhabe für die eigene Verwaltung "
        "verbindlich zu machen. Das Gesetz versteht die Vielfalt der Stadt als Aufgabe des "
        "gesamten öffentlichen Dienstes."
    ),
    (
        "The law of 2021 requires public bodies to set targets and plans for employing more "
        "people with a migration history. Job advertisements must address them directly. Every "
        "district must set up an advisory council for participation and integration, and a "
        "council for the concerns of Roma and Sinti was created at state level."
    ): (
        "Das Gesetz von 2021 verpflichtet öffentliche Stellen, Zielvorgaben und Pläne für die "
        "Beschäftigung von mehr Menschen mit Migrationsgeschichte festzulegen. "
        "Stellenausschreibungen müssen diese Menschen direkt ansprechen. Jeder Bezirk muss einen "
        "Beirat für Partizipation und Integration einrichten, und auf Landesebene wurde ein "
        "Beirat für Angelegenheiten von Roma und Sinti geschaffen."
    ),
    (
        "The first law of 2010 was evaluated after ten years and found to be too little known and "
        "too vague. The revised law was passed on 17 June 2021. In 2024 the state carried out its "
        "first voluntary survey of the migration background of its employees."
    ): (
        "Das erste Gesetz von 2010 wurde nach zehn Jahren evaluiert; dabei zeigte sich, dass es "
        "zu wenig bekannt und zu unbestimmt war. Das überarbeitete Gesetz wurde am 17. Juni 2021 "
        "verabschiedet. 2024 führte das Land erstmals eine freiwillige Befragung seiner "
        "Beschäftigten zum Migrationshintergrund durch."
    ),
    "Office of the Senate Commissioner for Integration and Migration": (
        "Geschäftsstelle der Beauftragten des Senats für Integration und Migration"
    ),
    "Berlin as a Safe Harbour": "Berlin als Sicherer Hafen",
    "A founding Safe Harbour": "Ein Sicherer Hafen der ersten Stunde",
    (
        "Berlin is a founding member of the Alliance of Cities of Safe Harbours, which offers to "
        "take in people rescued at sea in addition to national quotas."
    ): (
        "Berlin ist Gründungsmitglied des Bündnisses „Städte Sicherer Häfen“, das anbietet, aus "
        "Seenot gerettete Menschen zusätzlich zu den nationalen Kontingenten aufzunehmen."
    ),
    (
        "As Germany's capital, Berlin lends weight to the demand that willing cities should be "
        "allowed to take in more refugees. It hosted the founding congress of the alliance in its "
        "Red Town Hall in June 2019."
    ): (
        "Als deutsche Hauptstadt verleiht Berlin der Forderung Gewicht, dass aufnahmebereite "
        "Städte mehr Geflüchtete aufnehmen dürfen. Im Juni 2019 fand der Gründungskongress des "
        "Bündnisses im Roten Rathaus statt."
    ),
    (
        "Berlin's department for integration and migration coordinates the city's work in the "
        "alliance. Its representatives take part in the meetings of the state coordinators and in "
        "the general assemblies of the alliance, and they share knowledge with other members, for "
        "example through webinars."
    ): (
        "Die Berliner Verwaltung für Integration und Migration koordiniert die Arbeit der Stadt "
        "im Bündnis. Ihre Vertreterinnen und Vertreter nehmen an den Treffen der "
        "Landeskoordinationen und an den Vollversammlungen des Bündnisses teil und geben ihr "
        "Wissen an andere Mitglieder weiter, etwa in Webinaren."
    ),
    (
        "The alliance has grown to well over a hundred municipalities. It has no dedicated "
        "funding and relies on the commitment of its members and on the coordinating office in "
        "Potsdam."
    ): (
        "Das Bündnis ist auf deutlich über hundert Kommunen angewachsen. Es verfügt über keine "
        "eigene Finanzierung und ist auf das Engagement seiner Mitglieder und auf die "
        "Koordinierungsstelle in Potsdam angewiesen."
    ),
    "Gdańsk": "Gdańsk",
    "A Polish pioneer of municipal integration policy": (
        "Ein polnischer Vorreiter kommunaler Integrationspolitik"
    ),
    (
        "Gdańsk was the first Polish city to adopt a comprehensive municipal policy for the "
        "integration of immigrants. The Immigrant Integration Model, adopted in 2016, was drawn "
        "up together with civil society and is implemented through annual action plans. An "
        "Immigrants Council advises the mayor."
    ): (
        "Gdańsk war die erste polnische Stadt, die eine umfassende kommunale Politik zur "
        "Integration von Zugewanderten beschloss. Das 2016 verabschiedete Integrationsmodell für "
        "Immigrantinnen und Immigranten wurde gemeinsam mit der Zivilgesellschaft erarbeitet und "
        "wird über jährliche Aktionspläne umgesetzt. Ein Rat der Immigrantinnen und Immigranten "
        "berät das Stadtoberhaupt."
    ),
    (
        "The integration model grew out of advocacy by a local NGO and a cross-sector team set up "
        "by the city in 2015."
    ): (
        "Das Integrationsmodell ging aus dem Einsatz einer lokalen NGO und einem "
        "sektorübergreifenden Team hervor, das die Stadt 2015 einrichtete."
    ),
    (
        "The model covers education, employment, culture, local communities, violence and "
        "discrimination, social assistance, health and housing."
    ): (
        "Das Modell umfasst Bildung, Beschäftigung, Kultur, lokale Gemeinschaften, Gewalt und "
        "Diskriminierung, Sozialhilfe, Gesundheit und Wohnen."
    ),
    "An Immigrants Council gives migrant communities a direct channel to the mayor.": (
        "Ein Rat der Immigrantinnen und Immigranten gibt migrantischen Communities einen direkten "
        "Draht zum Stadtoberhaupt."
    ),
    (
        "The approach has been taken up at the level of the Gdańsk, Gdynia and Sopot metropolitan "
        "area."
    ): ("Der Ansatz wurde auf der Ebene der Metropolregion Gdańsk, Gdynia und Sopot aufgegriffen."),
    (
        "Gdańsk is a port city on the Baltic Sea and the capital of the Pomeranian region. It is "
        "known as the birthplace of the Solidarity movement. Observers have linked this history "
        "to the city's present-day openness towards migrants."
    ): (
        "Gdańsk ist eine Hafenstadt an der Ostsee und die Hauptstadt der Woiwodschaft Pommern. "
        "Die Stadt ist als Geburtsort der Solidarność-Bewegung bekannt. Beobachterinnen und "
        "Beobachter bringen diese Geschichte mit der heutigen Offenheit der Stadt gegenüber "
        "Migrantinnen und Migranten in Verbindung."
    ),
    (
        "When Gdańsk began its work, Poland did not have a comprehensive national policy for the "
        "integration of immigrants. At the same time, the number of foreign residents and workers "
        "in Polish cities was growing. Much of the practical work of integration therefore fell "
        "to municipalities and NGOs."
    ): (
        "Als Gdańsk mit seiner Arbeit begann, gab es in Polen keine umfassende nationale Politik "
        "zur Integration von Zugewanderten. Gleichzeitig stieg die Zahl ausländischer "
        "Einwohnerinnen und Einwohner sowie Arbeitskräfte in polnischen Städten. Ein Großteil der "
        "praktischen Integrationsarbeit fiel daher den Kommunen und NGOs zu."
    ),
    (
        "The process began with an NGO, the Immigrant Support Centre, which had advocated for the "
        "rights of immigrants in Gdańsk since 2013. In May 2015 the city set up a cross-sector "
        "team of about 140 people from more than 70 organisations to develop a municipal "
        "integration model."
    ): (
        "Der Prozess begann mit einer NGO, dem Immigrant Support Centre, das sich seit 2013 in "
        "Gdańsk für die Rechte von Zugewanderten einsetzte. Im Mai 2015 richtete die Stadt ein "
        "sektorübergreifendes Team aus rund 140 Personen aus mehr als 70 Organisationen ein, um "
        "ein kommunales Integrationsmodell zu entwickeln."
    ),
    (
        "The Immigrant Integration Model was adopted in 2016. It covers eight thematic areas: "
        "education, employment, culture, local communities, violence and discrimination, social "
        "assistance, health and housing. The model is implemented through annual action plans, "
        "and hundreds of city employees have been trained in anti-discrimination."
    ): (
        "Das Integrationsmodell für Immigrantinnen und Immigranten wurde 2016 verabschiedet. Es "
        "umfasst acht Themenfelder: Bildung, Beschäftigung, Kultur, lokale Gemeinschaften, Gewalt "
        "und Diskriminierung, Sozialhilfe, Gesundheit und Wohnen. Das Modell wird über jährliche "
        "Aktionspläne umgesetzt, und Hunderte städtische Beschäftigte wurden in "
        "Antidiskriminierung geschult."
    ),
    (
        "An Immigrants Council, made up of representatives of immigrant communities, advises the "
        "mayor. In 2018 the city adopted a further Model for Equal Treatment. In 2020 the "
        "metropolitan area of Gdańsk, Gdynia and Sopot published minimum standards for the "
        "integration of immigrants."
    ): (
        "Ein Rat der Immigrantinnen und Immigranten, dem Vertreterinnen und Vertreter "
        "migrantischer Communities angehören, berät das Stadtoberhaupt. 2018 beschloss die Stadt "
        "zusätzlich ein Modell für Gleichbehandlung. 2020 veröffentlichte die Metropolregion "
        "Gdańsk, Gdynia und Sopot Mindeststandards für die Integration von Zugewanderten."
    ),
    "2016": "2016",
    "Year the Immigrant Integration Model was adopted": (
        "Jahr, in dem das Integrationsmodell für Immigrantinnen und Immigranten verabschiedet wurde"
    ),
    "140": "140",
    "Approximate number of people in the cross-sector team that drafted the model": (
        "Ungefähre Zahl der Personen im sektorübergreifenden Team, das das Modell entwarf"
    ),
    (
        "The model works because the schools, the job centre and the NGOs sit at the same table. "
        "Nobody has to solve everything alone."
    ): (
        "Das Modell funktioniert, weil Schulen, das Arbeitsamt und NGOs an einem Tisch sitzen. "
        "Niemand muss alles allein lösen."
    ),
    "A member of a thematic working group (demo)": (
        "Ein Mitglied einer thematischen Arbeitsgruppe (Demo)"
    ),
    "Abstract illustration of cranes and water in the amber and blue tones of Gdańsk's harbour": (
        "Abstrakte Illustration von Kränen und Wasser in den Bernstein- und Blautönen des Hafens "
        "von Gdańsk"
    ),
    "Illustration for the Gdańsk profile (demo content).": (
        "Illustration zum Profil von Gdańsk (Demo-Inhalt)."
    ),
    "The Immigrant Integration Model": "Das Integrationsmodell für Immigrantinnen und Immigranten",
    "A city-wide integration model": "Ein stadtweites Integrationsmodell",
    (
        "Gdańsk adopted a comprehensive municipal integration policy in 2016, developed together "
        "with civil society and implemented through annual action plans."
    ): (
        "Gdańsk beschloss 2016 eine umfassende kommunale Integrationspolitik, die gemeinsam mit "
        "der Zivilgesellschaft entwickelt wurde und über jährliche Aktionspläne umgesetzt wird."
    ),
    (
        "The model was the first comprehensive municipal integration policy in Poland. It was "
        "developed from the bottom up, starting with the advocacy of a local NGO. It treats "
        "integration as a task for every city service, not for a single office."
    ): (
        "Das Modell war die erste umfassende kommunale Integrationspolitik in Polen. Es wurde von "
        "unten entwickelt, ausgehend vom Einsatz einer lokalen NGO. Es versteht Integration als "
        "Aufgabe aller städtischen Dienste und nicht nur eines einzelnen Amtes."
    ),
    (
        "The model covers education, employment, culture, local communities, violence and "
        "discrimination, social assistance, health and housing. Thematic working groups bring "
        "together city institutions, NGOs and immigrants. The city implements the model through "
        "annual action plans."
    ): (
        "Das Modell umfasst Bildung, Beschäftigung, Kultur, lokale Gemeinschaften, Gewalt und "
        "Diskriminierung, Sozialhilfe, Gesundheit und Wohnen. Thematische Arbeitsgruppen bringen "
        "städtische Einrichtungen, NGOs und Zugewanderte zusammen. Die Stadt setzt das Modell "
        "über jährliche Aktionspläne um."
    ),
    (
        "More than 300 city employees have been trained in anti-discrimination. The model won an "
        "Innovation in Politics Award in 2018, and surveys cited by the award organisers found "
        "more positive attitudes towards migrants in Gdańsk than in other Polish cities."
    ): (
        "Mehr als 300 städtische Beschäftigte wurden in Antidiskriminierung geschult. Das Modell "
        "erhielt 2018 einen Innovation in Politics Award, und von den Organisatoren des Preises "
        "zitierte Umfragen ergaben, dass die Einstellungen gegenüber Migrantinnen und Migranten "
        "in Gdańsk positiver sind als in anderen polnischen Städten."
    ),
    "8": "8",
    "Thematic areas covered by the model when it was drafted": (
        "Themenfelder, die das Modell bei seiner Ausarbeitung umfasste"
    ),
    "Department of Social Development": "Abteilung für soziale Entwicklung",
    "City of Gdańsk": "Stadt Gdańsk",
    "The Immigrants Council": "Der Rat der Immigrantinnen und Immigranten",
    "Migrants advising the mayor": "Zugewanderte beraten das Stadtoberhaupt",
    (
        "An advisory council of representatives of immigrant communities keeps the Mayor of "
        "Gdańsk informed about their needs and concerns."
    ): (
        "Ein Beirat aus Vertreterinnen und Vertretern migrantischer Communities informiert das "
        "Stadtoberhaupt von Gdańsk über deren Bedürfnisse und Anliegen."
    ),
    (
        "Foreign residents who are not EU citizens cannot vote in Polish local elections. The "
        "council gives them a direct and regular channel to the mayor."
    ): (
        "Ausländische Einwohnerinnen und Einwohner, die keine EU-Bürgerinnen und -Bürger sind, "
        "dürfen bei polnischen Kommunalwahlen nicht wählen. Der Rat gibt ihnen einen direkten und "
        "regelmäßigen Draht zum Stadtoberhaupt."
    ),
    (
        "The council is part of the structure set up to implement the Immigrant Integration "
        "Model, alongside a steering committee, a management group and an integration and "
        "migration forum. Its members represent different immigrant communities in the city."
    ): (
        "Der Rat ist Teil der Struktur zur Umsetzung des Integrationsmodells für Immigrantinnen "
        "und Immigranten, neben einem Lenkungsausschuss, einer Leitungsgruppe und einem Forum für "
        "Integration und Migration. Seine Mitglieder vertreten verschiedene migrantische "
        "Communities in der Stadt."
    ),
    (
        "According to a report from 2019, the council had 13 migrant representatives, including "
        "two refugees. It has made the voices of immigrants visible in city debates on "
        "integration."
    ): (
        "Laut einem Bericht aus dem Jahr 2019 gehörten dem Rat 13 Vertreterinnen und Vertreter "
        "von Migrantinnen und Migranten an, darunter zwei Geflüchtete. Er hat die Stimmen von "
        "Zugewanderten in den städtischen Debatten über Integration sichtbar gemacht."
    ),
    "Minimum standards for integration across the metropolitan area": (
        "Mindeststandards für Integration in der gesamten Metropolregion"
    ),
    "Integration standards for the region": "Integrationsstandards für die Region",
    (
        "In 2020 the metropolitan area of Gdańsk, Gdynia and Sopot published minimum standards "
        "for the integration of immigrants, drawing on the experience of Gdańsk."
    ): (
        "2020 veröffentlichte die Metropolregion Gdańsk, Gdynia und Sopot Mindeststandards für "
        "die Integration von Zugewanderten, die auf den Erfahrungen von Gdańsk aufbauen."
    ),
    (
        "The standards carry the experience of one city to its neighbours. They give smaller "
        "municipalities a clear list of what they need to do first."
    ): (
        "Die Standards tragen die Erfahrungen einer Stadt zu ihren Nachbarn. Sie geben kleineren "
        "Kommunen eine klare Liste dessen an die Hand, was sie als Erstes tun müssen."
    ),
    (
        "The standards were drawn up by the commission for social and economic affairs of the "
        "metropolitan area and presented in March 2020 at the European Solidarity Centre in "
        "Gdańsk. They call for local integration teams, Polish classes for adults, schools "
        "prepared for children with a migration background, legal and information support, and "
        "help for immigrants in crisis situations."
    ): (
        "Die Standards wurden von der Kommission für soziale und wirtschaftliche Angelegenheiten "
        "der Metropolregion erarbeitet und im März 2020 im Europäischen Solidarność-Zentrum in "
        "Gdańsk vorgestellt. Sie fordern lokale Integrationsteams, Polnischkurse für Erwachsene, "
        "Schulen, die auf Kinder mit Migrationsgeschichte vorbereitet sind, rechtliche "
        "Unterstützung und Informationsangebote sowie Hilfe für Zugewanderte in Krisensituationen."
    ),
    (
        "The standards are a reference for municipalities in the region. How far each "
        "municipality has applied them is a question for further research."
    ): (
        "Die Standards dienen den Kommunen der Region als Bezugspunkt. Inwieweit die einzelnen "
        "Kommunen sie umgesetzt haben, bedarf weiterer Forschung."
    ),
    "AEIDL": "AEIDL",
    "About Solidarity Cities": "About Solidarity Cities",
    "Agencia de Noticias": "Agencia de Noticias",
    "Ajuntament de Barcelona": "Ajuntament de Barcelona",
    "Alliance of Cities of Safe Harbours": "Bündnis Städte Sicherer Häfen",
    "Barcelona Municipal Immigration Council": "Städtischer Rat für Immigration von Barcelona",
    "Barcelona Societat, núm. 28": "Barcelona Societat, núm. 28",
    "Barcelona anti-rumour network": "Anti-Gerüchte-Netzwerk Barcelona",
    (
        "Barcelona is among the first supporters of the Solidarity Cities initiative, launched in "
        "Athens."
    ): (
        "Barcelona gehört zu den ersten Städten, die die in Athen gestartete Initiative Solidarity "
        "Cities unterstützen."
    ),
    (
        "Barcelona is among the founding cities of the International Alliance of Safe Harbours in "
        "Palermo."
    ): (
        "Barcelona gehört in Palermo zu den Gründungsstädten der Internationalen Allianz Sicherer "
        "Häfen."
    ),
    "Barcelona launches its anti-rumour strategy against prejudice towards migrants.": (
        "Barcelona startet seine Anti-Gerüchte-Strategie gegen Vorurteile gegenüber Migrantinnen "
        "und Migranten."
    ),
    "Berlin Senate Commissioner for Integration and Migration": (
        "Beauftragte des Berliner Senats für Integration und Migration"
    ),
    (
        "Berlin co-founds the Alliance of Cities of Safe Harbours at a congress in its Red Town "
        "Hall."
    ): (
        "Berlin gründet auf einem Kongress im Roten Rathaus das Bündnis „Städte Sicherer Häfen“ "
        "mit."
    ),
    "Berlin passes its participation and integration law, the first of its kind in Germany.": (
        "Berlin verabschiedet sein Partizipations- und Integrationsgesetz, das erste seiner Art in "
        "Deutschland."
    ),
    "Berlin sets up a state office for refugee affairs to organise reception.": (
        "Berlin richtet ein Landesamt für Flüchtlingsangelegenheiten ein, das die Aufnahme "
        "organisiert."
    ),
    "Berliner Stadtmission": "Berliner Stadtmission",
    "Bündnis Städte Sicherer Häfen": "Bündnis Städte Sicherer Häfen",
    "City of Gdańsk, Department of Social Development": (
        "Stadt Gdańsk, Abteilung für soziale Entwicklung"
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
    "Gdańsk-Gdynia-Sopot Metropolitan Area": "Metropolregion Gdańsk-Gdynia-Sopot",
    "Immigrant Support Centre": "Unterstützungszentrum für Immigrantinnen und Immigranten",
    "Immigrants Council of Gdańsk": "Rat der Immigrantinnen und Immigranten von Gdańsk",
    "Innovation in Politics Institute": "Innovation in Politics Institute",
    "Lücken im Gesundheitssystem: Hunderte Berliner ohne Krankenkasse": (
        "Lücken im Gesundheitssystem: Hunderte Berliner ohne Krankenkasse"
    ),
    "Mayor Paweł Adamowicz, a supporter of the model, is killed in an attack at a charity event.": (
        "Bürgermeister Paweł Adamowicz, ein Unterstützer des Modells, wird bei einem Angriff "
        "während einer Wohltätigkeitsveranstaltung getötet."
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
    "State Advisory Council for Participation": "Landesbeirat für Partizipation",
    "The Berlin parliament passes the revised law on participation in the migration society.": (
        "Das Berliner Abgeordnetenhaus verabschiedet das überarbeitete Gesetz zur Förderung der "
        "Partizipation in der Migrationsgesellschaft."
    ),
    "The Gdańsk, Gdynia and Sopot metropolitan area publishes minimum standards for integration.": (
        "Die Metropolregion Gdańsk, Gdynia und Sopot veröffentlicht Mindeststandards für die "
        "Integration."
    ),
    "The Immigrant Support Centre begins its work for the rights of immigrants in Gdańsk.": (
        "Das Unterstützungszentrum für Immigrantinnen und Immigranten nimmt seine Arbeit für die "
        "Rechte von Zugewanderten in Gdańsk auf."
    ),
    "The city adopts the Immigrant Integration Model.": (
        "Die Stadt verabschiedet das Integrationsmodell für Immigrantinnen und Immigranten."
    ),
    (
        "The city launches the plan Barcelona, Ciutat Refugi and proposes a network of cities of "
        "refuge."
    ): (
        "Die Stadt startet den Plan „Barcelona, Ciutat Refugi“ und schlägt ein Netzwerk von "
        "Zufluchtsstädten vor."
    ),
    "The city sets up SAIER, its service for immigrants, emigrants and refugees.": (
        "Die Stadt richtet den SAIER ein, ihren Dienst für Immigrantinnen und Immigranten, "
        "Emigrantinnen und Emigranten sowie Geflüchtete."
    ),
    "The city sets up a cross-sector team to develop an integration model.": (
        "Die Stadt richtet ein sektorübergreifendes Team ein, um ein Integrationsmodell zu "
        "entwickeln."
    ),
    "The clearing house for people without health insurance opens.": (
        "Die Clearingstelle für Menschen ohne Krankenversicherung wird eröffnet."
    ),
    (
        "The model wins an Innovation in Politics Award, and the city adopts a Model for Equal "
        "Treatment."
    ): (
        "Das Modell erhält einen Innovation in Politics Award, und die Stadt verabschiedet ein "
        "Modell für Gleichbehandlung."
    ),
    (
        "Twenty-five Spanish cities present the Barcelona Declaration on the reality of refuge in "
        "Spain."
    ): (
        "Fünfundzwanzig spanische Städte stellen die Erklärung von Barcelona zur Realität der "
        "Flüchtlingsaufnahme in Spanien vor."
    ),
    "forintegration.eu": "forintegration.eu",
}
