<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AiActResult</name>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="28"/>
        <source>AI Act screening result</source>
        <translation>Resultaat AI-verordening-screening</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="31"/>
        <source>NOT YET SCORED</source>
        <translation>NOG NIET BEOORDEELD</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="36"/>
        <source>Answer the questions about the system to see the screening.</source>
        <translation>Beantwoord de vragen over het systeem om de screening te zien.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="58"/>
        <source>PROHIBITED PRACTICE</source>
        <translation>VERBODEN PRAKTIJK</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="60"/>
        <source>HIGH-RISK AI SYSTEM</source>
        <translation>AI-SYSTEEM MET HOOG RISICO</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="61"/>
        <source>NO PROHIBITED OR HIGH-RISK USE FOUND</source>
        <translation>GEEN VERBODEN OF HOOG-RISICOGEBRUIK GEVONDEN</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="68"/>
        <source>&lt;b&gt;Prohibited:&lt;/b&gt; %1 (prohibitions apply from %2)</source>
        <translation>&lt;b&gt;Verboden:&lt;/b&gt; %1 (verboden gelden vanaf %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="75"/>
        <source>&lt;b&gt;High-risk:&lt;/b&gt; Annex III point %1 (obligations apply from %2)</source>
        <translation>&lt;b&gt;Hoog risico:&lt;/b&gt; bijlage III punt %1 (verplichtingen gelden vanaf %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="79"/>
        <source>required (Art. 27)</source>
        <translation>vereist (art. 27)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="79"/>
        <source>not required</source>
        <translation>niet vereist</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/ai_act_result.py" line="80"/>
        <source>&lt;b&gt;Fundamental-rights impact assessment:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Effectbeoordeling grondrechten (FRIA):&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>CitationDialog</name>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="27"/>
        <source>Legal source</source>
        <translation>Juridische bron</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="48"/>
        <source>Unknown source: %s</source>
        <translation>Onbekende bron: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="58"/>
        <source>Law</source>
        <translation>Wet</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="58"/>
        <source>Guidance</source>
        <translation>Richtsnoer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="58"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="65"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="66"/>
        <source>Authority</source>
        <translation>Instantie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="67"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="68"/>
        <source>Jurisdiction</source>
        <translation>Rechtsgebied</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="69"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="70"/>
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="71"/>
        <source>Holding</source>
        <translation>Kernoverweging</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/citation_dialog.py" line="72"/>
        <source>Official text</source>
        <translation>Officiële tekst</translation>
    </message>
</context>
<context>
    <name>ComboChoiceEditor</name>
    <message>
        <location filename="../app/ui/widgets/answer_editors.py" line="98"/>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="105"/>
        <source>Compare with a version</source>
        <translation>Vergelijken met een versie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="129"/>
        <source>Compare the current state with &amp;version</source>
        <translation>De huidige stand vergelijken met &amp;versie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="142"/>
        <source>&amp;Differences</source>
        <translation>Ver&amp;schillen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="144"/>
        <source>Differences</source>
        <translation>Verschillen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="197"/>
        <source>No version has been recorded yet: use File &gt; Mark version… first.</source>
        <translation>Er is nog geen versie vastgelegd: kies eerst Bestand &gt; Versie vastleggen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="208"/>
        <source>Version &quot;%1&quot; (revision %2, %3, rules %4)</source>
        <translation>Versie &quot;%1&quot; (revisie %2, %3, regelversie %4)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="215"/>
        <source>is the same as the current state.</source>
        <translation>is gelijk aan de huidige stand.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="217"/>
        <source>differs from the current state in %1 place(s).</source>
        <translation>verschilt op %1 punt(en) van de huidige stand.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="219"/>
        <source>The verdict is not compared until the rules have loaded.</source>
        <translation>Het oordeel wordt pas vergeleken als de regels zijn geladen.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="225"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="226"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="227"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="228"/>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="229"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="251"/>
        <source>About the assessment</source>
        <translation>Over de beoordeling</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="252"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="253"/>
        <source>Workshop note</source>
        <translation>Notitie uit de werksessie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="254"/>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="255"/>
        <source>Rating override</source>
        <translation>Aangepaste beoordeling</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="256"/>
        <source>Sign-off</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="257"/>
        <source>Evaluator review</source>
        <translation>Beoordeling door de evaluator</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="258"/>
        <source>Evidence</source>
        <translation>Bewijsstuk</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="259"/>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="260"/>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="265"/>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="265"/>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="265"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="283"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="284"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="296"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="297"/>
        <source>Verdict complete?</source>
        <translation>Oordeel volledig?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="298"/>
        <source>DPIA required</source>
        <translation>DPIA verplicht</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="299"/>
        <source>Prior consultation (Art. 36) required</source>
        <translation>Voorafgaande raadpleging (art. 36 AVG) verplicht</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="302"/>
        <source>Special categories (Art. 9)</source>
        <translation>Bijzondere persoonsgegevens (art. 9 AVG)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="303"/>
        <source>AI Act</source>
        <translation>AI-verordening</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="315"/>
        <source>applies</source>
        <translation>van toepassing</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="316"/>
        <source>exception valid</source>
        <translation>uitzondering geldig</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="317"/>
        <source>exception</source>
        <translation>uitzondering</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="318"/>
        <source>prohibited practices</source>
        <translation>verboden praktijken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="319"/>
        <source>possibly prohibited practices</source>
        <translation>mogelijk verboden praktijken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="320"/>
        <source>high risk</source>
        <translation>hoog risico</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="321"/>
        <source>fundamental rights impact assessment required</source>
        <translation>effectbeoordeling grondrechten verplicht</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="333"/>
        <source>Risk %1</source>
        <translation>Risico %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="338"/>
        <source>inherent level</source>
        <translation>inherent niveau</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/compare_dialog.py" line="339"/>
        <source>residual level</source>
        <translation>restniveau</translation>
    </message>
</context>
<context>
    <name>DisputeResolver</name>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="62"/>
        <source>Keep disputed (decide later)</source>
        <translation>Betwist laten (later beslissen)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="63"/>
        <source>Keep disputed: %1</source>
        <translation>Betwist laten: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="73"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="76"/>
        <source>Take this value</source>
        <translation>Deze waarde overnemen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="78"/>
        <source>Take the value of %1: %2</source>
        <translation>De waarde van %1 overnemen: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/dispute_resolver.py" line="88"/>
        <source>(unanswered)</source>
        <translation>(niet beantwoord)</translation>
    </message>
</context>
<context>
    <name>DisputesCard</name>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="65"/>
        <source>Disputed answers (%1)</source>
        <translation>Betwiste antwoorden (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="68"/>
        <source>The assessment uses the answer shown until a dispute is resolved: decide each one, or record why it stays open, before signing. The report lists them after the sign-off table.</source>
        <translation>De beoordeling gebruikt het getoonde antwoord tot een geschil is opgelost: beslis elk geschil, of leg vast waarom het open blijft, vóór de ondertekening. Het rapport vermeldt ze na de tabel met ondertekeningen.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="72"/>
        <source>No answer is disputed.</source>
        <translation>Geen enkel antwoord wordt betwist.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="92"/>
        <source>(unanswered)</source>
        <translation>(niet beantwoord)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="94"/>
        <source>Answer now: %1</source>
        <translation>Huidig antwoord: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="96"/>
        <source>Disputed by: %1</source>
        <translation>Betwist door: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="98"/>
        <source>Why: %1</source>
        <translation>Waarom: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="102"/>
        <source>Go to question</source>
        <translation>Naar de vraag</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/disputes_card.py" line="104"/>
        <source>Go to question: %1</source>
        <translation>Naar de vraag: %1</translation>
    </message>
</context>
<context>
    <name>EffectDialog</name>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="44"/>
        <source>Effect of a measure on a risk</source>
        <translation>Effect van een maatregel op een risico</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="70"/>
        <source>Once the measure is planned or in place, the risk&apos;s residual rating is lowered by these steps (never below 1). A written justification is required; the report shows it.</source>
        <translation>Zodra de maatregel gepland of uitgevoerd is, wordt de restscore van het risico met deze stappen verlaagd (nooit onder 1). Een schriftelijke onderbouwing is verplicht; het rapport toont haar.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="82"/>
        <source>not lowered</source>
        <translation>niet verlaagd</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="83"/>
        <source>1 step lower</source>
        <translation>1 stap lager</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="84"/>
        <source>2 steps lower</source>
        <translation>2 stappen lager</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="85"/>
        <source>3 steps lower</source>
        <translation>3 stappen lager</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="95"/>
        <source>&amp;Risk</source>
        <translation>&amp;Risico</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="96"/>
        <source>S&amp;everity</source>
        <translation>&amp;Ernst</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="97"/>
        <source>&amp;Likelihood</source>
        <translation>&amp;Waarschijnlijkheid</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="98"/>
        <source>&amp;Justification (required)</source>
        <translation>&amp;Onderbouwing (verplicht)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="142"/>
        <source>Choose how many steps the measure lowers the severity or the likelihood.</source>
        <translation>Kies met hoeveel stappen de maatregel de ernst of de waarschijnlijkheid verlaagt.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/effect_dialog.py" line="147"/>
        <source>Write why the measure lowers this risk: the report shows the justification with it.</source>
        <translation>Schrijf waarom de maatregel dit risico verlaagt: het rapport toont de onderbouwing bij het effect.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="37"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="56"/>
        <source>Evidence not attached</source>
        <translation>Bewijsstuk niet toegevoegd</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="68"/>
        <source>Attach evidence</source>
        <translation>Bewijsstuk toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="70"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="82"/>
        <location filename="../app/ui/evidence_actions.py" line="89"/>
        <source>Cannot open the evidence</source>
        <translation>Kan het bewijsstuk niet openen</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="90"/>
        <source>No application opens %1 here; use “Save a copy…” instead.</source>
        <translation>Geen enkel programma opent %1 hier; gebruik in plaats daarvan “Kopie opslaan…”.</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="101"/>
        <source>Save a copy of the evidence</source>
        <translation>Een kopie van het bewijsstuk opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="108"/>
        <source>Copy not saved</source>
        <translation>Kopie niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="118"/>
        <source>Remove %1 from this item? It stays attached to the other items it supports.</source>
        <translation>%1 bij dit item verwijderen? Het blijft gekoppeld aan de andere items die het onderbouwt.</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="122"/>
        <source>Remove the evidence file %1 from the assessment? Its content is deleted from the file.</source>
        <translation>Het bewijsstuk %1 uit de beoordeling verwijderen? De inhoud ervan wordt uit het bestand gewist.</translation>
    </message>
    <message>
        <location filename="../app/ui/evidence_actions.py" line="128"/>
        <source>Remove evidence</source>
        <translation>Bewijsstuk verwijderen</translation>
    </message>
</context>
<context>
    <name>EvidenceBox</name>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="59"/>
        <source>Attach evidence…</source>
        <translation>Bewijsstuk toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="62"/>
        <source>Attach evidence</source>
        <translation>Bewijsstuk toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="64"/>
        <source>Or drop files here</source>
        <translation>Of sleep bestanden hierheen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="79"/>
        <source>Evidence</source>
        <translation>Bewijsstukken</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="85"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="86"/>
        <source>Save a copy…</source>
        <translation>Kopie opslaan…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="87"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/evidence_box.py" line="88"/>
        <source>evidence</source>
        <translation>bewijsstuk</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="44"/>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="61"/>
        <source>Evidence files</source>
        <translation>Bewijsstukken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="58"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="58"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="58"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="58"/>
        <source>Supports</source>
        <translation>Onderbouwt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="58"/>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="65"/>
        <source>Double-click or press F2 to edit the note</source>
        <translation>Dubbelklik of druk op F2 om de toelichting te bewerken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="84"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="85"/>
        <source>&amp;Save a copy…</source>
        <translation>Kopie op&amp;slaan…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="86"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="129"/>
        <source>No evidence yet. Drop a file on a question or a measure, or use its “Attach evidence…”.</source>
        <translation>Nog geen bewijsstukken. Sleep een bestand op een vraag of een maatregel, of gebruik daar “Bewijsstuk toevoegen…”.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="132"/>
        <source>%1 files, %2 in all. Limits: %3 per file, %4 and %5 files per assessment.</source>
        <translation>%1 bestanden, %2 in totaal. Grenzen: %3 per bestand, %4 en %5 bestanden per beoordeling.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="147"/>
        <source>Answer: %1</source>
        <translation>Antwoord: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/evidence_dialog.py" line="150"/>
        <source>Measure: %1</source>
        <translation>Maatregel: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="90"/>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="120"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="125"/>
        <source>&amp;Sign the report now</source>
        <translation>Rapport nu &amp;ondertekenen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="129"/>
        <source>B&amp;rowse…</source>
        <translation>Bl&amp;aderen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="144"/>
        <source>&amp;Open the report when done</source>
        <translation>Rapport o&amp;penen als het klaar is</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="147"/>
        <source>Report &amp;file</source>
        <translation>Rapport&amp;bestand</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="148"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="151"/>
        <source>&amp;Identity file</source>
        <translation>&amp;Identiteitsbestand</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="155"/>
        <source>Signing &amp;role</source>
        <translation>&amp;Rol bij ondertekening</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="110"/>
        <source>The report shows the assessment as it is in the wizard now, saved or not. Signing adds your electronic signature in the chosen role, with an identity file or a smart card or HSM; the passphrase or PIN is used once and not stored.</source>
        <translation>Het rapport toont de beoordeling zoals die nu in de wizard staat, opgeslagen of niet. Ondertekenen voegt uw elektronische handtekening toe in de gekozen rol, met een identiteitsbestand of een smartcard of HSM; de wachtwoordzin of pincode wordt één keer gebruikt en niet bewaard.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="132"/>
        <source>Identity file (.p12)</source>
        <translation>Identiteitsbestand (.p12)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="133"/>
        <source>Smart card or HSM (PKCS#11)</source>
        <translation>Smartcard of HSM (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="136"/>
        <source>PKCS#11 module, e.g. /usr/lib/opensc-pkcs11.so</source>
        <translation>PKCS#11-module, bijv. /usr/lib/opensc-pkcs11.so</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="150"/>
        <source>Sign &amp;with</source>
        <translation>Ondertekenen &amp;met</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="152"/>
        <source>PKCS#11 &amp;module</source>
        <translation>PKCS#11-m&amp;odule</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="153"/>
        <source>&amp;Token label</source>
        <translation>&amp;Tokenlabel</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="154"/>
        <source>&amp;Key label</source>
        <translation>&amp;Sleutellabel</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="156"/>
        <source>&amp;Passphrase or PIN</source>
        <translation>&amp;Wachtwoordzin of pincode</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="170"/>
        <source>A signed report is also recorded as a version in the assessment&apos;s history (its revision is named on the cover), and the assessment file is saved.</source>
        <translation>Een ondertekend rapport wordt ook als versie vastgelegd in de geschiedenis van de beoordeling (de revisie staat op het voorblad), en het beoordelingsbestand wordt opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="182"/>
        <source>Assessor</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="183"/>
        <source>Data protection officer (DPO)</source>
        <translation>Functionaris gegevensbescherming (FG)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="184"/>
        <source>Controller (decision)</source>
        <translation>Verwerkingsverantwoordelijke (besluit)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="185"/>
        <source>Reviewer (evaluator)</source>
        <translation>Toetser (evaluator)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="207"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="250"/>
        <source>Choose where to write the report</source>
        <translation>Kies waar het rapport moet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="255"/>
        <source>Enter the PKCS#11 module, the token label and the key label</source>
        <translation>Vul de PKCS#11-module, het tokenlabel en het sleutellabel in</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="257"/>
        <source>Enter the PIN of your token</source>
        <translation>Vul de pincode van uw token in</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="260"/>
        <source>Choose your signing identity</source>
        <translation>Kies uw identiteit voor ondertekening</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="262"/>
        <source>Enter the passphrase of your signing identity</source>
        <translation>Voer de wachtwoordzin van uw identiteit voor ondertekening in</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="267"/>
        <source>Export report as</source>
        <translation>Rapport exporteren als</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="276"/>
        <source>Signing identity</source>
        <translation>Identiteit voor ondertekening</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="304"/>
        <source>Replace the report?</source>
        <translation>Het rapport vervangen?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="305"/>
        <source>%1 already exists. Replace it with the new report?</source>
        <translation>%1 bestaat al. Vervangen door het nieuwe rapport?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="376"/>
        <source>Starting…</source>
        <translation>Bezig met starten…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="384"/>
        <source>Scoring the assessment</source>
        <translation>Beoordeling doorrekenen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="385"/>
        <source>Laying out the report</source>
        <translation>Rapport opmaken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="386"/>
        <source>Signing</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="387"/>
        <source>Writing the file</source>
        <translation>Bestand wegschrijven</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="388"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="407"/>
        <source>No PDF viewer</source>
        <translation>Geen pdf-viewer</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="409"/>
        <source>The report was written to %1, but no application to show PDF files was found. Open the folder that holds it instead?</source>
        <translation>Het rapport is opgeslagen als %1, maar er is geen programma gevonden dat pdf-bestanden toont. In plaats daarvan de map openen waarin het staat?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="417"/>
        <source>No file manager</source>
        <translation>Geen bestandsbeheerder</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="418"/>
        <source>No application to show folders was found either. The report is at %1.</source>
        <translation>Er is ook geen programma gevonden dat mappen toont. Het rapport staat in %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="312"/>
        <location filename="../app/ui/dialogs/export_dialog.py" line="425"/>
        <source>Cannot export the report</source>
        <translation>Kan het rapport niet exporteren</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../app/ui/file_controller.py" line="58"/>
        <source>Open assessment</source>
        <translation>Beoordeling openen</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="69"/>
        <source>Cannot open the assessment</source>
        <translation>Kan de beoordeling niet openen</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="75"/>
        <source>Opened with warnings: %s</source>
        <translation>Geopend met waarschuwingen: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="77"/>
        <source>Opened %s</source>
        <translation>%s geopend</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="88"/>
        <source>Save assessment as</source>
        <translation>Beoordeling opslaan als</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="111"/>
        <source>Cannot save the assessment</source>
        <translation>Kan de beoordeling niet opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="117"/>
        <source>Saved %s</source>
        <translation>%s opgeslagen</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="123"/>
        <source>assessment</source>
        <translation>beoordeling</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="127"/>
        <source>The file has not been changed.</source>
        <translation>Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="129"/>
        <source>Your work is still open in the wizard.</source>
        <translation>Uw werk staat nog open in de wizard.</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="145"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="146"/>
        <source>The assessment has unsaved changes. Save them first?</source>
        <translation>De beoordeling heeft niet-opgeslagen wijzigingen. Eerst opslaan?</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="171"/>
        <source>Autosave failed: %s</source>
        <translation>Automatisch opslaan mislukt: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="185"/>
        <source>an untitled assessment</source>
        <translation>een naamloze beoordeling</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="189"/>
        <source>The DPIA wizard did not close properly last time. Unsaved work on %1 was autosaved at %2.

Restore it? Choosing No discards the autosaved copy.</source>
        <translation>De DPIA-wizard is de vorige keer niet goed afgesloten. Niet-opgeslagen werk aan %1 is om %2 automatisch bewaard.

Herstellen? Met Nee wordt de automatisch bewaarde kopie verwijderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="195"/>
        <source>These evidence files could not be restored and are left out: %1</source>
        <translation>Deze bewijsstukken konden niet worden hersteld en zijn weggelaten: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="199"/>
        <source>Restore unsaved work?</source>
        <translation>Niet-opgeslagen werk herstellen?</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="210"/>
        <source>Restored unsaved work; save it to keep it.</source>
        <translation>Niet-opgeslagen werk hersteld; sla het op om het te bewaren.</translation>
    </message>
</context>
<context>
    <name>FormatExportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="41"/>
        <source>Export as Word (.docx)</source>
        <translation>Exporteren als Word (.docx)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="42"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word-documenten (*.docx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="43"/>
        <source>Word report</source>
        <translation>het Word-rapport</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="46"/>
        <source>Export the risk register as CSV</source>
        <translation>Het risicoregister exporteren als CSV</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="47"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="48"/>
        <source>CSV risk register</source>
        <translation>het CSV-risicoregister</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="51"/>
        <source>Export as Excel (.xlsx)</source>
        <translation>Exporteren als Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="52"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-werkmappen (*.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="53"/>
        <source>Excel workbook</source>
        <translation>de Excel-werkmap</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="120"/>
        <source>The full report as an editable Word document: the sections, tables and citations of the PDF, with Word headings (Insert &gt; Table of contents works). It opens in Word and LibreOffice.</source>
        <translation>Het volledige rapport als bewerkbaar Word-document: de onderdelen, tabellen en bronvermeldingen van de pdf, met Word-koppen (Invoegen &gt; Inhoudsopgave werkt). Het opent in Word en LibreOffice.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="125"/>
        <source>The risk register, one row per risk: inherent and residual severity, likelihood and level, measures and override justifications (UTF-8, with a header row).</source>
        <translation>Het risicoregister, één rij per risico: inherente en resterende ernst, waarschijnlijkheid en niveau, maatregelen en onderbouwingen van aanpassingen (UTF-8, met een kopregel).</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="129"/>
        <source>An Excel workbook with the sheets Risks (levels coloured) and Action plan (owner, due date, status).</source>
        <translation>Een Excel-werkmap met de werkbladen Risico&apos;s (niveaus in kleur) en Actieplan (eigenaar, uiterste datum, status).</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="133"/>
        <source>It shows the assessment as it is in the wizard now, saved or not.</source>
        <translation>Het toont de beoordeling zoals die nu in de wizard staat, opgeslagen of niet.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="140"/>
        <source>&amp;Browse…</source>
        <translation>Bl&amp;aderen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="146"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="153"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="193"/>
        <source>Replace the file?</source>
        <translation>Het bestand vervangen?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="194"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 bestaat al. Vervangen?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="230"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/format_export_dialog.py" line="242"/>
        <source>Cannot export the %1</source>
        <translation>Kan %1 niet exporteren</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <location filename="../app/ui/widgets/heat_map.py" line="123"/>
        <source>No risk scores yet</source>
        <translation>Nog geen risicoscores</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/heat_map.py" line="184"/>
        <source>Likelihood →</source>
        <translation>Waarschijnlijkheid →</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/heat_map.py" line="193"/>
        <source>Severity →</source>
        <translation>Ernst →</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="44"/>
        <source>Create signing identity</source>
        <translation>Identiteit voor ondertekening aanmaken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="62"/>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="70"/>
        <source>A signing identity holds your name, a certificate and a private key, protected by a passphrase of at least 8 characters. Keep the file and the passphrase safe: whoever has both can sign in your name. The wizard never stores the passphrase.</source>
        <translation>Een identiteit voor ondertekening bevat uw naam, een certificaat en een privésleutel, beschermd met een wachtwoordzin van ten minste 8 tekens. Bewaar het bestand en de wachtwoordzin zorgvuldig: wie beide heeft, kan namens u ondertekenen. De wizard bewaart de wachtwoordzin nooit.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="88"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="89"/>
        <source>&amp;Use as default identity</source>
        <translation>Als &amp;standaardidentiteit gebruiken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="92"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="93"/>
        <source>&amp;Email (optional)</source>
        <translation>&amp;E-mail (optioneel)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="94"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="95"/>
        <source>Re&amp;peat passphrase</source>
        <translation>Wachtwoordzin &amp;herhalen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="96"/>
        <source>&amp;Key type</source>
        <translation>&amp;Sleuteltype</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="97"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="108"/>
        <source>RSA 3072 bits (recommended)</source>
        <translation>RSA 3072 bits (aanbevolen)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="109"/>
        <source>ECDSA P-256 (compact, fast)</source>
        <translation>ECDSA P-256 (compact, snel)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="117"/>
        <source>Enter your name as it should appear on signatures.</source>
        <translation>Vul uw naam in zoals die bij handtekeningen moet staan.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="119"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>De wachtwoordzin moet ten minste 8 tekens hebben.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="121"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="123"/>
        <source>Choose where to save the identity file.</source>
        <translation>Kies waar het identiteitsbestand moet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="133"/>
        <source>Save signing identity as</source>
        <translation>Identiteit voor ondertekening opslaan als</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="150"/>
        <source>Creating the key…</source>
        <translation>Sleutel wordt aangemaakt…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/identity_dialog.py" line="179"/>
        <source>Cannot create the identity</source>
        <translation>Kan de identiteit niet aanmaken</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/main_window.py" line="44"/>
        <source>DPIA wizard</source>
        <translation>DPIA-wizard</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="97"/>
        <source>Loading the questionnaire…</source>
        <translation>Vragenlijst wordt geladen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="148"/>
        <source>Cannot start</source>
        <translation>Kan niet starten</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="186"/>
        <source>Live verdict</source>
        <translation>Actueel oordeel</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="196"/>
        <source>Live &amp;verdict panel</source>
        <translation>Paneel actueel &amp;oordeel</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="202"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="203"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="204"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="205"/>
        <source>Too&amp;ls</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="219"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="220"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="221"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="224"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="225"/>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="227"/>
        <source>&amp;Export report…</source>
        <translation>Rapport &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="228"/>
        <source>Write the assessment as a PDF report, signed if you wish</source>
        <translation>De gegevensbeschermingseffectbeoordeling als PDF-rapport wegschrijven, desgewenst ondertekend</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="232"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="245"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="246"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="247"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Standaardzoom</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="252"/>
        <source>Create signing &amp;identity…</source>
        <translation>&amp;Identiteit voor ondertekening aanmaken…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="254"/>
        <source>&amp;Verify signed report…</source>
        <translation>Ondertekend rapport &amp;controleren…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="256"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="264"/>
        <source>&amp;Evidence files…</source>
        <translation>&amp;Bewijsstukken…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="278"/>
        <source>&amp;Next section</source>
        <translation>&amp;Volgende onderdeel</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="279"/>
        <source>&amp;Previous section</source>
        <translation>Vo&amp;rige onderdeel</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="280"/>
        <source>Section &amp;list</source>
        <translation>&amp;Lijst van onderdelen</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="296"/>
        <source>&amp;Clear list</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="319"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="330"/>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="389"/>
        <source>signed by %1</source>
        <translation>ondertekend door %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="391"/>
        <source>not signed</source>
        <translation>niet ondertekend</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="393"/>
        <source>Report written to %1 — outcome: %2, %3</source>
        <translation>Rapport opgeslagen in %1 — uitkomst: %2, %3</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="404"/>
        <source>INCOMPLETE (%1)</source>
        <translation>ONVOLLEDIG (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="492"/>
        <source>Signing identity saved to %1</source>
        <translation>Identiteit voor ondertekening opgeslagen in %1</translation>
    </message>
</context>
<context>
    <name>MarkVersionDialog</name>
    <message>
        <location filename="../app/ui/dialogs/version_dialog.py" line="30"/>
        <source>Mark version</source>
        <translation>Versie vastleggen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/version_dialog.py" line="39"/>
        <source>e.g. v1.0 approved by the DPO</source>
        <translation>bijv. v1.0 goedgekeurd door de FG</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/version_dialog.py" line="40"/>
        <source>Version &amp;label</source>
        <translation>&amp;Label van de versie</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/version_dialog.py" line="46"/>
        <source>&amp;Record version</source>
        <translation>Versie &amp;vastleggen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/version_dialog.py" line="57"/>
        <source>Records the assessment as it is now in its history: the time, this label, the rules version, the verdict&apos;s conclusions and a snapshot of answers, notes, measures, overrides, sign-off and reviews. The file is saved (the previous one is kept as .bak). You can compare with it later.</source>
        <translation>Legt de beoordeling zoals die nu is vast in de geschiedenis: het tijdstip, dit label, de regelversie, de conclusies van het oordeel en een momentopname van antwoorden, notities, maatregelen, aanpassingen, ondertekening en toetsingen. Het bestand wordt opgeslagen (het vorige blijft bewaard als .bak). U kunt er later mee vergelijken.</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <location filename="../app/ui/pages/measures.py" line="59"/>
        <source>No measures yet: add one from the catalogue, or a custom measure.</source>
        <translation>Nog geen maatregelen: voeg er een toe uit de catalogus, of een eigen maatregel.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="71"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="72"/>
        <source>In progress</source>
        <translation>In uitvoering</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="73"/>
        <source>Implemented</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="74"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="81"/>
        <source>From the &amp;catalogue:</source>
        <translation>Uit de &amp;catalogus:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="84"/>
        <source>Catalogue measure</source>
        <translation>Maatregel uit de catalogus</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="90"/>
        <source>&amp;Add to plan</source>
        <translation>Aan plan &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="101"/>
        <source>Action &amp;plan</source>
        <translation>Actie&amp;plan</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="104"/>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="110"/>
        <source>Add c&amp;ustom measure</source>
        <translation>&amp;Eigen maatregel toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="113"/>
        <source>Re&amp;move measure</source>
        <translation>Maatregel &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="146"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="147"/>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="148"/>
        <source>&amp;Risks addressed</source>
        <translation>Aangepakte &amp;risico&apos;s</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="149"/>
        <source>&amp;Owner</source>
        <translation>&amp;Eigenaar</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="150"/>
        <source>Du&amp;e date</source>
        <translation>&amp;Uiterste datum</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="151"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="158"/>
        <source>Effects on ris&amp;ks (each with a justification)</source>
        <translation>Effecten op ris&amp;ico&apos;s (elk met een onderbouwing)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="168"/>
        <location filename="../app/ui/pages/measures.py" line="173"/>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="169"/>
        <source>Attach evidence to this measure…</source>
        <translation>Bewijsstuk bij deze maatregel toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="182"/>
        <source>Effects on risks</source>
        <translation>Effecten op risico&apos;s</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="188"/>
        <source>Add e&amp;ffect…</source>
        <translation>E&amp;ffect toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="191"/>
        <source>Edit effe&amp;ct…</source>
        <translation>Effect &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="194"/>
        <source>Remove effec&amp;t</source>
        <translation>Effect verwij&amp;deren</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="238"/>
        <source>Catalogue not loaded</source>
        <translation>Catalogus niet geladen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="263"/>
        <source>due %s</source>
        <translation>uiterlijk %s</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="266"/>
        <source>Review: %1</source>
        <translation>Oordeel evaluator: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="297"/>
        <source>Add a measure from the catalogue, or a custom one.</source>
        <translation>Voeg een maatregel toe uit de catalogus, of een eigen maatregel.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="300"/>
        <source>From the catalogue (%s): lowers the residual risk once implemented.</source>
        <translation>Uit de catalogus (%s): verlaagt het restrisico zodra de maatregel is uitgevoerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="303"/>
        <source>Custom measure</source>
        <translation>Eigen maatregel</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="322"/>
        <source>own risk</source>
        <translation>eigen risico</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="341"/>
        <source>severity −%1</source>
        <translation>ernst −%1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="343"/>
        <source>likelihood −%1</source>
        <translation>waarschijnlijkheid −%1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="267"/>
        <location filename="../app/ui/pages/measures.py" line="374"/>
        <source>(untitled measure)</source>
        <translation>(maatregel zonder titel)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="440"/>
        <source>New measure</source>
        <translation>Nieuwe maatregel</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="79"/>
        <source>Merge participants&apos; copies</source>
        <translation>Kopieën van deelnemers samenvoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="106"/>
        <source>Bro&amp;wse…</source>
        <translation>Bl&amp;aderen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="107"/>
        <source>&amp;Base (the file the copies were made from)</source>
        <translation>&amp;Basis (het bestand waarvan de kopieën zijn gemaakt)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="109"/>
        <source>The participants&apos; &amp;copies</source>
        <translation>De &amp;kopieën van de deelnemers</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="111"/>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="165"/>
        <source>The participants&apos; copies</source>
        <translation>De kopieën van de deelnemers</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="118"/>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="130"/>
        <source>Each participant worked in a copy of the assessment. Changes made in one copy are taken; a question answered differently in two copies becomes disputed, and you decide it in the next step. The base and the copies are not changed: the result is saved as a new file.</source>
        <translation>Elke deelnemer heeft in een kopie van de beoordeling gewerkt. Wijzigingen in één kopie worden overgenomen; een vraag die in twee kopieën verschillend is beantwoord, wordt betwist en u beslist erover in de volgende stap. De basis en de kopieën worden niet gewijzigd: het resultaat wordt als nieuw bestand opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="137"/>
        <source>&amp;Add copies…</source>
        <translation>Kopieën &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="138"/>
        <source>&amp;Remove copy</source>
        <translation>Kopie &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="157"/>
        <source>The base assessment</source>
        <translation>De basisbeoordeling</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="184"/>
        <source>Choose the base assessment</source>
        <translation>Kies de basisbeoordeling</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="186"/>
        <source>Add at least one participant&apos;s copy</source>
        <translation>Voeg ten minste één kopie van een deelnemer toe</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="197"/>
        <source>Nothing was merged and no file was changed.</source>
        <translation>Er is niets samengevoegd en geen enkel bestand is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="198"/>
        <source>Cannot merge the copies</source>
        <translation>Kan de kopieën niet samenvoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="231"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="236"/>
        <source>&amp;Save merged assessment…</source>
        <translation>Samengevoegde beoordeling op&amp;slaan…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="261"/>
        <source>%1 change(s) taken from the copies.</source>
        <translation>%1 wijziging(en) overgenomen uit de kopieën.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="264"/>
        <source>%1 question(s) were answered differently: take one participant&apos;s value, or keep the question disputed to decide it in the workshop. Base is the value in the file the copies were made from; a disputed question keeps it.</source>
        <translation>Verschillend beantwoorde vragen: %1. Neem de waarde van één deelnemer over, of laat de vraag betwist om erover te beslissen in de werksessie. Basis is de waarde in het bestand waarvan de kopieën zijn gemaakt; een betwiste vraag behoudt die.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="269"/>
        <source>No question was answered differently.</source>
        <translation>Geen enkele vraag werd verschillend beantwoord.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="271"/>
        <source>%1 other conflict(s) kept the base, listed below.</source>
        <translation>Bij %1 ander(e) conflict(en) is de basis behouden; zie hieronder.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="277"/>
        <source>Other conflicts (the base was kept):</source>
        <translation>Andere conflicten (de basis is behouden):</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="303"/>
        <source>Save the merged assessment as</source>
        <translation>Samengevoegde beoordeling opslaan als</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="316"/>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="329"/>
        <source>Cannot save the merged assessment</source>
        <translation>Kan de samengevoegde beoordeling niet opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="328"/>
        <source>The merged assessment is saved as a new file; choose another name.</source>
        <translation>De samengevoegde beoordeling wordt als nieuw bestand opgeslagen; kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="337"/>
        <source>Replace the file?</source>
        <translation>Het bestand vervangen?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/merge_dialog.py" line="338"/>
        <source>%1 already exists. Replace it with the merged assessment?</source>
        <translation>%1 bestaat al. Vervangen door de samengevoegde beoordeling?</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="27"/>
        <source>About this assessment</source>
        <translation>Over deze beoordeling</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="38"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="45"/>
        <source>&amp;Title of the assessment</source>
        <translation>&amp;Titel van de beoordeling</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="46"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="47"/>
        <source>&amp;Controller (legal entity)</source>
        <translation>&amp;Verwerkingsverantwoordelijke (rechtspersoon)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="48"/>
        <source>&amp;Assessor</source>
        <translation>&amp;Beoordelaar</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="49"/>
        <source>&amp;DPO</source>
        <translation>&amp;FG</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="50"/>
        <source>Ve&amp;rsion</source>
        <translation>Ve&amp;rsie</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="54"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="54"/>
        <source>In review</source>
        <translation>In beoordeling</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="54"/>
        <source>Final</source>
        <translation>Definitief</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="83"/>
        <source>Cannot change the status</source>
        <translation>Kan de status niet wijzigen</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="24"/>
        <source>The room disagrees with this answer (disputed)</source>
        <translation>De groep is het niet eens met dit antwoord (betwist)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="37"/>
        <source>Workshop note</source>
        <translation>Notitie uit de werksessie</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="38"/>
        <source>Answer disputed</source>
        <translation>Antwoord betwist</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="39"/>
        <location filename="../app/ui/widgets/note_editor.py" line="53"/>
        <source>Disputed by</source>
        <translation>Betwist door</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="40"/>
        <source>Why it is disputed</source>
        <translation>Waarom het betwist wordt</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="44"/>
        <source>Name or role of who disagrees</source>
        <translation>Naam of rol van wie het oneens is</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="45"/>
        <source>What they disagree with, and why</source>
        <translation>Waarmee men het oneens is, en waarom</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="51"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/note_editor.py" line="54"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../app/ui/widgets/optional_date_edit.py" line="67"/>
        <source>Not set</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/optional_date_edit.py" line="74"/>
        <source>Choose from a calendar</source>
        <translation>Kiezen in een kalender</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/optional_date_edit.py" line="75"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Kiezen in een kalender (Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/optional_date_edit.py" line="147"/>
        <source>Not a date: type it as 2027-02-01 or %1, or choose it from the calendar.</source>
        <translation>Geen datum: typ hem als 2027-02-01 of %1, of kies hem in de kalender.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/optional_date_edit.py" line="154"/>
        <source>Type a date such as 2027-02-01 or %1; Up and Down change it by a day</source>
        <translation>Typ een datum zoals 2027-02-01 of %1; Omhoog en Omlaag veranderen hem met een dag</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../app/ui/labels.py" line="11"/>
        <source>PROCEED</source>
        <translation>DOORGAAN</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="12"/>
        <source>PROCEED WITH MEASURES</source>
        <translation>DOORGAAN MET MAATREGELEN</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="13"/>
        <source>PRIOR CONSULTATION (ART. 36)</source>
        <translation>VOORAFGAANDE RAADPLEGING AP (ART. 36)</translation>
    </message>
    <message>
        <location filename="../app/ui/labels.py" line="14"/>
        <source>DO NOT PROCEED</source>
        <translation>NIET DOORGAAN</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="42"/>
        <source>Override risk rating</source>
        <translation>Risicobeoordeling aanpassen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="69"/>
        <source>You may replace the computed rating with your own. A written justification is required; the report shows it next to the rating.</source>
        <translation>U mag de berekende beoordeling vervangen door uw eigen beoordeling. Een schriftelijke onderbouwing is verplicht; het rapport toont die naast de beoordeling.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="77"/>
        <source>Residual (after measures)</source>
        <translation>Restrisico (na maatregelen)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="77"/>
        <source>Inherent (before measures)</source>
        <translation>Inherent (vóór maatregelen)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="88"/>
        <source>&amp;Stage</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="89"/>
        <source>S&amp;everity</source>
        <translation>&amp;Ernst</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="90"/>
        <source>&amp;Likelihood</source>
        <translation>&amp;Waarschijnlijkheid</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="91"/>
        <source>&amp;Justification (required)</source>
        <translation>&amp;Onderbouwing (verplicht)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="92"/>
        <source>&amp;Author</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="117"/>
        <source>Write why you override the rating: the report shows this justification next to it.</source>
        <translation>Schrijf waarom u de beoordeling aanpast: het rapport toont deze onderbouwing ernaast.</translation>
    </message>
</context>
<context>
    <name>OwnRiskDialog</name>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="54"/>
        <source>Edit own risk</source>
        <translation>Eigen risico bewerken</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="54"/>
        <source>Add own risk</source>
        <translation>Eigen risico toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="78"/>
        <source>A risk the catalogue does not name. Rate it before measures on the CNIL scales and write why for each rating: the report shows your reasons next to the risk.</source>
        <translation>Een risico dat de catalogus niet noemt. Beoordeel het vóór maatregelen op de schalen van de CNIL en schrijf bij elke beoordeling waarom: het rapport toont uw redenen naast het risico.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="100"/>
        <source>&amp;Title (required)</source>
        <translation>&amp;Titel (verplicht)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="101"/>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="102"/>
        <source>S&amp;everity</source>
        <translation>&amp;Ernst</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="103"/>
        <source>&amp;Why this severity (required)</source>
        <translation>&amp;Waarom deze ernst (verplicht)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="104"/>
        <source>&amp;Likelihood</source>
        <translation>Waarschijn&amp;lijkheid</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="106"/>
        <source>W&amp;hy this likelihood (required)</source>
        <translation>Waaro&amp;m deze waarschijnlijkheid (verplicht)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="110"/>
        <source>&amp;Author</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="129"/>
        <source>Give the risk a title: the register and the heat maps name it.</source>
        <translation>Geef het risico een titel: het risicoregister en de risicomatrices gebruiken die naam.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="134"/>
        <source>Write why the severity is this level: the report shows it next to the rating.</source>
        <translation>Schrijf waarom de ernst dit niveau heeft: het rapport toont dit naast de beoordeling.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/own_risk_dialog.py" line="139"/>
        <source>Write why the likelihood is this level: the report shows it next to the rating.</source>
        <translation>Schrijf waarom de waarschijnlijkheid dit niveau heeft: het rapport toont dit naast de beoordeling.</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="59"/>
        <source>DISPUTED</source>
        <translation>BETWIST</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="62"/>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="64"/>
        <source>Needed for the verdict</source>
        <translation>Nodig voor het oordeel</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="65"/>
        <source>The verdict cannot be decided until this is answered</source>
        <translation>Het oordeel kan pas worden gegeven als dit is beantwoord</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="68"/>
        <source>Answered — to verify</source>
        <translation>Beantwoord — te verifiëren</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="78"/>
        <source>Why we ask this</source>
        <translation>Waarom we dit vragen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="79"/>
        <source>Note or dispute</source>
        <translation>Notitie of bezwaar</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="83"/>
        <source>Clear answer</source>
        <translation>Antwoord wissen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="104"/>
        <source>Legal references</source>
        <translation>Juridische bronnen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="117"/>
        <source>Why we ask this: %s</source>
        <translation>Waarom we dit vragen: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="146"/>
        <source>Answered, but the verdict still waits for a check: %s</source>
        <translation>Beantwoord, maar het oordeel wacht nog op een controle: %s</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../app/ui/pages/question_page.py" line="39"/>
        <source>No question of this section applies to your answers.</source>
        <translation>Geen enkele vraag van dit onderdeel is van toepassing op uw antwoorden.</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <location filename="../app/ui/verify_action.py" line="39"/>
        <source>Verify signed report</source>
        <translation>Ondertekend rapport controleren</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="53"/>
        <source>Report verified</source>
        <translation>Rapport gecontroleerd</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="55"/>
        <source>Report not verified</source>
        <translation>Rapport niet bevestigd</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="60"/>
        <source>NOT INTACT: the report was changed or a signature is broken.</source>
        <translation>NIET INTACT: het rapport is gewijzigd of een handtekening is ongeldig.</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="64"/>
        <source>Intact, but not every signer is trusted: compare the fingerprints with the signers&apos;, or put their certificates (or their CA&apos;s) in the trusted certificates folder (Settings).</source>
        <translation>Intact, maar niet elke ondertekenaar wordt vertrouwd: vergelijk de vingerafdrukken met die van de ondertekenaars, of zet hun certificaten (of die van hun CA) in de map met vertrouwde certificaten (Instellingen).</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="69"/>
        <source>Intact, and every signer is trusted.</source>
        <translation>Intact, en elke ondertekenaar wordt vertrouwd.</translation>
    </message>
    <message>
        <location filename="../app/ui/verify_action.py" line="72"/>
        <source>Cannot verify the report</source>
        <translation>Kan het rapport niet controleren</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="64"/>
        <source>Compare with that version…</source>
        <translation>Vergelijken met die versie…</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="67"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="69"/>
        <source>Dismiss the review banner</source>
        <translation>De melding over herbeoordeling sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="108"/>
        <source>Review notice</source>
        <translation>Melding over herbeoordeling</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="124"/>
        <source>The rules changed since version &quot;%1&quot; (rules %2, now %3). Its conclusions no longer hold under the current rules:</source>
        <translation>De regels zijn gewijzigd sinds versie &quot;%1&quot; (regelversie %2, nu %3). De conclusies ervan gelden niet meer onder de huidige regels:</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="130"/>
        <source>… and %1 more (see the comparison)</source>
        <translation>… en nog %1 (zie de vergelijking)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="135"/>
        <source>The rules were updated since version &quot;%1&quot; (rules %2, now %3); its conclusions still hold.</source>
        <translation>De regels zijn bijgewerkt sinds versie &quot;%1&quot; (regelversie %2, nu %3); de conclusies ervan gelden nog.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="146"/>
        <source>now raised: %1</source>
        <translation>nu gemeld: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="147"/>
        <source>no longer raised: %1</source>
        <translation>niet meer gemeld: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="148"/>
        <source>changed: %1</source>
        <translation>gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="161"/>
        <source>Review overdue: the next review was due on %1 (%2 days ago).</source>
        <translation>Herbeoordeling te laat: de volgende herbeoordeling was gepland op %1 (%2 dagen geleden).</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="164"/>
        <source>Review due today (%1).</source>
        <translation>Herbeoordeling gepland voor vandaag (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_banner.py" line="165"/>
        <source>Next review due on %1.</source>
        <translation>Volgende herbeoordeling gepland op %1.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="46"/>
        <source>Acceptable</source>
        <translation>Aanvaardbaar</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="47"/>
        <source>Improvable</source>
        <translation>Voor verbetering vatbaar</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="48"/>
        <source>To correct</source>
        <translation>Te corrigeren</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="56"/>
        <source>Not reviewed</source>
        <translation>Niet getoetst</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="89"/>
        <location filename="../app/ui/widgets/review_panel.py" line="155"/>
        <source>Evaluator review</source>
        <translation>Beoordeling door de evaluator</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="120"/>
        <source>Required unless acceptable: what to improve or correct</source>
        <translation>Verplicht tenzij aanvaardbaar: wat te verbeteren of te corrigeren</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="122"/>
        <source>Name of the evaluator</source>
        <translation>Naam van de evaluator</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="123"/>
        <location filename="../app/ui/widgets/review_panel.py" line="136"/>
        <source>Record review</source>
        <translation>Oordeel vastleggen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="126"/>
        <source>Judgement</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="127"/>
        <source>Comment</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="128"/>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="185"/>
        <location filename="../app/ui/widgets/review_panel.py" line="198"/>
        <source>Review not recorded</source>
        <translation>Oordeel niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/review_panel.py" line="185"/>
        <source>Name the evaluator first.</source>
        <translation>Vul eerst de naam van de evaluator in.</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <location filename="../app/ui/pages/risks.py" line="57"/>
        <source>Inherent risk (before measures)</source>
        <translation>Inherent risico (vóór maatregelen)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="59"/>
        <source>Residual risk (after measures)</source>
        <translation>Restrisico (na maatregelen)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="76"/>
        <source>Risk scores appear here once the rules have been applied.</source>
        <translation>Risicoscores verschijnen hier zodra de regels zijn toegepast.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="81"/>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="83"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="83"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="83"/>
        <location filename="../app/ui/pages/risks.py" line="274"/>
        <source>Inherent</source>
        <translation>Inherent</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="83"/>
        <location filename="../app/ui/pages/risks.py" line="274"/>
        <source>Residual</source>
        <translation>Restrisico</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="83"/>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="102"/>
        <source>&amp;Override rating…</source>
        <translation>Beoordeling &amp;aanpassen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="105"/>
        <source>&amp;Remove overrides</source>
        <translation>Aanpassingen &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="110"/>
        <source>Add o&amp;wn risk…</source>
        <translation>&amp;Eigen risico toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="112"/>
        <source>A risk the catalogue does not name, rated with your reasons</source>
        <translation>Een risico dat de catalogus niet noemt, beoordeeld met uw redenen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="114"/>
        <source>&amp;Edit own risk…</source>
        <translation>Eigen risico &amp;bewerken…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="117"/>
        <source>Remove own r&amp;isk</source>
        <translation>Eigen risico verwij&amp;deren</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/risks.py" line="146"/>
        <source>%n risk(s) apply to this deployment. Select one to see why and to override its rating.</source>
        <translation>
            <numerusform>%n risico is van toepassing op deze inzet. Selecteer het om te zien waarom en om de beoordeling aan te passen.</numerusform>
            <numerusform>%n risico&apos;s zijn van toepassing op deze inzet. Selecteer er een om te zien waarom en om de beoordeling aan te passen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="178"/>
        <source>own risk</source>
        <translation>eigen risico</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="208"/>
        <source>overridden</source>
        <translation>aangepast</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="234"/>
        <source>(untitled measure)</source>
        <translation>(maatregel zonder titel)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="273"/>
        <source>rating overridden</source>
        <translation>(beoordeling aangepast)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="278"/>
        <location filename="../app/ui/pages/risks.py" line="300"/>
        <source>Lowered by “%1”: %2</source>
        <translation>Verlaagd door “%1”: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="291"/>
        <source>Own risk: severity %1 because</source>
        <translation>Eigen risico: ernst %1 omdat</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="292"/>
        <source>likelihood %1 because</source>
        <translation>waarschijnlijkheid %1 omdat</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="306"/>
        <source>severity −%1</source>
        <translation>ernst −%1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="308"/>
        <source>likelihood −%1</source>
        <translation>waarschijnlijkheid −%1</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="343"/>
        <source>Remove own risk</source>
        <translation>Eigen risico verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="345"/>
        <source>Remove the risk “%1” with its ratings, reasons and the measures’ effects on it?</source>
        <translation>Het risico “%1” verwijderen, met zijn beoordelingen, redenen en de effecten van maatregelen erop?</translation>
    </message>
</context>
<context>
    <name>RoleDelegate</name>
    <message>
        <location filename="../app/ui/widgets/role_delegate.py" line="20"/>
        <source>Assessor</source>
        <translation>Beoordelaar</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/role_delegate.py" line="21"/>
        <source>Data protection officer (DPO)</source>
        <translation>Functionaris gegevensbescherming (FG)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/role_delegate.py" line="22"/>
        <source>Controller (decision)</source>
        <translation>Verwerkingsverantwoordelijke (besluit)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/role_delegate.py" line="23"/>
        <source>Reviewer (evaluator)</source>
        <translation>Toetser (evaluator)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/role_delegate.py" line="36"/>
        <source>Signature role</source>
        <translation>Rol bij ondertekening</translation>
    </message>
</context>
<context>
    <name>ScreeningResult</name>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="25"/>
        <source>Screening result</source>
        <translation>Resultaat van de screening</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="28"/>
        <source>NOT YET SCORED</source>
        <translation>NOG NIET BEOORDEELD</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="33"/>
        <source>Answer the questions about the system to see the screening.</source>
        <translation>Beantwoord de vragen over het systeem om de screening te zien.</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="41"/>
        <source>DPIA REQUIRED</source>
        <translation>DPIA VERPLICHT</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="41"/>
        <source>DPIA NOT REQUIRED</source>
        <translation>DPIA NIET VERPLICHT</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="45"/>
        <source>WP248 criteria met: %1 of %2</source>
        <translation>Criteria WP248 vervuld: %1 van %2</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="49"/>
        <source>Why a DPIA is required:</source>
        <translation>Waarom een DPIA verplicht is:</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="56"/>
        <source>met</source>
        <translation>vervuld</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="56"/>
        <source>not met</source>
        <translation>niet vervuld</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/screening_result.py" line="56"/>
        <source>not yet known</source>
        <translation>nog niet bekend</translation>
    </message>
</context>
<context>
    <name>SectionList</name>
    <message>
        <location filename="../app/ui/section_list.py" line="28"/>
        <location filename="../app/ui/section_list.py" line="41"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../app/ui/section_list.py" line="36"/>
        <source>Required questions answered</source>
        <translation>Verplichte vragen beantwoord</translation>
    </message>
    <message>
        <location filename="../app/ui/section_list.py" line="69"/>
        <source>%1 of %2 required answers given</source>
        <translation>%1 van %2 verplichte antwoorden gegeven</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/section_list.py" line="82"/>
        <source>(%n open)</source>
        <translation>
            <numerusform>(%n open)</numerusform>
            <numerusform>(%n open)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/section_list.py" line="89"/>
        <source>Review: %1</source>
        <translation>Oordeel evaluator: %1</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../app/ui/pages/section_page.py" line="57"/>
        <source>Legal basis</source>
        <translation>Rechtsgrond</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="55"/>
        <source>The interface and the questions switch language as soon as you press OK.</source>
        <translation>De interface en de vragen wisselen van taal zodra u op OK drukt.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="60"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="63"/>
        <source>Signers whose certificate (or whose CA&apos;s certificate) is in this folder are trusted</source>
        <translation>Ondertekenaars van wie het certificaat (of het certificaat van hun CA) in deze map staat, worden vertrouwd</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="66"/>
        <source>Bro&amp;wse…</source>
        <translation>Bl&amp;aderen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="75"/>
        <source>&amp;Clear recent files</source>
        <translation>Recente bestanden &amp;wissen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="78"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="79"/>
        <source>Default signing &amp;identity</source>
        <translation>&amp;Identiteit voor ondertekening</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="80"/>
        <source>&amp;Trusted certificates folder</source>
        <translation>Map met &amp;vertrouwde certificaten</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="81"/>
        <source>&amp;Autosave after</source>
        <translation>&amp;Automatisch opslaan na</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="82"/>
        <source>Default &amp;zoom</source>
        <translation>Standaard&amp;zoom</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="83"/>
        <source>Recent files</source>
        <translation>Recente bestanden</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="92"/>
        <source>How long after an unsaved change the recovery copy is written</source>
        <translation>Hoe lang na een niet-opgeslagen wijziging de herstelkopie wordt weggeschreven</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="93"/>
        <source>The presentation zoom that View &gt; Reset zoom (Ctrl+0) returns to</source>
        <translation>De presentatiezoom waarnaar Beeld &gt; Standaardzoom (Ctrl+0) terugkeert</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="103"/>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Standaardwaarden herstellen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="138"/>
        <source>Default signing identity</source>
        <translation>Standaardidentiteit voor ondertekening</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/settings_dialog.py" line="145"/>
        <source>Trusted certificates folder</source>
        <translation>Map met vertrouwde certificaten</translation>
    </message>
</context>
<context>
    <name>SignOffPage</name>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="61"/>
        <source>Sign-off (ICO step 7)</source>
        <translation>Ondertekening en vaststelling (ICO-stap 7)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="66"/>
        <source>&amp;Measures approved by</source>
        <translation>&amp;Maatregelen goedgekeurd door</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="67"/>
        <source>&amp;Residual risks approved by</source>
        <translation>&amp;Restrisico&apos;s goedgekeurd door</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="68"/>
        <source>&amp;DPO advice</source>
        <translation>Advies van de &amp;FG</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="69"/>
        <source>Summary of DPO advice (for the report)</source>
        <translation>Samenvatting van het advies van de functionaris gegevensbescherming (voor het rapport)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="71"/>
        <source>DPO advice was</source>
        <translation>Het advies van de FG is</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="73"/>
        <source>If overruled, the reasons</source>
        <translation>Indien niet gevolgd, de redenen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="74"/>
        <source>&amp;Consultation responses reviewed by</source>
        <translation>&amp;Reacties op de raadpleging beoordeeld door</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="77"/>
        <source>Nex&amp;t review date</source>
        <translation>Volgende &amp;herbeoordeling</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="114"/>
        <source>Not yet recorded</source>
        <translation>Nog niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="114"/>
        <source>Acce&amp;pted</source>
        <translation>&amp;Gevolgd</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="114"/>
        <source>&amp;Overruled</source>
        <translation>&amp;Niet gevolgd</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="118"/>
        <source>DPO advice was: %s</source>
        <translation>Het advies van de FG is: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="127"/>
        <source>Sig&amp;natures: who signed, in which role, when</source>
        <translation>Onder&amp;tekeningen: wie tekende, in welke rol, wanneer</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="131"/>
        <source>Sign-off records</source>
        <translation>Ondertekeningen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="132"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="132"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="136"/>
        <source>Type the date as 2027-02-01</source>
        <translation>Typ de datum als 2027-02-01</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="148"/>
        <source>Add &amp;signature record</source>
        <translation>Ondertekening toe&amp;voegen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="151"/>
        <source>Remove signat&amp;ure record</source>
        <translation>Ondertekening verwij&amp;deren</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="177"/>
        <source>“%1” is not a date: type it as 2027-02-01.</source>
        <translation>“%1” is geen datum: typ hem als 2027-02-01.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="200"/>
        <source>Partic&amp;ipants and roles</source>
        <translation>&amp;Deelnemers en rollen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="203"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="132"/>
        <location filename="../app/ui/pages/sign_off.py" line="205"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="132"/>
        <location filename="../app/ui/pages/sign_off.py" line="205"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="205"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="205"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="220"/>
        <source>&amp;Add participant</source>
        <translation>Deelnemer &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="223"/>
        <source>R&amp;emove participant</source>
        <translation>Deelnemer &amp;verwijderen</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="129"/>
        <source>DPIA required (Art. 35)</source>
        <translation>DPIA verplicht (art. 35 AVG)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="130"/>
        <source>Prior consultation (Art. 36)</source>
        <translation>Voorafgaande raadpleging (art. 36 AVG)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="131"/>
        <source>Special-category data (Art. 9)</source>
        <translation>Bijzondere persoonsgegevens (art. 9 AVG, UAVG)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="132"/>
        <source>AI Act</source>
        <translation>AI-verordening</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="138"/>
        <source>Top findings</source>
        <translation>Belangrijkste bevindingen</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="152"/>
        <source>SCORING…</source>
        <translation>BEZIG MET BEOORDELEN…</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="153"/>
        <source>The verdict appears here and follows every answer.</source>
        <translation>Het oordeel verschijnt hier en volgt elk antwoord.</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="159"/>
        <source>NO VERDICT</source>
        <translation>GEEN OORDEEL</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="160"/>
        <source>The rules could not be loaded or applied:
%s</source>
        <translation>De regels konden niet worden geladen of toegepast:
%s</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="231"/>
        <source>Verdict: %s</source>
        <translation>Oordeel: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="79"/>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="80"/>
        <source>Retry loading the rules</source>
        <translation>De regels opnieuw laden</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="133"/>
        <source>Answers needed for the verdict</source>
        <translation>Antwoorden nodig voor het oordeel</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="134"/>
        <source>To verify</source>
        <translation>Te verifiëren</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="183"/>
        <source>INCOMPLETE</source>
        <translation>ONVOLLEDIG</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="202"/>
        <source>1 answer needed</source>
        <translation>1 antwoord nodig</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="203"/>
        <source>%1 answers needed</source>
        <translation>%1 antwoorden nodig</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="207"/>
        <source>1 answer to verify</source>
        <translation>1 antwoord te verifiëren</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="208"/>
        <source>%1 answers to verify</source>
        <translation>%1 antwoorden te verifiëren</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="235"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="235"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="239"/>
        <source>Not yet known</source>
        <translation>Nog niet bekend</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="241"/>
        <source>Does not apply</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="243"/>
        <source>applies; the exception relied on holds</source>
        <translation>van toepassing; de ingeroepen uitzondering is geldig</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="244"/>
        <source>applies; no valid exception</source>
        <translation>van toepassing; geen geldige uitzondering</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="245"/>
        <source>applies; exception not yet established</source>
        <translation>van toepassing; uitzondering nog niet vastgesteld</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="257"/>
        <source>Possibly prohibited until the answers are complete: %s</source>
        <translation>Mogelijk verboden zolang de antwoorden onvolledig zijn: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="254"/>
        <source>PROHIBITED practice: %s</source>
        <translation>VERBODEN praktijk: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="260"/>
        <source>High-risk (Annex III %s)</source>
        <translation>Hoog risico (bijlage III %s)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="260"/>
        <source>High-risk</source>
        <translation>Hoog risico</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="262"/>
        <source>Fundamental-rights impact assessment required (Art. 27)</source>
        <translation>Effectbeoordeling grondrechten verplicht (art. 27)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="263"/>
        <source>No prohibited or high-risk use found</source>
        <translation>Geen verboden of hoog-risicogebruik gevonden</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="270"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/verdict_panel.py" line="291"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/verdict_panel.py" line="316"/>
        <source>%n more finding(s) in the report</source>
        <translation>
            <numerusform>Nog %n bevinding in het rapport</numerusform>
            <numerusform>Nog %n bevindingen in het rapport</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="321"/>
        <source>CRITICAL</source>
        <translation>KRITIEK</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="322"/>
        <source>WARNING</source>
        <translation>WAARSCHUWING</translation>
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
        <translation>Melding over herbeoordeling</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="81"/>
        <source>&amp;Mark version…</source>
        <translation>&amp;Versie vastleggen…</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="84"/>
        <source>Record the assessment as it is now as a version in its history</source>
        <translation>De beoordeling zoals die nu is als versie vastleggen in de geschiedenis</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="87"/>
        <source>Compare with a &amp;version…</source>
        <translation>Ver&amp;gelijken met een versie…</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="90"/>
        <source>See a recorded version side by side with the current state</source>
        <translation>Een vastgelegde versie naast de huidige stand bekijken</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="127"/>
        <source>Cannot record the version</source>
        <translation>Kan de versie niet vastleggen</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="133"/>
        <source>Recorded version &quot;%1&quot; as revision %2</source>
        <translation>Versie &quot;%1&quot; vastgelegd als revisie %2</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="147"/>
        <source>No versions yet</source>
        <translation>Nog geen versies</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="148"/>
        <source>No version of this assessment has been recorded. Use File &gt; Mark version… first.</source>
        <translation>Er is nog geen versie van deze beoordeling vastgelegd. Kies eerst Bestand &gt; Versie vastleggen…</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="190"/>
        <source>The signed report was recorded as version &quot;%1&quot; (revision %2)</source>
        <translation>Het ondertekende rapport is vastgelegd als versie &quot;%1&quot; (revisie %2)</translation>
    </message>
    <message>
        <location filename="../app/ui/versions.py" line="192"/>
        <source>; save the assessment to keep it</source>
        <translation>; sla de beoordeling op om die te bewaren</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../app/ui/wizard.py" line="88"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="90"/>
        <source>Previous section (Ctrl+PgUp)</source>
        <translation>Vorige onderdeel (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="91"/>
        <location filename="../app/ui/wizard.py" line="207"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="93"/>
        <location filename="../app/ui/wizard.py" line="208"/>
        <source>Next section (Ctrl+PgDown)</source>
        <translation>Volgende onderdeel (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="198"/>
        <source>Section %1 of %2</source>
        <translation>Onderdeel %1 van %2</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="204"/>
        <source>E&amp;xport report…</source>
        <translation>Rapport e&amp;xporteren…</translation>
    </message>
    <message>
        <location filename="../app/ui/wizard.py" line="205"/>
        <source>Write the assessment as a PDF report (Ctrl+E)</source>
        <translation>De beoordeling als pdf-rapport schrijven (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="35"/>
        <source>Expor&amp;t as</source>
        <translation>Expor&amp;teren als</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="38"/>
        <source>&amp;Word document (.docx)…</source>
        <translation>&amp;Word-document (.docx)…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="39"/>
        <source>&amp;CSV risk register…</source>
        <translation>&amp;CSV-risicoregister…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="40"/>
        <source>E&amp;xcel workbook (.xlsx)…</source>
        <translation>E&amp;xcel-werkmap (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="47"/>
        <source>&amp;Merge participants&apos; copies…</source>
        <translation>&amp;Kopieën van deelnemers samenvoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="48"/>
        <source>Bring the copies a workshop&apos;s participants edited together</source>
        <translation>De kopieën die de deelnemers aan een werksessie hebben bewerkt samenvoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="50"/>
        <source>&amp;Import from the CNIL PIA tool…</source>
        <translation>&amp;Importeren uit de PIA-tool van de CNIL…</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="85"/>
        <source>Written to %1 (%2 KB)</source>
        <translation>Opgeslagen in %1 (%2 KB)</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="113"/>
        <source>Merged assessment saved to %1 and opened</source>
        <translation>Samengevoegde beoordeling opgeslagen in %1 en geopend</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="122"/>
        <source>Import from the CNIL PIA tool</source>
        <translation>Importeren uit de PIA-tool van de CNIL</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="129"/>
        <source>Nothing was imported; the open assessment is unchanged.</source>
        <translation>Er is niets geïmporteerd; de geopende beoordeling is ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="130"/>
        <source>Cannot import the CNIL export</source>
        <translation>Kan de CNIL-export niet importeren</translation>
    </message>
    <message>
        <location filename="../app/ui/workshop_actions.py" line="137"/>
        <source>Imported %1: %2 measure(s), %3 review(s). The assessment is not saved yet: save it to keep it.</source>
        <translation>%1 geïmporteerd: %2 maatregel(en), %3 toetsing(en). De beoordeling is nog niet opgeslagen: sla haar op om haar te bewaren.</translation>
    </message>
</context>
</TS>
