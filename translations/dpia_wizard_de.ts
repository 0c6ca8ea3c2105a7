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
    <name>ExportDialog</name>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="84"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="112"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="117"/>
        <source>&amp;Sign the report now</source>
        <translation>Bericht jetzt &amp;signieren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="121"/>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="136"/>
        <source>&amp;Open the report when done</source>
        <translation>Bericht nach Abschluss ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="139"/>
        <source>Report &amp;file</source>
        <translation>Bericht&amp;datei</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="140"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="143"/>
        <source>&amp;Identity file</source>
        <translation>&amp;Identitätsdatei</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="147"/>
        <source>Signing &amp;role</source>
        <translation>Signatur&amp;rolle</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="102"/>
        <source>The report shows the assessment as it is in the wizard now, saved or not. Signing adds your electronic signature in the chosen role, with an identity file or a smart card or HSM; the passphrase or PIN is used once and not stored.</source>
        <translation>Der Bericht zeigt die Bewertung so, wie sie jetzt im Assistenten ist, gespeichert oder nicht. Beim Signieren wird Ihre elektronische Signatur in der gewählten Rolle hinzugefügt, mit einer Identitätsdatei, einer Chipkarte oder einem HSM; die Passphrase oder PIN wird einmal verwendet und nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="124"/>
        <source>Identity file (.p12)</source>
        <translation>Identitätsdatei (.p12)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="125"/>
        <source>Smart card or HSM (PKCS#11)</source>
        <translation>Chipkarte oder HSM (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="128"/>
        <source>PKCS#11 module, e.g. /usr/lib/opensc-pkcs11.so</source>
        <translation>PKCS#11-Modul, z. B. /usr/lib/opensc-pkcs11.so</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="142"/>
        <source>Sign &amp;with</source>
        <translation>Signieren &amp;mit</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="144"/>
        <source>PKCS#11 &amp;module</source>
        <translation>PKCS#11-&amp;Modul</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="145"/>
        <source>&amp;Token label</source>
        <translation>&amp;Token-Bezeichnung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="146"/>
        <source>&amp;Key label</source>
        <translation>&amp;Schlüsselbezeichnung</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="148"/>
        <source>&amp;Passphrase or PIN</source>
        <translation>&amp;Passphrase oder PIN</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="159"/>
        <source>Assessor</source>
        <translation>Bewertende Person</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="160"/>
        <source>Data protection officer (DPO)</source>
        <translation>Datenschutzbeauftragte(r) (DSB)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="161"/>
        <source>Controller (decision)</source>
        <translation>Verantwortlicher (Entscheidung)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="183"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="225"/>
        <source>Choose where to write the report</source>
        <translation>Wählen Sie, wohin der Bericht geschrieben wird</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="230"/>
        <source>Enter the PKCS#11 module, the token label and the key label</source>
        <translation>Geben Sie das PKCS#11-Modul, die Token-Bezeichnung und die Schlüsselbezeichnung ein</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="232"/>
        <source>Enter the PIN of your token</source>
        <translation>Geben Sie die PIN Ihres Tokens ein</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="235"/>
        <source>Choose your signing identity</source>
        <translation>Wählen Sie Ihre Signaturidentität</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="237"/>
        <source>Enter the passphrase of your signing identity</source>
        <translation>Geben Sie die Passphrase Ihrer Signaturidentität ein</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="242"/>
        <source>Export report as</source>
        <translation>Bericht exportieren als</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="251"/>
        <source>Signing identity</source>
        <translation>Signaturidentität</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="289"/>
        <source>Replace the report?</source>
        <translation>Bericht ersetzen?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="290"/>
        <source>%1 already exists. Replace it with the new report?</source>
        <translation>%1 ist bereits vorhanden. Durch den neuen Bericht ersetzen?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="348"/>
        <source>Starting…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="356"/>
        <source>Scoring the assessment</source>
        <translation>Bewertung wird berechnet</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="357"/>
        <source>Laying out the report</source>
        <translation>Bericht wird gesetzt</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="358"/>
        <source>Signing</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="359"/>
        <source>Writing the file</source>
        <translation>Datei wird geschrieben</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="360"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="377"/>
        <source>No PDF viewer</source>
        <translation>Kein PDF-Betrachter</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="379"/>
        <source>The report was written to %1, but no application to show PDF files was found. Open the folder that holds it instead?</source>
        <translation>Der Bericht wurde nach %1 geschrieben, aber es wurde keine Anwendung zum Anzeigen von PDF-Dateien gefunden. Stattdessen den Ordner öffnen, der ihn enthält?</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="387"/>
        <source>No file manager</source>
        <translation>Kein Dateimanager</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="388"/>
        <source>No application to show folders was found either. The report is at %1.</source>
        <translation>Es wurde auch keine Anwendung zum Anzeigen von Ordnern gefunden. Der Bericht liegt unter %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/export_dialog.py" line="281"/>
        <location filename="../app/ui/dialogs/export_dialog.py" line="395"/>
        <source>Cannot export the report</source>
        <translation>Der Bericht kann nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../app/ui/file_controller.py" line="57"/>
        <source>Open assessment</source>
        <translation>Bewertung öffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="68"/>
        <source>Cannot open the assessment</source>
        <translation>Die Bewertung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="74"/>
        <source>Opened with warnings: %s</source>
        <translation>Mit Warnungen geöffnet: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="76"/>
        <source>Opened %s</source>
        <translation>%s geöffnet</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="87"/>
        <source>Save assessment as</source>
        <translation>Bewertung speichern unter</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="101"/>
        <source>Cannot save the assessment</source>
        <translation>Die Bewertung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="107"/>
        <source>Saved %s</source>
        <translation>%s gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="113"/>
        <source>assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="117"/>
        <source>The file has not been changed.</source>
        <translation>Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="119"/>
        <source>Your work is still open in the wizard.</source>
        <translation>Ihre Arbeit ist im Assistenten weiterhin geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="135"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="136"/>
        <source>The assessment has unsaved changes. Save them first?</source>
        <translation>Die Bewertung enthält ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="161"/>
        <source>Autosave failed: %s</source>
        <translation>Automatisches Speichern fehlgeschlagen: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="175"/>
        <source>an untitled assessment</source>
        <translation>eine Bewertung ohne Titel</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="179"/>
        <source>The DPIA wizard did not close properly last time. Unsaved work on %1 was autosaved at %2.

Restore it? Choosing No discards the autosaved copy.</source>
        <translation>Der DSFA-Assistent wurde beim letzten Mal nicht ordnungsgemäß beendet. Ungespeicherte Arbeit an %1 wurde um %2 automatisch gesichert.

Wiederherstellen? Nein verwirft die automatisch gesicherte Kopie.</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="186"/>
        <source>Restore unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../app/ui/file_controller.py" line="197"/>
        <source>Restored unsaved work; save it to keep it.</source>
        <translation>Ungespeicherte Arbeit wiederhergestellt; speichern Sie sie, um sie zu behalten.</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <location filename="../app/ui/widgets/heat_map.py" line="97"/>
        <source>No risk scores yet</source>
        <translation>Noch keine Risikobewertungen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/heat_map.py" line="158"/>
        <source>Likelihood →</source>
        <translation>Wahrscheinlichkeit →</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/heat_map.py" line="167"/>
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
        <location filename="../app/ui/main_window.py" line="42"/>
        <source>DPIA wizard</source>
        <translation>DSFA-Assistent</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="87"/>
        <source>Loading the questionnaire…</source>
        <translation>Fragebogen wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="138"/>
        <source>Cannot start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="166"/>
        <source>Live verdict</source>
        <translation>Live-Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="176"/>
        <source>Live &amp;verdict panel</source>
        <translation>Live-&amp;Ergebnisbereich</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="182"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="183"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="184"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="185"/>
        <source>Too&amp;ls</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="199"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="200"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="201"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="204"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="205"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="207"/>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="208"/>
        <source>Write the assessment as a PDF report, signed if you wish</source>
        <translation>Die Bewertung als PDF-Bericht schreiben, auf Wunsch signiert</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="211"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="223"/>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="224"/>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="225"/>
        <source>&amp;Reset zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="230"/>
        <source>Create signing &amp;identity…</source>
        <translation>Signatur&amp;identität erstellen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="232"/>
        <source>&amp;Verify signed report…</source>
        <translation>Signierten Bericht &amp;prüfen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="234"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="244"/>
        <source>&amp;Next section</source>
        <translation>&amp;Nächster Abschnitt</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="245"/>
        <source>&amp;Previous section</source>
        <translation>&amp;Vorheriger Abschnitt</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="246"/>
        <source>Section &amp;list</source>
        <translation>Abschnitts&amp;liste</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="262"/>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="285"/>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="295"/>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="353"/>
        <source>signed by %1</source>
        <translation>signiert von %1</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="355"/>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="357"/>
        <source>Report written to %1 — outcome: %2, %3</source>
        <translation>Bericht nach %1 geschrieben — Ergebnis: %2, %3</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="369"/>
        <source>INCOMPLETE (%1)</source>
        <translation>UNVOLLSTÄNDIG (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/main_window.py" line="449"/>
        <source>Signing identity saved to %1</source>
        <translation>Signaturidentität unter %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <location filename="../app/ui/pages/measures.py" line="42"/>
        <source>No measures yet: add one from the catalogue, or a custom measure.</source>
        <translation>Noch keine Maßnahmen: Fügen Sie eine aus dem Katalog oder eine eigene Maßnahme hinzu.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="53"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="54"/>
        <source>In progress</source>
        <translation>In Umsetzung</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="55"/>
        <source>Implemented</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="56"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="62"/>
        <source>From the &amp;catalogue:</source>
        <translation>Aus dem &amp;Katalog:</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="65"/>
        <source>Catalogue measure</source>
        <translation>Katalogmaßnahme</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="71"/>
        <source>&amp;Add to plan</source>
        <translation>Zum Plan &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="81"/>
        <source>Action &amp;plan</source>
        <translation>Maßnahmen&amp;plan</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="84"/>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="90"/>
        <source>Add c&amp;ustom measure</source>
        <translation>Eigene Maßnahme hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="93"/>
        <source>Re&amp;move measure</source>
        <translation>Maßnahme ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="127"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="128"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="129"/>
        <source>&amp;Risks addressed</source>
        <translation>Behandelte &amp;Risiken</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="130"/>
        <source>&amp;Owner</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="131"/>
        <source>Du&amp;e date</source>
        <translation>&amp;Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="132"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="172"/>
        <source>Catalogue not loaded</source>
        <translation>Katalog nicht geladen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="197"/>
        <source>due %s</source>
        <translation>fällig %s</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="224"/>
        <source>Add a measure from the catalogue, or a custom one.</source>
        <translation>Fügen Sie eine Maßnahme aus dem Katalog oder eine eigene hinzu.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="227"/>
        <source>From the catalogue (%s): lowers the residual risk once implemented.</source>
        <translation>Aus dem Katalog (%s): senkt das Restrisiko, sobald umgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="230"/>
        <source>Custom measure</source>
        <translation>Eigene Maßnahme</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/measures.py" line="283"/>
        <source>New measure</source>
        <translation>Neue Maßnahme</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="26"/>
        <source>About this assessment</source>
        <translation>Über diese Bewertung</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="37"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="43"/>
        <source>&amp;Title of the assessment</source>
        <translation>&amp;Titel der Bewertung</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="44"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="45"/>
        <source>&amp;Controller (legal entity)</source>
        <translation>&amp;Verantwortlicher (juristische Person)</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="46"/>
        <source>&amp;Assessor</source>
        <translation>&amp;Bewertende Person</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="47"/>
        <source>&amp;DPO</source>
        <translation>&amp;DSB</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="48"/>
        <source>Ve&amp;rsion</source>
        <translation>Ve&amp;rsion</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="52"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="52"/>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/metadata_editor.py" line="52"/>
        <source>Final</source>
        <translation>Endgültig</translation>
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
        <location filename="../app/ui/dialogs/override_dialog.py" line="43"/>
        <source>Override risk rating</source>
        <translation>Risikobewertung überschreiben</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="70"/>
        <source>You may replace the computed rating with your own. A written justification is required; the report shows it next to the rating.</source>
        <translation>Sie können die berechnete Bewertung durch Ihre eigene ersetzen. Eine schriftliche Begründung ist erforderlich; der Bericht zeigt sie neben der Bewertung.</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="78"/>
        <source>Residual (after measures)</source>
        <translation>Restrisiko (nach Maßnahmen)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="78"/>
        <source>Inherent (before measures)</source>
        <translation>Ausgangsrisiko (vor Maßnahmen)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="92"/>
        <source>&amp;Stage</source>
        <translation>&amp;Stufe</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="93"/>
        <source>S&amp;everity</source>
        <translation>S&amp;chwere</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="94"/>
        <source>&amp;Likelihood</source>
        <translation>&amp;Eintrittswahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="95"/>
        <source>&amp;Justification (required)</source>
        <translation>&amp;Begründung (erforderlich)</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="96"/>
        <source>&amp;Author</source>
        <translation>&amp;Verfasser</translation>
    </message>
    <message>
        <location filename="../app/ui/dialogs/override_dialog.py" line="127"/>
        <source>Write why you override the rating: the report shows this justification next to it.</source>
        <translation>Schreiben Sie, warum Sie die Bewertung überschreiben: Der Bericht zeigt diese Begründung daneben.</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="54"/>
        <source>DISPUTED</source>
        <translation>STRITTIG</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="57"/>
        <source>Required</source>
        <translation>Pflichtangabe</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="59"/>
        <source>Needed for the verdict</source>
        <translation>Für das Ergebnis nötig</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="60"/>
        <source>The verdict cannot be decided until this is answered</source>
        <translation>Das Ergebnis kann erst feststehen, wenn dies beantwortet ist</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="69"/>
        <source>Why we ask this</source>
        <translation>Warum wir das fragen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="70"/>
        <source>Note or dispute</source>
        <translation>Notiz oder Widerspruch</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="72"/>
        <source>Clear answer</source>
        <translation>Antwort löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/widgets/question_card.py" line="103"/>
        <source>Why we ask this: %s</source>
        <translation>Warum wir das fragen: %s</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../app/ui/pages/question_page.py" line="38"/>
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
    <name>RisksPage</name>
    <message>
        <location filename="../app/ui/pages/risks.py" line="42"/>
        <source>Inherent risk (before measures)</source>
        <translation>Ausgangsrisiko (vor Maßnahmen)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="44"/>
        <source>Residual risk (after measures)</source>
        <translation>Restrisiko (nach Maßnahmen)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="61"/>
        <source>Risk scores appear here once the rules have been applied.</source>
        <translation>Risikobewertungen erscheinen hier, sobald die Regeln angewandt wurden.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="66"/>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="68"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="68"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="68"/>
        <location filename="../app/ui/pages/risks.py" line="237"/>
        <source>Inherent</source>
        <translation>Ausgangsrisiko</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="68"/>
        <location filename="../app/ui/pages/risks.py" line="237"/>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="68"/>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="87"/>
        <source>&amp;Override rating…</source>
        <translation>Bewertung &amp;überschreiben…</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="90"/>
        <source>&amp;Remove overrides</source>
        <translation>Überschreibungen &amp;entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/pages/risks.py" line="120"/>
        <source>%n risk(s) apply to this deployment. Select one to see why and to override its rating.</source>
        <translation>
            <numerusform>%n Risiko betrifft diesen Einsatz. Wählen Sie es aus, um den Grund zu sehen und seine Bewertung zu überschreiben.</numerusform>
            <numerusform>%n Risiken betreffen diesen Einsatz. Wählen Sie eines aus, um den Grund zu sehen und seine Bewertung zu überschreiben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/pages/risks.py" line="206"/>
        <source>(untitled measure)</source>
        <translation>(Maßnahme ohne Titel)</translation>
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
        <location filename="../app/ui/section_list.py" line="27"/>
        <location filename="../app/ui/section_list.py" line="40"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location filename="../app/ui/section_list.py" line="35"/>
        <source>Required questions answered</source>
        <translation>Beantwortete Pflichtfragen</translation>
    </message>
    <message>
        <location filename="../app/ui/section_list.py" line="67"/>
        <source>%1 of %2 required answers given</source>
        <translation>%1 von %2 Pflichtantworten gegeben</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/section_list.py" line="80"/>
        <source>(%n open)</source>
        <translation>
            <numerusform>(%n offen)</numerusform>
            <numerusform>(%n offen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../app/ui/pages/section_page.py" line="56"/>
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
        <location filename="../app/ui/pages/sign_off.py" line="57"/>
        <source>Sign-off (ICO step 7)</source>
        <translation>Freigabe (ICO-Schritt 7)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="62"/>
        <source>&amp;Measures approved by</source>
        <translation>&amp;Maßnahmen genehmigt von</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="63"/>
        <source>&amp;Residual risks approved by</source>
        <translation>&amp;Restrisiken genehmigt von</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="64"/>
        <source>&amp;DPO advice</source>
        <translation>&amp;Stellungnahme des DSB</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="65"/>
        <source>Summary of DPO advice (for the report)</source>
        <translation>Zusammenfassung der Stellungnahme des DSB (für den Bericht)</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="67"/>
        <source>DPO advice was</source>
        <translation>Die Stellungnahme des DSB wurde</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="69"/>
        <source>If overruled, the reasons</source>
        <translation>Falls nicht befolgt, die Gründe</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="70"/>
        <source>&amp;Consultation responses reviewed by</source>
        <translation>&amp;Konsultationsantworten geprüft von</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="73"/>
        <source>Nex&amp;t review date</source>
        <translation>Nä&amp;chstes Prüfdatum</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="111"/>
        <source>Not yet recorded</source>
        <translation>Noch nicht erfasst</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="111"/>
        <source>Acce&amp;pted</source>
        <translation>Be&amp;folgt</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="111"/>
        <source>&amp;Overruled</source>
        <translation>&amp;Nicht befolgt</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="115"/>
        <source>DPO advice was: %s</source>
        <translation>Die Stellungnahme des DSB wurde: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="125"/>
        <source>Sig&amp;natures: who signed, in which role, when</source>
        <translation>Sig&amp;naturen: wer in welcher Rolle wann unterzeichnet hat</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="129"/>
        <source>Sign-off records</source>
        <translation>Freigabevermerke</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="130"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="130"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="134"/>
        <source>Type the date as 2027-02-01</source>
        <translation>Geben Sie das Datum als 2027-02-01 ein</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="145"/>
        <source>Add &amp;signature record</source>
        <translation>&amp;Signaturvermerk hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="148"/>
        <source>Remove signat&amp;ure record</source>
        <translation>Signaturvermerk ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="174"/>
        <source>“%1” is not a date: type it as 2027-02-01.</source>
        <translation>„%1“ ist kein Datum: Geben Sie es als 2027-02-01 ein.</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="197"/>
        <source>Partic&amp;ipants and roles</source>
        <translation>Te&amp;ilnehmende und Rollen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="200"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="130"/>
        <location filename="../app/ui/pages/sign_off.py" line="202"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="130"/>
        <location filename="../app/ui/pages/sign_off.py" line="202"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="202"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="202"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="217"/>
        <source>&amp;Add participant</source>
        <translation>Teilnehmende &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/pages/sign_off.py" line="220"/>
        <source>R&amp;emove participant</source>
        <translation>Teilnehmende ent&amp;fernen</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="109"/>
        <source>DPIA required (Art. 35)</source>
        <translation>DSFA erforderlich (Art. 35)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="110"/>
        <source>Prior consultation (Art. 36)</source>
        <translation>Vorherige Konsultation (Art. 36)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="111"/>
        <source>Special-category data (Art. 9)</source>
        <translation>Besondere Kategorien von Daten (Art. 9)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="112"/>
        <source>AI Act</source>
        <translation>KI-Verordnung</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="117"/>
        <source>Top findings</source>
        <translation>Wichtigste Feststellungen</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="131"/>
        <source>SCORING…</source>
        <translation>BEWERTUNG…</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="132"/>
        <source>The verdict appears here and follows every answer.</source>
        <translation>Das Ergebnis erscheint hier und folgt jeder Antwort.</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="138"/>
        <source>NO VERDICT</source>
        <translation>KEIN ERGEBNIS</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="139"/>
        <source>The rules could not be loaded or applied:
%s</source>
        <translation>Die Regeln konnten nicht geladen oder angewandt werden:
%s</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="193"/>
        <source>Verdict: %s</source>
        <translation>Ergebnis: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="61"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="62"/>
        <source>Retry loading the rules</source>
        <translation>Laden der Regeln erneut versuchen</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="113"/>
        <source>Answers needed for the verdict</source>
        <translation>Für das Ergebnis nötige Antworten</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="161"/>
        <source>INCOMPLETE</source>
        <translation>UNVOLLSTÄNDIG</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="169"/>
        <source>1 answer needed</source>
        <translation>1 Antwort nötig</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="170"/>
        <source>%1 answers needed</source>
        <translation>%1 Antworten nötig</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="197"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="197"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="201"/>
        <source>Not yet known</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="203"/>
        <source>Does not apply</source>
        <translation>Trifft nicht zu</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="205"/>
        <source>applies; the exception relied on holds</source>
        <translation>trifft zu; die herangezogene Ausnahme greift</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="206"/>
        <source>applies; no valid exception</source>
        <translation>trifft zu; keine gültige Ausnahme</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="207"/>
        <source>applies; exception not yet established</source>
        <translation>trifft zu; Ausnahme noch nicht festgestellt</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="219"/>
        <source>Possibly prohibited until the answers are complete: %s</source>
        <translation>Möglicherweise verboten, solange die Antworten unvollständig sind: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="216"/>
        <source>PROHIBITED practice: %s</source>
        <translation>VERBOTENE Praktik: %s</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="222"/>
        <source>High-risk (Annex III %s)</source>
        <translation>Hochrisiko (Anhang III %s)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="222"/>
        <source>High-risk</source>
        <translation>Hochrisiko</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="224"/>
        <source>Fundamental-rights impact assessment required (Art. 27)</source>
        <translation>Grundrechte-Folgenabschätzung erforderlich (Art. 27)</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="225"/>
        <source>No prohibited or high-risk use found</source>
        <translation>Keine verbotene oder Hochrisiko-Verwendung festgestellt</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="230"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/verdict_panel.py" line="260"/>
        <source>%n more finding(s) in the report</source>
        <translation>
            <numerusform>Noch %n Feststellung im Bericht</numerusform>
            <numerusform>Noch %n Feststellungen im Bericht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="265"/>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="266"/>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location filename="../app/ui/verdict_panel.py" line="267"/>
        <source>INFO</source>
        <translation>INFO</translation>
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
</TS>
