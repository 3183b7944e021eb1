<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgreementFiles</name>
    <message>
        <location filename="../../partage_desktop/ui/agreements/files.py" line="51"/>
        <source>Partage</source>
        <translation>Partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/files.py" line="92"/>
        <source>Version received unchecked</source>
        <translation>Version reçue sans vérification</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/files.py" line="93"/>
        <source>Version %1 was received from a partner, made with another template version: Partage could not check that its PDF shows what was recorded. Use it anyway?</source>
        <translation>La version %1 a été reçue d&apos;un partenaire et faite avec une autre version du modèle&#xa0;: Partage n&apos;a pas pu vérifier que son PDF montre ce qui a été enregistré. L&apos;utiliser quand même&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/files.py" line="107"/>
        <source>Save the agreement as PDF</source>
        <translation>Enregistrer l&apos;entente en PDF</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/files.py" line="108"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/files.py" line="114"/>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/files.py" line="142"/>
        <source>Nothing was printed</source>
        <translation>Rien n&apos;a été imprimé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/files.py" line="143"/>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>L&apos;impression n&apos;a pas pu démarrer. Vérifiez que l&apos;imprimante est allumée, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/files.py" line="163"/>
        <source>agreement-dates</source>
        <translation>dates-des-ententes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/files.py" line="164"/>
        <source>Export the agreements&apos; dates</source>
        <translation>Exporter les dates des ententes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/files.py" line="165"/>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/files.py" line="174"/>
        <source>Dates exported</source>
        <translation>Dates exportées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/files.py" line="175"/>
        <source>%1 date(s) written to %2. Open this file with Outlook, or import it in Google Calendar (Settings, Import &amp; export).</source>
        <translation>%1 date(s) enregistrée(s) dans&#xa0;%2. Ouvrez ce fichier avec Outlook, ou importez-le dans Google Agenda (Paramètres, Importer et exporter).</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/files.py" line="266"/>
        <source>%1 version %2 compared with %3 version %4</source>
        <translation>%1 version&#xa0;%2 comparée à&#xa0;%3 version&#xa0;%4</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/files.py" line="284"/>
        <source>Folder for the board resolutions</source>
        <translation>Dossier des résolutions du conseil d&apos;administration</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/files.py" line="292"/>
        <source>Board resolutions</source>
        <translation>Résolutions du conseil d&apos;administration</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/files.py" line="293"/>
        <source>One page per party, to be completed and certified by each board&apos;s secretary:
%1</source>
        <translation>Une page par partie, à compléter et à certifier par le ou la secrétaire de chaque conseil&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>AgreementTrashDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/agreements/trash.py" line="24"/>
        <source>Deleted drafts</source>
        <translation>Brouillons supprimés</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/trash.py" line="25"/>
        <source>Deleted drafts stay here %1 days, then are deleted for good.</source>
        <translation>Les brouillons supprimés restent ici %1 jours, puis sont supprimés définitivement.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/trash.py" line="27"/>
        <source>Drafts in the trash</source>
        <translation>Brouillons dans la corbeille</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/trash.py" line="22"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/trash.py" line="33"/>
        <source>%1 — %2 (%3), deleted on %4</source>
        <translation>%1 — %2 (%3), supprimé le %4</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/trash.py" line="48"/>
        <source>Delete the draft in the trash for good? This cannot be undone.</source>
        <translation>Supprimer définitivement le brouillon de la corbeille&#x202f;? C&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/trash.py" line="49"/>
        <source>Delete the %1 drafts in the trash for good? This cannot be undone.</source>
        <translation>Supprimer définitivement les %1 brouillons de la corbeille&#x202f;? C&apos;est irréversible.</translation>
    </message>
</context>
<context>
    <name>AgreementWizard</name>
    <message>
        <location filename="../../partage_desktop/ui/wizard/window.py" line="92"/>
        <location filename="../../partage_desktop/ui/wizard/window.py" line="305"/>
        <source>New agreement</source>
        <translation>Nouvelle entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/window.py" line="97"/>
        <source>&amp;Preview</source>
        <translation>Aperç&amp;u</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/window.py" line="98"/>
        <source>&amp;Export the PDF…</source>
        <translation>&amp;Exporter le PDF…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/window.py" line="307"/>
        <source>Amendment to %1</source>
        <translation>Avenant à %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/window.py" line="318"/>
        <source>Close (the draft is kept)</source>
        <translation>Fermer (le brouillon est conservé)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/window.py" line="318"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/window.py" line="385"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/window.py" line="401"/>
        <source>Not saved: %1. Your answers stay in this window; we will try again.</source>
        <translation>Non enregistré&#xa0;: %1. Vos réponses restent dans cette fenêtre&#x202f;; nous réessaierons.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/window.py" line="447"/>
        <source>Delete this draft</source>
        <translation>Supprimer ce brouillon</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/window.py" line="448"/>
        <source>Move this draft to the trash? You can restore it from the trash of the Agreements section for %1 days.</source>
        <translation>Mettre ce brouillon à la corbeille&#x202f;? Vous pourrez le restaurer depuis la corbeille de la section Ententes pendant %1 jours.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/window.py" line="457"/>
        <source>The draft was not deleted</source>
        <translation>Le brouillon n&apos;a pas été supprimé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/window.py" line="488"/>
        <source>The preview appears once the kind of agreement is chosen.</source>
        <translation>L&apos;aperçu apparaîtra dès que le type d&apos;entente sera choisi.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/window.py" line="514"/>
        <source>The amendment appears here once it is complete and changes something. What is missing:</source>
        <translation>L&apos;avenant s&apos;affiche ici dès qu&apos;il est complet et qu&apos;il change quelque chose. Ce qui manque&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <location filename="../../partage_desktop/ui/agreements/model.py" line="32"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/model.py" line="32"/>
        <source>Agreement</source>
        <translation>Entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/model.py" line="32"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/model.py" line="32"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/model.py" line="33"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/model.py" line="33"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>AgreementsSection</name>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="79"/>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="212"/>
        <source>Agreements</source>
        <translation>Ententes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="80"/>
        <source>&amp;Create an agreement</source>
        <translation>&amp;Créer une entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="89"/>
        <source>T&amp;rash…</source>
        <translation>Corbei&amp;lle…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="91"/>
        <source>Deleted drafts, to restore</source>
        <translation>Les brouillons supprimés, à restaurer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="117"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="119"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="121"/>
        <source>&amp;Verify a copy…</source>
        <translation>&amp;Vérifier une copie…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="122"/>
        <source>Export the &amp;dates (.ics)…</source>
        <translation>E&amp;xporter les dates (.ics)…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="123"/>
        <source>Sign e&amp;lectronically…</source>
        <translation>Si&amp;gner électroniquement…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="124"/>
        <source>Create a signing &amp;key…</source>
        <translation>Créer &amp;une clé de signature…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="125"/>
        <source>Tr&amp;usted certificates…</source>
        <translation>Certificats &amp;de confiance…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="127"/>
        <source>Send to a la&amp;wyer…</source>
        <translation>Envo&amp;yer à un juriste…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="128"/>
        <source>Bring in the l&amp;awyer&apos;s corrections…</source>
        <translation>Intégrer les &amp;corrections du juriste…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="157"/>
        <source>No agreement yet. An agreement puts in writing who shares what with whom, for how long and who pays what, so that everyone knows what to expect. Partage offers these kinds of sharing, from the simple loan to the joint venture:</source>
        <translation>Aucune entente pour l&apos;instant. Une entente met par écrit qui partage quoi avec qui, pour combien de temps et qui paie quoi, pour que chacun sache à quoi s&apos;attendre. Partage propose ces formes de partage, du simple prêt à la coentreprise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="172"/>
        <source>Create an &amp;agreement</source>
        <translation>Créer une &amp;entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="194"/>
        <source>Search agreements</source>
        <translation>Rechercher dans les ententes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="195"/>
        <source>Search by reference, title or partner</source>
        <translation>Rechercher par référence, titre ou partenaire</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="198"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="199"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="202"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="203"/>
        <source>Kind of agreement</source>
        <translation>Type d&apos;entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="244"/>
        <source>No agreement matches these filters.</source>
        <translation>Aucune entente ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="263"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="266"/>
        <source>&amp;Versions (each export freezes one):</source>
        <translation>&amp;Versions (chaque exportation en fige une)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="275"/>
        <source>&amp;Open in the wizard</source>
        <translation>&amp;Ouvrir dans l&apos;assistant</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="276"/>
        <source>Mark as si&amp;gned…</source>
        <translation>Marquer comme si&amp;gnée…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="277"/>
        <source>&amp;Terminate…</source>
        <translation>&amp;Résilier…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="278"/>
        <source>Prepare an a&amp;mendment</source>
        <translation>Préparer un a&amp;venant</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="279"/>
        <source>Compa&amp;re versions</source>
        <translation>Compa&amp;rer les versions</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="280"/>
        <source>&amp;Board resolutions…</source>
        <translation>Ré&amp;solutions du CA…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="281"/>
        <source>De&amp;lete this draft…</source>
        <translation>Supprimer ce &amp;brouillon…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="299"/>
        <source>Lawyer&apos;s review</source>
        <translation>Relecture juridique</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="338"/>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="341"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="422"/>
        <source>No agreement selected</source>
        <translation>Aucune entente sélectionnée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="429"/>
        <source>Version %1 · %2 · fingerprint %3</source>
        <translation>Version&#xa0;%1 ·&#xa0;%2 · empreinte&#xa0;%3</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="432"/>
        <source>signed</source>
        <translation>signée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="434"/>
        <source>received unchecked (made with another template version)</source>
        <translation>reçue sans vérification (faite avec une autre version du modèle)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="446"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="447"/>
        <source>Parties: %1</source>
        <translation>Parties&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="448"/>
        <source>From %1 to %2</source>
        <translation>Du&#xa0;%1 au&#xa0;%2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="450"/>
        <source>Signed on %1 (version %2)</source>
        <translation>Signée le&#xa0;%1 (version&#xa0;%2)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="453"/>
        <source>Signed on %1</source>
        <translation>Signée le&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="455"/>
        <source>Scanned copy: %1</source>
        <translation>Copie numérisée&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="457"/>
        <source>Terminated on %1</source>
        <translation>Résiliée le&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="459"/>
        <source>Amendment to %1, version %2</source>
        <translation>Avenant à&#xa0;%1, version&#xa0;%2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="462"/>
        <source>Amendments: %1</source>
        <translation>Avenants&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="520"/>
        <source>Delete this draft</source>
        <translation>Supprimer ce brouillon</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="521"/>
        <source>Move the draft %1 (%2) to the trash? You can restore it with “Trash…” for %3 days.</source>
        <translation>Mettre le brouillon %1 (%2) à la corbeille&#x202f;? Vous pourrez le restaurer avec «&#xa0;Corbeille…&#xa0;» pendant %3 jours.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/section.py" line="529"/>
        <source>The draft was not deleted</source>
        <translation>Le brouillon n&apos;a pas été supprimé</translation>
    </message>
</context>
<context>
    <name>AmendPage</name>
    <message>
        <location filename="../../partage_desktop/ui/wizard/amend.py" line="36"/>
        <source>What do you want to change?</source>
        <translation>Que voulez-vous changer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/amend.py" line="37"/>
        <source>This amendment changes agreement %1 (version %2, as signed). Choose what changes; everything else stays as signed.</source>
        <translation>Cet avenant modifie l&apos;entente %1 (version %2, telle que signée). Choisissez ce qui change&#x202f;; tout le reste demeure tel que signé.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/amend.py" line="42"/>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/amend.py" line="47"/>
        <source>&amp;What changes:</source>
        <translation>&amp;Ce qui change&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/amend.py" line="72"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/amend.py" line="80"/>
        <source>Nothing changes yet: choose what the amendment changes.</source>
        <translation>Rien ne change encore&#xa0;: choisissez ce que l&apos;avenant modifie.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/attachment_list.py" line="52"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/attachment_list.py" line="56"/>
        <source>Attach a &amp;file…</source>
        <translation>Joindre un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/attachment_list.py" line="59"/>
        <source>Re&amp;move the file…</source>
        <translation>&amp;Retirer le fichier…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/attachment_list.py" line="61"/>
        <source>Removes the selected file from the entry (key: Delete)</source>
        <translation>Retire de l&apos;entrée le fichier sélectionné (touche&#xa0;: Suppr)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/attachment_list.py" line="63"/>
        <source>&amp;Put the file back</source>
        <translation>&amp;Remettre le fichier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/attachment_list.py" line="109"/>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/attachment_list.py" line="124"/>
        <source>File attached: %1</source>
        <translation>Fichier joint&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/attachment_list.py" line="131"/>
        <source>The copy of this file is missing from the data folder.</source>
        <translation>La copie de ce fichier est absente du dossier de données.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/attachment_list.py" line="140"/>
        <source>Remove the file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/attachment_list.py" line="141"/>
        <source>Remove “%1” from this entry? The copy kept in the journal is deleted; the original file, wherever it is, is not touched.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de cette entrée&#xa0;? La copie gardée dans le journal est supprimée&#x202f;; le fichier d&apos;origine, où qu&apos;il soit, n&apos;est pas touché.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/attachment_list.py" line="145"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/attachment_list.py" line="147"/>
        <source>&amp;Keep</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/attachment_list.py" line="158"/>
        <source>“%1” could not be removed: %2. Close it in the other program, then try again.</source>
        <translation>Impossible de retirer «&#xa0;%1&#xa0;»&#xa0;: %2. Fermez-le dans l&apos;autre programme, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/attachment_list.py" line="163"/>
        <source>“%1” was removed from the entry.</source>
        <translation>«&#xa0;%1&#xa0;» a été retiré de l&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/attachment_list.py" line="172"/>
        <source>The file could not be put back.</source>
        <translation>Impossible de remettre le fichier.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/attachment_list.py" line="174"/>
        <source>“%1” is attached again.</source>
        <translation>«&#xa0;%1&#xa0;» est de nouveau joint.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/chart.py" line="76"/>
        <source>Nothing recorded in this period</source>
        <translation>Rien de noté pendant cette période</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="65"/>
        <source>&amp;Import a partner&apos;s sheet…</source>
        <translation>&amp;Importer la fiche d&apos;un partenaire…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="66"/>
        <source>E&amp;xport our sheet…</source>
        <translation>E&amp;xporter notre fiche…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="67"/>
        <source>Re&amp;move this partner&apos;s sheet</source>
        <translation>Reti&amp;rer la fiche de ce partenaire</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="68"/>
        <source>Make an a&amp;greement</source>
        <translation>Faire une &amp;entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="72"/>
        <location filename="../../partage_desktop/ui/resources/board.py" line="73"/>
        <source>Search the board</source>
        <translation>Chercher dans le babillard</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="84"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="85"/>
        <source>Offers and needs</source>
        <translation>Offres et besoins</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="86"/>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="87"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="88"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="89"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="90"/>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="90"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="91"/>
        <source>&amp;Region:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="99"/>
        <source>No partner&apos;s sheet on the board yet. When a partner organization sends you its offers sheet (a .partage file), click “Import a partner&apos;s sheet…”: its offers and needs appear here, with their date. Send yours with “Export our sheet…”.</source>
        <translation>Aucune fiche de partenaire au babillard pour l&apos;instant. Quand un organisme partenaire vous envoie sa fiche d&apos;offres (un fichier .partage), cliquez sur «&#xa0;Importer la fiche d&apos;un partenaire…&#xa0;»&#xa0;: ses offres et ses besoins apparaissent ici, avec leur date. Envoyez la vôtre avec «&#xa0;Exporter notre fiche…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="109"/>
        <source>Partners&apos; offers and needs</source>
        <translation>Offres et besoins des partenaires</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="112"/>
        <source>Side</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="112"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="112"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="112"/>
        <source>Sheet of</source>
        <translation>Fiche du</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="127"/>
        <source>Details of the offer or need</source>
        <translation>Détails de l&apos;offre ou du besoin</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="186"/>
        <source>Board</source>
        <translation>Babillard</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="195"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="198"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="265"/>
        <source>Choose an offer or a need to see it here.</source>
        <translation>Choisissez une offre ou un besoin pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="280"/>
        <source>From %1, sheet of %2</source>
        <translation>De %1, fiche du %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="311"/>
        <source>Photo %1 of %2</source>
        <translation>Photo %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="330"/>
        <location filename="../../partage_desktop/ui/resources/board.py" line="392"/>
        <source>Offers sheet for partners (*.partage)</source>
        <translation>Fiche d&apos;offres pour les partenaires (*.partage)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="331"/>
        <source>PDF to print (*.pdf)</source>
        <translation>PDF à imprimer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="332"/>
        <source>offers-sheet</source>
        <translation>fiche-offres</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="333"/>
        <location filename="../../partage_desktop/ui/resources/board.py" line="357"/>
        <location filename="../../partage_desktop/ui/resources/board.py" line="361"/>
        <source>Export our sheet</source>
        <translation>Exporter notre fiche</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="351"/>
        <source>Our sheet is saved as a PDF to print:
%1</source>
        <translation>Notre fiche est enregistrée en PDF à imprimer&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="353"/>
        <source>Our sheet is saved:
%1

Send it to your partner organizations by email or on a USB key; they import it with “Import a partner&apos;s sheet…”.</source>
        <translation>Notre fiche est enregistrée&#xa0;:
%1

Envoyez-la à vos organismes partenaires par courriel ou sur une clé USB&#xa0;; ils l&apos;importent avec «&#xa0;Importer la fiche d&apos;un partenaire…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="355"/>
        <source>Offers: %1 · Needs: %2 · Photos: %3</source>
        <translation>Offres&#xa0;: %1 · Besoins&#xa0;: %2 · Photos&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="372"/>
        <location filename="../../partage_desktop/ui/resources/board.py" line="380"/>
        <source>Remove this partner&apos;s sheet</source>
        <translation>Retirer la fiche de ce partenaire</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="373"/>
        <source>Take the sheet of %1 (%2 offers and needs) off the board? Nothing of ours changes; you can import the sheet again later.</source>
        <translation>Retirer du babillard la fiche de %1 (%2 offres et besoins)&#xa0;? Rien de ce qui est à nous ne change&#xa0;; vous pourrez importer la fiche de nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/board.py" line="390"/>
        <source>Import a partner&apos;s sheet</source>
        <translation>Importer la fiche d&apos;un partenaire</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="327"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="330"/>
        <source>Make an agreem&amp;ent</source>
        <translation>Faire une &amp;entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="343"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="343"/>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="343"/>
        <source>&amp;Picked up…</source>
        <translation>Remis à l&apos;&amp;emprunteur…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="344"/>
        <source>&amp;Returned…</source>
        <translation>Re&amp;tour…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="344"/>
        <source>Close the &amp;loan</source>
        <translation>&amp;Fermer le prêt</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="345"/>
        <source>Re&amp;new…</source>
        <translation>&amp;Prolonger…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="345"/>
        <source>Cancel the &amp;booking</source>
        <translation>A&amp;nnuler la réservation</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="355"/>
        <source>Booking no. %1</source>
        <translation>Réservation n°&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="357"/>
        <source>For: %1</source>
        <translation>Pour&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="358"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="360"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="362"/>
        <source>Quantity: %1</source>
        <translation>Quantité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="364"/>
        <source>Project: %1</source>
        <translation>Projet&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="369"/>
        <source>Picked up on %1; condition: %2</source>
        <translation>Remis le %1&#xa0;; état&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="372"/>
        <source>Accessories handed over: %1</source>
        <translation>Accessoires remis&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="373"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="375"/>
        <source>Returned on %1; condition: %2</source>
        <translation>Rendu le %1&#xa0;; état&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="378"/>
        <source>Incident: %1</source>
        <translation>Incident&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="380"/>
        <source>Renewed %n time(s)</source>
        <translation>
            <numerusform>Prolongée %n&#xa0;fois</numerusform>
            <numerusform>Prolongée %n&#xa0;fois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="382"/>
        <source>A journal entry was written to the project.</source>
        <translation>Une entrée a été ajoutée au journal du projet.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="383"/>
        <source>No journal entry: the loan belongs to no project.</source>
        <translation>Aucune entrée de journal&#xa0;: le prêt n&apos;appartient à aucun projet.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="435"/>
        <source>No photo</source>
        <translation>Aucune photo</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="445"/>
        <source>Picked up</source>
        <translation>Remise à l&apos;emprunteur</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="445"/>
        <source>&amp;Record the pick-up</source>
        <translation>Enre&amp;gistrer la remise</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="455"/>
        <source>Accessories handed over:</source>
        <translation>Accessoires remis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="457"/>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="502"/>
        <source>&amp;Condition:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="462"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="466"/>
        <source>C&amp;hoose a photo…</source>
        <translation>C&amp;hoisir une photo…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="470"/>
        <source>Photo of the resource</source>
        <translation>Photo de la ressource</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="471"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="479"/>
        <source>Photo:</source>
        <translation>Photo&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="501"/>
        <source>Returned</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="501"/>
        <source>&amp;Record the return</source>
        <translation>Enre&amp;gistrer le retour</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="503"/>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="504"/>
        <source>&amp;Hours we spent:</source>
        <translation>&amp;Heures que nous y avons consacrées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="514"/>
        <source>Renew</source>
        <translation>Prolonger</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="514"/>
        <source>&amp;Renew</source>
        <translation>&amp;Prolonger</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="515"/>
        <source>&amp;New end:</source>
        <translation>&amp;Nouvelle fin&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="55"/>
        <source>Print a booklet of guides</source>
        <translation>Imprimer un livret de guides</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="63"/>
        <source>Tick the articles to put in the booklet. It is saved as a PDF with a table of contents, ready to print or to send to your board.</source>
        <translation>Cochez les articles à mettre dans le livret. Il est enregistré en PDF avec une table des matières, prêt à imprimer ou à envoyer à votre conseil d&apos;administration.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="66"/>
        <source>Resource sharing guides</source>
        <translation>Guides du partage des ressources</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="68"/>
        <source>Booklet title</source>
        <translation>Titre du livret</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="69"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="74"/>
        <source>Articles in the booklet</source>
        <translation>Articles du livret</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="88"/>
        <source>Select &amp;all</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="90"/>
        <source>&amp;Clear</source>
        <translation>Tout &amp;désélectionner</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="98"/>
        <source>Making the booklet</source>
        <translation>Préparation du livret</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="103"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="108"/>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="154"/>
        <source>Articles chosen: %1</source>
        <translation>Articles choisis&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="161"/>
        <source>guides-booklet.pdf</source>
        <translation>livret-guides.pdf</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="163"/>
        <source>Save the booklet</source>
        <translation>Enregistrer le livret</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="163"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="172"/>
        <source>Making the booklet…</source>
        <translation>Préparation du livret…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="178"/>
        <source>Booklet saved: %1</source>
        <translation>Livret enregistré&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/printing.py" line="187"/>
        <source>Could not save the PDF: the file may be open in another program, or the folder is not writable. Close the file or choose another folder, then click Save again. (%1)</source>
        <translation>Impossible d&apos;enregistrer le PDF&#xa0;: le fichier est peut-être ouvert dans un autre programme, ou le dossier est protégé en écriture. Fermez le fichier ou choisissez un autre dossier, puis cliquez de nouveau sur Enregistrer. (%1)</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="79"/>
        <source>Resource shown</source>
        <translation>Ressource affichée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="85"/>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="222"/>
        <source>All resources</source>
        <translation>Toutes les ressources</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="91"/>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="96"/>
        <source>‹ Previous</source>
        <translation>‹ Précédent</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="98"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="100"/>
        <source>Next ›</source>
        <translation>Suivant ›</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="117"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="117"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="117"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="122"/>
        <source>%1 view (Ctrl+%2)</source>
        <translation>Vue %1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="148"/>
        <source>Show or hide the bookings in this state</source>
        <translation>Afficher ou masquer les réservations à cette étape</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="155"/>
        <source>Calendar of bookings</source>
        <translation>Calendrier des réservations</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="156"/>
        <source>No resources yet. Add what you lend in the Inventory tab: its bookings and loans will show here.</source>
        <translation>Aucune ressource pour l&apos;instant. Ajoutez ce que vous prêtez dans l&apos;onglet Inventaire&#xa0;: ses réservations et ses prêts s&apos;afficheront ici.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="170"/>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="170"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="171"/>
        <source>On loan</source>
        <translation>En prêt</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="171"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="172"/>
        <source>Returned</source>
        <translation>Rendue</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="198"/>
        <source>Ourselves</source>
        <translation>Nous-mêmes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="202"/>
        <source>Quantity: %1</source>
        <translation>Quantité&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="315"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="335"/>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="375"/>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="375"/>
        <source>AM</source>
        <translation>mat.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="375"/>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="375"/>
        <source>PM</source>
        <translation>a.-m.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="376"/>
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/calendar.py" line="376"/>
        <source>Eve.</source>
        <translation>Soir</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="39"/>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="47"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="42"/>
        <source>The categories that resources and needs are filed under, shared with partners through offers sheets. Each has a French and an English name.</source>
        <translation>Les catégories qui classent les ressources et les besoins, partagées avec les partenaires par les fiches d&apos;offres. Chacune a un nom en français et un nom en anglais.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="48"/>
        <source>French name</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="48"/>
        <source>English name</source>
        <translation>Nom en anglais</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="48"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="56"/>
        <source>Show &amp;archived</source>
        <translation>Afficher les &amp;archivées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="66"/>
        <source>&amp;French name:</source>
        <translation>Nom en &amp;français&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="67"/>
        <source>&amp;English name:</source>
        <translation>Nom en an&amp;glais&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="68"/>
        <source>&amp;Suits the kind:</source>
        <translation>&amp;Convient au genre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="68"/>
        <source>(any)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="69"/>
        <source>A&amp;dd as a new category</source>
        <translation>A&amp;jouter comme nouvelle catégorie</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="72"/>
        <source>Sa&amp;ve the changes</source>
        <translation>Enregistrer les &amp;modifications</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="75"/>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="131"/>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="86"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="109"/>
        <source> (archived)</source>
        <translation> (archivée)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="131"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="147"/>
        <source>Category saved.</source>
        <translation>Catégorie enregistrée.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="155"/>
        <source>Category restored.</source>
        <translation>Catégorie restaurée.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/categories_dialog.py" line="156"/>
        <source>Category archived: it is no longer offered, and resources already in it keep it.</source>
        <translation>Catégorie archivée&#xa0;: elle n&apos;est plus proposée, et les ressources qui y sont classées la gardent.</translation>
    </message>
</context>
<context>
    <name>ChallengeTags</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/challenges.py" line="27"/>
        <source>Add a &amp;challenge named in the guides</source>
        <translation>Ajouter un &amp;défi nommé dans les guides</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/challenges.py" line="28"/>
        <source>Challenges named in the guides</source>
        <translation>Défis nommés dans les guides</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/challenges.py" line="41"/>
        <source>Each challenge chosen is added to the tags, so the journal can be filtered by it.</source>
        <translation>Chaque défi choisi s&apos;ajoute aux étiquettes&#x202f;; le journal peut ensuite être filtré par défi.</translation>
    </message>
</context>
<context>
    <name>CheckupDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="55"/>
        <source>Partnership health check-up</source>
        <translation>Bilan de santé du partenariat</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="57"/>
        <source>1 = not at all, 5 = completely</source>
        <translation>1 = pas du tout, 5 = tout à fait</translation>
    </message>
</context>
<context>
    <name>ChooseProjectDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="48"/>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="55"/>
        <source>Which sharing &amp;project is this entry for?</source>
        <translation>Dans quel &amp;projet de partage noter cette entrée&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="60"/>
        <source>&amp;Write the entry</source>
        <translation>É&amp;crire l&apos;entrée</translation>
    </message>
</context>
<context>
    <name>ClausesPage</name>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="105"/>
        <source>Your own wording (optional)</source>
        <translation>Vos propres clauses (facultatif)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="106"/>
        <source>Add a clause of your own, or reword a clause for this agreement only. Such clauses are marked in the review and in comparisons.</source>
        <translation>Ajoutez une clause de votre cru ou reformulez une clause pour cette entente seulement. Ces clauses sont signalées à la révision et dans les comparaisons.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="108"/>
        <source>Add a clause</source>
        <translation>Ajouter une clause</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="112"/>
        <source>Title of the new clause</source>
        <translation>Titre de la nouvelle clause</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="114"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="117"/>
        <source>Text of the new clause</source>
        <translation>Texte de la nouvelle clause</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="121"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="127"/>
        <source>Place of the new clause</source>
        <translation>Emplacement de la nouvelle clause</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="128"/>
        <source>&amp;Place it after:</source>
        <translation>&amp;La placer après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="129"/>
        <source>A&amp;dd this clause</source>
        <translation>A&amp;jouter cette clause</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="135"/>
        <source>Clauses added</source>
        <translation>Clauses ajoutées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="137"/>
        <source>Added:</source>
        <translation>Ajoutées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="138"/>
        <source>Remove the selected clause</source>
        <translation>Retirer la clause choisie</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="143"/>
        <source>Reword a clause</source>
        <translation>Reformuler une clause</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="150"/>
        <source>Clause to reword</source>
        <translation>Clause à reformuler</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="155"/>
        <source>New wording</source>
        <translation>Nouveau libellé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="160"/>
        <source>Use this &amp;wording</source>
        <translation>Utiliser ce &amp;libellé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="163"/>
        <source>Back to the template&apos;s wording</source>
        <translation>Revenir au texte du modèle</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="182"/>
        <source>At the end, under “Special provisions”</source>
        <translation>À la fin, sous «&#xa0;Dispositions particulières&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="202"/>
        <source>(no title yet)</source>
        <translation>(sans titre pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="204"/>
        <source>%1 — being written above</source>
        <translation>%1 — en cours de rédaction ci-dessus</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="233"/>
        <source>Give the new clause a title and a text.</source>
        <translation>Donnez un titre et un texte à la nouvelle clause.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="359"/>
        <source>To complete: give the new clause a title and a text, or empty both boxes.</source>
        <translation>À compléter&#xa0;: donnez un titre et un texte à la nouvelle clause, ou videz les deux cases.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/clauses.py" line="363"/>
        <source>To complete: %1</source>
        <translation>À compléter&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ComingSection</name>
    <message>
        <location filename="../../partage_desktop/ui/app/sections.py" line="35"/>
        <source>This section is coming in a next version of Partage.</source>
        <translation>Cette section arrive dans une prochaine version de Partage.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="145"/>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="145"/>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="145"/>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="148"/>
        <source>Differences between the two versions</source>
        <translation>Différences entre les deux versions</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="149"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="149"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="149"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="161"/>
        <source>Clause %1 (%2), %3</source>
        <translation>Clause&#xa0;%1 (%2),&#xa0;%3</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="164"/>
        <source>own wording</source>
        <translation>texte propre à l&apos;entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="174"/>
        <source>%1 detail(s) and %2 clause(s) differ.</source>
        <translation>%1 renseignement(s) et&#xa0;%2 clause(s) diffèrent.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="176"/>
        <source>The two versions are identical.</source>
        <translation>Les deux versions sont identiques.</translation>
    </message>
</context>
<context>
    <name>ContinuumDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="222"/>
        <source>Where are we on the continuum?</source>
        <translation>Où en sommes-nous sur le continuum&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="223"/>
        <source>Answer what you know today; you can leave a question blank. The result places your project between a simple loan and a merger, names the form that fits and suggests an agreement template.</source>
        <translation>Répondez selon ce que vous savez aujourd&apos;hui&#x202f;; vous pouvez laisser une question en blanc. Le résultat situe votre projet entre un simple prêt et une fusion, nomme la forme qui convient et suggère un modèle d&apos;entente.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="241"/>
        <source>Answer at least three of the numbered questions to get a result.</source>
        <translation>Répondez à au moins trois des questions numérotées pour obtenir un résultat.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="249"/>
        <source>&amp;Create this agreement: %1</source>
        <translation>&amp;Créer cette entente&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="251"/>
        <source>Position: %1 out of 3</source>
        <translation>Position&#xa0;:&#xa0;%1 sur 3</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="252"/>
        <source>Form that fits: %1</source>
        <translation>Forme qui convient&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="253"/>
        <source>create this agreement</source>
        <translation>créer cette entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="253"/>
        <source>Also worth a look:</source>
        <translation>À voir aussi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="254"/>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="254"/>
        <source>To read:</source>
        <translation>À lire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="251"/>
        <source>Your project: %1</source>
        <translation>Votre projet&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="252"/>
        <source>Suggested agreement:</source>
        <translation>Entente suggérée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CostSplitEditor</name>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="41"/>
        <source>— no cost sharing —</source>
        <translation>— aucun partage des coûts —</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="43"/>
        <source>In equal shares</source>
        <translation>À parts égales</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="44"/>
        <source>By percentage</source>
        <translation>Selon un pourcentage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="45"/>
        <source>Fixed amount per party</source>
        <translation>Montant fixe par partie</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="46"/>
        <source>By use, at a rate per use</source>
        <translation>Selon l&apos;utilisation, à un tarif par utilisation</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="50"/>
        <source>How costs are shared</source>
        <translation>Façon de répartir les coûts</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="52"/>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="55"/>
        <source>Total to share</source>
        <translation>Total à répartir</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="58"/>
        <source>&amp;Total to share ($):</source>
        <translation>&amp;Total à répartir ($)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="63"/>
        <source>Rate per use</source>
        <translation>Tarif par utilisation</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="66"/>
        <source>&amp;Rate per use ($):</source>
        <translation>&amp;Tarif par utilisation ($)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="93"/>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="94"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="102"/>
        <source>Party %1</source>
        <translation>Partie %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="122"/>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="122"/>
        <source>Amount agreed ($)</source>
        <translation>Montant convenu ($)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="123"/>
        <source>Number of uses</source>
        <translation>Nombre d&apos;utilisations</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="123"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="148"/>
        <source>No costs are shared in this agreement.</source>
        <translation>Cette entente ne prévoit aucun partage des coûts.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="163"/>
        <source>Fill in every amount to see each party&apos;s share.</source>
        <translation>Remplissez tous les montants pour voir la part de chaque partie.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="171"/>
        <source>The percentages add up to %1 %; they must add up to 100 %.</source>
        <translation>Les pourcentages totalisent %1&#xa0;%&#x202f;; ils doivent totaliser 100&#xa0;%.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/cost_split_editor.py" line="178"/>
        <source>Total: %1 — the shares add up exactly to the total.</source>
        <translation>Total&#xa0;: %1 — la somme des parts égale exactement le total.</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="36"/>
        <source>Create a signing key</source>
        <translation>Créer une clé de signature</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="41"/>
        <source>A signing key lets one person sign agreements electronically for the organization. Partage never keeps its password: write it down somewhere safe, because the key cannot be used without it.</source>
        <translation>Une clé de signature permet à une personne de signer électroniquement les ententes au nom de l&apos;organisme. Partage ne garde jamais son mot de passe&#xa0;: notez-le en lieu sûr, car la clé ne peut pas servir sans lui.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="46"/>
        <source>Name of the person who signs</source>
        <translation>Nom de la personne qui signe</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="47"/>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="48"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="49"/>
        <source>first.last@organization.org</source>
        <translation>prenom.nom@organisme.org</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="50"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="52"/>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="62"/>
        <source>Where to save the key</source>
        <translation>Où enregistrer la clé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="62"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="64"/>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="68"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="68"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="69"/>
        <source>&amp;E-mail:</source>
        <translation>Co&amp;urriel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="69"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="70"/>
        <source>Password a&amp;gain:</source>
        <translation>Confirmer le mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="71"/>
        <source>&amp;Save the key in:</source>
        <translation>&amp;Enregistrer la clé dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="81"/>
        <source>&amp;Create the key</source>
        <translation>&amp;Créer la clé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="116"/>
        <source>Save the signing key</source>
        <translation>Enregistrer la clé de signature</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="117"/>
        <source>Signing keys (*.p12)</source>
        <translation>Clés de signature (*.p12)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="124"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="139"/>
        <source>The password must be at least %1 characters long.</source>
        <translation>Le mot de passe doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="143"/>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;: tapez deux fois le même.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="147"/>
        <source>Choose where to save the key.</source>
        <translation>Choisissez où enregistrer la clé.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="161"/>
        <source>Creating the key…</source>
        <translation>Création de la clé…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="174"/>
        <source>The key could not be saved: %1</source>
        <translation>La clé n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="184"/>
        <source>Signing key created</source>
        <translation>Clé de signature créée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="185"/>
        <source>The signing key of %1 is saved in “%2”.

Save its certificate now? It is the file to send to your partners so that they can recognize your signature; it holds no secret.

Fingerprint to read to them over the phone: %3</source>
        <translation>La clé de signature de %1 est enregistrée dans «&#xa0;%2&#xa0;».

Enregistrer maintenant son certificat&#xa0;? C&apos;est le fichier à envoyer à vos partenaires pour qu&apos;ils reconnaissent votre signature&#xa0;; il ne contient aucun secret.

Empreinte à leur lire au téléphone&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="218"/>
        <source>Where your data lives</source>
        <translation>Où sont vos données</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="219"/>
        <source>One folder holds everything; backups are copies of it.</source>
        <translation>Un seul dossier contient tout&#xa0;; les sauvegardes en sont des copies.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="221"/>
        <source>Your agreements, journal and organizations are kept in the data folder below. Partage makes a backup before every update, and you can make one at any time.</source>
        <translation>Vos ententes, votre journal et vos organismes sont conservés dans le dossier des données ci-dessous. Partage fait une sauvegarde avant chaque mise à jour, et vous pouvez en faire une à tout moment.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="224"/>
        <source>Portable mode: the data stays in the “donnees” folder beside the app, for example on a USB key.</source>
        <translation>Mode portable&#xa0;: les données restent dans le dossier «&#xa0;donnees&#xa0;» à côté de l&apos;application, par exemple sur une clé USB.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="226"/>
        <source>Data folder:</source>
        <translation>Dossier des données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="227"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="228"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="229"/>
        <source>Back&amp;ups:</source>
        <translation>Sau&amp;vegardes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="230"/>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="236"/>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="231"/>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="232"/>
        <source>Tip: choose another drive or a USB key for backups, so that one broken disk cannot take both your data and its copies.</source>
        <translation>Conseil&#xa0;: choisissez un autre disque ou une clé USB pour les sauvegardes, pour qu&apos;un seul disque en panne ne puisse pas emporter à la fois vos données et leurs copies.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../partage_desktop/ui/widgets/date_field.py" line="117"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/widgets/date_field.py" line="119"/>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/widgets/date_field.py" line="143"/>
        <source>For example: %1</source>
        <translation>Par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/widgets/date_field.py" line="260"/>
        <source>Calendar for %1</source>
        <translation>Calendrier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <location filename="../../partage_desktop/ui/app/demo_actions.py" line="53"/>
        <source>Load the demo data</source>
        <translation>Charger les données de démonstration</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/demo_actions.py" line="54"/>
        <source>Your data folder already holds data (%1). Add the demo data anyway? A backup is made first, and File &gt; Remove the demo data takes the sample away again without touching your own data.</source>
        <translation>Votre dossier de données contient déjà des données (%1). Ajouter quand même les données de démonstration&#x202f;? Une sauvegarde est faite avant, et Fichier &gt; Retirer les données de démonstration retire l&apos;exemple sans toucher à vos propres données.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/demo_actions.py" line="57"/>
        <source>&amp;Add the demo data</source>
        <translation>&amp;Ajouter les données de démonstration</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="263"/>
        <source>Try it with examples</source>
        <translation>Essayer avec des exemples</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="264"/>
        <source>Sample data shows what Partage looks like once it is in use.</source>
        <translation>Des données d&apos;exemple montrent à quoi ressemble Partage une fois en usage.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="266"/>
        <source>&amp;Load the demo data: sample organizations, agreements and journal entries</source>
        <translation>&amp;Charger les données de démonstration&#xa0;: organismes, ententes et entrées de journal d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="268"/>
        <source>Handy to explore before typing your own information. Your own organization, if you entered it, stays yours.</source>
        <translation>Pratique pour explorer avant de saisir vos propres renseignements. Votre organisme, si vous l&apos;avez saisi, reste le vôtre.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="270"/>
        <source>Click Finish to open Partage.</source>
        <translation>Cliquez sur Terminer pour ouvrir Partage.</translation>
    </message>
</context>
<context>
    <name>DemoRemover</name>
    <message>
        <location filename="../../partage_desktop/ui/app/demo_actions.py" line="98"/>
        <location filename="../../partage_desktop/ui/app/demo_actions.py" line="104"/>
        <location filename="../../partage_desktop/ui/app/demo_actions.py" line="133"/>
        <source>Remove the demo data</source>
        <translation>Retirer les données de démonstration</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/demo_actions.py" line="99"/>
        <source>There is no demo data in this data folder: nothing to remove.</source>
        <translation>Ce dossier de données ne contient aucune donnée de démonstration&#xa0;: rien à retirer.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/demo_actions.py" line="105"/>
        <source>Remove the demo data (%1)? Only the sample goes away: your own organizations, agreements and journal entries stay as they are. A backup is made first.</source>
        <translation>Retirer les données de démonstration (%1)&#x202f;? Seul l&apos;exemple disparaît&#xa0;: vos propres organismes, ententes et entrées de journal restent tels quels. Une sauvegarde est faite avant.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/demo_actions.py" line="108"/>
        <source>&amp;Remove the demo data</source>
        <translation>&amp;Retirer les données de démonstration</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/demo_actions.py" line="115"/>
        <source>Removing the demo data…</source>
        <translation>Retrait des données de démonstration…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/demo_actions.py" line="120"/>
        <source>Demo data removed: %1. Your own data was not touched.</source>
        <translation>Données de démonstration retirées&#xa0;: %1. Vos propres données n&apos;ont pas été touchées.</translation>
    </message>
</context>
<context>
    <name>EnergyDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="293"/>
        <source>Energy versus benefits</source>
        <translation>L&apos;énergie investie vaut-elle les bénéfices&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="340"/>
        <source>On these figures, the benefits outweigh the time invested.</source>
        <translation>Selon ces chiffres, les bénéfices dépassent le temps investi.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="345"/>
        <source>Benefits catch up with costs in month %1.</source>
        <translation>Les bénéfices rattrapent les coûts au mois %1.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="346"/>
        <source>Benefits do not catch up with costs within this period.</source>
        <translation>Les bénéfices ne rattrapent pas les coûts pendant cette période.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="338"/>
        <source>Hours invested</source>
        <translation>Heures investies</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="295"/>
        <source>Estimate honestly the time the sharing will take, for all partners together, and what it should bring. Time has a cost too: count it at your staff&apos;s hourly cost, benefits included.</source>
        <translation>Estimez honnêtement le temps que le partage demandera, pour tous les partenaires ensemble, et ce qu&apos;il devrait rapporter. Le temps a un coût&#xa0;: comptez-le au coût horaire de votre personnel, avantages sociaux compris.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="314"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="320"/>
        <source>&amp;Meeting hours per month (all partners)</source>
        <translation>Heures de &amp;rencontre par mois (tous les partenaires)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="321"/>
        <source>&amp;Coordination hours per month</source>
        <translation>Heures de &amp;coordination par mois</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="322"/>
        <source>Set-up hours, once (&amp;agreement, paperwork)</source>
        <translation>Heures de mise en place, une seule fois (&amp;entente, paperasse)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="323"/>
        <source>&amp;Hourly cost of staff time</source>
        <translation>Coût &amp;horaire du personnel</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="324"/>
        <source>D&amp;uration (months)</source>
        <translation>D&amp;urée (mois)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="325"/>
        <source>Expected &amp;savings per month</source>
        <translation>É&amp;conomies prévues par mois</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="326"/>
        <source>&amp;Other gains per month (estimated value)</source>
        <translation>&amp;Autres gains par mois (valeur estimée)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="338"/>
        <source>Cost of that time</source>
        <translation>Coût de ce temps</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="339"/>
        <source>Expected benefits</source>
        <translation>Bénéfices attendus</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="339"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="341"/>
        <source>On these figures, the time invested costs more than it brings. Look for a simpler form of sharing, fewer meetings, or gains that are not counted yet.</source>
        <translation>Selon ces chiffres, le temps investi coûte plus qu&apos;il ne rapporte. Cherchez une forme de partage plus simple, moins de réunions, ou des gains qui ne sont pas encore comptés.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="343"/>
        <source>On these figures, the benefits only just cover the time invested: it is worth doing only if the sharing brings something more that is not counted here.</source>
        <translation>Selon ces chiffres, les bénéfices couvrent tout juste le temps investi&#xa0;: le partage n&apos;en vaut la peine que s&apos;il apporte autre chose qui n&apos;est pas compté ici.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="347"/>
        <source>Each hour invested brings back %1.</source>
        <translation>Chaque heure investie rapporte&#xa0;%1.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="348"/>
        <source>Not counted here, but worth naming: better service to the community, stronger funding applications, skills gained. Write them down without inflating them, and check the figures again after a few months.</source>
        <translation>Ce qui n&apos;est pas compté ici mérite d&apos;être nommé&#xa0;: un meilleur service à la communauté, des demandes de financement plus solides, des compétences acquises. Notez-les sans les gonfler, et refaites le calcul après quelques mois.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="93"/>
        <source>What happened? Lists: start lines with “- ”; emphasis: *word*.</source>
        <translation>Que s&apos;est-il passé&#xa0;? Listes&#xa0;: commencez les lignes par «&#xa0;-&#xa0;»&#x202f;; pour souligner&#xa0;: *mot*.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="96"/>
        <source>Separate tags with commas</source>
        <translation>Séparez les étiquettes par des virgules</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="108"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="108"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="108"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="109"/>
        <source>Au&amp;thor:</source>
        <translation>Au&amp;teur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="109"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="109"/>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="110"/>
        <source>&amp;Partners concerned:</source>
        <translation>&amp;Partenaires concernés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="111"/>
        <source>Hours in&amp;vested:</source>
        <translation>Heures in&amp;vesties&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="111"/>
        <source>&amp;Money:</source>
        <translation>&amp;Argent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="120"/>
        <source>Pr&amp;oject:</source>
        <translation>Pr&amp;ojet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="243"/>
        <source>New entry: it is saved as soon as you write in it.</source>
        <translation>Nouvelle entrée&#xa0;: elle s&apos;enregistre dès que vous y écrivez.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="318"/>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="342"/>
        <source>The title is too long (at most %1 characters): shorten it.</source>
        <translation>Le titre est trop long (au plus %1 caractères)&#xa0;: raccourcissez-le.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="378"/>
        <source>Not saved: check the title, the hours and the amount (%1).</source>
        <translation>Non enregistré&#xa0;: vérifiez le titre, les heures et le montant (%1).</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="386"/>
        <source>Saved at %1, except what is marked in red: correct it to save it.</source>
        <translation>Enregistré à %1, sauf ce qui est signalé en rouge&#xa0;: corrigez-le pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="404"/>
        <source>Part of this entry is not saved</source>
        <translation>Une partie de l&apos;entrée n&apos;est pas enregistrée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="405"/>
        <source>Everything else in the entry is saved, but not this:</source>
        <translation>Tout le reste de l&apos;entrée est enregistré, sauf ceci&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="408"/>
        <source>&amp;Stay and correct it</source>
        <translation>&amp;Rester pour corriger</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="410"/>
        <source>&amp;Leave without it</source>
        <translation>&amp;Quitter sans cette valeur</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="124"/>
        <source>P&amp;rivate: never sent to partner organizations</source>
        <translation>P&amp;rivée&#xa0;: jamais envoyée aux organismes partenaires</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="126"/>
        <source>Private entry</source>
        <translation>Entrée privée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="127"/>
        <source>A private entry stays on this computer: it is left out of the exchange files you send to partners.</source>
        <translation>Une entrée privée reste sur cet ordinateur&#xa0;: elle est exclue des fichiers d&apos;échange que vous envoyez aux partenaires.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="139"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler la modification</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="144"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="112"/>
        <source>Attach&amp;ments:</source>
        <translation>Pièces &amp;jointes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="148"/>
        <source>Move to tr&amp;ash</source>
        <translation>Mettre à la c&amp;orbeille</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="242"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="328"/>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/editor.py" line="387"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/app/errors.py" line="23"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/errors.py" line="24"/>
        <source>Partage ran into an unexpected problem. Your work is saved; you can keep going. If it happens again, send the log file to whoever helps you with Partage.</source>
        <translation>Partage a rencontré un problème inattendu. Votre travail est enregistré&#xa0;; vous pouvez continuer. Si le problème se reproduit, envoyez le fichier journal à la personne qui vous aide avec Partage.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/errors.py" line="28"/>
        <source>Log file: %1</source>
        <translation>Fichier journal&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/errors.py" line="29"/>
        <source>Open the log</source>
        <translation>Ouvrir le journal</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/wizard/done.py" line="30"/>
        <source>The PDF is ready</source>
        <translation>Le PDF est prêt</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/done.py" line="32"/>
        <source>Version %1 of amendment %2 was saved here:</source>
        <translation>La version %1 de l&apos;avenant %2 a été enregistrée ici&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/done.py" line="33"/>
        <source>Version %1 of agreement %2 was saved here:</source>
        <translation>La version %1 de l&apos;entente %2 a été enregistrée ici&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/done.py" line="46"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/done.py" line="47"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/done.py" line="48"/>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/done.py" line="57"/>
        <source>Next: print the amendment and have it signed by each party&apos;s representative. Then, in Agreements, select it and click “Mark as signed…” to record the date and keep the scanned copy. It is already listed there as ready to sign.</source>
        <translation>Prochaine étape&#xa0;: imprimez l&apos;avenant et faites-le signer par le représentant ou la représentante de chaque partie. Ensuite, dans Ententes, sélectionnez-le et cliquez sur «&#xa0;Marquer comme signée…&#xa0;» pour noter la date et conserver la copie numérisée. Il y figure déjà, prêt à signer.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/done.py" line="60"/>
        <source>Next: print it and have it signed by each party&apos;s representative. Then, in Agreements, select it and click “Mark as signed…” to record the date and keep the scanned copy. It is already listed there as ready to sign.</source>
        <translation>Prochaine étape&#xa0;: imprimez-la et faites-la signer par le représentant ou la représentante de chaque partie. Ensuite, dans Ententes, sélectionnez-la et cliquez sur «&#xa0;Marquer comme signée…&#xa0;» pour noter la date et conserver la copie numérisée. Elle y figure déjà, prête à signer.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/done.py" line="66"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/done.py" line="78"/>
        <source>Nothing opened</source>
        <translation>Rien n&apos;a été ouvert</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/done.py" line="79"/>
        <source>No program on this computer opened “%1”. Open the folder yourself: %2</source>
        <translation>Aucun programme de cet ordinateur n&apos;a ouvert «&#xa0;%1&#xa0;». Ouvrez vous-même le dossier&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/done.py" line="101"/>
        <source>Nothing was printed</source>
        <translation>Rien n&apos;a été imprimé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/done.py" line="102"/>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>L&apos;impression n&apos;a pas pu démarrer. Vérifiez que l&apos;imprimante est allumée, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../partage_desktop/ui/wizard/field_editors.py" line="251"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/field_editors.py" line="256"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="317"/>
        <source>Getting started with Partage</source>
        <translation>Premiers pas avec Partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="318"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="319"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="320"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="321"/>
        <source>&amp;Skip</source>
        <translation>Pass&amp;er</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="323"/>
        <source>Close this assistant; Partage opens and will not ask again.</source>
        <translation>Fermer cet assistant&#xa0;; Partage s&apos;ouvre et ne reposera plus ces questions.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="357"/>
        <source>Loading the demo data…</source>
        <translation>Chargement des données de démonstration…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="385"/>
        <source>The demo data could not be loaded. Partage opens without it; the details are in the log file.</source>
        <translation>Les données de démonstration n&apos;ont pas pu être chargées. Partage s&apos;ouvre sans elles&#xa0;; les détails sont dans le journal des erreurs.</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../../partage_desktop/ui/wizard/pages.py" line="210"/>
        <source>Fields marked with an asterisk (*) are required. Press F1 for the guide to this step.</source>
        <translation>Les champs marqués d&apos;un astérisque (*) sont obligatoires. Appuyez sur F1 pour lire le guide de cette étape.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/pages.py" line="293"/>
        <source>To complete: %1. You can go on and come back to it; the export waits for it.</source>
        <translation>À compléter&#xa0;: %1. Vous pouvez continuer et y revenir plus tard&#x202f;; seul l&apos;export l&apos;attend.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/pages.py" line="296"/>
        <source>To correct: the field marked in red.</source>
        <translation>À corriger&#xa0;: le champ marqué en rouge.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/pages.py" line="297"/>
        <source>To correct: the %1 fields marked in red.</source>
        <translation>À corriger&#xa0;: les %1 champs marqués en rouge.</translation>
    </message>
</context>
<context>
    <name>GuidesSection</name>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="67"/>
        <source>Search the guides (e.g. lend a van)</source>
        <translation>Rechercher dans les guides (ex.&#xa0;: prêter un camion)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="68"/>
        <source>Search the guides</source>
        <translation>Rechercher dans les guides</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="80"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="84"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="97"/>
        <source>Self-assessment tools</source>
        <translation>Outils d&apos;autoévaluation</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="100"/>
        <source>Where are we on the continuum?</source>
        <translation>Où en sommes-nous sur le continuum&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="101"/>
        <source>Are we ready?</source>
        <translation>Sommes-nous prêts&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="102"/>
        <source>Energy versus benefits</source>
        <translation>L&apos;énergie investie vaut-elle les bénéfices&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="108"/>
        <source>◀ Back</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="109"/>
        <source>Forward ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="110"/>
        <location filename="../../partage_desktop/ui/guides/section.py" line="341"/>
        <source>☆ Add to bookmarks</source>
        <translation>☆ Ajouter aux favoris</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="112"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="114"/>
        <source>Booklet PDF…</source>
        <translation>Livret PDF…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="119"/>
        <source>Article tools</source>
        <translation>Outils de l&apos;article</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="124"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="185"/>
        <source>★ My bookmarks</source>
        <translation>★ Mes favoris</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="262"/>
        <source>Agreements for this</source>
        <translation>Les ententes pour ce partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="264"/>
        <source>Create this agreement: %1</source>
        <translation>Créer cette entente&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="268"/>
        <source>Note what happens in the project journal</source>
        <translation>Noter le déroulement dans le journal de projet</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="272"/>
        <source>See also</source>
        <translation>Voir aussi</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/section.py" line="341"/>
        <source>★ Remove bookmark</source>
        <translation>★ Retirer des favoris</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="82"/>
        <source>Welcome to Partage</source>
        <translation>Bienvenue dans Partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="84"/>
        <source>Share equipment, premises, staff or know-how with other organizations, and do it well: understand the options, agree in writing, and keep track of how it goes.</source>
        <translation>Partagez de l&apos;équipement, des locaux, du personnel ou de l&apos;expertise avec d&apos;autres organismes, et faites-le bien&#xa0;: comprendre les options, s&apos;entendre par écrit et garder la trace de ce qui se passe.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="89"/>
        <source>Where to start</source>
        <translation>Par où commencer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="92"/>
        <source>&amp;Create an agreement</source>
        <translation>&amp;Créer une entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="92"/>
        <source>Fill in an agreement step by step and print it for signature.</source>
        <translation>Remplir une entente étape par étape et l&apos;imprimer pour la signature.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="93"/>
        <source>Read the &amp;guides</source>
        <translation>Consulter les &amp;guides</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="93"/>
        <source>What resource sharing is, which form fits, how to go about it.</source>
        <translation>Ce qu&apos;est le partage des ressources, quelle forme choisir, comment s&apos;y prendre.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="94"/>
        <source>&amp;Write in the journal</source>
        <translation>Écrire dans le &amp;journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="94"/>
        <source>Note what happened, what it cost and what it saved.</source>
        <translation>Noter ce qui s&apos;est passé, ce que ça a coûté et ce que ça a permis d&apos;économiser.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="110"/>
        <location filename="../../partage_desktop/ui/app/home.py" line="114"/>
        <source>Recent agreements</source>
        <translation>Ententes récentes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="116"/>
        <source>No agreement yet. An agreement puts in writing who shares what, for how long and who pays what; start with “Create an agreement”.</source>
        <translation>Aucune entente pour l&apos;instant. Une entente met par écrit qui partage quoi, pour combien de temps et qui paie quoi&#xa0;; commencez par «&#xa0;Créer une entente&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="123"/>
        <location filename="../../partage_desktop/ui/app/home.py" line="127"/>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="130"/>
        <source>Nothing to watch for now: no agreement ends, needs a renewal notice or plans a follow-up meeting in the next 60 days.</source>
        <translation>Rien à surveiller pour l&apos;instant&#xa0;: aucune entente ne se termine, n&apos;exige un avis de non-renouvellement ni ne prévoit de rencontre de suivi dans les 60 prochains jours.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="141"/>
        <source>Click an agreement, or press Enter, to open it.</source>
        <translation>Cliquez sur une entente, ou appuyez sur Entrée, pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="233"/>
        <source>our organization</source>
        <translation>notre organisme</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="234"/>
        <source>Overdue loan: %1, lent to %2, was due back on %3</source>
        <translation>Prêt en retard&#xa0;: %1, prêté à %2, devait revenir le %3</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="244"/>
        <source>%1: last day to give notice of non-renewal, %2</source>
        <translation>%1&#xa0;: dernier jour pour donner l&apos;avis de non-renouvellement, le %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="245"/>
        <source>%1: follow-up meeting planned around %2</source>
        <translation>%1&#xa0;: rencontre de suivi prévue vers le %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/home.py" line="243"/>
        <source>%1 ends on %2</source>
        <translation>%1 se termine le %2</translation>
    </message>
</context>
<context>
    <name>HoursBox</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/fields.py" line="126"/>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/fields.py" line="126"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/fields.py" line="132"/>
        <source>Write hours as 1.5, 1 h 30 or 90 min.</source>
        <translation>Écrivez les heures ainsi&#xa0;: 1,5, 1 h 30 ou 90 min.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/fields.py" line="195"/>
        <source>Hours of “%1”: write them without a minus sign.</source>
        <translation>Heures de «&#xa0;%1&#xa0;»&#xa0;: écrivez-les sans signe moins.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/fields.py" line="197"/>
        <source>Hours of “%1”: “%2” is more than %3 hours, surely a typo.</source>
        <translation>Heures de «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;», c&apos;est plus de %3 heures, sûrement une faute de frappe.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/fields.py" line="199"/>
        <source>Hours of “%1”: “%2” cannot be read; write 1.5, 1 h 30 or 90 min.</source>
        <translation>Heures de «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» ne peut pas être lu&#x202f;; écrivez 1,5, 1 h 30 ou 90 min.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="223"/>
        <location filename="../../partage_desktop/ui/widgets/import_preview.py" line="24"/>
        <source>Import an exchange file</source>
        <translation>Importer un fichier d&apos;échange</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/widgets/import_preview.py" line="27"/>
        <source>Here is what the import will do. Nothing has been written yet; a backup is made before the import.</source>
        <translation>Voici ce que l&apos;importation va faire. Rien n&apos;a encore été écrit&#x202f;; une sauvegarde est faite avant l&apos;importation.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/widgets/import_preview.py" line="33"/>
        <source>Preview of the import</source>
        <translation>Aperçu de l&apos;importation</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/widgets/import_preview.py" line="36"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="111"/>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="238"/>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="343"/>
        <source>Hours invested per month</source>
        <translation>Heures investies par mois</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="112"/>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="239"/>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="347"/>
        <source>Savings, avoided costs and spending per month</source>
        <translation>Économies, coûts évités et dépenses par mois</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="116"/>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="116"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="116"/>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="344"/>
        <source>Savings</source>
        <translation>Économies</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="117"/>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="345"/>
        <source>Avoided costs</source>
        <translation>Coûts évités</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="117"/>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="346"/>
        <source>Spending</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="117"/>
        <source>Net benefit</source>
        <translation>Bénéfice net</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="127"/>
        <source>Hours count for the organization that invested them. An entry&apos;s amount is divided equally among the partners named on it (to the cent); the amount of an entry that names no partner goes to “Not attributed”. The rows add up to the totals. Click a row to see that partner month by month.</source>
        <translation>Les heures comptent pour l&apos;organisme qui les a investies. Le montant d&apos;une entrée est partagé à parts égales entre les partenaires qui y sont nommés (au cent près)&#x202f;; celui d&apos;une entrée qui ne nomme aucun partenaire va à «&#xa0;Non attribué&#xa0;». Les lignes totalisent les montants du haut. Cliquez sur une ligne pour voir ce partenaire mois par mois.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="161"/>
        <source>Do a &amp;health check-up…</source>
        <translation>Faire un &amp;bilan de santé…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="115"/>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="177"/>
        <source>By partner</source>
        <translation>Par partenaire</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="108"/>
        <source>Chart&amp;s for:</source>
        <translation>&amp;Graphiques pour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="110"/>
        <source>Charts for</source>
        <translation>Graphiques pour</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="133"/>
        <source>Shared resources</source>
        <translation>Ressources partagées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="141"/>
        <source>Use of each resource</source>
        <translation>Utilisation de chaque ressource</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="142"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="142"/>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="299"/>
        <source>Loans</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="142"/>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="299"/>
        <source>Days used</source>
        <translation>Jours d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="143"/>
        <source>Use rate</source>
        <translation>Taux d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="143"/>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="301"/>
        <source>Estimated savings</source>
        <translation>Économies estimées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="152"/>
        <source>A loan is a booking that was picked up. A day counts when any part of it is used. The use rate is the days a resource was booked (approved or lent) over the days of the period. The savings are an estimate: the value per day typed on a resource times the days it was lent; resources without a value add nothing.</source>
        <translation>Un prêt est une réservation dont la ressource a été récupérée. Un jour compte dès qu&apos;une partie en est utilisée. Le taux d&apos;utilisation correspond aux jours où une ressource était réservée (réservation approuvée ou prêt en cours) sur le nombre de jours de la période. Les économies sont une estimation&#xa0;: la valeur par jour inscrite pour une ressource multipliée par ses jours de prêt&#xa0;; une ressource sans valeur n&apos;y ajoute rien.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="182"/>
        <source>Partnership health</source>
        <translation>Santé du partenariat</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="205"/>
        <source>The start date (%1) is after the end date (%2): swap them above to see the indicators of that period.</source>
        <translation>La date de début (%1) est après la date de fin (%2)&#xa0;: inversez-les en haut pour voir les indicateurs de cette période.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="224"/>
        <source>Period: the whole journal. Choose dates above (From, to) to see a period; the funder report covers the same period.</source>
        <translation>Période&#xa0;: tout le journal. Choisissez des dates en haut (Du, au) pour voir une période&#x202f;; le rapport au bailleur de fonds couvre la même période.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="228"/>
        <source>Period: from %1 to %2, as chosen above; the funder report covers the same period.</source>
        <translation>Période&#xa0;: du %1 au %2, choisie en haut&#x202f;; le rapport au bailleur de fonds couvre la même période.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="260"/>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="260"/>
        <source>The whole project</source>
        <translation>Tout le projet</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="263"/>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="268"/>
        <source>Not attributed</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="271"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="300"/>
        <source>Organizations served</source>
        <translation>Organismes servis</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="304"/>
        <source>The table lists the %1 most used of the %2 resources.</source>
        <translation>Le tableau présente les %1 ressources les plus utilisées sur %2.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="341"/>
        <source>Hours invested</source>
        <translation>Heures investies</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="357"/>
        <source>Choose a project to see its health check-ups.</source>
        <translation>Choisissez un projet pour voir ses bilans de santé.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="359"/>
        <source>No check-up was done in this period. Ten quick questions on trust, fairness, communication, roles and satisfaction; repeat it every few months to see the trend.</source>
        <translation>Aucun bilan n&apos;a été fait pendant cette période. Dix questions rapides sur la confiance, l&apos;équité, la communication, les rôles et la satisfaction&#x202f;; refaites-le tous les quelques mois pour voir la tendance.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="363"/>
        <source>No check-up yet. Ten quick questions on trust, fairness, communication, roles and satisfaction; repeat it every few months to see the trend.</source>
        <translation>Aucun bilan pour l&apos;instant. Dix questions rapides sur la confiance, l&apos;équité, la communication, les rôles et la satisfaction&#xa0;; refaites-le tous les quelques mois pour voir la tendance.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="366"/>
        <source>improving</source>
        <translation>en amélioration</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="366"/>
        <source>declining</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="366"/>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/indicators.py" line="370"/>
        <source>Trend: %1. %2</source>
        <translation>Tendance&#xa0;: %1. %2</translation>
    </message>
</context>
<context>
    <name>InventoryTab</name>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="45"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="45"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="45"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="45"/>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="47"/>
        <source>Our resources</source>
        <translation>Nos ressources</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="49"/>
        <source>Title, other names, category, place…</source>
        <translation>Titre, autres noms, catégorie, lieu…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="50"/>
        <source>Filter the resources</source>
        <translation>Filtrer les ressources</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="51"/>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;ltrer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="52"/>
        <source>Show &amp;archived</source>
        <translation>Afficher les ar&amp;chivées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="54"/>
        <source>Nothing in the inventory yet. Add what your organization can lend — equipment, a vehicle, a room, staff time, expertise — so partners can find it and you can follow its bookings.</source>
        <translation>L&apos;inventaire est vide. Ajoutez ce que votre organisme peut prêter — équipement, véhicule, salle, temps de personnel, expertise — pour que les partenaires le trouvent et que vous suiviez ses réservations.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="57"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="60"/>
        <source>&amp;New resource</source>
        <translation>&amp;Nouvelle ressource</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="63"/>
        <source>Categor&amp;ies…</source>
        <translation>Catégori&amp;es…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="86"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="87"/>
        <source>&amp;Book…</source>
        <translation>&amp;Réserver…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="89"/>
        <source>&amp;Make an agreement</source>
        <translation>Faire une en&amp;tente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="91"/>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="147"/>
        <source>Archi&amp;ve</source>
        <translation>Archi&amp;ver</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="92"/>
        <source>&amp;Delete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="128"/>
        <source> (archived)</source>
        <translation> (archivée)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="147"/>
        <source>&amp;Restore</source>
        <translation>Re&amp;staurer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="161"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="161"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="162"/>
        <source>no category</source>
        <translation>sans catégorie</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="165"/>
        <source>Also called: %1</source>
        <translation>Aussi appelée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="166"/>
        <source>Quantity: %1 · Condition: %2</source>
        <translation>Quantité&#xa0;: %1 · État&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="168"/>
        <source>Terms: %1</source>
        <translation>Conditions&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="170"/>
        <source>Deposit: %1</source>
        <translation>Dépôt&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="172"/>
        <source>Insurance required: %1</source>
        <translation>Assurance exigée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="174"/>
        <source>Training required: %1 · Approval required: %2</source>
        <translation>Formation exigée&#xa0;: %1 · Approbation exigée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="178"/>
        <source>Where: %1</source>
        <translation>Lieu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="180"/>
        <source>Contact: %1</source>
        <translation>Personne-ressource&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="183"/>
        <source>Agreement: %1</source>
        <translation>Entente&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="205"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="221"/>
        <source>“%1” archived.</source>
        <translation>«&#xa0;%1&#xa0;» archivée.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="233"/>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="247"/>
        <source>Delete a resource</source>
        <translation>Supprimer une ressource</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="234"/>
        <source>Delete “%1”? It goes to the trash; you can undo right after.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Elle va à la corbeille&#xa0;; vous pourrez annuler tout de suite après.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="236"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="238"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/inventory.py" line="249"/>
        <source>“%1” deleted.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
</context>
<context>
    <name>JournalEmptyState</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/filters.py" line="117"/>
        <source>Keep track of your sharing project</source>
        <translation>Gardez la trace de votre projet de partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/filters.py" line="119"/>
        <source>Write down, as you go, what happens in your sharing project: meetings and decisions, difficulties and how you handled them, successes and milestones. Note the hours each organization invests and the money the sharing saves, costs or avoids. A year from now, your report to funders will write itself from these entries.</source>
        <translation>Notez au fil des jours ce qui se passe dans votre projet de partage&#xa0;: réunions et décisions, difficultés et façon de les régler, réussites et jalons. Inscrivez les heures investies par chaque organisme et l&apos;argent que le partage fait économiser, coûte ou évite. Dans un an, votre rapport au bailleur de fonds se rédigera à partir de ces entrées.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/filters.py" line="125"/>
        <source>&amp;Write my first entry</source>
        <translation>Écrire ma &amp;première entrée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/filters.py" line="129"/>
        <source>&amp;Load an example</source>
        <translation>&amp;Charger un exemple</translation>
    </message>
</context>
<context>
    <name>JournalEntriesModel</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/model.py" line="45"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/model.py" line="45"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/model.py" line="45"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/model.py" line="45"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/model.py" line="46"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/model.py" line="46"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>JournalFilters</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/filters.py" line="49"/>
        <location filename="../../partage_desktop/ui/journal/filters.py" line="50"/>
        <source>Search the journal</source>
        <translation>Chercher dans le journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/filters.py" line="55"/>
        <source>Type of entry</source>
        <translation>Type d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/filters.py" line="56"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/filters.py" line="61"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/filters.py" line="64"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/filters.py" line="66"/>
        <location filename="../../partage_desktop/ui/journal/filters.py" line="76"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/filters.py" line="67"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/filters.py" line="76"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/filters.py" line="89"/>
        <source>the start date (%1) is after the end date (%2). Swap the two dates above, then try again.</source>
        <translation>la date de début (%1) est après la date de fin (%2). Inversez les deux dates en haut, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>JournalSection</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="71"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="73"/>
        <source>New &amp;project…</source>
        <translation>Nouveau &amp;projet…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="76"/>
        <source>Project &amp;details…</source>
        <translation>&amp;Détails du projet…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="79"/>
        <source>&amp;New entry</source>
        <translation>&amp;Nouvelle entrée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="83"/>
        <source>T&amp;rash…</source>
        <translation>Corbei&amp;lle…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="86"/>
        <source>&amp;Funder report (PDF)…</source>
        <translation>&amp;Rapport au bailleur de fonds (PDF)…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="89"/>
        <source>E&amp;xport (CSV)…</source>
        <translation>E&amp;xporter (CSV)…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="92"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="120"/>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="161"/>
        <source>&amp;Entries</source>
        <translation>&amp;Entrées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="162"/>
        <source>Indi&amp;cators</source>
        <translation>Indi&amp;cateurs</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="242"/>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="242"/>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="243"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="324"/>
        <source>No entry matches “%1”. Try other words or clear the filters.</source>
        <translation>Aucune entrée ne correspond à «&#xa0;%1&#xa0;». Essayez d&apos;autres mots ou retirez les filtres.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="329"/>
        <source>More than %1 entries</source>
        <translation>Plus de %1 entrées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="331"/>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="331"/>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="359"/>
        <source>The entry that was open is not in the list any more (see the filters above). Choose an entry in the list, or write a new one.</source>
        <translation>L&apos;entrée ouverte n&apos;est plus dans la liste (voyez les filtres en haut). Choisissez une entrée dans la liste, ou écrivez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="368"/>
        <source>This entry (project “%1”) is not in the list: the filters above hide it.</source>
        <translation>Cette entrée (projet «&#xa0;%1&#xa0;») n&apos;est pas dans la liste&#xa0;: les filtres en haut la cachent.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="486"/>
        <source>The entry was moved to the trash. You can restore it for %1 days.</source>
        <translation>L&apos;entrée a été mise à la corbeille. Vous pouvez la restaurer pendant %1 jours.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="500"/>
        <source>The earlier version was restored; the text it replaced is in the history.</source>
        <translation>La version antérieure a été restaurée&#xa0;; le texte qu&apos;elle remplace est dans l&apos;historique.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="516"/>
        <source>Loading the example…</source>
        <translation>Chargement de l&apos;exemple…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="521"/>
        <source>Example loaded: three sharing projects and their journal. Explore, then write your own entries.</source>
        <translation>Exemple chargé&#xa0;: trois projets de partage et leur journal. Explorez, puis écrivez vos propres entrées.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="528"/>
        <source>Save the funder report</source>
        <translation>Enregistrer le rapport au bailleur de fonds</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="528"/>
        <source>funder-report.pdf</source>
        <translation>rapport-bailleur-de-fonds.pdf</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="529"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="531"/>
        <source>Export the journal</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="531"/>
        <source>journal.csv</source>
        <translation>journal.csv</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="532"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="539"/>
        <source>Nothing was exported: %1</source>
        <translation>Rien n&apos;a été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="542"/>
        <source>Exporting…</source>
        <translation>Exportation en cours…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="545"/>
        <source>Could not save “%1”: %2. If the file is open in another program, close it, then try again.</source>
        <translation>Impossible d&apos;enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2. Si le fichier est ouvert dans un autre programme, fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/section.py" line="553"/>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LawyerActions</name>
    <message>
        <location filename="../../partage_desktop/ui/agreements/lawyer.py" line="70"/>
        <source>Partage</source>
        <translation>Partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/lawyer.py" line="83"/>
        <source>Send to a lawyer: save the Word document</source>
        <translation>Envoyer à un juriste&#xa0;: enregistrer le document Word</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/lawyer.py" line="84"/>
        <location filename="../../partage_desktop/ui/agreements/lawyer.py" line="110"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/lawyer.py" line="90"/>
        <source>Send to a lawyer</source>
        <translation>Envoyer à un juriste</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/lawyer.py" line="91"/>
        <source>The Word document was saved as %1. Send it to your lawyer, who corrects it in Word (tracked changes are welcome); when it comes back, choose “Bring in the lawyer&apos;s corrections” on this agreement.</source>
        <translation>Le document Word a été enregistré sous %1. Envoyez-le à votre juriste, qui le corrige dans Word (le suivi des modifications est bienvenu)&#xa0;; à son retour, choisissez «&#xa0;Intégrer les corrections du juriste&#xa0;» sur cette entente.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/lawyer.py" line="108"/>
        <source>The lawyer&apos;s corrected Word document</source>
        <translation>Le document Word corrigé par le juriste</translation>
    </message>
</context>
<context>
    <name>LawyerChangesDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/agreements/lawyer.py" line="39"/>
        <location filename="../../partage_desktop/ui/agreements/lawyer.py" line="47"/>
        <source>The lawyer&apos;s corrections</source>
        <translation>Les corrections du juriste</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/lawyer.py" line="42"/>
        <source>Read the corrections below. Bringing them in makes the changed clauses the agreement&apos;s own wording; nothing else changes. The next PDF export will be a new version.</source>
        <translation>Lisez les corrections ci-dessous. Les intégrer fait des clauses modifiées une formulation propre à l&apos;entente&#xa0;; rien d&apos;autre ne change. Le prochain export PDF sera une nouvelle version.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/lawyer.py" line="50"/>
        <source>&amp;Bring in these corrections</source>
        <translation>&amp;Intégrer ces corrections</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../partage_desktop/ui/wizard/field_editors.py" line="86"/>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/field_editors.py" line="88"/>
        <source>Remove the selected row</source>
        <translation>Retirer la ligne choisie</translation>
    </message>
</context>
<context>
    <name>LogoBox</name>
    <message>
        <location filename="../../partage_desktop/ui/organizations/logo_box.py" line="43"/>
        <source>Our logo (optional)</source>
        <translation>Notre logo (facultatif)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/logo_box.py" line="55"/>
        <source>Printed at the top of the agreements you draft from now on.</source>
        <translation>Imprimé en haut des ententes que vous préparerez à partir de maintenant.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/logo_box.py" line="59"/>
        <source>&amp;Choose a logo…</source>
        <translation>Choi&amp;sir un logo…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/logo_box.py" line="62"/>
        <source>Re&amp;move the logo</source>
        <translation>Retirer le lo&amp;go</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/logo_box.py" line="92"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/logo_box.py" line="96"/>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/logo_box.py" line="97"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/logo_box.py" line="104"/>
        <source>This file is not an image Partage can read; choose a PNG or JPEG file.</source>
        <translation>Partage ne peut pas lire ce fichier comme une image&#x202f;; choisissez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/logo_box.py" line="113"/>
        <source>Logo saved (%1 KB). New agreements will print it.</source>
        <translation>Logo enregistré (%1 Ko). Les nouvelles ententes l&apos;imprimeront.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/logo_box.py" line="120"/>
        <source>Logo removed.</source>
        <translation>Logo retiré.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="76"/>
        <source>Partage — resource sharing between organizations</source>
        <translation>Partage — le partage des ressources entre organismes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="81"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="99"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="99"/>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="99"/>
        <source>Agreements</source>
        <translation>Ententes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="99"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="100"/>
        <source>Organizations</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="100"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="207"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="208"/>
        <source>&amp;New agreement…</source>
        <translation>&amp;Nouvelle entente…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="213"/>
        <source>&amp;Open an answers file…</source>
        <translation>&amp;Ouvrir un fichier de réponses…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="218"/>
        <source>Recen&amp;t agreements</source>
        <translation>En&amp;tentes récentes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="222"/>
        <source>Settin&amp;gs…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="227"/>
        <source>New &amp;journal entry</source>
        <translation>Nouvelle entrée de &amp;journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="236"/>
        <source>Remove the de&amp;mo data…</source>
        <translation>Retirer les données de dé&amp;monstration…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="243"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="249"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="257"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="258"/>
        <source>&amp;Help on this screen</source>
        <translation>&amp;Aide sur cet écran</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="263"/>
        <source>&amp;About Partage</source>
        <translation>À &amp;propos de Partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="353"/>
        <source>No agreement opened yet</source>
        <translation>Aucune entente ouverte pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="406"/>
        <source>The agreement cannot be prepared</source>
        <translation>Impossible de préparer l&apos;entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="473"/>
        <source>Open an answers file</source>
        <translation>Ouvrir un fichier de réponses</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="474"/>
        <source>Answers file (*.json)</source>
        <translation>Fichier de réponses (*.json)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="480"/>
        <source>The file cannot be opened</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="488"/>
        <source>• and one more part</source>
        <translation>• et une autre partie</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="489"/>
        <source>• and %1 more parts</source>
        <translation>• et %1 autres parties</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="490"/>
        <source>Parts of the file were left out</source>
        <translation>Des parties du fichier ont été laissées de côté</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="491"/>
        <source>The agreement is open, but these parts of “%1” could not be read and were left out. Fill them in again in the wizard if they are needed:</source>
        <translation>L&apos;entente est ouverte, mais ces parties de «&#xa0;%1&#xa0;» n&apos;ont pas pu être lues et ont été laissées de côté. Remplissez-les de nouveau dans l&apos;assistant si elles sont nécessaires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="549"/>
        <source>Bookmarks could not be saved: the data folder is not writable.</source>
        <translation>Impossible d&apos;enregistrer les favoris&#xa0;: le dossier des données n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="565"/>
        <source>About Partage</source>
        <translation>À propos de Partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/main_window.py" line="566"/>
        <source>Partage %1

An offline toolkit for non-profit organizations in Québec that share resources: guides, agreements and a project journal.

Partage gives no legal advice.

Your data is kept in this folder:
%2</source>
        <translation>Partage %1

Une trousse d&apos;outils hors ligne pour les organismes à but non lucratif du Québec qui partagent des ressources&#xa0;: guides, ententes et journal de projet.

Partage ne donne pas d&apos;avis juridique.

Vos données sont conservées dans ce dossier&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>MatchesTab</name>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="63"/>
        <source>Partage compares your needs with your partners&apos; offers sheets, and their needs with what you lend. Nothing is decided for you: confirm or dismiss each suggestion.</source>
        <translation>Partage compare vos besoins aux fiches d&apos;offres de vos partenaires, et leurs besoins à ce que vous prêtez. Rien n&apos;est décidé à votre place&#xa0;: confirmez ou écartez chaque suggestion.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="70"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="71"/>
        <source>All suggestions</source>
        <translation>Toutes les suggestions</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="71"/>
        <source>For our needs</source>
        <translation>Pour nos besoins</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="72"/>
        <source>For partners&apos; needs</source>
        <translation>Pour les besoins des partenaires</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="72"/>
        <source>Confirmed ones</source>
        <translation>Confirmées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="75"/>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="79"/>
        <source>Also show &amp;dismissed ones</source>
        <translation>Afficher aussi les &amp;suggestions écartées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="102"/>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="196"/>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="330"/>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="350"/>
        <source>Suggested matches</source>
        <translation>Jumelages suggérés</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="106"/>
        <source>Score</source>
        <translation>Pointage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="106"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="106"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="106"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="107"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="133"/>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="270"/>
        <source>Why it matched</source>
        <translation>Pourquoi cette suggestion</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="139"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="140"/>
        <source>D&amp;ismiss</source>
        <translation>Éc&amp;arter</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="141"/>
        <source>&amp;Undo the decision</source>
        <translation>Annuler la &amp;décision</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="142"/>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="279"/>
        <source>Ask to &amp;borrow…</source>
        <translation>Demander un &amp;prêt…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="143"/>
        <source>Make an &amp;agreement</source>
        <translation>Faire une &amp;entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="231"/>
        <source>No suggestion in this list. Choose another one above.</source>
        <translation>Aucune suggestion dans cette liste. Choisissez-en une autre ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="233"/>
        <source>No suggestion yet. Suggestions appear when your open needs (Needs tab) resemble offers on your partners&apos; sheets (Board tab), or when their needs resemble what you lend to the network (Inventory tab).</source>
        <translation>Aucune suggestion pour l&apos;instant. Des suggestions apparaissent quand vos besoins ouverts (onglet Besoins) ressemblent à des offres des fiches de vos partenaires (onglet Babillard), ou quand leurs besoins ressemblent à ce que vous prêtez au réseau (onglet Inventaire).</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="238"/>
        <source>%1 (their need)</source>
        <translation>%1 (leur besoin)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="241"/>
        <source>%1 (ours)</source>
        <translation>%1 (chez nous)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="244"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="244"/>
        <source>Dismissed</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="264"/>
        <source>Our need “%1” and the offer “%2” from %3</source>
        <translation>Notre besoin «&#xa0;%1&#xa0;» et l&apos;offre «&#xa0;%2&#xa0;» de %3</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="266"/>
        <source>The need “%1” from %3 and our “%2”</source>
        <translation>Le besoin «&#xa0;%1&#xa0;» de %3 et notre ressource «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="269"/>
        <source>Score: %1 out of 100</source>
        <translation>Pointage&#xa0;: %1 sur 100</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="270"/>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="279"/>
        <source>Offer to &amp;lend…</source>
        <translation>Proposer un p&amp;rêt…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="281"/>
        <source>Confirm the match first</source>
        <translation>Confirmez d&apos;abord le jumelage</translation>
    </message>
</context>
<context>
    <name>MoneyRow</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/fields.py" line="58"/>
        <location filename="../../partage_desktop/ui/journal/fields.py" line="59"/>
        <source>Amount in dollars</source>
        <translation>Montant en dollars</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/fields.py" line="62"/>
        <source>Kind of amount</source>
        <translation>Nature du montant</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/fields.py" line="67"/>
        <source>How was it estimated? (quote, market price…)</source>
        <translation>Comment l&apos;avez-vous estimé&#xa0;? (soumission, prix du marché…)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/fields.py" line="68"/>
        <source>How the amount was estimated</source>
        <translation>Comment le montant a été estimé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/fields.py" line="106"/>
        <source>Write the amount without a minus sign; to record money spent, choose “%1”.</source>
        <translation>Écrivez le montant sans signe moins&#x202f;; pour une somme dépensée, choisissez «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/fields.py" line="109"/>
        <source>The amount “%1” is too large (at most %2). Check the number of digits.</source>
        <translation>Le montant «&#xa0;%1&#xa0;» est trop élevé (au plus %2). Vérifiez le nombre de chiffres.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/fields.py" line="112"/>
        <source>Write cents with two digits at most, for example 12.50 (not “%1”).</source>
        <translation>Écrivez les cents avec deux chiffres au plus, par exemple 12,50 (et non «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/fields.py" line="113"/>
        <source>“%1” is not an amount: write it in dollars, for example 1,250.50.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant&#xa0;: écrivez-le en dollars, par exemple 1&#xa0;250,50.</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="40"/>
        <source>(none)</source>
        <translation>(aucun choix)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="43"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="44"/>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="46"/>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="47"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="48"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="49"/>
        <source>Wanted &amp;from:</source>
        <translation>Voulu à &amp;partir du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="50"/>
        <source>Wanted &amp;until:</source>
        <translation>Voulu jusqu&apos;a&amp;u&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="51"/>
        <source>Su&amp;bstitutes accepted</source>
        <translation>&amp;Substituts acceptés</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="52"/>
        <source>Urgenc&amp;y:</source>
        <translation>Urge&amp;nce&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="53"/>
        <source>C&amp;ontribution offered:</source>
        <translation>C&amp;ontribution offerte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="54"/>
        <source>E&amp;xpires on:</source>
        <translation>E&amp;xpire le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="55"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="56"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="57"/>
        <source>R&amp;CM (MRC):</source>
        <translation>&amp;MRC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="58"/>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibilité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="59"/>
        <source>&amp;Project:</source>
        <translation>Pro&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="61"/>
        <source>What we give in return: a share of the costs, a service, a mention…</source>
        <translation>Ce que nous offrons en retour&#xa0;: une part des coûts, un service, une mention…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="69"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="71"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="84"/>
        <source>New need</source>
        <translation>Nouveau besoin</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="89"/>
        <source>Need “%1”</source>
        <translation>Besoin «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/need_dialog.py" line="117"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Veuillez corriger les champs marqués en rouge.</translation>
    </message>
</context>
<context>
    <name>NeedsTab</name>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="44"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="44"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="44"/>
        <source>Wanted</source>
        <translation>Période voulue</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="44"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="46"/>
        <source>Our needs</source>
        <translation>Nos besoins</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="48"/>
        <source>Title, category, place…</source>
        <translation>Titre, catégorie, lieu…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="49"/>
        <source>Filter the needs</source>
        <translation>Filtrer les besoins</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="50"/>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;ltrer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="51"/>
        <source>Show found and &amp;withdrawn</source>
        <translation>Afficher les &amp;besoins trouvés et retirés</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="53"/>
        <source>No need written down yet. Say what your organization is looking for — a room on Thursdays, a van for a move, someone who knows accounting — and partners&apos; offers that match will be suggested.</source>
        <translation>Aucun besoin noté pour l&apos;instant. Dites ce que votre organisme cherche — une salle le jeudi, une fourgonnette pour un déménagement, quelqu&apos;un qui s&apos;y connaît en comptabilité — et les offres des partenaires qui y répondent vous seront suggérées.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="56"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="58"/>
        <source>&amp;New need</source>
        <translation>&amp;Nouveau besoin</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="75"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="76"/>
        <source>Mar&amp;k as found</source>
        <translation>Marquer comme &amp;trouvé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="77"/>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="135"/>
        <source>Wi&amp;thdraw</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="78"/>
        <source>&amp;Make an agreement</source>
        <translation>Faire une &amp;entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="80"/>
        <source>&amp;Delete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="108"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="111"/>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="113"/>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="135"/>
        <source>&amp;Reopen</source>
        <translation>Rou&amp;vrir</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="140"/>
        <source>no category</source>
        <translation>sans catégorie</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="142"/>
        <source>Quantity: %1 · Urgency: %2</source>
        <translation>Quantité&#xa0;: %1 · Urgence&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="145"/>
        <source>Wanted: %1</source>
        <translation>Période voulue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="146"/>
        <source>Substitutes accepted</source>
        <translation>Substituts acceptés</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="146"/>
        <source>No substitutes</source>
        <translation>Aucun substitut</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="148"/>
        <source>We offer: %1</source>
        <translation>Nous offrons&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="150"/>
        <source>Expires on %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="170"/>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="183"/>
        <source>“%1” marked as found.</source>
        <translation>«&#xa0;%1&#xa0;» marqué comme trouvé.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="183"/>
        <source>“%1” withdrawn.</source>
        <translation>«&#xa0;%1&#xa0;» retiré.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="200"/>
        <source>Delete a need</source>
        <translation>Supprimer un besoin</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="201"/>
        <source>Delete “%1”? You can undo right after.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Vous pourrez annuler tout de suite après.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="202"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="204"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/needs.py" line="211"/>
        <source>“%1” deleted.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
</context>
<context>
    <name>NewBookingDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="107"/>
        <source>New booking</source>
        <translation>Nouvelle réservation</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="138"/>
        <source>Us, or a partner from the address book, or a name</source>
        <translation>Nous, un partenaire du carnet d&apos;adresses ou un nom</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="141"/>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="146"/>
        <source>Re&amp;peat every week until</source>
        <translation>Répéter &amp;chaque semaine jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="160"/>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="160"/>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="161"/>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="161"/>
        <source>Qua&amp;ntity:</source>
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="162"/>
        <source>&amp;Borrower:</source>
        <translation>&amp;Emprunteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="162"/>
        <source>Pro&amp;ject:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="163"/>
        <source>P&amp;urpose:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="174"/>
        <source>Re&amp;quest the booking</source>
        <translation>Demander la ré&amp;servation</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="178"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="188"/>
        <source>No resource to book yet: add one in the inventory first.</source>
        <translation>Aucune ressource à réserver pour l&apos;instant&#xa0;: ajoutez-en une dans l&apos;inventaire d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="211"/>
        <source>Weekly bookings are for rooms and staff time.</source>
        <translation>Les réservations hebdomadaires sont offertes pour les locaux et le temps de personnel.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="214"/>
        <source>Every %1 at the same hours, from the start date until the date chosen.</source>
        <translation>Chaque %1 aux mêmes heures, de la date de début jusqu&apos;à la date choisie.</translation>
    </message>
</context>
<context>
    <name>NoResultPanel</name>
    <message>
        <location filename="../../partage_desktop/ui/guides/results.py" line="158"/>
        <source>No article matches “%1”.</source>
        <translation>Aucun article ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/results.py" line="159"/>
        <source>Check the spelling, use fewer words, or try one of these:</source>
        <translation>Vérifiez l&apos;orthographe, utilisez moins de mots ou essayez l&apos;un de ceux-ci&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OrganizationForm</name>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="45"/>
        <source>&amp;Legal name:</source>
        <translation>Nom &amp;légal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="46"/>
        <source>NE&amp;Q (10 digits):</source>
        <translation>&amp;NEQ (10 chiffres)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="47"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="48"/>
        <source>&amp;Representative:</source>
        <translation>&amp;Représentant(e)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="49"/>
        <source>Representative&apos;s &amp;title:</source>
        <translation>&amp;Titre du représentant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="50"/>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="51"/>
        <source>&amp;Phone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="54"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="55"/>
        <source>The NEQ has 10 digits, as on the enterprise register.</source>
        <translation>Le NEQ compte 10 chiffres, comme au Registraire des entreprises.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="56"/>
        <source>This does not look like an email address.</source>
        <translation>Cette adresse courriel ne semble pas valide.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="57"/>
        <source>Too long.</source>
        <translation>Trop long.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="85"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="86"/>
        <source>(not given)</source>
        <translation>(non indiquée)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="89"/>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="101"/>
        <source>Choose a region from the list.</source>
        <translation>Choisissez une région dans la liste.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="102"/>
        <source>This is &amp;our organization</source>
        <translation>C&apos;est notre &amp;organisme</translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="128"/>
        <source>Our organization</source>
        <translation>Notre organisme</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="129"/>
        <source>Its name, address and representative will fill every agreement.</source>
        <translation>Son nom, son adresse et son représentant rempliront chaque entente.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="130"/>
        <source>Type them once here. You can also leave this for later: the Organizations section keeps the same information.</source>
        <translation>Saisissez-les une fois ici. Vous pouvez aussi le faire plus tard&#xa0;: la section Organismes contient les mêmes renseignements.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="132"/>
        <source>I will &amp;do this later</source>
        <translation>Je le &amp;ferai plus tard</translation>
    </message>
</context>
<context>
    <name>OrganizationsSection</name>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="153"/>
        <source>Search by name, NEQ or person</source>
        <translation>Rechercher par nom, NEQ ou personne</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="154"/>
        <source>Search organizations</source>
        <translation>Rechercher des organismes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="161"/>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="193"/>
        <source>Organizations</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="163"/>
        <source>No organization yet. Start with yours: its name, address and representative will fill every agreement; then add your partners.</source>
        <translation>Aucun organisme pour l&apos;instant. Commencez par le vôtre&#xa0;: son nom, son adresse et sa personne représentante rempliront chaque entente&#xa0;; ajoutez ensuite vos partenaires.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="178"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="229"/>
        <source> (our organization)</source>
        <translation> (notre organisme)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="230"/>
        <source> — archived</source>
        <translation> — archivée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="297"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="285"/>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="316"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Veuillez corriger les champs indiqués en rouge.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="157"/>
        <source>Sho&amp;w archived</source>
        <translation>Afficher les organis&amp;mes archivés</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="166"/>
        <source>New organi&amp;zation</source>
        <translation>No&amp;uvel organisme</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="182"/>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="297"/>
        <source>Archi&amp;ve</source>
        <translation>Archi&amp;ver</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="271"/>
        <source>the new organization</source>
        <translation>le nouvel organisme</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="272"/>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="273"/>
        <source>The changes to “%1” cannot be saved as they are: correct the fields marked in red, or discard the changes.</source>
        <translation>Les modifications de «&#xa0;%1&#xa0;» ne peuvent pas être enregistrées telles quelles&#xa0;: corrigez les champs indiqués en rouge, ou abandonnez les modifications.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="275"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="277"/>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="325"/>
        <source>“%1” saved at %2.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré à %2.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="338"/>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="346"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="339"/>
        <source>No: leave without adding it. Cancel: stay on this organization.</source>
        <translation>Non&#xa0;: partir sans l&apos;ajouter. Annuler&#xa0;: rester sur cet organisme.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/organizations/section.py" line="334"/>
        <source>“%1” looks like an organization already in the address book. Add it anyway?</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à un organisme déjà présent dans le carnet d&apos;adresses. L&apos;ajouter quand même&#x202f;?</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="164"/>
        <source>Who signs the agreement?</source>
        <translation>Qui signe l&apos;entente&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="194"/>
        <source>Partner from the address book</source>
        <translation>Partenaire du carnet d&apos;adresses</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="210"/>
        <source>Print our &amp;logo at the top of the agreement</source>
        <translation>Imprimer notre &amp;logo en haut de l&apos;entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="195"/>
        <source>&amp;Use this partner</source>
        <translation>U&amp;tiliser ce partenaire</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="165"/>
        <source>Our organization and its partners. Pick a partner from the address book or type a new one; the buttons under each party change its place.</source>
        <translation>Notre organisme et ses partenaires. Choisissez un partenaire dans le carnet d&apos;adresses ou inscrivez-en un nouveau&#x202f;; les boutons sous chaque partie changent sa place.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="198"/>
        <source>Partner from the &amp;address book:</source>
        <translation>Partenaire du &amp;carnet d&apos;adresses&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="206"/>
        <source>A&amp;dd a party</source>
        <translation>A&amp;jouter une partie</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="407"/>
        <source>This kind of agreement has at most %1 parties.</source>
        <translation>Ce type d&apos;entente compte au plus %1 parties.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="487"/>
        <source> (and one other problem)</source>
        <translation> (et un autre problème)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="488"/>
        <source> (and %1 other problems)</source>
        <translation> (et %1 autres problèmes)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="489"/>
        <source>To complete: %1</source>
        <translation>À compléter&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PartyBox</name>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="52"/>
        <source>Legal name *</source>
        <translation>Nom légal *</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="52"/>
        <source>NEQ (10 digits)</source>
        <translation>NEQ (10 chiffres)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="53"/>
        <source>Address *</source>
        <translation>Adresse *</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="53"/>
        <source>Representative *</source>
        <translation>Représentant(e) *</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="54"/>
        <source>Representative&apos;s title *</source>
        <translation>Titre du représentant *</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="54"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="55"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="83"/>
        <source>In the text:</source>
        <translation>Dans le texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="87"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="89"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="93"/>
        <source>Remove this party</source>
        <translation>Retirer cette partie</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="107"/>
        <source>Party %1 — %2</source>
        <translation>Partie %1 — %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="107"/>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="111"/>
        <source>Party %1</source>
        <translation>Partie %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="109"/>
        <source>%1 (our organization)</source>
        <translation>%1 (notre organisme)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="111"/>
        <source>Party %1 (%2)</source>
        <translation>Partie %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="117"/>
        <source>How the name reads in the text</source>
        <translation>Le nom dans le texte de l&apos;entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="124"/>
        <source>Swap with party %1</source>
        <translation>Échanger avec la partie %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="125"/>
        <source>Move %1 up</source>
        <translation>Monter la %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="125"/>
        <source>Move %1 down</source>
        <translation>Descendre la %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="126"/>
        <source>Swap %1 with party %2</source>
        <translation>Échanger la %1 avec la partie %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/parties.py" line="127"/>
        <source>Remove %1</source>
        <translation>Retirer la %1</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../partage_desktop/ui/widgets/pdf_preview.py" line="24"/>
        <source>Preview of the agreement as it will print</source>
        <translation>Aperçu de l&apos;entente telle qu&apos;elle sera imprimée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/widgets/pdf_preview.py" line="28"/>
        <source>The preview appears here.</source>
        <translation>L&apos;aperçu s&apos;affiche ici.</translation>
    </message>
</context>
<context>
    <name>PhotoList</name>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="60"/>
        <source>&amp;Add a photo…</source>
        <translation>&amp;Ajouter une photo…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="64"/>
        <source>Re&amp;move the photo</source>
        <translation>Reti&amp;rer la photo</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="68"/>
        <source>At most %1 photos. Each is copied without its hidden details (place, camera) and made lighter.</source>
        <translation>Au plus %1 photos. Chacune est copiée sans ses détails cachés (lieu, appareil) et allégée.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="94"/>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="103"/>
        <source>Add a photo</source>
        <translation>Ajouter une photo</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="104"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="117"/>
        <source>This file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <location filename="../../partage_desktop/ui/widgets/pdf_preview.py" line="69"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="82"/>
        <source>Sharing project</source>
        <translation>Projet de partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="95"/>
        <source>No organization in the address book yet: add them in the Organizations section, then come back.</source>
        <translation>Aucun organisme dans le carnet d&apos;adresses pour l&apos;instant&#xa0;: ajoutez-les dans la section Organismes, puis revenez ici.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="122"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="122"/>
        <source>&amp;Partners:</source>
        <translation>&amp;Partenaires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="123"/>
        <source>&amp;Resource shared:</source>
        <translation>&amp;Ressource partagée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="124"/>
        <source>Position on the &amp;continuum:</source>
        <translation>Place sur le &amp;continuum&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="124"/>
        <source>&amp;Stage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="125"/>
        <source>S&amp;tart date:</source>
        <translation>Date de &amp;début&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="125"/>
        <source>P&amp;urpose:</source>
        <translation>&amp;But&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="126"/>
        <source>Linked a&amp;greements:</source>
        <translation>E&amp;ntentes liées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="146"/>
        <source>(not decided)</source>
        <translation>(pas encore décidé)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="168"/>
        <source>Give the project a name.</source>
        <translation>Donnez un nom au projet.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="169"/>
        <source>Check the project&apos;s details.</source>
        <translation>Vérifiez les détails du projet.</translation>
    </message>
</context>
<context>
    <name>ProjectDocuments</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="81"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="81"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="81"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="81"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="81"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="82"/>
        <source>Linked agreements</source>
        <translation>Ententes liées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="84"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="84"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="84"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="85"/>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="100"/>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="88"/>
        <source>No linked agreement. Link one with “Edit details…”, or draft it in the Agreements section.</source>
        <translation>Aucune entente liée. Liez-en une avec «&#xa0;Modifier les détails…&#xa0;», ou rédigez-la dans la section Ententes.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="91"/>
        <source>No attached file. Attach one to an entry in the Entries tab (“Attach a file…” button).</source>
        <translation>Aucun fichier joint. Joignez-en un à une entrée dans l&apos;onglet Entrées (bouton «&#xa0;Joindre un fichier…&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="97"/>
        <source>Agreements</source>
        <translation>Ententes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="115"/>
        <source>none yet</source>
        <translation>aucune encore</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="144"/>
        <source>“%1” has no exported version yet: open it in the Agreements section to finish it.</source>
        <translation>L&apos;entente «&#xa0;%1&#xa0;» n&apos;a pas encore de version exportée&#xa0;: ouvrez-la dans la section Ententes pour la terminer.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="151"/>
        <source>The PDF of “%1” could not be opened: %2</source>
        <translation>Impossible d&apos;ouvrir le PDF de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="163"/>
        <source>The file “%1” cannot be found: its copy is gone from the data folder. Restore a backup to get it back, or attach it again to the entry “%2”.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» est introuvable&#xa0;: sa copie a disparu du dossier des données. Restaurez une sauvegarde pour le récupérer, ou joignez-le de nouveau à l&apos;entrée «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_documents.py" line="172"/>
        <source>No program on this computer opens “%1”. The file is here: %2</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre «&#xa0;%1&#xa0;». Le fichier se trouve ici&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="53"/>
        <source>Choose a project in the “Project” list above to see its page: its timeline, its figures and its documents.</source>
        <translation>Choisissez un projet dans la liste «&#xa0;Projet&#xa0;» en haut pour voir sa page&#xa0;: son fil du temps, ses indicateurs et ses documents.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="69"/>
        <source>Edi&amp;t details…</source>
        <translation>&amp;Modifier les détails…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="83"/>
        <source>Stage:</source>
        <translation>Étape&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="83"/>
        <source>Resource shared:</source>
        <translation>Ressource partagée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="84"/>
        <source>Start date:</source>
        <translation>Date de début&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="84"/>
        <source>Position on the continuum:</source>
        <translation>Place sur le continuum&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="85"/>
        <source>Partners:</source>
        <translation>Partenaires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="85"/>
        <source>Purpose:</source>
        <translation>But&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="72"/>
        <source>See all indicator&amp;s</source>
        <translation>&amp;Voir tous les indicateurs</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="143"/>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="151"/>
        <source>Timeline</source>
        <translation>Fil du temps</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="156"/>
        <source>No entry yet — write the first one in the Entries tab.</source>
        <translation>Aucune entrée encore — écrivez la première dans l&apos;onglet Entrées.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="158"/>
        <source>&amp;Write the first entry</source>
        <translation>Écrire la première en&amp;trée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="205"/>
        <source>More than %1 entries</source>
        <translation>Plus de %1 entrées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="206"/>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="207"/>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="211"/>
        <source>(not decided)</source>
        <translation>(pas encore décidé)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="219"/>
        <source>No partner yet: add them with “Edit details…”.</source>
        <translation>Aucun partenaire encore&#xa0;: ajoutez-les avec «&#xa0;Modifier les détails…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="220"/>
        <source>No purpose written yet: describe it with “Edit details…”.</source>
        <translation>Aucun but noté encore&#xa0;: décrivez-le avec «&#xa0;Modifier les détails…&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="229"/>
        <source>Hours invested</source>
        <translation>Heures investies</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="229"/>
        <source>Savings</source>
        <translation>Économies</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="230"/>
        <source>Avoided costs</source>
        <translation>Coûts évités</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="230"/>
        <source>Spending</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="231"/>
        <source>Net benefit</source>
        <translation>Bénéfice net</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_page.py" line="250"/>
        <source>Pro&amp;ject</source>
        <translation>Pro&amp;jet</translation>
    </message>
</context>
<context>
    <name>ProjectTimelineModel</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_timeline.py" line="90"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_timeline.py" line="90"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/project_timeline.py" line="90"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="267"/>
        <source>Are we ready?</source>
        <translation>Sommes-nous prêts&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="268"/>
        <source>Answer together with your partners if you can, from “Not at all” to “Completely”. The result gives a score for each dimension and the points to work on, with the guide that helps.</source>
        <translation>Répondez avec vos partenaires si possible, de «&#xa0;Pas du tout&#xa0;» à «&#xa0;Tout à fait&#xa0;». Le résultat donne un score pour chaque dimension et les points à travailler, avec le guide qui aide.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="278"/>
        <source>%1 question(s) left unanswered.</source>
        <translation>%1 question(s) sans réponse.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="283"/>
        <source>Points to work on, with the guide that helps:</source>
        <translation>Points à travailler, avec le guide qui aide&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="283"/>
        <source>Overall readiness: %1</source>
        <translation>Préparation globale&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="284"/>
        <source>No weak point: you look ready to put it in writing.</source>
        <translation>Aucun point faible&#xa0;: vous semblez prêts à mettre le tout par écrit.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="362"/>
        <source>Ask to borrow</source>
        <translation>Demander un prêt</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="362"/>
        <source>Offer to lend</source>
        <translation>Proposer un prêt</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="364"/>
        <source>Partage sends nothing: copy this text into an email to the partner, or save it.</source>
        <translation>Partage n&apos;envoie rien&#xa0;: copiez ce texte dans un courriel au partenaire, ou enregistrez-le.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="369"/>
        <source>Request text</source>
        <translation>Texte de la demande</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="372"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="375"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="385"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="388"/>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="397"/>
        <source>Save the request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="388"/>
        <source>request.txt</source>
        <translation>demande.txt</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/matches.py" line="389"/>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="153"/>
        <source>(none)</source>
        <translation>(aucun choix)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="158"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="160"/>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="161"/>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="162"/>
        <source>&amp;Other names:</source>
        <translation>Autres &amp;noms&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="163"/>
        <source>What else people call it, separated by commas</source>
        <translation>Les autres noms qu&apos;on lui donne, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="164"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="165"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="166"/>
        <source>Co&amp;ndition:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="167"/>
        <source>&amp;Accessories (one per line):</source>
        <translation>Accessoi&amp;res (un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="168"/>
        <source>Checked one by one when the resource is picked up and returned</source>
        <translation>Vérifiés un à un quand la ressource est prise et rendue</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="169"/>
        <source>Ca&amp;re instructions:</source>
        <translation>C&amp;onsignes d&apos;entretien&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="170"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="174"/>
        <source>&amp;Photos:</source>
        <translation>&amp;Photos&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="176"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="179"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="180"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="181"/>
        <source>R&amp;CM (MRC):</source>
        <translation>&amp;MRC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="182"/>
        <source>Contact &amp;person:</source>
        <translation>&amp;Personne-ressource&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="183"/>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibilité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="184"/>
        <source>Place and contact</source>
        <translation>Lieu et personne-ressource</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="187"/>
        <source>&amp;Lending terms:</source>
        <translation>&amp;Conditions de prêt&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="194"/>
        <source>Fee &amp;unit:</source>
        <translation>&amp;Unité du tarif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="198"/>
        <source>&amp;Fee:</source>
        <translation>&amp;Tarif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="200"/>
        <source>Fee unit</source>
        <translation>Unité du tarif</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="203"/>
        <source>&amp;Deposit:</source>
        <translation>&amp;Dépôt&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="204"/>
        <source>&amp;Insurance required</source>
        <translation>Assurance e&amp;xigée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="205"/>
        <source>Insurance a&amp;mount:</source>
        <translation>&amp;Montant de l&apos;assurance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="206"/>
        <source>&amp;Training required</source>
        <translation>&amp;Formation exigée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="207"/>
        <source>A&amp;pproval required</source>
        <translation>A&amp;pprobation exigée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="208"/>
        <source>&amp;Consumable (not given back)</source>
        <translation>Co&amp;nsommable (ne revient pas)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="209"/>
        <source>Minimum &amp;notice (hours):</source>
        <translation>Pré&amp;avis minimal (heures)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="210"/>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="211"/>
        <source>Lon&amp;gest loan (days):</source>
        <translation>Durée &amp;la plus longue d&apos;un prêt (jours)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="212"/>
        <source>&amp;Bookable ahead (days):</source>
        <translation>&amp;Réservable à l&apos;avance (jours)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="213"/>
        <source>Lending terms</source>
        <translation>Conditions de prêt</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="217"/>
        <source>Governing &amp;agreement:</source>
        <translation>Ente&amp;nte qui l&apos;encadre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="219"/>
        <source>Pro&amp;ject its loans belong to:</source>
        <translation>&amp;Projet auquel ses prêts se rattachent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="220"/>
        <source>Market &amp;value per day:</source>
        <translation>&amp;Valeur marchande par jour&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="221"/>
        <source>What borrowing it elsewhere would cost per day: each finished loan&apos;s savings are estimated from it</source>
        <translation>Ce qu&apos;il en coûterait par jour de l&apos;emprunter ailleurs&#xa0;: les économies de chaque prêt terminé en sont estimées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="223"/>
        <source>Agreement and project</source>
        <translation>Entente et projet</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="235"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="237"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="253"/>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="258"/>
        <source>Resource “%1”</source>
        <translation>Ressource «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="307"/>
        <source>%1 (to correct)</source>
        <translation>%1 (à corriger)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/resource_dialog.py" line="310"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Veuillez corriger les champs marqués en rouge.</translation>
    </message>
</context>
<context>
    <name>ResourcesSection</name>
    <message>
        <location filename="../../partage_desktop/ui/resources/section.py" line="45"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/section.py" line="47"/>
        <source>Lending and borrowing well</source>
        <translation>Prêter et emprunter sans souci</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/section.py" line="53"/>
        <source>Opens the guide article on lending and borrowing</source>
        <translation>Ouvre l&apos;article du guide sur le prêt et l&apos;emprunt</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/section.py" line="56"/>
        <source>N&amp;ew booking…</source>
        <translation>Nouvelle réservat&amp;ion…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/section.py" line="58"/>
        <source>Book a resource</source>
        <translation>Réserver une ressource</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/section.py" line="68"/>
        <source>Our resources</source>
        <translation>Nos ressources</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/section.py" line="70"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/section.py" line="71"/>
        <source>Our needs</source>
        <translation>Nos besoins</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/section.py" line="72"/>
        <source>Board</source>
        <translation>Babillard</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/resources/section.py" line="73"/>
        <source>Suggested matches</source>
        <translation>Jumelages suggérés</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/safety/backup_dialog.py" line="44"/>
        <location filename="../../partage_desktop/ui/safety/backup_dialog.py" line="121"/>
        <location filename="../../partage_desktop/ui/safety/backup_dialog.py" line="156"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/backup_dialog.py" line="50"/>
        <source>Choose the backup to go back to. Your current data is backed up first, so you can come back to it; then Partage restarts on the restored data.</source>
        <translation>Choisissez la sauvegarde à laquelle revenir. Vos données actuelles sont d&apos;abord sauvegardées, pour que vous puissiez y revenir&#x202f;; Partage redémarre ensuite sur les données restaurées.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/backup_dialog.py" line="56"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/backup_dialog.py" line="59"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/backup_dialog.py" line="59"/>
        <source>Made</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/backup_dialog.py" line="59"/>
        <source>Agreements</source>
        <translation>Ententes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/backup_dialog.py" line="60"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/backup_dialog.py" line="60"/>
        <source>Journal entries</source>
        <translation>Entrées de journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/backup_dialog.py" line="68"/>
        <source>No backup yet. Partage makes one automatically every day you use it; you can also make one now with File → Backup now.</source>
        <translation>Aucune sauvegarde pour l&apos;instant. Partage en fait une automatiquement chaque jour où vous l&apos;utilisez&#x202f;; vous pouvez aussi en faire une maintenant avec Fichier → Sauvegarder maintenant.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/backup_dialog.py" line="78"/>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/backup_dialog.py" line="109"/>
        <source>Backup folder: %1</source>
        <translation>Dossier de sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/backup_dialog.py" line="122"/>
        <source>Replace your current data with the backup of %1?

Your current data is backed up first. Partage then restarts.</source>
        <translation>Remplacer vos données actuelles par la sauvegarde du %1&#x202f;?

Vos données actuelles sont sauvegardées d&apos;abord. Partage redémarre ensuite.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/backup_dialog.py" line="128"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="42"/>
        <source>Review and export</source>
        <translation>Révision et exportation</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="43"/>
        <source>Check the pages as they will print, then export the PDF to print and sign it. The agreement stays in Partage; you can come back to it.</source>
        <translation>Vérifiez les pages telles qu&apos;elles seront imprimées, puis exportez le PDF pour l&apos;imprimer et le signer. L&apos;entente reste dans Partage&#x202f;; vous pourrez y revenir.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="57"/>
        <source>Problems and notes</source>
        <translation>Problèmes et remarques</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="65"/>
        <source>Save the &amp;answers file…</source>
        <translation>Enregistrer le fichier de &amp;réponses…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="83"/>
        <source>E&amp;xport in both languages, side by side</source>
        <translation>E&amp;xporter en version bilingue, côte à côte</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="85"/>
        <source>French on the left, English on the right, clause by clause, with a clause saying which version prevails.</source>
        <translation>Le français à gauche, l&apos;anglais à droite, clause par clause, avec une clause qui dit quelle version prévaut.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="90"/>
        <source>&amp;Version that prevails:</source>
        <translation>&amp;Version qui prévaut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="93"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="94"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="139"/>
        <source>✓ No problem: the amendment is ready to export.</source>
        <translation>✓ Aucun problème&#xa0;: l&apos;avenant est prêt à exporter.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="140"/>
        <source>✓ No problem: the agreement is ready to export.</source>
        <translation>✓ Aucun problème&#xa0;: l&apos;entente est prête à exporter.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="144"/>
        <source>Click to go to this place and correct it.</source>
        <translation>Cliquez pour aller à cet endroit et le corriger.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="150"/>
        <source>✎ Clause added: %1</source>
        <translation>✎ Clause ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="157"/>
        <source>Amendment to %1 (%2)</source>
        <translation>Avenant à %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="174"/>
        <source>✎ Clause reworded: %1, “%2”</source>
        <translation>✎ Clause reformulée&#xa0;: %1, «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="175"/>
        <source>✎ Clause reworded in “%1” (not printed with the current answers)</source>
        <translation>✎ Clause reformulée dans «&#xa0;%1&#xa0;» (non imprimée avec les réponses actuelles)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="182"/>
        <source>One problem to correct before the export: click it in the list to go there.</source>
        <translation>Un problème à corriger avant l&apos;export&#xa0;: cliquez dessus dans la liste pour y aller.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="183"/>
        <source>%1 problems to correct before the export: click one in the list to go there.</source>
        <translation>%1 problèmes à corriger avant l&apos;export&#xa0;: cliquez sur l&apos;un d&apos;eux dans la liste pour y aller.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="200"/>
        <source>Export the agreement as PDF</source>
        <translation>Exporter l&apos;entente en PDF</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="201"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="207"/>
        <source>The PDF was not made</source>
        <translation>Le PDF n&apos;a pas été produit</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="221"/>
        <source>Save the answers file</source>
        <translation>Enregistrer le fichier de réponses</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="222"/>
        <source>Answers file (*.json)</source>
        <translation>Fichier de réponses (*.json)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="229"/>
        <source>The file was not saved</source>
        <translation>Le fichier n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/review.py" line="229"/>
        <source>Could not save “%1”: %2.</source>
        <translation>Impossible d&apos;enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="182"/>
        <source>Revision history</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="187"/>
        <source>Earlier versions</source>
        <translation>Versions antérieures</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="191"/>
        <source>Text of the selected version</source>
        <translation>Texte de la version choisie</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="200"/>
        <source>No earlier version yet: one is kept each time you come back to edit this entry, and every ten minutes while you write.</source>
        <translation>Aucune version antérieure pour l&apos;instant&#xa0;: une version est gardée chaque fois que vous revenez modifier cette entrée, et toutes les dix minutes pendant que vous écrivez.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="204"/>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="208"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="39"/>
        <source>&amp;Backup now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="40"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="41"/>
        <source>&amp;Check the data</source>
        <translation>Vérifier &amp;les données</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="42"/>
        <source>S&amp;end to a partner…</source>
        <translation>Envoyer à un p&amp;artenaire…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="43"/>
        <source>&amp;Import an exchange file…</source>
        <translation>Importer un &amp;fichier d&apos;échange…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="76"/>
        <source>Backing up your data…</source>
        <translation>Sauvegarde de vos données…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="78"/>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="89"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="91"/>
        <source>Backup saved: %1 — %2</source>
        <translation>Sauvegarde enregistrée&#x202f;: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="108"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="109"/>
        <source>The backup was restored. Partage now restarts on the restored data.</source>
        <translation>La sauvegarde a été restaurée. Partage redémarre maintenant sur les données restaurées.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="125"/>
        <source>Send to a partner</source>
        <translation>Envoyer à un partenaire</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="145"/>
        <source>Checking your data…</source>
        <translation>Vérification de vos données…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="147"/>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="153"/>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="157"/>
        <source>Check the data</source>
        <translation>Vérifier les données</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="154"/>
        <source>Your data is intact: the full check found no problem.</source>
        <translation>Vos données sont intactes&#xa0;: la vérification complète n&apos;a trouvé aucun problème.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="158"/>
        <source>Your data is damaged (%1). Keep working as little as possible and restore a backup: your current data is backed up first, so nothing more is lost.

Choose a backup now?</source>
        <translation>Vos données sont endommagées (%1). Travaillez le moins possible et restaurez une sauvegarde&#xa0;: vos données actuelles sont sauvegardées d&apos;abord, donc rien de plus n&apos;est perdu.

Choisir une sauvegarde maintenant&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="186"/>
        <source>Automatic backup made: %1</source>
        <translation>Sauvegarde automatique faite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="184"/>
        <location filename="../../partage_desktop/ui/safety/menu.py" line="194"/>
        <source>The automatic backup could not be made: %1</source>
        <translation>La sauvegarde automatique n&apos;a pas pu être faite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SaveFiles</name>
    <message>
        <location filename="../../partage_desktop/ui/widgets/save_files.py" line="59"/>
        <source>Choose another place</source>
        <translation>Choisissez un autre endroit</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/widgets/save_files.py" line="60"/>
        <source>“%1” is one of Partage&apos;s own files, in its data folder. Saving there would damage your data, so nothing was written.

Choose another folder, such as Documents.</source>
        <translation>«&#xa0;%1&#xa0;» est l&apos;un des fichiers de Partage, dans son dossier de données. L&apos;enregistrer là endommagerait vos données&#xa0;: rien n&apos;a été écrit.

Choisissez un autre dossier, par exemple Documents.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/widgets/save_files.py" line="73"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/widgets/save_files.py" line="74"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/widgets/save_files.py" line="116"/>
        <source>The PDF was not saved</source>
        <translation>Le PDF n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="54"/>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="173"/>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="200"/>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="206"/>
        <source>Send to a partner</source>
        <translation>Envoyer à un partenaire</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="61"/>
        <source>Choose the agreement or the project to send. Partage saves it in an exchange file (.partage) that you attach to an email or copy to a USB key. Your partner imports it with File → Import an exchange file.</source>
        <translation>Choisissez l&apos;entente ou le projet à envoyer. Partage l&apos;enregistre dans un fichier d&apos;échange (.partage) que vous joignez à un courriel ou copiez sur une clé USB. Votre partenaire l&apos;importe avec Fichier → Importer un fichier d&apos;échange.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="68"/>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="74"/>
        <source>Agreements</source>
        <translation>Ententes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="69"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="69"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="69"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="72"/>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="73"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="73"/>
        <source>Entries sent</source>
        <translation>Entrées envoyées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="73"/>
        <source>Private entries kept here</source>
        <translation>Entrées privées gardées ici</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="79"/>
        <source>There is no agreement to send yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;entente à envoyer.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="80"/>
        <source>An &amp;agreement</source>
        <translation>&amp;Une entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="81"/>
        <source>A project&apos;s file carries the project, its agreements with all their versions, and its journal entries with their attachments — except the entries marked private, which never leave this computer.</source>
        <translation>Le fichier d&apos;un projet contient le projet, ses ententes avec toutes leurs versions et ses entrées de journal avec leurs pièces jointes — sauf les entrées marquées privées, qui ne quittent jamais cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="84"/>
        <source>There is no project to send yet.</source>
        <translation>Il n&apos;y a pas encore de projet à envoyer.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="85"/>
        <source>A &amp;project</source>
        <translation>Un &amp;projet</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="88"/>
        <source>&amp;Save the exchange file…</source>
        <translation>&amp;Enregistrer le fichier d&apos;échange…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="149"/>
        <source>Save the exchange file</source>
        <translation>Enregistrer le fichier d&apos;échange</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="150"/>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="225"/>
        <source>Partage exchange files (*.partage)</source>
        <translation>Fichiers d&apos;échange Partage (*.partage)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="166"/>
        <source>The exchange file is saved:
%1

Attach it to an email to your partner organization, or copy it to a USB key.</source>
        <translation>Le fichier d&apos;échange est enregistré&#xa0;:
%1

Joignez-le à un courriel à l&apos;organisme partenaire, ou copiez-le sur une clé USB.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="174"/>
        <source>&amp;Write an email</source>
        <translation>&amp;Écrire un courriel</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="175"/>
        <source>Show the &amp;folder</source>
        <translation>Afficher le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="186"/>
        <source>Project %1 (Partage exchange file)</source>
        <translation>Projet %1 (fichier d&apos;échange Partage)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="187"/>
        <source>Hello,

Attached is the exchange file of our project %1: its agreements and journal entries. Import it in Partage with File → Import an exchange file.

File to attach: %2
</source>
        <translation>Bonjour,

Voici en pièce jointe le fichier d&apos;échange de notre projet %1&#xa0;: ses ententes et ses entrées de journal. Importez-le dans Partage avec Fichier → Importer un fichier d&apos;échange.

Fichier à joindre&#xa0;: %2
</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="191"/>
        <source>Agreement %1 (Partage exchange file)</source>
        <translation>Entente %1 (fichier d&apos;échange Partage)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="192"/>
        <source>Hello,

Attached is the exchange file of agreement %1. Import it in Partage with File → Import an exchange file.

File to attach: %2
</source>
        <translation>Bonjour,

Voici en pièce jointe le fichier d&apos;échange de l&apos;entente %1. Importez-le dans Partage avec Fichier → Importer un fichier d&apos;échange.

Fichier à joindre&#xa0;: %2
</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/safety/exchange_dialog.py" line="201"/>
        <source>No email program is set up on this computer. Write to your partner from your usual email and attach this file:
%1</source>
        <translation>Aucun logiciel de courriel n&apos;est configuré sur cet ordinateur. Écrivez à votre partenaire depuis votre courriel habituel et joignez ce fichier&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/app/settings_dialog.py" line="35"/>
        <location filename="../../partage_desktop/ui/app/settings_dialog.py" line="117"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/settings_dialog.py" line="46"/>
        <location filename="../../partage_desktop/ui/app/settings_dialog.py" line="136"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/settings_dialog.py" line="47"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/settings_dialog.py" line="55"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/settings_dialog.py" line="56"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/settings_dialog.py" line="60"/>
        <source>Data folder:</source>
        <translation>Dossier des données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/settings_dialog.py" line="67"/>
        <location filename="../../partage_desktop/ui/app/settings_dialog.py" line="93"/>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/settings_dialog.py" line="68"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/settings_dialog.py" line="72"/>
        <source>&amp;Backup folder:</source>
        <translation>Dossier des &amp;sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/settings_dialog.py" line="75"/>
        <source>Tip: choose another drive or a USB key for backups, so that one broken disk cannot take both your data and its copies.</source>
        <translation>Conseil&#xa0;: choisissez un autre disque ou une clé USB pour les sauvegardes, pour qu&apos;un seul disque en panne ne puisse pas emporter à la fois vos données et leurs copies.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/settings_dialog.py" line="118"/>
        <source>The settings could not be saved (%1). Check that the data folder is writable, then try again.</source>
        <translation>Impossible d&apos;enregistrer les paramètres (%1). Vérifiez que vous pouvez écrire dans le dossier des données, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/settings_dialog.py" line="137"/>
        <source>The new language will be used the next time Partage starts. Restart now?</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Partage. Redémarrer maintenant&#x202f;?</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="64"/>
        <source>Mark %1 as signed</source>
        <translation>Marquer&#xa0;%1 comme signée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="68"/>
        <source>Signature date</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="70"/>
        <source>&amp;Signature date (when the last party signed):</source>
        <translation>&amp;Date de signature (celle de la dernière partie)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="73"/>
        <source>No scanned copy attached (optional).</source>
        <translation>Aucune copie numérisée jointe (facultatif).</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="76"/>
        <source>&amp;Attach the scanned signed copy…</source>
        <translation>&amp;Joindre la copie signée numérisée…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="82"/>
        <source>Scan:</source>
        <translation>Copie numérisée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="84"/>
        <source>Mark as &amp;signed</source>
        <translation>Marquer comme &amp;signée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="90"/>
        <source>Record that every party signed the printed agreement. A copy of the scan is kept in Partage&apos;s data folder.</source>
        <translation>Indiquez que toutes les parties ont signé l&apos;entente imprimée. Une copie de la numérisation est conservée dans le dossier de données de Partage.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="98"/>
        <source>Scanned signed copy</source>
        <translation>Copie signée numérisée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="99"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Numérisations (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="88"/>
        <source>Sign electronically</source>
        <translation>Signer électroniquement</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="95"/>
        <source>Each party signs the same PDF in turn. Everything that goes with the agreement must be attached before the first signature: a file attached afterwards breaks the signatures.</source>
        <translation>Chaque partie signe le même PDF à son tour. Tout ce qui accompagne l&apos;entente doit y être joint avant la première signature&#xa0;: un fichier joint après coup rend les signatures invalides.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="98"/>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="147"/>
        <source>PDF to sign</source>
        <translation>PDF à signer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="98"/>
        <source>C&amp;hoose another PDF…</source>
        <translation>C&amp;hoisir un autre PDF…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="102"/>
        <source>Party you sign for</source>
        <translation>Partie au nom de laquelle vous signez</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="107"/>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="156"/>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="107"/>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oisir…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="110"/>
        <source>Password of the signing key</source>
        <translation>Mot de passe de la clé de signature</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="114"/>
        <source>&amp;PDF:</source>
        <translation>&amp;PDF&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="114"/>
        <source>Sign &amp;for:</source>
        <translation>Signer au &amp;nom de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="115"/>
        <source>Signing &amp;key:</source>
        <translation>&amp;Clé de signature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="115"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="125"/>
        <source>&amp;Sign and save as…</source>
        <translation>&amp;Signer et enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="137"/>
        <source>Version %1 of %2, as recorded in Partage</source>
        <translation>Version %1 de %2, telle qu&apos;enregistrée dans Partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="142"/>
        <source>Choose the PDF to sign.</source>
        <translation>Choisissez le PDF à signer.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="148"/>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="256"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="157"/>
        <source>Signing keys (*.p12 *.pfx)</source>
        <translation>Clés de signature (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="169"/>
        <source>Reading the PDF…</source>
        <translation>Lecture du PDF…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="179"/>
        <source>This PDF is not an agreement or an amendment exported by Partage: it cannot be signed here.</source>
        <translation>Ce PDF n&apos;est pas une entente ni un avenant produit par Partage&#xa0;: il ne peut pas être signé ici.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="187"/>
        <source>already signed</source>
        <translation>a déjà signé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="189"/>
        <source>no signature field</source>
        <translation>aucune zone de signature</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="201"/>
        <source>This PDF has no place for electronic signatures: it was exported before Partage added them. Save the agreement as PDF again with this version of Partage, then sign the new file.</source>
        <translation>Ce PDF n&apos;a aucune place pour des signatures électroniques&#xa0;: il a été produit avant que Partage les ajoute. Enregistrez de nouveau l&apos;entente en PDF avec cette version de Partage, puis signez le nouveau fichier.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="204"/>
        <source>Every party has already signed this PDF.</source>
        <translation>Toutes les parties ont déjà signé ce PDF.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="206"/>
        <source>Already signed by: %1.</source>
        <translation>Déjà signé par&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="209"/>
        <source>No party has signed this PDF yet.</source>
        <translation>Aucune partie n&apos;a encore signé ce PDF.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="241"/>
        <source>Choose your signing key (a .p12 file).</source>
        <translation>Choisissez votre clé de signature (un fichier .p12).</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="245"/>
        <source>Type the password of your signing key.</source>
        <translation>Tapez le mot de passe de votre clé de signature.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="254"/>
        <source>signed by %1</source>
        <translation>signé par %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="255"/>
        <source>Save the signed PDF</source>
        <translation>Enregistrer le PDF signé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="260"/>
        <source>Signing…</source>
        <translation>Signature en cours…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="286"/>
        <source>%1 signed for %2. The signed PDF is saved in “%3”.</source>
        <translation>%1 a signé au nom de %2. Le PDF signé est enregistré dans «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="290"/>
        <source>Send this file to the other parties: %1 can now sign it in turn.</source>
        <translation>Envoyez ce fichier aux autres parties&#xa0;: %1 peut maintenant le signer à son tour.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="293"/>
        <source>Every party has now signed.</source>
        <translation>Toutes les parties ont maintenant signé.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/sign_dialog.py" line="294"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
</context>
<context>
    <name>SignaturesView</name>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="313"/>
        <source>Warning: the file was changed after it was signed</source>
        <translation>Attention&#xa0;: le fichier a été modifié après avoir été signé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="314"/>
        <source>Added after the last signature</source>
        <translation>Ajouté après la dernière signature</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="319"/>
        <source>Electronic signature</source>
        <translation>Signature électronique</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="320"/>
        <source>%1 electronic signatures</source>
        <translation>%1 signatures électroniques</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="324"/>
        <source>Intact, trusted signer</source>
        <translation>Intacte, signataire de confiance</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="326"/>
        <source>Intact, signer not among your trusted certificates</source>
        <translation>Intacte, mais signataire absent de vos certificats de confiance</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="328"/>
        <source>Not intact</source>
        <translation>Non intacte</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="334"/>
        <source>The time of a signature is the one the signer&apos;s computer showed: no independent service confirms it.</source>
        <translation>L&apos;heure d&apos;une signature est celle qu&apos;indiquait l&apos;ordinateur de la personne qui a signé&#xa0;: aucun service indépendant ne la confirme.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="203"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="204"/>
        <source>Save the certificate</source>
        <translation>Enregistrer le certificat</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="205"/>
        <source>Certificates (*.cer)</source>
        <translation>Certificats (*.cer)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="212"/>
        <source>The certificate was not saved</source>
        <translation>Le certificat n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="214"/>
        <source>Certificate saved</source>
        <translation>Certificat enregistré</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/key_dialog.py" line="214"/>
        <source>The certificate is saved in “%1”. Send it to your partners, then read them its fingerprint over the phone so that they can check it before registering it.</source>
        <translation>Le certificat est enregistré dans «&#xa0;%1&#xa0;». Envoyez-le à vos partenaires, puis lisez-leur son empreinte au téléphone pour qu&apos;ils la vérifient avant de l&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/common.py" line="66"/>
        <source>At least %1 characters. A sentence of a few words is easy to remember.</source>
        <translation>Au moins %1 caractères. Une phrase de quelques mots est facile à retenir.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/common.py" line="69"/>
        <source>Too short: at least %1 characters.</source>
        <translation>Trop court&#xa0;: au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/common.py" line="73"/>
        <source>Strong password.</source>
        <translation>Mot de passe solide.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/common.py" line="75"/>
        <source>Fair password. Longer is better: add a word or two.</source>
        <translation>Mot de passe acceptable. Plus long, c&apos;est mieux&#xa0;: ajoutez un mot ou deux.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/common.py" line="76"/>
        <source>Weak password: make it longer, or mix words, digits and signs.</source>
        <translation>Mot de passe faible&#xa0;: allongez-le, ou mêlez des mots, des chiffres et des signes.</translation>
    </message>
</context>
<context>
    <name>StartupRecovery</name>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="55"/>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="75"/>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="80"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="66"/>
        <source>Choose a Partage backup</source>
        <translation>Choisir une sauvegarde de Partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="68"/>
        <source>Partage backups (*.zip);;All files (*)</source>
        <translation>Sauvegardes de Partage (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="77"/>
        <source>Restore the backup of %1 (%2)?

%3

The damaged data is kept aside, not deleted.</source>
        <translation>Restaurer la sauvegarde du %1 (%2)&#x202f;?

%3

Les données endommagées sont mises de côté, pas effacées.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="88"/>
        <source>Put the damaged file aside and start again with empty data?

The file is renamed and kept in the data folder (%1), not deleted, in case it can be recovered later.</source>
        <translation>Mettre le fichier endommagé de côté et repartir avec des données vides&#x202f;?

Le fichier est renommé et gardé dans le dossier de données (%1), pas effacé, au cas où on pourrait le récupérer plus tard.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="90"/>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="103"/>
        <source>Start afresh</source>
        <translation>Repartir à neuf</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="114"/>
        <source>Your Partage data is damaged. Partage does not open it, so as not to make things worse.</source>
        <translation>Vos données Partage sont endommagées. Partage ne les ouvre pas, pour ne rien aggraver.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="116"/>
        <source>The newest intact backup is from %1 (%2). Restore it? The damaged data is kept aside, not deleted, in case it can be recovered.</source>
        <translation>La sauvegarde intacte la plus récente date du %1 (%2). La restaurer&#x202f;? Les données endommagées sont mises de côté, pas effacées, au cas où on pourrait les récupérer.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="121"/>
        <source>No intact backup was found in the backup folder (%1). If you have one elsewhere, on a USB key for instance, restore it. Otherwise you can put the damaged file aside and start again with empty data: the file is kept, not deleted.</source>
        <translation>Aucune sauvegarde intacte dans le dossier de sauvegarde (%1). Si vous en avez une ailleurs, sur une clé USB par exemple, restaurez-la. Sinon, vous pouvez mettre le fichier endommagé de côté et repartir avec des données vides&#x202f;: le fichier est gardé, pas effacé.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="129"/>
        <source>The data is damaged</source>
        <translation>Les données sont endommagées</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="131"/>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="133"/>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="134"/>
        <source>Put the damaged file aside and start &amp;fresh</source>
        <translation>Mettre le fichier endommagé de côté et repartir à &amp;neuf</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="136"/>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="167"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="157"/>
        <source>Partage cannot keep its data in “%1”: it is a file, not a folder.</source>
        <translation>Partage ne peut pas garder ses données dans «&#xa0;%1&#xa0;»&#x202f;: c&apos;est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="159"/>
        <source>Partage cannot write in its data folder “%1” (read-only, locked USB key, or no permission).</source>
        <translation>Partage ne peut pas écrire dans son dossier de données «&#xa0;%1&#xa0;» (lecture seule, clé USB verrouillée ou accès refusé).</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="161"/>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="181"/>
        <source>Choose another folder for the data, or quit and ask whoever manages this computer for access.</source>
        <translation>Choisissez un autre dossier pour les données, ou quittez et demandez l&apos;accès à la personne qui gère cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="164"/>
        <source>The data folder cannot be used</source>
        <translation>Le dossier de données est inutilisable</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="166"/>
        <source>&amp;Choose another data folder…</source>
        <translation>&amp;Choisir un autre dossier de données…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="173"/>
        <source>Choose a data folder</source>
        <translation>Choisir un dossier de données</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_recovery.py" line="180"/>
        <source>Partage cannot write in “%1” either.</source>
        <translation>Partage ne peut pas écrire non plus dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>StartupSafety</name>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_safety.py" line="28"/>
        <source>Partage is already open on this data folder. Its window has been brought to the front; use that one.</source>
        <translation>Partage est déjà ouvert sur ce dossier de données. Sa fenêtre a été mise au premier plan&#x202f;; utilisez-la.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_safety.py" line="30"/>
        <source>Partage is already open on this data folder (perhaps by another user of this computer). Close it first, then start Partage again.</source>
        <translation>Partage est déjà ouvert sur ce dossier de données (peut-être par une autre personne qui utilise cet ordinateur). Fermez-le d&apos;abord, puis relancez Partage.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_safety.py" line="78"/>
        <source>There is no data in this folder, but there is a backup of %1 (%2).

Restore it now? Choose No to start with empty data; the backup stays available in File → Restore a backup.</source>
        <translation>Ce dossier ne contient pas de données, mais il y a une sauvegarde du %1 (%2).

La restaurer maintenant&#x202f;? Choisissez Non pour commencer avec des données vides&#x202f;; la sauvegarde reste disponible dans Fichier → Restaurer une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/startup_safety.py" line="57"/>
        <source>Your Partage data folder (%1) is inside a folder synchronized by %2. Such tools copy files while Partage is writing them and can damage your data.

Ask whoever helps you with Partage to move the data folder out of it. The synchronized folder is a good place for backups instead: choose it as backup folder in File → Settings.</source>
        <translation>Votre dossier de données Partage (%1) se trouve dans un dossier synchronisé par %2. Ces outils copient les fichiers pendant que Partage les modifie et peuvent endommager vos données.

Demandez à la personne qui vous aide avec Partage de déplacer le dossier de données ailleurs. Le dossier synchronisé convient par contre très bien aux sauvegardes&#xa0;: choisissez-le comme dossier de sauvegarde dans Fichier → Paramètres.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../partage_desktop/ui/wizard/steps.py" line="44"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/steps.py" line="51"/>
        <source>Delete this draft…</source>
        <translation>Supprimer ce brouillon…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/steps.py" line="53"/>
        <source>Moves the draft to the trash of the Agreements section, where it can be restored.</source>
        <translation>Met le brouillon dans la corbeille de la section Ententes, d&apos;où il peut être restauré.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/steps.py" line="62"/>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/steps.py" line="62"/>
        <source>Kind of agreement</source>
        <translation>Type d&apos;entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/steps.py" line="64"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/steps.py" line="66"/>
        <source>Own wording</source>
        <translation>Votre propre libellé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/steps.py" line="68"/>
        <source>Review and export</source>
        <translation>Vérifier et exporter</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/steps.py" line="76"/>
        <source>ready to export</source>
        <translation>prête à exporter</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/steps.py" line="81"/>
        <source>to complete</source>
        <translation>à compléter</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/steps.py" line="83"/>
        <source>to correct</source>
        <translation>à corriger</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/steps.py" line="94"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/steps.py" line="112"/>
        <source>You are here</source>
        <translation>Vous êtes ici</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/steps.py" line="112"/>
        <source>Go to this step</source>
        <translation>Aller à cette étape</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/steps.py" line="124"/>
        <source>Step 1</source>
        <translation>Étape 1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/steps.py" line="133"/>
        <source>The next steps depend on the kind of agreement chosen.</source>
        <translation>Les étapes suivantes dépendent du type d&apos;entente choisi.</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <location filename="../../partage_desktop/ui/wizard/pages.py" line="125"/>
        <source>What do you want to share?</source>
        <translation>Que voulez-vous partager&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/pages.py" line="126"/>
        <source>Choose the kind of agreement. They go from the simplest, a loan, to the most involved, a joint structure.</source>
        <translation>Choisissez le type d&apos;entente. Ils vont du plus simple, le prêt, au plus engageant, la structure commune.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/pages.py" line="130"/>
        <source>Kind of agreement</source>
        <translation>Type d&apos;entente</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/pages.py" line="133"/>
        <source>Loan</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/pages.py" line="133"/>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/pages.py" line="134"/>
        <source>Pooling</source>
        <translation>Mutualisation</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/pages.py" line="134"/>
        <source>Joint structure</source>
        <translation>Structure commune</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/pages.py" line="147"/>
        <source>&amp;Kind of agreement:</source>
        <translation>&amp;Type d&apos;entente&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/pages.py" line="151"/>
        <source>Read the &amp;guide on this kind of sharing</source>
        <translation>Lire le &amp;guide sur ce type de partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/wizard/pages.py" line="189"/>
        <source>Choose a kind of agreement to continue.</source>
        <translation>Choisissez un type d&apos;entente pour continuer.</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="112"/>
        <source>Terminate %1</source>
        <translation>Résilier&#xa0;%1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="114"/>
        <source>Terminating records that the parties ended this agreement before its term, as its termination article provides. It cannot be undone.</source>
        <translation>La résiliation indique que les parties ont mis fin à l&apos;entente avant son terme, comme le prévoit son article sur la fin de l&apos;entente. Elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="119"/>
        <source>Termination date</source>
        <translation>Date de résiliation</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="120"/>
        <source>&amp;Termination date:</source>
        <translation>Date de &amp;résiliation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="125"/>
        <source>&amp;Terminate the agreement</source>
        <translation>&amp;Résilier l&apos;entente</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="243"/>
        <source>Journal trash</source>
        <translation>Corbeille du journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="244"/>
        <source>Entries stay here %1 days, then are deleted for good.</source>
        <translation>Les entrées restent ici %1 jours, puis sont supprimées définitivement.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="245"/>
        <source>Entries in the trash</source>
        <translation>Entrées dans la corbeille</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="253"/>
        <source>The %1 most recent are listed, of %2 in the trash.</source>
        <translation>Les %1 plus récentes sont affichées, sur %2 dans la corbeille.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="266"/>
        <source>Delete the entry in the trash for good, with its attached files? This cannot be undone.</source>
        <translation>Supprimer définitivement l&apos;entrée de la corbeille, avec ses pièces jointes&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../partage_desktop/ui/journal/dialogs.py" line="268"/>
        <source>Delete the %Ln entries in the trash for good, with their attached files? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement l&apos;entrée de la corbeille, avec ses pièces jointes&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement les %Ln entrées de la corbeille, avec leurs pièces jointes&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashListDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/widgets/trash_dialog.py" line="50"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/widgets/trash_dialog.py" line="53"/>
        <source>&amp;Empty the trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/widgets/trash_dialog.py" line="56"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/widgets/trash_dialog.py" line="109"/>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
</context>
<context>
    <name>TrustedCertificatesDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="43"/>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="53"/>
        <source>Trusted certificates</source>
        <translation>Certificats de confiance</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="47"/>
        <source>The signatures made with these certificates are shown as coming from a known signer. Register a partner&apos;s certificate only if you received it from them directly, and compare its fingerprint with them (by phone, for instance).</source>
        <translation>Les signatures faites avec ces certificats sont présentées comme venant d&apos;une personne connue. N&apos;enregistrez le certificat d&apos;un partenaire que si vous l&apos;avez reçu de lui directement, et comparez son empreinte avec lui (au téléphone, par exemple).</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="54"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="54"/>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="54"/>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="55"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="72"/>
        <source>No certificate is trusted yet. Import the certificates your partners sent you.</source>
        <translation>Aucun certificat de confiance pour l&apos;instant. Importez les certificats que vos partenaires vous ont envoyés.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="75"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="78"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="81"/>
        <source>&amp;Export my certificate…</source>
        <translation>E&amp;xporter mon certificat…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="83"/>
        <source>Save the certificate of your own signing key, to send to your partners</source>
        <translation>Enregistrer le certificat de votre propre clé de signature, pour l&apos;envoyer à vos partenaires</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="111"/>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="141"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="112"/>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="114"/>
        <source>(expired)</source>
        <translation>(expiré)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="117"/>
        <source>(ours)</source>
        <translation>(le nôtre)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="142"/>
        <source>%1%2, %3. Valid from %4. Fingerprint: %5</source>
        <translation>%1%2, %3. Valide %4. Empreinte&#xa0;: %5</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="145"/>
        <source>Ours: the certificate of a signing key made in this app.</source>
        <translation>Le nôtre&#xa0;: le certificat d&apos;une clé de signature créée dans cette application.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="146"/>
        <source>Received in an exchange file.</source>
        <translation>Reçu dans un fichier d&apos;échange.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="158"/>
        <source>Import a certificate</source>
        <translation>Importer un certificat</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="159"/>
        <source>Certificates (*.cer *.crt *.pem *.der)</source>
        <translation>Certificats (*.cer *.crt *.pem *.der)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="166"/>
        <source>The certificate was not imported</source>
        <translation>Le certificat n&apos;a pas été importé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="169"/>
        <source>%1 (%2), fingerprint %3</source>
        <translation>%1 (%2), empreinte %3</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="172"/>
        <source>Certificate imported</source>
        <translation>Certificat importé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="172"/>
        <source>Already trusted</source>
        <translation>Déjà dans vos certificats de confiance</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="173"/>
        <source>Now trusted:</source>
        <translation>Ajouté à vos certificats de confiance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="173"/>
        <source>These certificates were already trusted:</source>
        <translation>Ces certificats étaient déjà dans vos certificats de confiance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="175"/>
        <source>Check that this fingerprint is the one your partner gave you.</source>
        <translation>Vérifiez que cette empreinte est bien celle que votre partenaire vous a donnée.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="189"/>
        <source>Remove this certificate?</source>
        <translation>Retirer ce certificat&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="190"/>
        <source>Stop trusting the certificate of %1 (%2)?

Fingerprint: %3

Signatures made with it will then be shown as coming from an unknown signer.</source>
        <translation>Retirer le certificat de %1 (%2) de vos certificats de confiance&#xa0;?

Empreinte&#xa0;: %3

Les signatures faites avec lui seront alors présentées comme venant d&apos;une personne inconnue.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="199"/>
        <source>The certificate was not removed</source>
        <translation>Le certificat n&apos;a pas été retiré</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="212"/>
        <source>Your signing key</source>
        <translation>Votre clé de signature</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="213"/>
        <source>Signing keys (*.p12 *.pfx)</source>
        <translation>Clés de signature (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="216"/>
        <source>Password of the signing key</source>
        <translation>Mot de passe de la clé de signature</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="217"/>
        <source>Password of “%1”:</source>
        <translation>Mot de passe de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/signing/trust_dialog.py" line="224"/>
        <source>The certificate was not saved</source>
        <translation>Le certificat n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>VerifyCopyDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="192"/>
        <source>Verify a copy</source>
        <translation>Vérifier une copie</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="195"/>
        <source>Is this copy the one you recorded, unaltered? Choose the PDF file you received, or type the fingerprint printed at the bottom of a paper copy.</source>
        <translation>Cette copie est-elle bien celle que vous avez enregistrée, sans modification&#x202f;? Choisissez le fichier PDF reçu, ou tapez l&apos;empreinte imprimée au bas d&apos;une copie papier.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="198"/>
        <source>Choose a &amp;PDF…</source>
        <translation>Choisir un &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="203"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="206"/>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Empreinte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="208"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="236"/>
        <source>Copy to verify</source>
        <translation>Copie à vérifier</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="236"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="250"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="269"/>
        <source>Not verified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="264"/>
        <source>Found</source>
        <translation>Trouvée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="263"/>
        <source>Identical to the recorded version</source>
        <translation>Identique à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="265"/>
        <source>Warning: does not match the recorded version</source>
        <translation>Attention&#xa0;: ne correspond pas à la version enregistrée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="266"/>
        <source>Not recorded here</source>
        <translation>Pas enregistrée ici</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="267"/>
        <source>Recorded here, but never checked</source>
        <translation>Enregistrée ici, mais jamais vérifiée</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="271"/>
        <source>Warning: changed after it was signed</source>
        <translation>Attention&#xa0;: modifié après avoir été signé</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/agreements/dialogs.py" line="276"/>
        <source>The copy could not be checked.</source>
        <translation>La copie n&apos;a pas pu être vérifiée.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="99"/>
        <source>Welcome to Partage</source>
        <translation>Bienvenue dans Partage</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="100"/>
        <source>A few questions to get started. Everything can be changed later.</source>
        <translation>Quelques questions pour commencer. Tout pourra être modifié plus tard.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="102"/>
        <source>Partage helps your organization share resources with others: plain-language guides, agreements ready to print and sign, and a journal of your sharing projects. Everything stays on this computer; no account is needed.</source>
        <translation>Partage aide votre organisme à partager des ressources avec d&apos;autres&#xa0;: des guides en langage clair, des ententes prêtes à imprimer et à signer, et un journal de vos projets de partage. Tout reste sur cet ordinateur&#xa0;; aucun compte n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="105"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/app/first_run.py" line="106"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>_Base</name>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="67"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="86"/>
        <source>&amp;See the result</source>
        <translation>&amp;Voir le résultat</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="90"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="94"/>
        <source>Keep in the &amp;journal…</source>
        <translation>Garder dans le &amp;journal…</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="156"/>
        <source>There is no project in the journal yet. Create one in the Journal section, then keep this result in it.</source>
        <translation>Le journal ne contient encore aucun projet. Créez-en un dans la section Journal, puis gardez-y ce résultat.</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="160"/>
        <source>Keep in the journal</source>
        <translation>Garder dans le journal</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="161"/>
        <source>Sharing project:</source>
        <translation>Projet de partage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../partage_desktop/ui/guides/selfassess.py" line="166"/>
        <source>Kept in the journal of “%1”.</source>
        <translation>Gardé dans le journal de «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>_StepDialog</name>
    <message>
        <location filename="../../partage_desktop/ui/resources/booking_dialogs.py" line="270"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
