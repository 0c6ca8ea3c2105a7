<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AiActResult</name>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="28"/>
        <source>AI Act screening result</source>
        <translation>Ergebnis der Prüfung nach der KI-Verordnung</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="31"/>
        <source>NOT YET SCORED</source>
        <translation>NOCH NICHT BEWERTET</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="36"/>
        <source>Answer the questions about the system to see the screening.</source>
        <translation>Beantworten Sie die Fragen zum System, um das Prüfergebnis zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="58"/>
        <source>PROHIBITED PRACTICE</source>
        <translation>VERBOTENE PRAKTIK</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="60"/>
        <source>HIGH-RISK AI SYSTEM</source>
        <translation>HOCHRISIKO-KI-SYSTEM</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="61"/>
        <source>NO PROHIBITED OR HIGH-RISK USE FOUND</source>
        <translation>KEINE VERBOTENE ODER HOCHRISIKO-VERWENDUNG FESTGESTELLT</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="68"/>
        <source>&lt;b&gt;Prohibited:&lt;/b&gt; %1 (prohibitions apply from %2)</source>
        <translation>&lt;b&gt;Verboten:&lt;/b&gt; %1 (Verbote gelten ab %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="75"/>
        <source>&lt;b&gt;High-risk:&lt;/b&gt; Annex III point %1 (obligations apply from %2)</source>
        <translation>&lt;b&gt;Hochrisiko:&lt;/b&gt; Anhang III Nummer %1 (Pflichten gelten ab %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="79"/>
        <source>required (Art. 27)</source>
        <translation>erforderlich (Art. 27)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="79"/>
        <source>not required</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="80"/>
        <source>&lt;b&gt;Fundamental-rights impact assessment:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Grundrechte-Folgenabschätzung:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>CitationDialog</name>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="27"/>
        <source>Legal source</source>
        <translation>Rechtsquelle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="48"/>
        <source>Unknown source: %s</source>
        <translation>Unbekannte Quelle: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="58"/>
        <source>Law</source>
        <translation>Rechtsvorschrift</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="58"/>
        <source>Guidance</source>
        <translation>Leitlinien</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="58"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="65"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="66"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="67"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="68"/>
        <source>Jurisdiction</source>
        <translation>Rechtsordnung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="69"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="70"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="71"/>
        <source>Holding</source>
        <translation>Kernaussage</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="72"/>
        <source>Official text</source>
        <translation>Amtlicher Text</translation>
    </message>
</context>
<context>
    <name>ComboChoiceEditor</name>
    <message>
        <location filename="../app/ui/widgets/answer_editors.py" line="98"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="105"/>
        <source>Compare with a version</source>
        <translation>Mit einer Version vergleichen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="129"/>
        <source>Compare the current state with &amp;version</source>
        <translation>Aktuellen Stand vergleichen mit &amp;Version</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="142"/>
        <source>&amp;Differences</source>
        <translation>&amp;Unterschiede</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="144"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="197"/>
        <source>No version has been recorded yet: use File &gt; Mark version… first.</source>
        <translation>Es wurde noch keine Version erfasst: Verwenden Sie zuerst Datei &gt; Version markieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="208"/>
        <source>Version &quot;%1&quot; (revision %2, %3, rules %4)</source>
        <translation>Version „%1“ (Revision %2, %3, Regelversion %4)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="215"/>
        <source>is the same as the current state.</source>
        <translation>stimmt mit dem aktuellen Stand überein.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="217"/>
        <source>differs from the current state in %1 place(s).</source>
        <translation>weicht an %1 Stelle(n) vom aktuellen Stand ab.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="219"/>
        <source>The verdict is not compared until the rules have loaded.</source>
        <translation>Das Ergebnis wird erst verglichen, wenn die Regeln geladen sind.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="225"/>
        <source>What</source>
        <translation>Teil</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="226"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="227"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="228"/>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="229"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="251"/>
        <source>About the assessment</source>
        <translation>Über die Bewertung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="252"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="253"/>
        <source>Workshop note</source>
        <translation>Workshop-Notiz</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="254"/>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="255"/>
        <source>Rating override</source>
        <translation>Überschriebene Bewertung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="256"/>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="257"/>
        <source>Evaluator review</source>
        <translation>Beurteilung durch die prüfende Person</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="258"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="259"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="260"/>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="265"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="265"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="265"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="283"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="284"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="296"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="297"/>
        <source>Verdict complete?</source>
        <translation>Ergebnis vollständig?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="298"/>
        <source>DPIA required</source>
        <translation>DSFA erforderlich</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="299"/>
        <source>Prior consultation (Art. 36) required</source>
        <translation>Vorherige Konsultation (Art. 36) erforderlich</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="302"/>
        <source>Special categories (Art. 9)</source>
        <translation>Besondere Kategorien (Art. 9)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="303"/>
        <source>AI Act</source>
        <translation>KI-Verordnung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="315"/>
        <source>applies</source>
        <translation>trifft zu</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="316"/>
        <source>exception valid</source>
        <translation>Ausnahme greift</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="317"/>
        <source>exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="318"/>
        <source>prohibited practices</source>
        <translation>verbotene Praktiken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="319"/>
        <source>possibly prohibited practices</source>
        <translation>möglicherweise verbotene Praktiken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="320"/>
        <source>high risk</source>
        <translation>Hochrisiko</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="321"/>
        <source>fundamental rights impact assessment required</source>
        <translation>Grundrechte-Folgenabschätzung erforderlich</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="333"/>
        <source>Risk %1</source>
        <translation>Risiko %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="338"/>
        <source>inherent level</source>
        <translation>Ausgangsniveau</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="339"/>
        <source>residual level</source>
        <translation>Restniveau</translation>
    </message>
</context>
<context>
    <name>DisputeResolver</name>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="62"/>
        <source>Keep disputed (decide later)</source>
        <translation>Strittig lassen (später entscheiden)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="63"/>
        <source>Keep disputed: %1</source>
        <translation>Strittig lassen: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="73"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="76"/>
        <source>Take this value</source>
        <translation>Diesen Wert übernehmen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="78"/>
        <source>Take the value of %1: %2</source>
        <translation>Den Wert von %1 übernehmen: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="88"/>
        <source>(unanswered)</source>
        <translation>(unbeantwortet)</translation>
    </message>
</context>
<context>
    <name>DisputesCard</name>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="65"/>
        <source>Disputed answers (%1)</source>
        <translation>Strittige Antworten (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="68"/>
        <source>The assessment uses the answer shown until a dispute is resolved: decide each one, or record why it stays open, before signing. The report lists them after the sign-off table.</source>
        <translation>Die Bewertung verwendet die angezeigte Antwort, bis ein Widerspruch geklärt ist: Entscheiden Sie jeden einzelnen oder halten Sie fest, warum er offen bleibt, bevor Sie unterzeichnen. Der Bericht führt sie nach der Freigabetabelle auf.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="72"/>
        <source>No answer is disputed.</source>
        <translation>Keine Antwort ist strittig.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="92"/>
        <source>(unanswered)</source>
        <translation>(unbeantwortet)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="94"/>
        <source>Answer now: %1</source>
        <translation>Aktuelle Antwort: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="96"/>
        <source>Disputed by: %1</source>
        <translation>Bestritten von: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="98"/>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="102"/>
        <source>Go to question</source>
        <translation>Zur Frage</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="104"/>
        <source>Go to question: %1</source>
        <translation>Zur Frage: %1</translation>
    </message>
</context>
<context>
    <name>EffectDialog</name>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="44"/>
        <source>Effect of a measure on a risk</source>
        <translation>Wirkung einer Maßnahme auf ein Risiko</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="70"/>
        <source>Once the measure is planned or in place, the risk&apos;s residual rating is lowered by these steps (never below 1). A written justification is required; the report shows it.</source>
        <translation>Sobald die Maßnahme geplant oder umgesetzt ist, wird die Resteinstufung des Risikos um diese Stufen gesenkt (nie unter 1). Eine schriftliche Begründung ist erforderlich; der Bericht zeigt sie.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="82"/>
        <source>not lowered</source>
        <translation>nicht gesenkt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="83"/>
        <source>1 step lower</source>
        <translation>1 Stufe niedriger</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="84"/>
        <source>2 steps lower</source>
        <translation>2 Stufen niedriger</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="85"/>
        <source>3 steps lower</source>
        <translation>3 Stufen niedriger</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="95"/>
        <source>&amp;Risk</source>
        <translation>&amp;Risiko</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="96"/>
        <source>S&amp;everity</source>
        <translation>S&amp;chwere</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="97"/>
        <source>&amp;Likelihood</source>
        <translation>&amp;Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="98"/>
        <source>&amp;Justification (required)</source>
        <translation>&amp;Begründung (erforderlich)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="142"/>
        <source>Choose how many steps the measure lowers the severity or the likelihood.</source>
        <translation>Wählen Sie, um wie viele Stufen die Maßnahme die Schwere oder die Eintrittswahrscheinlichkeit senkt.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="147"/>
        <source>Write why the measure lowers this risk: the report shows the justification with it.</source>
        <translation>Schreiben Sie, warum die Maßnahme dieses Risiko senkt: Der Bericht zeigt die Begründung bei der Wirkung.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="37"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="56"/>
        <source>Evidence not attached</source>
        <translation>Nachweis nicht angehängt</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="68"/>
        <source>Attach evidence</source>
        <translation>Nachweis anhängen</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="70"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="82"/>
        <location filename="../app/ui/evidence_actions.py" line="89"/>
        <source>Cannot open the evidence</source>
        <translation>Der Nachweis kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="90"/>
        <source>No application opens %1 here; use “Save a copy…” instead.</source>
        <translation>Hier öffnet keine Anwendung %1; verwenden Sie stattdessen „Kopie speichern…“.</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="101"/>
        <source>Save a copy of the evidence</source>
        <translation>Eine Kopie des Nachweises speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="108"/>
        <source>Copy not saved</source>
        <translation>Kopie nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="118"/>
        <source>Remove %1 from this item? It stays attached to the other items it supports.</source>
        <translation>%1 von diesem Punkt entfernen? Die Datei bleibt an den anderen Punkten angehängt, die sie belegt.</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="122"/>
        <source>Remove the evidence file %1 from the assessment? Its content is deleted from the file.</source>
        <translation>Die Nachweisdatei %1 aus der Bewertung entfernen? Ihr Inhalt wird aus der Datei gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="128"/>
        <source>Remove evidence</source>
        <translation>Nachweis entfernen</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="59"/>
        <source>Attach evidence…</source>
        <translation>Nachweis anhängen…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="62"/>
        <source>Attach evidence</source>
        <translation>Nachweis anhängen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="64"/>
        <source>Or drop files here</source>
        <translation>Oder Dateien hierher ziehen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="79"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="85"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="86"/>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="87"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="88"/>
        <source>evidence</source>
        <translation>Nachweis</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="44"/>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="61"/>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="58"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="58"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="58"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="58"/>
        <source>Supports</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="58"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="65"/>
        <source>Double-click or press F2 to edit the note</source>
        <translation>Doppelklicken oder F2 drücken, um die Notiz zu bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="84"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="85"/>
        <source>&amp;Save a copy…</source>
        <translation>Kopie &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="86"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="129"/>
        <source>No evidence yet. Drop a file on a question or a measure, or use its “Attach evidence…”.</source>
        <translation>Noch keine Nachweise. Ziehen Sie eine Datei auf eine Frage oder eine Maßnahme, oder verwenden Sie dort „Nachweis anhängen…“.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="132"/>
        <source>%1 files, %2 in all. Limits: %3 per file, %4 and %5 files per assessment.</source>
        <translation>%1 Dateien, insgesamt %2. Grenzen: %3 pro Datei, %4 und %5 Dateien pro Bewertung.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="147"/>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="150"/>
        <source>Measure: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="90"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="120"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="125"/>
        <source>&amp;Sign the report now</source>
        <translation>Bericht jetzt &amp;signieren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="129"/>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="144"/>
        <source>&amp;Open the report when done</source>
        <translation>Bericht nach Abschluss ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="147"/>
        <source>Report &amp;file</source>
        <translation>Bericht&amp;datei</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="148"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="151"/>
        <source>&amp;Identity file</source>
        <translation>&amp;Identitätsdatei</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="155"/>
        <source>Signing &amp;role</source>
        <translation>Signatur&amp;rolle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="110"/>
        <source>The report shows the assessment as it is in the wizard now, saved or not. Signing adds your electronic signature in the chosen role, with an identity file or a smart card or HSM; the passphrase or PIN is used once and not stored.</source>
        <translation>Der Bericht zeigt die Bewertung so, wie sie jetzt im Assistenten ist, gespeichert oder nicht. Beim Signieren wird Ihre elektronische Signatur in der gewählten Rolle hinzugefügt, mit einer Identitätsdatei, einer Chipkarte oder einem HSM; die Passphrase oder PIN wird einmal verwendet und nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="132"/>
        <source>Identity file (.p12)</source>
        <translation>Identitätsdatei (.p12)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="133"/>
        <source>Smart card or HSM (PKCS#11)</source>
        <translation>Chipkarte oder HSM (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="136"/>
        <source>PKCS#11 module, e.g. /usr/lib/opensc-pkcs11.so</source>
        <translation>PKCS#11-Modul, z. B. /usr/lib/opensc-pkcs11.so</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="150"/>
        <source>Sign &amp;with</source>
        <translation>Signieren &amp;mit</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="152"/>
        <source>PKCS#11 &amp;module</source>
        <translation>PKCS#11-&amp;Modul</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="153"/>
        <source>&amp;Token label</source>
        <translation>&amp;Token-Bezeichnung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="154"/>
        <source>&amp;Key label</source>
        <translation>&amp;Schlüsselbezeichnung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="156"/>
        <source>&amp;Passphrase or PIN</source>
        <translation>&amp;Passphrase oder PIN</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="170"/>
        <source>A signed report is also recorded as a version in the assessment&apos;s history (its revision is named on the cover), and the assessment file is saved.</source>
        <translation>Ein signierter Bericht wird außerdem als Version im Verlauf der Bewertung erfasst (seine Revision steht auf dem Deckblatt), und die Bewertungsdatei wird gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="182"/>
        <source>Assessor</source>
        <translation>Bewertende Person</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="183"/>
        <source>Data protection officer (DPO)</source>
        <translation>Datenschutzbeauftragte(r) (DSB)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="184"/>
        <source>Controller (decision)</source>
        <translation>Verantwortlicher (Entscheidung)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="185"/>
        <source>Reviewer (evaluator)</source>
        <translation>Prüfende Person</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="207"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="250"/>
        <source>Choose where to write the report</source>
        <translation>Wählen Sie, wohin der Bericht geschrieben wird</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="255"/>
        <source>Enter the PKCS#11 module, the token label and the key label</source>
        <translation>Geben Sie das PKCS#11-Modul, die Token-Bezeichnung und die Schlüsselbezeichnung ein</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="257"/>
        <source>Enter the PIN of your token</source>
        <translation>Geben Sie die PIN Ihres Tokens ein</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="260"/>
        <source>Choose your signing identity</source>
        <translation>Wählen Sie Ihre Signaturidentität</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="262"/>
        <source>Enter the passphrase of your signing identity</source>
        <translation>Geben Sie die Passphrase Ihrer Signaturidentität ein</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="267"/>
        <source>Export report as</source>
        <translation>Bericht exportieren als</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="276"/>
        <source>Signing identity</source>
        <translation>Signaturidentität</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="304"/>
        <source>Replace the report?</source>
        <translation>Bericht ersetzen?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="305"/>
        <source>%1 already exists. Replace it with the new report?</source>
        <translation>%1 ist bereits vorhanden. Durch den neuen Bericht ersetzen?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="376"/>
        <source>Starting…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="384"/>
        <source>Scoring the assessment</source>
        <translation>Bewertung wird berechnet</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="385"/>
        <source>Laying out the report</source>
        <translation>Bericht wird gesetzt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="386"/>
        <source>Signing</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="387"/>
        <source>Writing the file</source>
        <translation>Datei wird geschrieben</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="388"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="407"/>
        <source>No PDF viewer</source>
        <translation>Kein PDF-Betrachter</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="409"/>
        <source>The report was written to %1, but no application to show PDF files was found. Open the folder that holds it instead?</source>
        <translation>Der Bericht wurde nach %1 geschrieben, aber es wurde keine Anwendung zum Anzeigen von PDF-Dateien gefunden. Stattdessen den Ordner öffnen, der ihn enthält?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="417"/>
        <source>No file manager</source>
        <translation>Kein Dateimanager</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="418"/>
        <source>No application to show folders was found either. The report is at %1.</source>
        <translation>Es wurde auch keine Anwendung zum Anzeigen von Ordnern gefunden. Der Bericht liegt unter %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="312"/>
        <location filename="../app/ui/dialogs/export_dialog.py" line="425"/>
        <source>Cannot export the report</source>
        <translation>Der Bericht kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../app/ui/file_controller.py" line="58"/>
        <source>Open assessment</source>
        <translation>Bewertung öffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="69"/>
        <source>Cannot open the assessment</source>
        <translation>Die Bewertung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="75"/>
        <source>Opened with warnings: %s</source>
        <translation>Mit Warnungen geöffnet: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="77"/>
        <source>Opened %s</source>
        <translation>%s geöffnet</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="88"/>
        <source>Save assessment as</source>
        <translation>Bewertung speichern unter</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="111"/>
        <source>Cannot save the assessment</source>
        <translation>Die Bewertung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="117"/>
        <source>Saved %s</source>
        <translation>%s gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="123"/>
        <source>assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="127"/>
        <source>The file has not been changed.</source>
        <translation>Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="129"/>
        <source>Your work is still open in the wizard.</source>
        <translation>Ihre Arbeit ist im Assistenten weiterhin geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="145"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="146"/>
        <source>The assessment has unsaved changes. Save them first?</source>
        <translation>Die Bewertung enthält ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="171"/>
        <source>Autosave failed: %s</source>
        <translation>Automatisches Speichern fehlgeschlagen: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="185"/>
        <source>an untitled assessment</source>
        <translation>eine Bewertung ohne Titel</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="189"/>
        <source>The DPIA wizard did not close properly last time. Unsaved work on %1 was autosaved at %2.

Restore it? Choosing No discards the autosaved copy.</source>
        <translation>Der DSFA-Assistent wurde beim letzten Mal nicht ordnungsgemäß beendet. Ungespeicherte Arbeit an %1 wurde um %2 automatisch gesichert.

Wiederherstellen? Nein verwirft die automatisch gesicherte Kopie.</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="195"/>
        <source>These evidence files could not be restored and are left out: %1</source>
        <translation>Diese Nachweisdateien konnten nicht wiederhergestellt werden und fehlen: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="199"/>
        <source>Restore unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="210"/>
        <source>Restored unsaved work; save it to keep it.</source>
        <translation>Ungespeicherte Arbeit wiederhergestellt; speichern Sie sie, um sie zu behalten.</translation>
    </message>
</context>
<context>
    <name>FormatExportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="41"/>
        <source>Export as Word (.docx)</source>
        <translation>Als Word exportieren (.docx)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="42"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word-Dokumente (*.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="43"/>
        <source>Word report</source>
        <translation>Word-Bericht</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="46"/>
        <source>Export the risk register as CSV</source>
        <translation>Risikoregister als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="47"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="48"/>
        <source>CSV risk register</source>
        <translation>CSV-Risikoregister</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="51"/>
        <source>Export as Excel (.xlsx)</source>
        <translation>Als Excel exportieren (.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="52"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="53"/>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="120"/>
        <source>The full report as an editable Word document: the sections, tables and citations of the PDF, with Word headings (Insert &gt; Table of contents works). It opens in Word and LibreOffice.</source>
        <translation>Der vollständige Bericht als bearbeitbares Word-Dokument: die Abschnitte, Tabellen und Quellenangaben der PDF-Datei, mit Word-Überschriften (Einfügen &gt; Inhaltsverzeichnis funktioniert). Es lässt sich in Word und LibreOffice öffnen.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="125"/>
        <source>The risk register, one row per risk: inherent and residual severity, likelihood and level, measures and override justifications (UTF-8, with a header row).</source>
        <translation>Das Risikoregister, eine Zeile pro Risiko: Schwere, Wahrscheinlichkeit und Stufe vor und nach Maßnahmen, Maßnahmen und Begründungen der Überschreibungen (UTF-8, mit Kopfzeile).</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="129"/>
        <source>An Excel workbook with the sheets Risks (levels coloured) and Action plan (owner, due date, status).</source>
        <translation>Eine Excel-Arbeitsmappe mit den Blättern Risiken (Stufen farbig) und Maßnahmenplan (Zuständig, Fälligkeitsdatum, Status).</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="133"/>
        <source>It shows the assessment as it is in the wizard now, saved or not.</source>
        <translation>Sie zeigt die Bewertung so, wie sie jetzt im Assistenten ist, gespeichert oder nicht.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="140"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="146"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="153"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="193"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="194"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ist bereits vorhanden. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="230"/>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="242"/>
        <source>Cannot export the %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <location filename="../app/ui/widgets/heat_map.py" line="123"/>
        <source>No risk scores yet</source>
        <translation>Noch keine Risikobewertungen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/heat_map.py" line="184"/>
        <source>Likelihood →</source>
        <translation>Wahrscheinlichkeit →</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/heat_map.py" line="193"/>
        <source>Severity →</source>
        <translation>Schwere →</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="44"/>
        <source>Create signing identity</source>
        <translation>Signaturidentität erstellen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="62"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="70"/>
        <source>A signing identity holds your name, a certificate and a private key, protected by a passphrase of at least 8 characters. Keep the file and the passphrase safe: whoever has both can sign in your name. The wizard never stores the passphrase.</source>
        <translation>Eine Signaturidentität enthält Ihren Namen, ein Zertifikat und einen privaten Schlüssel, geschützt durch eine Passphrase mit mindestens 8 Zeichen. Bewahren Sie Datei und Passphrase sicher auf: Wer beides hat, kann in Ihrem Namen signieren. Der Assistent speichert die Passphrase nie.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="88"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="89"/>
        <source>&amp;Use as default identity</source>
        <translation>Als Standard&amp;identität verwenden</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="92"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="93"/>
        <source>&amp;Email (optional)</source>
        <translation>&amp;E-Mail (optional)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="94"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="95"/>
        <source>Re&amp;peat passphrase</source>
        <translation>Passphrase &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="96"/>
        <source>&amp;Key type</source>
        <translation>Schlüssel&amp;typ</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="97"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="108"/>
        <source>RSA 3072 bits (recommended)</source>
        <translation>RSA 3072 Bit (empfohlen)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="109"/>
        <source>ECDSA P-256 (compact, fast)</source>
        <translation>ECDSA P-256 (kompakt, schnell)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="117"/>
        <source>Enter your name as it should appear on signatures.</source>
        <translation>Geben Sie Ihren Namen so ein, wie er auf Signaturen erscheinen soll.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="119"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>Die Passphrase muss mindestens 8 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="121"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="123"/>
        <source>Choose where to save the identity file.</source>
        <translation>Wählen Sie, wo die Identitätsdatei gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="133"/>
        <source>Save signing identity as</source>
        <translation>Signaturidentität speichern unter</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="150"/>
        <source>Creating the key…</source>
        <translation>Schlüssel wird erzeugt…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="179"/>
        <source>Cannot create the identity</source>
        <translation>Die Identität kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="44"/>
        <source>DPIA wizard</source>
        <translation>DSFA-Assistent</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="97"/>
        <source>Loading the questionnaire…</source>
        <translation>Fragebogen wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="148"/>
        <source>Cannot start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="186"/>
        <source>Live verdict</source>
        <translation>Live-Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="196"/>
        <source>Live &amp;verdict panel</source>
        <translation>Live-&amp;Ergebnisbereich</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="202"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="203"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="204"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="205"/>
        <source>Too&amp;ls</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="219"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="220"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="221"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="224"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="225"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="227"/>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="228"/>
        <source>Write the assessment as a PDF report, signed if you wish</source>
        <translation>Die Bewertung als PDF-Bericht schreiben, auf Wunsch signiert</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="232"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="245"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="246"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="247"/>
        <source>&amp;Reset zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="252"/>
        <source>Create signing &amp;identity…</source>
        <translation>Signatur&amp;identität erstellen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="254"/>
        <source>&amp;Verify signed report…</source>
        <translation>Signierten Bericht &amp;prüfen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="256"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="264"/>
        <source>&amp;Evidence files…</source>
        <translation>&amp;Nachweisdateien…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="278"/>
        <source>&amp;Next section</source>
        <translation>&amp;Nächster Abschnitt</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="279"/>
        <source>&amp;Previous section</source>
        <translation>&amp;Vorheriger Abschnitt</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="280"/>
        <source>Section &amp;list</source>
        <translation>Abschnitts&amp;liste</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="296"/>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="319"/>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="330"/>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="389"/>
        <source>signed by %1</source>
        <translation>signiert von %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="391"/>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="393"/>
        <source>Report written to %1 — outcome: %2, %3</source>
        <translation>Bericht nach %1 geschrieben — Ergebnis: %2, %3</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="404"/>
        <source>INCOMPLETE (%1)</source>
        <translation>UNVOLLSTÄNDIG (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="492"/>
        <source>Signing identity saved to %1</source>
        <translation>Signaturidentität unter %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>MarkVersionDialog</name>
    <message>
        <location filename="../app/ui/dialogs/version_dialog.py" line="30"/>
        <source>Mark version</source>
        <translation>Version markieren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/version_dialog.py" line="39"/>
        <source>e.g. v1.0 approved by the DPO</source>
        <translation>z. B. v1.0 vom DSB genehmigt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/version_dialog.py" line="40"/>
        <source>Version &amp;label</source>
        <translation>Versions&amp;bezeichnung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/version_dialog.py" line="46"/>
        <source>&amp;Record version</source>
        <translation>Version &amp;erfassen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/version_dialog.py" line="57"/>
        <source>Records the assessment as it is now in its history: the time, this label, the rules version, the verdict&apos;s conclusions and a snapshot of answers, notes, measures, overrides, sign-off and reviews. The file is saved (the previous one is kept as .bak). You can compare with it later.</source>
        <translation>Erfasst die Bewertung im jetzigen Stand in ihrem Verlauf: den Zeitpunkt, diese Bezeichnung, die Regelversion, die Schlussfolgerungen des Ergebnisses und eine Momentaufnahme von Antworten, Notizen, Maßnahmen, Überschreibungen, Freigabe und Prüfungen. Die Datei wird gespeichert (die vorherige bleibt als .bak erhalten). Sie können später damit vergleichen.</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <location filename="../app/ui/pages/measures.py" line="59"/>
        <source>No measures yet: add one from the catalogue, or a custom measure.</source>
        <translation>Noch keine Maßnahmen: Fügen Sie eine aus dem Katalog oder eine eigene Maßnahme hinzu.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="71"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="72"/>
        <source>In progress</source>
        <translation>In Umsetzung</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="73"/>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="74"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="81"/>
        <source>From the &amp;catalogue:</source>
        <translation>Aus dem &amp;Katalog:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="84"/>
        <source>Catalogue measure</source>
        <translation>Katalogmaßnahme</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="90"/>
        <source>&amp;Add to plan</source>
        <translation>Zum Plan &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="101"/>
        <source>Action &amp;plan</source>
        <translation>Maßnahmen&amp;plan</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="104"/>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="110"/>
        <source>Add c&amp;ustom measure</source>
        <translation>Eigene Maßnahme hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="113"/>
        <source>Re&amp;move measure</source>
        <translation>Maßnahme ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="146"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="147"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="148"/>
        <source>&amp;Risks addressed</source>
        <translation>Behandelte &amp;Risiken</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="149"/>
        <source>&amp;Owner</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="150"/>
        <source>Du&amp;e date</source>
        <translation>&amp;Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="151"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="158"/>
        <source>Effects on ris&amp;ks (each with a justification)</source>
        <translation>&amp;Wirkungen auf Risiken (jeweils mit Begründung)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="168"/>
        <location filename="../app/ui/pages/measures.py" line="173"/>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="169"/>
        <source>Attach evidence to this measure…</source>
        <translation>Nachweis zu dieser Maßnahme anhängen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="182"/>
        <source>Effects on risks</source>
        <translation>Wirkungen auf Risiken</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="188"/>
        <source>Add e&amp;ffect…</source>
        <translation>Wirkung &amp;ergänzen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="191"/>
        <source>Edit effe&amp;ct…</source>
        <translation>Wirkung be&amp;arbeiten…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="194"/>
        <source>Remove effec&amp;t</source>
        <translation>Wirkung e&amp;ntfernen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="238"/>
        <source>Catalogue not loaded</source>
        <translation>Katalog nicht geladen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="263"/>
        <source>due %s</source>
        <translation>fällig %s</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="266"/>
        <source>Review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="297"/>
        <source>Add a measure from the catalogue, or a custom one.</source>
        <translation>Fügen Sie eine Maßnahme aus dem Katalog oder eine eigene hinzu.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="300"/>
        <source>From the catalogue (%s): lowers the residual risk once implemented.</source>
        <translation>Aus dem Katalog (%s): senkt das Restrisiko, sobald umgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="303"/>
        <source>Custom measure</source>
        <translation>Eigene Maßnahme</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="322"/>
        <source>own risk</source>
        <translation>eigenes Risiko</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="341"/>
        <source>severity −%1</source>
        <translation>Schwere −%1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="343"/>
        <source>likelihood −%1</source>
        <translation>Eintrittswahrscheinlichkeit −%1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="267"/>
        <location filename="../app/ui/pages/measures.py" line="374"/>
        <source>(untitled measure)</source>
        <translation>(Maßnahme ohne Titel)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="440"/>
        <source>New measure</source>
        <translation>Neue Maßnahme</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="79"/>
        <source>Merge participants&apos; copies</source>
        <translation>Kopien der Teilnehmenden zusammenführen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="106"/>
        <source>Bro&amp;wse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="107"/>
        <source>&amp;Base (the file the copies were made from)</source>
        <translation>&amp;Basis (die Datei, von der die Kopien erstellt wurden)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="109"/>
        <source>The participants&apos; &amp;copies</source>
        <translation>Die &amp;Kopien der Teilnehmenden</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="111"/>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="165"/>
        <source>The participants&apos; copies</source>
        <translation>Die Kopien der Teilnehmenden</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="118"/>
        <source>&amp;Merge</source>
        <translation>Zusa&amp;mmenführen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="130"/>
        <source>Each participant worked in a copy of the assessment. Changes made in one copy are taken; a question answered differently in two copies becomes disputed, and you decide it in the next step. The base and the copies are not changed: the result is saved as a new file.</source>
        <translation>Alle Teilnehmenden haben in einer Kopie der Bewertung gearbeitet. Änderungen aus einer einzelnen Kopie werden übernommen; eine Frage, die in zwei Kopien unterschiedlich beantwortet wurde, wird strittig, und Sie entscheiden sie im nächsten Schritt. Die Basis und die Kopien werden nicht verändert: Das Ergebnis wird als neue Datei gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="137"/>
        <source>&amp;Add copies…</source>
        <translation>Kopien &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="138"/>
        <source>&amp;Remove copy</source>
        <translation>Kopie &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="157"/>
        <source>The base assessment</source>
        <translation>Die Basisbewertung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="184"/>
        <source>Choose the base assessment</source>
        <translation>Wählen Sie die Basisbewertung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="186"/>
        <source>Add at least one participant&apos;s copy</source>
        <translation>Fügen Sie mindestens eine Kopie einer teilnehmenden Person hinzu</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="197"/>
        <source>Nothing was merged and no file was changed.</source>
        <translation>Es wurde nichts zusammengeführt und keine Datei geändert.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="198"/>
        <source>Cannot merge the copies</source>
        <translation>Die Kopien können nicht zusammengeführt werden</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="231"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="236"/>
        <source>&amp;Save merged assessment…</source>
        <translation>Zusammengeführte Bewertung &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="261"/>
        <source>%1 change(s) taken from the copies.</source>
        <translation>%1 Änderung(en) aus den Kopien übernommen.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="264"/>
        <source>%1 question(s) were answered differently: take one participant&apos;s value, or keep the question disputed to decide it in the workshop. Base is the value in the file the copies were made from; a disputed question keeps it.</source>
        <translation>Unterschiedlich beantwortete Fragen: %1. Übernehmen Sie den Wert einer teilnehmenden Person, oder lassen Sie die Frage strittig, um sie im Workshop zu entscheiden. Basis ist der Wert in der Datei, von der die Kopien erstellt wurden; eine strittige Frage behält ihn.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="269"/>
        <source>No question was answered differently.</source>
        <translation>Keine Frage wurde unterschiedlich beantwortet.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="271"/>
        <source>%1 other conflict(s) kept the base, listed below.</source>
        <translation>Bei %1 weiteren Konflikt(en) wurde die Basis beibehalten; siehe unten.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="277"/>
        <source>Other conflicts (the base was kept):</source>
        <translation>Weitere Konflikte (die Basis wurde beibehalten):</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="303"/>
        <source>Save the merged assessment as</source>
        <translation>Zusammengeführte Bewertung speichern unter</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="316"/>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="329"/>
        <source>Cannot save the merged assessment</source>
        <translation>Die zusammengeführte Bewertung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="328"/>
        <source>The merged assessment is saved as a new file; choose another name.</source>
        <translation>Die zusammengeführte Bewertung wird als neue Datei gespeichert; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="337"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="338"/>
        <source>%1 already exists. Replace it with the merged assessment?</source>
        <translation>%1 ist bereits vorhanden. Durch die zusammengeführte Bewertung ersetzen?</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="27"/>
        <source>About this assessment</source>
        <translation>Über diese Bewertung</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="38"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="45"/>
        <source>&amp;Title of the assessment</source>
        <translation>&amp;Titel der Bewertung</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="46"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="47"/>
        <source>&amp;Controller (legal entity)</source>
        <translation>&amp;Verantwortlicher (juristische Person)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="48"/>
        <source>&amp;Assessor</source>
        <translation>&amp;Bewertende Person</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="49"/>
        <source>&amp;DPO</source>
        <translation>&amp;DSB</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="50"/>
        <source>Ve&amp;rsion</source>
        <translation>Ve&amp;rsion</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="54"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="54"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="54"/>
        <source>Final</source>
        <translation>Endgültig</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="83"/>
        <source>Cannot change the status</source>
        <translation>Der Status kann nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="24"/>
        <source>The room disagrees with this answer (disputed)</source>
        <translation>Die Runde widerspricht dieser Antwort (strittig)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="37"/>
        <source>Workshop note</source>
        <translation>Workshop-Notiz</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="38"/>
        <source>Answer disputed</source>
        <translation>Antwort strittig</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="39"/>
        <location filename="../app/ui/widgets/note_editor.py" line="53"/>
        <source>Disputed by</source>
        <translation>Bestritten von</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="40"/>
        <source>Why it is disputed</source>
        <translation>Warum sie bestritten wird</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="44"/>
        <source>Name or role of who disagrees</source>
        <translation>Name oder Rolle der widersprechenden Person</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="45"/>
        <source>What they disagree with, and why</source>
        <translation>Womit sie nicht einverstanden ist und warum</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="51"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="54"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../app/ui/widgets/optional_date_edit.py" line="67"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/optional_date_edit.py" line="74"/>
        <source>Choose from a calendar</source>
        <translation>Aus einem Kalender wählen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/optional_date_edit.py" line="75"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Aus einem Kalender wählen (Alt+Unten)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/optional_date_edit.py" line="147"/>
        <source>Not a date: type it as 2027-02-01 or %1, or choose it from the calendar.</source>
        <translation>Kein Datum: Geben Sie es als 2027-02-01 oder %1 ein oder wählen Sie es im Kalender.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/optional_date_edit.py" line="154"/>
        <source>Type a date such as 2027-02-01 or %1; Up and Down change it by a day</source>
        <translation>Geben Sie ein Datum wie 2027-02-01 oder %1 ein; Auf und Ab ändern es um einen Tag</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../app/ui/labels.py" line="11"/>
        <source>PROCEED</source>
        <translation>FORTFAHREN</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="12"/>
        <source>PROCEED WITH MEASURES</source>
        <translation>MIT MASSNAHMEN FORTFAHREN</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="13"/>
        <source>PRIOR CONSULTATION (ART. 36)</source>
        <translation>VORHERIGE KONSULTATION (ART. 36)</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="14"/>
        <source>DO NOT PROCEED</source>
        <translation>NICHT FORTFAHREN</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="42"/>
        <source>Override risk rating</source>
        <translation>Risikobewertung überschreiben</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="69"/>
        <source>You may replace the computed rating with your own. A written justification is required; the report shows it next to the rating.</source>
        <translation>Sie können die berechnete Bewertung durch Ihre eigene ersetzen. Eine schriftliche Begründung ist erforderlich; der Bericht zeigt sie neben der Bewertung.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="77"/>
        <source>Residual (after measures)</source>
        <translation>Restrisiko (nach Maßnahmen)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="77"/>
        <source>Inherent (before measures)</source>
        <translation>Ausgangsrisiko (vor Maßnahmen)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="88"/>
        <source>&amp;Stage</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="89"/>
        <source>S&amp;everity</source>
        <translation>S&amp;chwere</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="90"/>
        <source>&amp;Likelihood</source>
        <translation>&amp;Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="91"/>
        <source>&amp;Justification (required)</source>
        <translation>&amp;Begründung (erforderlich)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="92"/>
        <source>&amp;Author</source>
        <translation>&amp;Verfasser</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="117"/>
        <source>Write why you override the rating: the report shows this justification next to it.</source>
        <translation>Schreiben Sie, warum Sie die Bewertung überschreiben: Der Bericht zeigt diese Begründung daneben.</translation>
    </message>
</context>
<context>
    <name>OwnRiskDialog</name>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="54"/>
        <source>Edit own risk</source>
        <translation>Eigenes Risiko bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="54"/>
        <source>Add own risk</source>
        <translation>Eigenes Risiko hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="78"/>
        <source>A risk the catalogue does not name. Rate it before measures on the CNIL scales and write why for each rating: the report shows your reasons next to the risk.</source>
        <translation>Ein Risiko, das der Katalog nicht nennt. Bewerten Sie es vor Maßnahmen auf den Skalen der CNIL und schreiben Sie zu jeder Einstufung, warum: Der Bericht zeigt Ihre Gründe neben dem Risiko.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="100"/>
        <source>&amp;Title (required)</source>
        <translation>&amp;Titel (erforderlich)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="101"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="102"/>
        <source>S&amp;everity</source>
        <translation>S&amp;chwere</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="103"/>
        <source>&amp;Why this severity (required)</source>
        <translation>&amp;Warum diese Schwere (erforderlich)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="104"/>
        <source>&amp;Likelihood</source>
        <translation>&amp;Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="106"/>
        <source>W&amp;hy this likelihood (required)</source>
        <translation>W&amp;arum diese Eintrittswahrscheinlichkeit (erforderlich)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="110"/>
        <source>&amp;Author</source>
        <translation>&amp;Verfasser</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="129"/>
        <source>Give the risk a title: the register and the heat maps name it.</source>
        <translation>Geben Sie dem Risiko einen Titel: Das Risikoregister und die Risikomatrizen nennen es so.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="134"/>
        <source>Write why the severity is this level: the report shows it next to the rating.</source>
        <translation>Schreiben Sie, warum die Schwere diese Stufe hat: Der Bericht zeigt es neben der Einstufung.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="139"/>
        <source>Write why the likelihood is this level: the report shows it next to the rating.</source>
        <translation>Schreiben Sie, warum die Eintrittswahrscheinlichkeit diese Stufe hat: Der Bericht zeigt es neben der Einstufung.</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="59"/>
        <source>DISPUTED</source>
        <translation>STRITTIG</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="62"/>
        <source>Required</source>
        <translation>Pflichtangabe</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="64"/>
        <source>Needed for the verdict</source>
        <translation>Für das Ergebnis nötig</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="65"/>
        <source>The verdict cannot be decided until this is answered</source>
        <translation>Das Ergebnis kann erst feststehen, wenn dies beantwortet ist</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="68"/>
        <source>Answered — to verify</source>
        <translation>Beantwortet — zu prüfen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="78"/>
        <source>Why we ask this</source>
        <translation>Warum wir das fragen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="79"/>
        <source>Note or dispute</source>
        <translation>Notiz oder Widerspruch</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="83"/>
        <source>Clear answer</source>
        <translation>Antwort löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="104"/>
        <source>Legal references</source>
        <translation>Rechtsquellen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="117"/>
        <source>Why we ask this: %s</source>
        <translation>Warum wir das fragen: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="146"/>
        <source>Answered, but the verdict still waits for a check: %s</source>
        <translation>Beantwortet, doch das Ergebnis wartet noch auf eine Prüfung: %s</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../app/ui/pages/question_page.py" line="39"/>
        <source>No question of this section applies to your answers.</source>
        <translation>Keine Frage dieses Abschnitts trifft auf Ihre Antworten zu.</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <location filename="../app/ui/verify_action.py" line="39"/>
        <source>Verify signed report</source>
        <translation>Signierten Bericht prüfen</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="53"/>
        <source>Report verified</source>
        <translation>Bericht geprüft</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="55"/>
        <source>Report not verified</source>
        <translation>Bericht nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="60"/>
        <source>NOT INTACT: the report was changed or a signature is broken.</source>
        <translation>NICHT UNVERSEHRT: Der Bericht wurde verändert oder eine Signatur ist ungültig.</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="64"/>
        <source>Intact, but not every signer is trusted: compare the fingerprints with the signers&apos;, or put their certificates (or their CA&apos;s) in the trusted certificates folder (Settings).</source>
        <translation>Unversehrt, aber nicht jeder Unterzeichner ist vertrauenswürdig: Vergleichen Sie die Fingerabdrücke mit denen der Unterzeichner, oder legen Sie deren Zertifikate (oder die ihrer CA) in den Ordner der vertrauenswürdigen Zertifikate (Einstellungen).</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="69"/>
        <source>Intact, and every signer is trusted.</source>
        <translation>Unversehrt, und jeder Unterzeichner ist vertrauenswürdig.</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="72"/>
        <source>Cannot verify the report</source>
        <translation>Der Bericht kann nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="64"/>
        <source>Compare with that version…</source>
        <translation>Mit dieser Version vergleichen…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="67"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="69"/>
        <source>Dismiss the review banner</source>
        <translation>Den Hinweis zur Überprüfung ausblenden</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="108"/>
        <source>Review notice</source>
        <translation>Hinweis zur Überprüfung</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="124"/>
        <source>The rules changed since version &quot;%1&quot; (rules %2, now %3). Its conclusions no longer hold under the current rules:</source>
        <translation>Die Regeln haben sich seit Version „%1“ geändert (Regeln %2, jetzt %3). Ihre Schlussfolgerungen gelten nach den aktuellen Regeln nicht mehr:</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="130"/>
        <source>… and %1 more (see the comparison)</source>
        <translation>… und %1 weitere (siehe den Vergleich)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="135"/>
        <source>The rules were updated since version &quot;%1&quot; (rules %2, now %3); its conclusions still hold.</source>
        <translation>Die Regeln wurden seit Version „%1“ aktualisiert (Regeln %2, jetzt %3); ihre Schlussfolgerungen gelten weiterhin.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="146"/>
        <source>now raised: %1</source>
        <translation>jetzt gemeldet: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="147"/>
        <source>no longer raised: %1</source>
        <translation>nicht mehr gemeldet: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="148"/>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="161"/>
        <source>Review overdue: the next review was due on %1 (%2 days ago).</source>
        <translation>Überprüfung überfällig: Die nächste Überprüfung war am %1 fällig (vor %2 Tagen).</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="164"/>
        <source>Review due today (%1).</source>
        <translation>Überprüfung heute fällig (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="165"/>
        <source>Next review due on %1.</source>
        <translation>Nächste Überprüfung fällig am %1.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="46"/>
        <source>Acceptable</source>
        <translation>Akzeptabel</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="47"/>
        <source>Improvable</source>
        <translation>Verbesserungsfähig</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="48"/>
        <source>To correct</source>
        <translation>Zu korrigieren</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="56"/>
        <source>Not reviewed</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="89"/>
        <location filename="../app/ui/widgets/review_panel.py" line="155"/>
        <source>Evaluator review</source>
        <translation>Beurteilung durch die prüfende Person</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="120"/>
        <source>Required unless acceptable: what to improve or correct</source>
        <translation>Erforderlich, außer bei akzeptabel: was zu verbessern oder zu korrigieren ist</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="122"/>
        <source>Name of the evaluator</source>
        <translation>Name der prüfenden Person</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="123"/>
        <location filename="../app/ui/widgets/review_panel.py" line="136"/>
        <source>Record review</source>
        <translation>Prüfung erfassen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="126"/>
        <source>Judgement</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="127"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="128"/>
        <source>Evaluator</source>
        <translation>Prüfende Person</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="185"/>
        <location filename="../app/ui/widgets/review_panel.py" line="198"/>
        <source>Review not recorded</source>
        <translation>Prüfung nicht erfasst</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="185"/>
        <source>Name the evaluator first.</source>
        <translation>Geben Sie zuerst den Namen der prüfenden Person an.</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <location filename="../app/ui/pages/risks.py" line="57"/>
        <source>Inherent risk (before measures)</source>
        <translation>Ausgangsrisiko (vor Maßnahmen)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="59"/>
        <source>Residual risk (after measures)</source>
        <translation>Restrisiko (nach Maßnahmen)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="76"/>
        <source>Risk scores appear here once the rules have been applied.</source>
        <translation>Risikobewertungen erscheinen hier, sobald die Regeln angewandt wurden.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="81"/>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="83"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="83"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="83"/>
        <location filename="../app/ui/pages/risks.py" line="274"/>
        <source>Inherent</source>
        <translation>Ausgangsrisiko</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="83"/>
        <location filename="../app/ui/pages/risks.py" line="274"/>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="83"/>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="102"/>
        <source>&amp;Override rating…</source>
        <translation>Bewertung &amp;überschreiben…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="105"/>
        <source>&amp;Remove overrides</source>
        <translation>Überschreibungen &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="110"/>
        <source>Add o&amp;wn risk…</source>
        <translation>Eigenes Risiko &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="112"/>
        <source>A risk the catalogue does not name, rated with your reasons</source>
        <translation>Ein Risiko, das der Katalog nicht nennt, mit Ihren Gründen bewertet</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="114"/>
        <source>&amp;Edit own risk…</source>
        <translation>Eigenes Risiko &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="117"/>
        <source>Remove own r&amp;isk</source>
        <translation>Eigenes Risiko en&amp;tfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/risks.py" line="146"/>
        <source>%n risk(s) apply to this deployment. Select one to see why and to override its rating.</source>
        <translation>
            <numerusform>%n Risiko betrifft diesen Einsatz. Wählen Sie es aus, um den Grund zu sehen und seine Bewertung zu überschreiben.</numerusform>
            <numerusform>%n Risiken betreffen diesen Einsatz. Wählen Sie eines aus, um den Grund zu sehen und seine Bewertung zu überschreiben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="178"/>
        <source>own risk</source>
        <translation>eigenes Risiko</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="208"/>
        <source>overridden</source>
        <translation>überschrieben</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="234"/>
        <source>(untitled measure)</source>
        <translation>(Maßnahme ohne Titel)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="273"/>
        <source>rating overridden</source>
        <translation>(Bewertung überschrieben)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="278"/>
        <location filename="../app/ui/pages/risks.py" line="300"/>
        <source>Lowered by “%1”: %2</source>
        <translation>Gesenkt durch „%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="291"/>
        <source>Own risk: severity %1 because</source>
        <translation>Eigenes Risiko: Schwere %1, weil</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="292"/>
        <source>likelihood %1 because</source>
        <translation>Eintrittswahrscheinlichkeit %1, weil</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="306"/>
        <source>severity −%1</source>
        <translation>Schwere −%1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="308"/>
        <source>likelihood −%1</source>
        <translation>Eintrittswahrscheinlichkeit −%1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="343"/>
        <source>Remove own risk</source>
        <translation>Eigenes Risiko entfernen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="345"/>
        <source>Remove the risk “%1” with its ratings, reasons and the measures’ effects on it?</source>
        <translation>Das Risiko „%1“ mit seinen Einstufungen, Gründen und den Wirkungen der Maßnahmen darauf entfernen?</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <location filename="../app/ui/widgets/role_delegate.py" line="20"/>
        <source>Assessor</source>
        <translation>Bewertende Person</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/role_delegate.py" line="21"/>
        <source>Data protection officer (DPO)</source>
        <translation>Datenschutzbeauftragte(r) (DSB)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/role_delegate.py" line="22"/>
        <source>Controller (decision)</source>
        <translation>Verantwortlicher (Entscheidung)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/role_delegate.py" line="23"/>
        <source>Reviewer (evaluator)</source>
        <translation>Prüfende Person</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/role_delegate.py" line="36"/>
        <source>Signature role</source>
        <translation>Signaturrolle</translation>
    </message>
</context>
<context>
    <name>ScreeningResult</name>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="25"/>
        <source>Screening result</source>
        <translation>Ergebnis der Vorprüfung</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="28"/>
        <source>NOT YET SCORED</source>
        <translation>NOCH NICHT BEWERTET</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="33"/>
        <source>Answer the questions about the system to see the screening.</source>
        <translation>Beantworten Sie die Fragen zum System, um das Prüfergebnis zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="41"/>
        <source>DPIA REQUIRED</source>
        <translation>DSFA ERFORDERLICH</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="41"/>
        <source>DPIA NOT REQUIRED</source>
        <translation>DSFA NICHT ERFORDERLICH</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="45"/>
        <source>WP248 criteria met: %1 of %2</source>
        <translation>Erfüllte WP248-Kriterien: %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="49"/>
        <source>Why a DPIA is required:</source>
        <translation>Warum eine DSFA erforderlich ist:</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="56"/>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="56"/>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="56"/>
        <source>not yet known</source>
        <translation>noch nicht bekannt</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <location filename="../app/ui/section_list.py" line="28"/>
        <location filename="../app/ui/section_list.py" line="41"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../app/ui/section_list.py" line="36"/>
        <source>Required questions answered</source>
        <translation>Beantwortete Pflichtfragen</translation>
    </message>
    <message>
        <location filename="../app/ui/section_list.py" line="69"/>
        <source>%1 of %2 required answers given</source>
        <translation>%1 von %2 Pflichtantworten gegeben</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/section_list.py" line="82"/>
        <source>(%n open)</source>
        <translation>
            <numerusform>(%n offen)</numerusform>
            <numerusform>(%n offen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/section_list.py" line="89"/>
        <source>Review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../app/ui/pages/section_page.py" line="57"/>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="55"/>
        <source>The interface and the questions switch language as soon as you press OK.</source>
        <translation>Oberfläche und Fragen wechseln die Sprache, sobald Sie OK drücken.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="60"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="63"/>
        <source>Signers whose certificate (or whose CA&apos;s certificate) is in this folder are trusted</source>
        <translation>Unterzeichner, deren Zertifikat (oder das ihrer CA) in diesem Ordner liegt, sind vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="66"/>
        <source>Bro&amp;wse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="75"/>
        <source>&amp;Clear recent files</source>
        <translation>Zuletzt geöffnete Dateien &amp;löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="78"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="79"/>
        <source>Default signing &amp;identity</source>
        <translation>Standard-Signatur&amp;identität</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="80"/>
        <source>&amp;Trusted certificates folder</source>
        <translation>Ordner &amp;vertrauenswürdiger Zertifikate</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="81"/>
        <source>&amp;Autosave after</source>
        <translation>&amp;Automatisch speichern nach</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="82"/>
        <source>Default &amp;zoom</source>
        <translation>Standard-&amp;Zoom</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="83"/>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="92"/>
        <source>How long after an unsaved change the recovery copy is written</source>
        <translation>Wie lange nach einer ungespeicherten Änderung die Wiederherstellungskopie geschrieben wird</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="93"/>
        <source>The presentation zoom that View &gt; Reset zoom (Ctrl+0) returns to</source>
        <translation>Der Präsentationszoom, zu dem Ansicht &gt; Zoom zurücksetzen (Strg+0) zurückkehrt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="103"/>
        <source>&amp;Reset to defaults</source>
        <translation>Auf &amp;Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="138"/>
        <source>Default signing identity</source>
        <translation>Standard-Signaturidentität</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="145"/>
        <source>Trusted certificates folder</source>
        <translation>Ordner vertrauenswürdiger Zertifikate</translation>
    </message>
</context>
<context>
    <name>SignOffPage</name>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="61"/>
        <source>Sign-off (ICO step 7)</source>
        <translation>Freigabe (ICO-Schritt 7)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="66"/>
        <source>&amp;Measures approved by</source>
        <translation>&amp;Maßnahmen genehmigt von</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="67"/>
        <source>&amp;Residual risks approved by</source>
        <translation>&amp;Restrisiken genehmigt von</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="68"/>
        <source>&amp;DPO advice</source>
        <translation>&amp;Stellungnahme des DSB</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="69"/>
        <source>Summary of DPO advice (for the report)</source>
        <translation>Zusammenfassung der Stellungnahme des DSB (für den Bericht)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="71"/>
        <source>DPO advice was</source>
        <translation>Die Stellungnahme des DSB wurde</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="73"/>
        <source>If overruled, the reasons</source>
        <translation>Falls nicht befolgt, die Gründe</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="74"/>
        <source>&amp;Consultation responses reviewed by</source>
        <translation>&amp;Konsultationsantworten geprüft von</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="77"/>
        <source>Nex&amp;t review date</source>
        <translation>Nä&amp;chstes Prüfdatum</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="114"/>
        <source>Not yet recorded</source>
        <translation>Noch nicht erfasst</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="114"/>
        <source>Acce&amp;pted</source>
        <translation>Be&amp;folgt</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="114"/>
        <source>&amp;Overruled</source>
        <translation>&amp;Nicht befolgt</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="118"/>
        <source>DPO advice was: %s</source>
        <translation>Die Stellungnahme des DSB wurde: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="127"/>
        <source>Sig&amp;natures: who signed, in which role, when</source>
        <translation>Sig&amp;naturen: wer in welcher Rolle wann unterzeichnet hat</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="131"/>
        <source>Sign-off records</source>
        <translation>Freigabevermerke</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="132"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="132"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="136"/>
        <source>Type the date as 2027-02-01</source>
        <translation>Geben Sie das Datum als 2027-02-01 ein</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="148"/>
        <source>Add &amp;signature record</source>
        <translation>&amp;Signaturvermerk hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="151"/>
        <source>Remove signat&amp;ure record</source>
        <translation>Signaturvermerk ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="177"/>
        <source>“%1” is not a date: type it as 2027-02-01.</source>
        <translation>„%1“ ist kein Datum: Geben Sie es als 2027-02-01 ein.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="200"/>
        <source>Partic&amp;ipants and roles</source>
        <translation>Te&amp;ilnehmende und Rollen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="203"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="132"/>
        <location filename="../app/ui/pages/sign_off.py" line="205"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="132"/>
        <location filename="../app/ui/pages/sign_off.py" line="205"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="205"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="205"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="220"/>
        <source>&amp;Add participant</source>
        <translation>Teilnehmende &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="223"/>
        <source>R&amp;emove participant</source>
        <translation>Teilnehmende ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="129"/>
        <source>DPIA required (Art. 35)</source>
        <translation>DSFA erforderlich (Art. 35)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="130"/>
        <source>Prior consultation (Art. 36)</source>
        <translation>Vorherige Konsultation (Art. 36)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="131"/>
        <source>Special-category data (Art. 9)</source>
        <translation>Besondere Kategorien von Daten (Art. 9)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="132"/>
        <source>AI Act</source>
        <translation>KI-Verordnung</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="138"/>
        <source>Top findings</source>
        <translation>Wichtigste Feststellungen</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="152"/>
        <source>SCORING…</source>
        <translation>BEWERTUNG…</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="153"/>
        <source>The verdict appears here and follows every answer.</source>
        <translation>Das Ergebnis erscheint hier und folgt jeder Antwort.</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="159"/>
        <source>NO VERDICT</source>
        <translation>KEIN ERGEBNIS</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="160"/>
        <source>The rules could not be loaded or applied:
%s</source>
        <translation>Die Regeln konnten nicht geladen oder angewandt werden:
%s</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="231"/>
        <source>Verdict: %s</source>
        <translation>Ergebnis: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="79"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="80"/>
        <source>Retry loading the rules</source>
        <translation>Laden der Regeln erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="133"/>
        <source>Answers needed for the verdict</source>
        <translation>Für das Ergebnis nötige Antworten</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="134"/>
        <source>To verify</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="183"/>
        <source>INCOMPLETE</source>
        <translation>UNVOLLSTÄNDIG</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="202"/>
        <source>1 answer needed</source>
        <translation>1 Antwort nötig</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="203"/>
        <source>%1 answers needed</source>
        <translation>%1 Antworten nötig</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="207"/>
        <source>1 answer to verify</source>
        <translation>1 Antwort zu prüfen</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="208"/>
        <source>%1 answers to verify</source>
        <translation>%1 Antworten zu prüfen</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="235"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="235"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="239"/>
        <source>Not yet known</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="241"/>
        <source>Does not apply</source>
        <translation>Trifft nicht zu</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="243"/>
        <source>applies; the exception relied on holds</source>
        <translation>trifft zu; die herangezogene Ausnahme greift</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="244"/>
        <source>applies; no valid exception</source>
        <translation>trifft zu; keine gültige Ausnahme</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="245"/>
        <source>applies; exception not yet established</source>
        <translation>trifft zu; Ausnahme noch nicht festgestellt</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="257"/>
        <source>Possibly prohibited until the answers are complete: %s</source>
        <translation>Möglicherweise verboten, solange die Antworten unvollständig sind: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="254"/>
        <source>PROHIBITED practice: %s</source>
        <translation>VERBOTENE Praktik: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="260"/>
        <source>High-risk (Annex III %s)</source>
        <translation>Hochrisiko (Anhang III %s)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="260"/>
        <source>High-risk</source>
        <translation>Hochrisiko</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="262"/>
        <source>Fundamental-rights impact assessment required (Art. 27)</source>
        <translation>Grundrechte-Folgenabschätzung erforderlich (Art. 27)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="263"/>
        <source>No prohibited or high-risk use found</source>
        <translation>Keine verbotene oder Hochrisiko-Verwendung festgestellt</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="270"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/verdict_panel.py" line="291"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/verdict_panel.py" line="316"/>
        <source>%n more finding(s) in the report</source>
        <translation>
            <numerusform>Noch %n Feststellung im Bericht</numerusform>
            <numerusform>Noch %n Feststellungen im Bericht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="321"/>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="322"/>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
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
        <translation>Hinweis zur Überprüfung</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="81"/>
        <source>&amp;Mark version…</source>
        <translation>Version &amp;markieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="84"/>
        <source>Record the assessment as it is now as a version in its history</source>
        <translation>Die Bewertung im jetzigen Stand als Version in ihrem Verlauf erfassen</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="87"/>
        <source>Compare with a &amp;version…</source>
        <translation>Mit einer &amp;Version vergleichen…</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="90"/>
        <source>See a recorded version side by side with the current state</source>
        <translation>Eine erfasste Version neben dem aktuellen Stand ansehen</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="127"/>
        <source>Cannot record the version</source>
        <translation>Die Version kann nicht erfasst werden</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="133"/>
        <source>Recorded version &quot;%1&quot; as revision %2</source>
        <translation>Version „%1“ als Revision %2 erfasst</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="147"/>
        <source>No versions yet</source>
        <translation>Noch keine Versionen</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="148"/>
        <source>No version of this assessment has been recorded. Use File &gt; Mark version… first.</source>
        <translation>Es wurde noch keine Version dieser Bewertung erfasst. Verwenden Sie zuerst Datei &gt; Version markieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="190"/>
        <source>The signed report was recorded as version &quot;%1&quot; (revision %2)</source>
        <translation>Der signierte Bericht wurde als Version „%1“ erfasst (Revision %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="192"/>
        <source>; save the assessment to keep it</source>
        <translation>; speichern Sie die Bewertung, um sie zu behalten</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../app/ui/wizard.py" line="88"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="90"/>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation>Vorheriger Abschnitt (Strg+Bild auf)</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="91"/>
        <location filename="../app/ui/wizard.py" line="207"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="93"/>
        <location filename="../app/ui/wizard.py" line="208"/>
        <source>Next section (Ctrl+PgDown)</source>
        <translation>Nächster Abschnitt (Strg+Bild ab)</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="198"/>
        <source>Section %1 of %2</source>
        <translation>Abschnitt %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="204"/>
        <source>E&amp;xport report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="205"/>
        <source>Write the assessment as a PDF report (Ctrl+E)</source>
        <translation>Die Bewertung als PDF-Bericht schreiben (Strg+E)</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="35"/>
        <source>Expor&amp;t as</source>
        <translation>Expor&amp;tieren als</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="38"/>
        <source>&amp;Word document (.docx)…</source>
        <translation>&amp;Word-Dokument (.docx)…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="39"/>
        <source>&amp;CSV risk register…</source>
        <translation>&amp;CSV-Risikoregister…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="40"/>
        <source>E&amp;xcel workbook (.xlsx)…</source>
        <translation>E&amp;xcel-Arbeitsmappe (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="47"/>
        <source>&amp;Merge participants&apos; copies…</source>
        <translation>&amp;Kopien der Teilnehmenden zusammenführen…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="48"/>
        <source>Bring the copies a workshop&apos;s participants edited together</source>
        <translation>Die von den Teilnehmenden eines Workshops bearbeiteten Kopien zusammenführen</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="50"/>
        <source>&amp;Import from the CNIL PIA tool…</source>
        <translation>Aus dem PIA-Tool der CNIL &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="85"/>
        <source>Written to %1 (%2 KB)</source>
        <translation>Nach %1 geschrieben (%2 KB)</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="113"/>
        <source>Merged assessment saved to %1 and opened</source>
        <translation>Zusammengeführte Bewertung unter %1 gespeichert und geöffnet</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="122"/>
        <source>Import from the CNIL PIA tool</source>
        <translation>Aus dem PIA-Tool der CNIL importieren</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="129"/>
        <source>Nothing was imported; the open assessment is unchanged.</source>
        <translation>Es wurde nichts importiert; die geöffnete Bewertung ist unverändert.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="130"/>
        <source>Cannot import the CNIL export</source>
        <translation>Der CNIL-Export kann nicht importiert werden</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="137"/>
        <source>Imported %1: %2 measure(s), %3 review(s). The assessment is not saved yet: save it to keep it.</source>
        <translation>%1 importiert: %2 Maßnahme(n), %3 Prüfung(en). Die Bewertung ist noch nicht gespeichert: Speichern Sie sie, um sie zu behalten.</translation>
    </message>
</context>
</TS>
