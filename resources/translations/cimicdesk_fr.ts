<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/cimicdesk/app.py" line="+93"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+12"/>
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
    <message>
        <location line="+37"/>
        <source>Purge not finished</source>
        <translation>Purge inachevée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A purge made before the program last stopped could not be finished: {problem}. It is tried again at the next start.</source>
        <translation>Une purge commencée avant le dernier arrêt du programme n’a pas pu être achevée&#xa0;: {problem}. Elle sera reprise au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The daily backup failed: {error}</source>
        <translation>La sauvegarde quotidienne a échoué : {error}</translation>
    </message>
</context>
<context>
    <name>AssessmentEditor</name>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/assessment.py" line="+219"/>
        <source>(assigned when first saved)</source>
        <translation>(attribuée au premier enregistrement)</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Women, men and children are more than the total.</source>
        <translation>Femmes, hommes et enfants dépassent le total.</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/assessment_form.py" line="+117"/>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The community</source>
        <translation>La communauté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>as the community writes it</source>
        <translation>tel que la communauté l&apos;écrit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>prefecture, state, region</source>
        <translation>préfecture, État, région</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sub-prefecture</source>
        <translation>sous-préfecture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>12 km N of Kaga-Bandoro, Batangafo axis</source>
        <translation>12 km au N de Kaga-Bandoro, axe Batangafo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where it lies, in words; type a town&apos;s name to choose it from the gazetteer</source>
        <translation>Emplacement décrit en clair&#xa0;; tapez le nom d&apos;une localité pour la choisir dans le répertoire géographique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MGRS, or a GPS position</source>
        <translation>MGRS, ou une position GPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The community&apos;s centre</source>
        <translation>Le centre de la communauté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prefecture / sub-prefecture:</source>
        <translation>Préfecture / sous-préfecture&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Grid:</source>
        <translation>Carroyage &amp;MGRS&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When, by whom, how</source>
        <translation>Quand, par qui, comment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The day of the visit (not in the future)</source>
        <translation>Le jour de la visite (pas dans le futur)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BANBAT1 CIMIC team 2, Capt. Rahman</source>
        <translation>Équipe CIMIC 2 du BANBAT1, Cne Rahman</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+277"/>
        <source>Add an organisation…</source>
        <translation>Ajouter une organisation…</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Organisations that assessed with the team; none: the team alone</source>
        <translation>Organisations qui ont évalué avec l&apos;équipe&#xa0;; aucune&#xa0;: l&apos;équipe seule</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a contact…</source>
        <translation>Ajouter un contact…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key informants who are in the contacts: a restricted one shows by its code only. Others are named in the sectors&apos; sources.</source>
        <translation>Informateurs clés figurant dans les contacts&#xa0;: un contact restreint n&apos;apparaît que par son code. Les autres sont nommés dans les sources des secteurs.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Joint with:</source>
        <translation>Con&amp;jointement avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Methods:</source>
        <translation>Méthodes&#xa0;:</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Te&amp;am:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key inf&amp;ormants:</source>
        <translation>Inf&amp;ormateurs clés&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Population (estimates; empty: not known)</source>
        <translation>Population (estimations&#xa0;; vide&#xa0;: inconnu)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known total</source>
        <translation>Total connu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone in the group</source>
        <translation>Toutes les personnes du groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women 18 and over</source>
        <translation>Femmes de 18 ans et plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men 18 and over</source>
        <translation>Hommes de 18 ans et plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under 18, girls and boys</source>
        <translation>Moins de 18 ans, filles et garçons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The total given, else the sum of the parts known</source>
        <translation>Le total indiqué, sinon la somme des parties connues</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Residents</source>
        <translation>Résidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IDPs</source>
        <translation>Déplacés (PDI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returnees</source>
        <translation>Retournés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host population living there</source>
        <translation>La population hôte qui y vit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displaced people staying there, in a site or with host families</source>
        <translation>Personnes déplacées qui y séjournent, sur un site ou en familles d&apos;accueil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People who came back to this community</source>
        <translation>Personnes revenues dans cette communauté</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{group}: {figure}</source>
        <translation>{group}&#xa0;: {figure}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sectors (JIAF severity 1–5; type the digit)</source>
        <translation>Secteurs (sévérité JIAF 1–5&#xa0;; tapez le chiffre)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sector and severity</source>
        <translation>Secteur et sévérité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key facts</source>
        <translation>Faits clés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sources (who said so, or seen)</source>
        <translation>Sources (qui l&apos;a dit, ou vu sur place)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cluster: {code}</source>
        <translation>Cluster&#xa0;: {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a cluster: access and security for the humanitarian partners</source>
        <translation>Pas un cluster&#xa0;: accès et sécurité pour les partenaires humanitaires</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— not rated</source>
        <translation>— non coté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{sector}: its severity. Type 1 to 5, or 0 for &apos;not rated&apos;: the team looked but could not tell (never a 1 for &apos;not known&apos;)</source>
        <translation>{sector}&#xa0;: sa sévérité. Tapez 1 à 5, ou 0 pour «&#xa0;non coté&#xa0;»&#xa0;: l&apos;équipe a regardé sans pouvoir juger (jamais 1 pour dire «&#xa0;inconnu&#xa0;»)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{sector}: what the team found</source>
        <translation>{sector}&#xa0;: ce que l&apos;équipe a constaté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{sector}: who said so, or how it was seen</source>
        <translation>{sector}&#xa0;: qui l&apos;a dit, ou comment cela a été observé</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Infrastructure seen</source>
        <translation>Infrastructures observées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add infrastructure (Alt+I)</source>
        <translation>Ajouter une infrastructure (Alt+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row (Alt+I, or Insert in the table); Delete in the table removes one</source>
        <translation>Ajouter une ligne (Alt+I, ou Inser dans le tableau)&#xa0;; Suppr dans le tableau en retire une</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Who already works there</source>
        <translation>Qui intervient déjà sur place</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations working in the community (the 3W; a QIP checks it for duplication)</source>
        <translation>Organisations intervenant dans la communauté (le 3W&#xa0;; un QIP s&apos;y réfère pour éviter les doublons)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Recommended actions</source>
        <translation>Actions recommandées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an action (Alt+R)</source>
        <translation>Ajouter une action (Alt+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row (Alt+R, or Insert in the table); Delete in the table removes one</source>
        <translation>Ajouter une ligne (Alt+R, ou Inser dans le tableau)&#xa0;; Suppr dans le tableau en retire une</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team&apos;s overall judgement, in a few lines</source>
        <translation>L&apos;appréciation d&apos;ensemble de l&apos;équipe, en quelques lignes</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/models/assessment_children.py" line="+39"/>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen; needed when the kind is &apos;Other&apos;</source>
        <translation>Ce qui a été observé&#xa0;; obligatoire quand le type est «&#xa0;Autre&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grid</source>
        <translation>Carroyage MGRS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it is (MGRS), if it was taken</source>
        <translation>Son emplacement (MGRS), s&apos;il a été relevé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Action recommended</source>
        <translation>Action recommandée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addressed to</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mission acts itself only as a last resort (a QIP candidate); most needs go to the humanitarian partners</source>
        <translation>La mission n&apos;agit elle-même qu&apos;en dernier recours (candidat QIP)&#xa0;; la plupart des besoins vont aux partenaires humanitaires</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty when it concerns several sectors</source>
        <translation>Vide si elle concerne plusieurs secteurs</translation>
    </message>
</context>
<context>
    <name>AssessmentLink</name>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/qip_assessment.py" line="+70"/>
        <source>The community assessment that found the need this project answers. Those near the project&apos;s grid or place are listed first.</source>
        <translation>L&apos;évaluation communautaire qui a relevé le besoin auquel répond ce projet. Celles proches du carroyage ou du lieu du projet sont listées en premier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the assessment on the Assessments page.</source>
        <translation>Ouvrir l&apos;évaluation dans la page Évaluations.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Justified by &amp;assessment:</source>
        <translation>&amp;Justifié par l&apos;évaluation&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no assessment linked)</source>
        <translation>(aucune évaluation liée)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{community} ({kind}) · {date} · worst {severity} · {reference}</source>
        <translation>{community} ({kind}) · {date} · sévérité max. {severity} · {reference}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No assessment linked: pick the one that found the need, to see who already works there.</source>
        <translation>Aucune évaluation liée&#xa0;: choisissez celle qui a relevé le besoin, pour voir qui intervient déjà sur place.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no organisation recorded</source>
        <translation>aucune organisation enregistrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sector of this category rated</source>
        <translation>aucun secteur de cette catégorie coté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who already works there:</source>
        <translation>Qui intervient déjà sur place&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity:</source>
        <translation>Sévérité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended:</source>
        <translation>Actions recommandées&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/assessments.py" line="+76"/>
        <source>No sector rated.</source>
        <translation>Aucun secteur coté.</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/assessments.py" line="+50"/>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessments</source>
        <translation>évaluations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New assessment</source>
        <translation>&amp;Nouvelle évaluation</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln assessment(s)</source>
        <translation>
            <numerusform>%Ln évaluation</numerusform>
            <numerusform>%Ln évaluations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assessments made on or after this day; &apos;any&apos; for no limit.</source>
        <translation>Évaluations faites ce jour-là ou après&#xa0;; «&#xa0;sans limite&#xa0;»&#xa0;: pas de borne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessments made on or before this day; &apos;any&apos; for no limit.</source>
        <translation>Évaluations faites ce jour-là ou avant&#xa0;; «&#xa0;sans limite&#xa0;»&#xa0;: pas de borne.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only one kind of community</source>
        <translation>N&apos;afficher qu&apos;un type de communauté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any severity</source>
        <translation>Toute sévérité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{severity} or worse</source>
        <translation>{severity} ou plus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only assessments whose worst sector is at least this severe</source>
        <translation>N&apos;afficher que les évaluations dont le secteur le plus touché atteint au moins cette sévérité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only assessments that rated this sector</source>
        <translation>N&apos;afficher que les évaluations qui ont coté ce secteur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>new assessment</source>
        <translation>nouvelle évaluation</translation>
    </message>
</context>
<context>
    <name>AwaitingSupportModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/alerts.py" line="+255"/>
        <source>{number}: {type} from {requester}, {status}.</source>
        <translation>{number}&#xa0;: {type} pour {requester}, {status}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}: {type}, {status}.</source>
        <translation>{number}&#xa0;: {type}, {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date required has passed.</source>
        <translation>La date requise est dépassée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to open the request.</source>
        <translation>Double-cliquez pour ouvrir la demande.</translation>
    </message>
</context>
<context>
    <name>Cells</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/cells.py" line="+76"/>
        <source>Give a day as YYYY-MM-DD.</source>
        <translation>Indiquez un jour au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose one of the list.</source>
        <translation>Choisissez une entrée de la liste.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give a whole number from {low} to {high}.</source>
        <translation>Indiquez un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a number from {low} to {high}.</source>
        <translation>Indiquez un nombre de {low} à {high}.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/cimicdesk/ui/passphrase_dialogs.py" line="+314"/>
        <source>Change passphrase — CIMIC Desk</source>
        <translation>Changer la phrase secrète — CIMIC Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the passphrase of {name}</source>
        <translation>Changer la phrase secrète de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new passphrase will open the database and its backups; the old one will no longer open them.</source>
        <translation>La nouvelle phrase secrète ouvrira la base de données et ses sauvegardes ; l&apos;ancienne ne les ouvrira plus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;passphrase:</source>
        <translation>Nouvelle &amp;phrase secrète :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it &amp;again:</source>
        <translation>Tapez-la &amp;encore :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>C&amp;hange passphrase</source>
        <translation>C&amp;hanger la phrase secrète</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the passphrase in use now.</source>
        <translation>Tapez la phrase secrète utilisée aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/picked_records.py" line="+164"/>
        <location filename="../../src/cimicdesk/ui/widgets/choices.py" line="+84"/>
        <source>Restricted contact {code}</source>
        <translation>Contact restreint {code}</translation>
    </message>
</context>
<context>
    <name>ColumnFit</name>
    <message>
        <location filename="../../src/cimicdesk/ui/widgets/column_fit.py" line="+180"/>
        <source>Fit columns to the list&apos;s width</source>
        <translation>Ajuster les colonnes à la largeur de la liste</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/actions.py" line="+36"/>
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
        <location filename="../../src/cimicdesk/ui/models/records.py" line="+29"/>
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
        <location filename="../../src/cimicdesk/ui/models/alerts.py" line="-161"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/cimicdesk/ui/models/operations.py" line="+111"/>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location line="+58"/>
        <location filename="../../src/cimicdesk/ui/models/operations.py" line="+88"/>
        <source>Occurred (Z)</source>
        <translation>Survenu (Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/cimicdesk/ui/models/assessments.py" line="-43"/>
        <location filename="../../src/cimicdesk/ui/models/operations.py" line="-6"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/cimicdesk/ui/models/operations.py" line="+14"/>
        <source>Casualties</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <location line="+52"/>
        <location filename="../../src/cimicdesk/ui/models/operations.py" line="+68"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/cimicdesk/ui/models/operations.py" line="+9"/>
        <source>Required</source>
        <translation>Date requise</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/cimicdesk/ui/models/operations.py" line="-6"/>
        <location filename="../../src/cimicdesk/ui/models/records.py" line="+1"/>
        <location line="+147"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/cimicdesk/ui/models/operations.py" line="+7"/>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/models/records.py" line="-146"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/models/alerts.py" line="-54"/>
        <location filename="../../src/cimicdesk/ui/models/operations.py" line="-164"/>
        <location line="+87"/>
        <location filename="../../src/cimicdesk/ui/models/records.py" line="+1"/>
        <location line="+146"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/models/operations.py" line="-104"/>
        <location line="+166"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+103"/>
        <location line="+63"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved USD</source>
        <translation>Approuvé (USD)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../src/cimicdesk/ui/models/records.py" line="-145"/>
        <location line="+147"/>
        <source>Grid</source>
        <translation>Carroyage MGRS</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Received (Z)</source>
        <translation>Reçue (Z)</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/models/records.py" line="-100"/>
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
        <location filename="../../src/cimicdesk/ui/models/alerts.py" line="-2"/>
        <location filename="../../src/cimicdesk/ui/models/operations.py" line="-158"/>
        <location line="+88"/>
        <location filename="../../src/cimicdesk/ui/models/records.py" line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/models/records.py" line="+7"/>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <location line="+83"/>
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
        <location filename="../../src/cimicdesk/ui/models/assessments.py" line="+6"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prefecture / sub-prefecture</source>
        <translation>Préfecture / sous-préfecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst</source>
        <translation>Sévérité max.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/cimicdesk/ui/models/records.py" line="+2"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/models/assessment_reminders.py" line="+29"/>
        <location line="+41"/>
        <location filename="../../src/cimicdesk/ui/models/assessments.py" line="-5"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location line="-40"/>
        <location filename="../../src/cimicdesk/ui/models/assessments.py" line="+1"/>
        <location filename="../../src/cimicdesk/ui/models/search.py" line="+66"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last assessed</source>
        <translation>Dernière évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since</source>
        <translation>Jours écoulés</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Rose</source>
        <translation>En hausse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed</source>
        <translation>Évaluée le</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/models/operations.py" line="-96"/>
        <location filename="../../src/cimicdesk/ui/models/search.py" line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/models/search.py" line="+1"/>
        <source>Matched text</source>
        <translation>Texte trouvé</translation>
    </message>
</context>
<context>
    <name>CommunityTrendDialog</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/assessment_trend.py" line="+55"/>
        <source>Community trend</source>
        <translation>Évolution de la communauté</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Severity over time, per sector (1 minimal – 5 catastrophic)</source>
        <translation>Sévérité dans le temps, par secteur (1 minimale – 5 catastrophique)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Open assessment</source>
        <translation>&amp;Ouvrir l&apos;évaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the assessment of the selected column (or double-click it)</source>
        <translation>Ouvrir l&apos;évaluation de la colonne sélectionnée (ou double-cliquer dessus)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No assessment of this community is left.</source>
        <translation>Il ne reste aucune évaluation de cette communauté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trend: {community}</source>
        <translation>Évolution&#xa0;: {community}</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n assessment(s), {first} to {last}</source>
        <translation>
            <numerusform>%n évaluation, du {first} au {last}</numerusform>
            <numerusform>%n évaluations, du {first} au {last}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Trend…</source>
        <translation>É&amp;volution…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This community&apos;s assessments side by side, each sector&apos;s severity over time</source>
        <translation>Les évaluations de cette communauté côte à côte&#xa0;: la sévérité de chaque secteur dans le temps</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the assessment first.</source>
        <translation>Enregistrez d&apos;abord l&apos;évaluation.</translation>
    </message>
</context>
<context>
    <name>CommunityTrendModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/assessment_trend.py" line="+93"/>
        <source>Worst severity</source>
        <translation>Sévérité maximale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Residents</source>
        <translation>Résidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IDPs</source>
        <translation>Déplacés (PDI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returnees</source>
        <translation>Retournés</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Assessed, not rated: too little to go on.</source>
        <translation>Évalué, non coté&#xa0;: trop peu d&apos;éléments pour juger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rose from {before} to {after}</source>
        <translation>En hausse de {before} à {after}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fell from {before} to {after}</source>
        <translation>En baisse de {before} à {after}</translation>
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
        <location line="+77"/>
        <source>No organisation is called &apos;{name}&apos;. Pick one from the list, or add it on the Organisations page first.</source>
        <translation>Aucune organisation ne s&apos;appelle «&#xa0;{name}&#xa0;». Choisissez-en une dans la liste, ou ajoutez-la d&apos;abord dans la page Organisations.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/records.py" line="-37"/>
        <source>Restricted contact {code}</source>
        <translation>Contact restreint {code}</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../../src/cimicdesk/ui/pages/contacts.py" line="+56"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New contact</source>
        <translation>&amp;Nouveau contact</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
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
    <message>
        <location line="+6"/>
        <source>Reveal restricted</source>
        <translation>Afficher les restreints</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the names, positions and phones of restricted contacts in the list (for this session only; mind who can see the screen)</source>
        <translation>Afficher dans la liste les noms, fonctions et téléphones des contacts restreints (pour cette session seulement ; attention à qui voit l&apos;écran)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Restricted contact {code}</source>
        <translation>Contact restreint {code}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/dashboard.py" line="+171"/>
        <source>Mark &amp;done</source>
        <translation>Marquer &amp;réalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the selected action: it was done</source>
        <translation>Clore l&apos;action sélectionnée&#xa0;: elle a été réalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open liaison entry</source>
        <translation>&amp;Ouvrir l&apos;entrée de liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the liaison entry the action comes from</source>
        <translation>Ouvrir l&apos;entrée de liaison d&apos;où vient l&apos;action</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mark &amp;flash report sent…</source>
        <translation>Marquer le rapport &amp;flash envoyé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record when the flash report on the selected incident went to higher HQ</source>
        <translation>Enregistrer quand le rapport flash sur l&apos;incident sélectionné est parti vers le QG supérieur</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Interval…</source>
        <translation>&amp;Intervalle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many days may pass before a community is assessed again (mission rules)</source>
        <translation>Nombre de jours qui peuvent s&apos;écouler avant qu&apos;une communauté soit réévaluée (règles de la mission)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Communities whose severity rose</source>
        <translation>Communautés dont la sévérité a augmenté</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open follow-up actions</source>
        <translation>Actions de suivi en cours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flash reports pending</source>
        <translation>Rapports flash en attente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Support requests awaiting decision</source>
        <translation>Demandes d&apos;appui en attente de décision</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QIPs late or near the ceiling</source>
        <translation>QIP en retard ou proches du plafond</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Select an action first.</source>
        <translation>Sélectionnez d&apos;abord une action.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action not changed</source>
        <translation>Action non modifiée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Marked done: {action} ({ref}).</source>
        <translation>Marquée réalisée&#xa0;: {action} ({ref}).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select a flash incident first.</source>
        <translation>Sélectionnez d&apos;abord un incident flash.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flash report sent</source>
        <translation>Rapport flash envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did the flash report on {ref} go to higher HQ (Zulu)?</source>
        <translation>Quand le rapport flash sur {ref} est-il parti vers le QG supérieur (heure Zulu)&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Flash report not marked</source>
        <translation>Rapport flash non marqué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flash report on {ref} marked sent.</source>
        <translation>Rapport flash sur {ref} marqué comme envoyé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parent formation</source>
        <translation>Formation supérieure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which formation does {unit} report to (e.g. Sector West)?</source>
        <translation>De quelle formation relève {unit} (p.&#xa0;ex. Secteur Ouest)&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parent formation not recorded</source>
        <translation>Formation supérieure non enregistrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{unit} reports to {parent}.</source>
        <translation>{unit} relève de {parent}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In this database: {counts}</source>
        <translation>Dans cette base de données&#xa0;: {counts}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln liaison entr(y|ies)</source>
        <translation>
            <numerusform>%Ln entrée de liaison</numerusform>
            <numerusform>%Ln entrées de liaison</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln QIP(s)</source>
        <translation>
            <numerusform>%Ln QIP</numerusform>
            <numerusform>%Ln QIP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln support request(s)</source>
        <translation>
            <numerusform>%Ln demande d&apos;appui</numerusform>
            <numerusform>%Ln demandes d&apos;appui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln assessment(s)</source>
        <translation>
            <numerusform>%Ln évaluation</numerusform>
            <numerusform>%Ln évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln open action(s)</source>
        <translation>
            <numerusform>%Ln action en cours</numerusform>
            <numerusform>%Ln actions en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%Ln flash report(s)</source>
        <translation>
            <numerusform>%Ln rapport flash</numerusform>
            <numerusform>%Ln rapports flash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln projet</numerusform>
            <numerusform>%Ln projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln demande</numerusform>
            <numerusform>%Ln demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Communities not assessed for more than %n day(s)</source>
        <translation>
            <numerusform>Communautés non évaluées depuis plus de %n jour</numerusform>
            <numerusform>Communautés non évaluées depuis plus de %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+4"/>
        <source>%Ln communit(y|ies)</source>
        <translation>
            <numerusform>%Ln communauté</numerusform>
            <numerusform>%Ln communautés</numerusform>
        </translation>
    </message>
    <message>
        <location line="-69"/>
        <source>{actions}, {overdue} overdue</source>
        <translation>{actions}, dont en retard&#xa0;: {overdue}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>QIPs: {running} running, {late} late, {near} near the ceiling · Incidents: {open} open, {flash} flash pending · Support requests: {awaiting} awaiting decision</source>
        <translation>QIP — en cours&#xa0;: {running}, en retard&#xa0;: {late}, proches du plafond&#xa0;: {near} · Incidents — ouverts&#xa0;: {open}, flash en attente&#xa0;: {flash} · Demandes d&apos;appui — en attente de décision&#xa0;: {awaiting}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{reports} pending</source>
        <translation>{reports} en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <location line="+4"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>{projects}, {late} late</source>
        <translation>{projects}, dont en retard&#xa0;: {late}</translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <location filename="../../src/cimicdesk/ui/widgets/database_banner.py" line="+48"/>
        <source>EXERCISE — training database: not real data. Its made-up records are for practice and can never be imported into a real database.</source>
        <translation>EXERCICE — base d&apos;entraînement&#xa0;: données fictives. Ses enregistrements inventés servent à l&apos;entraînement et ne peuvent jamais être importés dans une vraie base.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read-only: {reason}</source>
        <translation>Lecture seule&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/common.py" line="+30"/>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../../src/cimicdesk/ui/widgets/draft_banner.py" line="+28"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go back to the record as it was last saved, without these changes</source>
        <translation>Revenir à la fiche telle qu’elle a été enregistrée, sans ces modifications</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restored unsaved changes from {time}. Check them, then save them or discard them.</source>
        <translation>Modifications non enregistrées du {time} restaurées. Vérifiez-les, puis enregistrez-les ou abandonnez-les.</translation>
    </message>
</context>
<context>
    <name>EmptyNotes</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/empty_notes.py" line="+23"/>
        <source>No liaison entries yet.</source>
        <translation>Aucune entrée de liaison pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record your first meeting, call or visit.</source>
        <translation>Enregistrez votre première réunion, appel ou visite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts yet.</source>
        <translation>Aucun contact pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the people you deal with: officials, leaders, agency staff.</source>
        <translation>Ajoutez les personnes avec qui vous traitez&#xa0;: autorités, leaders, personnel des agences.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No organisations yet.</source>
        <translation>Aucune organisation pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the authorities, agencies, NGOs and groups you work with; their people then join them as contacts.</source>
        <translation>Ajoutez les autorités, agences, ONG et groupements avec qui vous travaillez&#xa0;; leurs membres s&apos;y rattachent ensuite comme contacts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No quick impact projects yet.</source>
        <translation>Aucun projet à impact rapide pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a project when it is proposed, then follow it to handover.</source>
        <translation>Enregistrez un projet dès qu&apos;il est proposé, puis suivez-le jusqu&apos;à sa remise.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No incidents yet.</source>
        <translation>Aucun incident pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an incident as soon as it is reported; a flash one reminds you of its flash report.</source>
        <translation>Enregistrez un incident dès qu&apos;il est signalé&#xa0;; pour un incident flash, le programme rappelle le rapport flash.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No support requests yet.</source>
        <translation>Aucune demande d&apos;appui pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a request for military support when it comes in, then decide it.</source>
        <translation>Enregistrez une demande d&apos;appui militaire dès qu&apos;elle arrive, puis statuez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No community assessments yet.</source>
        <translation>Aucune évaluation communautaire pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record each village, site or quarter the teams assess: its people, the severity sector by sector, what should be done.</source>
        <translation>Enregistrez chaque village, site ou quartier évalué par les équipes&#xa0;: sa population, la sévérité secteur par secteur, ce qu&apos;il faut faire.</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <location filename="../../src/cimicdesk/ui/exchange_controller.py" line="+201"/>
        <source>&amp;Export for higher HQ…</source>
        <translation>&amp;Exporter pour le QG supérieur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write this database&apos;s export file for higher HQ (Ctrl+E)</source>
        <translation>Écrire le fichier d&apos;export de cette base de données pour le QG supérieur (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import unit files…</source>
        <translation>&amp;Importer des fichiers d&apos;unité…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge the export files of other units into this database</source>
        <translation>Fusionner dans cette base de données les fichiers d&apos;export d&apos;autres unités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hand over…</source>
        <translation>&amp;Passation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotation: write the handover export and brief, then freeze this database</source>
        <translation>Relève&#xa0;: écrire l&apos;export et le dossier de passation, puis figer cette base de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Take over database…</source>
        <translation>&amp;Reprendre une base de données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotation: install the outgoing contingent&apos;s handover export as yours</source>
        <translation>Relève&#xa0;: installer comme la vôtre l&apos;export de passation du contingent sortant</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Not exported yet</source>
        <translation>Pas encore exporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File → Export for higher HQ… (Ctrl+E)</source>
        <translation>Fichier → Exporter pour le QG supérieur… (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last export {time}: {name}</source>
        <translation>Dernier export {time}&#xa0;: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last export written to {path}</source>
        <translation>Dernier export écrit dans {path}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Something unexpected went wrong ({kind}: {error}). Nothing was lost; please tell whoever looks after CIMIC Desk.</source>
        <translation>Un problème inattendu est survenu ({kind}&#xa0;: {error}). Rien n&apos;a été perdu&#xa0;; prévenez la personne qui s&apos;occupe de CIMIC Desk.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists. Replace it with a new export?</source>
        <translation>{path} existe déjà. Le remplacer par un nouvel export&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting to {name}</source>
        <translation>Export vers {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The export was not written</source>
        <translation>L&apos;export n&apos;a pas été écrit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export written to {path}</source>
        <translation>Export écrit dans {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export written</source>
        <translation>Export écrit</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The export for higher HQ was written to:

{path}

{size}, {records}. Send this file to higher HQ as it is.</source>
        <translation>L&apos;export pour le QG supérieur a été écrit dans&#xa0;:

{path}

{size}, {records}. Envoyez ce fichier tel quel au QG supérieur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing can be imported here</source>
        <translation>Rien ne peut être importé ici</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing {files}</source>
        <translation>Import de {files}</translation>
    </message>
    <message numerus="yes">
        <location line="-39"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-354"/>
        <source>This is not the handover passphrase of {name}. Ask the outgoing officer for it again (it is not a database&apos;s passphrase).</source>
        <translation>Ce n&apos;est pas la phrase secrète de passation de {name}. Redemandez-la à l&apos;officier sortant (ce n&apos;est pas la phrase secrète d&apos;une base de données).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Save this unit&apos;s &amp;card…</source>
        <translation>Enregistrer la &amp;carte de cette unité…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write this unit&apos;s card (the public halves of its keys) for its headquarters or its units to enrol</source>
        <translation>Écrire la carte de cette unité (la moitié publique de ses clés), que son QG ou ses unités enregistreront</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;nrol a card…</source>
        <translation>Enre&amp;gistrer une carte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrol a unit or a headquarters from its card, its fingerprint checked</source>
        <translation>Enregistrer une unité ou un QG d&apos;après sa carte, son empreinte vérifiée</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Save this unit&apos;s card</source>
        <translation>Enregistrer la carte de cette unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CIMIC Desk cards (*.card);;All files (*)</source>
        <translation>Cartes CIMIC Desk (*.card);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The card was not saved</source>
        <translation>La carte n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card saved</source>
        <translation>Carte enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}

Give it to your headquarters (or to your units), then read them this fingerprint over the radio or telephone so they can check it:

{fingerprint}</source>
        <translation>{path}

Donnez-la à votre QG (ou à vos unités), puis lisez-leur cette empreinte par radio ou par téléphone pour qu&apos;ils la vérifient :

{fingerprint}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing can be enrolled here</source>
        <translation>Rien ne peut être enregistré ici</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This card cannot be read</source>
        <translation>Cette carte ne peut pas être lue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrol {unit}?</source>
        <translation>Enregistrer {unit} ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unit} ({level}): its key&apos;s fingerprint is

{fingerprint}

Check it with {unit} over the radio or telephone. Enrol it only if it is the same: this database then accepts its unit files and, for a headquarters above this unit, seals this unit&apos;s files for it.</source>
        <translation>{unit} ({level}) : l&apos;empreinte de sa clé est

{fingerprint}

Vérifiez-la avec {unit} par radio ou par téléphone. Ne l&apos;enregistrez que si elle est identique : cette base de données accepte alors ses fichiers d&apos;unité et, pour un QG au-dessus de cette unité, scelle pour lui les fichiers de cette unité.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enrol</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was enrolled</source>
        <translation>Rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{unit} enrolled</source>
        <translation>{unit} enregistrée</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>The changes since the export {base} were written to:

{path}

{size}, {records}. Higher HQ can import this file only if it has imported that export; if it cannot, send a full file.</source>
        <translation>Les modifications depuis l’export {base} ont été écrites dans&#xa0;:

{path}

{size}, {records}. L’échelon supérieur ne peut importer ce fichier que s’il a importé cet export&#xa0;; sinon, envoyez un fichier complet.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enrol a new unit?</source>
        <translation>Inscrire une nouvelle unité&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} comes from {unit} ({level}), a unit not enrolled in this database. The fingerprint of the key that signed it is:

{fingerprint}

Ask {unit} to read you their fingerprint (over the radio or telephone; it is on their Sync page). Only if it is the same, enrol {unit} and import. Otherwise nothing is imported.</source>
        <translation>{name} vient de {unit} ({level}), une unité qui n&apos;est pas inscrite dans cette base. L&apos;empreinte de la clé qui l&apos;a signé est&#xa0;:

{fingerprint}

Demandez à {unit} de vous lire son empreinte (par radio ou par téléphone&#xa0;; elle figure sur sa page Synchronisation). Seulement si c&apos;est la même, inscrivez {unit} et importez. Sinon, rien n&apos;est importé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enrol and import</source>
        <translation>Inscrire et importer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing was imported: {unit} was not enrolled</source>
        <translation>Rien n&apos;a été importé&#xa0;: {unit} n&apos;a pas été inscrite</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import refused: nothing was changed</source>
        <translation>Import refusé&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} was refused:

{reason}

No file of this batch was imported; the database is unchanged.</source>
        <translation>{name} a été refusé&#xa0;:

{reason}

Aucun fichier de ce lot n&apos;a été importé&#xa0;; la base de données est inchangée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import not done: nothing was changed</source>
        <translation>Import non effectué&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} from {sender}: {count} of other units would be purged or overwritten ({purged} purged or deleted):
{units}</source>
        <translation>{file} de {sender}&#xa0;: {count} d&apos;autres unités seraient purgées ou écrasées (dont {purged} purgées ou supprimées)&#xa0;:
{units}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import changes many records of other units</source>
        <translation>L&apos;import modifie beaucoup d&apos;enregistrements d&apos;autres unités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{files}

That is more than {limit} records of other units from one file. Nothing has been changed yet. Import anyway? (Cancel: nothing is imported.)</source>
        <translation>{files}

C&apos;est plus de {limit} enregistrements d&apos;autres unités venant d&apos;un seul fichier. Rien n&apos;a encore été modifié. Importer quand même&#xa0;? (Annuler&#xa0;: rien n&apos;est importé.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import anyway</source>
        <translation>Importer quand même</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database cannot be handed over</source>
        <translation>Cette base de données ne peut pas être remise</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+19"/>
        <source>Hand over</source>
        <translation>Passation</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Hand over: folder for the export and the brief</source>
        <translation>Passation&#xa0;: dossier de l&apos;export et du dossier de passation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Officer handing over (rank and name):</source>
        <translation>Officier qui remet (grade et nom)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+71"/>
        <source>Officer taking over (rank and name):</source>
        <translation>Officier qui reprend (grade et nom)&#xa0;:</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Hand over this database?</source>
        <translation>Remettre cette base de données&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unit}: the handover export and the handover brief are written to {folder}, handed over by {by} to {to}.

After that this database is read-only: the incoming officer takes the export over (File → Take over database…).</source>
        <translation>{unit}&#xa0;: l&apos;export et le dossier de passation sont écrits dans {folder}, remis par {by} à {to}.

Ensuite cette base de données est en lecture seule&#xa0;: l&apos;officier entrant reprend l&apos;export (Fichier → Reprendre une base de données…).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The handover file is sealed with a handover passphrase: whoever finds the stick reads nothing. Choose it now and give it to {to} apart from the file (by voice, or on paper kept apart, never on the same stick); {to} types it to take the database over.</source>
        <translation>Le fichier de passation est scellé par une phrase secrète de passation : qui trouve la clé USB ne lit rien. Choisissez-la maintenant et donnez-la à {to} à part du fichier (de vive voix, ou sur un papier gardé à part, jamais sur la même clé) ; {to} la tape pour reprendre la base de données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand over: handover passphrase</source>
        <translation>Passation : phrase secrète de passation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handing over to {to}</source>
        <translation>Passation à {to}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The handover was not done</source>
        <translation>La passation n&apos;a pas été faite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Handed over — read-only</source>
        <translation>Remise — lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed over</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The handover export and brief were written:

{export}
{brief}

This database is now handed over — read-only. Give the export to the incoming officer.</source>
        <translation>L&apos;export et le dossier de passation ont été écrits&#xa0;:

{export}
{brief}

Cette base de données est désormais remise — lecture seule. Donnez l&apos;export à l&apos;officier entrant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take over another database</source>
        <translation>Reprendre une autre base de données</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take over database</source>
        <translation>Reprendre une base de données</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This handover file is sealed: type the handover passphrase the outgoing officer gave you.</source>
        <translation>Ce fichier de passation est scellé : tapez la phrase secrète de passation que l&apos;officier sortant vous a donnée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database taken over is installed as {name}, encrypted with a passphrase of your own: the outgoing contingent&apos;s does not open it. Choose it now; CIMIC Desk asks for it each time it opens the database.</source>
        <translation>La base de données reprise est installée sous le nom {name}, chiffrée avec votre propre phrase secrète : celle du contingent sortant ne l&apos;ouvre pas. Choisissez-la maintenant ; CIMIC Desk la demande à chaque ouverture de la base.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take over database: your passphrase</source>
        <translation>Reprendre une base de données : votre phrase secrète</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taking over {name}</source>
        <translation>Reprise de {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The takeover was not done</source>
        <translation>La reprise n&apos;a pas été faite</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The database taken over cannot be opened</source>
        <translation>La base de données reprise ne peut pas être ouverte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handed over by {by} to {to}; </source>
        <translation>Remise par {by} à {to}&#xa0;; </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database taken over</source>
        <translation>Base de données reprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unit} is now open from {path}.

This copy has a new replica id ({replica}…), so its edits are told apart from the outgoing contingent&apos;s. The rotation was recorded: {handed}taken over by {by}.</source>
        <translation>{unit} est maintenant ouverte depuis {path}.

Cette copie a un nouvel identifiant de réplique ({replica}…), de sorte que ses modifications se distinguent de celles du contingent sortant. La relève a été enregistrée&#xa0;: {handed}reprise par {by}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Its signing key is new, vouched for by the outgoing contingent&apos;s key: higher HQ accepts its unit files without enrolling it again.</source>
        <translation>Sa clé de signature est nouvelle, attestée par la clé du contingent sortant&#xa0;: l&apos;échelon supérieur accepte ses fichiers d&apos;unité sans l&apos;inscrire à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its signing key is new and no handover vouches for it (this was not a handover export): higher HQ must enrol this unit again before it accepts its files.</source>
        <translation>Sa clé de signature est nouvelle et aucune passation ne l&apos;atteste (ce n&apos;était pas un export de passation)&#xa0;: l&apos;échelon supérieur doit inscrire à nouveau cette unité avant d&apos;accepter ses fichiers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These map files beside the handover file could not be installed: {names}. Add them from the Map page (Add map file…, Add overlay…).</source>
        <translation>Ces fichiers de carte à côté du fichier de relève n&apos;ont pas pu être installés&#xa0;: {names}. Ajoutez-les depuis la page Carte (Ajouter un fichier de carte…, Ajouter un calque…).</translation>
    </message>
</context>
<context>
    <name>FieldTips</name>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/field_tips.py" line="+13"/>
        <source>MGRS grid reference: zone and latitude band (34N), the two letters of the 100 km square (DM), then easting and northing with the same number of digits, 1 to 5 each (5 digits: to the metre; 3 digits: to 100 m). Spaces and small letters are accepted, e.g. 34N DM 64090 37550 or 34ndm6409037550.</source>
        <translation>Carroyage MGRS&#xa0;: zone et bande de latitude (34N), les deux lettres du carré de 100&#xa0;km (DM), puis l&apos;abscisse et l&apos;ordonnée avec le même nombre de chiffres, de 1 à 5 chacune (5&#xa0;chiffres&#xa0;: au mètre&#xa0;; 3&#xa0;chiffres&#xa0;: à 100&#xa0;m). Les espaces et les minuscules sont acceptés, p.&#xa0;ex. 34N DM 64090 37550 ou 34ndm6409037550.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A latitude/longitude from a GPS or a phone is taken too, latitude first (6.9896, 19.1874 or 6°59&apos;22.6&quot;N 19°11&apos;14.6&quot;E): it becomes the MGRS to 10 m when you leave the field.</source>
        <translation>Une latitude/longitude d&apos;un GPS ou d&apos;un téléphone est acceptée aussi, latitude d&apos;abord (6.9896, 19.1874 ou 6°59&apos;22.6&quot;N 19°11&apos;14.6&quot;E)&#xa0;: elle devient la référence MGRS à 10 m quand vous quittez le champ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format YYYY-MM-DD: type the digits straight on (20261125); Alt+↓ opens the calendar.</source>
        <translation>Format AAAA-MM-JJ&#xa0;: tapez les chiffres à la suite (20261125)&#xa0;; Alt+↓ ouvre le calendrier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format YYYY-MM-DD HH:mm in Zulu time (UTC): type the digits straight on (202611250930); Alt+↓ opens the calendar.</source>
        <translation>Format AAAA-MM-JJ HH:mm en heure Zulu (UTC)&#xa0;: tapez les chiffres à la suite (202611250930)&#xa0;; Alt+↓ ouvre le calendrier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mission&apos;s rules: at most {ceiling} approved per project, and the project finished within {months} months of the first disbursement; a budget above the ceiling or a longer plan is flagged. Mission rules… changes them.</source>
        <translation>Les règles de la mission&#xa0;: au plus {ceiling} approuvés par projet, et le projet achevé dans les {months}&#xa0;mois suivant le premier décaissement&#xa0;; un budget au-dessus du plafond ou un calendrier plus long est signalé. Règles de la mission… les modifie.</translation>
    </message>
</context>
<context>
    <name>FileInUse</name>
    <message>
        <location filename="../../src/cimicdesk/ui/file_in_use.py" line="+36"/>
        <source>The database is open elsewhere</source>
        <translation>La base de données est ouverte ailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is open in another CIMIC Desk window (or a command) on this computer, and only one program at a time may change it.

Open it here read-only? You will see what was saved up to now, and can read and print it, but not change it.</source>
        <translation>{name} est ouvert dans une autre fenêtre de CIMIC Desk (ou par une commande) sur cet ordinateur, et un seul programme à la fois peut le modifier.

L’ouvrir ici en lecture seule ? Vous verrez ce qui a été enregistré jusqu’à présent ; vous pourrez le lire et l’imprimer, mais pas le modifier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
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
    <name>FirstSteps</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/first_steps.py" line="+75"/>
        <source>First steps in this database</source>
        <translation>Premiers pas dans cette base</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This list goes away once the first organisation, contact and liaison entry are saved.</source>
        <translation>Cette liste disparaît une fois enregistrés la première organisation, le premier contact et la première entrée de liaison.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your unit: {unit}, reporting to {parent}</source>
        <translation>Votre unité&#xa0;: {unit}, qui relève de {parent}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your unit: {unit}. Record the formation it reports to.</source>
        <translation>Votre unité&#xa0;: {unit}. Indiquez la formation dont elle relève.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set parent formation…</source>
        <translation>Indiquer la formation supérieure…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The higher HQ this unit reports to, as its files and reports name it</source>
        <translation>Le QG supérieur dont relève cette unité, tel que ses fichiers et rapports le nomment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your first organisation: an authority, agency or NGO you work with</source>
        <translation>Votre première organisation&#xa0;: une autorité, agence ou ONG avec qui vous travaillez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Organisations page with a new organisation</source>
        <translation>Ouvrir la page Organisations sur une nouvelle organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your first contact: a person you deal with</source>
        <translation>Votre premier contact&#xa0;: une personne avec qui vous traitez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Contacts page with a new contact</source>
        <translation>Ouvrir la page Contacts sur un nouveau contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your first meeting, call or visit, in the liaison log</source>
        <translation>Votre première réunion, appel ou visite, dans le journal de liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New liaison entry</source>
        <translation>Nouvelle entrée de liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Liaison log with a new entry</source>
        <translation>Ouvrir le journal de liaison sur une nouvelle entrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mission&apos;s QIP rules: at most {ceiling} a project, finished within {duration}</source>
        <translation>Les règles QIP de la mission&#xa0;: au plus {ceiling} par projet, achevé en {duration}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln mois</numerusform>
            <numerusform>%Ln mois</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QIP rules…</source>
        <translation>Règles QIP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check or change the ceiling and longest plan the mission set</source>
        <translation>Vérifier ou modifier le plafond et la durée maximale fixés par la mission</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mission area: {countries}</source>
        <translation>La zone de la mission&#xa0;: {countries}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mission area: its countries&apos; towns and villages on the map and in place fields</source>
        <translation>La zone de la mission&#xa0;: les villes et villages de ses pays sur la carte et dans les champs de lieu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mission area…</source>
        <translation>Zone de la mission…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit → Preferences: choose the mission&apos;s countries</source>
        <translation>Édition → Préférences&#xa0;: choisir les pays de la mission</translation>
    </message>
</context>
<context>
    <name>FlashIncidentsModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/alerts.py" line="+40"/>
        <source>{category}: {subcategory}</source>
        <translation>{category}&#xa0;: {subcategory}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flash report not marked sent. Double-click to open the incident.</source>
        <translation>Rapport flash non marqué comme envoyé. Double-cliquez pour ouvrir l&apos;incident.</translation>
    </message>
</context>
<context>
    <name>GridField</name>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/grid_field.py" line="+24"/>
        <source>Made from {position} (to 10 m). Ctrl+Z undoes.</source>
        <translation>Obtenue de {position} (à 10 m). Ctrl+Z annule.</translation>
    </message>
</context>
<context>
    <name>IdleMenu</name>
    <message>
        <location filename="../../src/cimicdesk/ui/idle_lock.py" line="+120"/>
        <source>Lock when &amp;idle</source>
        <translation>Verrouiller en cas d&apos;&amp;inactivité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>After %Ln minute(s)</source>
        <translation>
            <numerusform>Après %Ln minute</numerusform>
            <numerusform>Après %Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../src/cimicdesk/ui/import_report.py" line="+48"/>
        <source>Import report</source>
        <translation>Compte rendu d&apos;import</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Review on the Sync page</source>
        <translation>&amp;Examiner dans la page Synchronisation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not clean the backup {path}: it still holds purged content. Delete it.</source>
        <translation>Impossible de nettoyer la sauvegarde {path}&#xa0;: elle contient encore le contenu purgé. Supprimez-la.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another program has the database open: close it to finish the purge.</source>
        <translation>Un autre programme a ouvert la base&#xa0;: fermez-le pour achever la purge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purge not finished: {reason}</source>
        <translation>Purge inachevée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing imported, nothing changed</source>
        <translation>Rien d&apos;importé, rien de modifié</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%Ln file(s) imported</source>
        <translation>
            <numerusform>%Ln fichier importé</numerusform>
            <numerusform>%Ln fichiers importés</numerusform>
        </translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Purged at {unit}: {count}; their earlier content was removed from this database and its backups.</source>
        <translation>Purgées à {unit}&#xa0;: {count}&#xa0;; leur contenu antérieur a été retiré de cette base de données et de ses sauvegardes.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%Ln file(s) already imported before</source>
        <translation>
            <numerusform>%Ln fichier déjà importé auparavant</numerusform>
            <numerusform>%Ln fichiers déjà importés auparavant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln change(s) of other units&apos; records refused</source>
        <translation>
            <numerusform>%Ln modification d&apos;enregistrements d&apos;autres unités refusée</numerusform>
            <numerusform>%Ln modifications d&apos;enregistrements d&apos;autres unités refusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln concurrent edit(s) to settle</source>
        <translation>
            <numerusform>%Ln modification concurrente à trancher</numerusform>
            <numerusform>%Ln modifications concurrentes à trancher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln possible duplicate(s) to review</source>
        <translation>
            <numerusform>%Ln doublon possible à examiner</numerusform>
            <numerusform>%Ln doublons possibles à examiner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From unit:</source>
        <translation>Unité d&apos;origine&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported:</source>
        <translation>Exporté&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed by:</source>
        <translation>Signé par&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Already imported: this export was imported before. Nothing changed.</source>
        <translation>Déjà importé&#xa0;: cet export a été importé auparavant. Rien n&apos;a changé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported: {new} new, {updated} updated, {deleted} deleted.</source>
        <translation>Importé — nouvelles fiches&#xa0;: {new}, mises à jour&#xa0;: {updated}, supprimées&#xa0;: {deleted}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A copy of the database taken before the import</source>
        <translation>Une copie de la base de données prise avant l&apos;import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup:</source>
        <translation>Sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Concurrent edit: {type} {record}, {field}: kept “{kept}”, other value “{other}” (settle it on the Sync page)</source>
        <translation>Modification concurrente&#xa0;: {type} {record}, {field}&#xa0;: «&#xa0;{kept}&#xa0;» conservé, autre valeur «&#xa0;{other}&#xa0;» (à trancher dans la page Synchronisation)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln change(s) not applied: {unit} may not change records of other units (the exchange rules).</source>
        <translation>
            <numerusform>%Ln modification non appliquée&#xa0;: {unit} ne peut pas modifier les enregistrements d&apos;autres unités (règles d&apos;échange).</numerusform>
            <numerusform>%Ln modifications non appliquées&#xa0;: {unit} ne peut pas modifier les enregistrements d&apos;autres unités (règles d&apos;échange).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln organisation(s) and contact(s) added or changed, attributed to {unit}.</source>
        <translation>
            <numerusform>%Ln organisation ou contact ajouté ou modifié, attribué à {unit}.</numerusform>
            <numerusform>%Ln organisations et contacts ajoutés ou modifiés, attribués à {unit}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Refused: {type} {record} of {owner}: {reason}</source>
        <translation>Refusé&#xa0;: {type} {record} de {owner}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rejected: {type} {record}: {reason}</source>
        <translation>Rejeté&#xa0;: {type} {record}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Record type</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older (ignored)</source>
        <translation>Plus anciennes (ignorées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+36"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../forms/incident_editor.ui" line="+14"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Incident reference; assigned when the incident is first saved.</source>
        <translation>Référence de l&apos;incident&#xa0;; attribuée à son premier enregistrement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not saved yet)</source>
        <translation>(pas encore enregistrée)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open while the incident is followed up; closed when nothing more is expected.</source>
        <translation>Ouvert tant que l&apos;incident est suivi&#xa0;; clos quand plus rien n&apos;est attendu.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Record when the flash report went to higher HQ; the dashboard then drops the incident.</source>
        <translation>Enregistrer quand le rapport flash est parti vers le QG supérieur&#xa0;; le tableau de bord retire alors l&apos;incident.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark flash report sent…</source>
        <translation>Marquer le rapport flash envoyé…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Report</source>
        <translation>&amp;Compte rendu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Occurred (Z):</source>
        <translation>&amp;Survenu (Z)&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When the incident happened, in Zulu time (UTC).</source>
        <translation>Quand l&apos;incident s&apos;est produit, en heure Zulu (UTC).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Reported (Z):</source>
        <translation>Si&amp;gnalé (Z)&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When it was reported to us, in Zulu time (UTC); not before it happened, not in the future.</source>
        <translation>Quand il nous a été signalé, en heure Zulu (UTC)&#xa0;; ni avant qu&apos;il se produise, ni dans le futur.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ACLED event type, or one of the CIMIC additions.</source>
        <translation>Type d&apos;événement ACLED, ou l&apos;un des ajouts CIMIC.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sub-category:</source>
        <translation>Sous-catégor&amp;ie&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The kind of incident within the category.</source>
        <translation>Le type d&apos;incident au sein de la catégorie.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where it happened.</source>
        <translation>Où il s&apos;est produit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Village, road, quarter</source>
        <translation>Village, route, quartier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Grid:</source>
        <translation>Ca&amp;rroyage MGRS&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 34N DM 64090 37550</source>
        <translation>p. ex. 34N DM 64090 37550</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pr&amp;ecision:</source>
        <translation>Pr&amp;écision&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How precisely the place is known: exact, near, or only the area.</source>
        <translation>Avec quelle précision le lieu est connu&#xa0;: exact, approximatif, ou seulement la zone.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Casualties</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Casualties by group: killed, injured, abducted. Type a number on a cell, or double-click it.</source>
        <translation>Victimes par catégorie&#xa0;: tués, blessés, enlevés. Tapez un nombre sur une case, ou double-cliquez dessus.</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/models/casualties.py" line="+25"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{outcome}: {group}</source>
        <translation>{outcome}&#xa0;: {group}</translation>
    </message>
    <message>
        <location filename="../../forms/incident_editor.ui" line="+53"/>
        <source>Source and &amp;narrative</source>
        <translation>Source et &amp;récit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Source c&amp;ontact:</source>
        <translation>C&amp;ontact source&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The person who reported the incident.</source>
        <translation>La personne qui a signalé l&apos;incident.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the source&apos;s contact record.</source>
        <translation>Ouvrir la fiche du contact source.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Source or&amp;ganisation:</source>
        <translation>Or&amp;ganisation source&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The organisation that reported the incident.</source>
        <translation>L&apos;organisation qui a signalé l&apos;incident.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the source organisation.</source>
        <translation>Ouvrir l&apos;organisation source.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Source &amp;note:</source>
        <translation>&amp;Note sur la source&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How the source knows, or another source (e.g. local radio).</source>
        <translation>Comment la source le sait, ou une autre source (p. ex. radio locale).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. eyewitness; local radio</source>
        <translation>p. ex. témoin oculaire&#xa0;; radio locale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;liability:</source>
        <translation>&amp;Fiabilité&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How reliable the source is (A to F).</source>
        <translation>Fiabilité de la source (A à F).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Actors:</source>
        <translation>&amp;Acteurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who was involved: armed groups, communities, forces.</source>
        <translation>Qui était impliqué&#xa0;: groupes armés, communautés, forces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups or communities involved</source>
        <translation>Groupes ou communautés impliqués</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Faits&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What happened: who, what, where, when, how.</source>
        <translation>Ce qui s&apos;est passé&#xa0;: qui, quoi, où, quand, comment.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who, what, where, when, how</source>
        <translation>Qui, quoi, où, quand, comment</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Action ta&amp;ken:</source>
        <translation>&amp;Mesures prises&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What the unit did in response.</source>
        <translation>Ce que l&apos;unité a fait en réponse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the unit did</source>
        <translation>Ce que l&apos;unité a fait</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Assess&amp;ment:</source>
        <translation>É&amp;valuation&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What it means for civilians, the mission and the area.</source>
        <translation>Ce que cela signifie pour les civils, la mission et la zone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Implications for civilians and the mission</source>
        <translation>Conséquences pour les civils et la mission</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/incident.py" line="+48"/>
        <source>(assigned when first saved)</source>
        <translation>(attribuée au premier enregistrement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no contact)</source>
        <translation>(aucun contact)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no organisation)</source>
        <translation>(aucune organisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not specified)</source>
        <translation>(non précisée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a liaison entry…</source>
        <translation>Choisir une entrée de liaison…</translation>
    </message>
    <message numerus="yes">
        <location line="+312"/>
        <source>%Ln casualt(y|ies)</source>
        <translation>
            <numerusform>%Ln victime</numerusform>
            <numerusform>%Ln victimes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FLASH ({why}): flash report not marked sent.</source>
        <translation>FLASH ({why})&#xa0;: rapport flash non marqué comme envoyé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flash report sent {when}.</source>
        <translation>Rapport flash envoyé {when}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a flash incident: no casualties, routine category.</source>
        <translation>Pas un incident flash&#xa0;: aucune victime, catégorie courante.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown liaison entry {id}</source>
        <translation>entrée de liaison inconnue {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (deleted)</source>
        <translation>{name} (supprimée)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}. Double-click to open the entry.</source>
        <translation>{name}. Double-cliquez pour ouvrir l&apos;entrée.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose a liaison entry from the list first, then press Add.</source>
        <translation>Choisissez d&apos;abord une entrée de liaison dans la liste, puis cliquez sur Ajouter.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Liaison entries ({count})</source>
        <translation>Entrées de &amp;liaison ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../forms/incident_editor.ui" line="+29"/>
        <source>&amp;Liaison entries</source>
        <translation>Entrées de &amp;liaison</translation>
    </message>
    <message>
        <location filename="../../forms/incident_editor.ui" line="+9"/>
        <source>Liaison entries in which the incident was reported or discussed. Double-click one to open it.</source>
        <translation>Entrées de liaison dans lesquelles l&apos;incident a été signalé ou évoqué. Double-cliquez sur l&apos;une d&apos;elles pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Liaison entries linked to this incident. Double-click to open one.</source>
        <translation>Entrées de liaison liées à cet incident. Double-cliquez pour en ouvrir une.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the selected liaison entry.</source>
        <translation>Ouvrir l&apos;entrée de liaison sélectionnée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open entry</source>
        <translation>Ouvrir l&apos;entrée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlink the selected liaison entry from this incident.</source>
        <translation>Délier de cet incident l&apos;entrée de liaison sélectionnée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove link</source>
        <translation>Retirer le lien</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Link entry:</source>
        <translation>&amp;Lier une entrée&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a reference, date or place to find a liaison entry.</source>
        <translation>Tapez une référence, une date ou un lieu pour trouver une entrée de liaison.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Link the chosen liaison entry to this incident.</source>
        <translation>Lier l&apos;entrée de liaison choisie à cet incident.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/operations.py" line="+133"/>
        <source>PENDING</source>
        <translation>EN ATTENTE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent {when}</source>
        <translation>envoyé {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{category}: {subcategory}</source>
        <translation>{category}&#xa0;: {subcategory}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A flash incident: its flash report is not marked sent.</source>
        <translation>Incident flash&#xa0;: son rapport flash n&apos;est pas marqué comme envoyé.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/incidents.py" line="+47"/>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New incident</source>
        <translation>&amp;Nouvel incident</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incidents that occurred on or after this day (Z); &apos;any&apos; for no limit.</source>
        <translation>Incidents survenus ce jour-là ou après (Z)&#xa0;; «&#xa0;sans limite&#xa0;»&#xa0;: pas de borne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents that occurred on or before this day (Z); &apos;any&apos; for no limit.</source>
        <translation>Incidents survenus ce jour-là ou avant (Z)&#xa0;; «&#xa0;sans limite&#xa0;»&#xa0;: pas de borne.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open and closed</source>
        <translation>Ouverts et clos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only open or closed incidents</source>
        <translation>N&apos;afficher que les incidents ouverts ou clos</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>Flash pending</source>
        <translation>Flash en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only flash incidents (casualties or an immediate category) whose flash report is not marked sent</source>
        <translation>Seulement les incidents flash (victimes ou catégorie immédiate) dont le rapport flash n&apos;est pas marqué comme envoyé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>new incident</source>
        <translation>nouvel incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ref} · {category} at {place}</source>
        <translation>{ref} · {category} à {place}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mark its flash report sent</source>
        <translation>marquer son rapport flash comme envoyé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flash report sent</source>
        <translation>Rapport flash envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When did the flash report on {ref} go to higher HQ (Zulu)?</source>
        <translation>Quand le rapport flash sur {ref} est-il parti vers le QG supérieur (heure Zulu)&#xa0;?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Flash report not marked: see the message above.</source>
        <translation>Rapport flash non marqué&#xa0;: voir le message ci-dessus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flash report not marked</source>
        <translation>Rapport flash non marqué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flash report on {ref} marked sent.</source>
        <translation>Rapport flash sur {ref} marqué comme envoyé.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../src/cimicdesk/ui/i18n.py" line="+164"/>
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
        <location filename="../../src/cimicdesk/ui/models/lazy.py" line="+275"/>
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
        <source>Tick a meeting that changed something (an agreement, a new need, a risk): the sitrep describes it in a paragraph of its own, beside the week&apos;s summary of meetings.</source>
        <translation>Cochez une réunion qui a changé quelque chose (un accord, un nouveau besoin, un risque)&#xa0;: le SITREP lui consacre un paragraphe à part, à côté du résumé des réunions de la semaine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signi&amp;ficant — its own paragraph in the sitrep</source>
        <translation>Signi&amp;ficative — un paragraphe à part dans le SITREP</translation>
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
        <location filename="../../src/cimicdesk/ui/models/follow_up.py" line="+19"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../forms/liaison_editor.ui" line="+24"/>
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
        <location filename="../../src/cimicdesk/ui/editors/liaison.py" line="+41"/>
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
        <location line="+68"/>
        <source>not recorded</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/models/follow_up.py" line="-4"/>
        <source>Due date, as YYYY-MM-DD</source>
        <translation>Échéance, au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/liaison.py" line="+32"/>
        <source>People and organisations met. Add them with the lists below; double-click one to open it.</source>
        <translation>Personnes et organisations rencontrées. Ajoutez-les avec les listes ci-dessous&#xa0;; double-cliquez sur l&apos;une d&apos;elles pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the end back to &apos;not recorded&apos;</source>
        <translation>Remettre la fin à «&#xa0;non renseignée&#xa0;»</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Restricted contact {code}</source>
        <translation>Contact restreint {code}</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+10"/>
        <source>{kind}: {name}. Double-click to open.</source>
        <translation>{kind}&#xa0;: {name}. Double-cliquez pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../../src/cimicdesk/ui/pages/liaison.py" line="+59"/>
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
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln liaison entr(y|ies)</source>
        <translation>
            <numerusform>%Ln entrée de liaison</numerusform>
            <numerusform>%Ln entrées de liaison</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>LiaisonTableModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/records.py" line="+53"/>
        <source>C-…: a restricted contact, shown by code. Open the entry to see who.</source>
        <translation>C-…&#xa0;: un contact restreint, montré par son code. Ouvrez l’entrée pour voir qui.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../src/cimicdesk/ui/lock_screen.py" line="+79"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} is locked</source>
        <translation>{name} est verrouillée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In {folder}. Its records are hidden and its key is forgotten: type the passphrase to go back to work where you left off.</source>
        <translation>Dans {folder}. Ses fiches sont masquées et sa clé oubliée : tapez la phrase secrète pour reprendre le travail là où vous l&apos;avez laissé.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type the passphrase first.</source>
        <translation>Tapez d&apos;abord la phrase secrète.</translation>
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
        <location filename="../../src/cimicdesk/ui/main_window.py" line="+495"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back &amp;up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Blank &amp;assessment form…</source>
        <translation>&amp;Formulaire d&apos;évaluation vierge…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The community assessment form to print and fill by hand (Reports page: preview, paper, language)</source>
        <translation>Le formulaire d&apos;évaluation communautaire à imprimer et à remplir à la main (page Rapports&#xa0;: aperçu, format, langue)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide every record and forget the key until the passphrase is typed (Ctrl+L)</source>
        <translation>Masquer toutes les fiches et oublier la clé jusqu&apos;à ce que la phrase secrète soit tapée (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New record</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete record…</source>
        <translation>&amp;Supprimer la fiche…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Put back the field changed last; with none, bring back the record just deleted</source>
        <translation>Rétablir le dernier champ modifié&#xa0;; à défaut, faire revenir la fiche tout juste supprimée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change again the field Undo put back</source>
        <translation>Refaire la modification que Annuler a défaite</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search every record: people, organisations, liaison, QIPs, incidents, support requests (Ctrl+F)</source>
        <translation>Rechercher dans toutes les fiches&#xa0;: personnes, organisations, liaison, QIP, incidents, demandes d&apos;appui (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Liaison log</source>
        <translation>&amp;Journal de liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QIPs</source>
        <translation>Projets à impact rapide (&amp;QIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Support requests</source>
        <translation>&amp;Demandes d&apos;appui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assessments</source>
        <translation>É&amp;valuations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Map</source>
        <translation>C&amp;arte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user guide, at the section for this page (F1)</source>
        <translation>Le guide de l&apos;utilisateur, à la partie de cette page (F1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About CIMIC Desk</source>
        <translation>À &amp;propos de CIMIC Desk</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search every record… (Ctrl+F)</source>
        <translation>Rechercher dans toutes les fiches… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type any words: names, places, grid squares, what was said. Enter opens the first result; ↓ goes to the results.</source>
        <translation>Tapez des mots&#xa0;: noms, lieux, carrés MGRS, propos tenus. Entrée ouvre le premier résultat&#xa0;; ↓ va aux résultats.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The grid reference under the cursor on the map</source>
        <translation>Les coordonnées MGRS sous le curseur sur la carte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The open database: {path}</source>
        <translation>Base de données ouverte&#xa0;: {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln liaison entr(y|ies)</source>
        <translation>
            <numerusform>%Ln entrée de liaison</numerusform>
            <numerusform>%Ln entrées de liaison</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln QIP(s)</source>
        <translation>
            <numerusform>%Ln QIP</numerusform>
            <numerusform>%Ln QIP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln support request(s)</source>
        <translation>
            <numerusform>%Ln demande d&apos;appui</numerusform>
            <numerusform>%Ln demandes d&apos;appui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln assessment(s)</source>
        <translation>
            <numerusform>%Ln évaluation</numerusform>
            <numerusform>%Ln évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln follow-up action(s)</source>
        <translation>
            <numerusform>%Ln action de suivi</numerusform>
            <numerusform>%Ln actions de suivi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  ·  handed over — read-only</source>
        <translation>  ·  remise — lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  ·  read-only</source>
        <translation>  ·  lecture seule</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>No backup of this database yet.</source>
        <translation>Aucune sauvegarde de cette base pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup: {time}</source>
        <translation>Dernière sauvegarde&#xa0;: {time}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base en cours…</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The database was backed up to {path}.

{last}</source>
        <translation>La base a été sauvegardée dans {path}.

{last}</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>{name} — locked</source>
        <translation>{name} — verrouillée</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Parent formation: {parent}</source>
        <translation>Formation supérieure&#xa0;: {parent}</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Start a new record on this page</source>
        <translation>Commencer une nouvelle fiche sur cette page</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the record</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the record; Undo brings it back</source>
        <translation>Supprimer la fiche&#xa0;; Annuler la fait revenir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>EXERCISE (training database)</source>
        <translation>EXERCICE (base d&apos;entraînement)</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are unsaved changes on: {where}.

{doing} without saving them?</source>
        <translation>Des modifications ne sont pas enregistrées dans&#xa0;: {where}.

{doing} sans les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open another database</source>
        <translation>Ouvrir une autre base de données</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+98"/>
        <source>Cannot open this file</source>
        <translation>Impossible d&apos;ouvrir ce fichier</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+5"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>This database has no backups yet.</source>
        <translation>Cette base n&apos;a pas encore de sauvegarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which backup should replace the open database?</source>
        <translation>Quelle sauvegarde doit remplacer la base ouverte ?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the open database with the backup of {time}?

Everything recorded since then is set aside: the current file is backed up first.</source>
        <translation>Remplacer la base ouverte par la sauvegarde du {time} ?

Tout ce qui a été saisi depuis est mis de côté : le fichier actuel est d&apos;abord sauvegardé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backup not restored</source>
        <translation>Sauvegarde non restaurée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup of {time} is restored. The restored copy has a new replica id ({replica}), so it will not clash with other copies when merging.</source>
        <translation>La sauvegarde du {time} est restaurée. La copie restaurée a un nouvel identifiant de réplique ({replica}) : elle n&apos;entrera pas en conflit avec d&apos;autres copies lors des fusions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It opens with the backup&apos;s own passphrase, the earlier one you just typed: change it (File → Change passphrase…) if that one should no longer be used.</source>
        <translation>Elle s&apos;ouvre avec la phrase secrète de la sauvegarde, l&apos;ancienne que vous venez de taper : changez-la (Fichier → Changer la phrase secrète…) si celle-ci ne doit plus servir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This backup does not open with the passphrase in use now: it was made under an earlier passphrase. Type the passphrase it was made with.</source>
        <translation>Cette sauvegarde ne s&apos;ouvre pas avec la phrase secrète utilisée aujourd&apos;hui : elle a été faite sous une phrase secrète antérieure. Tapez la phrase secrète avec laquelle elle a été faite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a new database</source>
        <translation>Créer une nouvelle base de données</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the database</source>
        <translation>Impossible de créer la base de données</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait until this is done, then change the passphrase: {task}</source>
        <translation>Attendez que ceci soit terminé, puis changez la phrase secrète : {task}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The passphrase of {name} is changed. From now on only the new passphrase opens the database and its backups.</source>
        <translation>La phrase secrète de {name} est changée. Désormais, seule la nouvelle phrase secrète ouvre la base de données et ses sauvegardes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These backups could not be changed (they are damaged) and still open only with the old passphrase: {files}</source>
        <translation>Ces sauvegardes n&apos;ont pas pu être changées (elles sont endommagées) et ne s&apos;ouvrent toujours qu&apos;avec l&apos;ancienne phrase secrète : {files}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>MapGroup</name>
    <message>
        <location filename="../../src/cimicdesk/ui/preferences_map.py" line="+41"/>
        <source>Map, saved in the database</source>
        <translation>Carte, enregistrée dans la base</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mission area&apos;s countries: their towns and villages are labelled on the map and offered when a place is typed</source>
        <translation>Les pays de la zone de la mission&#xa0;: leurs villes et villages sont nommés sur la carte et proposés quand on tape un lieu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find a country</source>
        <translation>Chercher un pays</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Import GeoNames file…</source>
        <translation>&amp;Importer un fichier GeoNames…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A country file from the GIS section (e.g. CF.txt from geonames.org&apos;s CF.zip): every village, hill, river and spot it holds is added</source>
        <translation>Un fichier pays de la cellule SIG (p. ex. CF.txt tiré de CF.zip sur geonames.org)&#xa0;: chaque village, colline, cours d&apos;eau et site qu&apos;il contient est ajouté</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Mission area: {codes}</source>
        <translation>Zone de la mission&#xa0;: {codes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mission area: none chosen</source>
        <translation>Zone de la mission&#xa0;: aucune choisie</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln place(s) in this database.</source>
        <translation>
            <numerusform>%Ln lieu dans cette base.</numerusform>
            <numerusform>%Ln lieux dans cette base.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%Ln place(s) imported from {file_name}.</source>
        <translation>
            <numerusform>%Ln lieu importé de {file_name}.</numerusform>
            <numerusform>%Ln lieux importés de {file_name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/map.py" line="+89"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QIPs</source>
        <translation>QIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liaison entries</source>
        <translation>Entrées de liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations&apos; offices</source>
        <translation>Bureaux des organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support requests</source>
        <translation>Demandes d&apos;appui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community assessments</source>
        <translation>Évaluations communautaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any time</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No sector rated</source>
        <translation>Aucun secteur coté</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Go to grid, e.g. 34N DM 12345 67890</source>
        <translation>Aller au carroyage, p. ex. 34N DM 12345 67890</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go to place…</source>
        <translation>Aller au lieu…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Whole area</source>
        <translation>Toute la zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole mission area (Home)</source>
        <translation>Montrer toute la zone de la mission (Début)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The map under the records (the maps folder)</source>
        <translation>La carte sous les fiches (le dossier des cartes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add map file…</source>
        <translation>Ajouter un fichier de carte…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an MBTiles map (exported from QGIS) to this database&apos;s maps folder; it travels with the handover</source>
        <translation>Ajouter une carte MBTiles (exportée de QGIS) au dossier des cartes de cette base&#xa0;; elle suit la relève</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove map…</source>
        <translation>Retirer la carte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the map shown out of this database&apos;s maps folder</source>
        <translation>Retirer la carte affichée du dossier des cartes de cette base</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Selected</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+210"/>
        <source>Click a symbol to see what it is.</source>
        <translation>Cliquez sur un symbole pour voir ce qu&apos;il représente.</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected record in its editor (Enter)</source>
        <translation>Ouvrir la fiche sélectionnée dans son éditeur (Entrée)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overlays</source>
        <translation>Calques</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick an overlay to draw it over the map</source>
        <translation>Cochez un calque pour le dessiner sur la carte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add overlay…</source>
        <translation>Ajouter un calque…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add boundaries, roads or other shapes from a GeoJSON file or a shapefile (WGS84) to this database&apos;s maps folder; they travel with the handover</source>
        <translation>Ajouter des limites, des routes ou d&apos;autres formes d&apos;un fichier GeoJSON ou d&apos;un shapefile (WGS84) au dossier des cartes de cette base&#xa0;; elles suivent la relève</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the selected overlay out of this database&apos;s maps folder</source>
        <translation>Retirer le calque sélectionné du dossier des cartes de cette base</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Colour: the unit</source>
        <translation>Couleur&#xa0;: l&apos;unité</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Flash incident (red ring)</source>
        <translation>Incident flash (anneau rouge)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many records: their count; click to zoom in</source>
        <translation>Nombreuses fiches&#xa0;: leur nombre&#xa0;; cliquez pour zoomer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records at one spot: how many</source>
        <translation>Fiches au même endroit&#xa0;: combien</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Community assessments: worst severity</source>
        <translation>Évaluations communautaires&#xa0;: sévérité maximale</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>FLASH</source>
        <translation>FLASH</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No place called “{name}” in the gazetteer.</source>
        <translation>Aucun lieu nommé «&#xa0;{name}&#xa0;» dans le répertoire géographique.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No basemap</source>
        <translation>Pas de fond de carte</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot show this map</source>
        <translation>Impossible d&apos;afficher cette carte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove map</source>
        <translation>Retirer la carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the map &apos;{name}&apos; from this database&apos;s maps folder? The file it was added from is not touched; it can be added again.</source>
        <translation>Retirer la carte «&#xa0;{name}&#xa0;» du dossier des cartes de cette base&#xa0;? Le fichier d&apos;où elle a été ajoutée n&apos;est pas touché&#xa0;; elle peut être ajoutée de nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+139"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Map not removed</source>
        <translation>Carte non retirée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Map not added</source>
        <translation>Carte non ajoutée</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} (cannot be drawn)</source>
        <translation>{name} (ne peut pas être dessiné)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n shape(s) from {file}</source>
        <translation>
            <numerusform>%n forme tirée de {file}</numerusform>
            <numerusform>%n formes tirées de {file}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Overlay not added</source>
        <translation>Calque non ajouté</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove overlay</source>
        <translation>Retirer le calque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the overlay &apos;{name}&apos; from this database&apos;s maps folder? The file it was added from is not touched; it can be added again.</source>
        <translation>Retirer le calque «&#xa0;{name}&#xa0;» du dossier des cartes de cette base&#xa0;? Le fichier d&apos;où il a été ajouté n&apos;est pas touché&#xa0;; il peut être ajouté de nouveau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overlay not removed</source>
        <translation>Calque non retiré</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message numerus="yes">
        <location filename="../../src/cimicdesk/ui/map/view.py" line="+751"/>
        <source>%n record(s) here: click to zoom in</source>
        <translation>
            <numerusform>%n fiche ici&#xa0;: cliquez pour zoomer</numerusform>
            <numerusform>%n fiches ici&#xa0;: cliquez pour zoomer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissionSettingsDialog</name>
    <message>
        <location filename="../../src/cimicdesk/ui/operation_dialogs.py" line="+152"/>
        <source>Mission QIP rules</source>
        <translation>Règles QIP de la mission</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mission&apos;s rules for Quick Impact Projects. They travel with the database: set them as your mission&apos;s QIP guidelines say (doctrine default: USD 50,000 and 6 months).</source>
        <translation>Les règles de la mission pour les projets à impact rapide. Elles voyagent avec la base de données&#xa0;: réglez-les selon les directives QIP de votre mission (par défaut selon la doctrine&#xa0;: 50 000 USD et 6 mois).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ceiling per project:</source>
        <translation>&amp;Plafond par projet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Longest plan:</source>
        <translation>&amp;Durée maximale&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A community not assessed for longer than this is named on the dashboard (from {low} to {high} days)</source>
        <translation>Une communauté non évaluée depuis plus longtemps que ce délai est signalée au tableau de bord (de {low} à {high} jours)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Assess communities again after:</source>
        <translation>&amp;Réévaluer les communautés après&#xa0;:</translation>
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
        <source>Assessments</source>
        <translation>Évaluations</translation>
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
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../src/cimicdesk/ui/passphrase_dialogs.py" line="-108"/>
        <source>New &amp;passphrase:</source>
        <translation>Nouvelle &amp;phrase secrète :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it &amp;again:</source>
        <translation>Tapez-la &amp;encore :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Définir la phrase secrète</translation>
    </message>
</context>
<context>
    <name>OpenActionsModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/actions.py" line="+28"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationsPage</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/operations.py" line="+21"/>
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{what} on or after this day (Z); &apos;any&apos; for no limit.</source>
        <translation>{what} ce jour-là ou après (Z)&#xa0;; «&#xa0;sans limite&#xa0;»&#xa0;: pas de borne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} on or before this day (Z); &apos;any&apos; for no limit.</source>
        <translation>{what} ce jour-là ou avant (Z)&#xa0;; «&#xa0;sans limite&#xa0;»&#xa0;: pas de borne.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only one unit&apos;s records (a sector file holds several)</source>
        <translation>N&apos;afficher que les fiches d&apos;une unité (un fichier de secteur en contient plusieurs)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>any</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save the {noun} first, then {doing}.</source>
        <translation>Enregistrez d&apos;abord la fiche, puis {doing}.</translation>
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
        <location line="+55"/>
        <source>No organisation is called &apos;{name}&apos;. Pick one from the list.</source>
        <translation>Aucune organisation ne s&apos;appelle «&#xa0;{name}&#xa0;». Choisissez-en une dans la liste.</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/records.py" line="-157"/>
        <source>{name}: keeps its distance from the military; liaise discreetly.</source>
        <translation>{name}&#xa0;: garde ses distances avec les militaires&#xa0;; assurer la liaison avec discrétion.</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/organisations.py" line="+44"/>
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
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
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
    <name>OverdueCommunitiesModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/assessment_reminders.py" line="-14"/>
        <source>Last assessed {day}, {days} days ago. Double-click to see its trend.</source>
        <translation>Dernière évaluation le {day}, il y a {days} jours. Double-cliquez pour voir son évolution.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../src/cimicdesk/ui/passphrase_dialogs.py" line="-144"/>
        <source>At least {minimum} characters. A few unrelated words, with a number or two, are easy to remember and hard to guess.</source>
        <translation>Au moins {minimum} caractères. Quelques mots sans rapport entre eux, avec un ou deux chiffres, sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;A lost passphrase cannot be recovered.&lt;/b&gt; Nobody can open the database or its backups without it: not your headquarters, not the makers of CIMIC Desk. Keep it as you keep other classified material.</source>
        <translation>&lt;b&gt;Une phrase secrète perdue ne peut pas être retrouvée.&lt;/b&gt; Personne ne peut ouvrir la base de données ni ses sauvegardes sans elle : ni votre état-major, ni les auteurs de CIMIC Desk. Conservez-la comme vos autres documents classifiés.</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location line="-64"/>
        <source>Hide the passphrase</source>
        <translation>Masquer la phrase secrète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../src/cimicdesk/ui/widgets/period.py" line="+117"/>
        <source>ISO &amp;week</source>
        <translation>&amp;Semaine ISO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Monday-to-Sunday week, as weekly sitreps are written</source>
        <translation>Une semaine du lundi au dimanche, comme pour les SITREP hebdomadaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any period: the first and last day, both included</source>
        <translation>Toute période&#xa0;: premier et dernier jour inclus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Year of the ISO week</source>
        <translation>Année de la semaine ISO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ISO week number (weeks start on Monday)</source>
        <translation>Numéro de semaine ISO (les semaines commencent le lundi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week before</source>
        <translation>La semaine précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The week after</source>
        <translation>La semaine suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the week of today</source>
        <translation>Aller à la semaine en cours</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period (included)</source>
        <translation>Dernier jour de la période (inclus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message numerus="yes">
        <location line="+155"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickedRecords</name>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/picked_records.py" line="-125"/>
        <source>No organisation is called &apos;{name}&apos;. Pick one from the list, or add it on the Organisations page first.</source>
        <translation>Aucune organisation ne s&apos;appelle «&#xa0;{name}&#xa0;». Choisissez-en une dans la liste, ou ajoutez-la d&apos;abord dans la page Organisations.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contact is called &apos;{name}&apos;. Pick one from the list, or add it on the Contacts page first.</source>
        <translation>Aucun contact ne s&apos;appelle «&#xa0;{name}&#xa0;». Choisissez-en un dans la liste, ou ajoutez-le d&apos;abord dans la page Contacts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown organisation {id}</source>
        <translation>organisation inconnue {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown contact {id}</source>
        <translation>contact inconnu {id}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the one named (Enter)</source>
        <translation>Ajouter l&apos;élément saisi (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the one selected in the list (Delete)</source>
        <translation>Retirer l&apos;élément sélectionné dans la liste (Suppr)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>{name} (deleted)</source>
        <translation>{name} (supprimé)</translation>
    </message>
</context>
<context>
    <name>Pickers</name>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/common.py" line="+4"/>
        <source>No organisation is called &apos;{name}&apos;. Pick one from the list, or add it on the Organisations page first.</source>
        <translation>Aucune organisation ne s&apos;appelle «&#xa0;{name}&#xa0;». Choisissez-en une dans la liste, ou ajoutez-la d&apos;abord dans la page Organisations.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contact is called &apos;{name}&apos;. Pick one from the list, or add it on the Contacts page first.</source>
        <translation>Aucun contact ne s&apos;appelle «&#xa0;{name}&#xa0;». Choisissez-en un dans la liste, ou ajoutez-le d&apos;abord dans la page Contacts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No assessment is called &apos;{name}&apos;. Pick one from the list, or record it on the Assessments page first.</source>
        <translation>Aucune évaluation ne s&apos;appelle «&#xa0;{name}&#xa0;». Choisissez-en une dans la liste, ou enregistrez-la d&apos;abord dans la page Évaluations.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No {what} is called &apos;{name}&apos;. Pick one from the list, or add it on the {where} page first.</source>
        <translation>Aucune fiche ({what}) ne s&apos;appelle «&#xa0;{name}&#xa0;». Choisissez-en une dans la liste, ou ajoutez-la d&apos;abord dans la page {where}.</translation>
    </message>
</context>
<context>
    <name>PlaceField</name>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/place_field.py" line="+19"/>
        <source>Centre of {place} (to 100 m), not the site itself.</source>
        <translation>Centre de {place} (à 100 m), pas le site lui-même.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/placeholder.py" line="+16"/>
        <source>Reports (weekly sitrep, sector sitrep, handover brief) are not in this version yet. They arrive with the reports update.</source>
        <translation>Les rapports (SITREP hebdomadaire, SITREP de secteur, dossier de passation) ne sont pas encore dans cette version. Ils arrivent avec la mise à jour des rapports.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync (exporting this unit&apos;s file, importing and merging other units&apos; files) is not in this version yet. It arrives with the sync and handover update.</source>
        <translation>La synchronisation (export du fichier de l&apos;unité, import et fusion des fichiers des autres unités) n&apos;est pas encore dans cette version. Elle arrive avec la mise à jour synchronisation et passation.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../src/cimicdesk/ui/preferences.py" line="+338"/>
        <source>Preferences saved. The language applies at the next start.</source>
        <translation>Préférences enregistrées. La langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location line="-258"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This laptop</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same as the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takes effect at the next start</source>
        <translation>Prend effet au prochain démarrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the next start</source>
        <translation>au prochain démarrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Small (fits more on a small screen)</source>
        <translation>Petite (plus de place sur un petit écran)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+96"/>
        <source>After %Ln minute(s)</source>
        <translation>
            <numerusform>Après %Ln minute</numerusform>
            <numerusform>Après %Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Lock when &amp;idle:</source>
        <translation>&amp;Verrouiller après inactivité&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups of this database, on this laptop</source>
        <translation>Sauvegardes de cette base, sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One a day, the first time the database is opened that day</source>
        <translation>Une par jour, à la première ouverture de la base ce jour-là</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Daily backups kept:</source>
        <translation>Sauvegardes &amp;quotidiennes gardées&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken before an import, a restore or an upgrade, and by Back up now</source>
        <translation>Faites avant un import, une restauration ou une mise à niveau, et par Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Other backups kept:</source>
        <translation>&amp;Autres sauvegardes gardées&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups already taken stay where they are and can still be restored; the oldest are removed as new ones are taken.</source>
        <translation>Les sauvegardes déjà faites restent où elles sont et peuvent toujours être restaurées&#xa0;; les plus anciennes sont supprimées à mesure que de nouvelles sont faites.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reports of this unit, saved in the database</source>
        <translation>Rapports de cette unité, enregistrés dans la base</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{marking} (default)</source>
        <translation>{marking} (par défaut)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printed at the top and bottom of reports and record sheets, unless a report&apos;s own marking is typed on the Reports page</source>
        <translation>Imprimée en haut et en bas des rapports et des fiches imprimées, sauf si une mention propre au rapport est saisie dans la page Rapports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default &amp;marking:</source>
        <translation>&amp;Mention par défaut&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{addressee} (default)</source>
        <translation>{addressee} (par défaut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whom the sitrep is addressed to (its TO line)</source>
        <translation>À qui le SITREP est adressé (sa ligne À)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitrep &amp;addressed to:</source>
        <translation>SITREP &amp;adressé à&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who gets a copy of the sitrep (its CC line)</source>
        <translation>Qui reçoit une copie du SITREP (sa ligne COPIE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sitrep &amp;copy to:</source>
        <translation>SITREP en &amp;copie à&#xa0;:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Folder for the backups of {name}</source>
        <translation>Dossier des sauvegardes de {name}</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../../src/cimicdesk/ui/widgets/pdf_preview.py" line="+136"/>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open in PDF &amp;viewer</source>
        <translation>Ouvrir dans la &amp;visionneuse PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this preview in the program the computer uses for PDFs</source>
        <translation>Ouvrir cet aperçu dans le programme que l&apos;ordinateur utilise pour les PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  ·  first {pages} shown: open it in the PDF viewer for the rest</source>
        <translation>  ·  premières {pages} affichées&#xa0;: ouvrez-le dans la visionneuse PDF pour la suite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview — {title}</source>
        <translation>Aperçu — {title}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Page {number}…</source>
        <translation>Page {number}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(this page could not be shown)</source>
        <translation>(cette page n&apos;a pas pu être affichée)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Showing pages {first}–{last}</source>
        <translation>Pages {first} à {last} affichées</translation>
    </message>
</context>
<context>
    <name>PrintRecord</name>
    <message>
        <location filename="../../src/cimicdesk/ui/print_record.py" line="+36"/>
        <source>PDF documents (*.pdf);;Word documents (*.docx);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Documents Word (*.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry</source>
        <translation>entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print this {noun} as it was last saved (PDF, Ctrl+P)</source>
        <translation>Imprimer cette fiche ({noun}) telle qu&apos;enregistrée en dernier (PDF, Ctrl+P)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Print the {noun}</source>
        <translation>Imprimer la fiche ({noun})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the {noun} first; then print it.</source>
        <translation>Enregistrez d&apos;abord la fiche ({noun})&#xa0;; imprimez-la ensuite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This {noun} has changes that are not saved. The printout shows it as it was last saved.</source>
        <translation>Cette fiche ({noun}) a des modifications non enregistrées. L&apos;impression la montre telle qu&apos;elle a été enregistrée en dernier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print as saved</source>
        <translation>Imprimer la version enregistrée</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The {noun} was not printed</source>
        <translation>La fiche ({noun}) n&apos;a pas été imprimée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{reference} was written to {path}.</source>
        <translation>{reference} a été écrit dans {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it</source>
        <translation>L&apos;ouvrir</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../src/cimicdesk/ui/prompts.py" line="+52"/>
        <source>CIMIC Desk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données CIMIC Desk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.heic);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.heic);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CIMIC Desk exports (*.cimic);;All files (*)</source>
        <translation>Exports CIMIC Desk (*.cimic);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBTiles maps (*.mbtiles);;All files (*)</source>
        <translation>Cartes MBTiles (*.mbtiles);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlays: GeoJSON or shapefile (*.geojson *.json *.shp);;All files (*)</source>
        <translation>Calques&#xa0;: GeoJSON ou shapefile (*.geojson *.json *.shp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GeoNames country files (*.txt);;All files (*)</source>
        <translation>Fichiers pays GeoNames (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard changes</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Add a photo</source>
        <translation>Ajouter une photo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a map file</source>
        <translation>Ajouter un fichier de carte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an overlay</source>
        <translation>Ajouter un calque</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export for higher HQ</source>
        <translation>Export pour le QG supérieur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import unit files</source>
        <translation>Importer des fichiers d&apos;unité</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take over database: the handover export</source>
        <translation>Reprendre une base de données&#xa0;: l&apos;export de passation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enrol a card</source>
        <translation>Enregistrer une carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CIMIC Desk cards (*.card);;All files (*)</source>
        <translation>Cartes CIMIC Desk (*.card);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take over database: install it as</source>
        <translation>Reprendre une base de données&#xa0;: l&apos;installer sous</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a GeoNames country file</source>
        <translation>Importer un fichier pays GeoNames</translation>
    </message>
</context>
<context>
    <name>QipAlertsModel</name>
    <message numerus="yes">
        <location filename="../../src/cimicdesk/ui/models/alerts.py" line="-92"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late {days}</source>
        <translation>en retard de {days}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/cimicdesk/ui/pages/dashboard.py" line="-267"/>
        <source>near ceiling: {amount}</source>
        <translation>proche du plafond&#xa0;: {amount}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{number}: {title} ({status}); {why}. Double-click to open the project.</source>
        <translation>{number}&#xa0;: {title} ({status})&#xa0;; {why}. Double-cliquez pour ouvrir le projet.</translation>
    </message>
</context>
<context>
    <name>QipEditor</name>
    <message>
        <location filename="../../forms/qip_editor.ui" line="+14"/>
        <source>Quick Impact Project</source>
        <translation>Projet à impact rapide</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Project no.:</source>
        <translation>N° du projet&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Project number; assigned when the project is first saved.</source>
        <translation>Numéro du projet&#xa0;; attribué à son premier enregistrement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not saved yet)</source>
        <translation>(pas encore enregistrée)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identified</source>
        <translation>Identifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the project stands. Change it with the buttons below, never by editing.</source>
        <translation>Où en est le projet. Changez-le avec les boutons ci-dessous, jamais en le modifiant directement.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The QIP lifecycle: done stages ticked, the current one in bold.</source>
        <translation>Le cycle de vie du QIP&#xa0;: étapes franchies cochées, l&apos;étape en cours en gras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move to:</source>
        <translation>Passer à&#xa0;:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Short name of the project, as the PRC knows it.</source>
        <translation>Nom court du projet, tel que le connaît le CEP.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Borehole for Kidjigra village</source>
        <translation>p. ex. Forage pour le village de Kidjigra</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>QIP category; it gives the cluster code for the 3W.</source>
        <translation>Catégorie du QIP&#xa0;; elle donne le code de cluster pour le 3W.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Objective:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How the project builds confidence in the mission, its mandate or the peace process. Required before submitting.</source>
        <translation>Comment le projet renforce la confiance dans la mission, son mandat ou le processus de paix. Obligatoire avant la soumission.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How it builds confidence in the mission or the peace process</source>
        <translation>Comment il renforce la confiance dans la mission ou le processus de paix</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Village or town of the project.</source>
        <translation>Village ou ville du projet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Village, town</source>
        <translation>Village, ville</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Grid:</source>
        <translation>Ca&amp;rroyage MGRS&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 34N DM 64090 37550</source>
        <translation>p. ex. 34N DM 64090 37550</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Partner:</source>
        <translation>Pa&amp;rtenaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The organisation that carries out the work (local authority, NGO, community group). Required before approval.</source>
        <translation>L&apos;organisation qui exécute les travaux (autorité locale, ONG, groupement communautaire). Obligatoire avant l&apos;approbation.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the implementing partner.</source>
        <translation>Ouvrir le partenaire d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/qip_assessment.py" line="-86"/>
        <location filename="../../forms/qip_editor.ui" line="+3"/>
        <location line="+53"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../forms/qip_editor.ui" line="-28"/>
        <source>&amp;Focal point:</source>
        <translation>Point &amp;focal&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The community&apos;s or partner&apos;s contact person for the project.</source>
        <translation>La personne de contact de la communauté ou du partenaire pour le projet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the focal point&apos;s contact record.</source>
        <translation>Ouvrir la fiche du point focal.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Proposing &amp;unit:</source>
        <translation>&amp;Unité proposante&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The unit that proposes the project; this unit when left empty.</source>
        <translation>L&apos;unité qui propose le projet&#xa0;; cette unité si le champ est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this unit when left empty</source>
        <translation>cette unité si vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Duplication check:</source>
        <translation>&amp;Non-duplication&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Who else works here on the same need, and why this project duplicates no one (GA 61/276).</source>
        <translation>Qui d&apos;autre travaille ici sur le même besoin, et pourquoi ce projet ne fait double emploi avec personne (AG 61/276).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who else works here, why this is no duplicate</source>
        <translation>Qui d&apos;autre travaille ici, pourquoi ce n&apos;est pas un doublon</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Men</source>
        <translation>Hommes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Targeted</source>
        <translation>Ciblés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Men the project is meant to benefit</source>
        <translation>Hommes que le projet doit toucher</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Women the project is meant to benefit</source>
        <translation>Femmes que le projet doit toucher</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Children the project is meant to benefit</source>
        <translation>Enfants que le projet doit toucher</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+62"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Reached</source>
        <translation>Atteints</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Men reached so far</source>
        <translation>Hommes atteints à ce jour</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Women reached so far</source>
        <translation>Femmes atteintes à ce jour</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Children reached so far</source>
        <translation>Enfants atteints à ce jour</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Budget, dates</source>
        <translation>&amp;Budget, dates</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The mission&apos;s QIP rules: the largest approved budget and the longest plan.</source>
        <translation>Les règles QIP de la mission&#xa0;: le plus gros budget approuvable et la plus longue durée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the mission&apos;s QIP ceiling and longest duration.</source>
        <translation>Modifier le plafond QIP et la durée maximale de la mission.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mission rules…</source>
        <translation>Règles de la mission…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Requested:</source>
        <translation>&amp;Demandé&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Budget requested, in US dollars.</source>
        <translation>Budget demandé, en dollars des États-Unis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <location line="+193"/>
        <source>USD </source>
        <translation>USD </translation>
    </message>
    <message>
        <location line="-218"/>
        <source>&amp;Approved:</source>
        <translation>&amp;Approuvé&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Budget approved by the PRC, in US dollars; at most the mission&apos;s ceiling.</source>
        <translation>Budget approuvé par le CEP, en dollars des États-Unis&#xa0;; au plus le plafond de la mission.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Local c&amp;urrency:</source>
        <translation>Devise l&amp;ocale&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Three-letter currency code of local payments, e.g. XAF.</source>
        <translation>Code à trois lettres de la devise des paiements locaux, p. ex. XAF.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>XAF</source>
        <translation>XAF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rate:</source>
        <translation>Taux&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Local currency units per US dollar.</source>
        <translation>Unités de devise locale pour un dollar des États-Unis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> per USD</source>
        <translation> pour 1 USD</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Co&amp;mmunity gives:</source>
        <translation>Apport de la co&amp;mmunauté&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the community contributes: labour, materials, land.</source>
        <translation>Ce qu&apos;apporte la communauté&#xa0;: main-d&apos;œuvre, matériaux, terrain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. labour, sand and gravel</source>
        <translation>p. ex. main-d&apos;œuvre, sable et gravier</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contribution &amp;worth:</source>
        <translation>&amp;Valeur de l&apos;apport&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Estimated value of the community&apos;s contribution, in US dollars.</source>
        <translation>Valeur estimée de l&apos;apport de la communauté, en dollars des États-Unis.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>PRC &amp;date:</source>
        <translation>&amp;Date du CEP&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Date of the Project Review Committee.</source>
        <translation>Date du Comité d&apos;examen des projets (CEP).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+106"/>
        <location line="+72"/>
        <location line="+72"/>
        <location line="+72"/>
        <location line="+72"/>
        <source>Set the date back to &apos;not set&apos;</source>
        <translation>Remettre la date à «&#xa0;non renseignée&#xa0;»</translation>
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
        <translation>Décisio&amp;n du CEP&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the PRC decided, in its words.</source>
        <translation>Ce qu&apos;a décidé le CEP, dans ses termes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PRC r&amp;eference:</source>
        <translation>Réf&amp;érence du CEP&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference of the PRC minutes or decision.</source>
        <translation>Référence du procès-verbal ou de la décision du CEP.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned &amp;start:</source>
        <translation>Début &amp;prévu&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When the work is planned to start.</source>
        <translation>Date prévue du début des travaux.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Planned &amp;end:</source>
        <translation>&amp;Fin prévue&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When the work is planned to end; a project past it while open is late.</source>
        <translation>Date prévue de fin des travaux&#xa0;; un projet encore ouvert au-delà est en retard.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Actual st&amp;art:</source>
        <translation>Début e&amp;ffectif&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When the work actually started (set when implementation begins).</source>
        <translation>Date effective du début des travaux (à renseigner au lancement de l&apos;exécution).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Actual en&amp;d:</source>
        <translation>Fin effec&amp;tive&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When the work was actually finished (set on completion).</source>
        <translation>Date effective de fin des travaux (à renseigner à l&apos;achèvement).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Handover date:</source>
        <translation>Date de remi&amp;se&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When the project was handed over to the authorities.</source>
        <translation>Date de la remise du projet aux autorités.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Recei&amp;ving authority:</source>
        <translation>Autorité &amp;bénéficiaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The authority that receives the finished project. Required before handover.</source>
        <translation>L&apos;autorité qui reçoit le projet achevé. Obligatoire avant la remise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Mairie de Bambari</source>
        <translation>p. ex. Mairie de Bambari</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Final report re&amp;f.:</source>
        <translation>Ré&amp;f. du rapport final&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference of the final report. Required before closing.</source>
        <translation>Référence du rapport final. Obligatoire avant la clôture.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Tranches</source>
        <translation>&amp;Tranches</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tranches paid</source>
        <translation>Tranches versées</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Total paid so far against the approved budget.</source>
        <translation>Total versé à ce jour sur le budget approuvé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Money paid to the implementing partner. Their total may not exceed the approved budget.</source>
        <translation>Sommes versées au partenaire d&apos;exécution. Leur total ne peut pas dépasser le budget approuvé.</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/models/qip_children.py" line="+17"/>
        <source>Date paid</source>
        <translation>Date de versement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount (USD)</source>
        <translation>Montant (USD)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/qip_editor.ui" line="+319"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../forms/qip_editor.ui" line="-295"/>
        <source>Record a payment to the partner.</source>
        <translation>Enregistrer un versement au partenaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add tranche</source>
        <translation>Ajouter une tranche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected tranche.</source>
        <translation>Retirer la tranche sélectionnée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove tranche</source>
        <translation>Retirer la tranche</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Visits</source>
        <translation>&amp;Visites</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monitoring visits</source>
        <translation>Visites de suivi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Monitoring visits: how far the work is and what was found. Select one to see its photos.</source>
        <translation>Visites de suivi&#xa0;: état d&apos;avancement des travaux et constats. Sélectionnez-en une pour voir ses photos.</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/models/qip_children.py" line="+11"/>
        <location filename="../../forms/qip_editor.ui" line="+199"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/qip.py" line="+49"/>
        <source>(assigned when first saved)</source>
        <translation>(attribué au premier enregistrement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no partner yet)</source>
        <translation>(pas encore de partenaire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no focal point)</source>
        <translation>(aucun point focal)</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/models/qip_children.py" line="+3"/>
        <source>Complete</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/qip.py" line="+302"/>
        <source>{unit} when left empty</source>
        <translation>{unit} si le champ est vide</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Save the project to start its lifecycle.</source>
        <translation>Enregistrez le projet pour lancer son cycle de vie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None: the project is {status}.</source>
        <translation>Aucun&#xa0;: le projet est au statut «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not yet possible: {reason}
Click to see where.</source>
        <translation>Pas encore possible&#xa0;: {reason}
Cliquez pour voir où.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the project to “{status}”.</source>
        <translation>Faire passer le projet à «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Late: the planned end ({date}) passed {days} ago and the project is still {status}.</source>
        <translation>En retard&#xa0;: la fin prévue ({date}) est dépassée depuis {days} et le projet est toujours au statut «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mission rules: at most {ceiling} approved per project, finished within {months} months of the first disbursement.</source>
        <translation>Règles de la mission&#xa0;: au plus {ceiling} approuvés par projet, achevé dans les {months} mois suivant le premier décaissement.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Paid {paid} of {approved} approved ({share} %)</source>
        <translation>Versé&#xa0;: {paid} sur {approved} approuvés ({share} %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paid {paid}; no approved budget yet</source>
        <translation>Versé&#xa0;: {paid}&#xa0;; pas encore de budget approuvé</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>the new visit</source>
        <translation>la nouvelle visite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos of the visit of {when} ({photos})</source>
        <translation>Photos de la visite du {when} ({photos})</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/models/qip_children.py" line="+3"/>
        <source>Visited by</source>
        <translation>Visité par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../../forms/qip_editor.ui" line="-169"/>
        <source>Record a monitoring visit.</source>
        <translation>Enregistrer une visite de suivi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add visit</source>
        <translation>Ajouter une visite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected visit.</source>
        <translation>Retirer la visite sélectionnée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove visit</source>
        <translation>Retirer la visite</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/qip.py" line="-10"/>
        <location filename="../../forms/qip_editor.ui" line="+40"/>
        <source>Photos of the selected visit</source>
        <translation>Photos de la visite sélectionnée</translation>
    </message>
    <message>
        <location filename="../../forms/qip_editor.ui" line="+25"/>
        <source>Attach a photo to the selected visit (saved first if needed).</source>
        <translation>Joindre une photo à la visite sélectionnée (enregistrée d&apos;abord si nécessaire).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add photo…</source>
        <translation>Ajouter une photo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the selected photo from the visit.</source>
        <translation>Retirer la photo sélectionnée de la visite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Photos taken at the selected visit.</source>
        <translation>Photos prises lors de la visite sélectionnée.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every change of status, oldest first: when, by whom and why.</source>
        <translation>Chaque changement de statut, du plus ancien au plus récent&#xa0;: quand, par qui et pourquoi.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>QipMoves</name>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/qip.py" line="-649"/>
        <source>Proposal drafted</source>
        <translation>Proposition rédigée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To PRC review</source>
        <translation>Vers l&apos;examen du CEP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signed</source>
        <translation>Accord signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed</source>
        <translation>Décaissé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start work</source>
        <translation>Lancer les travaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Achever</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand over</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel project</source>
        <translation>Annuler le projet</translation>
    </message>
</context>
<context>
    <name>QipTableModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/operations.py" line="-95"/>
        <source>LATE {days} d</source>
        <translation>RETARD {days} j</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planned to end on {date}, {days} days ago, and still {status}.</source>
        <translation>Fin prévue le {date}, il y a {days} jours, et toujours au statut «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requested: USD {amount}; none approved yet.</source>
        <translation>Demandé&#xa0;: {amount} USD&#xa0;; rien d&apos;approuvé pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>QipsPage</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/qips.py" line="+57"/>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projects</source>
        <translation>projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln project(s)</source>
        <translation>
            <numerusform>%Ln projet</numerusform>
            <numerusform>%Ln projets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Projects running on or after this day (Z); &apos;any&apos; for no limit.</source>
        <translation>Projets en cours ce jour-là ou après (Z)&#xa0;; «&#xa0;sans limite&#xa0;»&#xa0;: pas de borne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects running on or before this day (Z); &apos;any&apos; for no limit.</source>
        <translation>Projets en cours ce jour-là ou avant (Z)&#xa0;; «&#xa0;sans limite&#xa0;»&#xa0;: pas de borne.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only projects at one stage</source>
        <translation>N&apos;afficher que les projets à une étape</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All categories</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only one category</source>
        <translation>N&apos;afficher qu&apos;une catégorie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>new project</source>
        <translation>nouveau projet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the project first; then move it on.</source>
        <translation>Enregistrez d&apos;abord le projet&#xa0;; puis faites-le avancer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>move it to “{status}”</source>
        <translation>le faire passer à «&#xa0;{status}&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move the project “{title}” from “{current}” to “{status}”.</source>
        <translation>Faire passer le projet «&#xa0;{title}&#xa0;» de «&#xa0;{current}&#xa0;» à «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Project not moved</source>
        <translation>Projet non modifié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} is now “{status}”.</source>
        <translation>{number} est maintenant au statut «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot move to “{status}”: {reasons}</source>
        <translation>Passage à «&#xa0;{status}&#xa0;» impossible&#xa0;: {reasons}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mission rules not changed</source>
        <translation>Règles de la mission non modifiées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mission rules: ceiling {ceiling}, {months} months.</source>
        <translation>Règles de la mission&#xa0;: plafond {ceiling}, {months} mois.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a monitoring visit first, or add one.</source>
        <translation>Sélectionnez d&apos;abord une visite de suivi, ou ajoutez-en une.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add the photo</source>
        <translation>ajouter la photo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Photo not added</source>
        <translation>Photo non ajoutée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added the photo {name} to the visit of {date}.</source>
        <translation>Photo {name} ajoutée à la visite du {date}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this photo from the visit?</source>
        <translation>Retirer cette photo de la visite&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo not removed</source>
        <translation>Photo non retirée</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/field_undo.py" line="+22"/>
        <source>Change a field</source>
        <translation>Modifier un champ</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/record_page.py" line="+136"/>
        <source>New {noun}</source>
        <translation>Nouvelle fiche ({noun})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New {noun}</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+100"/>
        <source>Start a new {noun} (Ctrl+N)</source>
        <translation>Nouvelle fiche&#xa0;: {noun} (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+214"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-212"/>
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
        <location line="+8"/>
        <source>Erase for good…</source>
        <translation>Effacer définitivement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this {noun}&apos;s content from the database for good; it cannot be undone</source>
        <translation>Retirer définitivement de la base le contenu de cet enregistrement ({noun}) ; c&apos;est irréversible</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show on &amp;map</source>
        <translation>Montrer sur la &amp;carte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show this {noun} on the map, selected</source>
        <translation>Montrer cette fiche ({noun}) sur la carte, sélectionnée</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>{Noun} not found</source>
        <translation>Fiche introuvable</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This {noun} has no grid reference to show on the map.</source>
        <translation>Cette fiche ({noun}) n&apos;a pas de coordonnées MGRS à montrer sur la carte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Non enregistré&#xa0;: corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{Noun} not saved</source>
        <translation>Fiche non enregistrée</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+20"/>
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
        <location line="+9"/>
        <source>Restored {noun} “{name}”.</source>
        <translation>Fiche «&#xa0;{name}&#xa0;» rétablie.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>new {noun}</source>
        <translation>nouvelle fiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {noun} “{name}” has changes that are not saved. Save them?</source>
        <translation>La fiche «&#xa0;{name}&#xa0;» ({noun}) comporte des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The {noun} “{name}” has changes that are not saved. Discard them?</source>
        <translation>La fiche «&#xa0;{name}&#xa0;» comporte des modifications non enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Unsaved changes discarded</source>
        <translation>Modifications non enregistrées abandonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {noun} was deleted after the unsaved changes of {time} were made; they were discarded.</source>
        <translation>Cette fiche a été supprimée après les modifications non enregistrées du {time}&#xa0;; elles ont été abandonnées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes found</source>
        <translation>Modifications non enregistrées trouvées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the unsaved changes from {time}?</source>
        <translation>Restaurer les modifications non enregistrées du {time} ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Discarded the unsaved changes of {records} deleted since they were made.</source>
        <translation>Modifications non enregistrées abandonnées (fiches supprimées depuis&#xa0;: {records}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Erase {noun} for good</source>
        <translation>Effacer définitivement ({noun})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why must “{name}” be erased (kept as the only trace)?</source>
        <translation>Pourquoi faut-il effacer « {name} » (seule trace conservée) ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase the {noun} “{name}” for good?

This CANNOT be undone: its content is removed from this database and its backups.</source>
        <translation>Effacer définitivement « {name} » ({noun}) ?

C&apos;est IRRÉVERSIBLE : son contenu est retiré de cette base et de ses sauvegardes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{Noun} not erased</source>
        <translation>Non effacé ({Noun})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Erased {noun} “{name}” for good.</source>
        <translation>« {name} » ({noun}) effacé définitivement.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup {name} could not be cleaned: it still holds the content. Delete it.</source>
        <translation>La sauvegarde {name} n’a pas pu être nettoyée&#xa0;: elle contient encore ce contenu. Supprimez-la.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erased, but not yet from every copy</source>
        <translation>Effacé, mais pas encore de toutes les copies</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>That column cannot be sorted.</source>
        <translation>Cette colonne ne peut pas être triée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} match</source>
        <translation>{count} (filtre actif)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>  •  unsaved changes</source>
        <translation>  •  modifications non enregistrées</translation>
    </message>
</context>
<context>
    <name>RecoveredDrafts</name>
    <message>
        <location filename="../../src/cimicdesk/ui/widgets/recovered_drafts.py" line="+62"/>
        <source>Open to &amp;check</source>
        <translation>Ouvrir pour &amp;vérifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected record; you will be asked to restore its changes</source>
        <translation>Ouvrir la fiche choisie&#xa0;; il vous sera proposé de restaurer ses modifications</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unsaved changes were kept when the program last stopped without saving them ({count}). Open each record to restore its changes or discard them.</source>
        <translation>Des modifications non enregistrées ont été conservées lors du dernier arrêt du programme ({count}). Ouvrez chaque fiche pour restaurer ses modifications ou les abandonner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>new, not saved yet</source>
        <translation>nouvelle, pas encore enregistrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restricted contact {code}</source>
        <translation>contact restreint {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{noun}: {title} — changes of {when}</source>
        <translation>{noun}&#xa0;: {title} — modifications du {when}</translation>
    </message>
</context>
<context>
    <name>ReportWorkflow</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/report_workflow.py" line="+50"/>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documents Word (*.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Report text not saved</source>
        <translation>Texte du rapport non enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved the text of the {report}.</source>
        <translation>Texte enregistré&#xa0;: {report}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tick at least one battalion for the sector sitrep.</source>
        <translation>Cochez au moins un bataillon pour le SITREP de secteur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{path} is a file, not a folder: nothing can be written inside it. Choose another folder.</source>
        <translation>{path} est un fichier, pas un dossier&#xa0;: rien ne peut y être écrit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report cannot be written</source>
        <translation>Le rapport ne peut pas être rédigé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export the {report}</source>
        <translation>Exporter le {report}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing the {report} to {file}</source>
        <translation>Écriture du {report} dans {file}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Preparing the preview of the {report}</source>
        <translation>Préparation de l&apos;aperçu du {report}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The preview asked for before was dropped.</source>
        <translation>L’aperçu demandé auparavant a été abandonné.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The {report} was written to {path}.</source>
        <translation>Le {report} a été écrit dans {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report written</source>
        <translation>Rapport écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {report} was written to:

{path}</source>
        <translation>Le {report} a été écrit dans&#xa0;:

{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open it</source>
        <translation>&amp;L&apos;ouvrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be opened</source>
        <translation>Le fichier n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No program on this computer opens {suffix} files. The file is in {folder}.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre les fichiers {suffix}. Le fichier se trouve dans {folder}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file could not be written ({reason}). Choose another folder or file name, and try again.</source>
        <translation>Le fichier n&apos;a pas pu être écrit ({reason}). Choisissez un autre dossier ou un autre nom de fichier, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something unexpected went wrong ({error}). The report was not written; please tell whoever looks after CIMIC Desk.</source>
        <translation>Un problème inattendu est survenu ({error}). Le rapport n&apos;a pas été écrit&#xa0;; prévenez la personne qui s&apos;occupe de CIMIC Desk.</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+144"/>
        <source>The {report} was not written</source>
        <translation>Le {report} n&apos;a pas été écrit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No PDF viewer</source>
        <translation>Aucune visionneuse PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no program to show PDF files. The preview is in {path}; Export writes the report where you choose.</source>
        <translation>Cet ordinateur n&apos;a aucun programme pour afficher les PDF. L&apos;aperçu se trouve dans {path}&#xa0;; Exporter écrit le rapport où vous le choisissez.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../forms/reports_page.ui" line="+506"/>
        <source>&amp;Marking</source>
        <translation>&amp;Mention</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Report &amp;no.</source>
        <translation>&amp;N° du rapport</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;FROM</source>
        <translation>&amp;DE</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>T&amp;O</source>
        <translation>&amp;À</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;CC</source>
        <translation>&amp;COPIE</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>1. &amp;Key points — one per line</source>
        <translation>1. &amp;Points clés — un par ligne</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>2. Civil s&amp;ituation</source>
        <translation>2. S&amp;ituation civile</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>7. Protection and &amp;gender observations</source>
        <translation>7. Observations en matière de protection et de &amp;genre</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>8. CIMIC &amp;assessment and trends</source>
        <translation>8. É&amp;valuation CIMIC et tendances</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>9. &amp;Planned activities next period — one per line</source>
        <translation>9. Activités &amp;prévues pour la prochaine période — une par ligne</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>10. Iss&amp;ues and requests to higher HQ</source>
        <translation>10. &amp;Questions et demandes au QG supérieur</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Prepared &amp;by</source>
        <translation>Établi &amp;par</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Appro&amp;ved by</source>
        <translation>Appro&amp;uvé par</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/report_text.py" line="+36"/>
        <source>Outgoing officer&apos;s &amp;notes</source>
        <translation>&amp;Notes de l&apos;officier sortant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key points — one per line</source>
        <translation>&amp;Points clés — un par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming &amp;up for the incoming officer — one per line</source>
        <translation>À &amp;venir pour l&apos;officier entrant — un point par ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handed over &amp;by</source>
        <translation>Remis &amp;par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;ken over by</source>
        <translation>Re&amp;pris par</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>What you need from {hq}…</source>
        <translation>Ce dont vous avez besoin de {hq}…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="-273"/>
        <source>e.g.
Markets in Bambari reopened after the clashes
Cholera cases fall at Élevage</source>
        <translation>p. ex.
Réouverture des marchés de Bambari après les affrontements
Baisse des cas de choléra à Élevage</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Security as it affects civilians, humanitarian situation, displacement, governance…</source>
        <translation>Sécurité telle qu&apos;elle touche les civils, situation humanitaire, déplacements, gouvernance…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Protection of civilians, women, children, GBV, access…</source>
        <translation>Protection des civils, femmes, enfants, VBG, accès…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>What changed this period and what is likely next…</source>
        <translation>Ce qui a changé au cours de la période et ce qui est probable ensuite…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>e.g.
KLE with the sous-préfet, Ndélé, 26 Nov
QIP monitoring visit, Kidjigra</source>
        <translation>p. ex.
KLE avec le sous-préfet, Ndélé, 26 nov.
Visite de suivi du QIP, Kidjigra</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>What you need from Sector HQ…</source>
        <translation>Ce dont vous avez besoin du QG de secteur…</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+17"/>
        <source>Rank, name, appointment</source>
        <translation>Grade, nom, fonction</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/report_text.py" line="-145"/>
        <source>What the incoming officer must know: who matters, what is sensitive, what was promised…</source>
        <translation>Ce que l&apos;officier entrant doit savoir&#xa0;: qui compte, ce qui est sensible, ce qui a été promis…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g.
QIP handover ceremony, Kidjigra, 2 Dec
Monthly humanitarian coordination meeting, Bambari</source>
        <translation>p. ex.
Cérémonie de remise du QIP, Kidjigra, 2 déc.
Réunion mensuelle de coordination humanitaire, Bambari</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outgoing officer: rank, name, appointment</source>
        <translation>Officier sortant&#xa0;: grade, nom, fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming officer: rank, name, appointment</source>
        <translation>Officier entrant&#xa0;: grade, nom, fonction</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/reports.py" line="+52"/>
        <source>No text to write for the 3W export.

It writes one row per QIP that was not rejected ({count} in this file), with the HXL hashtags OCHA reads: #org+impl, #activity+project, #sector+cluster+code, #loc+name, #geo+lat, #geo+lon, #status, #date+start, #date+end, #value+budget, #targeted, #reached.

Open it in a spreadsheet, or hand it to the humanitarian information officers.</source>
        <translation>Aucun texte à rédiger pour l&apos;export 3W.

Il écrit une ligne par QIP non rejeté ({count} dans ce fichier), avec les hashtags HXL que lit OCHA&#xa0;: #org+impl, #activity+project, #sector+cluster+code, #loc+name, #geo+lat, #geo+lon, #status, #date+start, #date+end, #value+budget, #targeted, #reached.

Ouvrez-le dans un tableur, ou remettez-le aux chargés de l&apos;information humanitaire.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="-890"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which report to write</source>
        <translation>Le rapport à rédiger</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The day the brief is written for (usually the handover day)</source>
        <translation>Le jour pour lequel le dossier est établi (en général le jour de la passation)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;As of</source>
        <translation>À la &amp;date du</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No period: the QIPs as they stand today.</source>
        <translation>Pas de période&#xa0;: les QIP tels qu&apos;ils sont aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Battalions</source>
        <translation>Bataillons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Units with records in this file. Tick those the sector sitrep covers.</source>
        <translation>Unités ayant des fiches dans ce fichier. Cochez celles que couvre le SITREP de secteur.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Tick every unit</source>
        <translation>Cocher toutes les unités</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Untick every unit</source>
        <translation>Décocher toutes les unités</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>Saved texts</source>
        <translation>Textes enregistrés</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reports with text kept in this file; double-click to open</source>
        <translation>Rapports dont le texte est conservé dans ce fichier&#xa0;; double-cliquez pour ouvrir</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pape&amp;r</source>
        <translation>Fo&amp;rmat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page size of the PDF</source>
        <translation>Format des pages du PDF</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language of the report&apos;s headings, tables and labels; what you write stays as written</source>
        <translation>Langue des titres, tableaux et libellés du rapport&#xa0;; ce que vous rédigez reste tel quel</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save as</source>
        <translation>Enregistrer en</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PDF to print or send as it is</source>
        <translation>Un PDF à imprimer ou à envoyer tel quel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A Word document with the same sections and tables, to edit or paste into another report</source>
        <translation>Un document Word avec les mêmes rubriques et tableaux, à modifier ou à coller dans un autre rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Word (.docx)</source>
        <translation>&amp;Word (.docx)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Save the text and show the report&apos;s pages</source>
        <translation>Enregistrer le texte et afficher les pages du rapport</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+597"/>
        <source>Annexes:</source>
        <translation>Annexes&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every meeting of the period in full; the body keeps the summary and the significant meetings</source>
        <translation>Toutes les réunions de la période en détail&#xa0;; le corps du rapport garde le résumé et les réunions significatives</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annex A – full meeting list</source>
        <translation>Annexe A – liste complète des réunions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every running QIP; the body keeps the QIPs that moved in the period</source>
        <translation>Tous les QIP en cours&#xa0;; le corps du rapport garde les QIP qui ont évolué pendant la période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annex B – QIP register</source>
        <translation>Annexe B – registre des QIP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every incident of the period in full</source>
        <translation>Tous les incidents de la période en détail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annex C – incident log</source>
        <translation>Annexe C – journal des incidents</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Keep this text for this report and period (Ctrl+S)</source>
        <translation>Conserver ce texte pour ce rapport et cette période (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/report_text.py" line="+122"/>
        <source>{marking} (default)</source>
        <translation>{marking} (par défaut)</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="-555"/>
        <source>Handling marking printed at the top and bottom of every page</source>
        <translation>Mention de diffusion imprimée en haut et en bas de chaque page</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/reports.py" line="+114"/>
        <location line="+247"/>
        <source>as of {day}</source>
        <translation>au {day}</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Unsaved report text</source>
        <translation>Texte du rapport non enregistré</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Export {format}…</source>
        <translation>&amp;Exporter en {format}…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Save the text and write the {report} to a file of your choice</source>
        <translation>Enregistrer le texte et écrire le {report} dans un fichier de votre choix</translation>
    </message>
    <message>
        <location line="-355"/>
        <source>No text to write for the assessments export.

It writes the community assessments of the period chosen ({count} in this file), one row per assessment and sector looked at, with the HXL hashtags the clusters read: #loc+name, #adm1+name, #population, #affected+idps, #sector+cluster+code, #severity (empty: seen but not rated), #description+facts. #inneed stays empty: a CIMIC team does not count people in need.

Open it in a spreadsheet, or hand it to the humanitarian information officers.</source>
        <translation>Aucun texte à rédiger pour l&apos;export des évaluations.

Il écrit les évaluations communautaires de la période choisie ({count} dans ce fichier), une ligne par évaluation et par secteur examiné, avec les hashtags HXL que lisent les clusters&#xa0;: #loc+name, #adm1+name, #population, #affected+idps, #sector+cluster+code, #severity (vide&#xa0;: examiné mais non coté), #description+facts. #inneed reste vide&#xa0;: une équipe CIMIC ne dénombre pas les personnes dans le besoin.

Ouvrez-le dans un tableur, ou remettez-le aux chargés de l&apos;information humanitaire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No text to write for the blank form.

It prints the community assessment form to fill by hand where a laptop cannot go: the fields of the Assessments editor in the same order, a block per sector with the severity scale (1 to 5, or not rated) as tick boxes, infrastructure, actions and the team leader&apos;s signature. Preview it, then print it; enter what the team wrote in Assessments on return.</source>
        <translation>Aucun texte à rédiger pour le formulaire vierge.

Il imprime le formulaire d&apos;évaluation communautaire à remplir à la main là où un ordinateur ne peut pas aller&#xa0;: les champs de l&apos;éditeur des évaluations dans le même ordre, un bloc par secteur avec l&apos;échelle de sévérité (1 à 5, ou non coté) en cases à cocher, les infrastructures, les actions et la signature du chef d&apos;équipe. Affichez l&apos;aperçu, puis imprimez-le&#xa0;; au retour, saisissez dans Évaluations ce que l&apos;équipe a écrit.</translation>
    </message>
    <message>
        <location line="+316"/>
        <source>The text of the {report} ({period}) is not saved.</source>
        <translation>Le texte du {report} ({period}) n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No period: a blank form to fill in.</source>
        <translation>Pas de période&#xa0;: un formulaire vierge à remplir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write the {report} to a file of your choice</source>
        <translation>Écrire le {report} dans un fichier de votre choix</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Text of the {report} · {period}</source>
        <translation>Texte du {report} · {period}</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="+82"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Where the report is written, e.g. Bambari</source>
        <translation>Lieu de rédaction du rapport, p. ex. Bambari</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/reports.py" line="+48"/>
        <source>This file is read-only: its drafts can be read and exported, not changed.</source>
        <translation>Ce fichier est en lecture seule&#xa0;: ses brouillons peuvent être lus et exportés, pas modifiés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes not saved. Save draft (Ctrl+S); Preview and Export save them too.</source>
        <translation>Modifications non enregistrées. Enregistrer le brouillon (Ctrl+S)&#xa0;; Aperçu et Exporter les enregistrent aussi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft saved {when}.</source>
        <translation>Brouillon enregistré {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No text saved yet for this report and period.</source>
        <translation>Aucun texte encore enregistré pour ce rapport et cette période.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved {when}</source>
        <translation>Enregistré {when}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click to open one.</source>
        <translation>Double-cliquez pour en ouvrir un.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet in this file. The text of each report and period you save is listed here.</source>
        <translation>Aucun pour l&apos;instant dans ce fichier. Le texte de chaque rapport et période que vous enregistrez figure ici.</translation>
    </message>
</context>
<context>
    <name>RestrictedVeil</name>
    <message>
        <location filename="../../src/cimicdesk/ui/widgets/restricted_veil.py" line="+34"/>
        <source>&amp;Show details</source>
        <translation>&amp;Afficher les détails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this contact&apos;s details (mind who can see the screen)</source>
        <translation>Afficher les détails de ce contact (attention à qui voit l’écran)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restricted contact {code}

The details are hidden so that a shared screen does not show them.</source>
        <translation>Contact restreint {code}

Les détails sont masqués pour qu’un écran partagé ne les montre pas.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/search.py" line="+45"/>
        <location line="+65"/>
        <source>Type in the search box (Ctrl+F) to search every record.</source>
        <translation>Tapez dans la zone de recherche (Ctrl+F) pour chercher dans toutes les fiches.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The search failed: {reason}</source>
        <translation>La recherche a échoué&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln fiche</numerusform>
            <numerusform>%Ln fiches</numerusform>
        </translation>
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
    <message>
        <location line="+3"/>
        <source>The search was shortened: only its first {words} different words within {chars} characters were searched.</source>
        <translation>La recherche a été raccourcie&#xa0;: seuls ses {words} premiers mots différents, dans ses {chars} premiers caractères, ont été cherchés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No record holds every word searched.</source>
        <translation>Aucune fiche ne contient tous les mots cherchés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words match by their beginnings (“Kidj” finds Kidjigra): try fewer words or another spelling.</source>
        <translation>Les mots se trouvent par leur début («&#xa0;Kidj&#xa0;» trouve Kidjigra)&#xa0;: essayez moins de mots ou une autre orthographe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear search (Esc)</source>
        <translation>Effacer la recherche (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the search box and go back to the page you were on</source>
        <translation>Vider le champ de recherche et revenir à la page précédente</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/search.py" line="-49"/>
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
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Restricted contact {code}</source>
        <translation>Contact restreint {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(restricted: open the record to see it)</source>
        <translation>(restreint&#xa0;: ouvrez la fiche pour le voir)</translation>
    </message>
</context>
<context>
    <name>SeverityRisesModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/assessment_reminders.py" line="+26"/>
        <source>{sector} {before}→{after}</source>
        <translation>{sector} {before}→{after}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{sector}: {before} to {after}</source>
        <translation>{sector}&#xa0;: de {before} à {after}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Assessed {day}; rose since {previous}:</source>
        <translation>Évaluée le {day}&#xa0;; en hausse depuis le {previous}&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click to see its trend.</source>
        <translation>Double-cliquez pour voir son évolution.</translation>
    </message>
</context>
<context>
    <name>ShortcutTips</name>
    <message>
        <location filename="../../src/cimicdesk/ui/shortcut_tips.py" line="+18"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
</context>
<context>
    <name>SupportEditor</name>
    <message>
        <location filename="../../forms/support_editor.ui" line="+14"/>
        <source>Support request</source>
        <translation>Demande d&apos;appui</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Request no.:</source>
        <translation>N° de la demande&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request number; assigned when the request is first saved.</source>
        <translation>Numéro de la demande&#xa0;; attribué à son premier enregistrement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not saved yet)</source>
        <translation>(pas encore enregistrée)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where the request stands. Approving it needs the last-resort test, or an override by higher HQ.</source>
        <translation>Où en est la demande. Son approbation exige le test du dernier recours, ou une dérogation du QG supérieur.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Request</source>
        <translation>&amp;Demande</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Received (Z):</source>
        <translation>&amp;Reçue (Z)&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When the request reached us, in Zulu time (UTC).</source>
        <translation>Quand la demande nous est parvenue, en heure Zulu (UTC).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Requesting &amp;org.:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The organisation that asks for support.</source>
        <translation>L&apos;organisation qui demande l&apos;appui.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the requesting organisation.</source>
        <translation>Ouvrir l&apos;organisation demandeuse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Point of &amp;contact:</source>
        <translation>Point de &amp;contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The person who made the request.</source>
        <translation>La personne qui a fait la demande.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the point of contact&apos;s record.</source>
        <translation>Ouvrir la fiche du point de contact.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How the request came: through OCHA/CMCoord, a mission component, a local authority or directly.</source>
        <translation>Comment la demande est arrivée&#xa0;: par OCHA/CMCoord, une composante de la mission, une autorité locale ou directement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What kind of support is asked for. A convoy escort needs the four IASC criteria.</source>
        <translation>Le type d&apos;appui demandé. Une escorte de convoi exige les quatre critères IASC.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Priorit&amp;y:</source>
        <translation>Priori&amp;té&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lifesaving, life-sustaining, high or normal.</source>
        <translation>Vitale, maintien en vie, haute ou normale.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Purpose:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The humanitarian purpose of the request. Required.</source>
        <translation>L&apos;objectif humanitaire de la demande. Obligatoire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The humanitarian need the support answers</source>
        <translation>Le besoin humanitaire auquel répond l&apos;appui</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;From:</source>
        <translation>D&amp;épart&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where the support starts.</source>
        <translation>Lieu de départ de l&apos;appui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>MGRS grid of the start.</source>
        <translation>Coordonnées MGRS du départ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <source>Grid (MGRS)</source>
        <translation>Carroyage MGRS</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>T&amp;o:</source>
        <translation>&amp;Arrivée&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Where the support goes.</source>
        <translation>Destination de l&apos;appui.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MGRS grid of the destination.</source>
        <translation>Coordonnées MGRS de la destination.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Date re&amp;quired:</source>
        <translation>Date re&amp;quise&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The date by which the support is needed.</source>
        <translation>La date à laquelle l&apos;appui est nécessaire.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+841"/>
        <source>Set the date back to &apos;not set&apos;</source>
        <translation>Remettre la date à «&#xa0;non renseignée&#xa0;»</translation>
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
        <translation>Du&amp;rée&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How long the support is needed, as requested.</source>
        <translation>Durée de l&apos;appui, telle que demandée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 2 days</source>
        <translation>p. ex. 2 jours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Q&amp;uantities:</source>
        <translation>Q&amp;uantités&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Number of passengers (pax).</source>
        <translation>Nombre de passagers (pax).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> pax</source>
        <translation> pax</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weight of the cargo in tonnes.</source>
        <translation>Poids du fret en tonnes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> t</source>
        <translation> t</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number of vehicles.</source>
        <translation>Nombre de véhicules.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> vehicles</source>
        <translation> véhicules</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Last-resort test, part 1: a specific need that the civilian assets available (WFP/UNHAS, commercial, NGO) cannot meet. Tick once you have confirmed it.</source>
        <translation>Critère du dernier recours, 1re partie&#xa0;: un besoin précis que les moyens civils disponibles (PAM/UNHAS, commerciaux, ONG) ne peuvent satisfaire. Cochez une fois ce point confirmé.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Last-resort test, part 2 (unique advantage): only the military has the capability.</source>
        <translation>Critère du dernier recours, 2e partie (avantage unique)&#xa0;: seuls les militaires ont la capacité.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last-resort test, part 2 (unique advantage): only military assets are available.</source>
        <translation>Critère du dernier recours, 2e partie (avantage unique)&#xa0;: seuls des moyens militaires sont disponibles.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last-resort test, part 2 (unique advantage): only military assets can do it in time.</source>
        <translation>Critère du dernier recours, 2e partie (avantage unique)&#xa0;: seuls des moyens militaires peuvent le faire à temps.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Last-resort test, part 3: how the military support complements civilian means rather than replacing them, without undermining neutrality, impartiality or access.</source>
        <translation>Critère du dernier recours, 3e partie&#xa0;: en quoi l&apos;appui militaire complète les moyens civils au lieu de les remplacer, sans nuire à la neutralité, à l&apos;impartialité ni à l&apos;accès.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>When and how civilians take over again: last resort is temporary, and the assets hand back once civilian capacity exists.</source>
        <translation>Quand et comment les civils reprennent la main&#xa0;: le dernier recours est temporaire, et les moyens sont rendus dès qu&apos;une capacité civile existe.</translation>
    </message>
    <message>
        <location filename="../../src/cimicdesk/ui/editors/support.py" line="+43"/>
        <source>(assigned when first saved)</source>
        <translation>(attribué au premier enregistrement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no organisation)</source>
        <translation>(aucune organisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no contact)</source>
        <translation>(aucun contact)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>civilian alternatives checked</source>
        <translation>alternatives civiles vérifiées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unique advantage</source>
        <translation>avantage unique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complementarity</source>
        <translation>complémentarité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit plan</source>
        <translation>plan de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escort: need and criticality</source>
        <translation>escorte&#xa0;: besoin et caractère essentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escort: authorities</source>
        <translation>escorte&#xa0;: autorités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escort: safety and security</source>
        <translation>escorte&#xa0;: sûreté et sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escort: sustainability</source>
        <translation>escorte&#xa0;: viabilité</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Yes, met</source>
        <translation>Oui, rempli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, not met</source>
        <translation>Non, pas rempli</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Not approved: the last-resort test is incomplete (missing: {missing}). Complete it on the Last resort tab, or record higher HQ&apos;s override there.</source>
        <translation>Non approuvée&#xa0;: le test du dernier recours est incomplet (manque&#xa0;: {missing}). Complétez-le dans l&apos;onglet Dernier recours, ou enregistrez-y la dérogation du QG supérieur.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✓ Last-resort test complete.</source>
        <translation>✓ Test du dernier recours complet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still missing: {missing}. Higher HQ&apos;s override is recorded.</source>
        <translation>Manque encore&#xa0;: {missing}. La dérogation du QG supérieur est enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still missing: {missing}.</source>
        <translation>Manque encore&#xa0;: {missing}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>awaiting decision</source>
        <translation>en attente de décision</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../forms/support_editor.ui" line="-248"/>
        <source>&amp;Last resort</source>
        <translation>Dernier &amp;recours</translation>
    </message>
    <message>
        <location filename="../../forms/support_editor.ui" line="+17"/>
        <source>Military assets are a last resort: use them only when no civilian means can do the job, when they bring a unique advantage, when they complement civilian means, and only until civilians can take over.</source>
        <translation>Les moyens militaires sont un dernier recours&#xa0;: ne les employer que si aucun moyen civil ne peut faire le travail, s&apos;ils apportent un avantage unique, s&apos;ils complètent les moyens civils, et seulement jusqu&apos;à ce que les civils puissent prendre le relais.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Civilian alternatives:</source>
        <translation>Alternatives civiles&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Checked: no civilian asset can do it</source>
        <translation>&amp;Vérifié&#xa0;: aucun moyen civil ne peut le faire</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What was c&amp;hecked:</source>
        <translation>Ce qui a été vé&amp;rifié&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which civilian alternatives were asked, and why they cannot do it.</source>
        <translation>Quelles alternatives civiles ont été sollicitées, et pourquoi elles ne peuvent pas le faire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. UNHAS fully booked until 12 Dec; no commercial carrier on this road</source>
        <translation>p. ex. UNHAS complet jusqu&apos;au 12 déc.&#xa0;; aucun transporteur commercial sur cet axe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unique advantage:</source>
        <translation>Avantage unique&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Capa&amp;bility</source>
        <translation>Capa&amp;cité</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;vailability</source>
        <translation>&amp;Disponibilité</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>T&amp;imeliness</source>
        <translation>Ra&amp;pidité</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Co&amp;mplementarity:</source>
        <translation>Co&amp;mplémentarité&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>How it complements civilian means</source>
        <translation>En quoi il complète les moyens civils</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>E&amp;xit plan:</source>
        <translation>Plan de &amp;sortie&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>When civilians take over again</source>
        <translation>Quand les civils reprennent le relais</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Convoy escort: the four IASC criteria</source>
        <translation>Escorte de convoi&#xa0;: les quatre critères IASC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Armed escorts are a last resort; the IASC (2013) sets four criteria, each to be answered.</source>
        <translation>Les escortes armées sont un dernier recours&#xa0;; l&apos;IASC (2013) fixe quatre critères, qui appellent chacun une réponse.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Need and criticality:</source>
        <translation>Besoin et caractère essentiel&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Humanitarian need and programme criticality: is the need acute and the programme critical enough to justify an armed escort?</source>
        <translation>Besoin humanitaire et caractère essentiel du programme&#xa0;: le besoin est-il aigu et le programme assez essentiel pour justifier une escorte armée&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+53"/>
        <location line="+53"/>
        <location line="+53"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Authorities:</source>
        <translation>Autorités&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Responsible authorities: have the host authorities been asked to provide security, and can they not?</source>
        <translation>Autorités responsables&#xa0;: a-t-on demandé aux autorités du pays d&apos;assurer la sécurité, et ne le peuvent-elles pas&#xa0;?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Safety and security:</source>
        <translation>Sûreté et sécurité&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Safety and security: would an escort really make the convoy safer, without drawing attacks?</source>
        <translation>Sûreté et sécurité&#xa0;: une escorte rendrait-elle vraiment le convoi plus sûr, sans attirer d&apos;attaques&#xa0;?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sustainability:</source>
        <translation>Viabilité&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>Sustainability: is there a plan to do without escorts, and would this one set no precedent?</source>
        <translation>Viabilité&#xa0;: existe-t-il un plan pour se passer d&apos;escortes, et celle-ci ne créerait-elle pas de précédent&#xa0;?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Override by higher HQ</source>
        <translation>Dérogation du QG supérieur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Higher HQ may order the support without the full last-resort test; record its order.</source>
        <translation>Le QG supérieur peut ordonner l&apos;appui sans le test complet du dernier recours&#xa0;; enregistrez son ordre.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re&amp;ference:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference of higher HQ&apos;s order (message, FRAGO).</source>
        <translation>Référence de l&apos;ordre du QG supérieur (message, FRAGO).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. FHQ FRAGO 112/2026</source>
        <translation>p. ex. FRAGO QG Force 112/2026</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Aut&amp;hority:</source>
        <translation>Aut&amp;orité&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The HQ or officer who ordered the override.</source>
        <translation>Le QG ou l&apos;officier qui a ordonné la dérogation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Force Commander</source>
        <translation>p. ex. Commandant de la Force</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Decision</source>
        <translation>Dé&amp;cision</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Decision &amp;date:</source>
        <translation>&amp;Date de décision&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When the request was approved or rejected.</source>
        <translation>Quand la demande a été approuvée ou rejetée.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Decided &amp;by:</source>
        <translation>Décidé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who decided: commander, chief of staff, higher HQ.</source>
        <translation>Qui a décidé&#xa0;: commandant, chef d&apos;état-major, QG supérieur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. CO BANBAT 1</source>
        <translation>p. ex. chef de corps BANBAT 1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rea&amp;son:</source>
        <translation>Mo&amp;tif&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Why it was approved or refused. Required for a refusal.</source>
        <translation>Pourquoi elle a été approuvée ou refusée. Obligatoire en cas de refus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why it was approved or refused</source>
        <translation>Pourquoi elle a été approuvée ou refusée</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>E&amp;xecuting unit:</source>
        <translation>&amp;Unité d&apos;exécution&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The unit that carries out the support.</source>
        <translation>L&apos;unité qui exécute l&apos;appui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>O&amp;utcome:</source>
        <translation>Rés&amp;ultat&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What was done, and how it went.</source>
        <translation>Ce qui a été fait, et comment cela s&apos;est passé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was done and how it went</source>
        <translation>Ce qui a été fait et comment cela s&apos;est passé</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../../src/cimicdesk/ui/pages/support.py" line="+46"/>
        <source>support request</source>
        <translation>demande d&apos;appui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support requests</source>
        <translation>demandes d&apos;appui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New support request</source>
        <translation>Nouvelle demande d&apos;appui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New support request</source>
        <translation>&amp;Nouvelle demande</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln support request(s)</source>
        <translation>
            <numerusform>%Ln demande d&apos;appui</numerusform>
            <numerusform>%Ln demandes d&apos;appui</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests received on or after this day (Z); &apos;any&apos; for no limit.</source>
        <translation>Demandes reçues ce jour-là ou après (Z)&#xa0;; «&#xa0;sans limite&#xa0;»&#xa0;: pas de borne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests received on or before this day (Z); &apos;any&apos; for no limit.</source>
        <translation>Demandes reçues ce jour-là ou avant (Z)&#xa0;; «&#xa0;sans limite&#xa0;»&#xa0;: pas de borne.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only requests with one status</source>
        <translation>N&apos;afficher que les demandes d&apos;un statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only one kind of support</source>
        <translation>N&apos;afficher qu&apos;un type d&apos;appui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Awaiting decision</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only requests received, under review or forwarded to higher HQ</source>
        <translation>Seulement les demandes reçues, en examen ou transmises au QG supérieur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>new support request</source>
        <translation>nouvelle demande d&apos;appui</translation>
    </message>
</context>
<context>
    <name>SupportTableModel</name>
    <message>
        <location filename="../../src/cimicdesk/ui/models/operations.py" line="+143"/>
        <source>Awaiting a decision.</source>
        <translation>En attente de décision.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>À</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <location filename="../../src/cimicdesk/ui/pages/sync.py" line="+88"/>
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nouveau</numerusform>
            <numerusform>%Ln nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mis à jour</numerusform>
            <numerusform>%Ln mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln supprimé</numerusform>
            <numerusform>%Ln supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejeté</numerusform>
            <numerusform>%Ln rejetés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Send this unit&apos;s file to higher HQ, bring in the files of other units, then settle what the merge could not decide alone.</source>
        <translation>Envoyez le fichier de l&apos;unité au QG supérieur, intégrez les fichiers des autres unités, puis tranchez ce que la fusion n&apos;a pas pu décider seule.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export for higher HQ…</source>
        <translation>&amp;Exporter pour le QG supérieur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this database&apos;s export file (Ctrl+E)</source>
        <translation>Écrire le fichier d&apos;export de cette base de données (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import unit files…</source>
        <translation>&amp;Importer des fichiers d&apos;unité…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the &amp;changes since the last export</source>
        <translation>Seulement les &amp;modifications depuis le dernier export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A smaller file: only what changed in this database since its last export, records merged in from other units included. Higher HQ can import it only if it has imported that export; otherwise send a full file.</source>
        <translation>Un fichier plus petit&#xa0;: seulement ce qui a changé dans cette base depuis son dernier export, y compris les fiches fusionnées depuis d’autres unités. L’échelon supérieur ne peut l’importer que s’il a importé cet export&#xa0;; sinon, envoyez un fichier complet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Concurrent edits to settle</source>
        <translation>Modifications concurrentes à trancher</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+42"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value kept (in force)</source>
        <translation>Valeur conservée (en vigueur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other value from</source>
        <translation>Venant de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Trouvé le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the &amp;other value</source>
        <translation>Retenir l&apos;&amp;autre valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the other value in force, as an edit of this unit that wins everywhere</source>
        <translation>Mettre l&apos;autre valeur en vigueur, comme une modification de cette unité qui l&apos;emporte partout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;this value</source>
        <translation>Garder &amp;cette valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm the value in force; the conflict is closed</source>
        <translation>Confirmer la valeur en vigueur&#xa0;; le conflit est clos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark the two records as one: choose which one is kept</source>
        <translation>Faire des deux fiches une seule&#xa0;: choisir celle qui est conservée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Files received</source>
        <translation>Fichiers reçus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From unit</source>
        <translation>Unité d&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it brought</source>
        <translation>Ce qu&apos;il a apporté</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not exported yet from this database.</source>
        <translation>Pas encore d&apos;export de cette base de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last export: {time} to {path}</source>
        <translation>Dernier export&#xa0;: {time} vers {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This unit&apos;s key fingerprint: {fingerprint}. Higher HQ checks it with you (over the radio or telephone) when it enrols this unit.</source>
        <translation>Empreinte de la clé de cette unité&#xa0;: {fingerprint}. L&apos;échelon supérieur la vérifie avec vous (par radio ou par téléphone) quand il inscrit cette unité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database has no signing key in use: it was handed over.</source>
        <translation>Cette base n&apos;a plus de clé de signature en service&#xa0;: elle a fait l&apos;objet d&apos;une passation.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{count} to settle. The same field was changed at two places from the same version; the value in force was chosen the same way everywhere. Keep it, or put the other value in force.</source>
        <translation>À trancher&#xa0;: {count}. Le même champ a été modifié à deux endroits à partir de la même version&#xa0;; la valeur en vigueur a été choisie de la même façon partout. Gardez-la, ou mettez l&apos;autre valeur en vigueur.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln paire</numerusform>
            <numerusform>%Ln paires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%Ln file(s) received</source>
        <translation>
            <numerusform>%Ln fichier reçu</numerusform>
            <numerusform>%Ln fichiers reçus</numerusform>
        </translation>
    </message>
    <message>
        <location line="-54"/>
        <source>No concurrent edits to settle.</source>
        <translation>Aucune modification concurrente à trancher.</translation>
    </message>
    <message>
        <location line="-378"/>
        <location line="+385"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+381"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Liaison entry</source>
        <translation>Entrée de liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liaison entries</source>
        <translation>Entrées de liaison</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up action</source>
        <translation>Action de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QIP</source>
        <translation>QIP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QIPs</source>
        <translation>QIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support request</source>
        <translation>Demande d&apos;appui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support requests</source>
        <translation>Demandes d&apos;appui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mission setting</source>
        <translation>Paramètre de la mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mission settings</source>
        <translation>Paramètres de la mission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit narrative</source>
        <translation>Compte rendu d&apos;unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit narratives</source>
        <translation>Comptes rendus d&apos;unité</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Merge the export files of other units into this one, all or none: if one file cannot be merged, nothing of the batch is saved</source>
        <translation>Fusionner dans celle-ci les fichiers d’export d’autres unités, tous ou aucun&#xa0;: si un fichier ne peut pas être fusionné, rien du lot n’est enregistré</translation>
    </message>
    <message numerus="yes">
        <location line="+208"/>
        <source>%Ln concurrent edit(s)</source>
        <translation>
            <numerusform>%Ln modification concurrente</numerusform>
            <numerusform>%Ln modifications concurrentes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{count} that may be the same organisation or person.</source>
        <translation>Pouvant désigner la même organisation ou la même personne&#xa0;: {count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No possible duplicates.</source>
        <translation>Aucun doublon possible.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>taken over</source>
        <translation>repris</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No files received yet.</source>
        <translation>Aucun fichier reçu pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The unit files other units send you are listed here once imported; their records merge into this database.</source>
        <translation>Les fichiers d&apos;unité que vous envoient les autres unités sont listés ici une fois importés&#xa0;; leurs fiches fusionnent dans cette base.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the files to merge into this database</source>
        <translation>Choisir les fichiers à fusionner dans cette base</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{title}: {field} is now “{value}” (from {unit}).</source>
        <translation>{title}&#xa0;: {field} vaut désormais «&#xa0;{value}&#xa0;» (venant de {unit}).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{title}: {field} stays “{value}”.</source>
        <translation>{title}&#xa0;: {field} reste «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The conflict was not settled</source>
        <translation>Le conflit n&apos;a pas été tranché</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Keep “{keep}” ({unit}); merge “{other}” into it</source>
        <translation>Garder «&#xa0;{keep}&#xa0;» ({unit})&#xa0;; y fusionner «&#xa0;{other}&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These look like the same record ({reason}). Which one is kept? The other one is hidden from lists and searches, and points to the one kept.</source>
        <translation>Ces fiches semblent désigner la même chose ({reason}). Laquelle est conservée&#xa0;? L&apos;autre est masquée des listes et des recherches, et renvoie à celle qui est conservée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The records were not merged</source>
        <translation>Les fiches n&apos;ont pas été fusionnées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged: {choice}</source>
        <translation>Fusionné&#xa0;: {choice}</translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <location filename="../../src/cimicdesk/ui/operation_dialogs.py" line="-105"/>
        <source>e.g. Capt. Rahman, CIMIC officer</source>
        <translation>p. ex. Cne Rahman, officier CIMIC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. PRC minutes 14/2026</source>
        <translation>p. ex. procès-verbal du CEP 14/2026</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded &amp;by:</source>
        <translation>Enregistré &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say why: this move needs a note.</source>
        <translation>Indiquez le motif&#xa0;: ce changement demande une note.</translation>
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
        <location filename="../../src/cimicdesk/ui/prompts.py" line="+110"/>
        <source>Your unit</source>
        <translation>Votre unité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CIMIC Desk keeps one database per unit. Which unit is this database for? The name appears on reference numbers (e.g. BANBAT1-2026-0001) and reports.</source>
        <translation>CIMIC Desk tient une base de données par unité. À quelle unité cette base de données appartient-elle&#xa0;? Son nom figure dans les numéros de référence (p. ex. BANBAT1-2026-0001) et dans les rapports.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. BANBAT 1</source>
        <translation>p. ex. BANBAT 1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. Sector Centre</source>
        <translation>p. ex. Secteur Centre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The formation your unit reports to (may stay empty); it appears on your reports.</source>
        <translation>La formation dont relève votre unité (peut rester vide)&#xa0;; elle figure sur vos rapports.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit &amp;name:</source>
        <translation>&amp;Nom de l&apos;unité&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Level:</source>
        <translation>É&amp;chelon&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports to:</source>
        <translation>&amp;Relève de&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the unit&apos;s name, e.g. BANBAT 1.</source>
        <translation>Indiquez le nom de l&apos;unité, p. ex. BANBAT 1.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../src/cimicdesk/ui/passphrase_dialogs.py" line="+99"/>
        <source>Unlock database — CIMIC Desk</source>
        <translation>Déverrouiller la base de données — CIMIC Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock {name}</source>
        <translation>Déverrouiller {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {folder}</source>
        <translation>Dans {folder}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type the passphrase of {name}.</source>
        <translation>Tapez la phrase secrète de {name}.</translation>
    </message>
</context>
<context>
    <name>Unlocking</name>
    <message>
        <location filename="../../src/cimicdesk/ui/unlocking.py" line="+45"/>
        <source>Choose a passphrase</source>
        <translation>Choisir une phrase secrète</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database of {unit} ({name}) is encrypted on the disk: names, phones and reports cannot be read without its passphrase. Choose it now: CIMIC Desk asks for it at every start, and to unlock the window after it was locked.</source>
        <translation>La base de données de {unit} ({name}) est chiffrée sur le disque : noms, téléphones et rapports sont illisibles sans sa phrase secrète. Choisissez-la maintenant : CIMIC Desk la demande à chaque démarrage, et pour déverrouiller la fenêtre après son verrouillage.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Encrypt this database?</source>
        <translation>Chiffrer cette base de données ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was made by an earlier CIMIC Desk and is not encrypted: anyone who copies the file can read its names and phones.

CIMIC Desk now encrypts every database. It will take a backup, encrypt the file with a passphrase you choose, and destroy the unencrypted copies (the file, its side files and its old backups). This is done once and takes a moment.</source>
        <translation>{name} a été créée par une version antérieure de CIMIC Desk et n&apos;est pas chiffrée : quiconque copie le fichier peut lire ses noms et ses téléphones.

CIMIC Desk chiffre désormais chaque base de données. Il va faire une sauvegarde, chiffrer le fichier avec une phrase secrète de votre choix, puis détruire les copies non chiffrées (le fichier, ses fichiers annexes et ses anciennes sauvegardes). Cela se fait une seule fois et prend un moment.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypt it…</source>
        <translation>La chiffrer…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the passphrase that will open {name} from now on.</source>
        <translation>Choisissez la phrase secrète qui ouvrira désormais {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypt {name}</source>
        <translation>Chiffrer {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is encrypted. A backup was kept, encrypted too; the unencrypted copies were destroyed.</source>
        <translation>{name} est chiffrée. Une sauvegarde a été conservée, chiffrée elle aussi ; les copies non chiffrées ont été détruites.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../src/cimicdesk/ui/user_guide.py" line="+127"/>
        <source>User guide — CIMIC Desk</source>
        <translation>Guide de l&apos;utilisateur — CIMIC Desk</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <location filename="../../src/cimicdesk/ui/window_lock.py" line="+115"/>
        <source>Locking as soon as this is done: {task}</source>
        <translation>Verrouillage dès que ceci sera terminé : {task}</translation>
    </message>
</context>
</TS>
