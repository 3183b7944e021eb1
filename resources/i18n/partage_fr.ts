<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgreementFiles</name>
    <message>
        <location filename="../../partage_desktop/ui/agreement_files.py" line="53"/>
        <source>Partage</source>
        <translation>Partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_files.py" line="99"/>
        <source>Save the agreement as PDF</source>
        <translation>Enregistrer l&apos;entente en PDF</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_files.py" line="100"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_files.py" line="109"/>
        <source>The PDF was not saved</source>
        <translation>Le PDF n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_files.py" line="117"/>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_files.py" line="142"/>
        <source>Nothing was printed</source>
        <translation>Rien n&apos;a été imprimé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_files.py" line="143"/>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>L&apos;impression n&apos;a pas pu démarrer. Vérifiez que l&apos;imprimante est allumée, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_files.py" line="155"/>
        <source>agreement-dates</source>
        <translation>dates-des-ententes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_files.py" line="156"/>
        <source>Export the agreements&apos; dates</source>
        <translation>Exporter les dates des ententes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_files.py" line="157"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_files.py" line="167"/>
        <source>Dates exported</source>
        <translation>Dates exportées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_files.py" line="168"/>
        <source>%1 date(s) written to %2. Open this file with Outlook, or import it in Google Calendar (Settings, Import &amp; export).</source>
        <translation>%1 date(s) enregistrée(s) dans&#xa0;%2. Ouvrez ce fichier avec Outlook, ou importez-le dans Google Agenda (Paramètres, Importer et exporter).</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_files.py" line="245"/>
        <source>%1 version %2 compared with %3 version %4</source>
        <translation>%1 version&#xa0;%2 comparée à&#xa0;%3 version&#xa0;%4</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_files.py" line="260"/>
        <source>Folder for the board resolutions</source>
        <translation>Dossier des résolutions du conseil d&apos;administration</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_files.py" line="268"/>
        <source>Board resolutions</source>
        <translation>Résolutions du conseil d&apos;administration</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_files.py" line="269"/>
        <source>One page per party, to be completed and certified by each board&apos;s secretary:
%1</source>
        <translation>Une page par partie, à compléter et à certifier par le ou la secrétaire de chaque conseil&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <location filename="../../partage_desktop/ui/agreements_model.py" line="31"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements_model.py" line="31"/>
        <source>Agreement</source>
        <translation>Entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements_model.py" line="31"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements_model.py" line="31"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements_model.py" line="32"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements_model.py" line="32"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements_model.py" line="36"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements_model.py" line="37"/>
        <source>Ready to sign</source>
        <translation>Prête à signer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements_model.py" line="38"/>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements_model.py" line="39"/>
        <source>Expired</source>
        <translation>Échue</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements_model.py" line="40"/>
        <source>Terminated</source>
        <translation>Résiliée</translation>
    </message>
</context>
<context>
    <name>AgreementsSection</name>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="58"/>
        <location filename="../../partage_desktop/ui/agreements.py" line="167"/>
        <source>Agreements</source>
        <translation>Ententes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="59"/>
        <source>&amp;Create an agreement</source>
        <translation>&amp;Créer une entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="85"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="87"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="89"/>
        <source>&amp;Verify a copy…</source>
        <translation>&amp;Vérifier une copie…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="90"/>
        <source>Export the &amp;dates (.ics)…</source>
        <translation>Exporter les &amp;dates (.ics)…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="113"/>
        <source>No agreement yet. An agreement puts in writing who shares what with whom, for how long and who pays what, so that everyone knows what to expect. Partage offers these kinds of sharing, from the simple loan to the joint venture:</source>
        <translation>Aucune entente pour l&apos;instant. Une entente met par écrit qui partage quoi avec qui, pour combien de temps et qui paie quoi, pour que chacun sache à quoi s&apos;attendre. Partage propose ces formes de partage, du simple prêt à la coentreprise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="127"/>
        <source>Create an &amp;agreement</source>
        <translation>Créer une &amp;entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="149"/>
        <source>Search agreements</source>
        <translation>Rechercher dans les ententes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="150"/>
        <source>Search by reference, title or partner</source>
        <translation>Rechercher par référence, titre ou partenaire</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="153"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="154"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="157"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="158"/>
        <source>Kind of agreement</source>
        <translation>Type d&apos;entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="191"/>
        <source>No agreement matches these filters.</source>
        <translation>Aucune entente ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="209"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="212"/>
        <source>&amp;Versions (each export freezes one):</source>
        <translation>&amp;Versions (chaque exportation en fige une)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="220"/>
        <source>&amp;Open in the wizard</source>
        <translation>&amp;Ouvrir dans l&apos;assistant</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="221"/>
        <source>Mark as si&amp;gned…</source>
        <translation>Marquer comme si&amp;gnée…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="222"/>
        <source>&amp;Terminate…</source>
        <translation>&amp;Résilier…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="223"/>
        <source>Prepare an a&amp;mendment</source>
        <translation>Préparer un a&amp;venant</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="224"/>
        <source>Compa&amp;re versions</source>
        <translation>Compa&amp;rer les versions</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="225"/>
        <source>&amp;Board resolutions…</source>
        <translation>Ré&amp;solutions du CA…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="257"/>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="260"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="321"/>
        <source>No agreement selected</source>
        <translation>Aucune entente sélectionnée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="328"/>
        <source>Version %1 · %2 · fingerprint %3</source>
        <translation>Version&#xa0;%1 ·&#xa0;%2 · empreinte&#xa0;%3</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="331"/>
        <source>signed</source>
        <translation>signée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="343"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="344"/>
        <source>Parties: %1</source>
        <translation>Parties&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="345"/>
        <source>From %1 to %2</source>
        <translation>Du&#xa0;%1 au&#xa0;%2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="347"/>
        <source>Signed on %1 (version %2)</source>
        <translation>Signée le&#xa0;%1 (version&#xa0;%2)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="350"/>
        <source>Scanned copy: %1</source>
        <translation>Copie numérisée&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="352"/>
        <source>Terminated on %1</source>
        <translation>Résiliée le&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="354"/>
        <source>Amendment to %1, version %2</source>
        <translation>Avenant à&#xa0;%1, version&#xa0;%2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements.py" line="357"/>
        <source>Amendments: %1</source>
        <translation>Avenants&#xa0;:&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>ComingSection</name>
    <message>
        <location filename="../../partage_desktop/ui/sections.py" line="34"/>
        <source>This section is coming in a next version of Partage.</source>
        <translation>Cette section arrive dans une prochaine version de Partage.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="130"/>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="130"/>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="130"/>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="133"/>
        <source>Differences between the two versions</source>
        <translation>Différences entre les deux versions</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="134"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="134"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="134"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="146"/>
        <source>Clause %1 (%2), %3</source>
        <translation>Clause&#xa0;%1 (%2),&#xa0;%3</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="149"/>
        <source>own wording</source>
        <translation>texte propre à l&apos;entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="159"/>
        <source>%1 detail(s) and %2 clause(s) differ.</source>
        <translation>%1 renseignement(s) et&#xa0;%2 clause(s) diffèrent.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="161"/>
        <source>The two versions are identical.</source>
        <translation>Les deux versions sont identiques.</translation>
    </message>
</context>
<context>
    <name>ContinuumDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="118"/>
        <source>Where are we on the continuum?</source>
        <translation>Où en sommes-nous sur le continuum&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="119"/>
        <source>Answer what you know today; you can leave a question blank. The result places your project between a simple loan and a merger and suggests an agreement template.</source>
        <translation>Répondez selon ce que vous savez aujourd&apos;hui&#xa0;; vous pouvez laisser une question sans réponse. Le résultat situe votre projet entre le simple prêt et la fusion, et suggère un modèle d&apos;entente.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="127"/>
        <source>Answer at least three questions to get a result.</source>
        <translation>Répondez à au moins trois questions pour obtenir un résultat.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="136"/>
        <source>Your project: %1</source>
        <translation>Votre projet&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="137"/>
        <source>What weighed most in your answers:</source>
        <translation>Ce qui a le plus pesé dans vos réponses&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="138"/>
        <source>Suggested agreement:</source>
        <translation>Entente suggérée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EnergyDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="186"/>
        <source>Energy versus benefits</source>
        <translation>L&apos;énergie investie vaut-elle les bénéfices&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="188"/>
        <source>Estimate honestly the time the sharing will take and what it should bring. Time has a cost too: count it at your staff&apos;s hourly cost.</source>
        <translation>Estimez honnêtement le temps que le partage demandera et ce qu&apos;il devrait rapporter. Le temps a aussi un coût&#xa0;: comptez-le au coût horaire de votre personnel.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="208"/>
        <source>Meeting hours per month (all partners)</source>
        <translation>Heures de rencontre par mois (tous les partenaires)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="209"/>
        <source>Coordination hours per month</source>
        <translation>Heures de coordination par mois</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="210"/>
        <source>Set-up hours, once (agreement, paperwork)</source>
        <translation>Heures de mise en place, une seule fois (entente, paperasse)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="211"/>
        <source>Hourly cost of staff time</source>
        <translation>Coût horaire du temps du personnel</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="212"/>
        <source>Duration (months)</source>
        <translation>Durée (mois)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="213"/>
        <source>Expected savings per month</source>
        <translation>Économies prévues par mois</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="214"/>
        <source>Other gains per month (estimated value)</source>
        <translation>Autres gains par mois (valeur estimée)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="225"/>
        <source>On these figures, the benefits outweigh the time invested.</source>
        <translation>Selon ces chiffres, les bénéfices dépassent le temps investi.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="226"/>
        <source>On these figures, the time invested costs more than it brings. Look for a simpler form of sharing, or gains that are not counted yet.</source>
        <translation>Selon ces chiffres, le temps investi coûte plus qu&apos;il ne rapporte. Cherchez une forme de partage plus simple, ou des gains qui ne sont pas encore comptés.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="228"/>
        <source>Benefits catch up with costs in month %1.</source>
        <translation>Les bénéfices rattrapent les coûts au mois %1.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="229"/>
        <source>Benefits do not catch up with costs within this period.</source>
        <translation>Les bénéfices ne rattrapent pas les coûts pendant cette période.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="230"/>
        <source>Hours invested</source>
        <translation>Heures investies</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="230"/>
        <source>Cost of that time</source>
        <translation>Coût de ce temps</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="230"/>
        <source>Expected benefits</source>
        <translation>Bénéfices attendus</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="230"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/errors.py" line="18"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/errors.py" line="19"/>
        <source>Partage ran into an unexpected problem. Your work is saved; you can keep going. If it happens again, send the log file to whoever helps you with Partage.</source>
        <translation>Partage a rencontré un problème inattendu. Votre travail est enregistré&#xa0;; vous pouvez continuer. Si le problème se reproduit, envoyez le fichier journal à la personne qui vous aide avec Partage.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/errors.py" line="23"/>
        <source>Log file: %1</source>
        <translation>Fichier journal&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/errors.py" line="24"/>
        <source>Open the log</source>
        <translation>Ouvrir le journal</translation>
    </message>
</context>
<context>
    <name>GuidesSection</name>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="56"/>
        <source>Search the guides (e.g. lend a van)</source>
        <translation>Rechercher dans les guides (ex.&#xa0;: prêter un camion)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="57"/>
        <source>Search the guides</source>
        <translation>Rechercher dans les guides</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="67"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="72"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="89"/>
        <source>Self-assessment tools</source>
        <translation>Outils d&apos;autoévaluation</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="92"/>
        <source>Where are we on the continuum?</source>
        <translation>Où en sommes-nous sur le continuum&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="93"/>
        <source>Are we ready?</source>
        <translation>Sommes-nous prêts&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="94"/>
        <source>Energy versus benefits</source>
        <translation>L&apos;énergie investie vaut-elle les bénéfices&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="100"/>
        <source>◀ Back</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="101"/>
        <source>Forward ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="102"/>
        <location filename="../../partage_desktop/ui/guides.py" line="314"/>
        <source>☆ Add to bookmarks</source>
        <translation>☆ Ajouter aux favoris</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="104"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="112"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="170"/>
        <source>★ My bookmarks</source>
        <translation>★ Mes favoris</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="199"/>
        <source>No article matches “%1”. Check the spelling or try other words, for example: %2.</source>
        <translation>Aucun article ne correspond à «&#xa0;%1&#xa0;». Vérifiez l&apos;orthographe ou essayez d&apos;autres mots, par exemple&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="256"/>
        <source>Create an agreement:</source>
        <translation>Créer l&apos;entente&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="257"/>
        <source>Agreements for this</source>
        <translation>Les ententes qui s&apos;y rattachent</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="261"/>
        <source>See also</source>
        <translation>Voir aussi</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides.py" line="314"/>
        <source>★ Remove bookmark</source>
        <translation>★ Retirer des favoris</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <location filename="../../partage_desktop/ui/home.py" line="31"/>
        <source>Welcome to Partage</source>
        <translation>Bienvenue dans Partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/home.py" line="33"/>
        <source>Share equipment, premises, staff or know-how with other organizations, and do it well: understand the options, agree in writing, and keep track of how it goes.</source>
        <translation>Partagez de l&apos;équipement, des locaux, du personnel ou de l&apos;expertise avec d&apos;autres organismes, et faites-le bien&#xa0;: comprendre les options, s&apos;entendre par écrit et garder la trace de ce qui se passe.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/home.py" line="38"/>
        <source>Where to start</source>
        <translation>Par où commencer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/home.py" line="41"/>
        <source>&amp;Create an agreement</source>
        <translation>&amp;Créer une entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/home.py" line="41"/>
        <source>Fill in an agreement step by step and print it for signature.</source>
        <translation>Remplir une entente étape par étape et l&apos;imprimer pour la signature.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/home.py" line="42"/>
        <source>Read the &amp;guides</source>
        <translation>Consulter les &amp;guides</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/home.py" line="42"/>
        <source>What resource sharing is, which form fits, how to go about it.</source>
        <translation>Ce qu&apos;est le partage des ressources, quelle forme choisir, comment s&apos;y prendre.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/home.py" line="43"/>
        <source>&amp;Write in the journal</source>
        <translation>Écrire dans le &amp;journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/home.py" line="43"/>
        <source>Note what happened, what it cost and what it saved.</source>
        <translation>Noter ce qui s&apos;est passé, ce que ça a coûté et ce que ça a permis d&apos;économiser.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/home.py" line="59"/>
        <location filename="../../partage_desktop/ui/home.py" line="63"/>
        <source>Recent agreements</source>
        <translation>Ententes récentes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/home.py" line="65"/>
        <source>No agreement yet. An agreement puts in writing who shares what, for how long and who pays what; start with “Create an agreement”.</source>
        <translation>Aucune entente pour l&apos;instant. Une entente met par écrit qui partage quoi, pour combien de temps et qui paie quoi&#xa0;; commencez par «&#xa0;Créer une entente&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/home.py" line="72"/>
        <location filename="../../partage_desktop/ui/home.py" line="76"/>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/home.py" line="78"/>
        <source>Nothing to watch for now: no agreement ends, needs a renewal notice or plans a follow-up meeting in the next 60 days.</source>
        <translation>Rien à surveiller pour l&apos;instant&#xa0;: aucune entente ne se termine, n&apos;exige un avis de non-renouvellement ni ne prévoit de rencontre de suivi dans les 60 prochains jours.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/home.py" line="106"/>
        <source>%1: last day to give notice of non-renewal, %2</source>
        <translation>%1&#xa0;: dernier jour pour donner l&apos;avis de non-renouvellement, le %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/home.py" line="107"/>
        <source>%1: follow-up meeting planned around %2</source>
        <translation>%1&#xa0;: rencontre de suivi prévue vers le %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/home.py" line="105"/>
        <source>%1 ends on %2</source>
        <translation>%1 se termine le %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="51"/>
        <source>Partage — resource sharing between organizations</source>
        <translation>Partage — le partage des ressources entre organismes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="56"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="71"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="72"/>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="73"/>
        <source>Agreements</source>
        <translation>Ententes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="74"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="75"/>
        <source>The journal of your sharing projects: meetings, decisions, difficulties, successes, hours invested and money saved, ready for your report to funders.</source>
        <translation>Le journal de vos projets de partage&#xa0;: rencontres, décisions, difficultés, réussites, heures investies et économies, prêt pour votre reddition de comptes aux bailleurs de fonds.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="77"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="94"/>
        <source>Data folder: %1</source>
        <translation>Dossier des données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="101"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="102"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="110"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="116"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="124"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="125"/>
        <source>&amp;Help on this screen</source>
        <translation>&amp;Aide sur cet écran</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="130"/>
        <source>&amp;About Partage</source>
        <translation>À &amp;propos de Partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="165"/>
        <source>Bookmarks could not be saved: the data folder is not writable.</source>
        <translation>Impossible d&apos;enregistrer les favoris&#xa0;: le dossier des données n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="178"/>
        <source>About Partage</source>
        <translation>À propos de Partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="179"/>
        <source>Partage %1

An offline toolkit for non-profit organizations in Québec that share resources: guides, agreements and a project journal.

Partage gives no legal advice.</source>
        <translation>Partage %1

Une trousse d&apos;outils hors ligne pour les organismes à but non lucratif du Québec qui partagent des ressources&#xa0;: guides, ententes et journal de projet.

Partage ne donne pas d&apos;avis juridique.</translation>
    </message>
</context>
<context>
    <name>OrganizationForm</name>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="36"/>
        <source>&amp;Legal name:</source>
        <translation>&amp;Nom légal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="37"/>
        <source>&amp;NEQ (10 digits):</source>
        <translation>&amp;NEQ (10 chiffres)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="38"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="39"/>
        <source>&amp;Representative:</source>
        <translation>&amp;Représentant(e)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="40"/>
        <source>Representative&apos;s &amp;title:</source>
        <translation>&amp;Titre du représentant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="41"/>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="42"/>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="45"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="46"/>
        <source>The NEQ has 10 digits, as on the enterprise register.</source>
        <translation>Le NEQ compte 10 chiffres, comme au Registraire des entreprises.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="47"/>
        <source>This does not look like an email address.</source>
        <translation>Cette adresse courriel ne semble pas valide.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="48"/>
        <source>Too long.</source>
        <translation>Trop long.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="73"/>
        <source>This is &amp;our organization</source>
        <translation>C&apos;est &amp;notre organisme</translation>
    </message>
</context>
<context>
    <name>OrganizationsSection</name>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="111"/>
        <source>Search by name, NEQ or person</source>
        <translation>Rechercher par nom, NEQ ou personne</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="112"/>
        <source>Search organizations</source>
        <translation>Rechercher des organisations</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="115"/>
        <source>Show &amp;archived</source>
        <translation>Afficher les organisations &amp;archivées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="119"/>
        <location filename="../../partage_desktop/ui/organizations.py" line="151"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="121"/>
        <source>No organization yet. Start with yours: its name, address and representative will fill every agreement; then add your partners.</source>
        <translation>Aucune organisation pour l&apos;instant. Commencez par la vôtre&#xa0;: son nom, son adresse et sa personne représentante rempliront chaque entente&#xa0;; ajoutez ensuite vos partenaires.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="124"/>
        <source>&amp;New organization</source>
        <translation>&amp;Nouvelle organisation</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="136"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="140"/>
        <location filename="../../partage_desktop/ui/organizations.py" line="197"/>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chiver</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="173"/>
        <source> (our organization)</source>
        <translation> (notre organisme)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="174"/>
        <source> — archived</source>
        <translation> — archivée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="197"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="210"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Veuillez corriger les champs indiqués en rouge.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="214"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="215"/>
        <source>“%1” looks like an organization already in the address book. Add it anyway?</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à une organisation déjà présente dans le carnet d&apos;adresses. L&apos;ajouter quand même&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations.py" line="222"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="148"/>
        <source>Are we ready?</source>
        <translation>Sommes-nous prêts&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="149"/>
        <source>Answer together with your partners if you can. Each answer from “Not at all” to “Completely”; the result shows your strengths and the points to work on.</source>
        <translation>Répondez avec vos partenaires si possible, de «&#xa0;Pas du tout&#xa0;» à «&#xa0;Tout à fait&#xa0;»&#xa0;; le résultat montre vos forces et les points à travailler.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="153"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="162"/>
        <source>%1 question(s) left unanswered.</source>
        <translation>%1 question(s) sans réponse.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="169"/>
        <source>Points to work on, with the guide that helps:</source>
        <translation>Points à travailler, avec le guide qui aide&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="170"/>
        <source>No weak point: you look ready to put it in writing.</source>
        <translation>Aucun point faible&#xa0;: vous semblez prêts à mettre le tout par écrit.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="171"/>
        <source>Readiness: %1 %</source>
        <translation>Préparation&#xa0;: %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/settings_dialog.py" line="32"/>
        <location filename="../../partage_desktop/ui/settings_dialog.py" line="111"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/settings_dialog.py" line="43"/>
        <location filename="../../partage_desktop/ui/settings_dialog.py" line="129"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/settings_dialog.py" line="44"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/settings_dialog.py" line="52"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/settings_dialog.py" line="53"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/settings_dialog.py" line="57"/>
        <source>Data folder:</source>
        <translation>Dossier des données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/settings_dialog.py" line="64"/>
        <location filename="../../partage_desktop/ui/settings_dialog.py" line="90"/>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/settings_dialog.py" line="65"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/settings_dialog.py" line="69"/>
        <source>&amp;Backup folder:</source>
        <translation>Dossier des &amp;sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/settings_dialog.py" line="72"/>
        <source>Tip: choose another drive or a USB key for backups, so that one broken disk cannot take both your data and its copies.</source>
        <translation>Conseil&#xa0;: choisissez un autre disque ou une clé USB pour les sauvegardes, pour qu&apos;un seul disque en panne ne puisse pas emporter à la fois vos données et leurs copies.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/settings_dialog.py" line="112"/>
        <source>The settings could not be saved (%1). Check that the data folder is writable, then try again.</source>
        <translation>Impossible d&apos;enregistrer les paramètres (%1). Vérifiez que vous pouvez écrire dans le dossier des données, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/settings_dialog.py" line="130"/>
        <source>The new language will be used the next time Partage starts. Restart now?</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Partage. Redémarrer maintenant&#x202f;?</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="51"/>
        <source>Mark %1 as signed</source>
        <translation>Marquer&#xa0;%1 comme signée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="55"/>
        <source>Signature date</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="57"/>
        <source>&amp;Signature date (when the last party signed):</source>
        <translation>&amp;Date de signature (celle de la dernière partie)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="60"/>
        <source>No scanned copy attached (optional).</source>
        <translation>Aucune copie numérisée jointe (facultatif).</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="63"/>
        <source>&amp;Attach the scanned signed copy…</source>
        <translation>&amp;Joindre la copie signée numérisée…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="69"/>
        <source>Scan:</source>
        <translation>Copie numérisée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="71"/>
        <source>Mark as &amp;signed</source>
        <translation>Marquer comme &amp;signée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="76"/>
        <source>Record that every party signed the printed agreement. A copy of the scan is kept in Partage&apos;s data folder.</source>
        <translation>Indiquez que toutes les parties ont signé l&apos;entente imprimée. Une copie de la numérisation est conservée dans le dossier de données de Partage.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="84"/>
        <source>Scanned signed copy</source>
        <translation>Copie signée numérisée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="85"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Numérisations (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="98"/>
        <source>Terminate %1</source>
        <translation>Résilier&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="100"/>
        <source>Terminating records that the parties ended this agreement before its term, as its termination article provides. It cannot be undone.</source>
        <translation>La résiliation indique que les parties ont mis fin à l&apos;entente avant son terme, comme le prévoit son article sur la fin de l&apos;entente. Elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="105"/>
        <source>Termination date</source>
        <translation>Date de résiliation</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="106"/>
        <source>&amp;Termination date:</source>
        <translation>Date de &amp;résiliation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="111"/>
        <source>&amp;Terminate the agreement</source>
        <translation>&amp;Résilier l&apos;entente</translation>
    </message>
</context>
<context>
    <name>VerifyCopyDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="177"/>
        <source>Verify a copy</source>
        <translation>Vérifier une copie</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="180"/>
        <source>Is this copy the one you recorded, unaltered? Choose the PDF file you received, or type the fingerprint printed at the bottom of a paper copy.</source>
        <translation>Cette copie est-elle bien celle que vous avez enregistrée, sans modification&#x202f;? Choisissez le fichier PDF reçu, ou tapez l&apos;empreinte imprimée au bas d&apos;une copie papier.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="183"/>
        <source>Choose a &amp;PDF…</source>
        <translation>Choisir un &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="188"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="191"/>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Empreinte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="193"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="215"/>
        <source>Copy to verify</source>
        <translation>Copie à vérifier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="215"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="233"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="239"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="239"/>
        <source>Not verified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="239"/>
        <source>Found</source>
        <translation>Trouvée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreement_dialogs.py" line="246"/>
        <source>The copy could not be checked.</source>
        <translation>La copie n&apos;a pas pu être vérifiée.</translation>
    </message>
</context>
<context>
    <name>_Base</name>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="45"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/selfassess.py" line="54"/>
        <source>&amp;See the result</source>
        <translation>&amp;Voir le résultat</translation>
    </message>
</context>
</TS>
