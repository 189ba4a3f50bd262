"""Word banks of the synthetic mission: places, names, organisations and sentence templates."""

from __future__ import annotations

from dataclasses import dataclass

from cimicdesk.domain.enums import Cluster as C
from cimicdesk.domain.enums import ContactCategory as Cat
from cimicdesk.domain.enums import LiaisonType as T


@dataclass(frozen=True)
class Place:
    """A town of the mission area: its name, préfecture ('' for Bangui), position, weight."""

    name: str
    prefecture: str
    lat: float
    lon: float
    weight: int


# Towns in MGRS zone 34N only (18°E–24°E, 0°–8°N), so every grid shares one zone.
# The battalion sits in Bambari; the weights say how often its teams work in each town.
PLACES = (
    Place("Bambari", "de la Ouaka", 5.762, 20.667, 30),
    Place("Grimari", "de la Ouaka", 5.733, 20.050, 8),
    Place("Ippy", "de la Ouaka", 6.250, 21.217, 8),
    Place("Bakala", "de la Ouaka", 6.190, 20.370, 4),
    Place("Kouango", "de la Ouaka", 4.967, 19.983, 4),
    Place("Alindao", "de la Basse-Kotto", 5.033, 21.217, 6),
    Place("Bria", "de la Haute-Kotto", 6.542, 21.986, 10),
    Place("Kaga-Bandoro", "de la Nana-Grébizi", 6.990, 19.187, 7),
    Place("Mbrès", "de la Nana-Grébizi", 6.667, 19.800, 4),
    Place("Sibut", "de la Kémo", 5.719, 19.074, 5),
    Place("Dékoa", "de la Kémo", 6.317, 19.083, 3),
    Place("Bangassou", "du Mbomou", 4.733, 22.817, 3),
    Place("Batangafo", "de l'Ouham", 7.300, 18.283, 2),
    Place("Damara", "de l'Ombella-M'Poko", 4.958, 18.700, 2),
    Place("Bangui", "", 4.367, 18.560, 4),
)
CAPITAL = "Bangui"

# Villages are made from these syllables (Sango-like sounds), a few dozen per town.
VILLAGE_ONSETS = (
    "Ng",
    "Mb",
    "Gb",
    "Kp",
    "Nd",
    "B",
    "D",
    "G",
    "K",
    "L",
    "M",
    "N",
    "S",
    "T",
    "W",
    "Y",
    "Z",
    "Ouand",
    "Bad",
    "Kab",
    "Zém",
)
VILLAGE_VOWELS = ("a", "o", "ou", "i", "é", "e", "a", "o", "ia", "a")
VILLAGE_CODAS = ("", "", "", "ngo", "ba", "lé", "ra", "mbo", "kou", "dji", "zé", "ya")

# Given names by (profile, gender) and surnames by profile: Central African (Christian and
# Muslim communities) and international staff.
GIVEN = {
    ("local", "male"): (
        "Jean-Baptiste",
        "Théodore",
        "Célestin",
        "Désiré",
        "Prosper",
        "Emmanuel",
        "Gervais",
        "Thierry",
        "Apollinaire",
        "Bienvenu",
        "Fidèle",
        "Rodrigue",
        "Hervé",
        "Sylvain",
        "Innocent",
        "Joseph",
        "Christian",
        "Éric",
        "Séverin",
        "Gilbert",
        "Alain",
        "Noël",
        "Parfait",
        "Dieudonné",
        "Romaric",
        "Aristide",
    ),
    ("local", "female"): (
        "Marie-Claire",
        "Grace",
        "Hélène",
        "Léonie",
        "Josiane",
        "Brigitte",
        "Clarisse",
        "Françoise",
        "Rosalie",
        "Espérance",
        "Jeanne",
        "Béatrice",
        "Odette",
        "Pascaline",
        "Chantal",
        "Solange",
        "Nadège",
        "Élisabeth",
        "Agnès",
        "Régine",
        "Véronique",
        "Prisca",
    ),
    ("muslim", "male"): (
        "Abdoulaye",
        "Moussa",
        "Ibrahim",
        "Mahamat",
        "Hassan",
        "Oumar",
        "Ousmane",
        "Adoum",
        "Issa",
        "Abakar",
        "Youssouf",
        "Idriss",
        "Hamadou",
        "Saleh",
    ),
    ("muslim", "female"): (
        "Fatimé",
        "Aïcha",
        "Zara",
        "Amina",
        "Mariam",
        "Hadjé",
        "Halimé",
        "Khadidja",
        "Ramatou",
    ),
    ("international", "male"): (
        "John",
        "Peter",
        "David",
        "Michael",
        "Patrick",
        "Thomas",
        "Lucas",
        "Kwame",
        "Olivier",
        "Mamadou",
        "Henrik",
        "Marco",
    ),
    ("international", "female"): (
        "Sarah",
        "Mary",
        "Ruth",
        "Anna",
        "Sophie",
        "Ingrid",
        "Amara",
        "Fatou",
        "Claire",
        "Aurélie",
        "Grace",
    ),
}
SURNAMES = {
    "local": (
        "Ngaïkoumon",
        "Yakité",
        "Nzapayeké",
        "Ndoumba",
        "Yangongo",
        "Sanzé",
        "Ngouandji",
        "Zoumandé",
        "Kpanou",
        "Doko",
        "Ouambou",
        "Békondji",
        "Malépou",
        "Namsio",
        "Gbazo",
        "Feïganazoui",
        "Koyassoum",
        "Wanzet",
        "Sélébangué",
        "Mbaïkoua",
        "Gounoumoundjou",
        "Ngbokoli",
        "Zanga",
        "Bindala",
        "Kongbo",
        "Yérima",
        "Dédéwa",
        "Sonny-Kossi",
        "Nguérépou",
        "Yapendé",
        "Zokoué",
        "Gbangouma",
    ),
    "muslim": (
        "Mahamat",
        "Abakar",
        "Hissène",
        "Adam",
        "Moustapha",
        "Djouma",
        "Tidjani",
        "Ali",
        "Oumarou",
        "Bouba",
        "Ahamat",
        "Zakaria",
        "Nour",
        "Garba",
    ),
    "international": (
        "Okello",
        "Williams",
        "Dubois",
        "Martin",
        "Hansen",
        "Nielsen",
        "Rossi",
        "Silva",
        "Mensah",
        "Kamara",
        "Diallo",
        "Traoré",
        "Kouassi",
        "Mugisha",
        "Banda",
        "Lefèvre",
        "Schmidt",
        "O'Brien",
        "Ndiaye",
        "Andersson",
    ),
}
LANGUAGES = ("French", "Sango", "Arabic", "English", "Fulfulde")

# United Nations agencies: acronym, name, clusters, e-mail domain. Country office in Bangui.
UN_AGENCIES = (
    (
        "UNHCR",
        "Office of the UN High Commissioner for Refugees",
        (C.PRO, C.SHL, C.CCM),
        "unhcr.org",
    ),
    ("UNICEF", "United Nations Children's Fund", (C.EDU, C.WSH, C.NUT, C.PRO_CPN), "unicef.org"),
    ("WFP", "World Food Programme", (C.FSC, C.LOG), "wfp.org"),
    ("OCHA", "Office for the Coordination of Humanitarian Affairs", (), "un.org"),
    ("WHO", "World Health Organization", (C.HEA,), "who.int"),
    ("FAO", "Food and Agriculture Organization", (C.FSC,), "fao.org"),
    ("UNFPA", "United Nations Population Fund", (C.HEA, C.PRO_GBV), "unfpa.org"),
    ("IOM", "International Organization for Migration", (C.CCM, C.SHL), "iom.int"),
)
MISSION_COMPONENTS = (
    ("Civil Affairs", "CAS"),
    ("Human Rights Division", "HRD"),
    ("UN Police", "UNPOL"),
    ("Joint Mission Analysis Centre", "JMAC"),
    ("DDR Section", "DDR"),
    ("Child Protection Unit", "CPU"),
    ("Gender Unit", ""),
    ("Public Information", "PIO"),
)
# International NGOs: name, acronym, clusters, e-mail domain, keeps its distance from troops.
INGOS = (
    ("Médecins Sans Frontières", "MSF", (C.HEA,), "msf.org", True),
    ("Norwegian Refugee Council", "NRC", (C.SHL, C.EDU, C.PRO_HLP), "nrc.no", False),
    ("International Rescue Committee", "IRC", (C.HEA, C.PRO, C.PRO_GBV), "rescue.org", False),
    ("Danish Refugee Council", "DRC", (C.PRO, C.ERY, C.PRO_MIN), "drc.ngo", False),
    ("ACTED", "ACTED", (C.CCM, C.FSC, C.ERY), "acted.org", False),
    ("Mercy Corps", "MC", (C.FSC, C.ERY), "mercycorps.org", False),
    ("Save the Children", "SCI", (C.EDU, C.PRO_CPN), "savethechildren.org", False),
    ("Oxfam", "", (C.WSH, C.FSC), "oxfam.org", False),
    ("COOPI", "COOPI", (C.FSC, C.NUT), "coopi.org", False),
    ("Première Urgence Internationale", "PUI", (C.HEA, C.NUT), "premiere-urgence.org", False),
    ("Solidarités International", "SI", (C.WSH,), "solidarites.org", False),
    ("Action contre la Faim", "ACF", (C.NUT, C.WSH), "actioncontrelafaim.org", True),
)
NNGO_HEADS = ("Association", "Organisation", "Action", "Réseau", "Collectif", "Groupe")
NNGO_SUBJECTS = (
    "des Femmes pour la Paix",
    "des Jeunes pour le Développement",
    "des Paysans",
    "pour la Santé Communautaire",
    "pour l'Éducation des Enfants",
    "Humanitaire",
    "pour la Cohésion Sociale",
    "des Éleveurs",
    "pour la Protection de l'Enfance",
    "pour le Développement Intégré",
    "des Veuves et Orphelins",
)
NNGO_SECTORS = (C.PRO, C.EDU, C.HEA, C.FSC, C.WSH, C.PRO_CPN, C.PRO_GBV, C.ERY)

# Staff of an organisation, by the kind of organisation: (category, positions).
STAFF = {
    "un": (
        Cat.UN_STAFF,
        (
            "Head of sub-office",
            "Protection officer",
            "Humanitarian affairs officer",
            "Field officer",
            "Programme officer",
            "Field security associate",
            "Logistics assistant",
        ),
    ),
    "mission": (
        Cat.UN_STAFF,
        (
            "Civil affairs officer",
            "Human rights officer",
            "UNPOL team leader",
            "Information analyst",
            "Child protection officer",
            "Gender focal point",
            "Team leader",
        ),
    ),
    "ingo": (
        Cat.NGO_STAFF,
        (
            "Head of base",
            "Field coordinator",
            "Protection officer",
            "Programme manager",
            "Logistician",
            "Medical coordinator",
            "Coordinateur de projet",
        ),
    ),
    "nngo": (
        Cat.NGO_STAFF,
        (
            "Président",
            "Coordonnateur",
            "Chargé de programme",
            "Animateur communautaire",
            "Trésorier",
        ),
    ),
    "red_cross": (
        Cat.NGO_STAFF,
        ("Président du comité local", "Volunteer team leader", "Delegate", "Protection delegate"),
    ),
    "prefecture": (
        Cat.GOVERNMENT_OFFICIAL,
        ("Préfet", "Secrétaire général de la préfecture", "Chef de cabinet du préfet"),
    ),
    "sous_prefecture": (
        Cat.GOVERNMENT_OFFICIAL,
        ("Sous-préfet", "Secrétaire de la sous-préfecture"),
    ),
    "mairie": (
        Cat.GOVERNMENT_OFFICIAL,
        ("Maire", "Adjoint au maire", "Secrétaire général de la mairie"),
    ),
    "government": (
        Cat.GOVERNMENT_OFFICIAL,
        (
            "Commandant de brigade",
            "Commissaire de police",
            "Médecin-chef de district",
            "Chef de service",
            "Inspecteur d'académie",
        ),
    ),
    "military": (Cat.GOVERNMENT_OFFICIAL, ("Commandant du détachement", "Officier de liaison")),
    "traditional": (
        Cat.TRADITIONAL_LEADER,
        ("Chef de village", "Chef de groupe", "Chef de quartier", "Notable"),
    ),
    "sultanate": (Cat.TRADITIONAL_LEADER, ("Sultan", "Conseiller du sultan")),
    "lamidat": (Cat.TRADITIONAL_LEADER, ("Ardo (Peul community leader)", "Notable peul")),
    "religious": (
        Cat.RELIGIOUS_LEADER,
        ("Imam", "Curé de la paroisse", "Pasteur", "Président de la plateforme religieuse"),
    ),
    "community": (Cat.OTHER, ("Président du comité", "Secrétaire du comité", "Membre du comité")),
    "women": (
        Cat.WOMENS_REP,
        ("Présidente de l'association des femmes", "Women's representative, peace committee"),
    ),
    "youth": (Cat.YOUTH_REP, ("Président du conseil local de la jeunesse", "Youth leader")),
    "media": (Cat.OTHER, ("Journaliste", "Directeur de la radio")),
    "business": (Cat.OTHER, ("Président de l'union", "Commerçant", "Transporteur")),
    "armed": (Cat.OTHER, ("Chef local du groupe", "Porte-parole")),
    "donor": (Cat.OTHER, ("Attaché humanitaire", "Programme officer")),
}
# People who speak for no organisation: (category, positions).
UNAFFILIATED = (
    (Cat.TRADITIONAL_LEADER, ("Chef de village {of_village}", "Notable {of_village}")),
    (Cat.WOMENS_REP, ("Women's leader, {village}", "Présidente des femmes {of_village}")),
    (Cat.YOUTH_REP, ("Youth leader, {village}",)),
    (Cat.RELIGIOUS_LEADER, ("Imam {of_village}", "Catéchiste {of_village}")),
    (
        Cat.OTHER,
        (
            "Enseignant à {village}",
            "Commerçant, marché {of_place}",
            "Infirmier du poste de santé {of_village}",
            "Transporteur, {place}",
        ),
    ),
)
CONTACT_NOTES = (
    "",
    "",
    "",
    "",
    "",
    "",
    "Influential among the herders around {village}.",
    "Speaks for the displaced families of {village}.",
    "Met through the peace committee of {place}.",
    "Prefers meetings at the {place} market, not at the base.",
    "Reliable source on movements along the {road} road.",
    "Ask before passing on this phone number.",
)
SENSITIVE_NOTES = (
    "Meet discreetly: does not want to be seen with uniformed personnel.",
    "Threatened after an earlier meeting; no visits at home.",
    "Contact only by phone; never name as a source.",
)
ORG_NOTES = (
    "",
    "",
    "",
    "",
    "",
    "Office hours 08:00–15:00; ask for the head of base.",
    "Radio room on the humanitarian VHF net.",
    "Attends the weekly coordination meeting in {place}.",
    "Warehouse next to the {place} market.",
)
DISTANCE_NOTE = "Keeps its distance from the military: contact through OCHA CMCoord."

FACILITIES = (
    "health centre",
    "primary school",
    "water point",
    "borehole",
    "market",
    "bridge",
    "police station",
    "town hall",
)
LEADERS = (
    "chef de village",
    "chef de groupe",
    "imam",
    "ardo of the Peul community",
    "president of the peace committee",
    "women's leader",
)
PARTNERS = ("UNHCR", "UNICEF", "WFP", "OCHA", "WHO", "MSF", "NRC", "IRC", "DRC", "ACTED", "ICRC")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
OWNERS = (
    "S9 Ops",
    "S9 Ops",
    "CIMIC team 1",
    "CIMIC team 2",
    "CIMIC team 3",
    "Civil Affairs",
    "S2",
    "S3 Ops",
    "Engineer platoon",
    "A Coy",
    "B Coy",
    "Battalion medical officer",
    "Human Rights",
)

# Mix of entry types (relative weights) and how long each kind of meeting lasts (minutes).
TYPE_WEIGHTS = {
    T.BILATERAL: 34,
    T.COORDINATION: 17,
    T.KLE: 14,
    T.PHONE_RADIO: 14,
    T.FIELD_VISIT: 11,
    T.COMMUNITY: 6,
    T.JOINT_ASSESSMENT: 4,
}
DURATIONS = {
    T.BILATERAL: (30, 90),
    T.COORDINATION: (60, 150),
    T.KLE: (45, 120),
    T.PHONE_RADIO: (5, 20),
    T.FIELD_VISIT: (120, 360),
    T.COMMUNITY: (60, 180),
    T.JOINT_ASSESSMENT: (180, 480),
}
PURPOSES = {
    T.BILATERAL: (
        "Courtesy call and update on the security situation in {place}.",
        "Discuss the return of displaced families to {village}.",
        "Follow up on the land dispute between farmers and herders near {village}.",
        "Agree on coordination for the {partner} distribution in {village}.",
        "Discuss the rehabilitation of the {facility} in {village}.",
        "Review access constraints on the {road} road.",
        "Introduce the new CIMIC team and confirm points of contact.",
    ),
    T.COORDINATION: (
        "Weekly humanitarian coordination meeting at the {partner} office in {place}.",
        "Monthly protection cluster meeting in {place}.",
        "Security coordination meeting with UNPOL and the gendarmerie in {place}.",
        "CMCoord forum: access, escorts and movement notifications.",
        "Coordinate the response to the new displacement towards {village}.",
    ),
    T.KLE: (
        "Engage the {leader} of {village} on intercommunal tensions.",
        "Engage the {leader} on the safe return of displaced persons to {village}.",
        "Discuss the peace committee's role in the dispute at {village}.",
        "Seek the {leader}'s support for the transhumance corridor agreement.",
    ),
    T.PHONE_RADIO: (
        "Call to confirm the situation in {village} after reports of gunfire.",
        "Radio check on the movement of the {partner} convoy to {place}.",
        "Call to follow up on the request for an escort to {village}.",
        "Call to confirm the date of the next coordination meeting.",
    ),
    T.FIELD_VISIT: (
        "Field visit to the {facility} in {village}.",
        "Visit the displacement site at {village} with the company commander.",
        "Check the state of the bridge on the {road} road.",
    ),
    T.JOINT_ASSESSMENT: (
        "Joint assessment with {partner} of the needs of displaced families in {village}.",
        "Joint assessment of the {road} road and its bridges with the engineers.",
        "Multi-sector needs assessment in {village} after the attack.",
    ),
    T.COMMUNITY: (
        "Community meeting in {village} on relations with the battalion.",
        "Town hall meeting in {place} on the protection of civilians.",
        "Meeting with women's groups in {village} on safety at water points.",
    ),
}
INFO_RECEIVED = (
    "About {households} households arrived in {village} from {village2} since {weekday}, "
    "citing armed men on the roads.",
    "The health centre in {village} has run out of malaria tests; resupply is expected in "
    "{days} days.",
    "Herders with about {cattle} head of cattle are expected to cross near {village} within two "
    "weeks.",
    "The market in {village} reopened on {weekday}, but traders still avoid the {road} road.",
    "Unofficial checkpoints on the {road} road are charging motorbikes {fee} XAF.",
    "Two schools in {village} remain closed because the teachers have not been paid.",
    "The water point in {village} has been broken for {days} days; women walk 4 km for water.",
    "Rumours of an attack on {village} have made families sleep in the bush.",
    "The sous-préfet returned to {place} on {weekday} and wants to reopen his office.",
    "{partner} will start a food distribution in {village} on {weekday} for about "
    "{households} households.",
    "The rains have cut the {road} road at the {village} crossing.",
    "Tension between the youths of {village} and {village2} after a theft of cattle.",
    "No new incidents reported in {village} since the last meeting.",
    "Cases of measles reported in {village}; a vaccination campaign is planned.",
)
INFO_PASSED = (
    "Explained the mandate to protect civilians and the limits of what patrols can do.",
    "Shared the dates of the next patrols to {village} (no timings).",
    "Gave the phone number of the Joint Operations Centre for emergencies.",
    "Informed that the escort request was passed to Sector HQ.",
    "Explained the Quick Impact Project procedure and its selection criteria.",
    "Confirmed that the engineers will assess the bridge at {village}.",
    "Explained that the battalion transports civilians only in emergencies.",
    "Briefed on the security situation along the {road} road.",
    "Reminded that armed escorts for humanitarians are a last resort.",
)
ISSUES = (
    "Requests more frequent patrols in {village} on market days.",
    "Asks for an escort for the {partner} convoy to {village}.",
    "Complains that a patrol vehicle damaged crops near {village}.",
    "Asks the mission to help repair the {facility} in {village}.",
    "Requests support to reopen the school in {village}.",
    "Reports that displaced families in {village} lack shelter before the rains.",
    "Wants the mission to mediate between farmers and herders at {village}.",
    "Concerned about armed men seen near the water point of {village}.",
)
ACTIONS = (
    "Pass the escort request for {partner} to Sector HQ.",
    "Add {village} to the patrol plan for market days.",
    "Ask the engineers to assess the bridge at {village}.",
    "Share the displacement figures for {village} with OCHA.",
    "Inform Civil Affairs of the land dispute at {village}.",
    "Report the damaged crops near {village} to the claims cell.",
    "Check the rumour of armed men near {village} with the next patrol.",
    "Prepare a QIP proposal for the {facility} in {village}.",
    "Send the meeting notes to the {partner} focal point.",
    "Follow up with the sous-préfet on reopening the school in {village}.",
)
