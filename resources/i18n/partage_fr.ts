<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="71"/>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
</context>
<context>
    <name>CheckupDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="97"/>
        <source>Partnership health check-up</source>
        <translation>Bilan de santé du partenariat</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="99"/>
        <source>1 = not at all, 5 = completely</source>
        <translation>1 = pas du tout, 5 = tout à fait</translation>
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
    <name>EntryEditor</name>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="81"/>
        <source>What happened? Lists: start lines with “- ”; emphasis: *word*.</source>
        <translation>Que s&apos;est-il passé&#xa0;? Listes&#xa0;: commencez les lignes par « - »&#xa0;; pour souligner&#xa0;: *mot*.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="84"/>
        <source>Separate tags with commas</source>
        <translation>Séparez les étiquettes par des virgules</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="92"/>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="92"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="100"/>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="128"/>
        <source>Amount in dollars</source>
        <translation>Montant en dollars</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="107"/>
        <source>How was it estimated? (quote, market price…)</source>
        <translation>Comment l&apos;avez-vous estimé&#xa0;? (soumission, prix du marché…)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="114"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="114"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="114"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="115"/>
        <source>Au&amp;thor:</source>
        <translation>Au&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="115"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="115"/>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="116"/>
        <source>&amp;Partners concerned:</source>
        <translation>&amp;Partenaires concernés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="117"/>
        <source>Hours in&amp;vested:</source>
        <translation>Heures in&amp;vesties&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="126"/>
        <source>&amp;Money:</source>
        <translation>&amp;Argent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="129"/>
        <source>Kind of amount</source>
        <translation>Nature du montant</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="130"/>
        <source>How the amount was estimated</source>
        <translation>Comment le montant a été estimé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="138"/>
        <source>Attac&amp;hments:</source>
        <translation>Pièces &amp;jointes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="140"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="145"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler la modification</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="150"/>
        <source>Attach a &amp;file…</source>
        <translation>Joindre un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="153"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="157"/>
        <source>Move to tras&amp;h</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="214"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="214"/>
        <source>New entry: give it a title to save it.</source>
        <translation>Nouvelle entrée&#xa0;: donnez-lui un titre pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="228"/>
        <source>Challenges named in the guides: %1</source>
        <translation>Défis nommés dans les guides&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="244"/>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="256"/>
        <source>Write the amount in dollars, for example 1250,50.</source>
        <translation>Écrivez le montant en dollars, par exemple 1250,50.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="268"/>
        <source>Write hours as a number, for example 1,5.</source>
        <translation>Écrivez les heures en chiffres, par exemple 1,5.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="287"/>
        <source>Not saved: correct the amount or hours.</source>
        <translation>Non enregistré&#xa0;: corrigez le montant ou les heures.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="290"/>
        <source>Not saved yet: give the entry a title.</source>
        <translation>Pas encore enregistré&#xa0;: donnez un titre à l&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="295"/>
        <source>Not saved: check the title, the hours and the amount.</source>
        <translation>Non enregistré&#xa0;: vérifiez le titre, les heures et le montant.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="300"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="315"/>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="328"/>
        <source>The file “%1” no longer exists. Check that it was not moved or renamed.</source>
        <translation>Le fichier « %1 » n&apos;existe plus. Vérifiez qu&apos;il n&apos;a pas été déplacé ou renommé.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="329"/>
        <source>“%1” is a folder, not a file. Choose a file.</source>
        <translation>« %1 » est un dossier, pas un fichier. Choisissez un fichier.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="330"/>
        <source>The file “%1” is too big to attach (limit: 100 MB). Keep it in a shared folder and note its location in the entry.</source>
        <translation>Le fichier « %1 » est trop volumineux pour être joint (limite&#xa0;: 100 Mo). Gardez-le dans un dossier partagé et notez son emplacement dans l&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="332"/>
        <source>The file “%1” could not be read. Close it in the other program, then try again.</source>
        <translation>Impossible de lire le fichier « %1 ». Fermez-le dans l&apos;autre programme, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="334"/>
        <source>The disk is full: “%1” could not be copied. Free some space, then try again.</source>
        <translation>Le disque est plein&#xa0;: impossible de copier « %1 ». Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="339"/>
        <source>File attached: %1</source>
        <translation>Fichier joint&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_editor.py" line="346"/>
        <source>The copy of this file is missing from the data folder.</source>
        <translation>La copie de ce fichier est absente du dossier de données.</translation>
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
        <location filename="../../partage_desktop/ui/home.py" line="77"/>
        <source>Nothing to watch for now: no agreement ends in the next 60 days.</source>
        <translation>Rien à surveiller pour l&apos;instant&#xa0;: aucune entente ne se termine dans les 60 prochains jours.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/home.py" line="93"/>
        <source>%1 ends on %2</source>
        <translation>%1 se termine le %2</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="133"/>
        <source>Hours invested per month</source>
        <translation>Heures investies par mois</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="134"/>
        <source>Savings, avoided costs and spending per month</source>
        <translation>Économies, coûts évités et dépenses par mois</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="137"/>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="137"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="137"/>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="194"/>
        <source>Savings</source>
        <translation>Économies</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="138"/>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="195"/>
        <source>Avoided costs</source>
        <translation>Coûts évités</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="138"/>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="196"/>
        <source>Spending</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="138"/>
        <source>Net benefit</source>
        <translation>Bénéfice net</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="146"/>
        <source>Do a &amp;health check-up…</source>
        <translation>Faire un &amp;bilan de santé…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="156"/>
        <source>By partner</source>
        <translation>Par partenaire</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="158"/>
        <source>Partnership health</source>
        <translation>Santé du partenariat</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="193"/>
        <source>Hours invested</source>
        <translation>Heures investies</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="199"/>
        <source>(no organization given)</source>
        <translation>(sans organisme précisé)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="205"/>
        <source>Choose a project to see its health check-ups.</source>
        <translation>Choisissez un projet pour voir ses bilans de santé.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="207"/>
        <source>No check-up yet. Ten quick questions on trust, fairness, communication, roles and satisfaction; repeat it every few months to see the trend.</source>
        <translation>Aucun bilan pour l&apos;instant. Dix questions rapides sur la confiance, l&apos;équité, la communication, les rôles et la satisfaction&#xa0;; refaites-le tous les quelques mois pour voir la tendance.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="210"/>
        <source>improving</source>
        <translation>en amélioration</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="210"/>
        <source>declining</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="210"/>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_indicators.py" line="214"/>
        <source>Trend: %1. %2</source>
        <translation>Tendance&#xa0;: %1. %2</translation>
    </message>
</context>
<context>
    <name>JournalEmptyState</name>
    <message>
        <location filename="../../partage_desktop/ui/journal_filters.py" line="100"/>
        <source>Keep track of your sharing project</source>
        <translation>Gardez la trace de votre projet de partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_filters.py" line="102"/>
        <source>Write down, as you go, what happens in your sharing project: meetings and decisions, difficulties and how you handled them, successes and milestones. Note the hours each organization invests and the money the sharing saves, costs or avoids. A year from now, your report to funders will write itself from these entries.</source>
        <translation>Notez au fil des jours ce qui se passe dans votre projet de partage&#xa0;: réunions et décisions, difficultés et façon de les régler, réussites et jalons. Inscrivez les heures investies par chaque organisme et l&apos;argent que le partage fait économiser, coûte ou évite. Dans un an, votre rapport au bailleur de fonds se rédigera à partir de ces entrées.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_filters.py" line="108"/>
        <source>&amp;Write my first entry</source>
        <translation>Écrire ma &amp;première entrée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_filters.py" line="112"/>
        <source>&amp;Load an example</source>
        <translation>&amp;Charger un exemple</translation>
    </message>
</context>
<context>
    <name>JournalEntriesModel</name>
    <message>
        <location filename="../../partage_desktop/ui/journal_model.py" line="36"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_model.py" line="36"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_model.py" line="36"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_model.py" line="36"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_model.py" line="37"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_model.py" line="37"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>JournalFilters</name>
    <message>
        <location filename="../../partage_desktop/ui/journal_filters.py" line="37"/>
        <location filename="../../partage_desktop/ui/journal_filters.py" line="38"/>
        <source>Search the journal</source>
        <translation>Chercher dans le journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_filters.py" line="43"/>
        <source>Type of entry</source>
        <translation>Type d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_filters.py" line="44"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_filters.py" line="49"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_filters.py" line="52"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_filters.py" line="54"/>
        <location filename="../../partage_desktop/ui/journal_filters.py" line="63"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_filters.py" line="55"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_filters.py" line="65"/>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>JournalSection</name>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="53"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="55"/>
        <source>New &amp;project…</source>
        <translation>Nouveau &amp;projet…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="58"/>
        <source>Project &amp;details…</source>
        <translation>&amp;Détails du projet…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="61"/>
        <source>&amp;New entry</source>
        <translation>&amp;Nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="65"/>
        <source>Tras&amp;h…</source>
        <translation>&amp;Corbeille…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="68"/>
        <source>&amp;Funder report (PDF)…</source>
        <translation>&amp;Rapport au bailleur de fonds (PDF)…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="71"/>
        <source>E&amp;xport (CSV)…</source>
        <translation>E&amp;xporter (CSV)…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="75"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="95"/>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="128"/>
        <source>&amp;Entries</source>
        <translation>&amp;Entrées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="129"/>
        <source>Indi&amp;cators</source>
        <translation>Indi&amp;cateurs</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="185"/>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="185"/>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="186"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="224"/>
        <source>No entry matches “%1”. Try other words or clear the filters.</source>
        <translation>Aucune entrée ne correspond à « %1 ». Essayez d&apos;autres mots ou retirez les filtres.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="229"/>
        <source>More than %1 entries</source>
        <translation>Plus de %1 entrées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="231"/>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="231"/>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="331"/>
        <source>The entry was moved to the trash. You can restore it for %1 days.</source>
        <translation>L&apos;entrée a été mise à la corbeille. Vous pouvez la restaurer pendant %1 jours.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="343"/>
        <source>The earlier version was restored; the text it replaced is in the history.</source>
        <translation>La version antérieure a été restaurée&#xa0;; le texte qu&apos;elle remplace est dans l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="357"/>
        <source>Loading the example…</source>
        <translation>Chargement de l&apos;exemple…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="361"/>
        <source>Example loaded: three sharing projects and their journal. Explore, then write your own entries.</source>
        <translation>Exemple chargé&#xa0;: trois projets de partage et leur journal. Explorez, puis écrivez vos propres entrées.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="368"/>
        <source>Save the funder report</source>
        <translation>Enregistrer le rapport au bailleur de fonds</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="369"/>
        <source>funder-report.pdf</source>
        <translation>rapport-bailleur-de-fonds.pdf</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="369"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="371"/>
        <source>Export the journal</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="371"/>
        <source>journal.csv</source>
        <translation>journal.csv</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="372"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="380"/>
        <source>Exporting…</source>
        <translation>Exportation en cours…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="392"/>
        <source>Could not save “%1”: %2. If the file is open in another program, close it, then try again.</source>
        <translation>Impossible d&apos;enregistrer « %1 »&#xa0;: %2. Si le fichier est ouvert dans un autre programme, fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal.py" line="396"/>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
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
        <source>Agreements you build with partner organizations, from the first draft to the signed copy: equipment loans, shared premises, a shared employee, shared services, data sharing, co-ownership, joint ventures and collaboration agreements.</source>
        <translation>Les ententes que vous préparez avec vos organismes partenaires, du premier brouillon à l&apos;exemplaire signé&#xa0;: prêt d&apos;équipement, locaux partagés, employé partagé, services partagés, partage de données, copropriété, coentreprise et entente de collaboration.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="77"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="78"/>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="95"/>
        <source>Data folder: %1</source>
        <translation>Dossier des données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="103"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="108"/>
        <source>New &amp;journal entry</source>
        <translation>Nouvelle entrée de &amp;journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="114"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="120"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="128"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Help on this screen</source>
        <translation>&amp;Aide sur cet écran</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="134"/>
        <source>&amp;About Partage</source>
        <translation>À &amp;propos de Partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="169"/>
        <source>Bookmarks could not be saved: the data folder is not writable.</source>
        <translation>Impossible d&apos;enregistrer les favoris&#xa0;: le dossier des données n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="182"/>
        <source>About Partage</source>
        <translation>À propos de Partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/main_window.py" line="183"/>
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
    <name>ProjectDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="47"/>
        <source>Sharing project</source>
        <translation>Projet de partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="59"/>
        <source>No organization in the address book yet: add them in the Organizations section, then come back.</source>
        <translation>Aucun organisme dans le carnet d&apos;adresses pour l&apos;instant&#xa0;: ajoutez-les dans la section Organismes, puis revenez ici.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="89"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="89"/>
        <source>&amp;Partners:</source>
        <translation>&amp;Partenaires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="90"/>
        <source>&amp;Resource shared:</source>
        <translation>&amp;Ressource partagée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="91"/>
        <source>Position on the &amp;continuum:</source>
        <translation>Place sur le &amp;continuum&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="91"/>
        <source>&amp;Stage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="92"/>
        <source>S&amp;tart date:</source>
        <translation>Date de &amp;début&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="92"/>
        <source>P&amp;urpose:</source>
        <translation>&amp;But&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="93"/>
        <source>Linked a&amp;greements:</source>
        <translation>E&amp;ntentes liées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="112"/>
        <source>(not decided)</source>
        <translation>(pas encore décidé)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="131"/>
        <source>Give the project a name.</source>
        <translation>Donnez un nom au projet.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="132"/>
        <source>Check the project&apos;s details.</source>
        <translation>Vérifiez les détails du projet.</translation>
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
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="145"/>
        <source>Revision history</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="150"/>
        <source>Earlier versions</source>
        <translation>Versions antérieures</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="154"/>
        <source>Text of the selected version</source>
        <translation>Texte de la version choisie</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="163"/>
        <source>No earlier version yet: one is kept each time you come back to edit this entry, and every ten minutes while you write.</source>
        <translation>Aucune version antérieure pour l&apos;instant&#xa0;: une version est gardée chaque fois que vous revenez modifier cette entrée, et toutes les dix minutes pendant que vous écrivez.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="167"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="171"/>
        <source>Close</source>
        <translation>Fermer</translation>
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
    <name>TrashDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="202"/>
        <source>Journal trash</source>
        <translation>Corbeille du journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="206"/>
        <source>Entries stay here %1 days, then are deleted for good.</source>
        <translation>Les entrées restent ici %1 jours, puis sont supprimées définitivement.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="211"/>
        <source>Entries in the trash</source>
        <translation>Entrées dans la corbeille</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="212"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="215"/>
        <source>&amp;Empty the trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="218"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="251"/>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal_dialogs.py" line="252"/>
        <source>Delete the %1 entries in the trash for good, with their attached files? This cannot be undone.</source>
        <translation>Supprimer définitivement les %1 entrées de la corbeille, avec leurs pièces jointes&#xa0;? Cette action est irréversible.</translation>
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
