<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AiActResult</name>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="28"/>
        <source>AI Act screening result</source>
        <translation>Résultat de l&apos;analyse au regard du règlement sur l&apos;IA</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="31"/>
        <source>NOT YET SCORED</source>
        <translation>PAS ENCORE ÉVALUÉ</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="36"/>
        <source>Answer the questions about the system to see the screening.</source>
        <translation>Répondez aux questions sur le système pour voir le résultat de l&apos;analyse.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="58"/>
        <source>PROHIBITED PRACTICE</source>
        <translation>PRATIQUE INTERDITE</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="60"/>
        <source>HIGH-RISK AI SYSTEM</source>
        <translation>SYSTÈME D&apos;IA À HAUT RISQUE</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="61"/>
        <source>NO PROHIBITED OR HIGH-RISK USE FOUND</source>
        <translation>AUCUN USAGE INTERDIT OU À HAUT RISQUE CONSTATÉ</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="68"/>
        <source>&lt;b&gt;Prohibited:&lt;/b&gt; %1 (prohibitions apply from %2)</source>
        <translation>&lt;b&gt;Interdit :&lt;/b&gt; %1 (interdictions applicables à partir du %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="75"/>
        <source>&lt;b&gt;High-risk:&lt;/b&gt; Annex III point %1 (obligations apply from %2)</source>
        <translation>&lt;b&gt;Haut risque :&lt;/b&gt; annexe III, point %1 (obligations applicables à partir du %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="79"/>
        <source>required (Art. 27)</source>
        <translation>requise (art. 27)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="79"/>
        <source>not required</source>
        <translation>non requise</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="80"/>
        <source>&lt;b&gt;Fundamental-rights impact assessment:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Analyse d&apos;impact sur les droits fondamentaux :&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>CitationDialog</name>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="27"/>
        <source>Legal source</source>
        <translation>Source juridique</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="48"/>
        <source>Unknown source: %s</source>
        <translation>Source inconnue : %s</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="58"/>
        <source>Law</source>
        <translation>Texte de loi</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="58"/>
        <source>Guidance</source>
        <translation>Lignes directrices</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="58"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="65"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="66"/>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="67"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="68"/>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="69"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="70"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="71"/>
        <source>Holding</source>
        <translation>Solution retenue</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="72"/>
        <source>Official text</source>
        <translation>Texte officiel</translation>
    </message>
</context>
<context>
    <name>ComboChoiceEditor</name>
    <message>
        <location filename="../app/ui/widgets/answer_editors.py" line="98"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="105"/>
        <source>Compare with a version</source>
        <translation>Comparer avec une version</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="129"/>
        <source>Compare the current state with &amp;version</source>
        <translation>Comparer l&apos;état actuel avec la &amp;version</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="142"/>
        <source>&amp;Differences</source>
        <translation>&amp;Différences</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="144"/>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="197"/>
        <source>No version has been recorded yet: use File &gt; Mark version… first.</source>
        <translation>Aucune version n&apos;a encore été enregistrée : utilisez d&apos;abord Fichier &gt; Marquer une version…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="208"/>
        <source>Version &quot;%1&quot; (revision %2, %3, rules %4)</source>
        <translation>Version « %1 » (révision %2, %3, version des règles %4)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="215"/>
        <source>is the same as the current state.</source>
        <translation>est identique à l&apos;état actuel.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="217"/>
        <source>differs from the current state in %1 place(s).</source>
        <translation>diffère de l&apos;état actuel en %1 point(s).</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="219"/>
        <source>The verdict is not compared until the rules have loaded.</source>
        <translation>Le verdict n&apos;est comparé qu&apos;une fois les règles chargées.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="225"/>
        <source>What</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="226"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="227"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="228"/>
        <source>In %1</source>
        <translation>Dans %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="229"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="251"/>
        <source>About the assessment</source>
        <translation>À propos de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="252"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="253"/>
        <source>Workshop note</source>
        <translation>Note d&apos;atelier</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="254"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="255"/>
        <source>Rating override</source>
        <translation>Modification de niveau</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="256"/>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="257"/>
        <source>Evaluator review</source>
        <translation>Revue par l&apos;évaluateur</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="258"/>
        <source>Evidence</source>
        <translation>Pièce justificative</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="259"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="260"/>
        <source>Finding</source>
        <translation>Constatation</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="265"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="265"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="265"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="283"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="284"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="296"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="297"/>
        <source>Verdict complete?</source>
        <translation>Verdict complet ?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="298"/>
        <source>DPIA required</source>
        <translation>AIPD requise</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="299"/>
        <source>Prior consultation (Art. 36) required</source>
        <translation>Consultation préalable (art. 36) requise</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="302"/>
        <source>Special categories (Art. 9)</source>
        <translation>Catégories particulières (art. 9)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="303"/>
        <source>AI Act</source>
        <translation>Règlement sur l&apos;IA</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="315"/>
        <source>applies</source>
        <translation>s&apos;applique</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="316"/>
        <source>exception valid</source>
        <translation>exception valable</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="317"/>
        <source>exception</source>
        <translation>exception</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="318"/>
        <source>prohibited practices</source>
        <translation>pratiques interdites</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="319"/>
        <source>possibly prohibited practices</source>
        <translation>pratiques peut-être interdites</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="320"/>
        <source>high risk</source>
        <translation>haut risque</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="321"/>
        <source>fundamental rights impact assessment required</source>
        <translation>analyse d&apos;impact sur les droits fondamentaux requise</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="333"/>
        <source>Risk %1</source>
        <translation>Risque %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="338"/>
        <source>inherent level</source>
        <translation>niveau initial</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="339"/>
        <source>residual level</source>
        <translation>niveau résiduel</translation>
    </message>
</context>
<context>
    <name>DisputeResolver</name>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="62"/>
        <source>Keep disputed (decide later)</source>
        <translation>Laisser contestée (décider plus tard)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="63"/>
        <source>Keep disputed: %1</source>
        <translation>Laisser contestée : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="73"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="76"/>
        <source>Take this value</source>
        <translation>Retenir cette valeur</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="78"/>
        <source>Take the value of %1: %2</source>
        <translation>Retenir la valeur de %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="88"/>
        <source>(unanswered)</source>
        <translation>(sans réponse)</translation>
    </message>
</context>
<context>
    <name>DisputesCard</name>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="65"/>
        <source>Disputed answers (%1)</source>
        <translation>Réponses contestées (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="68"/>
        <source>The assessment uses the answer shown until a dispute is resolved: decide each one, or record why it stays open, before signing. The report lists them after the sign-off table.</source>
        <translation>L&apos;évaluation utilise la réponse affichée tant qu&apos;une contestation n&apos;est pas résolue : tranchez chacune, ou consignez pourquoi elle reste ouverte, avant la signature. Le rapport les énumère après le tableau de validation.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="72"/>
        <source>No answer is disputed.</source>
        <translation>Aucune réponse n&apos;est contestée.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="92"/>
        <source>(unanswered)</source>
        <translation>(sans réponse)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="94"/>
        <source>Answer now: %1</source>
        <translation>Réponse actuelle : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="96"/>
        <source>Disputed by: %1</source>
        <translation>Contestée par : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="98"/>
        <source>Why: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="102"/>
        <source>Go to question</source>
        <translation>Aller à la question</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="104"/>
        <source>Go to question: %1</source>
        <translation>Aller à la question : %1</translation>
    </message>
</context>
<context>
    <name>EffectDialog</name>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="44"/>
        <source>Effect of a measure on a risk</source>
        <translation>Effet d&apos;une mesure sur un risque</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="70"/>
        <source>Once the measure is planned or in place, the risk&apos;s residual rating is lowered by these steps (never below 1). A written justification is required; the report shows it.</source>
        <translation>Dès que la mesure est prévue ou mise en œuvre, la cotation résiduelle du risque est réduite de ces niveaux (jamais en dessous de 1). Une justification écrite est obligatoire ; le rapport l&apos;affiche.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="82"/>
        <source>not lowered</source>
        <translation>non réduite</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="83"/>
        <source>1 step lower</source>
        <translation>1 niveau de moins</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="84"/>
        <source>2 steps lower</source>
        <translation>2 niveaux de moins</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="85"/>
        <source>3 steps lower</source>
        <translation>3 niveaux de moins</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="95"/>
        <source>&amp;Risk</source>
        <translation>&amp;Risque</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="96"/>
        <source>S&amp;everity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="97"/>
        <source>&amp;Likelihood</source>
        <translation>&amp;Vraisemblance</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="98"/>
        <source>&amp;Justification (required)</source>
        <translation>&amp;Justification (obligatoire)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="142"/>
        <source>Choose how many steps the measure lowers the severity or the likelihood.</source>
        <translation>Choisissez de combien de niveaux la mesure réduit la gravité ou la vraisemblance.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="147"/>
        <source>Write why the measure lowers this risk: the report shows the justification with it.</source>
        <translation>Indiquez pourquoi la mesure réduit ce risque : le rapport affiche la justification avec l&apos;effet.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="37"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="56"/>
        <source>Evidence not attached</source>
        <translation>Pièce justificative non jointe</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="68"/>
        <source>Attach evidence</source>
        <translation>Joindre une pièce justificative</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="70"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="82"/>
        <location filename="../app/ui/evidence_actions.py" line="89"/>
        <source>Cannot open the evidence</source>
        <translation>Impossible d&apos;ouvrir la pièce justificative</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="90"/>
        <source>No application opens %1 here; use “Save a copy…” instead.</source>
        <translation>Aucune application n&apos;ouvre %1 ici ; utilisez plutôt « Enregistrer une copie… ».</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="101"/>
        <source>Save a copy of the evidence</source>
        <translation>Enregistrer une copie de la pièce justificative</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="108"/>
        <source>Copy not saved</source>
        <translation>Copie non enregistrée</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="118"/>
        <source>Remove %1 from this item? It stays attached to the other items it supports.</source>
        <translation>Retirer %1 de cet élément ? Le fichier reste joint aux autres éléments qu&apos;il étaye.</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="122"/>
        <source>Remove the evidence file %1 from the assessment? Its content is deleted from the file.</source>
        <translation>Supprimer la pièce justificative %1 de l&apos;évaluation ? Son contenu est effacé du fichier.</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="128"/>
        <source>Remove evidence</source>
        <translation>Supprimer la pièce justificative</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="59"/>
        <source>Attach evidence…</source>
        <translation>Joindre une pièce justificative…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="62"/>
        <source>Attach evidence</source>
        <translation>Joindre une pièce justificative</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="64"/>
        <source>Or drop files here</source>
        <translation>Ou déposez des fichiers ici</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="79"/>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="85"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="86"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="87"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="88"/>
        <source>evidence</source>
        <translation>pièce justificative</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="44"/>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="61"/>
        <source>Evidence files</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="58"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="58"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="58"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="58"/>
        <source>Supports</source>
        <translation>Étaye</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="58"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="65"/>
        <source>Double-click or press F2 to edit the note</source>
        <translation>Double-cliquez ou appuyez sur F2 pour modifier la note</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="84"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="85"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="86"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="129"/>
        <source>No evidence yet. Drop a file on a question or a measure, or use its “Attach evidence…”.</source>
        <translation>Pas encore de pièces justificatives. Déposez un fichier sur une question ou une mesure, ou utilisez son bouton « Joindre une pièce justificative… ».</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="132"/>
        <source>%1 files, %2 in all. Limits: %3 per file, %4 and %5 files per assessment.</source>
        <translation>%1 fichiers, %2 au total. Limites : %3 par fichier, %4 et %5 fichiers par évaluation.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="147"/>
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="150"/>
        <source>Measure: %1</source>
        <translation>Mesure : %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="90"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="120"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="125"/>
        <source>&amp;Sign the report now</source>
        <translation>&amp;Signer le rapport maintenant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="129"/>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="144"/>
        <source>&amp;Open the report when done</source>
        <translation>&amp;Ouvrir le rapport une fois terminé</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="147"/>
        <source>Report &amp;file</source>
        <translation>&amp;Fichier du rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="148"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="151"/>
        <source>&amp;Identity file</source>
        <translation>Fichier d&apos;&amp;identité</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="155"/>
        <source>Signing &amp;role</source>
        <translation>&amp;Rôle du signataire</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="110"/>
        <source>The report shows the assessment as it is in the wizard now, saved or not. Signing adds your electronic signature in the chosen role, with an identity file or a smart card or HSM; the passphrase or PIN is used once and not stored.</source>
        <translation>Le rapport montre l&apos;évaluation telle qu&apos;elle est maintenant dans l&apos;assistant, enregistrée ou non. La signature ajoute votre signature électronique dans le rôle choisi, avec un fichier d&apos;identité, une carte à puce ou un HSM ; la phrase secrète ou le code PIN n&apos;est utilisé qu&apos;une fois et n&apos;est pas conservé.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="132"/>
        <source>Identity file (.p12)</source>
        <translation>Fichier d&apos;identité (.p12)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="133"/>
        <source>Smart card or HSM (PKCS#11)</source>
        <translation>Carte à puce ou HSM (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="136"/>
        <source>PKCS#11 module, e.g. /usr/lib/opensc-pkcs11.so</source>
        <translation>Module PKCS#11, p. ex. /usr/lib/opensc-pkcs11.so</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="150"/>
        <source>Sign &amp;with</source>
        <translation>Signer &amp;avec</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="152"/>
        <source>PKCS#11 &amp;module</source>
        <translation>&amp;Module PKCS#11</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="153"/>
        <source>&amp;Token label</source>
        <translation>Libellé du &amp;jeton</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="154"/>
        <source>&amp;Key label</source>
        <translation>Libellé de la &amp;clé</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="156"/>
        <source>&amp;Passphrase or PIN</source>
        <translation>&amp;Phrase secrète ou code PIN</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="170"/>
        <source>A signed report is also recorded as a version in the assessment&apos;s history (its revision is named on the cover), and the assessment file is saved.</source>
        <translation>Un rapport signé est aussi enregistré comme version dans l&apos;historique de l&apos;évaluation (sa révision figure sur la page de garde), et le fichier de l&apos;évaluation est enregistré.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="182"/>
        <source>Assessor</source>
        <translation>Rédacteur</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="183"/>
        <source>Data protection officer (DPO)</source>
        <translation>Délégué à la protection des données (DPD)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="184"/>
        <source>Controller (decision)</source>
        <translation>Responsable du traitement (décision)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="185"/>
        <source>Reviewer (evaluator)</source>
        <translation>Évaluateur (relecture)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="207"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="250"/>
        <source>Choose where to write the report</source>
        <translation>Choisissez où enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="255"/>
        <source>Enter the PKCS#11 module, the token label and the key label</source>
        <translation>Saisissez le module PKCS#11, le libellé du jeton et le libellé de la clé</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="257"/>
        <source>Enter the PIN of your token</source>
        <translation>Saisissez le code PIN de votre jeton</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="260"/>
        <source>Choose your signing identity</source>
        <translation>Choisissez votre identité de signature</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="262"/>
        <source>Enter the passphrase of your signing identity</source>
        <translation>Saisissez la phrase secrète de votre identité de signature</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="267"/>
        <source>Export report as</source>
        <translation>Exporter le rapport sous</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="276"/>
        <source>Signing identity</source>
        <translation>Identité de signature</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="304"/>
        <source>Replace the report?</source>
        <translation>Remplacer le rapport ?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="305"/>
        <source>%1 already exists. Replace it with the new report?</source>
        <translation>%1 existe déjà. Le remplacer par le nouveau rapport ?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="376"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="384"/>
        <source>Scoring the assessment</source>
        <translation>Évaluation en cours</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="385"/>
        <source>Laying out the report</source>
        <translation>Mise en page du rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="386"/>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="387"/>
        <source>Writing the file</source>
        <translation>Écriture du fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="388"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="407"/>
        <source>No PDF viewer</source>
        <translation>Aucune visionneuse PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="409"/>
        <source>The report was written to %1, but no application to show PDF files was found. Open the folder that holds it instead?</source>
        <translation>Le rapport a été écrit dans %1, mais aucune application pour afficher les fichiers PDF n&apos;a été trouvée. Ouvrir plutôt le dossier qui le contient ?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="417"/>
        <source>No file manager</source>
        <translation>Aucun gestionnaire de fichiers</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="418"/>
        <source>No application to show folders was found either. The report is at %1.</source>
        <translation>Aucune application pour afficher les dossiers n&apos;a été trouvée non plus. Le rapport se trouve dans %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="312"/>
        <location filename="../app/ui/dialogs/export_dialog.py" line="425"/>
        <source>Cannot export the report</source>
        <translation>Impossible d&apos;exporter le rapport</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../app/ui/file_controller.py" line="58"/>
        <source>Open assessment</source>
        <translation>Ouvrir une évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="69"/>
        <source>Cannot open the assessment</source>
        <translation>Impossible d&apos;ouvrir l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="75"/>
        <source>Opened with warnings: %s</source>
        <translation>Ouvert avec des avertissements : %s</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="77"/>
        <source>Opened %s</source>
        <translation>%s ouvert</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="88"/>
        <source>Save assessment as</source>
        <translation>Enregistrer l&apos;évaluation sous</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="111"/>
        <source>Cannot save the assessment</source>
        <translation>Impossible d&apos;enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="117"/>
        <source>Saved %s</source>
        <translation>%s enregistré</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="123"/>
        <source>assessment</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="127"/>
        <source>The file has not been changed.</source>
        <translation>Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="129"/>
        <source>Your work is still open in the wizard.</source>
        <translation>Votre travail est toujours ouvert dans l&apos;assistant.</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="145"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="146"/>
        <source>The assessment has unsaved changes. Save them first?</source>
        <translation>L&apos;évaluation contient des modifications non enregistrées. Les enregistrer d&apos;abord ?</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="171"/>
        <source>Autosave failed: %s</source>
        <translation>Échec de l&apos;enregistrement automatique : %s</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="185"/>
        <source>an untitled assessment</source>
        <translation>une évaluation sans titre</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="189"/>
        <source>The DPIA wizard did not close properly last time. Unsaved work on %1 was autosaved at %2.

Restore it? Choosing No discards the autosaved copy.</source>
        <translation>L&apos;assistant AIPD ne s&apos;est pas fermé correctement la dernière fois. Le travail non enregistré sur %1 a été enregistré automatiquement à %2.

Le restaurer ? Non supprime la copie enregistrée automatiquement.</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="195"/>
        <source>These evidence files could not be restored and are left out: %1</source>
        <translation>Ces pièces justificatives n&apos;ont pas pu être restaurées et sont omises : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="199"/>
        <source>Restore unsaved work?</source>
        <translation>Restaurer le travail non enregistré ?</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="210"/>
        <source>Restored unsaved work; save it to keep it.</source>
        <translation>Travail non enregistré restauré ; enregistrez-le pour le conserver.</translation>
    </message>
</context>
<context>
    <name>FormatExportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="41"/>
        <source>Export as Word (.docx)</source>
        <translation>Exporter au format Word (.docx)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="42"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documents Word (*.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="43"/>
        <source>Word report</source>
        <translation>rapport Word</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="46"/>
        <source>Export the risk register as CSV</source>
        <translation>Exporter le registre des risques au format CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="47"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="48"/>
        <source>CSV risk register</source>
        <translation>registre des risques CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="51"/>
        <source>Export as Excel (.xlsx)</source>
        <translation>Exporter au format Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="52"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="53"/>
        <source>Excel workbook</source>
        <translation>classeur Excel</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="120"/>
        <source>The full report as an editable Word document: the sections, tables and citations of the PDF, with Word headings (Insert &gt; Table of contents works). It opens in Word and LibreOffice.</source>
        <translation>Le rapport complet sous forme de document Word modifiable : les sections, tableaux et citations du PDF, avec des titres Word (Insertion &gt; Table des matières fonctionne). Il s&apos;ouvre dans Word et LibreOffice.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="125"/>
        <source>The risk register, one row per risk: inherent and residual severity, likelihood and level, measures and override justifications (UTF-8, with a header row).</source>
        <translation>Le registre des risques, une ligne par risque : gravité, vraisemblance et niveau initiaux et résiduels, mesures et justifications des modifications (UTF-8, avec une ligne d&apos;en-tête).</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="129"/>
        <source>An Excel workbook with the sheets Risks (levels coloured) and Action plan (owner, due date, status).</source>
        <translation>Un classeur Excel avec les feuilles Risques (niveaux en couleur) et Plan d&apos;action (responsable, échéance, statut).</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="133"/>
        <source>It shows the assessment as it is in the wizard now, saved or not.</source>
        <translation>Il montre l&apos;évaluation telle qu&apos;elle est maintenant dans l&apos;assistant, enregistrée ou non.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="140"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="146"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="153"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="193"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="194"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="230"/>
        <source>Exporting…</source>
        <translation>Exportation en cours…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="242"/>
        <source>Cannot export the %1</source>
        <translation>Impossible d&apos;exporter le %1</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <location filename="../app/ui/widgets/heat_map.py" line="123"/>
        <source>No risk scores yet</source>
        <translation>Pas encore de niveaux de risque</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/heat_map.py" line="184"/>
        <source>Likelihood →</source>
        <translation>Vraisemblance →</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/heat_map.py" line="193"/>
        <source>Severity →</source>
        <translation>Gravité →</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="44"/>
        <source>Create signing identity</source>
        <translation>Créer une identité de signature</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="62"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="70"/>
        <source>A signing identity holds your name, a certificate and a private key, protected by a passphrase of at least 8 characters. Keep the file and the passphrase safe: whoever has both can sign in your name. The wizard never stores the passphrase.</source>
        <translation>Une identité de signature contient votre nom, un certificat et une clé privée, protégés par une phrase secrète d&apos;au moins 8 caractères. Conservez le fichier et la phrase secrète en lieu sûr : quiconque possède les deux peut signer en votre nom. L&apos;assistant ne conserve jamais la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="88"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="89"/>
        <source>&amp;Use as default identity</source>
        <translation>&amp;Utiliser comme identité par défaut</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="92"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="93"/>
        <source>&amp;Email (optional)</source>
        <translation>&amp;E-mail (facultatif)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="94"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="95"/>
        <source>Re&amp;peat passphrase</source>
        <translation>Ré&amp;péter la phrase secrète</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="96"/>
        <source>&amp;Key type</source>
        <translation>&amp;Type de clé</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="97"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="108"/>
        <source>RSA 3072 bits (recommended)</source>
        <translation>RSA 3072 bits (recommandé)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="109"/>
        <source>ECDSA P-256 (compact, fast)</source>
        <translation>ECDSA P-256 (compact, rapide)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="117"/>
        <source>Enter your name as it should appear on signatures.</source>
        <translation>Saisissez votre nom tel qu&apos;il doit figurer sur les signatures.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="119"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>La phrase secrète doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="121"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="123"/>
        <source>Choose where to save the identity file.</source>
        <translation>Choisissez où enregistrer le fichier d&apos;identité.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="133"/>
        <source>Save signing identity as</source>
        <translation>Enregistrer l&apos;identité de signature sous</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="150"/>
        <source>Creating the key…</source>
        <translation>Création de la clé…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="179"/>
        <source>Cannot create the identity</source>
        <translation>Impossible de créer l&apos;identité</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="44"/>
        <source>DPIA wizard</source>
        <translation>Assistant AIPD</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="97"/>
        <source>Loading the questionnaire…</source>
        <translation>Chargement du questionnaire…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="148"/>
        <source>Cannot start</source>
        <translation>Démarrage impossible</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="186"/>
        <source>Live verdict</source>
        <translation>Verdict en direct</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="196"/>
        <source>Live &amp;verdict panel</source>
        <translation>Panneau du &amp;verdict en direct</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="202"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="203"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="204"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="205"/>
        <source>Too&amp;ls</source>
        <translation>O&amp;utils</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="219"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="220"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="221"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="224"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="225"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="227"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="228"/>
        <source>Write the assessment as a PDF report, signed if you wish</source>
        <translation>Écrire l&apos;évaluation sous forme de rapport PDF, signé si vous le souhaitez</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="232"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="245"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="246"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="247"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="252"/>
        <source>Create signing &amp;identity…</source>
        <translation>Créer une &amp;identité de signature…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="254"/>
        <source>&amp;Verify signed report…</source>
        <translation>&amp;Vérifier un rapport signé…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="256"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="264"/>
        <source>&amp;Evidence files…</source>
        <translation>Pièces &amp;justificatives…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="278"/>
        <source>&amp;Next section</source>
        <translation>Section &amp;suivante</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="279"/>
        <source>&amp;Previous section</source>
        <translation>Section &amp;précédente</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="280"/>
        <source>Section &amp;list</source>
        <translation>&amp;Liste des sections</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="296"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="319"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="330"/>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="389"/>
        <source>signed by %1</source>
        <translation>signé par %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="391"/>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="393"/>
        <source>Report written to %1 — outcome: %2, %3</source>
        <translation>Rapport écrit dans %1 — résultat : %2, %3</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="404"/>
        <source>INCOMPLETE (%1)</source>
        <translation>INCOMPLÈTE (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="492"/>
        <source>Signing identity saved to %1</source>
        <translation>Identité de signature enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>MarkVersionDialog</name>
    <message>
        <location filename="../app/ui/dialogs/version_dialog.py" line="30"/>
        <source>Mark version</source>
        <translation>Marquer une version</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/version_dialog.py" line="39"/>
        <source>e.g. v1.0 approved by the DPO</source>
        <translation>p. ex. v1.0 approuvée par le DPD</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/version_dialog.py" line="40"/>
        <source>Version &amp;label</source>
        <translation>&amp;Libellé de la version</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/version_dialog.py" line="46"/>
        <source>&amp;Record version</source>
        <translation>&amp;Enregistrer la version</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/version_dialog.py" line="57"/>
        <source>Records the assessment as it is now in its history: the time, this label, the rules version, the verdict&apos;s conclusions and a snapshot of answers, notes, measures, overrides, sign-off and reviews. The file is saved (the previous one is kept as .bak). You can compare with it later.</source>
        <translation>Enregistre l&apos;évaluation telle qu&apos;elle est maintenant dans son historique : l&apos;heure, ce libellé, la version des règles, les conclusions du verdict et un instantané des réponses, notes, mesures, modifications de niveau, de la validation et des revues. Le fichier est enregistré (le précédent est conservé en .bak). Vous pourrez comparer avec cette version plus tard.</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <location filename="../app/ui/pages/measures.py" line="59"/>
        <source>No measures yet: add one from the catalogue, or a custom measure.</source>
        <translation>Pas encore de mesures : ajoutez-en une du catalogue, ou une mesure personnalisée.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="71"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="72"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="73"/>
        <source>Implemented</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="74"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="81"/>
        <source>From the &amp;catalogue:</source>
        <translation>Depuis le &amp;catalogue :</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="84"/>
        <source>Catalogue measure</source>
        <translation>Mesure du catalogue</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="90"/>
        <source>&amp;Add to plan</source>
        <translation>&amp;Ajouter au plan</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="101"/>
        <source>Action &amp;plan</source>
        <translation>&amp;Plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="104"/>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="110"/>
        <source>Add c&amp;ustom measure</source>
        <translation>Ajouter une mesure pers&amp;onnalisée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="113"/>
        <source>Re&amp;move measure</source>
        <translation>Suppri&amp;mer la mesure</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="146"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="147"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="148"/>
        <source>&amp;Risks addressed</source>
        <translation>&amp;Risques traités</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="149"/>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="150"/>
        <source>Du&amp;e date</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="151"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="158"/>
        <source>Effects on ris&amp;ks (each with a justification)</source>
        <translation>&amp;Effets sur les risques (chacun avec une justification)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="168"/>
        <location filename="../app/ui/pages/measures.py" line="173"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="169"/>
        <source>Attach evidence to this measure…</source>
        <translation>Joindre une pièce justificative à cette mesure…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="182"/>
        <source>Effects on risks</source>
        <translation>Effets sur les risques</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="188"/>
        <source>Add e&amp;ffect…</source>
        <translation>Ajouter un e&amp;ffet…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="191"/>
        <source>Edit effe&amp;ct…</source>
        <translation>Mod&amp;ifier l&apos;effet…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="194"/>
        <source>Remove effec&amp;t</source>
        <translation>S&amp;upprimer l&apos;effet</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="238"/>
        <source>Catalogue not loaded</source>
        <translation>Catalogue non chargé</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="263"/>
        <source>due %s</source>
        <translation>échéance %s</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="266"/>
        <source>Review: %1</source>
        <translation>Revue : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="297"/>
        <source>Add a measure from the catalogue, or a custom one.</source>
        <translation>Ajoutez une mesure du catalogue, ou une mesure personnalisée.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="300"/>
        <source>From the catalogue (%s): lowers the residual risk once implemented.</source>
        <translation>Du catalogue (%s) : réduit le risque résiduel une fois mise en œuvre.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="303"/>
        <source>Custom measure</source>
        <translation>Mesure personnalisée</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="322"/>
        <source>own risk</source>
        <translation>risque propre</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="341"/>
        <source>severity −%1</source>
        <translation>gravité −%1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="343"/>
        <source>likelihood −%1</source>
        <translation>vraisemblance −%1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="267"/>
        <location filename="../app/ui/pages/measures.py" line="374"/>
        <source>(untitled measure)</source>
        <translation>(mesure sans titre)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="440"/>
        <source>New measure</source>
        <translation>Nouvelle mesure</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="79"/>
        <source>Merge participants&apos; copies</source>
        <translation>Fusionner les copies des participants</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="106"/>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="107"/>
        <source>&amp;Base (the file the copies were made from)</source>
        <translation>&amp;Base (le fichier à partir duquel les copies ont été faites)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="109"/>
        <source>The participants&apos; &amp;copies</source>
        <translation>Les &amp;copies des participants</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="111"/>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="165"/>
        <source>The participants&apos; copies</source>
        <translation>Les copies des participants</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="118"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="130"/>
        <source>Each participant worked in a copy of the assessment. Changes made in one copy are taken; a question answered differently in two copies becomes disputed, and you decide it in the next step. The base and the copies are not changed: the result is saved as a new file.</source>
        <translation>Chaque participant a travaillé dans une copie de l&apos;évaluation. Les modifications faites dans une seule copie sont reprises ; une question à laquelle deux copies répondent différemment devient contestée, et vous la tranchez à l&apos;étape suivante. La base et les copies ne sont pas modifiées : le résultat est enregistré dans un nouveau fichier.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="137"/>
        <source>&amp;Add copies…</source>
        <translation>&amp;Ajouter des copies…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="138"/>
        <source>&amp;Remove copy</source>
        <translation>Re&amp;tirer la copie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="157"/>
        <source>The base assessment</source>
        <translation>L&apos;évaluation de base</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="184"/>
        <source>Choose the base assessment</source>
        <translation>Choisissez l&apos;évaluation de base</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="186"/>
        <source>Add at least one participant&apos;s copy</source>
        <translation>Ajoutez au moins une copie d&apos;un participant</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="197"/>
        <source>Nothing was merged and no file was changed.</source>
        <translation>Rien n&apos;a été fusionné et aucun fichier n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="198"/>
        <source>Cannot merge the copies</source>
        <translation>Impossible de fusionner les copies</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="231"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="236"/>
        <source>&amp;Save merged assessment…</source>
        <translation>&amp;Enregistrer l&apos;évaluation fusionnée…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="261"/>
        <source>%1 change(s) taken from the copies.</source>
        <translation>%1 modification(s) reprise(s) des copies.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="264"/>
        <source>%1 question(s) were answered differently: take one participant&apos;s value, or keep the question disputed to decide it in the workshop. Base is the value in the file the copies were made from; a disputed question keeps it.</source>
        <translation>%1 question(s) ont reçu des réponses différentes : retenez la valeur d&apos;un participant, ou laissez la question contestée pour la trancher en atelier. La base est la valeur du fichier à partir duquel les copies ont été faites ; une question contestée la conserve.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="269"/>
        <source>No question was answered differently.</source>
        <translation>Aucune question n&apos;a reçu de réponses différentes.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="271"/>
        <source>%1 other conflict(s) kept the base, listed below.</source>
        <translation>%1 autre(s) conflit(s) ont conservé la base ; voir la liste ci-dessous.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="277"/>
        <source>Other conflicts (the base was kept):</source>
        <translation>Autres conflits (la base a été conservée) :</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="303"/>
        <source>Save the merged assessment as</source>
        <translation>Enregistrer l&apos;évaluation fusionnée sous</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="316"/>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="329"/>
        <source>Cannot save the merged assessment</source>
        <translation>Impossible d&apos;enregistrer l&apos;évaluation fusionnée</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="328"/>
        <source>The merged assessment is saved as a new file; choose another name.</source>
        <translation>L&apos;évaluation fusionnée est enregistrée dans un nouveau fichier ; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="337"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="338"/>
        <source>%1 already exists. Replace it with the merged assessment?</source>
        <translation>%1 existe déjà. Le remplacer par l&apos;évaluation fusionnée ?</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="27"/>
        <source>About this assessment</source>
        <translation>À propos de cette évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="38"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="45"/>
        <source>&amp;Title of the assessment</source>
        <translation>&amp;Titre de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="46"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="47"/>
        <source>&amp;Controller (legal entity)</source>
        <translation>&amp;Responsable du traitement (entité juridique)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="48"/>
        <source>&amp;Assessor</source>
        <translation>Réd&amp;acteur</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="49"/>
        <source>&amp;DPO</source>
        <translation>&amp;DPD</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="50"/>
        <source>Ve&amp;rsion</source>
        <translation>Ve&amp;rsion</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="54"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="54"/>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="54"/>
        <source>Final</source>
        <translation>Définitive</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="83"/>
        <source>Cannot change the status</source>
        <translation>Impossible de modifier le statut</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="24"/>
        <source>The room disagrees with this answer (disputed)</source>
        <translation>Les participants contestent cette réponse (contestée)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="37"/>
        <source>Workshop note</source>
        <translation>Note d&apos;atelier</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="38"/>
        <source>Answer disputed</source>
        <translation>Réponse contestée</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="39"/>
        <location filename="../app/ui/widgets/note_editor.py" line="53"/>
        <source>Disputed by</source>
        <translation>Contestée par</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="40"/>
        <source>Why it is disputed</source>
        <translation>Motif de la contestation</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="44"/>
        <source>Name or role of who disagrees</source>
        <translation>Nom ou rôle de la personne en désaccord</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="45"/>
        <source>What they disagree with, and why</source>
        <translation>Sur quoi porte le désaccord, et pourquoi</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="51"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="54"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../app/ui/widgets/optional_date_edit.py" line="67"/>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/optional_date_edit.py" line="74"/>
        <source>Choose from a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/optional_date_edit.py" line="75"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/optional_date_edit.py" line="147"/>
        <source>Not a date: type it as 2027-02-01 or %1, or choose it from the calendar.</source>
        <translation>Ce n&apos;est pas une date : saisissez-la sous la forme 2027-02-01 ou %1, ou choisissez-la dans le calendrier.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/optional_date_edit.py" line="154"/>
        <source>Type a date such as 2027-02-01 or %1; Up and Down change it by a day</source>
        <translation>Saisissez une date comme 2027-02-01 ou %1 ; Haut et Bas la modifient d&apos;un jour</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../app/ui/labels.py" line="11"/>
        <source>PROCEED</source>
        <translation>POURSUIVRE</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="12"/>
        <source>PROCEED WITH MEASURES</source>
        <translation>POURSUIVRE AVEC DES MESURES</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="13"/>
        <source>PRIOR CONSULTATION (ART. 36)</source>
        <translation>CONSULTATION PRÉALABLE (ART. 36)</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="14"/>
        <source>DO NOT PROCEED</source>
        <translation>NE PAS POURSUIVRE</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="42"/>
        <source>Override risk rating</source>
        <translation>Modifier le niveau de risque</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="69"/>
        <source>You may replace the computed rating with your own. A written justification is required; the report shows it next to the rating.</source>
        <translation>Vous pouvez remplacer le niveau calculé par le vôtre. Une justification écrite est obligatoire ; le rapport l&apos;affiche à côté du niveau.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="77"/>
        <source>Residual (after measures)</source>
        <translation>Résiduel (après mesures)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="77"/>
        <source>Inherent (before measures)</source>
        <translation>Initial (avant mesures)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="88"/>
        <source>&amp;Stage</source>
        <translation>&amp;Étape</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="89"/>
        <source>S&amp;everity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="90"/>
        <source>&amp;Likelihood</source>
        <translation>&amp;Vraisemblance</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="91"/>
        <source>&amp;Justification (required)</source>
        <translation>&amp;Justification (obligatoire)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="92"/>
        <source>&amp;Author</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="117"/>
        <source>Write why you override the rating: the report shows this justification next to it.</source>
        <translation>Indiquez pourquoi vous modifiez le niveau : le rapport affiche cette justification à côté.</translation>
    </message>
</context>
<context>
    <name>OwnRiskDialog</name>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="54"/>
        <source>Edit own risk</source>
        <translation>Modifier le risque propre</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="54"/>
        <source>Add own risk</source>
        <translation>Ajouter un risque propre</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="78"/>
        <source>A risk the catalogue does not name. Rate it before measures on the CNIL scales and write why for each rating: the report shows your reasons next to the risk.</source>
        <translation>Un risque que le catalogue ne mentionne pas. Évaluez-le avant mesures sur les échelles de la CNIL et indiquez pour chaque cotation pourquoi : le rapport affiche vos raisons à côté du risque.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="100"/>
        <source>&amp;Title (required)</source>
        <translation>&amp;Titre (obligatoire)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="101"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="102"/>
        <source>S&amp;everity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="103"/>
        <source>&amp;Why this severity (required)</source>
        <translation>&amp;Pourquoi cette gravité (obligatoire)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="104"/>
        <source>&amp;Likelihood</source>
        <translation>&amp;Vraisemblance</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="106"/>
        <source>W&amp;hy this likelihood (required)</source>
        <translation>P&amp;ourquoi cette vraisemblance (obligatoire)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="110"/>
        <source>&amp;Author</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="129"/>
        <source>Give the risk a title: the register and the heat maps name it.</source>
        <translation>Donnez un titre au risque : le registre des risques et les cartographies le désignent ainsi.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="134"/>
        <source>Write why the severity is this level: the report shows it next to the rating.</source>
        <translation>Indiquez pourquoi la gravité est à ce niveau : le rapport l&apos;affiche à côté de la cotation.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="139"/>
        <source>Write why the likelihood is this level: the report shows it next to the rating.</source>
        <translation>Indiquez pourquoi la vraisemblance est à ce niveau : le rapport l&apos;affiche à côté de la cotation.</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="59"/>
        <source>DISPUTED</source>
        <translation>CONTESTÉE</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="62"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="64"/>
        <source>Needed for the verdict</source>
        <translation>Nécessaire au verdict</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="65"/>
        <source>The verdict cannot be decided until this is answered</source>
        <translation>Le verdict ne peut être établi tant que cette question est sans réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="68"/>
        <source>Answered — to verify</source>
        <translation>Réponse donnée — à vérifier</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="78"/>
        <source>Why we ask this</source>
        <translation>Pourquoi cette question</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="79"/>
        <source>Note or dispute</source>
        <translation>Note ou contestation</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="83"/>
        <source>Clear answer</source>
        <translation>Effacer la réponse</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="104"/>
        <source>Legal references</source>
        <translation>Références juridiques</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="117"/>
        <source>Why we ask this: %s</source>
        <translation>Pourquoi cette question : %s</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="146"/>
        <source>Answered, but the verdict still waits for a check: %s</source>
        <translation>Réponse donnée, mais le verdict attend encore une vérification : %s</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../app/ui/pages/question_page.py" line="39"/>
        <source>No question of this section applies to your answers.</source>
        <translation>Aucune question de cette section ne s&apos;applique à vos réponses.</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <location filename="../app/ui/verify_action.py" line="39"/>
        <source>Verify signed report</source>
        <translation>Vérifier un rapport signé</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="53"/>
        <source>Report verified</source>
        <translation>Rapport vérifié</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="55"/>
        <source>Report not verified</source>
        <translation>Rapport non vérifié</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="60"/>
        <source>NOT INTACT: the report was changed or a signature is broken.</source>
        <translation>NON INTÈGRE : le rapport a été modifié ou une signature est rompue.</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="64"/>
        <source>Intact, but not every signer is trusted: compare the fingerprints with the signers&apos;, or put their certificates (or their CA&apos;s) in the trusted certificates folder (Settings).</source>
        <translation>Intègre, mais tous les signataires ne sont pas de confiance : comparez les empreintes avec celles des signataires, ou placez leurs certificats (ou ceux de leur AC) dans le dossier des certificats de confiance (Paramètres).</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="69"/>
        <source>Intact, and every signer is trusted.</source>
        <translation>Intègre, et tous les signataires sont de confiance.</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="72"/>
        <source>Cannot verify the report</source>
        <translation>Impossible de vérifier le rapport</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="64"/>
        <source>Compare with that version…</source>
        <translation>Comparer avec cette version…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="67"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="69"/>
        <source>Dismiss the review banner</source>
        <translation>Masquer le bandeau de réexamen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="108"/>
        <source>Review notice</source>
        <translation>Avis de réexamen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="124"/>
        <source>The rules changed since version &quot;%1&quot; (rules %2, now %3). Its conclusions no longer hold under the current rules:</source>
        <translation>Les règles ont changé depuis la version « %1 » (règles %2, maintenant %3). Ses conclusions ne tiennent plus avec les règles actuelles :</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="130"/>
        <source>… and %1 more (see the comparison)</source>
        <translation>… et %1 de plus (voir la comparaison)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="135"/>
        <source>The rules were updated since version &quot;%1&quot; (rules %2, now %3); its conclusions still hold.</source>
        <translation>Les règles ont été mises à jour depuis la version « %1 » (règles %2, maintenant %3) ; ses conclusions tiennent toujours.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="146"/>
        <source>now raised: %1</source>
        <translation>désormais signalé : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="147"/>
        <source>no longer raised: %1</source>
        <translation>plus signalé : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="148"/>
        <source>changed: %1</source>
        <translation>modifié : %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="161"/>
        <source>Review overdue: the next review was due on %1 (%2 days ago).</source>
        <translation>Réexamen en retard : le prochain réexamen était prévu le %1 (il y a %2 jours).</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="164"/>
        <source>Review due today (%1).</source>
        <translation>Réexamen prévu aujourd&apos;hui (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="165"/>
        <source>Next review due on %1.</source>
        <translation>Prochain réexamen prévu le %1.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="46"/>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="47"/>
        <source>Improvable</source>
        <translation>Améliorable</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="48"/>
        <source>To correct</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="56"/>
        <source>Not reviewed</source>
        <translation>Non revu</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="89"/>
        <location filename="../app/ui/widgets/review_panel.py" line="155"/>
        <source>Evaluator review</source>
        <translation>Revue par l&apos;évaluateur</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="120"/>
        <source>Required unless acceptable: what to improve or correct</source>
        <translation>Obligatoire sauf si acceptable : ce qu&apos;il faut améliorer ou corriger</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="122"/>
        <source>Name of the evaluator</source>
        <translation>Nom de l&apos;évaluateur</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="123"/>
        <location filename="../app/ui/widgets/review_panel.py" line="136"/>
        <source>Record review</source>
        <translation>Enregistrer la revue</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="126"/>
        <source>Judgement</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="127"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="128"/>
        <source>Evaluator</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="185"/>
        <location filename="../app/ui/widgets/review_panel.py" line="198"/>
        <source>Review not recorded</source>
        <translation>Revue non enregistrée</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="185"/>
        <source>Name the evaluator first.</source>
        <translation>Indiquez d&apos;abord le nom de l&apos;évaluateur.</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <location filename="../app/ui/pages/risks.py" line="57"/>
        <source>Inherent risk (before measures)</source>
        <translation>Risque initial (avant mesures)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="59"/>
        <source>Residual risk (after measures)</source>
        <translation>Risque résiduel (après mesures)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="76"/>
        <source>Risk scores appear here once the rules have been applied.</source>
        <translation>Les niveaux de risque apparaissent ici une fois les règles appliquées.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="81"/>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="83"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="83"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="83"/>
        <location filename="../app/ui/pages/risks.py" line="274"/>
        <source>Inherent</source>
        <translation>Initial</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="83"/>
        <location filename="../app/ui/pages/risks.py" line="274"/>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="83"/>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="102"/>
        <source>&amp;Override rating…</source>
        <translation>&amp;Modifier le niveau…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="105"/>
        <source>&amp;Remove overrides</source>
        <translation>&amp;Retirer les modifications</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="110"/>
        <source>Add o&amp;wn risk…</source>
        <translation>&amp;Ajouter un risque propre…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="112"/>
        <source>A risk the catalogue does not name, rated with your reasons</source>
        <translation>Un risque que le catalogue ne mentionne pas, évalué avec vos raisons</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="114"/>
        <source>&amp;Edit own risk…</source>
        <translation>Modi&amp;fier le risque propre…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="117"/>
        <source>Remove own r&amp;isk</source>
        <translation>&amp;Supprimer le risque propre</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/risks.py" line="146"/>
        <source>%n risk(s) apply to this deployment. Select one to see why and to override its rating.</source>
        <translation>
            <numerusform>%n risque s&apos;applique à ce déploiement. Sélectionnez-le pour voir pourquoi et pour modifier son niveau.</numerusform>
            <numerusform>%n risques s&apos;appliquent à ce déploiement. Sélectionnez-en un pour voir pourquoi et pour modifier son niveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="178"/>
        <source>own risk</source>
        <translation>risque propre</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="208"/>
        <source>overridden</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="234"/>
        <source>(untitled measure)</source>
        <translation>(mesure sans titre)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="273"/>
        <source>rating overridden</source>
        <translation>(niveau modifié)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="278"/>
        <location filename="../app/ui/pages/risks.py" line="300"/>
        <source>Lowered by “%1”: %2</source>
        <translation>Réduit par « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="291"/>
        <source>Own risk: severity %1 because</source>
        <translation>Risque propre : gravité %1, car</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="292"/>
        <source>likelihood %1 because</source>
        <translation>vraisemblance %1, car</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="306"/>
        <source>severity −%1</source>
        <translation>gravité −%1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="308"/>
        <source>likelihood −%1</source>
        <translation>vraisemblance −%1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="343"/>
        <source>Remove own risk</source>
        <translation>Supprimer le risque propre</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="345"/>
        <source>Remove the risk “%1” with its ratings, reasons and the measures’ effects on it?</source>
        <translation>Supprimer le risque « %1 » avec ses cotations, ses raisons et les effets des mesures sur lui ?</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <location filename="../app/ui/widgets/role_delegate.py" line="20"/>
        <source>Assessor</source>
        <translation>Rédacteur</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/role_delegate.py" line="21"/>
        <source>Data protection officer (DPO)</source>
        <translation>Délégué à la protection des données (DPD)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/role_delegate.py" line="22"/>
        <source>Controller (decision)</source>
        <translation>Responsable du traitement (décision)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/role_delegate.py" line="23"/>
        <source>Reviewer (evaluator)</source>
        <translation>Évaluateur (relecture)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/role_delegate.py" line="36"/>
        <source>Signature role</source>
        <translation>Rôle du signataire</translation>
    </message>
</context>
<context>
    <name>ScreeningResult</name>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="25"/>
        <source>Screening result</source>
        <translation>Résultat de l&apos;analyse préliminaire</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="28"/>
        <source>NOT YET SCORED</source>
        <translation>PAS ENCORE ÉVALUÉ</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="33"/>
        <source>Answer the questions about the system to see the screening.</source>
        <translation>Répondez aux questions sur le système pour voir le résultat de l&apos;analyse.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="41"/>
        <source>DPIA REQUIRED</source>
        <translation>AIPD REQUISE</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="41"/>
        <source>DPIA NOT REQUIRED</source>
        <translation>AIPD NON REQUISE</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="45"/>
        <source>WP248 criteria met: %1 of %2</source>
        <translation>Critères du WP248 remplis : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="49"/>
        <source>Why a DPIA is required:</source>
        <translation>Pourquoi une AIPD est requise :</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="56"/>
        <source>met</source>
        <translation>rempli</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="56"/>
        <source>not met</source>
        <translation>non rempli</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="56"/>
        <source>not yet known</source>
        <translation>pas encore connu</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <location filename="../app/ui/section_list.py" line="28"/>
        <location filename="../app/ui/section_list.py" line="41"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../app/ui/section_list.py" line="36"/>
        <source>Required questions answered</source>
        <translation>Questions obligatoires traitées</translation>
    </message>
    <message>
        <location filename="../app/ui/section_list.py" line="69"/>
        <source>%1 of %2 required answers given</source>
        <translation>%1 réponses obligatoires données sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/section_list.py" line="82"/>
        <source>(%n open)</source>
        <translation>
            <numerusform>(%n ouverte)</numerusform>
            <numerusform>(%n ouvertes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/section_list.py" line="89"/>
        <source>Review: %1</source>
        <translation>Revue : %1</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../app/ui/pages/section_page.py" line="57"/>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="55"/>
        <source>The interface and the questions switch language as soon as you press OK.</source>
        <translation>L&apos;interface et les questions changent de langue dès que vous appuyez sur OK.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="60"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="63"/>
        <source>Signers whose certificate (or whose CA&apos;s certificate) is in this folder are trusted</source>
        <translation>Les signataires dont le certificat (ou celui de leur AC) se trouve dans ce dossier sont de confiance</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="66"/>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="75"/>
        <source>&amp;Clear recent files</source>
        <translation>&amp;Effacer les fichiers récents</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="78"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="79"/>
        <source>Default signing &amp;identity</source>
        <translation>&amp;Identité de signature par défaut</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="80"/>
        <source>&amp;Trusted certificates folder</source>
        <translation>Dossier des certificats de &amp;confiance</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="81"/>
        <source>&amp;Autosave after</source>
        <translation>Enregistrement &amp;automatique après</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="82"/>
        <source>Default &amp;zoom</source>
        <translation>&amp;Zoom par défaut</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="83"/>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="92"/>
        <source>How long after an unsaved change the recovery copy is written</source>
        <translation>Délai entre une modification non enregistrée et l&apos;écriture de la copie de récupération</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="93"/>
        <source>The presentation zoom that View &gt; Reset zoom (Ctrl+0) returns to</source>
        <translation>Le zoom de présentation auquel revient Affichage &gt; Réinitialiser le zoom (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="103"/>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="138"/>
        <source>Default signing identity</source>
        <translation>Identité de signature par défaut</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="145"/>
        <source>Trusted certificates folder</source>
        <translation>Dossier des certificats de confiance</translation>
    </message>
</context>
<context>
    <name>SignOffPage</name>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="61"/>
        <source>Sign-off (ICO step 7)</source>
        <translation>Validation (étape 7 de l&apos;ICO)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="66"/>
        <source>&amp;Measures approved by</source>
        <translation>&amp;Mesures approuvées par</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="67"/>
        <source>&amp;Residual risks approved by</source>
        <translation>&amp;Risques résiduels approuvés par</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="68"/>
        <source>&amp;DPO advice</source>
        <translation>&amp;Avis du DPD</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="69"/>
        <source>Summary of DPO advice (for the report)</source>
        <translation>Résumé de l&apos;avis du DPD (pour le rapport)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="71"/>
        <source>DPO advice was</source>
        <translation>L&apos;avis du DPD a été</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="73"/>
        <source>If overruled, the reasons</source>
        <translation>Motifs si l&apos;avis n&apos;est pas suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="74"/>
        <source>&amp;Consultation responses reviewed by</source>
        <translation>Réponses à la &amp;consultation examinées par</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="77"/>
        <source>Nex&amp;t review date</source>
        <translation>Date du pro&amp;chain réexamen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="114"/>
        <source>Not yet recorded</source>
        <translation>Pas encore consigné</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="114"/>
        <source>Acce&amp;pted</source>
        <translation>Sui&amp;vi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="114"/>
        <source>&amp;Overruled</source>
        <translation>&amp;Non suivi</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="118"/>
        <source>DPO advice was: %s</source>
        <translation>L&apos;avis du DPD a été : %s</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="127"/>
        <source>Sig&amp;natures: who signed, in which role, when</source>
        <translation>Sig&amp;natures : qui a signé, en quel rôle, quand</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="131"/>
        <source>Sign-off records</source>
        <translation>Enregistrements de validation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="132"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="132"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="136"/>
        <source>Type the date as 2027-02-01</source>
        <translation>Saisissez la date sous la forme 2027-02-01</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="148"/>
        <source>Add &amp;signature record</source>
        <translation>Ajouter un enregistrement de &amp;signature</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="151"/>
        <source>Remove signat&amp;ure record</source>
        <translation>Supprimer l&apos;enregistrement de signat&amp;ure</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="177"/>
        <source>“%1” is not a date: type it as 2027-02-01.</source>
        <translation>« %1 » n&apos;est pas une date : saisissez-la sous la forme 2027-02-01.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="200"/>
        <source>Partic&amp;ipants and roles</source>
        <translation>Part&amp;icipants et rôles</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="203"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="132"/>
        <location filename="../app/ui/pages/sign_off.py" line="205"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="132"/>
        <location filename="../app/ui/pages/sign_off.py" line="205"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="205"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="205"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="220"/>
        <source>&amp;Add participant</source>
        <translation>&amp;Ajouter un participant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="223"/>
        <source>R&amp;emove participant</source>
        <translation>Supprim&amp;er le participant</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="129"/>
        <source>DPIA required (Art. 35)</source>
        <translation>AIPD requise (art. 35)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="130"/>
        <source>Prior consultation (Art. 36)</source>
        <translation>Consultation préalable (art. 36)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="131"/>
        <source>Special-category data (Art. 9)</source>
        <translation>Catégories particulières de données (art. 9)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="132"/>
        <source>AI Act</source>
        <translation>Règlement sur l&apos;IA</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="138"/>
        <source>Top findings</source>
        <translation>Principales constatations</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="152"/>
        <source>SCORING…</source>
        <translation>ÉVALUATION…</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="153"/>
        <source>The verdict appears here and follows every answer.</source>
        <translation>Le verdict apparaît ici et suit chaque réponse.</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="159"/>
        <source>NO VERDICT</source>
        <translation>PAS DE VERDICT</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="160"/>
        <source>The rules could not be loaded or applied:
%s</source>
        <translation>Les règles n&apos;ont pas pu être chargées ou appliquées :
%s</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="231"/>
        <source>Verdict: %s</source>
        <translation>Verdict : %s</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="79"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="80"/>
        <source>Retry loading the rules</source>
        <translation>Réessayer de charger les règles</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="133"/>
        <source>Answers needed for the verdict</source>
        <translation>Réponses nécessaires au verdict</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="134"/>
        <source>To verify</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="183"/>
        <source>INCOMPLETE</source>
        <translation>INCOMPLÈTE</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="202"/>
        <source>1 answer needed</source>
        <translation>1 réponse nécessaire</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="203"/>
        <source>%1 answers needed</source>
        <translation>%1 réponses nécessaires</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="207"/>
        <source>1 answer to verify</source>
        <translation>1 réponse à vérifier</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="208"/>
        <source>%1 answers to verify</source>
        <translation>%1 réponses à vérifier</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="235"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="235"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="239"/>
        <source>Not yet known</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="241"/>
        <source>Does not apply</source>
        <translation>Ne s&apos;applique pas</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="243"/>
        <source>applies; the exception relied on holds</source>
        <translation>s&apos;applique ; l&apos;exception invoquée est valable</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="244"/>
        <source>applies; no valid exception</source>
        <translation>s&apos;applique ; aucune exception valable</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="245"/>
        <source>applies; exception not yet established</source>
        <translation>s&apos;applique ; exception pas encore établie</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="257"/>
        <source>Possibly prohibited until the answers are complete: %s</source>
        <translation>Peut-être interdit tant que les réponses sont incomplètes : %s</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="254"/>
        <source>PROHIBITED practice: %s</source>
        <translation>Pratique INTERDITE : %s</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="260"/>
        <source>High-risk (Annex III %s)</source>
        <translation>Haut risque (annexe III %s)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="260"/>
        <source>High-risk</source>
        <translation>Haut risque</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="262"/>
        <source>Fundamental-rights impact assessment required (Art. 27)</source>
        <translation>Analyse d&apos;impact sur les droits fondamentaux requise (art. 27)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="263"/>
        <source>No prohibited or high-risk use found</source>
        <translation>Aucun usage interdit ou à haut risque constaté</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="270"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/verdict_panel.py" line="291"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/verdict_panel.py" line="316"/>
        <source>%n more finding(s) in the report</source>
        <translation>
            <numerusform>Encore %n constatation dans le rapport</numerusform>
            <numerusform>Encore %n constatations dans le rapport</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="321"/>
        <source>CRITICAL</source>
        <translation>CRITIQUE</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="322"/>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="323"/>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message>
        <location filename="../app/ui/versions.py" line="67"/>
        <source>Review notice</source>
        <translation>Avis de réexamen</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="81"/>
        <source>&amp;Mark version…</source>
        <translation>&amp;Marquer une version…</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="84"/>
        <source>Record the assessment as it is now as a version in its history</source>
        <translation>Enregistrer l&apos;évaluation telle qu&apos;elle est maintenant comme version dans son historique</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="87"/>
        <source>Compare with a &amp;version…</source>
        <translation>&amp;Comparer avec une version…</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="90"/>
        <source>See a recorded version side by side with the current state</source>
        <translation>Voir une version enregistrée à côté de l&apos;état actuel</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="127"/>
        <source>Cannot record the version</source>
        <translation>Impossible d&apos;enregistrer la version</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="133"/>
        <source>Recorded version &quot;%1&quot; as revision %2</source>
        <translation>Version « %1 » enregistrée comme révision %2</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="147"/>
        <source>No versions yet</source>
        <translation>Pas encore de versions</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="148"/>
        <source>No version of this assessment has been recorded. Use File &gt; Mark version… first.</source>
        <translation>Aucune version de cette évaluation n&apos;a été enregistrée. Utilisez d&apos;abord Fichier &gt; Marquer une version…</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="190"/>
        <source>The signed report was recorded as version &quot;%1&quot; (revision %2)</source>
        <translation>Le rapport signé a été enregistré comme version « %1 » (révision %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="192"/>
        <source>; save the assessment to keep it</source>
        <translation> ; enregistrez l&apos;évaluation pour la conserver</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../app/ui/wizard.py" line="88"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="90"/>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation>Section précédente (Ctrl+Pg préc.)</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="91"/>
        <location filename="../app/ui/wizard.py" line="207"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="93"/>
        <location filename="../app/ui/wizard.py" line="208"/>
        <source>Next section (Ctrl+PgDown)</source>
        <translation>Section suivante (Ctrl+Pg suiv.)</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="198"/>
        <source>Section %1 of %2</source>
        <translation>Section %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="204"/>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="205"/>
        <source>Write the assessment as a PDF report (Ctrl+E)</source>
        <translation>Écrire l&apos;évaluation sous forme de rapport PDF (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="35"/>
        <source>Expor&amp;t as</source>
        <translation>Exporter &amp;au format</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="38"/>
        <source>&amp;Word document (.docx)…</source>
        <translation>Document &amp;Word (.docx)…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="39"/>
        <source>&amp;CSV risk register…</source>
        <translation>Registre des risques &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="40"/>
        <source>E&amp;xcel workbook (.xlsx)…</source>
        <translation>Classeur E&amp;xcel (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="47"/>
        <source>&amp;Merge participants&apos; copies…</source>
        <translation>&amp;Fusionner les copies des participants…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="48"/>
        <source>Bring the copies a workshop&apos;s participants edited together</source>
        <translation>Réunir les copies modifiées par les participants d&apos;un atelier</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="50"/>
        <source>&amp;Import from the CNIL PIA tool…</source>
        <translation>&amp;Importer depuis l&apos;outil PIA de la CNIL…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="85"/>
        <source>Written to %1 (%2 KB)</source>
        <translation>Écrit dans %1 (%2 Ko)</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="113"/>
        <source>Merged assessment saved to %1 and opened</source>
        <translation>Évaluation fusionnée enregistrée dans %1 et ouverte</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="122"/>
        <source>Import from the CNIL PIA tool</source>
        <translation>Importer depuis l&apos;outil PIA de la CNIL</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="129"/>
        <source>Nothing was imported; the open assessment is unchanged.</source>
        <translation>Rien n&apos;a été importé ; l&apos;évaluation ouverte est inchangée.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="130"/>
        <source>Cannot import the CNIL export</source>
        <translation>Impossible d&apos;importer l&apos;export de la CNIL</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="137"/>
        <source>Imported %1: %2 measure(s), %3 review(s). The assessment is not saved yet: save it to keep it.</source>
        <translation>%1 importé : %2 mesure(s), %3 revue(s). L&apos;évaluation n&apos;est pas encore enregistrée : enregistrez-la pour la conserver.</translation>
    </message>
</context>
</TS>
