"""The reports' languages: French for every fixed text and domain label, without gettext or Qt.

A report is written in one language: `using("fr")` around the layout makes every `t()`
(fixed text), `label()` (a domain label such as a status) and `dyn()` (a sentence the
data layer composed, e.g. 'Flash sent 251430ZNOV26') answer in French. English is the
source: with "en", or for a text the catalogue does not hold, the English is returned.

LABELS is also the single source of the French of the domain labels in the program's
window: packaging/update_translations.py copies it into the Qt catalogue (context
'Labels', disambiguated by the enumeration's name), so a status reads the same on screen
and on paper.

Dates: the date-time group keeps the English month (251430ZNOV26), as NATO and UN
French-speaking staffs write it in messages; dates in sentences and headings take the
French abbreviation (23 nov. 2026).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date

LANGUAGES = ("en", "fr")
_LANGUAGE: ContextVar[str] = ContextVar("report_language", default="en")

# --- the domain's labels, by enumeration (or group) name -------------------------------

LABELS: dict[str, dict[str, str]] = {
    "UnitLevel": {
        "Battalion": "Bataillon",
        "Sector HQ": "QG de secteur",
        "Force HQ": "QG de la Force",
    },
    "OrgType": {
        "Academic / research": "Université / recherche",
        "Donor": "Bailleur de fonds",
        "Embassy": "Ambassade",
        "Government": "Gouvernement",
        "International NGO": "ONG internationale",
        "International organization": "Organisation internationale",
        "Media": "Médias",
        "Military": "Militaire",
        "National NGO": "ONG nationale",
        "Private sector": "Secteur privé",
        "Red Cross / Red Crescent": "Croix-Rouge / Croissant-Rouge",
        "Religious": "Confessionnelle",
        "United Nations": "Nations Unies",
        "Local authority": "Autorité locale",
        "Traditional / customary authority": "Autorité traditionnelle / coutumière",
        "Community-based organisation": "Organisation communautaire de base",
        "UN mission component": "Composante de la mission",
        "Armed / non-humanitarian group": "Groupe armé / non humanitaire",
        "Other": "Autre",
    },
    "Cluster": {
        "Shelter": "Abris",
        "Camp coordination": "Coordination des camps",
        "Protection": "Protection",
        "Child protection": "Protection de l'enfance",
        "Gender-based violence": "Violences basées sur le genre",
        "Housing, land and property": "Logement, terre et biens",
        "Mine action": "Action contre les mines",
        "Food security": "Sécurité alimentaire",
        "Water, sanitation, hygiene": "Eau, hygiène et assainissement",
        "Logistics": "Logistique",
        "Education": "Éducation",
        "Nutrition": "Nutrition",
        "Health": "Santé",
        "Early recovery": "Relèvement précoce",
        "Emergency telecommunications": "Télécommunications d'urgence",
    },
    "ContactCategory": {
        "Government official": "Représentant de l'État",
        "Traditional leader": "Chef traditionnel",
        "Religious leader": "Chef religieux",
        "Women's representative": "Représentante des femmes",
        "Youth representative": "Représentant des jeunes",
        "NGO / agency staff": "Personnel d'ONG / d'agence",
        "UN staff": "Personnel de l'ONU",
        "Other": "Autre",
    },
    "Gender": {
        "Not recorded": "Non renseigné",
        "Female": "Femme",
        "Male": "Homme",
    },
    "Sensitivity": {
        "Normal": "Normale",
        "Sensitive": "Sensible",
        "Restricted": "Restreinte",
    },
    "LiaisonType": {
        "Bilateral meeting": "Réunion bilatérale",
        "Coordination meeting": "Réunion de coordination",
        "Key leader engagement": "Rencontre avec un leader clé",
        "Phone / radio": "Téléphone / radio",
        "Field visit": "Visite de terrain",
        "Joint assessment": "Évaluation conjointe",
        "Community meeting": "Réunion communautaire",
    },
    "ActionStatus": {
        "Open": "Ouverte",
        "Done": "Réalisée",
        "Cancelled": "Annulée",
    },
    "ParticipantKind": {
        "Contact": "Contact",
        "Organisation": "Organisation",
    },
    "QipCategory": {
        "Education": "Éducation",
        "Health": "Santé",
        "WASH": "EHA (eau, hygiène, assainissement)",
        "Rule of law / security": "État de droit / sécurité",
        "Governance / state authority": "Gouvernance / autorité de l'État",
        "Public infrastructure": "Infrastructures publiques",
        "Livelihoods / income generation": "Moyens de subsistance / revenus",
        "Social cohesion / reconciliation": "Cohésion sociale / réconciliation",
        "Protection / gender": "Protection / genre",
        "Training / awareness": "Formation / sensibilisation",
        "Energy": "Énergie",
        "Other": "Autre",
    },
    "QipStatus": {
        "Identified": "Identifié",
        "Proposal drafted": "Proposition rédigée",
        "Submitted": "Soumis",
        "Under review (PRC)": "En examen (CEP)",
        "Approved": "Approuvé",
        "Returned for revision": "Renvoyé pour révision",
        "Rejected": "Rejeté",
        "Agreement signed": "Accord signé",
        "Disbursed": "Décaissé",
        "In implementation": "En cours d'exécution",
        "Completed": "Achevé",
        "Handed over": "Remis aux autorités",
        "Closed": "Clôturé",
        "Cancelled": "Annulé",
    },
    "IncidentCategory": {
        "Battles": "Affrontements",
        "Explosions / remote violence": "Explosions / violence à distance",
        "Violence against civilians": "Violence contre les civils",
        "Protests": "Manifestations",
        "Riots": "Émeutes",
        "Strategic developments": "Évolutions stratégiques",
        "Humanitarian access denied": "Accès humanitaire refusé",
        "Attack on humanitarian personnel or assets": (
            "Attaque contre le personnel ou les biens humanitaires"
        ),
        "Population displacement": "Déplacement de population",
        "Intercommunal / farmer–herder clash": (
            "Affrontement intercommunautaire / agriculteurs–éleveurs"
        ),
        "Natural disaster / epidemic": "Catastrophe naturelle / épidémie",
        "Hostility to the mission": "Hostilité envers la mission",
        "UXO / mine": "Munition non explosée / mine",
        "Crime / banditry": "Criminalité / banditisme",
    },
    "IncidentStatus": {
        "Open": "Ouvert",
        "Closed": "Clos",
    },
    "SourceReliability": {
        "A – Completely reliable": "A – Totalement fiable",
        "B – Usually reliable": "B – Habituellement fiable",
        "C – Fairly reliable": "C – Assez fiable",
        "D – Not usually reliable": "D – Habituellement peu fiable",
        "E – Unreliable": "E – Non fiable",
        "F – Reliability cannot be judged": "F – Fiabilité impossible à évaluer",
    },
    "LocationPrecision": {
        "Exact": "Exacte",
        "Near": "Approximative",
        "Area": "Zone",
    },
    "SupportChannel": {
        "OCHA / CMCoord": "OCHA / CMCoord",
        "Mission component": "Composante de la mission",
        "Local authority": "Autorité locale",
        "Direct": "Directe",
    },
    "SupportType": {
        "Air transport": "Transport aérien",
        "Road transport": "Transport routier",
        "Convoy escort": "Escorte de convoi",
        "Area security": "Sécurisation de zone",
        "Engineering": "Génie",
        "Medical / CASEVAC": "Médical / CASEVAC",
        "Logistics / storage": "Logistique / stockage",
        "Communications": "Transmissions",
        "Security information": "Information sécuritaire",
        "Other": "Autre",
    },
    "SupportPriority": {
        "Lifesaving": "Vitale",
        "Life-sustaining": "Maintien en vie",
        "High": "Haute",
        "Normal": "Normale",
    },
    "SupportStatus": {
        "Received": "Reçue",
        "Under review": "En examen",
        "Forwarded to higher HQ": "Transmise au QG supérieur",
        "Approved": "Approuvée",
        "Rejected": "Rejetée",
        "Executed": "Exécutée",
        "Cancelled": "Annulée",
    },
    "UniqueAdvantage": {
        "Capability": "Capacité",
        "Availability": "Disponibilité",
        "Timeliness": "Rapidité d'intervention",
    },
    # Incident sub-types (domain.incident.SUBCATEGORIES).
    "Subcategory": {
        "Armed clash": "Affrontement armé",
        "Government regains territory": "Reprise de territoire par le gouvernement",
        "Non-state actor overtakes territory": "Prise de territoire par un acteur non étatique",
        "Air / drone strike": "Frappe aérienne / de drone",
        "Shelling / artillery / missile attack": "Bombardement / artillerie / missile",
        "Remote explosive / landmine / IED": "Explosif à distance / mine / EEI",
        "Grenade": "Grenade",
        "Suicide bomb": "Attentat-suicide",
        "Chemical weapon": "Arme chimique",
        "Attack": "Attaque",
        "Sexual violence": "Violence sexuelle",
        "Abduction / forced disappearance": "Enlèvement / disparition forcée",
        "Peaceful protest": "Manifestation pacifique",
        "Protest with intervention": "Manifestation avec intervention",
        "Excessive force against protesters": (
            "Usage excessif de la force contre des manifestants"
        ),
        "Violent demonstration": "Manifestation violente",
        "Mob violence": "Violence de foule",
        "Agreement": "Accord",
        "Arrests": "Arrestations",
        "Change to group / activity": "Changement de groupe / d'activité",
        "Disrupted weapons use": "Usage d'armes déjoué",
        "Headquarters or base established": "Installation d'un QG ou d'une base",
        "Looting / property destruction": "Pillage / destruction de biens",
        "Non-violent transfer of territory": "Transfert non violent de territoire",
        "Checkpoint / illegal toll": "Barrière / péage illégal",
        "Movement restricted by an authority or group": (
            "Mouvement restreint par une autorité ou un groupe"
        ),
        "Road or bridge impassable": "Route ou pont impraticable",
        "Administrative impediment": "Entrave administrative",
        "Attack on personnel": "Attaque contre le personnel",
        "Abduction of personnel": "Enlèvement de personnel",
        "Robbery / looting of assets or premises": "Vol / pillage de biens ou de locaux",
        "Vehicle hijacking": "Détournement de véhicule",
        "Threat / intimidation": "Menace / intimidation",
        "New displacement": "Nouveau déplacement",
        "Secondary displacement": "Déplacement secondaire",
        "Returns": "Retours",
        "Farmer–herder clash": "Affrontement agriculteurs–éleveurs",
        "Intercommunal violence": "Violence intercommunautaire",
        "Land or resource dispute": "Litige foncier ou sur les ressources",
        "Flood": "Inondation",
        "Drought": "Sécheresse",
        "Fire": "Incendie",
        "Epidemic outbreak": "Flambée épidémique",
        "Storm": "Tempête",
        "Attack on peacekeepers": "Attaque contre des Casques bleus",
        "Threat to mission personnel": "Menace contre le personnel de la mission",
        "Demonstration against the mission": "Manifestation contre la mission",
        "Obstruction of a patrol or movement": "Entrave à une patrouille ou à un mouvement",
        "Disinformation / hate speech": "Désinformation / discours de haine",
        "UXO found": "Munition non explosée découverte",
        "Mine / IED found": "Mine / EEI découvert",
        "Explosion causing casualties": "Explosion faisant des victimes",
        "Armed robbery": "Vol à main armée",
        "Road banditry (coupeurs de route)": "Banditisme routier (coupeurs de route)",
        "Cattle theft": "Vol de bétail",
        "Kidnapping for ransom": "Enlèvement contre rançon",
        "Other crime": "Autre crime",
        "Other": "Autre",
    },
    # Casualty outcomes and groups (domain.incident.CASUALTY_OUTCOMES / _GROUPS).
    "Casualty": {
        "Killed": "Tués",
        "Injured": "Blessés",
        "Abducted": "Enlevés",
        "Civilian men": "Hommes civils",
        "Civilian women": "Femmes civiles",
        "Civilian children": "Enfants civils",
        "UN personnel": "Personnel de l'ONU",
        "Security forces": "Forces de sécurité",
        "Armed elements": "Éléments armés",
    },
    # The four IASC criteria for an armed escort (domain.support.ESCORT_CRITERIA).
    "EscortCriterion": {
        "Humanitarian need and programme criticality": (
            "Besoin humanitaire et caractère essentiel du programme"
        ),
        "Responsible authorities": "Autorités responsables",
        "Safety and security": "Sûreté et sécurité",
        "Sustainability": "Viabilité",
    },
}

# --- the reports' own text -------------------------------------------------------------

FRENCH: dict[str, str] = {
    # page furniture and header
    "Page {page} of {total}": "Page {page} sur {total}",
    "EXERCISE": "EXERCICE",
    "Period {period}": "Période {period}",
    "As of {date}": "À la date du {date}",
    "FROM": "DE",
    "TO": "À",
    "CC": "COPIE",
    "REPORT NO.": "RAPPORT N°",
    "REF": "RÉF.",
    "DTG": "GDH",
    "PERIOD": "PÉRIODE",
    "AS OF": "AU",
    "LOCATION": "LIEU",
    "UNIT": "UNITÉ",
    "UNITS": "UNITÉS",
    "UN RESTRICTED": "NU – DIFFUSION RESTREINTE",
    "UNCLASSIFIED": "NON CLASSIFIÉ",
    "UN CONFIDENTIAL": "NU – CONFIDENTIEL",
    "STRICTLY CONFIDENTIAL": "STRICTEMENT CONFIDENTIEL",
    "Prepared by": "Établi par",
    "Approved by": "Approuvé par",
    "Handed over by": "Remis par",
    "Taken over by": "Repris par",
    "(rank, name, appointment, tel)": "(grade, nom, fonction, tél.)",
    "Signature: ______________________": "Signature : ______________________",
    # titles and default addressees (reports.data)
    "CIMIC weekly situation report": "Rapport de situation CIMIC hebdomadaire",
    "CIMIC situation report": "Rapport de situation CIMIC",
    "Sector CIMIC situation report": "Rapport de situation CIMIC du secteur",
    "CIMIC handover brief": "Dossier de passation CIMIC",
    "Sector HQ CIMIC": "CIMIC du QG de secteur",
    "Force HQ U9 CIMIC (SO1 CIMIC)": "QG de la Force U9 CIMIC (SO1 CIMIC)",
    "Incoming CIMIC officer": "Officier CIMIC entrant",
    "Handover brief, {unit}": "Dossier de passation, {unit}",
    "{title}, {period}": "{title}, {period}",
    # section headings
    "Key points": "Points clés",
    "Civil situation": "Situation civile",
    "Liaison and coordination": "Liaison et coordination",
    "Significant incidents": "Incidents significatifs",
    "Quick Impact Projects": "Projets à impact rapide (QIP)",
    "Mission support requests": "Demandes d'appui à la mission",
    "Protection and gender observations": "Observations en matière de protection et de genre",
    "CIMIC assessment and trends": "Évaluation CIMIC et tendances",
    "Planned activities next period": "Activités prévues pour la prochaine période",
    "Issues and requests to higher HQ": "Questions et demandes au QG supérieur",
    "Outgoing officer's notes": "Notes de l'officier sortant",
    "Key organisations (most meetings in the last {weeks} weeks)": (
        "Organisations clés (le plus de réunions au cours des {weeks} dernières semaines)"
    ),
    "Key contacts (most recently met)": "Contacts clés (rencontrés le plus récemment)",
    "Open follow-up actions": "Actions de suivi en cours",
    "Running QIPs and their next steps": "QIP en cours et prochaines étapes",
    "Open incidents": "Incidents ouverts",
    "Open mission support requests": "Demandes d'appui à la mission en cours",
    "Trends over the last {weeks} weeks": "Tendances des {weeks} dernières semaines",
    "Coming up for the incoming officer": "À venir pour l'officier entrant",
    "Battalions in this consolidation": "Bataillons de cette consolidation",
    # empty sections
    "No key points written for this period.": "Aucun point clé rédigé pour la période.",
    "No civil situation report written for this period.": (
        "Aucun compte rendu de situation civile rédigé pour la période."
    ),
    "No meetings recorded this period.": "Aucune réunion enregistrée pour la période.",
    "No incidents reported this period.": "Aucun incident signalé pour la période.",
    "No QIPs running this period.": "Aucun QIP en cours pour la période.",
    "No mission support requests this period.": (
        "Aucune demande d'appui à la mission pour la période."
    ),
    "No protection or gender observations recorded this period.": (
        "Aucune observation en matière de protection ou de genre pour la période."
    ),
    "No assessment written for this period.": "Aucune évaluation rédigée pour la période.",
    "No activities planned for next period.": ("Aucune activité prévue pour la prochaine période."),
    "No issues for higher HQ this period.": "Aucune question pour le QG supérieur pour la période.",
    "No handover notes written.": "Aucune note de passation rédigée.",
    "No meetings in the last {weeks} weeks.": (
        "Aucune réunion au cours des {weeks} dernières semaines."
    ),
    "No contacts met yet.": "Aucun contact rencontré à ce jour.",
    "No open follow-up actions.": "Aucune action de suivi en cours.",
    "No QIPs running.": "Aucun QIP en cours.",
    "No open incidents.": "Aucun incident ouvert.",
    "No open mission support requests.": "Aucune demande d'appui à la mission en cours.",
    "No meetings or incidents in the last four weeks.": (
        "Aucune réunion ni aucun incident au cours des quatre dernières semaines."
    ),
    "Nothing planned recorded.": "Aucune activité prévue n'est enregistrée.",
    # at a glance, trends
    "Unit": "Unité",
    "Meetings": "Réunions",
    "Incidents": "Incidents",
    "Killed": "Tués",
    "Injured": "Blessés",
    "Abducted": "Enlevés",
    "QIPs": "QIP",
    "QIP budget (USD)": "Budget QIP (USD)",
    "Requests (open)": "Demandes (ouvertes)",
    "Sector total": "Total secteur",
    "Previous": "Précédente",
    "Change": "Évolution",
    "no change": "stable",
    "Total": "Total",
    "Sector": "Secteur",
    # liaison
    "{meetings} and engagements this period (previous period: {previous}).": (
        "{meetings} et rencontres au cours de la période (période précédente : {previous})."
    ),
    "Meetings by organisation type and battalion": (
        "Réunions par type d'organisation et par bataillon"
    ),
    "Meetings by organisation type": "Réunions par type d'organisation",
    "Liaison meetings by organisation type": "Réunions de liaison par type d'organisation",
    "DTG / ref / type": "GDH / réf. / type",
    "Counterpart (organisation type)": "Interlocuteur (type d'organisation)",
    "Place / grid": "Lieu / carroyage",
    "Topic": "Objet",
    "Outcome": "Résultat",
    "Organisation type": "Type d'organisation",
    "No organisation (individual)": "Sans organisation (à titre individuel)",
    # incidents
    "{incidents} this period (previous period: {previous}); casualties: {killed} killed, "
    "{injured} injured, {abducted} abducted.": (
        "{incidents} au cours de la période (période précédente : {previous}) ; victimes : "
        "{killed} tués, {injured} blessés, {abducted} enlevés."
    ),
    "Action taken: {action}": "Mesures prises : {action}",
    "Location {precision}": "Localisation : {precision}",
    "DTG / ref": "GDH / réf.",
    "Category": "Catégorie",
    "K / I / A": "T / B / E",
    "What happened": "Faits",
    "Casualties": "Victimes",
    "Incidents per day by category": "Incidents par jour et par catégorie",
    "Flash report not sent": "Rapport flash non envoyé",
    # QIPs
    "{projects}; USD {approved} committed (approved), USD {paid} paid by {date}. Status, "
    "percent done and payments are as at the end of the period. * budget requested, not "
    "yet approved.": (
        "{projects} ; {approved} USD engagés (approuvés), {paid} USD versés au {date}. "
        "Statut, avancement et versements à la fin de la période. * budget demandé, pas "
        "encore approuvé."
    ),
    "{percent} % done": "{percent} % réalisé",
    " (LATE)": " (EN RETARD)",
    "No.": "N°",
    "Project (partner · place)": "Projet (partenaire · lieu)",
    "Status": "Statut",
    "Budget USD": "Budget USD",
    "Paid USD": "Versé USD",
    "Next milestone": "Prochaine étape",
    "QIP budget committed against the ceiling (USD)": (
        "Budget QIP engagé par rapport au plafond (USD)"
    ),
    "{title}: the {shown} largest of {count}": "{title} : les {shown} plus importants sur {count}",
    "Paid": "Versé",
    "Approved, not yet paid": "Approuvé, pas encore versé",
    "Requested, not yet approved": "Demandé, pas encore approuvé",
    "ceiling {amount}": "plafond {amount}",
    "—": "—",
    "Proposal to be drafted": "Proposition à rédiger",
    "Submission to the PRC": "Soumission au CEP",
    "PRC review": "Examen par le CEP",
    "PRC decision": "Décision du CEP",
    "Proposal to be revised": "Proposition à réviser",
    "Agreement signature": "Signature de l'accord",
    "First tranche": "Première tranche",
    "Start of works": "Début des travaux",
    "Completion": "Achèvement",
    "Handover to the authorities": "Remise aux autorités",
    "Final report and closure": "Rapport final et clôture",
    # support requests
    "{new} received this period; {open} still open (received, under review, forwarded "
    "or approved and not yet executed).": (
        "Reçues au cours de la période : {new} ; encore ouvertes : {open} (reçues, en "
        "examen, transmises, ou approuvées et pas encore exécutées)."
    ),
    "(carried over)": "(reportée)",
    "No. / received": "N° / reçue le",
    "Requester": "Demandeur",
    "Type / route": "Type / itinéraire",
    "Priority": "Priorité",
    "Required": "Date requise",
    "Purpose": "Objet",
    # sector sitrep
    "yes": "oui",
    "NO RECORDS": "AUCUNE DONNÉE",
    "Battalion": "Bataillon",
    "Latest liaison entry in this file": "Dernière entrée de liaison dans ce fichier",
    "Records this period": "Données de la période",
    # handover brief
    "Restricted contacts appear only by their reference code (C-…): their names, "
    "positions and numbers are never printed. The outgoing officer shows the incoming "
    "officer who they are, in the program.": (
        "Les contacts restreints n'apparaissent que sous leur code de référence (C-…) : "
        "leurs noms, fonctions et numéros ne sont jamais imprimés. L'officier sortant "
        "montre à l'officier entrant de qui il s'agit, dans le programme."
    ),
    "The database handed over holds: {database}.": (
        "La base de données remise contient : {database}."
    ),
    "organisations": "organisations",
    "contacts": "contacts",
    "restricted contacts": "contacts restreints",
    "liaison entries": "entrées du journal de liaison",
    "incidents": "incidents",
    "support requests": "demandes d'appui",
    "Keeps its distance from the military": "Garde ses distances avec les militaires",
    "Organisation": "Organisation",
    "Type": "Type",
    "Place": "Lieu",
    "Phone / e-mail": "Téléphone / e-mail",
    "Last met": "Dernière rencontre",
    "(restricted)": "(restreint)",
    "Name / code": "Nom / code",
    "Position": "Fonction",
    "Phone": "Téléphone",
    "Handling": "Diffusion",
    "no date": "sans date",
    " OVERDUE": " EN RETARD",
    "From entry": "Entrée d'origine",
    "Action": "Action",
    "Owner": "Responsable",
    "Due": "Échéance",
    "{open} open, {overdue} overdue.": "En cours : {open} ; en retard : {overdue}.",
    "{projects} not yet ended; status, percent done and payments as of {date}. * budget "
    "requested, not yet approved.": (
        "Projets non terminés : {count} ; statut, avancement et versements au {date}. "
        "* budget demandé, pas encore approuvé."
    ),
    "{incidents} still open.": "Incidents encore ouverts : {count}.",
    "{requests} still to be decided or executed.": (
        "Demandes encore à décider ou à exécuter : {count}."
    ),
    "Week": "Semaine",
    "Requests": "Demandes",
    "Meetings per week": "Réunions par semaine",
    "Incidents per week": "Incidents par semaine",
}

# Nouns counted in sentences: English singular -> (French singular, French plural).
NOUNS: dict[str, tuple[str, str]] = {
    "meeting": ("réunion", "réunions"),
    "incident": ("incident", "incidents"),
    "project": ("projet", "projets"),
    "request": ("demande", "demandes"),
}

# Sentences the data layer composes, as (English, French) templates. A placeholder whose
# name ends in _t is itself translated (a label or another of these sentences).
PATTERNS: tuple[tuple[str, str], ...] = (
    ("Flash sent {dtg}", "Flash envoyé {dtg}"),
    ("Restricted contact {code}", "Contact restreint {code}"),
    ("{step_t}, planned {due}", "{step_t}, prévu le {due}"),
    ("{step_t}: {authority}", "{step_t} : {authority}"),
    ("{unit} CIMIC (outgoing)", "{unit} CIMIC (sortant)"),
    ("{parent} HQ CIMIC", "CIMIC du QG {parent}"),
    ("as of {date}", "au {date}"),
)

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_FR = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
_DAYS_FR = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
_SHORT_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(_MONTHS_EN) + r")\b")
# In French a thin no-break space goes before : ; ? ! and a no-break space in numbers.
_BEFORE_PUNCT = re.compile(r" ([:;?!])")
NBSP = "\u00a0"
# Casualty details as reports.data writes them ('Killed: civ. men 2, children 1.').
_CASUALTY_WORDS = (
    ("Killed:", "Tués :"),
    ("Injured:", "Blessés :"),
    ("Abducted:", "Enlevés :"),
    ("civ. men", "hommes civ."),
    ("civ. women", "femmes civ."),
    ("children", "enfants"),
    ("security forces", "forces de sécurité"),
    ("armed elements", "éléments armés"),
    ("UN", "ONU"),
)
# The markers reports.data puts between an officer's texts in a meeting's outcome.
_OUTCOME_MARKERS = (
    (" Issues: ", " Problèmes soulevés : "),
    ("Action: ", "Action : "),
    (" (due ", " (échéance "),
)


def current() -> str:
    """The language reports are being written in ('en' or 'fr')."""
    return _LANGUAGE.get()


def check(language: str) -> str:
    """The language code normalised; ValueError for one not offered."""
    code = (language or "en").strip().lower()
    if code not in LANGUAGES:
        raise ValueError(code)
    return code


@contextmanager
def using(language: str) -> Iterator[str]:
    """Write what is laid out inside the block in `language` (this thread only)."""
    token = _LANGUAGE.set(check(language))
    try:
        yield current()
    finally:
        _LANGUAGE.reset(token)


def _french() -> bool:
    return _LANGUAGE.get() == "fr"


def _typography(value: str) -> str:
    return _BEFORE_PUNCT.sub(NBSP + r"\1", value)


def t(text: str, /, **values: object) -> str:
    """A fixed report text in the current language, its {placeholders} filled in."""
    template = text
    if _french():
        template = _typography(FRENCH.get(text, text))
    return template.format(**values) if values else template


def label(text: str, kind: str) -> str:
    """A domain label (e.g. 'Approved' of 'QipStatus') in the current language."""
    if not _french() or not text:
        return text
    return LABELS.get(kind, {}).get(text, text)


def any_label(text: str) -> str:
    """A label whose enumeration is not known here (e.g. an organisation type or
    'No organisation (individual)'); the first enumeration holding it answers."""
    if not _french() or not text:
        return text
    for labels in LABELS.values():
        if text in labels:
            return labels[text]
    return FRENCH.get(text, text)


def _compile(template: str) -> tuple[re.Pattern[str], list[str]]:
    names = re.findall(r"\{(\w+)\}", template)
    parts = re.split(r"\{\w+\}", template)
    regex = "(.+?)".join(re.escape(part) for part in parts)
    return re.compile(f"^{regex}$", re.DOTALL), names


_COMPILED = [(*_compile(english), french) for english, french in PATTERNS]


def dyn(text: str) -> str:
    """A sentence composed by the data layer (a default title, 'Flash sent …') in the
    current language; text that is not one of ours comes back as it is."""
    if not _french() or not text:
        return text
    if text in FRENCH:
        return t(text)
    found = any_label(text)
    if found != text:
        return found
    for regex, names, french in _COMPILED:
        match = regex.match(text)
        if match is None:
            continue
        values = {
            name: dyn(value) if name.endswith("_t") else value
            for name, value in zip(names, match.groups(), strict=True)
        }
        return dates(_typography(french).format(**values))
    return dates(text)


def plural(count: int, word: str) -> str:
    """'1 meeting', '3 meetings' — or in French '1 réunion', '3 réunions' (0 is singular)."""
    if _french():
        one, many = NOUNS.get(word, (word, word + "s"))
        return f"{count} {one if count <= 1 else many}"
    return f"{count} {word}{'' if count == 1 else 's'}"


def number(value: float) -> str:
    """A whole amount with thousands grouped: '12,500' (English) or '12 500' (French)."""
    shown = f"{value:,.0f}"
    return shown.replace(",", NBSP) if _french() else shown


def dates(value: str) -> str:
    """Dates written '23 Nov 2026' or '16 Nov' read '23 nov. 2026', '16 nov.' in French."""
    if not _french():
        return value
    return _SHORT_DATE.sub(
        lambda m: f"{m.group(1)} {_MONTHS_FR[_MONTHS_EN.index(m.group(2))]}", value
    )


def weekday_day(day: date) -> str:
    """'Mon 16' (English) or 'lun. 16' (French): a day in a chart's axis."""
    if _french():
        return f"{_DAYS_FR[day.weekday()]} {day.day}"
    return f"{day:%a} {day.day}"


def casualties(detail: str) -> str:
    """A casualty detail of reports.data ('Killed: civ. men 2.') in the current language."""
    if not _french() or not detail:
        return detail
    for english, french in _CASUALTY_WORDS:
        detail = re.sub(rf"(?<![\w.]){re.escape(english)}(?!\w)", french, detail)
    return detail.replace(" :", NBSP + ":")


def outcome(value: str) -> str:
    """A meeting's outcome of reports.data: the officer's words, our markers translated."""
    if not _french() or not value:
        return value
    for english, french in _OUTCOME_MARKERS:
        value = value.replace(english, _typography(french))
    return value
