<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AboutBox</name>
        <message>
            <source>About Warehouse GUI</source>
            <translation>Über Warehouse GUI</translation>
        </message>
        <message>
            <source>Receive stock batches and allocate order lines to them.</source>
            <translation>Wareneingang von Chargen erfassen und ihnen Auftragspositionen zuteilen.</translation>
        </message>
        <message>
            <source>none (the log is not written to a file)</source>
            <translation>keine (das Protokoll wird nicht in eine Datei geschrieben)</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Datenbank:</translation>
        </message>
        <message>
            <source>Log file:</source>
            <translation>Protokolldatei:</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Ed&amp;it</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>In a form: next empty required field, or submit when none is left</source>
            <translation>In einem Formular: nächstes leeres Pflichtfeld oder absenden, wenn keines mehr leer ist</translation>
        </message>
        <message>
            <source>Tab right after a scan</source>
            <translation>Tab direkt nach einem Scan</translation>
        </message>
        <message>
            <source>Ends the scan, as Enter does (scanners set up to send Tab)</source>
            <translation>Beendet den Scan wie Eingabe (für Scanner, die Tab senden)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>In a form: clear it; in the batch filter: clear the filter</source>
            <translation>In einem Formular: Formular leeren; im Chargenfilter: Filter löschen</translation>
        </message>
        <message>
            <source>Tab / Shift+Tab</source>
            <translation>Tab / Umschalt+Tab</translation>
        </message>
        <message>
            <source>Next / previous field</source>
            <translation>Nächstes / vorheriges Feld</translation>
        </message>
        <message>
            <source>Alt + underlined letter</source>
            <translation>Alt + unterstrichener Buchstabe</translation>
        </message>
        <message>
            <source>Jump to that field or tab</source>
            <translation>Zu diesem Feld oder Reiter springen</translation>
        </message>
        <message>
            <source>F2 or Enter</source>
            <translation>F2 oder Eingabe</translation>
        </message>
        <message>
            <source>In the batch table: correct the selected batch's purchased quantity</source>
            <translation>In der Chargentabelle: bestellte Menge der ausgewählten Charge korrigieren</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Entf</translation>
        </message>
        <message>
            <source>In an order's lines: cancel the selected line, every part of it, or withdraw a waiting one (Enter confirms, Esc keeps)</source>
            <translation>In den Positionen eines Auftrags: ausgewählte Position mit allen Teilen stornieren oder eine wartende zurückziehen (Eingabe bestätigt, Esc behält sie)</translation>
        </message>
        <message>
            <source>Down, then Enter</source>
            <translation>Pfeil nach unten, dann Eingabe</translation>
        </message>
        <message>
            <source>In a SKU field: take a suggested SKU (a scan + Enter stays as typed)</source>
            <translation>In einem SKU-Feld: vorgeschlagene SKU übernehmen (Scan + Eingabe bleibt wie eingegeben)</translation>
        </message>
        <message>
            <source>On a shortage in the alerts (Ctrl+J): a supervisor corrects the batch to what was counted</source>
            <translation>Bei einer Fehlmenge in den Meldungen (Strg+J): ein Schichtleiter korrigiert die Charge auf die gezählte Menge</translation>
        </message>
        <message>
            <source>In the Pick tab: start the part again from its bin</source>
            <translation>Im Reiter Kommissionieren: den Teil erneut ab seinem Lagerplatz beginnen</translation>
        </message>
        <message>
            <source>Shift+arrows</source>
            <translation>Umschalt+Pfeiltasten</translation>
        </message>
        <message>
            <source>In the batch table: select several batches (F7 prints their labels)</source>
            <translation>In der Chargentabelle: mehrere Chargen auswählen (F7 druckt ihre Etiketten)</translation>
        </message>
        <message>
            <source>New batch form</source>
            <translation>Formular Neue Charge</translation>
        </message>
        <message>
            <source>Move form (above the batch table): a batch's label, then the bin's label</source>
            <translation>Formular Umlagern (über der Chargentabelle): Etikett der Charge, dann Etikett des Lagerplatzes</translation>
        </message>
        <message>
            <source>Allocate form</source>
            <translation>Formular Zuteilen</translation>
        </message>
        <message>
            <source>Filter the batch table</source>
            <translation>Chargentabelle filtern</translation>
        </message>
        <message>
            <source>The batch table</source>
            <translation>Die Chargentabelle</translation>
        </message>
        <message>
            <source>Look up an order</source>
            <translation>Auftrag nachschlagen</translation>
        </message>
        <message>
            <source>The order lines waiting for stock (Enter: open the order, Delete: withdraw)</source>
            <translation>Die auf Bestand wartenden Auftragspositionen (Eingabe: Auftrag öffnen, Entf: zurückziehen)</translation>
        </message>
        <message>
            <source>Pick an order by scan: its pick list's barcode, then bin, SKU, Enter per part</source>
            <translation>Auftrag per Scan kommissionieren: Barcode der Pickliste, dann Lagerplatz, SKU, Eingabe je Teil</translation>
        </message>
        <message>
            <source>While picking: the bin holds fewer than the batch should (report a shortage)</source>
            <translation>Beim Kommissionieren: der Lagerplatz enthält weniger, als die Charge sollte (Fehlmenge melden)</translation>
        </message>
        <message>
            <source>History, filtered by SKU and order</source>
            <translation>Verlauf, gefiltert nach SKU und Auftrag</translation>
        </message>
        <message>
            <source>Low stock form: warn below a threshold (a supervisor)</source>
            <translation>Formular Niedriger Bestand: unter einem Mindestbestand warnen (Schichtleiter)</translation>
        </message>
        <message>
            <source>Stock picture of a SKU (the selected batch's)</source>
            <translation>Bestandsübersicht einer SKU (der ausgewählten Charge)</translation>
        </message>
        <message>
            <source>The alerts waiting (Space: seen)</source>
            <translation>Die wartenden Meldungen (Leertaste: gesehen)</translation>
        </message>
        <message>
            <source>The refused scans (Enter: correct, Ctrl+Enter: send again, Delete: dismiss)</source>
            <translation>Die abgelehnten Scans (Eingabe: korrigieren, Strg+Eingabe: erneut senden, Entf: verwerfen)</translation>
        </message>
        <message>
            <source>Import batches from a CSV file (a preview first; a supervisor)</source>
            <translation>Chargen aus einer CSV-Datei importieren (zuerst eine Vorschau; Schichtleiter)</translation>
        </message>
        <message>
            <source>&amp;Import batches…</source>
            <translation>Chargen &amp;importieren…</translation>
        </message>
        <message>
            <source>Print the order's pick list</source>
            <translation>Pickliste des Auftrags drucken</translation>
        </message>
        <message>
            <source>&amp;Print pick list…</source>
            <translation>&amp;Pickliste drucken…</translation>
        </message>
        <message>
            <source>Save it as PDF</source>
            <translation>Als PDF speichern</translation>
        </message>
        <message>
            <source>Save pick list as P&amp;DF…</source>
            <translation>Pickliste als P&amp;DF speichern…</translation>
        </message>
        <message>
            <source>Print the labels of the batches received here since the last labels printed</source>
            <translation>Etiketten der Chargen drucken, die hier seit dem letzten Etikettendruck eingegangen sind</translation>
        </message>
        <message>
            <source>Print labels of &amp;new batches…</source>
            <translation>Etiketten &amp;neuer Chargen drucken…</translation>
        </message>
        <message>
            <source>Save those labels as PDF</source>
            <translation>Diese Etiketten als PDF speichern</translation>
        </message>
        <message>
            <source>Save labels of new batches as PD&amp;F…</source>
            <translation>Etiketten neuer Chargen als PD&amp;F speichern…</translation>
        </message>
        <message>
            <source>Print the labels of the batches selected in the batch table again</source>
            <translation>Etiketten der in der Chargentabelle ausgewählten Chargen erneut drucken</translation>
        </message>
        <message>
            <source>Print labels of selected &amp;batches…</source>
            <translation>Etiketten ausgewählter &amp;Chargen drucken…</translation>
        </message>
        <message>
            <source>Save labels of selected batches as PDF…</source>
            <translation>Etiketten ausgewählter Chargen als PDF speichern…</translation>
        </message>
        <message>
            <source>Print the labels of the bins the selected batches stand in</source>
            <translation>Etiketten der Lagerplätze drucken, auf denen die ausgewählten Chargen stehen</translation>
        </message>
        <message>
            <source>Print labels of their b&amp;ins…</source>
            <translation>Etiketten ihrer &amp;Lagerplätze drucken…</translation>
        </message>
        <message>
            <source>Save those bin labels as PDF</source>
            <translation>Diese Lagerplatzetiketten als PDF speichern</translation>
        </message>
        <message>
            <source>Save labels of their bins as PDF…</source>
            <translation>Etiketten ihrer Lagerplätze als PDF speichern…</translation>
        </message>
        <message>
            <source>People: add a person, change a role, disable (an admin)</source>
            <translation>Personen: Person hinzufügen, Rolle ändern, deaktivieren (Administrator)</translation>
        </message>
        <message>
            <source>Peop&amp;le…</source>
            <translation>Pe&amp;rsonen…</translation>
        </message>
        <message>
            <source>Sign out: the next person signs in (typed work is cleared)</source>
            <translation>Abmelden: die nächste Person meldet sich an (Eingaben werden gelöscht)</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Abmelden</translation>
        </message>
        <message>
            <source>A supervisor approves one action here (badge, PIN); again: withdraw it</source>
            <translation>Ein Schichtleiter gibt hier eine Aktion frei (Ausweis, PIN); erneut: Freigabe widerrufen</translation>
        </message>
        <message>
            <source>Supervisor's &amp;approval…</source>
            <translation>Freigabe durch &amp;Schichtleiter…</translation>
        </message>
        <message>
            <source>Quit (queued commands finish first)</source>
            <translation>Beenden (Befehle in der Warteschlange werden zuerst abgeschlossen)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Undo this workstation's last action (in a field with text: undo the typing)</source>
            <translation>Letzte Aktion dieses Arbeitsplatzes rückgängig machen (in einem Feld mit Text: die Eingabe rückgängig machen)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>Preferences: the confirmation flash and beep, the idle sign-out</source>
            <translation>Einstellungen: Bestätigungsblinken und -signalton, automatische Abmeldung bei Inaktivität</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>Diese Liste</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;About Warehouse GUI</source>
            <translation>Ü&amp;ber Warehouse GUI</translation>
        </message>
        <message>
            <source>{item} (needs an admin)</source>
            <translation>{item} (erfordert Administrator)</translation>
        </message>
        <message>
            <source>{item} (needs a supervisor)</source>
            <translation>{item} (erfordert Schichtleiter)</translation>
        </message>
        <message>
            <source>{item} (needs a clerk)</source>
            <translation>{item} (erfordert Lagerist)</translation>
        </message>
    </context>
    <context>
        <name>AlertBanner</name>
        <message>
            <source>No alerts waiting</source>
            <translation>Keine wartenden Meldungen</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>The newest alert waiting; Ctrl+J goes to all of them</source>
            <translation>Die neueste wartende Meldung; Strg+J zeigt alle</translation>
        </message>
        <message numerus="yes">
            <source>+%n more · Ctrl+J</source>
            <translation>
                <numerusform>+%n weitere · Strg+J</numerusform>
                <numerusform>+%n weitere · Strg+J</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AlertDesk</name>
        <message>
            <source>Shortage of {ref} not approved: {why}</source>
            <translation>Fehlmenge von {ref} nicht freigegeben: {why}</translation>
        </message>
        <message>
            <source>Shortage approved: {said}</source>
            <translation>Fehlmenge freigegeben: {said}</translation>
        </message>
    </context>
    <context>
        <name>AlertsPanel</name>
        <message>
            <source>Alerts</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>The alerts waiting, newest first. Space or Delete: the current one was seen; Shift+Delete: all of them were; Enter on a shortage: a supervisor corrects the batch to what was counted</source>
            <translation>Die wartenden Meldungen, neueste zuerst. Leertaste oder Entf: die aktuelle wurde gesehen; Umschalt+Entf: alle wurden gesehen; Eingabe bei einer Fehlmenge: ein Schichtleiter korrigiert die Charge auf die gezählte Menge</translation>
        </message>
    </context>
    <context>
        <name>ApprovalBanner</name>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Widerrufen</translation>
        </message>
        <message>
            <source>Withdraw the approval</source>
            <translation>Freigabe widerrufen</translation>
        </message>
        <message>
            <source>Approved by {approver} for one action — it greys again once that action is done. Esc here or Ctrl+Shift+A withdraws the approval.</source>
            <translation>Freigegeben von {approver} für eine Aktion — wird wieder ausgegraut, sobald diese Aktion erledigt ist. Esc hier oder Strg+Umschalt+A widerruft die Freigabe.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>A supervisor approves</source>
            <translation>Freigabe durch Schichtleiter</translation>
        </message>
        <message>
            <source>A supervisor or an admin approves one action of {person}: scan your badge, type your PIN and press Enter.</source>
            <translation>Ein Schichtleiter oder Administrator gibt eine Aktion von {person} frei: Ausweis scannen, PIN eingeben und Eingabe drücken.</translation>
        </message>
        <message>
            <source>A supervisor or an admin approves one action of the person here: scan your badge, type your PIN and press Enter.</source>
            <translation>Ein Schichtleiter oder Administrator gibt eine Aktion der hier angemeldeten Person frei: Ausweis scannen, PIN eingeben und Eingabe drücken.</translation>
        </message>
        <message>
            <source>Approval message</source>
            <translation>Freigabehinweis</translation>
        </message>
    </context>
    <context>
        <name>BackupWatch</name>
        <message>
            <source>⚠ Backup: unknown</source>
            <translation>⚠ Sicherung: unbekannt</translation>
        </message>
        <message>
            <source>The backups folder cannot be read (see the log)</source>
            <translation>Der Sicherungsordner kann nicht gelesen werden (siehe Protokoll)</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Backups are kept in {folder}.</source>
            <translation>Sicherungen werden in {folder} aufbewahrt.</translation>
        </message>
        <message>
            <source>Backup failed {when}</source>
            <translation>Sicherung {when} fehlgeschlagen</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Sicherung fehlgeschlagen</translation>
        </message>
        <message>
            <source>{failure}; last good one {when}.</source>
            <translation>{failure}; letzte erfolgreiche {when}.</translation>
        </message>
        <message>
            <source>Backup: none yet</source>
            <translation>Sicherung: noch keine</translation>
        </message>
        <message>
            <source>No backup has been made.</source>
            <translation>Es wurde noch keine Sicherung erstellt.</translation>
        </message>
        <message>
            <source>Backup: {when}</source>
            <translation>Sicherung: {when}</translation>
        </message>
        <message>
            <source>The last backup is over two days old.</source>
            <translation>Die letzte Sicherung ist älter als zwei Tage.</translation>
        </message>
        <message>
            <source>today {time}</source>
            <translation>heute {time}</translation>
        </message>
        <message>
            <source>yesterday {time}</source>
            <translation>gestern {time}</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
    </context>
    <context>
        <name>BadgeFields</name>
        <message>
            <source>scan the badge</source>
            <translation>Ausweis scannen</translation>
        </message>
        <message>
            <source>4 to 12 digits</source>
            <translation>4 bis 12 Ziffern</translation>
        </message>
        <message>
            <source>Approver's login</source>
            <translation>Anmeldename des Freigebenden</translation>
        </message>
        <message>
            <source>Approver's PIN</source>
            <translation>PIN des Freigebenden</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Anmeldename</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Scan the badge, or type the login and press Enter; the cursor then goes to the PIN.</source>
            <translation>Ausweis scannen oder Anmeldenamen eingeben und Eingabe drücken; der Cursor springt dann zur PIN.</translation>
        </message>
        <message>
            <source>The PIN, 4 to 12 digits, not shown; Enter sends it.</source>
            <translation>Die PIN, 4 bis 12 Ziffern, verdeckt; Eingabe sendet sie.</translation>
        </message>
        <message>
            <source>&amp;Login</source>
            <translation>&amp;Anmeldename</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>&amp;PIN</translation>
        </message>
    </context>
    <context>
        <name>Barcodes</name>
        <message>
            <source>The reference {text} cannot be a barcode: Code 128 holds only ASCII letters, digits, signs and spaces, not {characters}</source>
            <translation>Die Chargennummer {text} kann kein Barcode sein: Code 128 enthält nur ASCII-Buchstaben, Ziffern, Zeichen und Leerzeichen, nicht {characters}</translation>
        </message>
        <message>
            <source>The bin code {text} cannot be a barcode: Code 128 holds only ASCII letters, digits, signs and spaces, not {characters}</source>
            <translation>Der Lagerplatzcode {text} kann kein Barcode sein: Code 128 enthält nur ASCII-Buchstaben, Ziffern, Zeichen und Leerzeichen, nicht {characters}</translation>
        </message>
        <message>
            <source>The order id {text} cannot be a barcode: Code 128 holds only ASCII letters, digits, signs and spaces, not {characters}</source>
            <translation>Die Auftragsnummer {text} kann kein Barcode sein: Code 128 enthält nur ASCII-Buchstaben, Ziffern, Zeichen und Leerzeichen, nicht {characters}</translation>
        </message>
        <message>
            <source>The text {text} cannot be a barcode: Code 128 holds only ASCII letters, digits, signs and spaces, not {characters}</source>
            <translation>Der Text {text} kann kein Barcode sein: Code 128 enthält nur ASCII-Buchstaben, Ziffern, Zeichen und Leerzeichen, nicht {characters}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
    </context>
    <context>
        <name>BatchBar</name>
        <message>
            <source>cancelled</source>
            <translation>storniert</translation>
        </message>
        <message>
            <source>in stock at {location}</source>
            <translation>auf Lager in {location}</translation>
        </message>
        <message>
            <source>in stock</source>
            <translation>auf Lager</translation>
        </message>
        <message>
            <source>arrives {day} at {location}</source>
            <translation>Ankunft {day} in {location}</translation>
        </message>
        <message>
            <source>arrives {day}</source>
            <translation>Ankunft {day}</translation>
        </message>
    </context>
    <context>
        <name>BatchImport</name>
        <message>
            <source>Reference</source>
            <translation>Chargennummer</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>Ankunft</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lagerplatz</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>Zeile {line}: {problem}</translation>
        </message>
        <message>
            <source>line {line}, {column}: {problem}</source>
            <translation>Zeile {line}, {column}: {problem}</translation>
        </message>
        <message>
            <source>batch {reference} already exists; each batch needs a reference of its own</source>
            <translation>Charge {reference} existiert bereits; jede Charge braucht eine eigene Chargennummer</translation>
        </message>
        <message>
            <source>is not UTF-8 text; save the file as CSV with UTF-8 encoding</source>
            <translation>ist kein UTF-8-Text; Datei als CSV mit UTF-8-Kodierung speichern</translation>
        </message>
        <message>
            <source>the file is empty; its first line must be the header {header}</source>
            <translation>die Datei ist leer; ihre erste Zeile muss die Kopfzeile {header} sein</translation>
        </message>
        <message>
            <source>cannot be read as CSV ({error})</source>
            <translation>kann nicht als CSV gelesen werden ({error})</translation>
        </message>
        <message>
            <source>the header is not followed by any batch</source>
            <translation>auf die Kopfzeile folgt keine Charge</translation>
        </message>
        <message>
            <source>{column} is named twice</source>
            <translation>{column} kommt zweimal vor</translation>
        </message>
        <message>
            <source>missing {columns}</source>
            <translation>fehlend: {columns}</translation>
        </message>
        <message>
            <source>unknown {columns}</source>
            <translation>unbekannt: {columns}</translation>
        </message>
        <message>
            <source>found {header}</source>
            <translation>gefunden: {header}</translation>
        </message>
        <message>
            <source>the first line must be the header {header} ({details})</source>
            <translation>die erste Zeile muss die Kopfzeile {header} sein ({details})</translation>
        </message>
        <message numerus="yes">
            <source>has %n values, expected {expected} ({header}); a value that contains a comma must be in double quotes</source>
            <translation>
                <numerusform>hat %n Wert, erwartet werden {expected} ({header}); ein Wert mit Komma muss in doppelten Anführungszeichen stehen</numerusform>
                <numerusform>hat %n Werte, erwartet werden {expected} ({header}); ein Wert mit Komma muss in doppelten Anführungszeichen stehen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>has %n values, expected {expected} ({header})</source>
            <translation>
                <numerusform>hat %n Wert, erwartet werden {expected} ({header})</numerusform>
                <numerusform>hat %n Werte, erwartet werden {expected} ({header})</numerusform>
            </translation>
        </message>
        <message>
            <source>{reference} is already on line {line}; each batch needs a reference of its own</source>
            <translation>{reference} steht bereits in Zeile {line}; jede Charge braucht eine eigene Chargennummer</translation>
        </message>
    </context>
    <context>
        <name>BatchImporter</name>
        <message>
            <source>Cannot read {path}: {error}</source>
            <translation>{path} kann nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>Import batches</source>
            <translation>Chargen importieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>BatchTableModel</name>
        <message>
            <source>Reference</source>
            <translation>Chargennr.</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>Ankunft</translation>
        </message>
        <message>
            <source>Purchased</source>
            <translation>Bestellt</translation>
        </message>
        <message>
            <source>Allocated</source>
            <translation>Zugeteilt</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Verfügbar</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lagerplatz</translation>
        </message>
        <message>
            <source>Batch {reference} is cancelled: its purchased quantity is 0 (F2 corrects it, if it comes after all)</source>
            <translation>Charge {reference} ist storniert: ihre bestellte Menge ist 0 (F2 korrigiert sie, falls sie doch noch kommt)</translation>
        </message>
        <message>
            <source>Batch {reference} is exhausted: every unit is allocated</source>
            <translation>Charge {reference} ist erschöpft: jedes Stück ist zugeteilt</translation>
        </message>
        <message>
            <source>in stock</source>
            <translation>auf Lager</translation>
        </message>
        <message>
            <source>{available} (cancelled)</source>
            <translation>{available} (storniert)</translation>
        </message>
        <message>
            <source>{available} (exhausted)</source>
            <translation>{available} (erschöpft)</translation>
        </message>
    </context>
    <context>
        <name>BatchesView</name>
        <message>
            <source>F2 or Enter: correct the purchased quantity of the selected batch (0 cancels it); F7 prints the selected batches' labels again (Shift+F7: as PDF)</source>
            <translation>F2 oder Eingabe: bestellte Menge der ausgewählten Charge korrigieren (0 storniert sie); F7 druckt die Etiketten der ausgewählten Chargen erneut (Umschalt+F7: als PDF)</translation>
        </message>
        <message>
            <source>Type part of a reference or SKU</source>
            <translation>Teil einer Chargennummer oder SKU eingeben</translation>
        </message>
        <message>
            <source>Filter batches</source>
            <translation>Chargen filtern</translation>
        </message>
        <message>
            <source>Shows only the batches whose reference or SKU holds every word typed; Enter moves to the table, Esc clears the filter</source>
            <translation>Zeigt nur die Chargen, deren Chargennummer oder SKU jedes eingegebene Wort enthält; Eingabe wechselt zur Tabelle, Esc löscht den Filter</translation>
        </message>
        <message>
            <source>Fi&amp;lter</source>
            <translation>&amp;Filter</translation>
        </message>
        <message>
            <source>Batches shown</source>
            <translation>Angezeigte Chargen</translation>
        </message>
        <message>
            <source>Batches</source>
            <translation>Chargen</translation>
        </message>
        <message>
            <source>Every batch with its arrival, quantities and bin; F2 or Enter corrects the purchased quantity of the current batch</source>
            <translation>Jede Charge mit Ankunft, Mengen und Lagerplatz; F2 oder Eingabe korrigiert die bestellte Menge der aktuellen Charge</translation>
        </message>
        <message>
            <source>Batches error</source>
            <translation>Chargenfehler</translation>
        </message>
        <message>
            <source>F2: {reason}</source>
            <translation>F2: {reason}</translation>
        </message>
        <message>
            <source>Purchased quantity {rule}</source>
            <translation>Bestellte Menge {rule}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln batch(es)</source>
            <translation>
                <numerusform>%Ln Charge</numerusform>
                <numerusform>%Ln Chargen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln batch(es)</source>
            <translation>
                <numerusform>{shown} von %Ln Charge</numerusform>
                <numerusform>{shown} von %Ln Chargen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Bus</name>
        <message>
            <source>The database worker stopped before confirming this; it may or may not have been saved. Check the table and history, then submit again if needed.</source>
            <translation>Der Datenbankprozess wurde beendet, bevor er dies bestätigt hat; es wurde möglicherweise gespeichert, möglicherweise nicht. Prüfen Sie Tabelle und Verlauf und senden Sie bei Bedarf erneut.</translation>
        </message>
        <message>
            <source>Not connected to the database; reconnecting by itself. Nothing was sent and your input is kept: submit again when the status bar says connected.</source>
            <translation>Keine Verbindung zur Datenbank; die Verbindung wird automatisch wiederhergestellt. Nichts wurde gesendet, Ihre Eingabe bleibt erhalten: senden Sie erneut, sobald die Statusleiste „verbunden“ anzeigt.</translation>
        </message>
        <message numerus="yes">
            <source>The database worker stopped unexpectedly and a new one has taken over; %n queued commands were not confirmed</source>
            <translation>
                <numerusform>Der Datenbankprozess wurde unerwartet beendet und ein neuer hat übernommen; %n Befehl in der Warteschlange wurde nicht bestätigt</numerusform>
                <numerusform>Der Datenbankprozess wurde unerwartet beendet und ein neuer hat übernommen; %n Befehle in der Warteschlange wurden nicht bestätigt</numerusform>
            </translation>
        </message>
        <message>
            <source>The database worker stopped unexpectedly and a new one has taken over</source>
            <translation>Der Datenbankprozess wurde unerwartet beendet und ein neuer hat übernommen</translation>
        </message>
    </context>
    <context>
        <name>BusWorker</name>
        <message>
            <source>The database is not open</source>
            <translation>Die Datenbank ist nicht geöffnet</translation>
        </message>
        <message>
            <source>Could not open the database: {error}</source>
            <translation>Die Datenbank konnte nicht geöffnet werden: {error}</translation>
        </message>
        <message>
            <source>The command failed: {error}</source>
            <translation>Der Befehl ist fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <source>Command {command} failed</source>
            <translation>Befehl {command} fehlgeschlagen</translation>
        </message>
        <message>
            <source>Could not read from the database: {error}</source>
            <translation>Lesen aus der Datenbank fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <source>Reading {query} failed</source>
            <translation>Lesen von {query} fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>ChartLegend</name>
        <message>
            <source>allocated</source>
            <translation>zugeteilt</translation>
        </message>
        <message>
            <source>available</source>
            <translation>verfügbar</translation>
        </message>
        <message>
            <source>available, not arrived yet</source>
            <translation>verfügbar, noch nicht eingetroffen</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legende</translation>
        </message>
        <message>
            <source>Each bar shows the allocated units filled, the available units in a lighter shade, and the units not arrived yet hatched</source>
            <translation>Jeder Balken zeigt die zugeteilten Stück gefüllt, die verfügbaren heller und die noch nicht eingetroffenen schraffiert</translation>
        </message>
    </context>
    <context>
        <name>CommandForm</name>
        <message>
            <source>Sends the line typed in the {form} form</source>
            <translation>Sendet die im Formular {form} eingegebene Zeile</translation>
        </message>
        <message>
            <source>{form} {field}</source>
            <translation>{form}: {field}</translation>
        </message>
        <message>
            <source>Type or scan a value. Enter moves to the next empty required field, or sends the line when none is left; Esc clears the form.</source>
            <translation>Wert eingeben oder scannen. Eingabe wechselt zum nächsten leeren Pflichtfeld oder sendet die Zeile, wenn keines mehr leer ist; Esc leert das Formular.</translation>
        </message>
        <message>
            <source>Optional: may stay empty. Enter moves to the next empty required field, or sends the line when none is left; Esc clears the form.</source>
            <translation>Optional: darf leer bleiben. Eingabe wechselt zum nächsten leeren Pflichtfeld oder sendet die Zeile, wenn keines mehr leer ist; Esc leert das Formular.</translation>
        </message>
        <message>
            <source>{label} (optional)</source>
            <translation>{label} (optional)</translation>
        </message>
        <message>
            <source>{form} error</source>
            <translation>{form}: Fehler</translation>
        </message>
        <message>
            <source>{form} unavailable</source>
            <translation>{form}: nicht verfügbar</translation>
        </message>
        <message>
            <source>New batch</source>
            <translation>Neue Charge</translation>
        </message>
        <message>
            <source>&amp;Reference</source>
            <translation>&amp;Chargennr.</translation>
        </message>
        <message>
            <source>e.g. batch-0042</source>
            <translation>z. B. batch-0042</translation>
        </message>
        <message>
            <source>S&amp;KU</source>
            <translation>&amp;SKU</translation>
        </message>
        <message>
            <source>e.g. RED-CHAIR</source>
            <translation>z. B. RED-CHAIR</translation>
        </message>
        <message>
            <source>&amp;Quantity</source>
            <translation>&amp;Menge</translation>
        </message>
        <message>
            <source>units purchased</source>
            <translation>bestellte Stück</translation>
        </message>
        <message>
            <source>&amp;ETA</source>
            <translation>An&amp;kunft</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lagerplatz</translation>
        </message>
        <message>
            <source>e.g. A-03-2</source>
            <translation>z. B. A-03-2</translation>
        </message>
        <message>
            <source>&amp;Create batch</source>
            <translation>An&amp;legen</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Umlagern</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>scan the batch label</source>
            <translation>Chargenetikett scannen</translation>
        </message>
        <message>
            <source>To bin</source>
            <translation>Zielplatz</translation>
        </message>
        <message>
            <source>then the bin label</source>
            <translation>dann das Lagerplatzetikett</translation>
        </message>
        <message>
            <source>Allocate</source>
            <translation>Zuteilen</translation>
        </message>
        <message>
            <source>&amp;Order ID</source>
            <translation>&amp;Auftragsnr.</translation>
        </message>
        <message>
            <source>e.g. order-1001</source>
            <translation>z. B. order-1001</translation>
        </message>
        <message>
            <source>SK&amp;U</source>
            <translation>SK&amp;U</translation>
        </message>
        <message>
            <source>Qua&amp;ntity</source>
            <translation>Men&amp;ge</translation>
        </message>
        <message>
            <source>units ordered</source>
            <translation>Stück im Auftrag</translation>
        </message>
        <message>
            <source>&amp;Allocate</source>
            <translation>&amp;Zuteilen</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Niedriger Bestand</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>&amp;Minimum available</source>
            <translation>M&amp;indestbestand</translation>
        </message>
        <message>
            <source>0 = never warn</source>
            <translation>0 = nie warnen</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>S&amp;peichern</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>must hold at least one batch</source>
            <translation>muss mindestens eine Charge enthalten</translation>
        </message>
        <message>
            <source>must all be CreateBatch commands</source>
            <translation>müssen alle CreateBatch-Befehle sein</translation>
        </message>
        <message>
            <source>must give one line number (1 or more) per batch</source>
            <translation>muss je Charge eine Zeilennummer (1 oder größer) angeben</translation>
        </message>
        <message>
            <source>{ref} is on line {first} and on line {line}</source>
            <translation>{ref} steht in Zeile {first} und in Zeile {line}</translation>
        </message>
    </context>
    <context>
        <name>Compensations</name>
        <message>
            <source>{order} ({qty} × {sku})</source>
            <translation>{order} ({qty} × {sku})</translation>
        </message>
        <message>
            <source>deallocated ({parts})</source>
            <translation>Zuteilung aufgehoben ({parts})</translation>
        </message>
        <message>
            <source>deallocated</source>
            <translation>Zuteilung aufgehoben</translation>
        </message>
        <message>
            <source>allocation of {line}</source>
            <translation>Zuteilung von {line}</translation>
        </message>
        <message>
            <source>waiting line of {line}</source>
            <translation>wartende Position von {line}</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>zurückgezogen</translation>
        </message>
        <message>
            <source>cancellation of {order}'s allocation ({qty} × {sku})</source>
            <translation>Stornierung der Zuteilung von {order} ({qty} × {sku})</translation>
        </message>
        <message>
            <source>allocated again</source>
            <translation>erneut zugeteilt</translation>
        </message>
        <message>
            <source>withdrawal of {order}'s waiting line ({qty} × {sku})</source>
            <translation>Zurückziehen der wartenden Position von {order} ({qty} × {sku})</translation>
        </message>
        <message>
            <source>waiting for stock again</source>
            <translation>wartet wieder auf Bestand</translation>
        </message>
        <message>
            <source>back to {qty} units</source>
            <translation>zurück auf {qty} Stück</translation>
        </message>
        <message>
            <source>; order lines it moved to other batches stay there</source>
            <translation>; Auftragspositionen, die dadurch auf andere Chargen verschoben wurden, bleiben dort</translation>
        </message>
        <message>
            <source>; lines it left waiting for stock are allocated again if it has room</source>
            <translation>; Positionen, die dadurch auf Bestand warten, werden wieder zugeteilt, sofern die Charge Platz hat</translation>
        </message>
        <message>
            <source>; waiting lines it allocated may have to wait again</source>
            <translation>; wartende Positionen, die dadurch zugeteilt wurden, müssen eventuell wieder warten</translation>
        </message>
        <message>
            <source>cancellation of batch {ref} ({before} → 0 units)</source>
            <translation>Stornierung der Charge {ref} ({before} → 0 Stück)</translation>
        </message>
        <message>
            <source>correction of batch {ref} ({before} → {after} units)</source>
            <translation>Korrektur der Charge {ref} ({before} → {after} Stück)</translation>
        </message>
        <message>
            <source>{qty} of its units are allocated now; correct its quantity with F2 in the batch table instead</source>
            <translation>davon sind jetzt {qty} Stück zugeteilt; korrigieren Sie die Menge stattdessen mit F2 in der Chargentabelle</translation>
        </message>
        <message>
            <source>its quantity was corrected to {qty} since; correct it with F2 in the batch table instead</source>
            <translation>ihre Menge wurde seitdem auf {qty} korrigiert; korrigieren Sie sie stattdessen mit F2 in der Chargentabelle</translation>
        </message>
        <message>
            <source>creation of batch {ref} ({qty} × {sku})</source>
            <translation>Anlage der Charge {ref} ({qty} × {sku})</translation>
        </message>
        <message>
            <source>cancelled: its purchased quantity is 0</source>
            <translation>storniert: ihre bestellte Menge ist 0</translation>
        </message>
        <message>
            <source>back to {threshold}</source>
            <translation>zurück auf {threshold}</translation>
        </message>
        <message>
            <source>back to no warning</source>
            <translation>wieder ohne Warnung</translation>
        </message>
        <message>
            <source>low-stock threshold of {sku} ({before} → {after})</source>
            <translation>Mindestbestand für {sku} ({before} → {after})</translation>
        </message>
        <message numerus="yes">
            <source>import of %Ln batch(es)</source>
            <translation>
                <numerusform>Import von %Ln Charge</numerusform>
                <numerusform>Import von %Ln Chargen</numerusform>
            </translation>
        </message>
        <message>
            <source>batches are never deleted; cancel one by correcting its quantity to 0 with F2 in the batch table instead</source>
            <translation>Chargen werden nie gelöscht; stornieren Sie eine Charge stattdessen, indem Sie ihre Menge mit F2 in der Chargentabelle auf 0 korrigieren</translation>
        </message>
        <message>
            <source>pick of {order}'s {qty} × {sku} from {batch}</source>
            <translation>Kommissionierung von {qty} × {sku} für {order} aus {batch}</translation>
        </message>
        <message>
            <source>put back: not picked any more</source>
            <translation>zurückgelegt: nicht mehr kommissioniert</translation>
        </message>
        <message>
            <source>return of {order}'s {qty} × {sku} to {batch}</source>
            <translation>Zurücklegen von {qty} × {sku} für {order} in {batch}</translation>
        </message>
        <message>
            <source>picked again</source>
            <translation>erneut kommissioniert</translation>
        </message>
        <message>
            <source>move of batch {ref} to {location}</source>
            <translation>Umlagerung der Charge {ref} nach {location}</translation>
        </message>
        <message>
            <source>it had no location before; move it again with Ctrl+M</source>
            <translation>sie hatte vorher keinen Lagerplatz; lagern Sie sie erneut mit Strg+M um</translation>
        </message>
        <message>
            <source>back at {location}</source>
            <translation>wieder in {location}</translation>
        </message>
        <message>
            <source>shortage report of batch {ref} ({counted} counted)</source>
            <translation>Fehlmengenmeldung der Charge {ref} ({counted} gezählt)</translation>
        </message>
        <message>
            <source>it changed nothing; tell the supervisor not to approve it</source>
            <translation>sie hat nichts geändert; bitten Sie den Schichtleiter, sie nicht freizugeben</translation>
        </message>
        <message>
            <source>this kind of action has no undo</source>
            <translation>diese Art von Aktion kann nicht rückgängig gemacht werden</translation>
        </message>
        <message>
            <source>no batch has room for it now: it waits for stock</source>
            <translation>keine Charge hat jetzt Platz dafür: sie wartet auf Bestand</translation>
        </message>
        <message>
            <source>allocated ({parts}): stock had arrived</source>
            <translation>zugeteilt ({parts}): Bestand war eingetroffen</translation>
        </message>
        <message>
            <source>allocated from batch {batch}: stock had arrived</source>
            <translation>aus Charge {batch} zugeteilt: Bestand war eingetroffen</translation>
        </message>
        <message>
            <source>{how} ({parts})</source>
            <translation>{how} ({parts})</translation>
        </message>
        <message>
            <source>{how} from batch {batch}</source>
            <translation>{how} aus Charge {batch}</translation>
        </message>
        <message>
            <source>cancelled: stock had arrived and it was allocated meanwhile</source>
            <translation>storniert: Bestand war eingetroffen und sie wurde inzwischen zugeteilt</translation>
        </message>
        <message>
            <source>{qty} from {batch}</source>
            <translation>{qty} aus {batch}</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Warehouse GUI — unexpected error</source>
            <translation>Warehouse GUI — unerwarteter Fehler</translation>
        </message>
        <message>
            <source>Warehouse GUI can go on: everything it showed as saved is saved. Check the last thing you did, and send the details below to support.</source>
            <translation>Warehouse GUI kann weiterlaufen: Alles, was als gespeichert angezeigt wurde, ist gespeichert. Prüfen Sie Ihre letzte Aktion und senden Sie die Details unten an den Support.</translation>
        </message>
        <message>
            <source>Warehouse GUI has to close after this error. Everything it showed as saved is kept, and commands still on their way are finished first. Send the details below to support.</source>
            <translation>Warehouse GUI muss nach diesem Fehler beendet werden. Alles, was als gespeichert angezeigt wurde, bleibt erhalten, und noch laufende Befehle werden zuerst abgeschlossen. Senden Sie die Details unten an den Support.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Fehlerdetails</translation>
        </message>
        <message>
            <source>Each error report with its details, to copy for support (Copy details takes them all)</source>
            <translation>Jeder Fehlerbericht mit seinen Details, zum Kopieren für den Support („Details kopieren“ übernimmt alle)</translation>
        </message>
        <message>
            <source>These details are also in the log: {path}</source>
            <translation>Diese Details stehen auch im Protokoll: {path}</translation>
        </message>
        <message>
            <source>No log is kept.</source>
            <translation>Es wird kein Protokoll geführt.</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>Details &amp;kopieren</translation>
        </message>
        <message>
            <source>Something went wrong, and Warehouse GUI must close</source>
            <translation>Etwas ist schiefgelaufen, und Warehouse GUI muss beendet werden</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <source>Unhandled error in the GUI thread</source>
            <translation>Unbehandelter Fehler im GUI-Thread</translation>
        </message>
        <message>
            <source>Unhandled error in the {thread} thread</source>
            <translation>Unbehandelter Fehler im Thread {thread}</translation>
        </message>
        <message>
            <source>Thread {name} died</source>
            <translation>Thread {name} ist abgestürzt</translation>
        </message>
        <message>
            <source>{where}: {error_type}: {error}</source>
            <translation>{where}: {error_type}: {error}</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>the file {path} is on a read-only file system</source>
            <translation>die Datei {path} liegt auf einem schreibgeschützten Dateisystem</translation>
        </message>
        <message>
            <source>this user may not write the file {path}</source>
            <translation>dieser Benutzer darf die Datei {path} nicht schreiben</translation>
        </message>
        <message>
            <source>this user may not write its folder {folder}, where SQLite keeps its -wal file</source>
            <translation>dieser Benutzer darf nicht in ihren Ordner {folder} schreiben, in dem SQLite seine -wal-Datei ablegt</translation>
        </message>
    </context>
    <context>
        <name>DatabaseErrors</name>
        <message>
            <source>The database is read-only ({why}); nothing was changed.</source>
            <translation>Die Datenbank ist schreibgeschützt ({why}); nichts wurde geändert.</translation>
        </message>
        <message>
            <source>The database's tables are not as this version expects ({detail}); run the version that made them, or restore a backup.</source>
            <translation>Die Tabellen der Datenbank entsprechen nicht dem, was diese Version erwartet ({detail}); starten Sie die Version, die sie angelegt hat, oder stellen Sie eine Sicherung wieder her.</translation>
        </message>
        <message>
            <source>the database file cannot be written here</source>
            <translation>die Datenbankdatei kann hier nicht geschrieben werden</translation>
        </message>
        <message>
            <source>the server makes every transaction here read-only</source>
            <translation>der Server macht hier jede Transaktion schreibgeschützt</translation>
        </message>
        <message>
            <source>this user may read but not change the warehouse's tables: {detail}</source>
            <translation>dieser Benutzer darf die Lagertabellen lesen, aber nicht ändern: {detail}</translation>
        </message>
        <message>
            <source>the database at {where} cannot be reached ({detail})</source>
            <translation>die Datenbank unter {where} ist nicht erreichbar ({detail})</translation>
        </message>
        <message>
            <source>{reason}; trying again every few seconds.</source>
            <translation>{reason}; neuer Versuch alle paar Sekunden.</translation>
        </message>
        <message>
            <source>the database server at {where} has no free connection for this desk ({said})</source>
            <translation>der Datenbankserver unter {where} hat keine freie Verbindung für diesen Arbeitsplatz ({said})</translation>
        </message>
        <message>
            <source>the database server at {where} closed the connection</source>
            <translation>der Datenbankserver unter {where} hat die Verbindung geschlossen</translation>
        </message>
        <message>
            <source>the database server at {where} is not answering (connection refused)</source>
            <translation>der Datenbankserver unter {where} antwortet nicht (Verbindung abgelehnt)</translation>
        </message>
        <message>
            <source>the database server's name {host} is not known (check the address)</source>
            <translation>der Name des Datenbankservers {host} ist unbekannt (Adresse prüfen)</translation>
        </message>
        <message>
            <source>the database server at {where} refused the password of user {user}: check the password in the database address</source>
            <translation>der Datenbankserver unter {where} hat das Passwort von Benutzer {user} abgelehnt: Passwort in der Datenbankadresse prüfen</translation>
        </message>
        <message>
            <source>the database server at {where} has no user {user}: ask its administrator to create it</source>
            <translation>der Datenbankserver unter {where} hat keinen Benutzer {user}: bitten Sie den Administrator des Servers, ihn anzulegen</translation>
        </message>
        <message>
            <source>the database server at {where} has no database {database}: check its name, or ask the administrator to create it</source>
            <translation>der Datenbankserver unter {where} hat keine Datenbank {database}: Namen prüfen oder den Administrator bitten, sie anzulegen</translation>
        </message>
        <message>
            <source>the database server at {where} did not answer in time</source>
            <translation>der Datenbankserver unter {where} hat nicht rechtzeitig geantwortet</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <source>Sign in first: this database has people, and every action names who did it</source>
            <translation>Melden Sie sich zuerst an: In dieser Datenbank sind Personen angelegt, und jede Aktion wird mit ihrem Urheber erfasst</translation>
        </message>
        <message>
            <source>Nobody signs in here: this database has no people yet</source>
            <translation>Hier meldet sich niemand an: In dieser Datenbank sind noch keine Personen angelegt</translation>
        </message>
        <message>
            <source>Another admin changes your own role or disables you; nothing was changed</source>
            <translation>Nur ein anderer Administrator kann Ihre eigene Rolle ändern oder Sie deaktivieren; nichts wurde geändert</translation>
        </message>
        <message>
            <source>No one signs in as '{login}' here: check the badge, or ask an admin to add them</source>
            <translation>Hier gibt es keine Anmeldung als „{login}“: Ausweis prüfen oder einen Administrator bitten, die Person hinzuzufügen</translation>
        </message>
        <message>
            <source>{login} may no longer sign in: ask an admin</source>
            <translation>{login} darf sich nicht mehr anmelden: bitte an einen Administrator wenden</translation>
        </message>
        <message numerus="yes">
            <source>{login} is locked for {seconds} s more after %n wrong PINs in a row</source>
            <translation>
                <numerusform>{login} ist nach %n falschen PIN-Eingabe in Folge noch {seconds} s gesperrt</numerusform>
                <numerusform>{login} ist nach %n falschen PIN-Eingaben in Folge noch {seconds} s gesperrt</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrong PIN for {login}: the login is now locked for {seconds} s</source>
            <translation>Falsche PIN für {login}: Die Anmeldung ist jetzt für {seconds} s gesperrt</translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN for {login}: %n more (try|tries) before the login is locked</source>
            <translation>
                <numerusform>Falsche PIN für {login}: noch %n Versuch, bevor die Anmeldung gesperrt wird</numerusform>
                <numerusform>Falsche PIN für {login}: noch %n Versuche, bevor die Anmeldung gesperrt wird</numerusform>
            </translation>
        </message>
        <message>
            <source>An approval needs a second person: {login} is signed in here</source>
            <translation>Eine Freigabe erfordert eine zweite Person: {login} ist hier angemeldet</translation>
        </message>
        <message>
            <source>{login} is a clerk: only a supervisor or an admin approves</source>
            <translation>{login} ist Lagerist: Nur ein Schichtleiter oder Administrator kann freigeben</translation>
        </message>
    </context>
    <context>
        <name>DomainErrors</name>
        <message>
            <source>Reference</source>
            <translation>Chargennummer</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>Ankunft</translation>
        </message>
        <message>
            <source>Order ID</source>
            <translation>Auftragsnummer</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Mindestbestand</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Anmeldename</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lagerplatz</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Gezählt</translation>
        </message>
        <message>
            <source>{field} {rule}</source>
            <translation>{field} {rule}</translation>
        </message>
    </context>
    <context>
        <name>FormSender</name>
        <message>
            <source>The {form} form holds a line being typed: send it or clear it (Esc), then correct the refused scan</source>
            <translation>Im Formular {form} wird gerade eine Zeile eingegeben: senden oder leeren (Esc), dann den abgelehnten Scan korrigieren</translation>
        </message>
        <message>
            <source>Dismissed the refused scan {line}</source>
            <translation>Abgelehnter Scan {line} verworfen</translation>
        </message>
        <message>
            <source>{refusal} — waiting in the refused scans</source>
            <translation>{refusal} — wartet bei den abgelehnten Scans</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Refused again: {line} — {reason}</source>
            <translation>Erneut abgelehnt: {line} — {reason}</translation>
        </message>
        <message>
            <source>{field} {rule}</source>
            <translation>{field} {rule}</translation>
        </message>
    </context>
    <context>
        <name>FormsColumn</name>
        <message>
            <source>Forms</source>
            <translation>Formulare</translation>
        </message>
    </context>
    <context>
        <name>Handlers</name>
        <message>
            <source>A batch with reference {ref} already exists</source>
            <translation>Eine Charge mit der Chargennummer {ref} existiert bereits</translation>
        </message>
        <message>
            <source>line {line}, Reference: batch {ref} already exists; each batch needs a reference of its own</source>
            <translation>Zeile {line}, Chargennummer: Charge {ref} existiert bereits; jede Charge braucht eine eigene Chargennummer</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n of the file's {total} references already (exists|exist)</source>
            <translation>
                <numerusform>Nichts wurde importiert: %n der {total} Chargennummern der Datei existiert bereits</numerusform>
                <numerusform>Nichts wurde importiert: %n der {total} Chargennummern der Datei existieren bereits</numerusform>
            </translation>
        </message>
        <message>
            <source>No SKU {sku}: no batch of it has been received</source>
            <translation>Keine SKU {sku}: Von ihr ist noch keine Charge eingegangen</translation>
        </message>
        <message>
            <source>No SKU {sku}: {orderid} has no line of it to pick</source>
            <translation>Keine SKU {sku}: {orderid} enthält keine Position dieser SKU zum Kommissionieren</translation>
        </message>
        <message>
            <source>No batch has the reference {ref}</source>
            <translation>Keine Charge hat die Chargennummer {ref}</translation>
        </message>
        <message>
            <source>No SKU {sku}: no batch of it has been received; create a batch first</source>
            <translation>Keine SKU {sku}: Von ihr ist noch keine Charge eingegangen; legen Sie zuerst eine Charge an</translation>
        </message>
        <message>
            <source>must be admin for the first person, who adds the others</source>
            <translation>muss für die erste Person Administrator sein, da sie die anderen hinzufügt</translation>
        </message>
        <message>
            <source>{login} is the last admin who may sign in: make another person an admin first</source>
            <translation>{login} ist der letzte Administrator, der sich anmelden darf: Machen Sie zuerst eine andere Person zum Administrator</translation>
        </message>
        <message>
            <source>Out of stock: {sku} for {orderid}</source>
            <translation>Nicht auf Lager: {sku} für {orderid}</translation>
        </message>
        <message>
            <source>{orderid} wants {qty} of {sku}; available in stock and arriving: {available}. The line waits, and is allocated as soon as enough stock arrives.</source>
            <translation>{orderid} benötigt {qty} von {sku}; verfügbar auf Lager und erwartet: {available}. Die Position wartet und wird zugeteilt, sobald genug Bestand eintrifft.</translation>
        </message>
        <message>
            <source>Low stock: {sku}</source>
            <translation>Niedriger Bestand: {sku}</translation>
        </message>
        <message>
            <source>The SKU {sku} has {available} units available (in stock and arriving), below its low-stock threshold of {threshold}.</source>
            <translation>Von der SKU {sku} sind {available} Stück verfügbar (auf Lager und erwartet), unter ihrem Mindestbestand von {threshold}.</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Batch created</source>
            <translation>Charge angelegt</translation>
        </message>
        <message>
            <source>Allocated</source>
            <translation>Zugeteilt</translation>
        </message>
        <message>
            <source>Deallocated</source>
            <translation>Zuteilung aufgehoben</translation>
        </message>
        <message>
            <source>Quantity changed</source>
            <translation>Menge geändert</translation>
        </message>
        <message>
            <source>Out of stock</source>
            <translation>Nicht auf Lager</translation>
        </message>
        <message>
            <source>Wait ended</source>
            <translation>Warten beendet</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Zurückgezogen</translation>
        </message>
        <message>
            <source>Threshold set</source>
            <translation>Mindestbestand gesetzt</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Niedriger Bestand</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
        <message>
            <source>Person added</source>
            <translation>Person hinzugefügt</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Rolle geändert</translation>
        </message>
        <message>
            <source>Person disabled</source>
            <translation>Person deaktiviert</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Umgelagert</translation>
        </message>
        <message>
            <source>Picked</source>
            <translation>Kommissioniert</translation>
        </message>
        <message>
            <source>Put back</source>
            <translation>Zurückgelegt</translation>
        </message>
        <message>
            <source>Shortage</source>
            <translation>Fehlmenge</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>storniert</translation>
        </message>
        <message>
            <source>batch shrunk</source>
            <translation>Charge verkleinert</translation>
        </message>
        <message>
            <source>clerk</source>
            <translation>Lagerist</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>Schichtleiter</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>Administrator</translation>
        </message>
        <message numerus="yes">
            <source>{ref}: %Ln unit(s), arriving {eta} at {location}</source>
            <translation>
                <numerusform>{ref}: %Ln Stück, Ankunft {eta} in {location}</numerusform>
                <numerusform>{ref}: %Ln Stück, Ankunft {eta} in {location}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{ref}: %Ln unit(s), arriving {eta}</source>
            <translation>
                <numerusform>{ref}: %Ln Stück, Ankunft {eta}</numerusform>
                <numerusform>{ref}: %Ln Stück, Ankunft {eta}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{ref}: %Ln unit(s), in stock at {location}</source>
            <translation>
                <numerusform>{ref}: %Ln Stück, auf Lager in {location}</numerusform>
                <numerusform>{ref}: %Ln Stück, auf Lager in {location}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{ref}: %Ln unit(s), in stock</source>
            <translation>
                <numerusform>{ref}: %Ln Stück, auf Lager</numerusform>
                <numerusform>{ref}: %Ln Stück, auf Lager</numerusform>
            </translation>
        </message>
        <message>
            <source>{ref} moved to {location} (from {previous})</source>
            <translation>{ref} nach {location} umgelagert (von {previous})</translation>
        </message>
        <message>
            <source>{ref} moved to {location}</source>
            <translation>{ref} nach {location} umgelagert</translation>
        </message>
        <message>
            <source>{qty} picked from {batch}</source>
            <translation>{qty} aus {batch} kommissioniert</translation>
        </message>
        <message>
            <source>{qty} put back into {batch}</source>
            <translation>{qty} in {batch} zurückgelegt</translation>
        </message>
        <message>
            <source>{ref} at {location}: {counted} counted, {expected} expected</source>
            <translation>{ref} in {location}: {counted} gezählt, {expected} erwartet</translation>
        </message>
        <message>
            <source>{ref}: {counted} counted, {expected} expected</source>
            <translation>{ref}: {counted} gezählt, {expected} erwartet</translation>
        </message>
        <message>
            <source>{qty} from {batch}</source>
            <translation>{qty} aus {batch}</translation>
        </message>
        <message>
            <source>{qty} released from {batch} ({reason})</source>
            <translation>Zuteilung von {qty} aus {batch} aufgehoben ({reason})</translation>
        </message>
        <message>
            <source>{ref} cancelled: purchased quantity 0 (was {previous})</source>
            <translation>{ref} storniert: bestellte Menge 0 (vorher {previous})</translation>
        </message>
        <message>
            <source>{ref} cancelled: purchased quantity 0</source>
            <translation>{ref} storniert: bestellte Menge 0</translation>
        </message>
        <message numerus="yes">
            <source>{ref} now holds %Ln unit(s)</source>
            <translation>
                <numerusform>{ref} umfasst jetzt %Ln Stück</numerusform>
                <numerusform>{ref} umfasst jetzt %Ln Stück</numerusform>
            </translation>
        </message>
        <message>
            <source>no batch could take the order line</source>
            <translation>keine Charge konnte die Auftragsposition aufnehmen</translation>
        </message>
        <message>
            <source>{qty} wanted, {available} available: the line waits for stock</source>
            <translation>{qty} benötigt, {available} verfügbar: Die Position wartet auf Bestand</translation>
        </message>
        <message>
            <source>{qty} allocated after waiting for stock since {since}</source>
            <translation>{qty} zugeteilt nach Warten auf Bestand seit {since}</translation>
        </message>
        <message>
            <source>{qty} allocated after waiting for stock</source>
            <translation>{qty} zugeteilt nach Warten auf Bestand</translation>
        </message>
        <message>
            <source>{qty} no longer waits for stock (withdrawn)</source>
            <translation>{qty} wartet nicht mehr auf Bestand (zurückgezogen)</translation>
        </message>
        <message>
            <source>low-stock warning turned off</source>
            <translation>Warnung bei niedrigem Bestand ausgeschaltet</translation>
        </message>
        <message>
            <source>warn when fewer than {threshold} are available</source>
            <translation>warnen, wenn weniger als {threshold} verfügbar sind</translation>
        </message>
        <message>
            <source>{available} available, below the threshold of {threshold}</source>
            <translation>{available} verfügbar, unter dem Mindestbestand von {threshold}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln batch(es) from a file</source>
            <translation>
                <numerusform>%Ln Charge aus einer Datei</numerusform>
                <numerusform>%Ln Chargen aus einer Datei</numerusform>
            </translation>
        </message>
        <message>
            <source>{login}: {name}, {role}</source>
            <translation>{login}: {name}, {role}</translation>
        </message>
        <message>
            <source>{login} is {role} now (was {previous})</source>
            <translation>{login} ist jetzt {role} (vorher {previous})</translation>
        </message>
        <message>
            <source>{login} may no longer sign in</source>
            <translation>{login} darf sich nicht mehr anmelden</translation>
        </message>
        <message>
            <source>{operator}, approved by {approver} @ {station}</source>
            <translation>{operator}, freigegeben von {approver} @ {station}</translation>
        </message>
        <message>
            <source>{operator} @ {station}</source>
            <translation>{operator} @ {station}</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>{time} — {details}</source>
            <translation>{time} — {details}</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>History SKU filter</source>
            <translation>Verlauf: SKU-Filter</translation>
        </message>
        <message>
            <source>Enter shows this SKU's history; empty: every SKU</source>
            <translation>Eingabe zeigt den Verlauf dieser SKU; leer: alle SKUs</translation>
        </message>
        <message>
            <source>any SKU</source>
            <translation>beliebige SKU</translation>
        </message>
        <message>
            <source>History order filter</source>
            <translation>Verlauf: Auftragsfilter</translation>
        </message>
        <message>
            <source>Enter shows this order's history; empty: every order</source>
            <translation>Eingabe zeigt den Verlauf dieses Auftrags; leer: alle Aufträge</translation>
        </message>
        <message>
            <source>any order</source>
            <translation>beliebiger Auftrag</translation>
        </message>
        <message>
            <source>Fi&amp;lter SKU</source>
            <translation>SKU-&amp;Filter</translation>
        </message>
        <message>
            <source>Or&amp;der</source>
            <translation>Auf&amp;trag</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>The event log, newest first: time, event, SKU, order, details and who did it</source>
            <translation>Das Ereignisprotokoll, neueste zuerst: Zeit, Ereignis, SKU, Auftrag, Details und wer es ausgeführt hat</translation>
        </message>
        <message>
            <source>Enter in a filter box applies it; empty boxes show everything</source>
            <translation>Eingabe in einem Filterfeld wendet den Filter an; leere Felder zeigen alles</translation>
        </message>
    </context>
    <context>
        <name>IdleWatch</name>
        <message numerus="yes">
            <source>Signed out after %n minute(s) without a key or a click: sign in again</source>
            <translation>
                <numerusform>Nach %n Minute ohne Taste oder Klick abgemeldet: Bitte melden Sie sich erneut an</numerusform>
                <numerusform>Nach %n Minuten ohne Taste oder Klick abgemeldet: Bitte melden Sie sich erneut an</numerusform>
            </translation>
        </message>
        <message>
            <source>Signed out after {minutes} minutes without a key or a click: sign in again</source>
            <translation>Nach {minutes} Minuten ohne Taste oder Klick abgemeldet: Bitte melden Sie sich erneut an</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Chargennr.</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>Ankunft</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lagerplatz</translation>
        </message>
        <message>
            <source>Import batches — {file}</source>
            <translation>Chargen importieren — {file}</translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Probleme in der Datei</translation>
        </message>
        <message>
            <source>Batches in the file</source>
            <translation>Chargen in der Datei</translation>
        </message>
        <message>
            <source>Every batch line of the file; a line with a problem is red, its problems in its tooltip. Enter imports every line, or none of them; Esc cancels.</source>
            <translation>Jede Chargenzeile der Datei; eine Zeile mit Problemen ist rot, ihre Probleme stehen im Tooltip. Eingabe importiert alle Zeilen oder keine; Esc bricht ab.</translation>
        </message>
        <message>
            <source>Enter imports every line, or none of them; Esc cancels</source>
            <translation>Eingabe importiert alle Zeilen oder keine; Esc bricht ab</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Abgelehnt: {reason}</translation>
        </message>
        <message>
            <source>&amp;Import again</source>
            <translation>Erneut &amp;importieren</translation>
        </message>
        <message numerus="yes">
            <source>Importing %Ln batch(es)…</source>
            <translation>
                <numerusform>%Ln Charge wird importiert…</numerusform>
                <numerusform>%Ln Chargen werden importiert…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln batch(es) ready. They go in together, or not at all.</source>
            <translation>
                <numerusform>%Ln Charge bereit. Sie wird vollständig importiert oder gar nicht.</numerusform>
                <numerusform>%Ln Chargen bereit. Sie werden gemeinsam importiert oder gar nicht.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %Ln batch(es)</source>
            <translation>
                <numerusform>%Ln Charge &amp;importieren</numerusform>
                <numerusform>%Ln Chargen &amp;importieren</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importieren</translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s): nothing can be imported until the file is fixed. Its columns: {columns} (an empty eta: in stock).</source>
            <translation>
                <numerusform>%Ln Problem: Nichts kann importiert werden, bis die Datei korrigiert ist. Ihre Spalten: {columns} (leere eta: auf Lager).</numerusform>
                <numerusform>%Ln Probleme: Nichts kann importiert werden, bis die Datei korrigiert ist. Ihre Spalten: {columns} (leere eta: auf Lager).</numerusform>
            </translation>
        </message>
        <message>
            <source>in stock</source>
            <translation>auf Lager</translation>
        </message>
    </context>
    <context>
        <name>LabelKeys</name>
        <message>
            <source>No new batches to label: F6 prints the labels of the batches received here (Ctrl+N or an import) since the last ones printed; F7 prints the selected batches' labels again</source>
            <translation>Keine neuen Chargen zu etikettieren: F6 druckt die Etiketten der Chargen, die hier (Strg+N oder Import) seit dem letzten Etikettendruck eingegangen sind; F7 druckt die Etiketten der ausgewählten Chargen erneut</translation>
        </message>
        <message>
            <source>No batch selected: select batches in the batch table (Ctrl+B), then F7</source>
            <translation>Keine Charge ausgewählt: Chargen in der Chargentabelle auswählen (Strg+B), dann F7</translation>
        </message>
        <message>
            <source>The selected batches stand in no bin yet: select batches with a location in the batch table (Ctrl+B), then F9</source>
            <translation>Die ausgewählten Chargen stehen noch auf keinem Lagerplatz: Chargen mit Lagerplatz in der Chargentabelle auswählen (Strg+B), dann F9</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln label(s) to {path}</source>
            <translation>
                <numerusform>%Ln Etikett in {path} gespeichert</numerusform>
                <numerusform>%Ln Etiketten in {path} gespeichert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Printed %Ln label(s) on {path}</source>
            <translation>
                <numerusform>%Ln Etikett auf {path} gedruckt</numerusform>
                <numerusform>%Ln Etiketten auf {path} gedruckt</numerusform>
            </translation>
        </message>
        <message>
            <source>Labels not written: {error}</source>
            <translation>Etiketten nicht geschrieben: {error}</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>in stock</source>
            <translation>auf Lager</translation>
        </message>
        <message>
            <source>ETA {day}</source>
            <translation>Ankunft {day}</translation>
        </message>
        <message>
            <source>62 × 29 mm</source>
            <translation>62 × 29 mm</translation>
        </message>
        <message>
            <source>a 62 × 29 mm label</source>
            <translation>einem Etikett 62 × 29 mm</translation>
        </message>
        <message>
            <source>4 × 6 in</source>
            <translation>4 × 6 Zoll</translation>
        </message>
        <message>
            <source>a 4 × 6 in label</source>
            <translation>einem Etikett 4 × 6 Zoll</translation>
        </message>
        <message>
            <source>A4 sheet of 24</source>
            <translation>A4-Bogen mit 24</translation>
        </message>
        <message>
            <source>a 70 × 37 mm label of an A4 sheet</source>
            <translation>einem Etikett 70 × 37 mm eines A4-Bogens</translation>
        </message>
        <message>
            <source>The reference {code} is too long for a barcode that scans on {size}: choose {sizes}, which holds it</source>
            <translation>Die Chargennummer {code} ist zu lang für einen Barcode, der auf {size} lesbar ist: bitte {sizes} wählen, dort passt sie hinein</translation>
        </message>
        <message numerus="yes">
            <source>The reference {code} is too long for a barcode that scans on {size}, or on any other: a barcode holds at most about %n characters</source>
            <translation>
                <numerusform>Die Chargennummer {code} ist zu lang für einen Barcode, der auf {size} oder einem anderen Format lesbar ist: Ein Barcode fasst höchstens etwa %n Zeichen</numerusform>
                <numerusform>Die Chargennummer {code} ist zu lang für einen Barcode, der auf {size} oder einem anderen Format lesbar ist: Ein Barcode fasst höchstens etwa %n Zeichen</numerusform>
            </translation>
        </message>
        <message>
            <source>The bin code {code} is too long for a barcode that scans on {size}: choose {sizes}, which holds it</source>
            <translation>Der Lagerplatzcode {code} ist zu lang für einen Barcode, der auf {size} lesbar ist: bitte {sizes} wählen, dort passt er hinein</translation>
        </message>
        <message numerus="yes">
            <source>The bin code {code} is too long for a barcode that scans on {size}, or on any other: a barcode holds at most about %n characters</source>
            <translation>
                <numerusform>Der Lagerplatzcode {code} ist zu lang für einen Barcode, der auf {size} oder einem anderen Format lesbar ist: Ein Barcode fasst höchstens etwa %n Zeichen</numerusform>
                <numerusform>Der Lagerplatzcode {code} ist zu lang für einen Barcode, der auf {size} oder einem anderen Format lesbar ist: Ein Barcode fasst höchstens etwa %n Zeichen</numerusform>
            </translation>
        </message>
        <message>
            <source>No label size {key}: choose one of {known}</source>
            <translation>Keine Etikettengröße {key}: bitte eine von {known} wählen</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} oder {second}</translation>
        </message>
        <message>
            <source>No labels to write: name a batch or a bin</source>
            <translation>Keine Etiketten zu schreiben: bitte eine Charge oder einen Lagerplatz angeben</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>der Ordner {folder} existiert nicht</translation>
        </message>
        <message>
            <source>the file could not be written there</source>
            <translation>die Datei konnte dort nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Labels — {codes} …</source>
            <translation>Etiketten — {codes} …</translation>
        </message>
        <message>
            <source>Labels — {codes}</source>
            <translation>Etiketten — {codes}</translation>
        </message>
        <message>
            <source>The printer could not be started</source>
            <translation>Der Drucker konnte nicht gestartet werden</translation>
        </message>
        <message>
            <source>no location</source>
            <translation>kein Lagerplatz</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>Ankunft</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lagerplatz</translation>
        </message>
        <message>
            <source>Qty {qty}</source>
            <translation>Menge {qty}</translation>
        </message>
    </context>
    <context>
        <name>Locations</name>
        <message>
            <source>must be text, got {type}</source>
            <translation>muss Text sein, erhalten: {type}</translation>
        </message>
        <message>
            <source>must be at most {most} characters, got {length}</source>
            <translation>darf höchstens {most} Zeichen lang sein, erhalten: {length}</translation>
        </message>
        <message>
            <source>must be letters, digits and '-' only, got {got}</source>
            <translation>darf nur Buchstaben, Ziffern und '-' enthalten, erhalten: {got}</translation>
        </message>
        <message>
            <source>must not be blank</source>
            <translation>darf nicht leer sein</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Warehouse GUI</source>
            <translation>Warehouse GUI</translation>
        </message>
        <message>
            <source>Waitin&amp;g</source>
            <translation>&amp;Wartend</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Ansichten</translation>
        </message>
        <message>
            <source>Batches, orders, picking, the order lines waiting for stock, the history and the stock picture; Ctrl+Tab goes to the next one</source>
            <translation>Chargen, Aufträge, Kommissionierung, die auf Bestand wartenden Auftragspositionen, der Verlauf und die Bestandsgrafik; Strg+Tab wechselt zur nächsten</translation>
        </message>
        <message>
            <source>&amp;Batches</source>
            <translation>Cha&amp;rgen</translation>
        </message>
        <message>
            <source>Order&amp;s</source>
            <translation>Auftr&amp;äge</translation>
        </message>
        <message>
            <source>Pick</source>
            <translation>Kommissionieren</translation>
        </message>
        <message>
            <source>His&amp;tory</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>Stock &amp;picture</source>
            <translation>Besta&amp;ndsgrafik</translation>
        </message>
        <message numerus="yes">
            <source>Loaded %Ln batch(es)</source>
            <translation>
                <numerusform>%Ln Charge geladen</numerusform>
                <numerusform>%Ln Chargen geladen</numerusform>
            </translation>
        </message>
        <message>
            <source>{message}: sign in again</source>
            <translation>{message}: bitte erneut anmelden</translation>
        </message>
        <message>
            <source>Read-only: {why}; nothing can be changed here</source>
            <translation>Schreibgeschützt: {why}; hier kann nichts geändert werden</translation>
        </message>
        <message>
            <source>Waitin&amp;g ({count})</source>
            <translation>&amp;Wartend ({count})</translation>
        </message>
        <message numerus="yes">
            <source>Finishing %n queued command(s)…</source>
            <translation>
                <numerusform>%n Befehl in der Warteschlange wird abgeschlossen…</numerusform>
                <numerusform>%n Befehle in der Warteschlange werden abgeschlossen…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MessageBus</name>
        <message numerus="yes">
            <source>Other workstations kept changing the same stock at the same moment; gave up after %n attempts, nothing was applied. Try again.</source>
            <translation>
                <numerusform>Andere Arbeitsplätze haben gleichzeitig denselben Bestand geändert; nach %n Versuch aufgegeben, nichts wurde übernommen. Bitte erneut versuchen.</numerusform>
                <numerusform>Andere Arbeitsplätze haben gleichzeitig denselben Bestand geändert; nach %n Versuchen aufgegeben, nichts wurde übernommen. Bitte erneut versuchen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Created batch {ref}: {qty} × {sku}, arriving {eta}</source>
            <translation>Charge {ref} angelegt: {qty} × {sku}, Ankunft {eta}</translation>
        </message>
        <message>
            <source>Created batch {ref}: {qty} × {sku}, in stock</source>
            <translation>Charge {ref} angelegt: {qty} × {sku}, auf Lager</translation>
        </message>
        <message>
            <source>Allocated {orderid}: {qty} × {sku} split — {parts}</source>
            <translation>{orderid} zugeteilt: {qty} × {sku} aufgeteilt — {parts}</translation>
        </message>
        <message>
            <source>Allocated {orderid}: {qty} × {sku} from batch {batchref}</source>
            <translation>{orderid} zugeteilt: {qty} × {sku} aus Charge {batchref}</translation>
        </message>
        <message>
            <source>Batch {ref} cancelled (purchased quantity 0)</source>
            <translation>Charge {ref} storniert (bestellte Menge 0)</translation>
        </message>
        <message numerus="yes">
            <source>Batch {ref} now holds %Ln units</source>
            <translation>
                <numerusform>Charge {ref} enthält jetzt %Ln Stück</numerusform>
                <numerusform>Charge {ref} enthält jetzt %Ln Stück</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln batch(es)</source>
            <translation>
                <numerusform>%Ln Charge importiert</numerusform>
                <numerusform>%Ln Chargen importiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Low-stock warning for {sku} turned off</source>
            <translation>Warnung bei niedrigem Bestand für {sku} ausgeschaltet</translation>
        </message>
        <message>
            <source>{sku} will warn when fewer than {threshold} are available</source>
            <translation>{sku} warnt, wenn weniger als {threshold} verfügbar sind</translation>
        </message>
        <message>
            <source>Picked {orderid}'s {qty} × {sku} from {batchref}</source>
            <translation>{qty} × {sku} von {orderid} aus {batchref} kommissioniert</translation>
        </message>
        <message>
            <source>Put back {orderid}'s {sku} into {batchref}: not picked any more</source>
            <translation>{sku} von {orderid} in {batchref} zurückgelegt: nicht mehr kommissioniert</translation>
        </message>
        <message>
            <source>Shortage of batch {ref} reported ({counted} counted): a supervisor approves the correction from the alert</source>
            <translation>Fehlmenge in Charge {ref} gemeldet ({counted} gezählt): Ein Schichtleiter gibt die Korrektur über die Meldung frei</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Batch {ref} is at {location} already</source>
            <translation>Charge {ref} liegt bereits auf {location}</translation>
        </message>
        <message>
            <source>Moved batch {ref} to {location} (from {previous})</source>
            <translation>Charge {ref} nach {location} umgelagert (von {previous})</translation>
        </message>
        <message>
            <source>Moved batch {ref} to {location}</source>
            <translation>Charge {ref} nach {location} umgelagert</translation>
        </message>
        <message>
            <source>Shortage: batch {ref} at {location} holds {counted} × {sku}, not {expected} — Enter here: a supervisor corrects it to {counted}</source>
            <translation>Fehlmenge: Charge {ref} auf {location} enthält {counted} × {sku}, nicht {expected} — Eingabe hier: Ein Schichtleiter korrigiert auf {counted}</translation>
        </message>
        <message>
            <source>Shortage: batch {ref} holds {counted} × {sku}, not {expected} — Enter here: a supervisor corrects it to {counted}</source>
            <translation>Fehlmenge: Charge {ref} enthält {counted} × {sku}, nicht {expected} — Eingabe hier: Ein Schichtleiter korrigiert auf {counted}</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku} is already waiting for stock · Ctrl+W</source>
            <translation>{qty} × {sku} von {orderid} wartet bereits auf Bestand · Strg+W</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku} waits for stock ({available} available) · Ctrl+W</source>
            <translation>{qty} × {sku} von {orderid} wartet auf Bestand ({available} verfügbar) · Strg+W</translation>
        </message>
        <message>
            <source>Withdrew {orderid}'s {qty} × {sku}: it no longer waits for stock</source>
            <translation>{qty} × {sku} von {orderid} zurückgezogen: wartet nicht mehr auf Bestand</translation>
        </message>
        <message>
            <source>Cancelled {orderid}'s line of {sku}</source>
            <translation>Position {sku} von {orderid} storniert</translation>
        </message>
        <message>
            <source>Cancelled {orderid}'s {qty} × {sku} (from batch {batchref})</source>
            <translation>{qty} × {sku} von {orderid} storniert (aus Charge {batchref})</translation>
        </message>
        <message>
            <source>Cancelled {orderid}'s {qty} × {sku} ({parts})</source>
            <translation>{qty} × {sku} von {orderid} storniert ({parts})</translation>
        </message>
        <message>
            <source>{qty} from {batchref}</source>
            <translation>{qty} aus {batchref}</translation>
        </message>
        <message numerus="yes">
            <source>; %Ln waiting line(s) allocated</source>
            <translation>
                <numerusform>; %Ln wartende Position zugeteilt</numerusform>
                <numerusform>; %Ln wartende Positionen zugeteilt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln order line(s) moved to other batches</source>
            <translation>
                <numerusform>%Ln Auftragsposition in andere Chargen verschoben</numerusform>
                <numerusform>%Ln Auftragspositionen in andere Chargen verschoben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) now waiting for stock</source>
            <translation>
                <numerusform>%Ln Position wartet jetzt auf Bestand</numerusform>
                <numerusform>%Ln Positionen warten jetzt auf Bestand</numerusform>
            </translation>
        </message>
        <message>
            <source>; {moved}, {waiting}</source>
            <translation>; {moved}, {waiting}</translation>
        </message>
        <message>
            <source>; {clause}</source>
            <translation>; {clause}</translation>
        </message>
        <message>
            <source>Refused: {message}</source>
            <translation>Abgelehnt: {message}</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>Out of stock: {sku} — an order line could not be allocated</source>
            <translation>Nicht auf Lager: {sku} — eine Auftragsposition konnte nicht zugeteilt werden</translation>
        </message>
        <message>
            <source>Out of stock: {sku} — {orderid} wants {qty}; only {available} available — waiting for stock</source>
            <translation>Nicht auf Lager: {sku} — {orderid} benötigt {qty}; nur {available} verfügbar — wartet auf Bestand</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku}, waiting since {since}, is now allocated</source>
            <translation>{qty} × {sku} von {orderid}, wartend seit {since}, ist jetzt zugeteilt</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku}, waiting for stock, is now allocated</source>
            <translation>{qty} × {sku} von {orderid}, das auf Bestand wartete, ist jetzt zugeteilt</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku} is now allocated</source>
            <translation>{qty} × {sku} von {orderid} ist jetzt zugeteilt</translation>
        </message>
        <message>
            <source>Low stock: {sku} — {available} available (in stock and arriving), below its threshold of {threshold}</source>
            <translation>Niedriger Bestand: {sku} — {available} verfügbar (auf Lager und erwartet), unter dem Mindestbestand von {threshold}</translation>
        </message>
        <message>
            <source>{alert} (at {station})</source>
            <translation>{alert} (Arbeitsplatz {station})</translation>
        </message>
    </context>
    <context>
        <name>Model</name>
        <message>
            <source>{orderid} has no line of {sku} to cancel</source>
            <translation>{orderid} hat keine Position {sku} zum Stornieren</translation>
        </message>
        <message>
            <source>{orderid}'s {sku} is picked ({batches}): put it back first (Ctrl+Z undoes a pick)</source>
            <translation>{sku} von {orderid} ist kommissioniert ({batches}): zuerst zurücklegen (Strg+Z macht eine Kommissionierung rückgängig)</translation>
        </message>
        <message>
            <source>{orderid}'s {sku} from {batch} is already picked</source>
            <translation>{sku} von {orderid} aus {batch} ist bereits kommissioniert</translation>
        </message>
        <message>
            <source>{orderid}'s {sku} from {batch} is {held}, not {qty}</source>
            <translation>{sku} von {orderid} aus {batch} beträgt {held}, nicht {qty}</translation>
        </message>
        <message>
            <source>{orderid}'s {sku} from {batch} is not picked: nothing to put back</source>
            <translation>{sku} von {orderid} aus {batch} ist nicht kommissioniert: nichts zurückzulegen</translation>
        </message>
        <message>
            <source>Counted {counted}, and batch {ref} holds {expected}: a shortage is a count below what it holds</source>
            <translation>{counted} gezählt, Charge {ref} enthält aber {expected}: Eine Fehlmenge liegt nur vor, wenn weniger gezählt wird, als die Charge enthält</translation>
        </message>
        <message>
            <source>{orderid} has no line of {sku} to pick</source>
            <translation>{orderid} hat keine Position {sku} zum Kommissionieren</translation>
        </message>
        <message>
            <source>{orderid}'s {sku} waits for stock: no batch holds it yet</source>
            <translation>{sku} von {orderid} wartet auf Bestand: noch keine Charge enthält sie</translation>
        </message>
        <message>
            <source>Batch {batch} holds no part of {orderid}'s {sku}: its {sku} is picked already ({batches})</source>
            <translation>Charge {batch} enthält keinen Teil von {sku} aus {orderid}: {sku} dieses Auftrags ist bereits kommissioniert ({batches})</translation>
        </message>
        <message>
            <source>{batch} at {location}</source>
            <translation>{batch} auf {location}</translation>
        </message>
        <message>
            <source>{batch} at {location} ({qty})</source>
            <translation>{batch} auf {location} ({qty})</translation>
        </message>
        <message>
            <source>{batch} ({qty})</source>
            <translation>{batch} ({qty})</translation>
        </message>
        <message>
            <source>{places} and {place}</source>
            <translation>{places} und {place}</translation>
        </message>
        <message>
            <source>Batch {batch} holds no part of {orderid}'s {sku}: its {sku} is in {places}</source>
            <translation>Charge {batch} enthält keinen Teil von {sku} aus {orderid}: {sku} dieses Auftrags liegt in {places}</translation>
        </message>
        <message>
            <source>{orderid}: {qty}</source>
            <translation>{orderid}: {qty}</translation>
        </message>
        <message numerus="yes">
            <source>Batch {ref} cannot go down to {qty}: %Ln (was|were) picked from it ({whose}); put it back first (Ctrl+Z undoes a pick)</source>
            <translation>
                <numerusform>Charge {ref} kann nicht auf {qty} sinken: %Ln Stück wurde daraus kommissioniert ({whose}); zuerst zurücklegen (Strg+Z macht eine Kommissionierung rückgängig)</numerusform>
                <numerusform>Charge {ref} kann nicht auf {qty} sinken: %Ln Stück wurden daraus kommissioniert ({whose}); zuerst zurücklegen (Strg+Z macht eine Kommissionierung rückgängig)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Batch {ref} cannot go down to {qty}: %Ln (was|were) picked from it ({whose}); put them back first (Ctrl+Z undoes a pick)</source>
            <translation>
                <numerusform>Charge {ref} kann nicht auf {qty} sinken: %Ln Stück wurde daraus kommissioniert ({whose}); zuerst alle zurücklegen (Strg+Z macht eine Kommissionierung rückgängig)</numerusform>
                <numerusform>Charge {ref} kann nicht auf {qty} sinken: %Ln Stück wurden daraus kommissioniert ({whose}); zuerst alle zurücklegen (Strg+Z macht eine Kommissionierung rückgängig)</numerusform>
            </translation>
        </message>
        <message>
            <source>{orderid} already waits for {held} of {sku}; cancel that line before allocating {qty}</source>
            <translation>{orderid} wartet bereits auf {held} von {sku}; diese Position stornieren, bevor {qty} zugeteilt werden</translation>
        </message>
        <message>
            <source>{qty} from {batch}</source>
            <translation>{qty} aus {batch}</translation>
        </message>
        <message>
            <source>{orderid} already has {held} of {sku} allocated ({where}); cancel that line before allocating {qty}</source>
            <translation>Für {orderid} sind bereits {held} von {sku} zugeteilt ({where}); diese Position stornieren, bevor {qty} zugeteilt werden</translation>
        </message>
        <message>
            <source>The correction takes {qty} of {orderid}'s {sku} off its batch, and that line is picked ({batches}): put it back first (Ctrl+Z undoes a pick)</source>
            <translation>Die Korrektur nimmt {qty} von {sku} aus {orderid} aus ihrer Charge, und diese Position ist kommissioniert ({batches}): zuerst zurücklegen (Strg+Z macht eine Kommissionierung rückgängig)</translation>
        </message>
    </context>
    <context>
        <name>NetworkShare</name>
        <message>
            <source>The database file {path} is on a network share ({kind}), where SQLite's locking is not reliable: two desks writing at once can damage it. For several desks, use a PostgreSQL server (--db postgresql://…).</source>
            <translation>Die Datenbankdatei {path} liegt auf einer Netzwerkfreigabe ({kind}), auf der die Sperren von SQLite nicht zuverlässig sind: Schreiben zwei Arbeitsplätze gleichzeitig, kann sie beschädigt werden. Für mehrere Arbeitsplätze einen PostgreSQL-Server verwenden (--db postgresql://…).</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <source>Could not open the database: {detail}</source>
            <translation>Die Datenbank konnte nicht geöffnet werden: {detail}</translation>
        </message>
        <message>
            <source>the server is a standby, which only reads</source>
            <translation>der Server ist ein Standby-Server, der nur liest</translation>
        </message>
        <message>
            <source>the server makes every transaction here read-only</source>
            <translation>der Server macht hier jede Transaktion schreibgeschützt</translation>
        </message>
        <message>
            <source>the user {user} may read the warehouse's tables but not change them</source>
            <translation>der Benutzer {user} darf die Tabellen des Lagers lesen, aber nicht ändern</translation>
        </message>
    </context>
    <context>
        <name>OrderRow</name>
        <message>
            <source>waiting for stock since {since}</source>
            <translation>wartet auf Bestand seit {since}</translation>
        </message>
        <message>
            <source>{batch} · part {part} of {parts}</source>
            <translation>{batch} · Teil {part} von {parts}</translation>
        </message>
    </context>
    <context>
        <name>Orders</name>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lagerplatz</translation>
        </message>
        <message>
            <source>Picked</source>
            <translation>Kommiss.</translation>
        </message>
        <message>
            <source>✓ picked</source>
            <translation>✓ kommissioniert</translation>
        </message>
        <message>
            <source>{by}, approved by {approver}</source>
            <translation>{by}, freigegeben von {approver}</translation>
        </message>
        <message>
            <source>{orderid}: no lines allocated or waiting for stock</source>
            <translation>{orderid}: keine Positionen zugeteilt oder auf Bestand wartend</translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) allocated (1 split across {batches} batches)</source>
            <translation>
                <numerusform>%Ln Position zugeteilt (1 auf {batches} Chargen aufgeteilt)</numerusform>
                <numerusform>%Ln Positionen zugeteilt (1 auf {batches} Chargen aufgeteilt)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) allocated ({split} split across batches)</source>
            <translation>
                <numerusform>%Ln Position zugeteilt ({split} auf Chargen aufgeteilt)</numerusform>
                <numerusform>%Ln Positionen zugeteilt ({split} auf Chargen aufgeteilt)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) allocated</source>
            <translation>
                <numerusform>%Ln Position zugeteilt</numerusform>
                <numerusform>%Ln Positionen zugeteilt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln waiting for stock</source>
            <translation>
                <numerusform>%Ln wartet auf Bestand</numerusform>
                <numerusform>%Ln warten auf Bestand</numerusform>
            </translation>
        </message>
        <message>
            <source>{orderid}: {allocated}, {waiting}</source>
            <translation>{orderid}: {allocated}, {waiting}</translation>
        </message>
        <message>
            <source>{orderid}: {lines}</source>
            <translation>{orderid}: {lines}</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku} waits for stock since {since}: it is allocated when stock arrives</source>
            <translation>{qty} × {sku} von {orderid} wartet seit {since} auf Bestand: wird zugeteilt, sobald Bestand eintrifft</translation>
        </message>
        <message>
            <source>{qty} of {orderid}'s {line_qty} × {sku} (part {part} of {parts}), from batch {batch} at {location}</source>
            <translation>{qty} von {line_qty} × {sku} für {orderid} (Teil {part} von {parts}), aus Charge {batch} auf {location}</translation>
        </message>
        <message>
            <source>{qty} of {orderid}'s {line_qty} × {sku} (part {part} of {parts}), from batch {batch}</source>
            <translation>{qty} von {line_qty} × {sku} für {orderid} (Teil {part} von {parts}), aus Charge {batch}</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku}, from batch {batch} at {location}</source>
            <translation>{qty} × {sku} von {orderid}, aus Charge {batch} auf {location}</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku}, from batch {batch}</source>
            <translation>{qty} × {sku} von {orderid}, aus Charge {batch}</translation>
        </message>
        <message>
            <source>{line} — picked: it goes back to its batch before it can be cancelled</source>
            <translation>{line} — kommissioniert: muss erst in die Charge zurückgelegt werden, bevor sie storniert werden kann</translation>
        </message>
    </context>
    <context>
        <name>OrdersView</name>
        <message>
            <source>Order to look up</source>
            <translation>Gesuchter Auftrag</translation>
        </message>
        <message>
            <source>Type or scan an order ID; Enter shows the order's lines</source>
            <translation>Auftragsnummer eingeben oder scannen; Eingabe zeigt die Positionen des Auftrags</translation>
        </message>
        <message>
            <source>Order ID, then Enter</source>
            <translation>Auftragsnummer, dann Eingabe</translation>
        </message>
        <message>
            <source>Find or&amp;der</source>
            <translation>Auftrag such&amp;en</translation>
        </message>
        <message>
            <source>Type an order ID and press Enter</source>
            <translation>Auftragsnummer eingeben und Eingabe drücken</translation>
        </message>
        <message>
            <source>Order lines</source>
            <translation>Auftragspositionen</translation>
        </message>
        <message>
            <source>The order's lines by SKU: quantity, batch, who allocated it, location and whether it is picked. Delete cancels the selected line</source>
            <translation>Die Positionen des Auftrags nach SKU: Menge, Charge, wer sie zugeteilt hat, Lagerplatz und ob sie kommissioniert ist. Entf storniert die ausgewählte Position</translation>
        </message>
        <message>
            <source>Orders error</source>
            <translation>Auftragsfehler</translation>
        </message>
        <message>
            <source>↓ moves to the lines; Delete cancels the selected line (every part of it) or withdraws a waiting one; Ctrl+P prints the pick list, Ctrl+Shift+P saves it as PDF</source>
            <translation>↓ wechselt zu den Positionen; Entf storniert die ausgewählte Position (alle ihre Teile) oder zieht eine wartende zurück; Strg+P druckt die Pickliste, Strg+Umschalt+P speichert sie als PDF</translation>
        </message>
        <message>
            <source>Withdraw waiting line</source>
            <translation>Wartende Position zurückziehen</translation>
        </message>
        <message>
            <source>Withdraw line</source>
            <translation>Position zurückziehen</translation>
        </message>
        <message>
            <source>Keep waiting</source>
            <translation>Weiter warten</translation>
        </message>
        <message>
            <source>Withdraw {orderid}'s {qty} × {sku}, waiting for stock since {since}?

It is no longer allocated when stock arrives.</source>
            <translation>{qty} × {sku} von {orderid}, wartend seit {since}, zurückziehen?

Die Position wird bei Wareneingang nicht mehr zugeteilt.</translation>
        </message>
        <message>
            <source>Cancel order line</source>
            <translation>Auftragsposition stornieren</translation>
        </message>
        <message>
            <source>Cancel line</source>
            <translation>Position stornieren</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Cancel {orderid}'s {qty} × {sku} from batch {batch}?

The stock becomes available again (to lines waiting for it first); the line is not allocated elsewhere.</source>
            <translation>{qty} × {sku} von {orderid} aus Charge {batch} stornieren?

Der Bestand wird wieder verfügbar (zuerst für wartende Positionen); die Position wird nicht anderweitig zugeteilt.</translation>
        </message>
        <message>
            <source>Cancel {orderid}'s {qty} × {sku} ({parts})?

The stock becomes available again (to lines waiting for it first); the line is not allocated elsewhere.</source>
            <translation>{qty} × {sku} von {orderid} ({parts}) stornieren?

Der Bestand wird wieder verfügbar (zuerst für wartende Positionen); die Position wird nicht anderweitig zugeteilt.</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>Correcting or cancelling a batch needs a supervisor</source>
            <translation>Korrigieren oder Stornieren einer Charge erfordert einen Schichtleiter</translation>
        </message>
        <message>
            <source>Importing batches needs a supervisor</source>
            <translation>Importieren von Chargen erfordert einen Schichtleiter</translation>
        </message>
        <message>
            <source>Setting a low-stock threshold needs a supervisor</source>
            <translation>Festlegen eines Mindestbestands erfordert einen Schichtleiter</translation>
        </message>
        <message>
            <source>Adding a person needs an admin</source>
            <translation>Hinzufügen einer Person erfordert einen Administrator</translation>
        </message>
        <message>
            <source>Changing a person's role needs an admin</source>
            <translation>Ändern der Rolle einer Person erfordert einen Administrator</translation>
        </message>
        <message>
            <source>Disabling a person needs an admin</source>
            <translation>Deaktivieren einer Person erfordert einen Administrator</translation>
        </message>
        <message>
            <source>{command} needs {role}</source>
            <translation>{command} erfordert {role}</translation>
        </message>
    </context>
    <context>
        <name>PeopleControls</name>
        <message>
            <source>Nobody signs in here: this database has no people yet (Ctrl+U adds the first)</source>
            <translation>Hier meldet sich niemand an: Diese Datenbank hat noch keine Personen (Strg+U fügt die erste hinzu)</translation>
        </message>
        <message>
            <source>Signed out: the next person signs in here</source>
            <translation>Abgemeldet: Die nächste Person meldet sich hier an</translation>
        </message>
        <message>
            <source>Approval withdrawn</source>
            <translation>Freigabe zurückgezogen</translation>
        </message>
        <message>
            <source>Signed in: {person}</source>
            <translation>Angemeldet: {person}</translation>
        </message>
        <message>
            <source>Approved by {approver} for one action</source>
            <translation>Von {approver} für eine Aktion freigegeben</translation>
        </message>
    </context>
    <context>
        <name>PeopleDialog</name>
        <message>
            <source>Login</source>
            <translation>Kennung</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>May sign in</source>
            <translation>Zugang</translation>
        </message>
        <message>
            <source>{name} is a clerk now</source>
            <translation>{name} ist jetzt Lagerist</translation>
        </message>
        <message>
            <source>{name} is a supervisor now</source>
            <translation>{name} ist jetzt Schichtleiter</translation>
        </message>
        <message>
            <source>{name} is an admin now</source>
            <translation>{name} ist jetzt Administrator</translation>
        </message>
        <message>
            <source>This database has no people yet: the first person must be an admin, and adding them turns sign-in on at every desk.</source>
            <translation>Diese Datenbank hat noch keine Personen: Die erste Person muss Administrator sein, und mit ihr wird die Anmeldung an jedem Arbeitsplatz eingeschaltet.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Who signs in here: login, name, role and whether they may sign in; select a person to change their role or disable them.</source>
            <translation>Wer sich hier anmeldet: Kennung, Name, Rolle und ob die Person sich anmelden darf; eine Person auswählen, um ihre Rolle zu ändern oder sie zu deaktivieren.</translation>
        </message>
        <message>
            <source>P&amp;eople</source>
            <translation>P&amp;ersonen</translation>
        </message>
        <message>
            <source>New role of the selected person</source>
            <translation>Neue Rolle der ausgewählten Person</translation>
        </message>
        <message>
            <source>Set &amp;role</source>
            <translation>Rolle &amp;festlegen</translation>
        </message>
        <message>
            <source>Set the role of the selected person</source>
            <translation>Rolle der ausgewählten Person festlegen</translation>
        </message>
        <message>
            <source>&amp;Disable…</source>
            <translation>&amp;Deaktivieren…</translation>
        </message>
        <message>
            <source>Disable the selected person</source>
            <translation>Ausgewählte Person deaktivieren</translation>
        </message>
        <message>
            <source>Ro&amp;le of the selected person</source>
            <translation>Ro&amp;lle der ausgewählten Person</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Person hinzufügen</translation>
        </message>
        <message>
            <source>Lo&amp;gin</source>
            <translation>&amp;Kennung</translation>
        </message>
        <message>
            <source>the badge's barcode, e.g. anna</source>
            <translation>der Barcode des Ausweises, z. B. anna</translation>
        </message>
        <message>
            <source>New person's login</source>
            <translation>Kennung der neuen Person</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>e.g. Anna Kowalska</source>
            <translation>z. B. Anna Kowalska</translation>
        </message>
        <message>
            <source>New person's name</source>
            <translation>Name der neuen Person</translation>
        </message>
        <message>
            <source>Role of the new person</source>
            <translation>Rolle der neuen Person</translation>
        </message>
        <message>
            <source>R&amp;ole</source>
            <translation>R&amp;olle</translation>
        </message>
        <message>
            <source>4 to 12 digits</source>
            <translation>4 bis 12 Ziffern</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>&amp;PIN</translation>
        </message>
        <message>
            <source>New person's PIN</source>
            <translation>PIN der neuen Person</translation>
        </message>
        <message>
            <source>Confir&amp;m PIN</source>
            <translation>PIN &amp;bestätigen</translation>
        </message>
        <message>
            <source>New person's PIN again, to confirm it</source>
            <translation>PIN der neuen Person erneut, zur Bestätigung</translation>
        </message>
        <message>
            <source>&amp;Add person</source>
            <translation>Person &amp;hinzufügen</translation>
        </message>
        <message>
            <source>People message</source>
            <translation>Meldung zu Personen</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Was getan wurde</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>The two PINs differ: type the same PIN twice</source>
            <translation>Die beiden PINs unterscheiden sich: bitte zweimal dieselbe PIN eingeben</translation>
        </message>
        <message>
            <source>Added {login}: {name}, {role}</source>
            <translation>{login} hinzugefügt: {name}, {role}</translation>
        </message>
        <message>
            <source>Disable {login} ({name})?

They may no longer sign in. They stay in the list, and the history keeps their name.</source>
            <translation>{login} ({name}) deaktivieren?

Die Person kann sich nicht mehr anmelden. Sie bleibt in der Liste, und der Verlauf behält ihren Namen.</translation>
        </message>
        <message>
            <source>Disable a person</source>
            <translation>Person deaktivieren</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>{login} may no longer sign in</source>
            <translation>{login} darf sich nicht mehr anmelden</translation>
        </message>
    </context>
    <context>
        <name>PeopleStore</name>
        <message>
            <source>{login} is already a person here</source>
            <translation>{login} ist hier bereits als Person angelegt</translation>
        </message>
        <message>
            <source>A database role named {login} exists already: choose another login</source>
            <translation>Eine Datenbankrolle namens {login} existiert bereits: bitte eine andere Kennung wählen</translation>
        </message>
        <message>
            <source>No one signs in as {login} here: check the badge, or ask an admin to add them</source>
            <translation>Niemand meldet sich hier als {login} an: Ausweis prüfen oder einen Administrator bitten, die Person hinzuzufügen</translation>
        </message>
    </context>
    <context>
        <name>Pick</name>
        <message>
            <source>Location</source>
            <translation>Lagerplatz</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Picked</source>
            <translation>Kommiss.</translation>
        </message>
        <message>
            <source>Bin or batch</source>
            <translation>Lagerplatz/Charge</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Gezählt</translation>
        </message>
        <message>
            <source>Scan the order ID at the top of its pick list, or type it and press Enter</source>
            <translation>Auftragsnummer oben auf der Pickliste scannen oder eingeben und Eingabe drücken</translation>
        </message>
        <message>
            <source>Wrong bin or batch: {text} — expected bin {location} or batch {batch}</source>
            <translation>Falscher Lagerplatz oder falsche Charge: {text} — erwartet Lagerplatz {location} oder Charge {batch}</translation>
        </message>
        <message>
            <source>Wrong bin or batch: {text} — expected batch {batch} (its bin is not known)</source>
            <translation>Falscher Lagerplatz oder falsche Charge: {text} — erwartet Charge {batch} (ihr Lagerplatz ist unbekannt)</translation>
        </message>
    </context>
    <context>
        <name>PickList</name>
        <message>
            <source>picked</source>
            <translation>kommissioniert</translation>
        </message>
        <message>
            <source>not in yet — arrives {day}</source>
            <translation>noch nicht eingetroffen — Ankunft {day}</translation>
        </message>
        <message>
            <source>part {part} of {parts}: {qty} in all</source>
            <translation>Teil {part} von {parts}: insgesamt {qty}</translation>
        </message>
        <message>
            <source>since {day} {time}</source>
            <translation>seit {day} {time}</translation>
        </message>
        <message>
            <source>Pick list — {order}</source>
            <translation>Pickliste — {order}</translation>
        </message>
    </context>
    <context>
        <name>PickListCommands</name>
        <message>
            <source>Printed the pick list of {order} on {where}</source>
            <translation>Pickliste von {order} auf {where} gedruckt</translation>
        </message>
        <message>
            <source>Saved the pick list of {order} to {path}</source>
            <translation>Pickliste von {order} in {path} gespeichert</translation>
        </message>
        <message>
            <source>Nothing to pick: {order} has no allocated lines</source>
            <translation>Nichts zu kommissionieren: {order} hat keine zugeteilten Positionen</translation>
        </message>
        <message>
            <source>No order shown: type its ID here and press Enter, then Ctrl+P prints its pick list (Ctrl+Shift+P saves it as PDF)</source>
            <translation>Kein Auftrag angezeigt: Auftragsnummer hier eingeben und Eingabe drücken, dann druckt Strg+P die Pickliste (Strg+Umschalt+P speichert sie als PDF)</translation>
        </message>
    </context>
    <context>
        <name>PickListPages</name>
        <message>
            <source>Location</source>
            <translation>Lagerplatz</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Waiting for stock — not to pick</source>
            <translation>Wartet auf Bestand — nicht kommissionieren</translation>
        </message>
        <message>
            <source>Printed {day} {time} at station {station} by {operator}</source>
            <translation>Gedruckt am {day} um {time} an Arbeitsplatz {station} von {operator}</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s), {units}</source>
            <translation>
                <numerusform>%n Position, {units}</numerusform>
                <numerusform>%n Positionen, {units}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s)</source>
            <translation>
                <numerusform>%Ln Stück</numerusform>
                <numerusform>%Ln Stück</numerusform>
            </translation>
        </message>
        <message>
            <source>in walking order (by location)</source>
            <translation>in Laufreihenfolge (nach Lagerplatz)</translation>
        </message>
        <message numerus="yes">
            <source>%n picked already</source>
            <translation>
                <numerusform>%n bereits kommissioniert</numerusform>
                <numerusform>%n bereits kommissioniert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) waiting for stock, not to pick</source>
            <translation>
                <numerusform>%n Position wartet auf Bestand, nicht kommissionieren</numerusform>
                <numerusform>%n Positionen warten auf Bestand, nicht kommissionieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Picked by ______________________     Checked by ______________________</source>
            <translation>Kommissioniert von ______________________     Geprüft von ______________________</translation>
        </message>
        <message>
            <source>{title} — page {page} of {pages}</source>
            <translation>{title} — Seite {page} von {pages}</translation>
        </message>
    </context>
    <context>
        <name>PickView</name>
        <message>
            <source>Order to pick</source>
            <translation>Zu kommissionierender Auftrag</translation>
        </message>
        <message>
            <source>Scan the barcode at the top of a pick list, or type the order ID and press Enter: its parts come up in walking order</source>
            <translation>Barcode oben auf einer Pickliste scannen oder Auftragsnummer eingeben und Eingabe drücken: Die Teile erscheinen in Laufreihenfolge</translation>
        </message>
        <message>
            <source>scan the pick list's barcode</source>
            <translation>Barcode der Pickliste scannen</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>Parts to pick, in walking order</source>
            <translation>Zu kommissionierende Teile, in Laufreihenfolge</translation>
        </message>
        <message>
            <source>Scan</source>
            <translation>Scannen</translation>
        </message>
        <message>
            <source>What to scan</source>
            <translation>Was zu scannen ist</translation>
        </message>
        <message>
            <source>Pick scan</source>
            <translation>Kommissionier-Scan</translation>
        </message>
        <message>
            <source>Scan the bin's or the batch's label, then the SKU; Enter confirms the quantity. {key} reports a shortage; Esc goes back</source>
            <translation>Etikett des Lagerplatzes oder der Charge scannen, dann die SKU; Eingabe bestätigt die Menge. {key} meldet eine Fehlmenge; Esc geht zurück</translation>
        </message>
        <message>
            <source>Pick error</source>
            <translation>Kommissionierfehler</translation>
        </message>
        <message>
            <source>Each part: the bin's or the batch's label, then the SKU, then Enter confirms the quantity. {key}: the bin holds fewer (report a shortage); Esc: back; Ctrl+Z puts the last pick back</source>
            <translation>Jeder Teil: Etikett des Lagerplatzes oder der Charge, dann die SKU, dann bestätigt Eingabe die Menge. {key}: Auf dem Lagerplatz liegt weniger (Fehlmenge melden); Esc: zurück; Strg+Z legt die letzte Kommissionierung zurück</translation>
        </message>
        <message>
            <source>No part to report a shortage of: scan an order's pick list first</source>
            <translation>Kein Teil, für den eine Fehlmenge gemeldet werden kann: zuerst die Pickliste eines Auftrags scannen</translation>
        </message>
        <message>
            <source>Reading {orderid}…</source>
            <translation>{orderid} wird gelesen…</translation>
        </message>
        <message>
            <source>{orderid} has nothing left to pick: scan the next pick list</source>
            <translation>{orderid} hat nichts mehr zu kommissionieren: nächste Pickliste scannen</translation>
        </message>
        <message>
            <source>Wrong product: {text} — expected SKU {sku} from {batch}</source>
            <translation>Falscher Artikel: {text} — erwartet SKU {sku} aus {batch}</translation>
        </message>
        <message>
            <source>Take all {qty} × {sku} from {batch}, not {text}: this part is {qty}. Fewer there? {key} reports a shortage</source>
            <translation>Alle {qty} × {sku} aus {batch} entnehmen, nicht {text}: Dieser Teil umfasst {qty}. Weniger vorhanden? {key} meldet eine Fehlmenge</translation>
        </message>
        <message>
            <source>Counted {rule}</source>
            <translation>Zählung {rule}</translation>
        </message>
        <message>
            <source>Nothing to pick: {orderid} has no allocated lines</source>
            <translation>Nichts zu kommissionieren: {orderid} hat keine zugeteilten Positionen</translation>
        </message>
        <message>
            <source>Every part of {orderid} scanned: saving the last picks…</source>
            <translation>Alle Teile von {orderid} gescannt: letzte Kommissionierungen werden gespeichert…</translation>
        </message>
        <message>
            <source>{orderid} is picked: scan the next pick list</source>
            <translation>{orderid} ist kommissioniert: nächste Pickliste scannen</translation>
        </message>
        <message>
            <source>{orderid}: nothing to pick</source>
            <translation>{orderid}: nichts zu kommissionieren</translation>
        </message>
        <message>
            <source>Go to {location}: scan the bin label or batch {batch}'s label</source>
            <translation>Zu {location} gehen: Lagerplatzetikett oder Etikett der Charge {batch} scannen</translation>
        </message>
        <message>
            <source>bin or batch label</source>
            <translation>Etikett von Lagerplatz oder Charge</translation>
        </message>
        <message>
            <source>Find batch {batch}: scan the bin label or batch {batch}'s label</source>
            <translation>Charge {batch} suchen: Lagerplatzetikett oder Etikett der Charge {batch} scannen</translation>
        </message>
        <message>
            <source>{batch}: scan the SKU {sku}</source>
            <translation>{batch}: SKU {sku} scannen</translation>
        </message>
        <message>
            <source>the product's SKU</source>
            <translation>die SKU des Artikels</translation>
        </message>
        <message>
            <source>Take {qty} × {sku} from {batch}: Enter confirms</source>
            <translation>{qty} × {sku} aus {batch} entnehmen: Eingabe bestätigt</translation>
        </message>
        <message>
            <source>Enter confirms</source>
            <translation>Eingabe bestätigt</translation>
        </message>
        <message>
            <source>How many {sku} are in batch {batch}? Type the count; Enter reports the shortage (Esc: back)</source>
            <translation>Wie viele {sku} sind in Charge {batch}? Anzahl eingeben; Eingabe meldet die Fehlmenge (Esc: zurück)</translation>
        </message>
        <message>
            <source>units counted</source>
            <translation>gezählte Stück</translation>
        </message>
        <message numerus="yes">
            <source>{orderid}: {done} of %Ln part(s) picked</source>
            <translation>
                <numerusform>{orderid}: {done} von %Ln Teil kommissioniert</numerusform>
                <numerusform>{orderid}: {done} von %Ln Teilen kommissioniert</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ picked</source>
            <translation>✓ kommissioniert</translation>
        </message>
        <message>
            <source>✓ saving…</source>
            <translation>✓ wird gespeichert…</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Flash the form: green when a scan goes through, red when not</source>
            <translation>&amp;Formular blinkt: grün bei erfolgreichem Scan, rot bei Fehler</translation>
        </message>
        <message>
            <source>&amp;Beep: once when a scan goes through, twice when not</source>
            <translation>&amp;Piepton: einmal bei erfolgreichem Scan, zweimal bei Fehler</translation>
        </message>
        <message>
            <source>The beep is the system bell: if the desktop silences it, nothing is heard.</source>
            <translation>Der Piepton ist die Systemglocke: Schaltet der Desktop sie stumm, ist nichts zu hören.</translation>
        </message>
        <message>
            <source>When a scan is confirmed</source>
            <translation>Wenn ein Scan bestätigt wird</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Sign out after minutes without a key or a click</source>
            <translation>Abmeldung nach so vielen Minuten ohne Tastendruck oder Klick</translation>
        </message>
        <message>
            <source>&amp;Sign out after</source>
            <translation>&amp;Abmelden nach</translation>
        </message>
        <message>
            <source>without a key or a click</source>
            <translation>ohne Tastendruck oder Klick</translation>
        </message>
        <message>
            <source>Where people sign in</source>
            <translation>Wo sich Personen anmelden</translation>
        </message>
        <message>
            <source>Set to {minutes} min by {variable} on this desk.</source>
            <translation>An diesem Arbeitsplatz durch {variable} auf {minutes} min gesetzt.</translation>
        </message>
        <message>
            <source>Size of the labels this desk prints</source>
            <translation>Größe der Etiketten, die dieser Arbeitsplatz druckt</translation>
        </message>
        <message>
            <source>&amp;Label size</source>
            <translation>&amp;Etikettengröße</translation>
        </message>
        <message>
            <source>Labels (F6, F7, F9)</source>
            <translation>Etiketten (F6, F7, F9)</translation>
        </message>
        <message>
            <source>As the desktop ({language})</source>
            <translation>Wie der Desktop ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The language of the window, from the next start.</source>
            <translation>Die Sprache des Fensters, ab dem nächsten Start.</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>Set to {value} by {variable} on this desk.</source>
            <translation>An diesem Arbeitsplatz durch {variable} auf {value} gesetzt.</translation>
        </message>
        <message>
            <source>A new language shows when Warehouse GUI is next started.</source>
            <translation>Eine neue Sprache erscheint beim nächsten Start von Warehouse GUI.</translation>
        </message>
        <message>
            <source>&amp;High contrast: white and yellow on black</source>
            <translation>&amp;Hoher Kontrast: Weiß und Gelb auf Schwarz</translation>
        </message>
        <message>
            <source>Shows the window in high contrast at once.</source>
            <translation>Zeigt das Fenster sofort in hohem Kontrast.</translation>
        </message>
        <message>
            <source>Language and display</source>
            <translation>Sprache und Anzeige</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Print pick list</source>
            <translation>Pickliste drucken</translation>
        </message>
        <message>
            <source>Save pick list as PDF</source>
            <translation>Pickliste als PDF speichern</translation>
        </message>
        <message>
            <source>Print labels</source>
            <translation>Etiketten drucken</translation>
        </message>
        <message>
            <source>Save labels as PDF</source>
            <translation>Etiketten als PDF speichern</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>dem Drucker</translation>
        </message>
        <message>
            <source>Could not save {path}: the folder {folder} does not exist</source>
            <translation>{path} konnte nicht gespeichert werden: Der Ordner {folder} existiert nicht</translation>
        </message>
        <message>
            <source>Could not save {path}: the file could not be written there</source>
            <translation>{path} konnte nicht gespeichert werden: Die Datei konnte dort nicht geschrieben werden</translation>
        </message>
        <message>
            <source>No labels to print: choose a batch or a bin</source>
            <translation>Keine Etiketten zu drucken: bitte eine Charge oder einen Lagerplatz wählen</translation>
        </message>
    </context>
    <context>
        <name>RefusedScans</name>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Formular</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>{form}: {line}
{reason}</source>
            <translation>{form}: {line}
{reason}</translation>
        </message>
    </context>
    <context>
        <name>RefusedScansView</name>
        <message>
            <source>Why the scan was refused</source>
            <translation>Warum der Scan abgelehnt wurde</translation>
        </message>
        <message>
            <source>Enter: correct in its form · Ctrl+Enter: send again · Delete: dismiss</source>
            <translation>Eingabe: im Formular korrigieren · Strg+Eingabe: erneut senden · Entf: verwerfen</translation>
        </message>
        <message>
            <source>Refused scans</source>
            <translation>Abgelehnte Scans</translation>
        </message>
        <message>
            <source>Lines refused after the next scan had begun. Enter corrects the current one in its form, Ctrl+Enter sends it again as it is, Delete dismisses it.</source>
            <translation>Zeilen, die abgelehnt wurden, nachdem der nächste Scan begonnen hatte. Eingabe korrigiert die aktuelle in ihrem Formular, Strg+Eingabe sendet sie unverändert erneut, Entf verwirft sie.</translation>
        </message>
        <message numerus="yes">
            <source>Refused scans (Ctrl+R) — %n waiting</source>
            <translation>
                <numerusform>Abgelehnte Scans (Strg+R) — %n offen</numerusform>
                <numerusform>Abgelehnte Scans (Strg+R) — %n offen</numerusform>
            </translation>
        </message>
        <message>
            <source>{line} — {reason}</source>
            <translation>{line} — {reason}</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>a clerk</source>
            <translation>einen Lageristen</translation>
        </message>
        <message>
            <source>a supervisor</source>
            <translation>einen Schichtleiter</translation>
        </message>
        <message>
            <source>an admin</source>
            <translation>einen Administrator</translation>
        </message>
        <message>
            <source>clerk</source>
            <translation>Lagerist</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>Schichtleiter</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>Administrator</translation>
        </message>
    </context>
    <context>
        <name>ScanSafeCompleter</name>
        <message>
            <source>{field} suggestions</source>
            <translation>Vorschläge für {field}</translation>
        </message>
        <message>
            <source>Known SKUs that contain what was typed. Up and Down choose one, Enter takes it; Enter without a choice keeps exactly what was typed.</source>
            <translation>Bekannte SKUs, die das Eingegebene enthalten. ↑ und ↓ wählen eine aus, Eingabe übernimmt sie; Eingabe ohne Auswahl behält genau das Eingegebene.</translation>
        </message>
    </context>
    <context>
        <name>Schema</name>
        <message>
            <source>This database was changed by a newer version of Warehouse GUI (schema revision {revision}; this version knows up to {head}). Use the newer version; nothing was changed.</source>
            <translation>Diese Datenbank wurde von einer neueren Version von Warehouse GUI geändert (Schema-Revision {revision}; diese Version kennt bis {head}). Bitte die neuere Version verwenden; es wurde nichts geändert.</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>This database has people now: sign in to work here</source>
            <translation>Diese Datenbank hat jetzt Personen: zum Arbeiten hier anmelden</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>Sign in first: this database has people, and every action names who did it</source>
            <translation>Bitte zuerst anmelden: Diese Datenbank hat Personen, und jede Aktion nennt, wer sie ausgeführt hat</translation>
        </message>
        <message>
            <source>{why} — Ctrl+Shift+A: a supervisor approves</source>
            <translation>{why} — Strg+Umschalt+A: ein Schichtleiter gibt frei</translation>
        </message>
        <message>
            <source>An admin changed your role to {role}: sign in again</source>
            <translation>Ein Administrator hat Ihre Rolle in {role} geändert: bitte erneut anmelden</translation>
        </message>
        <message>
            <source>An admin disabled your login: you may no longer sign in here</source>
            <translation>Ein Administrator hat Ihre Kennung deaktiviert: Sie können sich hier nicht mehr anmelden</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Every key the application answers to, and what it does</source>
            <translation>Jede Taste, auf die die Anwendung reagiert, und was sie bewirkt</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <source>Scan your badge (or type your login and press Enter), then type your PIN and press Enter.</source>
            <translation>Ausweis scannen (oder Kennung eingeben und Eingabe drücken), dann PIN eingeben und Eingabe drücken.</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Anmelden</translation>
        </message>
        <message>
            <source>Signs in with the login and PIN given</source>
            <translation>Meldet mit der angegebenen Kennung und PIN an</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation>Meldung zur Anmeldung</translation>
        </message>
    </context>
    <context>
        <name>SqliteBackup</name>
        <message>
            <source>unknown reason</source>
            <translation>unbekannter Grund</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Loading batches…</source>
            <translation>Chargen werden geladen…</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last result</source>
            <translation>Letztes Ergebnis</translation>
        </message>
        <message>
            <source>Commands pending</source>
            <translation>Ausstehende Befehle</translation>
        </message>
        <message>
            <source>How many commands are still on their way to the database</source>
            <translation>Wie viele Befehle noch auf dem Weg zur Datenbank sind</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Angemeldet</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbindung wird hergestellt…</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Datenbank: {database}</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Niemand angemeldet</translation>
        </message>
        <message>
            <source>Signed in: {person}</source>
            <translation>Angemeldet: {person}</translation>
        </message>
        <message numerus="yes">
            <source>⏳ %n pending</source>
            <translation>
                <numerusform>⏳ %n ausstehend</numerusform>
                <numerusform>⏳ %n ausstehend</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ All saved</source>
            <translation>✓ Alles gespeichert</translation>
        </message>
        <message>
            <source>⚠ Not connected — trying again…</source>
            <translation>⚠ Nicht verbunden — neuer Versuch…</translation>
        </message>
        <message>
            <source>Read-only: {why}</source>
            <translation>Schreibgeschützt: {why}</translation>
        </message>
        <message>
            <source>⚠ Read-only</source>
            <translation>⚠ Schreibgeschützt</translation>
        </message>
        <message>
            <source>● Connected</source>
            <translation>● Verbunden</translation>
        </message>
        <message>
            <source>The database is reachable</source>
            <translation>Die Datenbank ist erreichbar</translation>
        </message>
        <message>
            <source>Connected to the database</source>
            <translation>Mit der Datenbank verbunden</translation>
        </message>
        <message>
            <source>⚠ Disconnected — reconnecting…</source>
            <translation>⚠ Getrennt — Verbindung wird wiederhergestellt…</translation>
        </message>
        <message>
            <source>The database cannot be reached: {detail}</source>
            <translation>Die Datenbank ist nicht erreichbar: {detail}</translation>
        </message>
        <message>
            <source>Last backup</source>
            <translation>Letzte Sicherung</translation>
        </message>
    </context>
    <context>
        <name>StockChart</name>
        <message>
            <source>Stock picture</source>
            <translation>Bestandsgrafik</translation>
        </message>
        <message>
            <source>Batch {reference}, {arrival}: {purchased} purchased, {allocated} allocated, {available} available</source>
            <translation>Charge {reference}, {arrival}: {purchased} bestellt, {allocated} zugeteilt, {available} verfügbar</translation>
        </message>
        <message>
            <source>{available} available</source>
            <translation>{available} verfügbar</translation>
        </message>
        <message>
            <source>{allocated} of {purchased} allocated</source>
            <translation>{allocated} von {purchased} zugeteilt</translation>
        </message>
    </context>
    <context>
        <name>StockPicture</name>
        <message>
            <source>{sku}: no batches</source>
            <translation>{sku}: keine Chargen</translation>
        </message>
        <message>
            <source>{summary}; {clause}</source>
            <translation>{summary}; {clause}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) ({units} units) waiting for stock</source>
            <translation>
                <numerusform>%Ln Position ({units} Stück) wartet auf Bestand</numerusform>
                <numerusform>%Ln Positionen ({units} Stück) warten auf Bestand</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sku}: %Ln batch(es) — {purchased} purchased, {allocated} allocated, {available} available ({in_stock} in stock, {arriving} arriving)</source>
            <translation>
                <numerusform>{sku}: %Ln Charge — {purchased} bestellt, {allocated} zugeteilt, {available} verfügbar ({in_stock} auf Lager, {arriving} erwartet)</numerusform>
                <numerusform>{sku}: %Ln Chargen — {purchased} bestellt, {allocated} zugeteilt, {available} verfügbar ({in_stock} auf Lager, {arriving} erwartet)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>warns when fewer than %Ln are available — below it now</source>
            <translation>
                <numerusform>warnt, wenn weniger als %Ln verfügbar sind — derzeit darunter</numerusform>
                <numerusform>warnt, wenn weniger als %Ln verfügbar sind — derzeit darunter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>warns when fewer than %Ln are available</source>
            <translation>
                <numerusform>warnt, wenn weniger als %Ln verfügbar sind</numerusform>
                <numerusform>warnt, wenn weniger als %Ln verfügbar sind</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StockView</name>
        <message>
            <source>Type a SKU above and press Enter, or select a batch in the Batches tab (Ctrl+B): its SKU's batches are pictured here.</source>
            <translation>Oben eine SKU eingeben und Eingabe drücken oder im Tab Chargen (Strg+B) eine Charge auswählen: Die Chargen ihrer SKU werden hier dargestellt.</translation>
        </message>
        <message>
            <source>SKU to picture</source>
            <translation>Darzustellende SKU</translation>
        </message>
        <message>
            <source>Type or scan a SKU and press Enter to picture its batches; Down moves to the picture</source>
            <translation>SKU eingeben oder scannen und Eingabe drücken, um ihre Chargen darzustellen; ↓ wechselt zur Grafik</translation>
        </message>
        <message>
            <source>SKU, then Enter</source>
            <translation>SKU, dann Eingabe</translation>
        </message>
        <message>
            <source>SKU to sho&amp;w</source>
            <translation>SKU anz&amp;eigen</translation>
        </message>
        <message>
            <source>Stock totals</source>
            <translation>Bestandssummen</translation>
        </message>
        <message>
            <source>Stock picture</source>
            <translation>Bestandsgrafik</translation>
        </message>
        <message>
            <source>Stock picture error</source>
            <translation>Fehler in der Bestandsgrafik</translation>
        </message>
        <message>
            <source>Batches in allocation order: in stock first, then by arrival. ↓ moves to the picture; Page Up/Down scroll it</source>
            <translation>Chargen in Zuteilungsreihenfolge: zuerst auf Lager, dann nach Ankunft. ↓ wechselt zur Grafik; Bild↑/Bild↓ blättern darin</translation>
        </message>
        <message>
            <source>No batch of SKU {sku} is known: check the SKU, or receive a batch of it with Ctrl+N (the picture appears as soon as one exists).</source>
            <translation>Keine Charge der SKU {sku} bekannt: SKU prüfen oder mit Strg+N eine neue Charge davon erfassen (die Grafik erscheint, sobald eine existiert).</translation>
        </message>
        <message>
            <source>No batches of {sku}</source>
            <translation>Keine Chargen von {sku}</translation>
        </message>
    </context>
    <context>
        <name>UndoHistory</name>
        <message>
            <source>Still undoing the {what}: wait a moment</source>
            <translation>{what} wird noch rückgängig gemacht: bitte einen Moment warten</translation>
        </message>
        <message>
            <source>Your last action is still being saved: press Ctrl+Z again once it is</source>
            <translation>Ihre letzte Aktion wird noch gespeichert: danach erneut Strg+Z drücken</translation>
        </message>
        <message>
            <source>Nothing to undo: only this workstation's own actions since it started can be undone</source>
            <translation>Nichts rückgängig zu machen: Nur die eigenen Aktionen dieses Arbeitsplatzes seit seinem Start können rückgängig gemacht werden</translation>
        </message>
        <message>
            <source>Could not undo the {what} now: {why}, then press Ctrl+Z again. It stays on the undo list.</source>
            <translation>{what} kann jetzt nicht rückgängig gemacht werden: {why}, dann erneut Strg+Z drücken. Der Eintrag bleibt in der Rückgängig-Liste.</translation>
        </message>
        <message>
            <source>Could not undo the {what} now: not connected to the database. It stays on the undo list: press Ctrl+Z again once connected.</source>
            <translation>{what} kann jetzt nicht rückgängig gemacht werden: keine Verbindung zur Datenbank. Der Eintrag bleibt in der Rückgängig-Liste: nach dem Verbinden erneut Strg+Z drücken.</translation>
        </message>
        <message>
            <source>{what} cannot be undone: {reason}</source>
            <translation>{what} kann nicht rückgängig gemacht werden: {reason}</translation>
        </message>
        <message>
            <source>Undone: {what} — {how}</source>
            <translation>Rückgängig gemacht: {what} — {how}</translation>
        </message>
        <message>
            <source>Could not undo the {what}: {why}. Nothing was changed, and it is off the undo list.</source>
            <translation>{what} konnte nicht rückgängig gemacht werden: {why}. Es wurde nichts geändert, und der Eintrag ist aus der Rückgängig-Liste entfernt.</translation>
        </message>
    </context>
    <context>
        <name>UndoItem</name>
        <message>
            <source>Nothing to undo</source>
            <translation>Nichts rückgängig zu machen</translation>
        </message>
        <message>
            <source>&amp;Undo {what} (cannot be undone)</source>
            <translation>&amp;Rückgängig: {what} (nicht möglich)</translation>
        </message>
        <message>
            <source>&amp;Undo {what}</source>
            <translation>&amp;Rückgängig: {what}</translation>
        </message>
    </context>
    <context>
        <name>UnitOfWork</name>
        <message>
            <source>Another workstation changed the same data first ({error})</source>
            <translation>Ein anderer Arbeitsplatz hat dieselben Daten zuerst geändert ({error})</translation>
        </message>
        <message>
            <source>The database asked to try again ({sqlstate})</source>
            <translation>Die Datenbank hat um einen neuen Versuch gebeten ({sqlstate})</translation>
        </message>
        <message>
            <source>The database was busy with another writer</source>
            <translation>Die Datenbank war mit einem anderen Schreibvorgang beschäftigt</translation>
        </message>
        <message>
            <source>The database server has no free connection for this desk right now ({detail}). Nothing was saved; try again in a moment.</source>
            <translation>Der Datenbankserver hat gerade keine freie Verbindung für diesen Arbeitsplatz ({detail}). Es wurde nichts gespeichert; bitte gleich erneut versuchen.</translation>
        </message>
        <message>
            <source>The database's disk is full ({detail}). Nothing was saved; free some space on the database's disk and try again.</source>
            <translation>Der Datenträger der Datenbank ist voll ({detail}). Es wurde nichts gespeichert; bitte auf dem Datenträger der Datenbank Platz schaffen und erneut versuchen.</translation>
        </message>
        <message>
            <source>The connection to the database was lost ({detail}). Nothing was saved; try again.</source>
            <translation>Die Verbindung zur Datenbank ist abgebrochen ({detail}). Es wurde nichts gespeichert; bitte erneut versuchen.</translation>
        </message>
        <message>
            <source>The database cannot be reached ({detail}). Nothing was saved; try again when it is back.</source>
            <translation>Die Datenbank ist nicht erreichbar ({detail}). Es wurde nichts gespeichert; bitte erneut versuchen, sobald sie wieder erreichbar ist.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>must be text, got {type}</source>
            <translation>muss Text sein, erhalten: {type}</translation>
        </message>
        <message>
            <source>must not be blank</source>
            <translation>darf nicht leer sein</translation>
        </message>
        <message>
            <source>must be at most {most} characters, got {length}</source>
            <translation>darf höchstens {most} Zeichen lang sein, erhalten: {length}</translation>
        </message>
        <message>
            <source>must not contain control or invisible characters (found {character})</source>
            <translation>darf keine Steuer- oder unsichtbaren Zeichen enthalten (gefunden: {character})</translation>
        </message>
        <message>
            <source>must be a whole number of at least 1, got {got}</source>
            <translation>muss eine ganze Zahl ab 1 sein, erhalten: {got}</translation>
        </message>
        <message>
            <source>must be a whole number, 0 or more, got {got}</source>
            <translation>muss eine ganze Zahl ab 0 sein, erhalten: {got}</translation>
        </message>
        <message>
            <source>must be a whole number, 0 to cancel the batch, got {got}</source>
            <translation>muss eine ganze Zahl sein (0 storniert die Charge), erhalten: {got}</translation>
        </message>
        <message>
            <source>is larger than any stock this app can record, got {got}</source>
            <translation>ist größer als jeder Bestand, den diese Anwendung erfassen kann, erhalten: {got}</translation>
        </message>
        <message>
            <source>must be a date as YYYY-MM-DD, got {got}</source>
            <translation>muss ein Datum im Format JJJJ-MM-TT sein, erhalten: {got}</translation>
        </message>
        <message>
            <source>{date} is not a real calendar date</source>
            <translation>{date} ist kein gültiges Kalenderdatum</translation>
        </message>
        <message>
            <source>must be 1 to 32 letters, digits, '.', '_' or '-', starting with a letter, got {got}</source>
            <translation>muss aus 1 bis 32 Buchstaben, Ziffern, '.', '_' oder '-' bestehen und mit einem Buchstaben beginnen, erhalten: {got}</translation>
        </message>
        <message>
            <source>{login} is reserved by the database; choose another</source>
            <translation>{login} ist von der Datenbank reserviert; bitte eine andere wählen</translation>
        </message>
        <message>
            <source>must be 4 to 12 digits</source>
            <translation>muss aus 4 bis 12 Ziffern bestehen</translation>
        </message>
        <message>
            <source>must be clerk, supervisor or admin, got {got}</source>
            <translation>muss clerk, supervisor oder admin sein, erhalten: {got}</translation>
        </message>
    </context>
    <context>
        <name>WaitingLines</name>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Auftrag</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Waiting since</source>
            <translation>Wartet seit</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>Wartezeit</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) {hours} h</source>
            <translation>
                <numerusform>%n Tag {hours} h</numerusform>
                <numerusform>%n Tage {hours} h</numerusform>
            </translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
    </context>
    <context>
        <name>WaitingLinesModel</name>
        <message>
            <source>{orderid}'s {qty} × {sku} waits for stock since {since}</source>
            <translation>{qty} × {sku} von {orderid} wartet seit {since} auf Bestand</translation>
        </message>
        <message>
            <source>No order line is waiting for stock</source>
            <translation>Keine Auftragsposition wartet auf Bestand</translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) ({units} units) of {skus} waiting for stock; each SKU's oldest are allocated first when stock arrives</source>
            <translation>
                <numerusform>%Ln Position ({units} Stück) von {skus} wartet auf Bestand; die ältesten jeder SKU werden bei Wareneingang zuerst zugeteilt</numerusform>
                <numerusform>%Ln Positionen ({units} Stück) von {skus} warten auf Bestand; die ältesten jeder SKU werden bei Wareneingang zuerst zugeteilt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln SKU(s)</source>
            <translation>
                <numerusform>%Ln SKU</numerusform>
                <numerusform>%Ln SKUs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WaitingLinesView</name>
        <message>
            <source>Order lines waiting for stock</source>
            <translation>Auf Bestand wartende Auftragspositionen</translation>
        </message>
        <message>
            <source>By SKU, oldest first. Enter opens the selected line's order; Delete withdraws the line</source>
            <translation>Nach SKU, älteste zuerst. Eingabe öffnet den Auftrag der ausgewählten Position; Entf zieht die Position zurück</translation>
        </message>
        <message>
            <source>Waiting lines error</source>
            <translation>Fehler bei wartenden Positionen</translation>
        </message>
        <message>
            <source>Enter opens the selected line's order in the Orders tab; Delete withdraws the line (it is no longer allocated when stock arrives)</source>
            <translation>Eingabe öffnet den Auftrag der ausgewählten Position im Tab Aufträge; Entf zieht die Position zurück (sie wird bei Wareneingang nicht mehr zugeteilt)</translation>
        </message>
        <message>
            <source>Withdraw {orderid}'s {qty} × {sku}, waiting for stock since {since}?

It is no longer allocated when stock arrives.</source>
            <translation>{qty} × {sku} von {orderid}, wartend seit {since}, zurückziehen?

Die Position wird bei Wareneingang nicht mehr zugeteilt.</translation>
        </message>
        <message>
            <source>Withdraw waiting line</source>
            <translation>Wartende Position zurückziehen</translation>
        </message>
        <message>
            <source>Withdraw line</source>
            <translation>Position zurückziehen</translation>
        </message>
        <message>
            <source>Keep waiting</source>
            <translation>Weiter warten</translation>
        </message>
    </context>
    <context>
        <name>WaitingStrip</name>
        <message>
            <source>Space or Delete: seen · Shift+Delete: all seen</source>
            <translation>Leertaste oder Entf: gesehen · Umschalt+Entf: alle gesehen</translation>
        </message>
        <message numerus="yes">
            <source>Alerts (Ctrl+J) — %n waiting</source>
            <translation>
                <numerusform>Meldungen (Strg+J) — %n offen</numerusform>
                <numerusform>Meldungen (Strg+J) — %n offen</numerusform>
            </translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Meldungen</translation>
        </message>
    </context>
</TS>
