<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/cimicdesk/app.py" line="+86"/>
        <source>CIMIC Desk cannot open the database</source>
        <translation>CIMIC Desk ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language chosen ({language}) applies the next time CIMIC Desk starts.</source>
        <translation>La langue choisie ({language}) s&apos;appliquera au prochain démarrage de CIMIC Desk.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/actions.py" line="+44"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liaison ref</source>
        <translation>Réf. liaison</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/models/records.py" line="+23"/>
        <location line="+51"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+118"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+117"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+118"/>
        <source>Grid</source>
        <translation>Carroyage MGRS</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Start (Z)</source>
        <translation>Début (Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/models/search.py" line="+48"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched text</source>
        <translation>Texte trouvé</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../forms/contact_editor.ui" line="+14"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Full name, as the person introduces themselves.</source>
        <translation>Nom complet, tel que la personne se présente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Marie Ndoumba</source>
        <translation>p. ex. Marie Ndoumba</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Position:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Job title or appointment.</source>
        <translation>Titre ou fonction occupée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Head of Sub-Office</source>
        <translation>p. ex. chef de sous-bureau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Organisation the person belongs to, if any.</source>
        <translation>Organisation à laquelle appartient la personne, le cas échéant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the selected organisation.</source>
        <translation>Ouvrir l&apos;organisation choisie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. UN, NGO, local authority, traditional or religious leader, civil society.</source>
        <translation>p. ex. ONU, ONG, autorité locale, chef traditionnel ou religieux, société civile.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gen&amp;der:</source>
        <translation>Se&amp;xe&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lang&amp;uages:</source>
        <translation>Lang&amp;ues&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Languages the person speaks; tells you whether an interpreter is needed.</source>
        <translation>Langues parlées par la personne&#xa0;; indique s&apos;il faut un interprète.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma-separated, e.g. French, Sango</source>
        <translation>séparées par des virgules, p. ex. français, sango</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;hones:</source>
        <translation>Télép&amp;hones&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One number per line, with the country code.</source>
        <translation>Un numéro par ligne, avec l&apos;indicatif du pays.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One number per line, e.g. +236 72 12 34 56</source>
        <translation>Un numéro par ligne, p. ex. +236 72 12 34 56</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>E&amp;mail:</source>
        <translation>Courri&amp;el&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E-mail address of the person.</source>
        <translation>Adresse électronique de la personne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. name@example.org</source>
        <translation>p. ex. nom@exemple.org</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pl&amp;ace:</source>
        <translation>L&amp;ieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the person can usually be met.</source>
        <translation>Où la personne peut habituellement être rencontrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Town, village or compound</source>
        <translation>Ville, village ou concession</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Grid:</source>
        <translation>Ca&amp;rroyage MGRS&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MGRS grid reference, e.g. 33PTM 12345 67890 (spaces optional).</source>
        <translation>Coordonnées MGRS, p. ex. 33PTM 12345 67890 (espaces facultatifs).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 33PTM 12345 67890</source>
        <translation>p. ex. 33PTM 12345 67890</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Sensitivity:</source>
        <translation>&amp;Sensibilité&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How carefully this person&apos;s details must be handled and shared.</source>
        <translation>Degré de précaution requis pour traiter et partager les coordonnées de cette personne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untick when the person has left post or the area; they stay in the records.</source>
        <translation>Décocher quand la personne a quitté son poste ou la zone&#xa0;; elle reste dans les fiches.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ac&amp;tive</source>
        <translation>Ac&amp;tif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Free-text notes. Do not record classified information here.</source>
        <translation>Notes libres. N&apos;enregistrez ici aucune information classifiée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Background, influence, reliability, how best to approach</source>
        <translation>Parcours, influence, fiabilité, meilleure façon d&apos;aborder la personne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last contact:</source>
        <translation>Dernier contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date of the most recent liaison entry that lists this person.</source>
        <translation>Date de la dernière entrée du journal de liaison qui mentionne cette personne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>List every liaison entry in which this person took part.</source>
        <translation>Lister toutes les entrées du journal de liaison auxquelles cette personne a participé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;liaison entries with this contact</source>
        <translation>Voir les entrées de &amp;liaison avec ce contact</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/contact.py" line="+25"/>
        <source>(no organisation)</source>
        <translation>(aucune organisation)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No organisation is called &apos;{name}&apos;. Pick one from the list, or add it on the Organisations page first.</source>
        <translation>Aucune organisation ne s&apos;appelle «&#xa0;{name}&#xa0;». Choisissez-en une dans la liste, ou ajoutez-la d&apos;abord dans la page Organisations.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/records.py" line="-28"/>
        <source>withheld (restricted)</source>
        <translation>masqué (restreint)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restricted contact: open the record to see the numbers.</source>
        <translation>Contact restreint&#xa0;: ouvrez la fiche pour voir les numéros.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/contacts.py" line="+50"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New contact</source>
        <translation>&amp;Nouveau contact</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All categories</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only one category</source>
        <translation>N&apos;afficher qu&apos;une catégorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any sensitivity</source>
        <translation>Toute sensibilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only one sensitivity</source>
        <translation>N&apos;afficher qu&apos;un niveau de sensibilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>FilterChip</name>
    <message>
        <location filename="../../src/cimicdesk/ui/widgets/filter_chip.py" line="+33"/>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../forms/incident_editor.ui" line="+14"/>
        <source>Incident</source>
        <translation type="unfinished">Incident</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Incident reference; assigned when the incident is first saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not saved yet)</source>
        <translation>(pas encore enregistrée)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open while the incident is followed up; closed when nothing more is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Record when the flash report went to higher HQ; the dashboard then drops the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark flash report sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Occurred (Z):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When the incident happened, in Zulu time (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Reported (Z):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When it was reported to us, in Zulu time (UTC); not before it happened, not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ACLED event type, or one of the CIMIC additions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sub-category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The kind of incident within the category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Place:</source>
        <translation type="unfinished">&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where it happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Village, road, quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Grid:</source>
        <translation>Ca&amp;rroyage MGRS&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MGRS grid reference, e.g. 34N DM 64090 37550.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 34N DM 64090 37550</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pr&amp;ecision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How precisely the place is known: exact, near, or only the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Casualties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Killed</source>
        <translation type="unfinished">Tués</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Injured</source>
        <translation type="unfinished">Blessés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Abducted</source>
        <translation type="unfinished">Enlevés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Civilian men</source>
        <translation type="unfinished">Hommes civils</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Killed: civilian men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Injured: civilian men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Abducted: civilian men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Civilian women</source>
        <translation type="unfinished">Femmes civiles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Killed: civilian women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Injured: civilian women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Abducted: civilian women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Civilian children</source>
        <translation type="unfinished">Enfants civils</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Killed: civilian children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Injured: civilian children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Abducted: civilian children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>UN personnel</source>
        <translation type="unfinished">Personnel de l&apos;ONU</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Killed: un personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Injured: un personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Abducted: un personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Security forces</source>
        <translation type="unfinished">Forces de sécurité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Killed: security forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Injured: security forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Abducted: security forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Armed elements</source>
        <translation type="unfinished">Éléments armés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Killed: armed elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Injured: armed elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Abducted: armed elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <location line="+15"/>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Source and &amp;narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Source c&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The person who reported the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the source&apos;s contact record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Source or&amp;ganisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The organisation that reported the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the source organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Source &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How the source knows, or another source (e.g. local radio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. eyewitness; local radio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;liability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How reliable the source is (A to F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Actors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who was involved: armed groups, communities, forces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups or communities involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What happened: who, what, where, when, how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who, what, where, when, how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Action ta&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What the unit did in response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the unit did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Assess&amp;ment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What it means for civilians, the mission and the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Implications for civilians and the mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Liaison entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Liaison entries in which the incident was reported or discussed. Double-click one to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Liaison entries linked to this incident. Double-click to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the selected liaison entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlink the selected liaison entry from this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Link entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a reference, date or place to find a liaison entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Link the chosen liaison entry to this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/cimicdesk/ui/translatable_labels.py" line="+388"/>
        <source>Battalion</source>
        <comment>UnitLevel</comment>
        <translation>Bataillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector HQ</source>
        <comment>UnitLevel</comment>
        <translation>QG de secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force HQ</source>
        <comment>UnitLevel</comment>
        <translation>QG de la Force</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic / research</source>
        <comment>OrgType</comment>
        <translation>Université / recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <comment>OrgType</comment>
        <translation>Bailleur de fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embassy</source>
        <comment>OrgType</comment>
        <translation>Ambassade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government</source>
        <comment>OrgType</comment>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International NGO</source>
        <comment>OrgType</comment>
        <translation>ONG internationale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International organization</source>
        <comment>OrgType</comment>
        <translation>Organisation internationale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <comment>OrgType</comment>
        <translation>Médias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Military</source>
        <comment>OrgType</comment>
        <translation>Militaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National NGO</source>
        <comment>OrgType</comment>
        <translation>ONG nationale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private sector</source>
        <comment>OrgType</comment>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red Cross / Red Crescent</source>
        <comment>OrgType</comment>
        <translation>Croix-Rouge / Croissant-Rouge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religious</source>
        <comment>OrgType</comment>
        <translation>Confessionnelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Nations</source>
        <comment>OrgType</comment>
        <translation>Nations Unies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local authority</source>
        <comment>OrgType</comment>
        <translation>Autorité locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional / customary authority</source>
        <comment>OrgType</comment>
        <translation>Autorité traditionnelle / coutumière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community-based organisation</source>
        <comment>OrgType</comment>
        <translation>Organisation communautaire de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN mission component</source>
        <comment>OrgType</comment>
        <translation>Composante de la mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armed / non-humanitarian group</source>
        <comment>OrgType</comment>
        <translation>Groupe armé / non humanitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>OrgType</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelter</source>
        <comment>Cluster</comment>
        <translation>Abris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camp coordination</source>
        <comment>Cluster</comment>
        <translation>Coordination des camps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection</source>
        <comment>Cluster</comment>
        <translation>Protection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child protection</source>
        <comment>Cluster</comment>
        <translation>Protection de l&apos;enfance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender-based violence</source>
        <comment>Cluster</comment>
        <translation>Violences basées sur le genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing, land and property</source>
        <comment>Cluster</comment>
        <translation>Logement, terre et biens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine action</source>
        <comment>Cluster</comment>
        <translation>Action contre les mines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Food security</source>
        <comment>Cluster</comment>
        <translation>Sécurité alimentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water, sanitation, hygiene</source>
        <comment>Cluster</comment>
        <translation>Eau, hygiène et assainissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics</source>
        <comment>Cluster</comment>
        <translation>Logistique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <comment>Cluster</comment>
        <translation>Éducation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nutrition</source>
        <comment>Cluster</comment>
        <translation>Nutrition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <comment>Cluster</comment>
        <translation>Santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early recovery</source>
        <comment>Cluster</comment>
        <translation>Relèvement précoce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency telecommunications</source>
        <comment>Cluster</comment>
        <translation>Télécommunications d&apos;urgence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government official</source>
        <comment>ContactCategory</comment>
        <translation>Représentant de l&apos;État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traditional leader</source>
        <comment>ContactCategory</comment>
        <translation>Chef traditionnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religious leader</source>
        <comment>ContactCategory</comment>
        <translation>Chef religieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women&apos;s representative</source>
        <comment>ContactCategory</comment>
        <translation>Représentante des femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youth representative</source>
        <comment>ContactCategory</comment>
        <translation>Représentant des jeunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO / agency staff</source>
        <comment>ContactCategory</comment>
        <translation>Personnel d&apos;ONG / d&apos;agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN staff</source>
        <comment>ContactCategory</comment>
        <translation>Personnel de l&apos;ONU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>ContactCategory</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <comment>Gender</comment>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <comment>Gender</comment>
        <translation>Femme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <comment>Gender</comment>
        <translation>Homme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <comment>Sensitivity</comment>
        <translation>Normale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <comment>Sensitivity</comment>
        <translation>Sensible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <comment>Sensitivity</comment>
        <translation>Restreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bilateral meeting</source>
        <comment>LiaisonType</comment>
        <translation>Réunion bilatérale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordination meeting</source>
        <comment>LiaisonType</comment>
        <translation>Réunion de coordination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key leader engagement</source>
        <comment>LiaisonType</comment>
        <translation>Rencontre avec un leader clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone / radio</source>
        <comment>LiaisonType</comment>
        <translation>Téléphone / radio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field visit</source>
        <comment>LiaisonType</comment>
        <translation>Visite de terrain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint assessment</source>
        <comment>LiaisonType</comment>
        <translation>Évaluation conjointe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community meeting</source>
        <comment>LiaisonType</comment>
        <translation>Réunion communautaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>ActionStatus</comment>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <comment>ActionStatus</comment>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>ActionStatus</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <comment>ParticipantKind</comment>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <comment>ParticipantKind</comment>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <comment>QipCategory</comment>
        <translation>Éducation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <comment>QipCategory</comment>
        <translation>Santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WASH</source>
        <comment>QipCategory</comment>
        <translation>EHA (eau, hygiène, assainissement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule of law / security</source>
        <comment>QipCategory</comment>
        <translation>État de droit / sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governance / state authority</source>
        <comment>QipCategory</comment>
        <translation>Gouvernance / autorité de l&apos;État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public infrastructure</source>
        <comment>QipCategory</comment>
        <translation>Infrastructures publiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livelihoods / income generation</source>
        <comment>QipCategory</comment>
        <translation>Moyens de subsistance / revenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social cohesion / reconciliation</source>
        <comment>QipCategory</comment>
        <translation>Cohésion sociale / réconciliation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protection / gender</source>
        <comment>QipCategory</comment>
        <translation>Protection / genre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training / awareness</source>
        <comment>QipCategory</comment>
        <translation>Formation / sensibilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy</source>
        <comment>QipCategory</comment>
        <translation>Énergie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>QipCategory</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified</source>
        <comment>QipStatus</comment>
        <translation>Identifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal drafted</source>
        <comment>QipStatus</comment>
        <translation>Proposition rédigée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <comment>QipStatus</comment>
        <translation>Soumis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review (PRC)</source>
        <comment>QipStatus</comment>
        <translation>En examen (CEP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>QipStatus</comment>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned for revision</source>
        <comment>QipStatus</comment>
        <translation>Renvoyé pour révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <comment>QipStatus</comment>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signed</source>
        <comment>QipStatus</comment>
        <translation>Accord signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed</source>
        <comment>QipStatus</comment>
        <translation>Décaissé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In implementation</source>
        <comment>QipStatus</comment>
        <translation>En cours d&apos;exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>QipStatus</comment>
        <translation>Achevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over</source>
        <comment>QipStatus</comment>
        <translation>Remis aux autorités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>QipStatus</comment>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>QipStatus</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Battles</source>
        <comment>IncidentCategory</comment>
        <translation>Affrontements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explosions / remote violence</source>
        <comment>IncidentCategory</comment>
        <translation>Explosions / violence à distance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violence against civilians</source>
        <comment>IncidentCategory</comment>
        <translation>Violence contre les civils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protests</source>
        <comment>IncidentCategory</comment>
        <translation>Manifestations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Riots</source>
        <comment>IncidentCategory</comment>
        <translation>Émeutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategic developments</source>
        <comment>IncidentCategory</comment>
        <translation>Évolutions stratégiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Humanitarian access denied</source>
        <comment>IncidentCategory</comment>
        <translation>Accès humanitaire refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack on humanitarian personnel or assets</source>
        <comment>IncidentCategory</comment>
        <translation>Attaque contre le personnel ou les biens humanitaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population displacement</source>
        <comment>IncidentCategory</comment>
        <translation>Déplacement de population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercommunal / farmer–herder clash</source>
        <comment>IncidentCategory</comment>
        <translation>Affrontement intercommunautaire / agriculteurs–éleveurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural disaster / epidemic</source>
        <comment>IncidentCategory</comment>
        <translation>Catastrophe naturelle / épidémie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hostility to the mission</source>
        <comment>IncidentCategory</comment>
        <translation>Hostilité envers la mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UXO / mine</source>
        <comment>IncidentCategory</comment>
        <translation>Munition non explosée / mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crime / banditry</source>
        <comment>IncidentCategory</comment>
        <translation>Criminalité / banditisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>IncidentStatus</comment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>IncidentStatus</comment>
        <translation>Clos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A – Completely reliable</source>
        <comment>SourceReliability</comment>
        <translation>A – Totalement fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B – Usually reliable</source>
        <comment>SourceReliability</comment>
        <translation>B – Habituellement fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C – Fairly reliable</source>
        <comment>SourceReliability</comment>
        <translation>C – Assez fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D – Not usually reliable</source>
        <comment>SourceReliability</comment>
        <translation>D – Habituellement peu fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E – Unreliable</source>
        <comment>SourceReliability</comment>
        <translation>E – Non fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F – Reliability cannot be judged</source>
        <comment>SourceReliability</comment>
        <translation>F – Fiabilité impossible à évaluer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact</source>
        <comment>LocationPrecision</comment>
        <translation>Exacte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near</source>
        <comment>LocationPrecision</comment>
        <translation>Approximative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <comment>LocationPrecision</comment>
        <translation>Zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCHA / CMCoord</source>
        <comment>SupportChannel</comment>
        <translation>OCHA / CMCoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission component</source>
        <comment>SupportChannel</comment>
        <translation>Composante de la mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local authority</source>
        <comment>SupportChannel</comment>
        <translation>Autorité locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct</source>
        <comment>SupportChannel</comment>
        <translation>Directe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Air transport</source>
        <comment>SupportType</comment>
        <translation>Transport aérien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Road transport</source>
        <comment>SupportType</comment>
        <translation>Transport routier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convoy escort</source>
        <comment>SupportType</comment>
        <translation>Escorte de convoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area security</source>
        <comment>SupportType</comment>
        <translation>Sécurisation de zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineering</source>
        <comment>SupportType</comment>
        <translation>Génie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical / CASEVAC</source>
        <comment>SupportType</comment>
        <translation>Médical / CASEVAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics / storage</source>
        <comment>SupportType</comment>
        <translation>Logistique / stockage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communications</source>
        <comment>SupportType</comment>
        <translation>Transmissions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security information</source>
        <comment>SupportType</comment>
        <translation>Information sécuritaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>SupportType</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifesaving</source>
        <comment>SupportPriority</comment>
        <translation>Vitale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Life-sustaining</source>
        <comment>SupportPriority</comment>
        <translation>Maintien en vie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <comment>SupportPriority</comment>
        <translation>Haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <comment>SupportPriority</comment>
        <translation>Normale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <comment>SupportStatus</comment>
        <translation>Reçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <comment>SupportStatus</comment>
        <translation>En examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded to higher HQ</source>
        <comment>SupportStatus</comment>
        <translation>Transmise au QG supérieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>SupportStatus</comment>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <comment>SupportStatus</comment>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executed</source>
        <comment>SupportStatus</comment>
        <translation>Exécutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>SupportStatus</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capability</source>
        <comment>UniqueAdvantage</comment>
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <comment>UniqueAdvantage</comment>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeliness</source>
        <comment>UniqueAdvantage</comment>
        <translation>Rapidité d&apos;intervention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armed clash</source>
        <comment>Subcategory</comment>
        <translation>Affrontement armé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government regains territory</source>
        <comment>Subcategory</comment>
        <translation>Reprise de territoire par le gouvernement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-state actor overtakes territory</source>
        <comment>Subcategory</comment>
        <translation>Prise de territoire par un acteur non étatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Air / drone strike</source>
        <comment>Subcategory</comment>
        <translation>Frappe aérienne / de drone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelling / artillery / missile attack</source>
        <comment>Subcategory</comment>
        <translation>Bombardement / artillerie / missile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote explosive / landmine / IED</source>
        <comment>Subcategory</comment>
        <translation>Explosif à distance / mine / EEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grenade</source>
        <comment>Subcategory</comment>
        <translation>Grenade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suicide bomb</source>
        <comment>Subcategory</comment>
        <translation>Attentat-suicide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemical weapon</source>
        <comment>Subcategory</comment>
        <translation>Arme chimique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack</source>
        <comment>Subcategory</comment>
        <translation>Attaque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual violence</source>
        <comment>Subcategory</comment>
        <translation>Violence sexuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abduction / forced disappearance</source>
        <comment>Subcategory</comment>
        <translation>Enlèvement / disparition forcée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peaceful protest</source>
        <comment>Subcategory</comment>
        <translation>Manifestation pacifique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protest with intervention</source>
        <comment>Subcategory</comment>
        <translation>Manifestation avec intervention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excessive force against protesters</source>
        <comment>Subcategory</comment>
        <translation>Usage excessif de la force contre des manifestants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violent demonstration</source>
        <comment>Subcategory</comment>
        <translation>Manifestation violente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mob violence</source>
        <comment>Subcategory</comment>
        <translation>Violence de foule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <comment>Subcategory</comment>
        <translation>Accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrests</source>
        <comment>Subcategory</comment>
        <translation>Arrestations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to group / activity</source>
        <comment>Subcategory</comment>
        <translation>Changement de groupe / d&apos;activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disrupted weapons use</source>
        <comment>Subcategory</comment>
        <translation>Usage d&apos;armes déjoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headquarters or base established</source>
        <comment>Subcategory</comment>
        <translation>Installation d&apos;un QG ou d&apos;une base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looting / property destruction</source>
        <comment>Subcategory</comment>
        <translation>Pillage / destruction de biens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-violent transfer of territory</source>
        <comment>Subcategory</comment>
        <translation>Transfert non violent de territoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>Subcategory</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint / illegal toll</source>
        <comment>Subcategory</comment>
        <translation>Barrière / péage illégal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement restricted by an authority or group</source>
        <comment>Subcategory</comment>
        <translation>Mouvement restreint par une autorité ou un groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Road or bridge impassable</source>
        <comment>Subcategory</comment>
        <translation>Route ou pont impraticable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative impediment</source>
        <comment>Subcategory</comment>
        <translation>Entrave administrative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack on personnel</source>
        <comment>Subcategory</comment>
        <translation>Attaque contre le personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abduction of personnel</source>
        <comment>Subcategory</comment>
        <translation>Enlèvement de personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robbery / looting of assets or premises</source>
        <comment>Subcategory</comment>
        <translation>Vol / pillage de biens ou de locaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle hijacking</source>
        <comment>Subcategory</comment>
        <translation>Détournement de véhicule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat / intimidation</source>
        <comment>Subcategory</comment>
        <translation>Menace / intimidation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New displacement</source>
        <comment>Subcategory</comment>
        <translation>Nouveau déplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary displacement</source>
        <comment>Subcategory</comment>
        <translation>Déplacement secondaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <comment>Subcategory</comment>
        <translation>Retours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmer–herder clash</source>
        <comment>Subcategory</comment>
        <translation>Affrontement agriculteurs–éleveurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercommunal violence</source>
        <comment>Subcategory</comment>
        <translation>Violence intercommunautaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Land or resource dispute</source>
        <comment>Subcategory</comment>
        <translation>Litige foncier ou sur les ressources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flood</source>
        <comment>Subcategory</comment>
        <translation>Inondation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drought</source>
        <comment>Subcategory</comment>
        <translation>Sécheresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire</source>
        <comment>Subcategory</comment>
        <translation>Incendie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epidemic outbreak</source>
        <comment>Subcategory</comment>
        <translation>Flambée épidémique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storm</source>
        <comment>Subcategory</comment>
        <translation>Tempête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attack on peacekeepers</source>
        <comment>Subcategory</comment>
        <translation>Attaque contre des Casques bleus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat to mission personnel</source>
        <comment>Subcategory</comment>
        <translation>Menace contre le personnel de la mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demonstration against the mission</source>
        <comment>Subcategory</comment>
        <translation>Manifestation contre la mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obstruction of a patrol or movement</source>
        <comment>Subcategory</comment>
        <translation>Entrave à une patrouille ou à un mouvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disinformation / hate speech</source>
        <comment>Subcategory</comment>
        <translation>Désinformation / discours de haine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UXO found</source>
        <comment>Subcategory</comment>
        <translation>Munition non explosée découverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine / IED found</source>
        <comment>Subcategory</comment>
        <translation>Mine / EEI découvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explosion causing casualties</source>
        <comment>Subcategory</comment>
        <translation>Explosion faisant des victimes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armed robbery</source>
        <comment>Subcategory</comment>
        <translation>Vol à main armée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Road banditry (coupeurs de route)</source>
        <comment>Subcategory</comment>
        <translation>Banditisme routier (coupeurs de route)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cattle theft</source>
        <comment>Subcategory</comment>
        <translation>Vol de bétail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kidnapping for ransom</source>
        <comment>Subcategory</comment>
        <translation>Enlèvement contre rançon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other crime</source>
        <comment>Subcategory</comment>
        <translation>Autre crime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed</source>
        <comment>Casualty</comment>
        <translation>Tués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injured</source>
        <comment>Casualty</comment>
        <translation>Blessés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abducted</source>
        <comment>Casualty</comment>
        <translation>Enlevés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civilian men</source>
        <comment>Casualty</comment>
        <translation>Hommes civils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civilian women</source>
        <comment>Casualty</comment>
        <translation>Femmes civiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civilian children</source>
        <comment>Casualty</comment>
        <translation>Enfants civils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN personnel</source>
        <comment>Casualty</comment>
        <translation>Personnel de l&apos;ONU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security forces</source>
        <comment>Casualty</comment>
        <translation>Forces de sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armed elements</source>
        <comment>Casualty</comment>
        <translation>Éléments armés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Humanitarian need and programme criticality</source>
        <comment>EscortCriterion</comment>
        <translation>Besoin humanitaire et caractère essentiel du programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible authorities</source>
        <comment>EscortCriterion</comment>
        <translation>Autorités responsables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety and security</source>
        <comment>EscortCriterion</comment>
        <translation>Sûreté et sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sustainability</source>
        <comment>EscortCriterion</comment>
        <translation>Viabilité</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../src/cimicdesk/ui/i18n.py" line="+144"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Takes effect at the next start</source>
        <translation>Prend effet au prochain démarrage</translation>
    </message>
</context>
<context>
    <name>LazyRecordModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/lazy.py" line="+180"/>
        <source>{column}: this column cannot be sorted</source>
        <translation>{column}&#xa0;: cette colonne ne peut pas être triée</translation>
    </message>
</context>
<context>
    <name>LiaisonEditor</name>
    <message>
        <location filename="../../forms/liaison_editor.ui" line="+14"/>
        <source>Liaison entry</source>
        <translation>Entrée du journal de liaison</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reference number; assigned when the entry is first saved.</source>
        <translation>Numéro de référence&#xa0;; attribué au premier enregistrement de l&apos;entrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not saved yet)</source>
        <translation>(pas encore enregistrée)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Start (Z):</source>
        <translation>&amp;Début (Z)&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When the meeting or call started, in Zulu time (UTC).</source>
        <translation>Début de la réunion ou de l&apos;appel, en heure Zulu (UTC).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;End (Z):</source>
        <translation>&amp;Fin (Z)&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When it ended, in Zulu time (UTC); leave &apos;not recorded&apos; if unknown.</source>
        <translation>Heure de fin, en heure Zulu (UTC)&#xa0;; laisser «&#xa0;non renseignée&#xa0;» si elle est inconnue.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of liaison, e.g. meeting, key leader engagement, phone call, coordination forum.</source>
        <translation>Nature de la liaison, p. ex. réunion, rencontre avec un leader clé, appel téléphonique, forum de coordination.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the liaison took place.</source>
        <translation>Lieu où s&apos;est déroulée la liaison.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Town, village or compound</source>
        <translation>Ville, village ou concession</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Grid:</source>
        <translation>Ca&amp;rroyage MGRS&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MGRS grid reference, e.g. 33PTM 12345 67890 (spaces optional).</source>
        <translation>Coordonnées MGRS, p. ex. 33PTM 12345 67890 (espaces facultatifs).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 33PTM 12345 67890</source>
        <translation>p. ex. 33PTM 12345 67890</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>P&amp;articipants:</source>
        <translation>P&amp;articipants&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>People and organisations met. Add them with the lists below.</source>
        <translation>Personnes et organisations rencontrées. Ajoutez-les avec les listes ci-dessous.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the selected participant from this entry.</source>
        <translation>Retirer de cette entrée le participant sélectionné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add &amp;contact:</source>
        <translation>Ajouter un &amp;contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pick a known contact who took part.</source>
        <translation>Choisir un contact connu qui a participé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the chosen contact to the participants.</source>
        <translation>Ajouter le contact choisi aux participants.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Add &amp;organisation:</source>
        <translation>Ajouter une &amp;organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pick an organisation that was represented (when the individuals are unknown).</source>
        <translation>Choisir une organisation représentée (quand les personnes ne sont pas connues).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the chosen organisation to the participants.</source>
        <translation>Ajouter l&apos;organisation choisie aux participants.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>P&amp;urpose:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Aim of the liaison.</source>
        <translation>But de la liaison.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why the meeting took place and what it was meant to achieve</source>
        <translation>Pourquoi la réunion a eu lieu et ce qu&apos;elle devait permettre d&apos;obtenir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Information &amp;received:</source>
        <translation>Informations &amp;reçues&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What the other side told us: needs, concerns, security and humanitarian situation.</source>
        <translation>Ce que l&apos;interlocuteur nous a dit&#xa0;: besoins, préoccupations, situation sécuritaire et humanitaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs, concerns, security and humanitarian situation as reported</source>
        <translation>Besoins, préoccupations, situation sécuritaire et humanitaire rapportés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Information passe&amp;d:</source>
        <translation>Informations transmi&amp;ses&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What we told them. Record only information that was releasable.</source>
        <translation>Ce que nous leur avons dit. N&apos;enregistrez que des informations communicables.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What we told them (releasable information only)</source>
        <translation>Ce que nous leur avons dit (informations communicables uniquement)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Issues raised:</source>
        <translation>&amp;Problèmes soulevés&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Problems, requests or complaints raised that need follow-up.</source>
        <translation>Problèmes, demandes ou plaintes soulevés qui appellent un suivi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Requests, complaints or problems that need follow-up</source>
        <translation>Demandes, plaintes ou problèmes qui appellent un suivi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actio&amp;ns:</source>
        <translation>Actio&amp;ns&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Follow-up actions agreed during the meeting. Double-click a cell to edit it.</source>
        <translation>Actions de suivi convenues pendant la réunion. Double-cliquez sur une cellule pour la modifier.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a follow-up action.</source>
        <translation>Ajouter une action de suivi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected action.</source>
        <translation>Retirer l&apos;action sélectionnée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove action</source>
        <translation>Retirer l&apos;action</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/liaison.py" line="+33"/>
        <source>(assigned when first saved)</source>
        <translation>(attribué au premier enregistrement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a contact…</source>
        <translation>Choisir un contact…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an organisation…</source>
        <translation>Choisir une organisation…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>not recorded</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Due date, as YYYY-MM-DD</source>
        <translation>Échéance, au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People and organisations met. Add them with the lists below; double-click one to open it.</source>
        <translation>Personnes et organisations rencontrées. Ajoutez-les avec les listes ci-dessous&#xa0;; double-cliquez sur l&apos;une d&apos;elles pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the end back to &apos;not recorded&apos;</source>
        <translation>Remettre la fin à «&#xa0;non renseignée&#xa0;»</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>{name} (deleted)</source>
        <translation>{name} (supprimé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown contact {id}</source>
        <translation>contact inconnu {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown organisation {id}</source>
        <translation>organisation inconnue {id}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{kind}: {name}. Double-click to open.</source>
        <translation>{kind}&#xa0;: {name}. Double-cliquez pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a contact from the list first, then press Add.</source>
        <translation>Choisissez d&apos;abord un contact dans la liste, puis cliquez sur Ajouter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an organisation from the list first, then press Add.</source>
        <translation>Choisissez d&apos;abord une organisation dans la liste, puis cliquez sur Ajouter.</translation>
    </message>
</context>
<context>
    <name>LiaisonPage</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/liaison.py" line="+57"/>
        <source>liaison entry</source>
        <translation>entrée de liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liaison entries</source>
        <translation>entrées de liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New liaison entry</source>
        <translation>Nouvelle entrée de liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New liaison entry</source>
        <translation>&amp;Nouvelle entrée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only one kind of liaison</source>
        <translation>N&apos;afficher qu&apos;un type de liaison</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entries that started on or after this day (Z); &apos;any&apos; for no limit.</source>
        <translation>Entrées commencées ce jour-là ou après (Z)&#xa0;; «&#xa0;sans limite&#xa0;»&#xa0;: pas de borne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries that started on or before this day (Z); &apos;any&apos; for no limit.</source>
        <translation>Entrées commencées ce jour-là ou avant (Z)&#xa0;; «&#xa0;sans limite&#xa0;»&#xa0;: pas de borne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>any</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>new liaison entry</source>
        <translation>nouvelle entrée de liaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ref} · {type} at {place}</source>
        <translation>{ref} · {type} à {place}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../forms/main_window.ui" line="+14"/>
        <source>CIMIC Desk</source>
        <translation>CIMIC Desk</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sections of CIMIC Desk</source>
        <translation>Rubriques de CIMIC Desk</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/main_window.py" line="+213"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New record</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new record on this page (Ctrl+N)</source>
        <translation>Créer une nouvelle fiche sur cette page (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the record (Ctrl+S)</source>
        <translation>Enregistrer la fiche (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete record…</source>
        <translation>&amp;Supprimer la fiche…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the record; Undo brings it back (Ctrl+Del)</source>
        <translation>Supprimer la fiche&#xa0;; Annuler la rétablit (Ctrl+Suppr)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back the record just deleted (Ctrl+Z)</source>
        <translation>Rétablir la fiche qui vient d&apos;être supprimée (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search every record: people, organisations, liaison, QIPs, incidents, support requests (Ctrl+F)</source>
        <translation>Rechercher dans toutes les fiches&#xa0;: personnes, organisations, liaison, QIP, incidents, demandes d&apos;appui (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Liaison log</source>
        <translation>&amp;Journal de liaison</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;QIPs</source>
        <translation>Projets à impact rapide (&amp;QIP)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Support requests</source>
        <translation>&amp;Demandes d&apos;appui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About CIMIC Desk</source>
        <translation>À &amp;propos de CIMIC Desk</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search every record… (Ctrl+F)</source>
        <translation>Rechercher dans toutes les fiches… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type any words: names, places, grid squares, what was said. Enter opens the first result; ↓ goes to the results.</source>
        <translation>Tapez des mots&#xa0;: noms, lieux, carrés MGRS, propos tenus. Entrée ouvre le premier résultat&#xa0;; ↓ va aux résultats.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The open database: {path}</source>
        <translation>Base de données ouverte&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  ·  read-only</source>
        <translation>  ·  lecture seule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parent formation: {parent}</source>
        <translation>Formation supérieure&#xa0;: {parent}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record</source>
        <translation>fiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>records</source>
        <translation>fiches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liaison entry</source>
        <translation>entrée de liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liaison entries</source>
        <translation>entrées de liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up action</source>
        <translation>action de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up actions</source>
        <translation>actions de suivi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About CIMIC Desk</source>
        <translation>À propos de CIMIC Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CIMIC Desk {version}

An offline desk for civil-military coordination officers: liaison log, contact directory, follow-up actions.

Database: {path}
Unit: {unit}</source>
        <translation>CIMIC Desk {version}

Un poste de travail hors ligne pour les officiers de coordination civilo-militaire&#xa0;: journal de liaison, répertoire des contacts, actions de suivi.

Base de données&#xa0;: {path}
Unité&#xa0;: {unit}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are unsaved changes on: {where}.

{doing} without saving them?</source>
        <translation>Des modifications ne sont pas enregistrées dans&#xa0;: {where}.

{doing} sans les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open another database</source>
        <translation>Ouvrir une autre base de données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open this file</source>
        <translation>Impossible d&apos;ouvrir ce fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a new database</source>
        <translation>Créer une nouvelle base de données</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the database</source>
        <translation>Impossible de créer la base de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../src/cimicdesk/ui/translatable_labels.py" line="-368"/>
        <source>Enter a grid reference, e.g. 33P TM 12345 67890.</source>
        <translation>Saisissez des coordonnées MGRS, p. ex. 33P TM 12345 67890.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not an MGRS reference: expected zone and band (33P), a two-letter 100 km square (TM) and digits, e.g. 33P TM 12345 67890.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une référence MGRS&#xa0;: attendu une zone et une bande (33P), un carré de 100 km de deux lettres (TM) et des chiffres, p. ex. 33P TM 12345 67890.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone {zone} does not exist: zones run from 1 to 60.</source>
        <translation>La zone {zone} n&apos;existe pas&#xa0;: les zones vont de 1 à 60.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latitude band &apos;{band}&apos; does not exist: bands are C to X without I and O.</source>
        <translation>La bande de latitude «&#xa0;{band}&#xa0;» n&apos;existe pas&#xa0;: les bandes vont de C à X, sans I ni O.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 km square &apos;{square}&apos; does not exist: column letters A–Z and row letters A–V, never I or O.</source>
        <translation>Le carré de 100 km «&#xa0;{square}&#xa0;» n&apos;existe pas&#xa0;: lettres de colonne A–Z et de ligne A–V, jamais I ni O.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{digits}&apos; has an odd number of digits: easting and northing need the same number (e.g. 1234 5678).</source>
        <translation>«&#xa0;{digits}&#xa0;» a un nombre impair de chiffres&#xa0;: abscisse et ordonnée en demandent autant l&apos;une que l&apos;autre (p. ex. 1234 5678).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many digits: at most 5 for easting and 5 for northing.</source>
        <translation>Trop de chiffres&#xa0;: au plus 5 pour l&apos;abscisse et 5 pour l&apos;ordonnée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; does not lie in zone {zone}{band}: check the 100 km square letters against the map sheet.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas dans la zone {zone}{band}&#xa0;: vérifiez les lettres du carré de 100 km sur la carte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give {what} (date and time).</source>
        <translation>Indiquez {what} (date et heure).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a valid date and time.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date et heure valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident cannot happen in the future.</source>
        <translation>L&apos;incident ne peut pas se produire dans le futur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report time is in the future.</source>
        <translation>L&apos;heure du compte rendu est dans le futur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It cannot be reported before it happened.</source>
        <translation>Il ne peut pas être signalé avant d&apos;avoir eu lieu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{subcategory}&apos; is not a kind of {category_label}.</source>
        <translation>«&#xa0;{subcategory}&#xa0;» n&apos;est pas un type de la catégorie «&#xa0;{category_label}&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casualties are whole numbers, 0 or more.</source>
        <translation>Les victimes sont des nombres entiers, 0 ou plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The flash time is in the future.</source>
        <translation>L&apos;heure du flash est dans le futur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longer than 20000 characters.</source>
        <translation>Plus de 20 000 caractères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The flash cannot go before the incident.</source>
        <translation>Le flash ne peut pas partir avant l&apos;incident.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The approved budget ({budget_approved_usd}) is above the mission&apos;s QIP ceiling of {qip_ceiling_usd}.</source>
        <translation>Le budget approuvé ({budget_approved_usd}) dépasse le plafond QIP de la mission ({qip_ceiling_usd}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A project that is {status_label} cannot become {to_label} (it can become: {allowed}).</source>
        <translation>Un projet au statut «&#xa0;{status_label}&#xa0;» ne peut pas passer à «&#xa0;{to_label}&#xa0;» (statuts possibles&#xa0;: {allowed}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the tranche paid before marking it disbursed.</source>
        <translation>Enregistrez la tranche versée avant de le marquer décaissé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the authority that receives the project.</source>
        <translation>Indiquez l&apos;autorité qui reçoit le projet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the final report&apos;s reference.</source>
        <translation>Indiquez la référence du rapport final.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why the project is {to_label}.</source>
        <translation>Indiquez pourquoi le projet passe à «&#xa0;{to_label}&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} end is before the {what} start.</source>
        <translation>La fin ({what}) est antérieure au début ({what}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ceiling must be a positive amount.</source>
        <translation>Le plafond doit être un montant positif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duration must be 1 to 60 months.</source>
        <translation>La durée doit être de 1 à 60 mois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tranche needs a positive amount in USD.</source>
        <translation>Une tranche demande un montant positif en USD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent complete runs from 0 to 100.</source>
        <translation>Le taux d&apos;avancement va de 0 à 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A project needs a title.</source>
        <translation>Un projet doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the currency as a three-letter code, e.g. XAF.</source>
        <translation>Indiquez la devise par son code à trois lettres, p. ex. XAF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record disbursements once the agreement is signed.</source>
        <translation>Enregistrez les décaissements une fois l&apos;accord signé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request ({budget_requested_usd}) is above the mission&apos;s ceiling of {qip_ceiling_usd}.</source>
        <translation>La demande ({budget_requested_usd}) dépasse le plafond de la mission ({qip_ceiling_usd}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how the project builds confidence before submitting.</source>
        <translation>Indiquez comment le projet renforce la confiance avant de le soumettre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the budget requested.</source>
        <translation>Indiquez le budget demandé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An implementing partner is required before the project is {to_label}.</source>
        <translation>Un partenaire d&apos;exécution est requis avant que le projet passe à «&#xa0;{to_label}&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the budget approved.</source>
        <translation>Indiquez le budget approuvé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is in the future.</source>
        <translation>La date est dans le futur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is before the last change ({previous}).</source>
        <translation>La date est antérieure au dernier changement ({previous}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} is required (YYYY-MM-DD).</source>
        <translation>Champ obligatoire&#xa0;: {what} (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title is longer than 200 characters.</source>
        <translation>Le titre dépasse 200 caractères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beneficiaries are whole numbers, 0 or more.</source>
        <translation>Les bénéficiaires sont des nombres entiers, 0 ou plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts are numbers, 0 or more.</source>
        <translation>Les montants sont des nombres, 0 ou plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the rate: how many {local_currency} make one USD.</source>
        <translation>Indiquez le taux&#xa0;: combien de {local_currency} pour un USD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tranche {number}: {error_message}</source>
        <translation>Tranche {number}&#xa0;: {error_message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit {number}: {error_message}</source>
        <translation>Visite {number}&#xa0;: {error_message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan runs past {qip_max_months} months from {since} ({start}): QIPs should be finished by {limit}.</source>
        <translation>Le plan dépasse {qip_max_months} mois à compter de {since} ({start})&#xa0;: les QIP doivent être achevés au plus tard le {limit}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no approved budget to disburse from.</source>
        <translation>Il n&apos;y a pas de budget approuvé sur lequel décaisser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursements ({paid}) would exceed the approved budget ({budget_approved_usd}).</source>
        <translation>Les décaissements ({paid}) dépasseraient le budget approuvé ({budget_approved_usd}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a phone number: {bad} (digits, spaces, + - ( ))</source>
        <translation>Numéro de téléphone invalide&#xa0;: {bad} (chiffres, espaces, + - ( ))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{email}&apos; is not an e-mail address (name@domain).</source>
        <translation>«&#xa0;{email}&#xa0;» n&apos;est pas une adresse électronique (nom@domaine).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{article} {what} needs a name.</source>
        <translation>Un nom est obligatoire ({what}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name is longer than 200 characters.</source>
        <translation>Le nom dépasse 200 caractères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organisation cannot be its own parent.</source>
        <translation>Une organisation ne peut pas être sa propre organisation mère.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes are longer than 20000 characters.</source>
        <translation>Les notes dépassent 20 000 caractères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the action to be taken.</source>
        <translation>Décrivez l&apos;action à mener.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the date and time the meeting started.</source>
        <translation>Indiquez la date et l&apos;heure du début de la réunion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one contact or organisation met.</source>
        <translation>Ajoutez au moins un contact ou une organisation rencontrés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start is more than a year in the future.</source>
        <translation>Le début est à plus d&apos;un an dans le futur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end is not a valid date and time.</source>
        <translation>La fin n&apos;est pas une date et heure valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action {number}: {error_message}</source>
        <translation>Action {number}&#xa0;: {error_message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{due_date}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>«&#xa0;{due_date}&#xa0;» n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting cannot end before it starts.</source>
        <translation>La réunion ne peut pas finir avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval needs the last-resort test. Missing: {g_message}</source>
        <translation>L&apos;approbation exige le test du dernier recours. Manque&#xa0;: {g_message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IASC escort criterion not met: {label}.</source>
        <translation>Critère IASC d&apos;escorte non rempli&#xa0;: {label}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Civilian alternatives checked: confirm no civilian asset can do it.</source>
        <translation>Alternatives civiles vérifiées&#xa0;: confirmez qu&apos;aucun moyen civil ne peut le faire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unique advantage: capability, availability or timeliness.</source>
        <translation>Avantage unique&#xa0;: capacité, disponibilité ou rapidité d&apos;intervention.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complementarity: how it complements civilian means.</source>
        <translation>Complémentarité&#xa0;: en quoi l&apos;appui complète les moyens civils.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit plan: when civilians take over again.</source>
        <translation>Plan de sortie&#xa0;: quand les civils reprennent le relais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved without the full last-resort test on higher HQ&apos;s order ({override_reference}).</source>
        <translation>Approuvée sans le test complet du dernier recours sur ordre du QG supérieur ({override_reference}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give when the request was received.</source>
        <translation>Indiquez quand la demande a été reçue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State the humanitarian purpose.</source>
        <translation>Indiquez l&apos;objectif humanitaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the weight in tonnes, 0 or more.</source>
        <translation>Indiquez le poids en tonnes, 0 ou plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reason for the refusal.</source>
        <translation>Indiquez le motif du refus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision cannot come before the request.</source>
        <translation>La décision ne peut pas précéder la demande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the HQ or officer who ordered the override.</source>
        <translation>Indiquez le QG ou l&apos;officier qui a ordonné la dérogation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is received in the future.</source>
        <translation>La demande est reçue dans le futur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} &apos;{value}&apos; is not YYYY-MM-DD.</source>
        <translation>La date «&#xa0;{value}&#xa0;» ({what}) n&apos;est pas au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a whole number, 0 or more.</source>
        <translation>Indiquez un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the date of the decision.</source>
        <translation>Indiquez la date de la décision.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who decided.</source>
        <translation>Indiquez qui a décidé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IASC escort criterion not answered: {label}.</source>
        <translation>Critère IASC d&apos;escorte sans réponse&#xa0;: {label}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a UTC timestamp like 2026-11-25T09:30:00.000Z</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un horodatage UTC comme 2026-11-25T09:30:00.000Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a date: write it as YYYY-MM-DD, e.g. 2026-11-25</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la AAAA-MM-JJ, p. ex. 2026-11-25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo {sha256}… is missing from this database.</source>
        <translation>La photo {sha256}… manque dans cette base de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{filename}&apos; cannot be read: {strerror}.</source>
        <translation>«&#xa0;{filename}&#xa0;» ne peut pas être lu&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the record before adding photos.</source>
        <translation>Enregistrez la fiche avant d&apos;ajouter des photos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {backup_name} is damaged ({problems}) and cannot be restored. Choose an older one; nothing was changed.</source>
        <translation>La sauvegarde {backup_name} est endommagée ({problems}) et ne peut pas être restaurée. Choisissez-en une plus ancienne&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {backup_name} has no unit recorded: it is not a whole CIMIC Desk database. Choose another one.</source>
        <translation>La sauvegarde {backup_name} n&apos;indique aucune unité&#xa0;: ce n&apos;est pas une base de données CIMIC Desk complète. Choisissez-en une autre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a backup to restore, not the database itself.</source>
        <translation>Choisissez une sauvegarde à restaurer, pas la base de données elle-même.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup {backup_name} is damaged and cannot be restored ({exc}). Choose an older one.</source>
        <translation>La sauvegarde {backup_name} est endommagée et ne peut pas être restaurée ({exc}). Choisissez-en une plus ancienne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{target_name} is open in CIMIC Desk (or another program): close it there first, then restore. Nothing was changed.</source>
        <translation>{target_name} est ouvert dans CIMIC Desk (ou un autre programme)&#xa0;: fermez-le d&apos;abord, puis restaurez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That organisation is unknown.</source>
        <translation>Cette organisation est inconnue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path_name} is not a CIMIC Desk database (it is not an SQLite file at all). Choose the .sqlite file the program created, or a unit export.</source>
        <translation>{path_name} n&apos;est pas une base de données CIMIC Desk (ce n&apos;est même pas un fichier SQLite). Choisissez le fichier .sqlite créé par le programme, ou un export d&apos;unité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path_name} is damaged: it is cut short ({st_size} of {number} bytes). Copy it again from its source; nothing was changed.</source>
        <translation>{path_name} est endommagé&#xa0;: il est tronqué ({st_size} octets sur {number}). Copiez-le de nouveau depuis sa source&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path_name} is an SQLite database, but not one of CIMIC Desk (its application id is not ours). Nothing was changed.</source>
        <translation>{path_name} est une base de données SQLite, mais pas une base CIMIC Desk (son identifiant d&apos;application n&apos;est pas le nôtre). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path_name} was written by a newer CIMIC Desk (schema {user_version}; this program knows up to {schema_version}). Install the newer version to open it; the file was not changed.</source>
        <translation>{path_name} a été écrit par une version plus récente de CIMIC Desk (schéma {user_version}&#xa0;; ce programme connaît jusqu&apos;au schéma {schema_version}). Installez la nouvelle version pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the unit&apos;s name, e.g. &apos;BANBAT 1&apos;.</source>
        <translation>Indiquez le nom de l&apos;unité, p. ex. «&#xa0;BANBAT 1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists; choose another name or open it instead.</source>
        <translation>{path} existe déjà&#xa0;; choisissez un autre nom ou ouvrez-le plutôt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path_name} has changes from a newer CIMIC Desk ({unknown}). Install the newer version to open it; the file was not changed.</source>
        <translation>{path_name} contient des modifications d&apos;une version plus récente de CIMIC Desk ({unknown}). Installez la nouvelle version pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path_name} has no unit recorded: it was not created completely. Create the database again with &apos;cimicdesk init&apos;.</source>
        <translation>{path_name} n&apos;indique aucune unité&#xa0;: il n&apos;a pas été créé entièrement. Recréez la base de données avec «&#xa0;cimicdesk init&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} cannot be read: {strerror}.</source>
        <translation>{path} ne peut pas être lu&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path_name} is damaged and cannot be opened: {exc}.</source>
        <translation>{path_name} est endommagé et ne peut pas être ouvert&#xa0;: {exc}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} It could not be opened even for reading ({exc}): copy it, with the files beside it that end in -wal and -shm, to the laptop&apos;s disk first.</source>
        <translation>{reason} Il n&apos;a même pas pu être ouvert en lecture ({exc})&#xa0;: copiez-le d&apos;abord sur le disque de l&apos;ordinateur, avec les fichiers voisins qui se terminent par -wal et -shm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path_name} comes from an older CIMIC Desk and must be upgraded before it can be used, which cannot be done where it is (the disk or folder cannot be written). Copy it to the laptop&apos;s own disk and open the copy; the file was not changed.</source>
        <translation>{path_name} provient d&apos;une version plus ancienne de CIMIC Desk et doit être mis à niveau avant usage, ce qui est impossible là où il se trouve (le disque ou le dossier est protégé en écriture). Copiez-le sur le disque de l&apos;ordinateur et ouvrez la copie&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} {record_id} is unknown.</source>
        <translation>Fiche inconnue ({what})&#xa0;: {record_id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{at}&apos; is not a valid time.</source>
        <translation>«&#xa0;{at}&#xa0;» n&apos;est pas une heure valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {kind_label} {target_id} is unknown.</source>
        <translation>Participant inconnu ({kind_label})&#xa0;: {target_id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That parent organisation is unknown.</source>
        <translation>Cette organisation mère est inconnue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records of {table} cannot be purged; purge the record they belong to.</source>
        <translation>Les enregistrements de {table} ne peuvent pas être purgés&#xa0;; purgez la fiche à laquelle ils appartiennent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reason for the purge (it is recorded, without the content).</source>
        <translation>Indiquez le motif de la purge (il est enregistré, sans le contenu).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No record with id {record_id} in {table}.</source>
        <translation>Aucune fiche d&apos;identifiant {record_id} dans {table}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new project starts as identified; then move it on.</source>
        <translation>Un nouveau projet commence au statut «&#xa0;Identifié&#xa0;»&#xa0;; faites-le ensuite avancer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That contact is unknown.</source>
        <translation>Ce contact est inconnu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status with a transition, not by editing it.</source>
        <translation>Changez le statut par une transition, pas en le modifiant directement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{kind}&apos; is not a kind of report: choose one of {KINDS}.</source>
        <translation>«&#xa0;{kind}&#xa0;» n&apos;est pas un type de rapport&#xa0;: choisissez parmi {KINDS}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>La période finit ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longer than 20000 characters: {too_long}.</source>
        <translation>Plus de 20 000 caractères&#xa0;: {too_long}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period {start} – {end} is not two dates written YYYY-MM-DD.</source>
        <translation>La période {start} – {end} n&apos;est pas formée de deux dates au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period would end more than a year from now; liaison entries cannot be dated that far ahead. Choose an earlier --start or fewer --days.</source>
        <translation>La période finirait à plus d&apos;un an d&apos;aujourd&apos;hui&#xa0;; les entrées de liaison ne peuvent pas être datées si loin. Choisissez un --start plus tôt ou moins de --days.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path_name} already holds records this seed would create ({exc}). It was probably seeded with seed {seed} before: choose another seed.</source>
        <translation>{path_name} contient déjà des fiches que cette génération créerait ({exc}). Il a sans doute déjà été rempli avec la graine {seed}&#xa0;: choisissez-en une autre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No {__name__} with id {record_id}.</source>
        <translation>Aucune fiche ({__name__}) d&apos;identifiant {record_id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give either a week (e.g. 2026-W47) or a start and end date, not both.</source>
        <translation>Indiquez soit une semaine (p. ex. 2026-W47), soit une date de début et de fin, pas les deux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{out} is a folder: give the name of the file to write.</source>
        <translation>{out} est un dossier&#xa0;: indiquez le nom du fichier à écrire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} date: {exc}</source>
        <translation>Date ({what})&#xa0;: {exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give both the start and the end date of the period (YYYY-MM-DD).</source>
        <translation>Indiquez la date de début et la date de fin de la période (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports can be written in: {LANGUAGES}; &apos;{language}&apos; is not available yet.</source>
        <translation>Les rapports peuvent être rédigés en&#xa0;: {LANGUAGES}&#xa0;; «&#xa0;{language}&#xa0;» n&apos;est pas encore disponible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{out_name} could not be replaced: it is probably open in another program. Close it, or choose another file name, and try again.</source>
        <translation>{out_name} n&apos;a pas pu être remplacé&#xa0;: il est probablement ouvert dans un autre programme. Fermez-le, ou choisissez un autre nom de fichier, et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not an ISO week: write the year, a W and the week number, e.g. 2026-W47.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une semaine ISO&#xa0;: écrivez l&apos;année, un W et le numéro de semaine, p. ex. 2026-W47.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No records of {unknown} in {path_name}. Units in this file: {known}.</source>
        <translation>Aucune fiche de {unknown} dans {path_name}. Unités présentes dans ce fichier&#xa0;: {known}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year} has no week {week}: its ISO weeks run from W01 to W{last}.</source>
        <translation>{year} n&apos;a pas de semaine {week}&#xa0;: ses semaines ISO vont de W01 à W{last}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper &apos;{paper}&apos; is not offered: choose A4 or Letter.</source>
        <translation>Le format «&#xa0;{paper}&#xa0;» n&apos;est pas proposé&#xa0;: choisissez A4 ou Letter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organisation needs a name.</source>
        <translation>Une organisation doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A contact needs a name.</source>
        <translation>Un contact doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date paid is required (YYYY-MM-DD).</source>
        <translation>La date de versement est obligatoire (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visit date is required (YYYY-MM-DD).</source>
        <translation>La date de la visite est obligatoire (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The planned end is before the planned start.</source>
        <translation>La fin prévue est antérieure au début prévu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The actual end is before the actual start.</source>
        <translation>La fin effective est antérieure au début effectif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give when it happened (date and time).</source>
        <translation>Indiquez quand il s&apos;est produit (date et heure).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give when it was reported (date and time).</source>
        <translation>Indiquez quand il a été signalé (date et heure).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give when the flash went (date and time).</source>
        <translation>Indiquez quand le flash est parti (date et heure).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date required &apos;{value}&apos; is not YYYY-MM-DD.</source>
        <translation>La date requise «&#xa0;{value}&#xa0;» n&apos;est pas au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision date &apos;{value}&apos; is not YYYY-MM-DD.</source>
        <translation>La date de décision «&#xa0;{value}&#xa0;» n&apos;est pas au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact {target_id} is unknown.</source>
        <translation>Le contact {target_id} est inconnu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation {target_id} is unknown.</source>
        <translation>L&apos;organisation {target_id} est inconnue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start date: {message}</source>
        <translation>Date de début&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date: {message}</source>
        <translation>Date de fin&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handover date: {message}</source>
        <translation>Date de passation&#xa0;: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path_name} was handed over to the next contingent and is kept read-only. Open the copy the incoming officer took over instead.</source>
        <translation>{path_name} a été remis au contingent suivant et reste en lecture seule. Ouvrez plutôt la copie reprise par l&apos;officier entrant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path_name} is on a disk or in a folder that cannot be written (a write-protected USB stick, a CD, a read-only share, or a read-only file), so it is open for reading only: nothing can be changed or added. To work in it, copy it to the laptop&apos;s own disk and open the copy.</source>
        <translation>{path_name} se trouve sur un disque ou dans un dossier protégé en écriture (clé USB verrouillée, CD, partage ou fichier en lecture seule)&#xa0;: il est ouvert en lecture seule et rien ne peut y être modifié ni ajouté. Pour y travailler, copiez-le sur le disque de l&apos;ordinateur et ouvrez la copie.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/base.py" line="+10"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liaison log</source>
        <translation>Journal de liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QIPs</source>
        <translation>Projets à impact rapide (QIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support requests</source>
        <translation>Demandes d&apos;appui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
</context>
<context>
    <name>OpenActionsModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/actions.py" line="+56"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../forms/organisation_editor.ui" line="+14"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Official name of the organisation, as it introduces itself.</source>
        <translation>Nom officiel de l&apos;organisation, tel qu&apos;elle se présente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name, e.g. Norwegian Refugee Council</source>
        <translation>Nom complet, p. ex. Conseil norvégien pour les réfugiés</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A&amp;cronym:</source>
        <translation>Si&amp;gle&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Short name or acronym used in reports and on the ground.</source>
        <translation>Nom court ou sigle utilisé dans les rapports et sur le terrain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. NRC</source>
        <translation>p. ex. NRC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind of actor, e.g. UN agency, international NGO, local authority.</source>
        <translation>Nature de l&apos;acteur, p. ex. agence de l&apos;ONU, ONG internationale, autorité locale.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Parent:</source>
        <translation>Organisation &amp;mère&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parent body or higher office, if any (e.g. the country office of a field office).</source>
        <translation>Organisme de tutelle ou échelon supérieur, le cas échéant (p. ex. le bureau pays d&apos;un bureau de terrain).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sectors:</source>
        <translation>&amp;Secteurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick every humanitarian cluster or sector this organisation works in.</source>
        <translation>Cochez chaque cluster ou secteur humanitaire dans lequel travaille cette organisation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the organisation&apos;s office or base is.</source>
        <translation>Emplacement du bureau ou de la base de l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Town, district or compound</source>
        <translation>Ville, quartier ou concession</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Grid:</source>
        <translation>Ca&amp;rroyage MGRS&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MGRS grid reference, e.g. 33PTM 12345 67890 (spaces optional).</source>
        <translation>Coordonnées MGRS, p. ex. 33PTM 12345 67890 (espaces facultatifs).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 33PTM 12345 67890</source>
        <translation>p. ex. 33PTM 12345 67890</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>P&amp;hones:</source>
        <translation>Télép&amp;hones&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>One number per line, with the country code.</source>
        <translation>Un numéro par ligne, avec l&apos;indicatif du pays.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One number per line, e.g. +236 72 12 34 56</source>
        <translation>Un numéro par ligne, p. ex. +236 72 12 34 56</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Email:</source>
        <translation>Courri&amp;el&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Office or focal point e-mail address.</source>
        <translation>Adresse électronique du bureau ou du point focal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. name@example.org</source>
        <translation>p. ex. nom@exemple.org</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tick if this actor asks not to be visited, escorted or seen with the military. Liaise discreetly, e.g. through OCHA or a civil-military coordination forum.</source>
        <translation>Cochez si cet acteur demande à ne pas être visité, escorté ou vu avec les militaires. Assurez la liaison avec discrétion, p. ex. par OCHA ou un forum de coordination civilo-militaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep distance (humanitarian actor avoids visible contact with the military)</source>
        <translation>&amp;Garder ses distances (acteur humanitaire évitant tout contact visible avec les militaires)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untick when the organisation has left the area; it stays in the records.</source>
        <translation>Décocher quand l&apos;organisation a quitté la zone&#xa0;; elle reste dans les fiches.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Active</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Free-text notes. Do not record classified information here.</source>
        <translation>Notes libres. N&apos;enregistrez ici aucune information classifiée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mandate, key activities, access constraints, sensitivities</source>
        <translation>Mandat, activités principales, contraintes d&apos;accès, sensibilités</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/organisation.py" line="+25"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Keep distance from the military</source>
        <translation>&amp;Garder ses distances avec les militaires</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No organisation is called &apos;{name}&apos;. Pick one from the list.</source>
        <translation>Aucune organisation ne s&apos;appelle «&#xa0;{name}&#xa0;». Choisissez-en une dans la liste.</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/records.py" line="-69"/>
        <source>{name}: keeps its distance from the military; liaise discreetly.</source>
        <translation>{name}&#xa0;: garde ses distances avec les militaires&#xa0;; assurer la liaison avec discrétion.</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/organisations.py" line="+41"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New organisation</source>
        <translation>&amp;Nouvelle organisation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only organisations of one type</source>
        <translation>N&apos;afficher que les organisations d&apos;un type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show &amp;people</source>
        <translation>Voir les &amp;personnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the contacts who belong to this organisation</source>
        <translation>Lister les contacts qui appartiennent à cette organisation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this organisation</source>
        <translation>cette organisation</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/placeholder.py" line="+13"/>
        <source>Reports (weekly sitrep, sector sitrep, handover brief) are not in this version yet. They arrive with the reports update.</source>
        <translation>Les rapports (SITREP hebdomadaire, SITREP de secteur, dossier de passation) ne sont pas encore dans cette version. Ils arrivent avec la mise à jour des rapports.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync (exporting this unit&apos;s file, importing and merging other units&apos; files) is not in this version yet. It arrives with the sync and handover update.</source>
        <translation>La synchronisation (export du fichier de l&apos;unité, import et fusion des fichiers des autres unités) n&apos;est pas encore dans cette version. Elle arrive avec la mise à jour synchronisation et passation.</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../src/cimicdesk/ui/prompts.py" line="+33"/>
        <source>CIMIC Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données CIMIC Desk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.heic);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.heic);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Add a photo</source>
        <translation>Ajouter une photo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>QipEditor</name>
    <message>
        <location filename="../../forms/qip_editor.ui" line="+14"/>
        <source>Quick Impact Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Project no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Project number; assigned when the project is first saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not saved yet)</source>
        <translation>(pas encore enregistrée)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identified</source>
        <translation type="unfinished">Identifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the project stands. Change it with the buttons below, never by editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The QIP lifecycle: done stages ticked, the current one in bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Short name of the project, as the PRC knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Borehole for Kidjigra village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>QIP category; it gives the cluster code for the 3W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How the project builds confidence in the mission, its mandate or the peace process. Required before submitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How it builds confidence in the mission or the peace process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Place:</source>
        <translation type="unfinished">&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Village or town of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Village, town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Grid:</source>
        <translation>Ca&amp;rroyage MGRS&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MGRS grid reference, e.g. 34N DM 64090 37550.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 34N DM 64090 37550</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The organisation that carries out the work (local authority, NGO, community group). Required before approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the implementing partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;Focal point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The community&apos;s or partner&apos;s contact person for the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the focal point&apos;s contact record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Proposing &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The unit that proposes the project; this unit when left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this unit when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Duplication check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Who else works here on the same need, and why this project duplicates no one (GA 61/276).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who else works here, why this is no duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Men the project is meant to benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Women the project is meant to benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Children the project is meant to benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+62"/>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Men reached so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Women reached so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Children reached so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Budget, dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The mission&apos;s QIP rules: the largest approved budget and the longest plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the mission&apos;s QIP ceiling and longest duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mission rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Requested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Budget requested, in US dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <location line="+193"/>
        <source>USD </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-218"/>
        <source>&amp;Approved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Budget approved by the PRC, in US dollars; at most the mission&apos;s ceiling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Local c&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Three-letter currency code of local payments, e.g. XAF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>XAF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Local currency units per US dollar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> per USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Co&amp;mmunity gives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the community contributes: labour, materials, land.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. labour, sand and gravel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contribution &amp;worth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Estimated value of the community&apos;s contribution, in US dollars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>PRC &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Date of the Project Review Committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+106"/>
        <location line="+72"/>
        <location line="+72"/>
        <location line="+72"/>
        <location line="+72"/>
        <source>Set the date back to &apos;not set&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-391"/>
        <location line="+106"/>
        <location line="+72"/>
        <location line="+72"/>
        <location line="+72"/>
        <location line="+72"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="-356"/>
        <source>PRC decisio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the PRC decided, in its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PRC r&amp;eference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference of the PRC minutes or decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned &amp;start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When the work is planned to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Planned &amp;end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When the work is planned to end; a project past it while open is late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Actual st&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When the work actually started (set when implementation begins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Actual en&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When the work was actually finished (set on completion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Handover date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When the project was handed over to the authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Recei&amp;ving authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The authority that receives the finished project. Required before handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Mairie de Bambari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Final report re&amp;f.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference of the final report. Required before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Tranches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tranches paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Total paid so far against the approved budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Money paid to the implementing partner. Their total may not exceed the approved budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+325"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-315"/>
        <source>Record a payment to the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected tranche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monitoring visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Monitoring visits: how far the work is and what was found. Select one to see its photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+194"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record a monitoring visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Photos of the selected visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Attach a photo to the selected visit (saved first if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected photo from the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Photos taken at the selected visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every change of status, oldest first: when, by whom and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>From</source>
        <translation type="unfinished">Du</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/record_page.py" line="+115"/>
        <source>New {noun}</source>
        <translation>Nouvelle fiche ({noun})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New {noun}</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this {noun}</source>
        <translation>cette fiche</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter {nouns}…</source>
        <translation>Filtrer les {nouns}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only {nouns} containing every word typed (beginnings of words match).</source>
        <translation>N&apos;afficher que les {nouns} contenant tous les mots saisis (les débuts de mots suffisent).</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Start a new {noun} (Ctrl+N)</source>
        <translation>Nouvelle fiche&#xa0;: {noun} (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+131"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Delete this {noun}; you can undo it (Ctrl+Z)</source>
        <translation>Supprimer cette fiche&#xa0;; vous pourrez annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this {noun} (Ctrl+S)</source>
        <translation>Enregistrer cette fiche (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{Noun} not found</source>
        <translation>Fiche introuvable</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Non enregistré&#xa0;: corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{Noun} not saved</source>
        <translation>Fiche non enregistrée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved {noun} “{name}”.</source>
        <translation>Fiche «&#xa0;{name}&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete {noun}</source>
        <translation>Supprimer la fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the {noun} “{name}”?

You can bring it back with Undo straight after.</source>
        <translation>Supprimer la fiche «&#xa0;{name}&#xa0;»&#xa0;?

Vous pourrez la rétablir aussitôt avec Annuler.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{Noun} not deleted</source>
        <translation>Fiche non supprimée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleted {noun} “{name}”.</source>
        <translation>Fiche «&#xa0;{name}&#xa0;» supprimée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo failed</source>
        <translation>Échec de l&apos;annulation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored {noun} “{name}”.</source>
        <translation>Fiche «&#xa0;{name}&#xa0;» rétablie.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>new {noun}</source>
        <translation>nouvelle fiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {noun} “{name}” has changes that are not saved. Discard them?</source>
        <translation>La fiche «&#xa0;{name}&#xa0;» comporte des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>That column cannot be sorted.</source>
        <translation>Cette colonne ne peut pas être triée.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{count} match</source>
        <translation>{count} (filtre actif)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  •  unsaved changes</source>
        <translation>  •  modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/search.py" line="+35"/>
        <location line="+27"/>
        <source>Type in the search box (Ctrl+F) to search every record.</source>
        <translation>Tapez dans la zone de recherche (Ctrl+F) pour chercher dans toutes les fiches.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record</source>
        <translation>fiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>records</source>
        <translation>fiches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{found} found for “{text}” (the best shown). Enter or double-click opens one.</source>
        <translation>Résultats pour «&#xa0;{text}&#xa0;»&#xa0;: {found} (les meilleurs sont affichés). Entrée ou double-clic en ouvre un.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{found} found for “{text}”. Enter or double-click opens one.</source>
        <translation>Résultats pour «&#xa0;{text}&#xa0;»&#xa0;: {found}. Entrée ou double-clic en ouvre un.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “{text}”.</source>
        <translation>Aucun résultat pour «&#xa0;{text}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/search.py" line="-27"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liaison entry</source>
        <translation>Entrée de liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QIP</source>
        <translation>QIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support request</source>
        <translation>Demande d&apos;appui</translation>
    </message>
</context>
<context>
    <name>SupportEditor</name>
    <message>
        <location filename="../../forms/support_editor.ui" line="+14"/>
        <source>Support request</source>
        <translation type="unfinished">Demande d&apos;appui</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Request no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request number; assigned when the request is first saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not saved yet)</source>
        <translation>(pas encore enregistrée)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where the request stands. Approving it needs the last-resort test, or an override by higher HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Received (Z):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When the request reached us, in Zulu time (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Requesting &amp;org.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The organisation that asks for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the requesting organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Point of &amp;contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The person who made the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the point of contact&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How the request came: through OCHA/CMCoord, a mission component, a local authority or directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What kind of support is asked for. A convoy escort needs the four IASC criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Priorit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lifesaving, life-sustaining, high or normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The humanitarian purpose of the request. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The humanitarian need the support answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where the support starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>Place</source>
        <translation type="unfinished">Lieu</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>MGRS grid of the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>Grid (MGRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where the support goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MGRS grid of the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Date re&amp;quired:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The date by which the support is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+841"/>
        <source>Set the date back to &apos;not set&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-838"/>
        <location line="+841"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="-803"/>
        <source>Du&amp;ration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How long the support is needed, as requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Q&amp;uantities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Number of passengers (pax).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> pax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weight of the cargo in tonnes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number of vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Last resort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Military assets are a last resort: use them only when no civilian means can do the job, when they bring a unique advantage, when they complement civilian means, and only until civilians can take over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Civilian alternatives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Checked: no civilian asset can do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick once you have confirmed that no civilian asset (WFP/UNHAS, commercial, NGO) can meet the need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What was c&amp;hecked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which civilian alternatives were asked, and why they cannot do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. UNHAS fully booked until 12 Dec; no commercial carrier on this road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unique advantage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Capa&amp;bility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the military has the capability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;vailability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only military assets are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;imeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only military assets can do it in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Co&amp;mplementarity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How the military support complements civilian means rather than replacing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How it complements civilian means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>E&amp;xit plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When and how civilians take over again: last resort is temporary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When civilians take over again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Convoy escort: the four IASC criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Armed escorts are a last resort; the IASC (2013) sets four criteria, each to be answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Need and criticality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Humanitarian need and programme criticality: is the need acute and the programme critical enough to justify an armed escort?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <location line="+53"/>
        <location line="+53"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Authorities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Responsible authorities: have the host authorities been asked to provide security, and can they not?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Safety and security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Safety and security: would an escort really make the convoy safer, without drawing attacks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sustainability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Sustainability: is there a plan to do without escorts, and would this one set no precedent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Override by higher HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Higher HQ may order the support without the full last-resort test; record its order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference of higher HQ&apos;s order (message, FRAGO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. FHQ FRAGO 112/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Aut&amp;hority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The HQ or officer who ordered the override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Force Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Decision &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When the request was approved or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Decided &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who decided: commander, chief of staff, higher HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. CO BANBAT 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why it was approved or refused. Required for a refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why it was approved or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>E&amp;xecuting unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The unit that carries out the support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What was done, and how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was done and how it went</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../src/cimicdesk/ui/widgets/undo_bar.py" line="+28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the record back (Ctrl+Z)</source>
        <translation>Rétablir la fiche (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../src/cimicdesk/ui/prompts.py" line="+16"/>
        <source>Your unit</source>
        <translation>Votre unité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CIMIC Desk keeps one database per unit. Which unit is this database for? The name appears on reference numbers (e.g. BANBAT1-2026-0001) and reports.</source>
        <translation>CIMIC Desk tient une base de données par unité. À quelle unité cette base de données appartient-elle&#xa0;? Son nom figure dans les numéros de référence (p. ex. BANBAT1-2026-0001) et dans les rapports.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. BANBAT 1</source>
        <translation>p. ex. BANBAT 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit &amp;name:</source>
        <translation>&amp;Nom de l&apos;unité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>É&amp;chelon&#xa0;:</translation>
    </message>
</context>
</TS>
