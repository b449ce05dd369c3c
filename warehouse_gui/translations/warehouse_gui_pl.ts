<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
    <context>
        <name>AboutBox</name>
        <message>
            <source>About Warehouse GUI</source>
            <translation>O programie Warehouse GUI</translation>
        </message>
        <message>
            <source>Receive stock batches and allocate order lines to them.</source>
            <translation>Przyjmuj partie towaru i przydzielaj do nich pozycje zamówień.</translation>
        </message>
        <message>
            <source>none (the log is not written to a file)</source>
            <translation>brak (dziennik nie jest zapisywany do pliku)</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Baza danych:</translation>
        </message>
        <message>
            <source>Log file:</source>
            <translation>Plik dziennika:</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <source>Ed&amp;it</source>
            <translation>E&amp;dycja</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>In a form: next empty required field, or submit when none is left</source>
            <translation>W formularzu: przejdź do następnego pustego pola wymaganego lub wyślij, gdy żadnego nie zostało</translation>
        </message>
        <message>
            <source>Tab right after a scan</source>
            <translation>Tab tuż po skanie</translation>
        </message>
        <message>
            <source>Ends the scan, as Enter does (scanners set up to send Tab)</source>
            <translation>Kończy skan, tak jak Enter (skanery ustawione na wysyłanie Tab)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>In a form: clear it; in the batch filter: clear the filter</source>
            <translation>W formularzu: wyczyść go; w filtrze partii: wyczyść filtr</translation>
        </message>
        <message>
            <source>Tab / Shift+Tab</source>
            <translation>Tab / Shift+Tab</translation>
        </message>
        <message>
            <source>Next / previous field</source>
            <translation>Następne / poprzednie pole</translation>
        </message>
        <message>
            <source>Alt + underlined letter</source>
            <translation>Alt + podkreślona litera</translation>
        </message>
        <message>
            <source>Jump to that field or tab</source>
            <translation>Przejdź do tego pola lub karty</translation>
        </message>
        <message>
            <source>F2 or Enter</source>
            <translation>F2 lub Enter</translation>
        </message>
        <message>
            <source>In the batch table: correct the selected batch's purchased quantity</source>
            <translation>W tabeli partii: popraw zakupioną ilość zaznaczonej partii</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>In an order's lines: cancel the selected line, every part of it, or withdraw a waiting one (Enter confirms, Esc keeps)</source>
            <translation>W pozycjach zamówienia: anuluj zaznaczoną pozycję (każdą jej część) lub wycofaj oczekującą (Enter potwierdza, Esc zachowuje)</translation>
        </message>
        <message>
            <source>Down, then Enter</source>
            <translation>Strzałka w dół, potem Enter</translation>
        </message>
        <message>
            <source>In a SKU field: take a suggested SKU (a scan + Enter stays as typed)</source>
            <translation>W polu SKU: wybierz podpowiadane SKU (skan + Enter zostaje tak, jak wpisano)</translation>
        </message>
        <message>
            <source>On a shortage in the alerts (Ctrl+J): a supervisor corrects the batch to what was counted</source>
            <translation>Na niedoborze w alertach (Ctrl+J): kierownik zmiany koryguje partię do policzonej ilości</translation>
        </message>
        <message>
            <source>In the Pick tab: start the part again from its bin</source>
            <translation>Na karcie Kompletacja: zacznij tę część od nowa od jej lokalizacji</translation>
        </message>
        <message>
            <source>Shift+arrows</source>
            <translation>Shift+strzałki</translation>
        </message>
        <message>
            <source>In the batch table: select several batches (F7 prints their labels)</source>
            <translation>W tabeli partii: zaznacz kilka partii (F7 drukuje ich etykiety)</translation>
        </message>
        <message>
            <source>New batch form</source>
            <translation>Formularz nowej partii</translation>
        </message>
        <message>
            <source>Move form (above the batch table): a batch's label, then the bin's label</source>
            <translation>Formularz przeniesienia (nad tabelą partii): etykieta partii, potem etykieta lokalizacji</translation>
        </message>
        <message>
            <source>Allocate form</source>
            <translation>Formularz przydziału</translation>
        </message>
        <message>
            <source>Filter the batch table</source>
            <translation>Filtruj tabelę partii</translation>
        </message>
        <message>
            <source>The batch table</source>
            <translation>Tabela partii</translation>
        </message>
        <message>
            <source>Look up an order</source>
            <translation>Wyszukaj zamówienie</translation>
        </message>
        <message>
            <source>The order lines waiting for stock (Enter: open the order, Delete: withdraw)</source>
            <translation>Pozycje zamówień czekające na towar (Enter: otwórz zamówienie, Delete: wycofaj)</translation>
        </message>
        <message>
            <source>Pick an order by scan: its pick list's barcode, then bin, SKU, Enter per part</source>
            <translation>Kompletuj zamówienie skanerem: kod kreskowy listy kompletacji, potem lokalizacja, SKU, Enter dla każdej części</translation>
        </message>
        <message>
            <source>While picking: the bin holds fewer than the batch should (report a shortage)</source>
            <translation>Podczas kompletacji: w lokalizacji jest mniej, niż powinno być w partii (zgłoś niedobór)</translation>
        </message>
        <message>
            <source>History, filtered by SKU and order</source>
            <translation>Historia filtrowana według SKU i zamówienia</translation>
        </message>
        <message>
            <source>Low stock form: warn below a threshold (a supervisor)</source>
            <translation>Formularz niskiego stanu: ostrzegaj poniżej progu (kierownik zmiany)</translation>
        </message>
        <message>
            <source>Stock picture of a SKU (the selected batch's)</source>
            <translation>Przegląd stanu SKU (zaznaczonej partii)</translation>
        </message>
        <message>
            <source>The alerts waiting (Space: seen)</source>
            <translation>Oczekujące alerty (Spacja: przeczytany)</translation>
        </message>
        <message>
            <source>The refused scans (Enter: correct, Ctrl+Enter: send again, Delete: dismiss)</source>
            <translation>Odrzucone skany (Enter: popraw, Ctrl+Enter: wyślij ponownie, Delete: usuń)</translation>
        </message>
        <message>
            <source>Import batches from a CSV file (a preview first; a supervisor)</source>
            <translation>Importuj partie z pliku CSV (najpierw podgląd; kierownik zmiany)</translation>
        </message>
        <message>
            <source>&amp;Import batches…</source>
            <translation>&amp;Importuj partie…</translation>
        </message>
        <message>
            <source>Print the order's pick list</source>
            <translation>Drukuj listę kompletacji zamówienia</translation>
        </message>
        <message>
            <source>&amp;Print pick list…</source>
            <translation>&amp;Drukuj listę kompletacji…</translation>
        </message>
        <message>
            <source>Save it as PDF</source>
            <translation>Zapisz ją jako PDF</translation>
        </message>
        <message>
            <source>Save pick list as P&amp;DF…</source>
            <translation>Zapisz listę kompletacji jako &amp;PDF…</translation>
        </message>
        <message>
            <source>Print the labels of the batches received here since the last labels printed</source>
            <translation>Drukuj etykiety partii przyjętych na tym stanowisku od ostatniego wydruku etykiet</translation>
        </message>
        <message>
            <source>Print labels of &amp;new batches…</source>
            <translation>Drukuj etykiety &amp;nowych partii…</translation>
        </message>
        <message>
            <source>Save those labels as PDF</source>
            <translation>Zapisz te etykiety jako PDF</translation>
        </message>
        <message>
            <source>Save labels of new batches as PD&amp;F…</source>
            <translation>Zapisz etykiety nowych partii jako PD&amp;F…</translation>
        </message>
        <message>
            <source>Print the labels of the batches selected in the batch table again</source>
            <translation>Drukuj ponownie etykiety partii zaznaczonych w tabeli partii</translation>
        </message>
        <message>
            <source>Print labels of selected &amp;batches…</source>
            <translation>Drukuj &amp;etykiety zaznaczonych partii…</translation>
        </message>
        <message>
            <source>Save labels of selected batches as PDF…</source>
            <translation>Zapisz etykiety zaznaczonych partii jako PDF…</translation>
        </message>
        <message>
            <source>Print the labels of the bins the selected batches stand in</source>
            <translation>Drukuj etykiety lokalizacji, w których stoją zaznaczone partie</translation>
        </message>
        <message>
            <source>Print labels of their b&amp;ins…</source>
            <translation>Drukuj etykiety ich &amp;lokalizacji…</translation>
        </message>
        <message>
            <source>Save those bin labels as PDF</source>
            <translation>Zapisz te etykiety lokalizacji jako PDF</translation>
        </message>
        <message>
            <source>Save labels of their bins as PDF…</source>
            <translation>Zapisz etykiety ich lokalizacji jako PDF…</translation>
        </message>
        <message>
            <source>People: add a person, change a role, disable (an admin)</source>
            <translation>Osoby: dodaj osobę, zmień rolę, dezaktywuj (administrator)</translation>
        </message>
        <message>
            <source>Peop&amp;le…</source>
            <translation>&amp;Osoby…</translation>
        </message>
        <message>
            <source>Sign out: the next person signs in (typed work is cleared)</source>
            <translation>Wyloguj: loguje się następna osoba (wpisane dane są czyszczone)</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Wyloguj</translation>
        </message>
        <message>
            <source>A supervisor approves one action here (badge, PIN); again: withdraw it</source>
            <translation>Kierownik zmiany zatwierdza tu jedną czynność (identyfikator, PIN); ponownie: wycofaj zatwierdzenie</translation>
        </message>
        <message>
            <source>Supervisor's &amp;approval…</source>
            <translation>Zatwierdzenie &amp;kierownika…</translation>
        </message>
        <message>
            <source>Quit (queued commands finish first)</source>
            <translation>Zakończ (najpierw kończą się polecenia w kolejce)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Zakończ</translation>
        </message>
        <message>
            <source>Undo this workstation's last action (in a field with text: undo the typing)</source>
            <translation>Cofnij ostatnią czynność tego stanowiska (w polu z tekstem: cofnij wpisywanie)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Cofnij</translation>
        </message>
        <message>
            <source>Preferences: the confirmation flash and beep, the idle sign-out</source>
            <translation>Preferencje: błysk i sygnał potwierdzenia, wylogowanie po bezczynności</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencje…</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>Ta lista</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Skróty klawiszowe</translation>
        </message>
        <message>
            <source>&amp;About Warehouse GUI</source>
            <translation>&amp;O programie Warehouse GUI</translation>
        </message>
        <message>
            <source>{item} (needs an admin)</source>
            <translation>{item} (wymaga administratora)</translation>
        </message>
        <message>
            <source>{item} (needs a supervisor)</source>
            <translation>{item} (wymaga kierownika zmiany)</translation>
        </message>
        <message>
            <source>{item} (needs a clerk)</source>
            <translation>{item} (wymaga magazyniera)</translation>
        </message>
    </context>
    <context>
        <name>AlertBanner</name>
        <message>
            <source>No alerts waiting</source>
            <translation>Brak oczekujących alertów</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Alert</translation>
        </message>
        <message>
            <source>The newest alert waiting; Ctrl+J goes to all of them</source>
            <translation>Najnowszy oczekujący alert; Ctrl+J przechodzi do wszystkich</translation>
        </message>
        <message numerus="yes">
            <source>+%n more · Ctrl+J</source>
            <translation>
                <numerusform>+%n kolejny · Ctrl+J</numerusform>
                <numerusform>+%n kolejne · Ctrl+J</numerusform>
                <numerusform>+%n kolejnych · Ctrl+J</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AlertDesk</name>
        <message>
            <source>Shortage of {ref} not approved: {why}</source>
            <translation>Niedobór w partii {ref} nie został zatwierdzony: {why}</translation>
        </message>
        <message>
            <source>Shortage approved: {said}</source>
            <translation>Niedobór zatwierdzony: {said}</translation>
        </message>
    </context>
    <context>
        <name>AlertsPanel</name>
        <message>
            <source>Alerts</source>
            <translation>Alerty</translation>
        </message>
        <message>
            <source>The alerts waiting, newest first. Space or Delete: the current one was seen; Shift+Delete: all of them were; Enter on a shortage: a supervisor corrects the batch to what was counted</source>
            <translation>Oczekujące alerty, od najnowszego. Spacja lub Delete: bieżący został przeczytany; Shift+Delete: wszystkie zostały przeczytane; Enter na niedoborze: kierownik zmiany koryguje partię do policzonej ilości</translation>
        </message>
    </context>
    <context>
        <name>ApprovalBanner</name>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Wycofaj</translation>
        </message>
        <message>
            <source>Withdraw the approval</source>
            <translation>Wycofaj zatwierdzenie</translation>
        </message>
        <message>
            <source>Approved by {approver} for one action — it greys again once that action is done. Esc here or Ctrl+Shift+A withdraws the approval.</source>
            <translation>Zatwierdzenie: {approver}, na jedną czynność — pasek znów szarzeje po jej wykonaniu. Esc tutaj lub Ctrl+Shift+A wycofuje zatwierdzenie.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>A supervisor approves</source>
            <translation>Kierownik zmiany zatwierdza</translation>
        </message>
        <message>
            <source>A supervisor or an admin approves one action of {person}: scan your badge, type your PIN and press Enter.</source>
            <translation>Kierownik zmiany lub administrator zatwierdza jedną czynność osoby {person}: zeskanuj swój identyfikator, wpisz PIN i naciśnij Enter.</translation>
        </message>
        <message>
            <source>A supervisor or an admin approves one action of the person here: scan your badge, type your PIN and press Enter.</source>
            <translation>Kierownik zmiany lub administrator zatwierdza jedną czynność osoby na tym stanowisku: zeskanuj swój identyfikator, wpisz PIN i naciśnij Enter.</translation>
        </message>
        <message>
            <source>Approval message</source>
            <translation>Komunikat zatwierdzenia</translation>
        </message>
    </context>
    <context>
        <name>BackupWatch</name>
        <message>
            <source>⚠ Backup: unknown</source>
            <translation>⚠ Kopia zapasowa: nieznana</translation>
        </message>
        <message>
            <source>The backups folder cannot be read (see the log)</source>
            <translation>Nie można odczytać folderu kopii zapasowych (zobacz dziennik)</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Backups are kept in {folder}.</source>
            <translation>Kopie zapasowe są przechowywane w folderze {folder}.</translation>
        </message>
        <message>
            <source>Backup failed {when}</source>
            <translation>Kopia zapasowa nie powiodła się {when}</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Kopia zapasowa nie powiodła się</translation>
        </message>
        <message>
            <source>{failure}; last good one {when}.</source>
            <translation>{failure}; ostatnia udana {when}.</translation>
        </message>
        <message>
            <source>Backup: none yet</source>
            <translation>Kopia zapasowa: brak</translation>
        </message>
        <message>
            <source>No backup has been made.</source>
            <translation>Nie wykonano żadnej kopii zapasowej.</translation>
        </message>
        <message>
            <source>Backup: {when}</source>
            <translation>Kopia zapasowa: {when}</translation>
        </message>
        <message>
            <source>The last backup is over two days old.</source>
            <translation>Ostatnia kopia zapasowa ma ponad dwa dni.</translation>
        </message>
        <message>
            <source>today {time}</source>
            <translation>dziś {time}</translation>
        </message>
        <message>
            <source>yesterday {time}</source>
            <translation>wczoraj {time}</translation>
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
            <translation>zeskanuj identyfikator</translation>
        </message>
        <message>
            <source>4 to 12 digits</source>
            <translation>od 4 do 12 cyfr</translation>
        </message>
        <message>
            <source>Approver's login</source>
            <translation>Login zatwierdzającego</translation>
        </message>
        <message>
            <source>Approver's PIN</source>
            <translation>PIN zatwierdzającego</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Scan the badge, or type the login and press Enter; the cursor then goes to the PIN.</source>
            <translation>Zeskanuj identyfikator albo wpisz login i naciśnij Enter; kursor przejdzie wtedy do pola PIN.</translation>
        </message>
        <message>
            <source>The PIN, 4 to 12 digits, not shown; Enter sends it.</source>
            <translation>PIN, od 4 do 12 cyfr, niewidoczny; Enter go wysyła.</translation>
        </message>
        <message>
            <source>&amp;Login</source>
            <translation>&amp;Login</translation>
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
            <translation>Numer partii {text} nie może być kodem kreskowym: Code 128 mieści tylko litery, cyfry, znaki i spacje ASCII, a nie {characters}</translation>
        </message>
        <message>
            <source>The bin code {text} cannot be a barcode: Code 128 holds only ASCII letters, digits, signs and spaces, not {characters}</source>
            <translation>Kod lokalizacji {text} nie może być kodem kreskowym: Code 128 mieści tylko litery, cyfry, znaki i spacje ASCII, a nie {characters}</translation>
        </message>
        <message>
            <source>The order id {text} cannot be a barcode: Code 128 holds only ASCII letters, digits, signs and spaces, not {characters}</source>
            <translation>Numer zamówienia {text} nie może być kodem kreskowym: Code 128 mieści tylko litery, cyfry, znaki i spacje ASCII, a nie {characters}</translation>
        </message>
        <message>
            <source>The text {text} cannot be a barcode: Code 128 holds only ASCII letters, digits, signs and spaces, not {characters}</source>
            <translation>Tekst {text} nie może być kodem kreskowym: Code 128 mieści tylko litery, cyfry, znaki i spacje ASCII, a nie {characters}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nic</translation>
        </message>
    </context>
    <context>
        <name>BatchBar</name>
        <message>
            <source>cancelled</source>
            <translation>anulowana</translation>
        </message>
        <message>
            <source>in stock at {location}</source>
            <translation>na stanie w lokalizacji {location}</translation>
        </message>
        <message>
            <source>in stock</source>
            <translation>na stanie</translation>
        </message>
        <message>
            <source>arrives {day} at {location}</source>
            <translation>dostawa {day} do lokalizacji {location}</translation>
        </message>
        <message>
            <source>arrives {day}</source>
            <translation>dostawa {day}</translation>
        </message>
    </context>
    <context>
        <name>BatchImport</name>
        <message>
            <source>Reference</source>
            <translation>Numer partii</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>ETA</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lokalizacja</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>wiersz {line}: {problem}</translation>
        </message>
        <message>
            <source>line {line}, {column}: {problem}</source>
            <translation>wiersz {line}, {column}: {problem}</translation>
        </message>
        <message>
            <source>batch {reference} already exists; each batch needs a reference of its own</source>
            <translation>partia {reference} już istnieje; każda partia musi mieć własny numer</translation>
        </message>
        <message>
            <source>is not UTF-8 text; save the file as CSV with UTF-8 encoding</source>
            <translation>nie jest tekstem UTF-8; zapisz plik jako CSV w kodowaniu UTF-8</translation>
        </message>
        <message>
            <source>the file is empty; its first line must be the header {header}</source>
            <translation>plik jest pusty; jego pierwszym wierszem musi być nagłówek {header}</translation>
        </message>
        <message>
            <source>cannot be read as CSV ({error})</source>
            <translation>nie można go odczytać jako CSV ({error})</translation>
        </message>
        <message>
            <source>the header is not followed by any batch</source>
            <translation>po nagłówku nie ma żadnej partii</translation>
        </message>
        <message>
            <source>{column} is named twice</source>
            <translation>kolumna {column} występuje dwukrotnie</translation>
        </message>
        <message>
            <source>missing {columns}</source>
            <translation>brak: {columns}</translation>
        </message>
        <message>
            <source>unknown {columns}</source>
            <translation>nieznane: {columns}</translation>
        </message>
        <message>
            <source>found {header}</source>
            <translation>znaleziono {header}</translation>
        </message>
        <message>
            <source>the first line must be the header {header} ({details})</source>
            <translation>pierwszym wierszem musi być nagłówek {header} ({details})</translation>
        </message>
        <message numerus="yes">
            <source>has %n values, expected {expected} ({header}); a value that contains a comma must be in double quotes</source>
            <translation>
                <numerusform>ma %n wartość, oczekiwano {expected} ({header}); wartość zawierająca przecinek musi być w cudzysłowie</numerusform>
                <numerusform>ma %n wartości, oczekiwano {expected} ({header}); wartość zawierająca przecinek musi być w cudzysłowie</numerusform>
                <numerusform>ma %n wartości, oczekiwano {expected} ({header}); wartość zawierająca przecinek musi być w cudzysłowie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>has %n values, expected {expected} ({header})</source>
            <translation>
                <numerusform>ma %n wartość, oczekiwano {expected} ({header})</numerusform>
                <numerusform>ma %n wartości, oczekiwano {expected} ({header})</numerusform>
                <numerusform>ma %n wartości, oczekiwano {expected} ({header})</numerusform>
            </translation>
        </message>
        <message>
            <source>{reference} is already on line {line}; each batch needs a reference of its own</source>
            <translation>{reference} jest już w wierszu {line}; każda partia musi mieć własny numer</translation>
        </message>
    </context>
    <context>
        <name>BatchImporter</name>
        <message>
            <source>Cannot read {path}: {error}</source>
            <translation>Nie można odczytać pliku {path}: {error}</translation>
        </message>
        <message>
            <source>Import batches</source>
            <translation>Import partii</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Pliki CSV (*.csv);;Wszystkie pliki (*)</translation>
        </message>
    </context>
    <context>
        <name>BatchTableModel</name>
        <message>
            <source>Reference</source>
            <translation>Numer partii</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>ETA</translation>
        </message>
        <message>
            <source>Purchased</source>
            <translation>Zakupiono</translation>
        </message>
        <message>
            <source>Allocated</source>
            <translation>Przydzielono</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Dostępne</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lokalizacja</translation>
        </message>
        <message>
            <source>Batch {reference} is cancelled: its purchased quantity is 0 (F2 corrects it, if it comes after all)</source>
            <translation>Partia {reference} jest anulowana: zakupiona ilość wynosi 0 (F2 ją koryguje, jeśli towar jednak dotrze)</translation>
        </message>
        <message>
            <source>Batch {reference} is exhausted: every unit is allocated</source>
            <translation>Partia {reference} jest wyczerpana: wszystkie sztuki są przydzielone</translation>
        </message>
        <message>
            <source>in stock</source>
            <translation>na stanie</translation>
        </message>
        <message>
            <source>{available} (cancelled)</source>
            <translation>{available} (anulowana)</translation>
        </message>
        <message>
            <source>{available} (exhausted)</source>
            <translation>{available} (wyczerpana)</translation>
        </message>
    </context>
    <context>
        <name>BatchesView</name>
        <message>
            <source>F2 or Enter: correct the purchased quantity of the selected batch (0 cancels it); F7 prints the selected batches' labels again (Shift+F7: as PDF)</source>
            <translation>F2 lub Enter: popraw zakupioną ilość zaznaczonej partii (0 ją anuluje); F7 ponownie drukuje etykiety zaznaczonych partii (Shift+F7: jako PDF)</translation>
        </message>
        <message>
            <source>Type part of a reference or SKU</source>
            <translation>Wpisz fragment numeru partii lub SKU</translation>
        </message>
        <message>
            <source>Filter batches</source>
            <translation>Filtruj partie</translation>
        </message>
        <message>
            <source>Shows only the batches whose reference or SKU holds every word typed; Enter moves to the table, Esc clears the filter</source>
            <translation>Pokazuje tylko partie, których numer lub SKU zawiera każde wpisane słowo; Enter przechodzi do tabeli, Esc czyści filtr</translation>
        </message>
        <message>
            <source>Fi&amp;lter</source>
            <translation>&amp;Filtr</translation>
        </message>
        <message>
            <source>Batches shown</source>
            <translation>Wyświetlone partie</translation>
        </message>
        <message>
            <source>Batches</source>
            <translation>Partie</translation>
        </message>
        <message>
            <source>Every batch with its arrival, quantities and bin; F2 or Enter corrects the purchased quantity of the current batch</source>
            <translation>Wszystkie partie z terminem dostawy, ilościami i lokalizacją; F2 lub Enter koryguje zakupioną ilość bieżącej partii</translation>
        </message>
        <message>
            <source>Batches error</source>
            <translation>Błąd partii</translation>
        </message>
        <message>
            <source>F2: {reason}</source>
            <translation>F2: {reason}</translation>
        </message>
        <message>
            <source>Purchased quantity {rule}</source>
            <translation>Zakupiona ilość {rule}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln batch(es)</source>
            <translation>
                <numerusform>%Ln partia</numerusform>
                <numerusform>%Ln partie</numerusform>
                <numerusform>%Ln partii</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln batch(es)</source>
            <translation>
                <numerusform>{shown} z %Ln partii</numerusform>
                <numerusform>{shown} z %Ln partii</numerusform>
                <numerusform>{shown} z %Ln partii</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Bus</name>
        <message>
            <source>The database worker stopped before confirming this; it may or may not have been saved. Check the table and history, then submit again if needed.</source>
            <translation>Proces obsługi bazy danych zatrzymał się przed potwierdzeniem; dane mogły zostać zapisane lub nie. Sprawdź tabelę i historię, a w razie potrzeby wyślij ponownie.</translation>
        </message>
        <message>
            <source>Not connected to the database; reconnecting by itself. Nothing was sent and your input is kept: submit again when the status bar says connected.</source>
            <translation>Brak połączenia z bazą danych; trwa automatyczne ponowne łączenie. Nic nie zostało wysłane, a wpisane dane są zachowane: wyślij ponownie, gdy pasek stanu pokaże połączenie.</translation>
        </message>
        <message numerus="yes">
            <source>The database worker stopped unexpectedly and a new one has taken over; %n queued commands were not confirmed</source>
            <translation>
                <numerusform>Proces obsługi bazy danych nieoczekiwanie się zatrzymał i zastąpił go nowy; %n polecenie z kolejki nie zostało potwierdzone</numerusform>
                <numerusform>Proces obsługi bazy danych nieoczekiwanie się zatrzymał i zastąpił go nowy; %n polecenia z kolejki nie zostały potwierdzone</numerusform>
                <numerusform>Proces obsługi bazy danych nieoczekiwanie się zatrzymał i zastąpił go nowy; %n poleceń z kolejki nie zostało potwierdzonych</numerusform>
            </translation>
        </message>
        <message>
            <source>The database worker stopped unexpectedly and a new one has taken over</source>
            <translation>Proces obsługi bazy danych nieoczekiwanie się zatrzymał i zastąpił go nowy</translation>
        </message>
    </context>
    <context>
        <name>BusWorker</name>
        <message>
            <source>The database is not open</source>
            <translation>Baza danych nie jest otwarta</translation>
        </message>
        <message>
            <source>Could not open the database: {error}</source>
            <translation>Nie można otworzyć bazy danych: {error}</translation>
        </message>
        <message>
            <source>The command failed: {error}</source>
            <translation>Polecenie nie powiodło się: {error}</translation>
        </message>
        <message>
            <source>Command {command} failed</source>
            <translation>Polecenie {command} nie powiodło się</translation>
        </message>
        <message>
            <source>Could not read from the database: {error}</source>
            <translation>Nie można odczytać z bazy danych: {error}</translation>
        </message>
        <message>
            <source>Reading {query} failed</source>
            <translation>Odczyt {query} nie powiódł się</translation>
        </message>
    </context>
    <context>
        <name>ChartLegend</name>
        <message>
            <source>allocated</source>
            <translation>przydzielone</translation>
        </message>
        <message>
            <source>available</source>
            <translation>dostępne</translation>
        </message>
        <message>
            <source>available, not arrived yet</source>
            <translation>dostępne, jeszcze w drodze</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legenda</translation>
        </message>
        <message>
            <source>Each bar shows the allocated units filled, the available units in a lighter shade, and the units not arrived yet hatched</source>
            <translation>Każdy słupek pokazuje sztuki przydzielone jako wypełnienie, dostępne w jaśniejszym odcieniu, a jeszcze niedostarczone jako kreskowanie</translation>
        </message>
    </context>
    <context>
        <name>CommandForm</name>
        <message>
            <source>Sends the line typed in the {form} form</source>
            <translation>Wysyła dane wpisane w formularzu {form}</translation>
        </message>
        <message>
            <source>{form} {field}</source>
            <translation>{form} {field}</translation>
        </message>
        <message>
            <source>Type or scan a value. Enter moves to the next empty required field, or sends the line when none is left; Esc clears the form.</source>
            <translation>Wpisz lub zeskanuj wartość. Enter przechodzi do następnego pustego pola wymaganego albo wysyła dane, gdy żadnego nie zostało; Esc czyści formularz.</translation>
        </message>
        <message>
            <source>Optional: may stay empty. Enter moves to the next empty required field, or sends the line when none is left; Esc clears the form.</source>
            <translation>Opcjonalne: może pozostać puste. Enter przechodzi do następnego pustego pola wymaganego albo wysyła dane, gdy żadnego nie zostało; Esc czyści formularz.</translation>
        </message>
        <message>
            <source>{label} (optional)</source>
            <translation>{label} (opcjonalnie)</translation>
        </message>
        <message>
            <source>{form} error</source>
            <translation>Błąd formularza {form}</translation>
        </message>
        <message>
            <source>{form} unavailable</source>
            <translation>Formularz {form} niedostępny</translation>
        </message>
        <message>
            <source>New batch</source>
            <translation>Nowa partia</translation>
        </message>
        <message>
            <source>&amp;Reference</source>
            <translation>&amp;Numer partii</translation>
        </message>
        <message>
            <source>e.g. batch-0042</source>
            <translation>np. partia-0042</translation>
        </message>
        <message>
            <source>S&amp;KU</source>
            <translation>S&amp;KU</translation>
        </message>
        <message>
            <source>e.g. RED-CHAIR</source>
            <translation>np. KRZESLO-CZERWONE</translation>
        </message>
        <message>
            <source>&amp;Quantity</source>
            <translation>&amp;Ilość</translation>
        </message>
        <message>
            <source>units purchased</source>
            <translation>zakupione sztuki</translation>
        </message>
        <message>
            <source>&amp;ETA</source>
            <translation>E&amp;TA</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>RRRR-MM-DD</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lokalizacja</translation>
        </message>
        <message>
            <source>e.g. A-03-2</source>
            <translation>np. A-03-2</translation>
        </message>
        <message>
            <source>&amp;Create batch</source>
            <translation>&amp;Utwórz</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Przeniesienie</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Partia</translation>
        </message>
        <message>
            <source>scan the batch label</source>
            <translation>zeskanuj etykietę partii</translation>
        </message>
        <message>
            <source>To bin</source>
            <translation>Do lokalizacji</translation>
        </message>
        <message>
            <source>then the bin label</source>
            <translation>potem etykietę lokalizacji</translation>
        </message>
        <message>
            <source>Allocate</source>
            <translation>Przydział</translation>
        </message>
        <message>
            <source>&amp;Order ID</source>
            <translation>Nr &amp;zamówienia</translation>
        </message>
        <message>
            <source>e.g. order-1001</source>
            <translation>np. zam-1001</translation>
        </message>
        <message>
            <source>SK&amp;U</source>
            <translation>&amp;SKU</translation>
        </message>
        <message>
            <source>Qua&amp;ntity</source>
            <translation>Il&amp;ość</translation>
        </message>
        <message>
            <source>units ordered</source>
            <translation>zamówione sztuki</translation>
        </message>
        <message>
            <source>&amp;Allocate</source>
            <translation>Przydzie&amp;l</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Niski stan</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>&amp;Minimum available</source>
            <translation>&amp;Minimum dostępnych</translation>
        </message>
        <message>
            <source>0 = never warn</source>
            <translation>0 = wyłączone</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>Z&amp;apisz</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>must hold at least one batch</source>
            <translation>musi zawierać co najmniej jedną partię</translation>
        </message>
        <message>
            <source>must all be CreateBatch commands</source>
            <translation>muszą to być wyłącznie polecenia CreateBatch</translation>
        </message>
        <message>
            <source>must give one line number (1 or more) per batch</source>
            <translation>musi podawać jeden numer wiersza (1 lub więcej) dla każdej partii</translation>
        </message>
        <message>
            <source>{ref} is on line {first} and on line {line}</source>
            <translation>{ref} jest w wierszu {first} i w wierszu {line}</translation>
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
            <translation>anulowano przydział ({parts})</translation>
        </message>
        <message>
            <source>deallocated</source>
            <translation>anulowano przydział</translation>
        </message>
        <message>
            <source>allocation of {line}</source>
            <translation>przydział pozycji {line}</translation>
        </message>
        <message>
            <source>waiting line of {line}</source>
            <translation>pozycja oczekująca {line}</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>wycofano</translation>
        </message>
        <message>
            <source>cancellation of {order}'s allocation ({qty} × {sku})</source>
            <translation>anulowanie przydziału zamówienia {order} ({qty} × {sku})</translation>
        </message>
        <message>
            <source>allocated again</source>
            <translation>ponownie przydzielono</translation>
        </message>
        <message>
            <source>withdrawal of {order}'s waiting line ({qty} × {sku})</source>
            <translation>wycofanie pozycji oczekującej zamówienia {order} ({qty} × {sku})</translation>
        </message>
        <message>
            <source>waiting for stock again</source>
            <translation>znów czeka na towar</translation>
        </message>
        <message>
            <source>back to {qty} units</source>
            <translation>przywrócono {qty} szt.</translation>
        </message>
        <message>
            <source>; order lines it moved to other batches stay there</source>
            <translation>; pozycje zamówień przeniesione wtedy do innych partii tam pozostają</translation>
        </message>
        <message>
            <source>; lines it left waiting for stock are allocated again if it has room</source>
            <translation>; pozycje, które wtedy zaczęły czekać na towar, zostaną ponownie przydzielone, jeśli w partii jest miejsce</translation>
        </message>
        <message>
            <source>; waiting lines it allocated may have to wait again</source>
            <translation>; przydzielone wtedy pozycje oczekujące mogą znów musieć czekać</translation>
        </message>
        <message>
            <source>cancellation of batch {ref} ({before} → 0 units)</source>
            <translation>anulowanie partii {ref} ({before} → 0 szt.)</translation>
        </message>
        <message>
            <source>correction of batch {ref} ({before} → {after} units)</source>
            <translation>korekta partii {ref} ({before} → {after} szt.)</translation>
        </message>
        <message>
            <source>{qty} of its units are allocated now; correct its quantity with F2 in the batch table instead</source>
            <translation>obecnie przydzielono {qty} szt. z tej partii; zamiast tego popraw jej ilość klawiszem F2 w tabeli partii</translation>
        </message>
        <message>
            <source>its quantity was corrected to {qty} since; correct it with F2 in the batch table instead</source>
            <translation>jej ilość została od tego czasu poprawiona na {qty}; zamiast tego popraw ją klawiszem F2 w tabeli partii</translation>
        </message>
        <message>
            <source>creation of batch {ref} ({qty} × {sku})</source>
            <translation>utworzenie partii {ref} ({qty} × {sku})</translation>
        </message>
        <message>
            <source>cancelled: its purchased quantity is 0</source>
            <translation>anulowano: zakupiona ilość wynosi 0</translation>
        </message>
        <message>
            <source>back to {threshold}</source>
            <translation>przywrócono próg {threshold}</translation>
        </message>
        <message>
            <source>back to no warning</source>
            <translation>przywrócono brak ostrzeżeń</translation>
        </message>
        <message>
            <source>low-stock threshold of {sku} ({before} → {after})</source>
            <translation>próg niskiego stanu dla {sku} ({before} → {after})</translation>
        </message>
        <message numerus="yes">
            <source>import of %Ln batch(es)</source>
            <translation>
                <numerusform>import %Ln partii</numerusform>
                <numerusform>import %Ln partii</numerusform>
                <numerusform>import %Ln partii</numerusform>
            </translation>
        </message>
        <message>
            <source>batches are never deleted; cancel one by correcting its quantity to 0 with F2 in the batch table instead</source>
            <translation>partii nigdy się nie usuwa; zamiast tego anuluj partię, poprawiając jej ilość na 0 klawiszem F2 w tabeli partii</translation>
        </message>
        <message>
            <source>pick of {order}'s {qty} × {sku} from {batch}</source>
            <translation>kompletacja {qty} × {sku} zamówienia {order} z partii {batch}</translation>
        </message>
        <message>
            <source>put back: not picked any more</source>
            <translation>odłożono: już nie jest skompletowane</translation>
        </message>
        <message>
            <source>return of {order}'s {qty} × {sku} to {batch}</source>
            <translation>odłożenie {qty} × {sku} zamówienia {order} do partii {batch}</translation>
        </message>
        <message>
            <source>picked again</source>
            <translation>ponownie skompletowano</translation>
        </message>
        <message>
            <source>move of batch {ref} to {location}</source>
            <translation>przeniesienie partii {ref} do lokalizacji {location}</translation>
        </message>
        <message>
            <source>it had no location before; move it again with Ctrl+M</source>
            <translation>wcześniej nie miała lokalizacji; przenieś ją ponownie za pomocą Ctrl+M</translation>
        </message>
        <message>
            <source>back at {location}</source>
            <translation>z powrotem w lokalizacji {location}</translation>
        </message>
        <message>
            <source>shortage report of batch {ref} ({counted} counted)</source>
            <translation>zgłoszenie niedoboru partii {ref} (policzono {counted})</translation>
        </message>
        <message>
            <source>it changed nothing; tell the supervisor not to approve it</source>
            <translation>niczego nie zmieniło; poproś kierownika zmiany, aby go nie zatwierdzał</translation>
        </message>
        <message>
            <source>this kind of action has no undo</source>
            <translation>tego rodzaju czynności nie można cofnąć</translation>
        </message>
        <message>
            <source>no batch has room for it now: it waits for stock</source>
            <translation>żadna partia nie ma teraz na nią miejsca: czeka na towar</translation>
        </message>
        <message>
            <source>allocated ({parts}): stock had arrived</source>
            <translation>przydzielono ({parts}): towar dotarł</translation>
        </message>
        <message>
            <source>allocated from batch {batch}: stock had arrived</source>
            <translation>przydzielono z partii {batch}: towar dotarł</translation>
        </message>
        <message>
            <source>{how} ({parts})</source>
            <translation>{how} ({parts})</translation>
        </message>
        <message>
            <source>{how} from batch {batch}</source>
            <translation>{how} z partii {batch}</translation>
        </message>
        <message>
            <source>cancelled: stock had arrived and it was allocated meanwhile</source>
            <translation>anulowano: w międzyczasie towar dotarł i pozycja została przydzielona</translation>
        </message>
        <message>
            <source>{qty} from {batch}</source>
            <translation>{qty} z partii {batch}</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Warehouse GUI — unexpected error</source>
            <translation>Warehouse GUI — nieoczekiwany błąd</translation>
        </message>
        <message>
            <source>Warehouse GUI can go on: everything it showed as saved is saved. Check the last thing you did, and send the details below to support.</source>
            <translation>Warehouse GUI może działać dalej: wszystko, co program pokazał jako zapisane, jest zapisane. Sprawdź swoją ostatnią czynność i wyślij poniższe szczegóły do pomocy technicznej.</translation>
        </message>
        <message>
            <source>Warehouse GUI has to close after this error. Everything it showed as saved is kept, and commands still on their way are finished first. Send the details below to support.</source>
            <translation>Po tym błędzie Warehouse GUI musi zostać zamknięty. Wszystko, co program pokazał jako zapisane, zostaje zachowane, a polecenia będące w toku zostaną najpierw dokończone. Wyślij poniższe szczegóły do pomocy technicznej.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Coś poszło nie tak</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Szczegóły błędu</translation>
        </message>
        <message>
            <source>Each error report with its details, to copy for support (Copy details takes them all)</source>
            <translation>Wszystkie raporty błędów wraz ze szczegółami do skopiowania dla pomocy technicznej (Kopiuj szczegóły kopiuje je wszystkie)</translation>
        </message>
        <message>
            <source>These details are also in the log: {path}</source>
            <translation>Te szczegóły są też w dzienniku: {path}</translation>
        </message>
        <message>
            <source>No log is kept.</source>
            <translation>Dziennik nie jest prowadzony.</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Kopiuj szczegóły</translation>
        </message>
        <message>
            <source>Something went wrong, and Warehouse GUI must close</source>
            <translation>Coś poszło nie tak i Warehouse GUI musi zostać zamknięty</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Zakończ</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <source>Unhandled error in the GUI thread</source>
            <translation>Nieobsłużony błąd w wątku GUI</translation>
        </message>
        <message>
            <source>Unhandled error in the {thread} thread</source>
            <translation>Nieobsłużony błąd w wątku {thread}</translation>
        </message>
        <message>
            <source>Thread {name} died</source>
            <translation>Wątek {name} przestał działać</translation>
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
            <translation>plik {path} znajduje się w systemie plików tylko do odczytu</translation>
        </message>
        <message>
            <source>this user may not write the file {path}</source>
            <translation>ten użytkownik nie ma prawa zapisu do pliku {path}</translation>
        </message>
        <message>
            <source>this user may not write its folder {folder}, where SQLite keeps its -wal file</source>
            <translation>ten użytkownik nie ma prawa zapisu do folderu {folder}, w którym SQLite przechowuje plik -wal</translation>
        </message>
    </context>
    <context>
        <name>DatabaseErrors</name>
        <message>
            <source>The database is read-only ({why}); nothing was changed.</source>
            <translation>Baza danych jest tylko do odczytu ({why}); niczego nie zmieniono.</translation>
        </message>
        <message>
            <source>The database's tables are not as this version expects ({detail}); run the version that made them, or restore a backup.</source>
            <translation>Tabele bazy danych nie są zgodne z oczekiwaniami tej wersji ({detail}); uruchom wersję, która je utworzyła, lub przywróć kopię zapasową.</translation>
        </message>
        <message>
            <source>the database file cannot be written here</source>
            <translation>w tym miejscu nie można zapisywać pliku bazy danych</translation>
        </message>
        <message>
            <source>the server makes every transaction here read-only</source>
            <translation>serwer ustawia tu każdą transakcję jako tylko do odczytu</translation>
        </message>
        <message>
            <source>this user may read but not change the warehouse's tables: {detail}</source>
            <translation>ten użytkownik może odczytywać tabele magazynu, ale nie może ich zmieniać: {detail}</translation>
        </message>
        <message>
            <source>the database at {where} cannot be reached ({detail})</source>
            <translation>brak dostępu do bazy danych pod adresem {where} ({detail})</translation>
        </message>
        <message>
            <source>{reason}; trying again every few seconds.</source>
            <translation>{reason}; ponowna próba co kilka sekund.</translation>
        </message>
        <message>
            <source>the database server at {where} has no free connection for this desk ({said})</source>
            <translation>serwer bazy danych pod adresem {where} nie ma wolnego połączenia dla tego stanowiska ({said})</translation>
        </message>
        <message>
            <source>the database server at {where} closed the connection</source>
            <translation>serwer bazy danych pod adresem {where} zamknął połączenie</translation>
        </message>
        <message>
            <source>the database server at {where} is not answering (connection refused)</source>
            <translation>serwer bazy danych pod adresem {where} nie odpowiada (połączenie odrzucone)</translation>
        </message>
        <message>
            <source>the database server's name {host} is not known (check the address)</source>
            <translation>nazwa serwera bazy danych {host} jest nieznana (sprawdź adres)</translation>
        </message>
        <message>
            <source>the database server at {where} refused the password of user {user}: check the password in the database address</source>
            <translation>serwer bazy danych pod adresem {where} odrzucił hasło użytkownika {user}: sprawdź hasło w adresie bazy danych</translation>
        </message>
        <message>
            <source>the database server at {where} has no user {user}: ask its administrator to create it</source>
            <translation>serwer bazy danych pod adresem {where} nie ma użytkownika {user}: poproś jego administratora o utworzenie go</translation>
        </message>
        <message>
            <source>the database server at {where} has no database {database}: check its name, or ask the administrator to create it</source>
            <translation>serwer bazy danych pod adresem {where} nie ma bazy danych {database}: sprawdź jej nazwę lub poproś administratora o jej utworzenie</translation>
        </message>
        <message>
            <source>the database server at {where} did not answer in time</source>
            <translation>serwer bazy danych pod adresem {where} nie odpowiedział na czas</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <source>Sign in first: this database has people, and every action names who did it</source>
            <translation>Najpierw się zaloguj: ta baza danych ma zarejestrowane osoby, a przy każdej czynności zapisuje się, kto ją wykonał</translation>
        </message>
        <message>
            <source>Nobody signs in here: this database has no people yet</source>
            <translation>Tutaj nikt się nie loguje: ta baza danych nie ma jeszcze żadnych osób</translation>
        </message>
        <message>
            <source>Another admin changes your own role or disables you; nothing was changed</source>
            <translation>Własną rolę zmienia i własne konto dezaktywuje tylko inny administrator; niczego nie zmieniono</translation>
        </message>
        <message>
            <source>No one signs in as '{login}' here: check the badge, or ask an admin to add them</source>
            <translation>Nikt nie loguje się tu jako '{login}': sprawdź identyfikator lub poproś administratora o dodanie tej osoby</translation>
        </message>
        <message>
            <source>{login} may no longer sign in: ask an admin</source>
            <translation>{login} nie może się już logować: zwróć się do administratora</translation>
        </message>
        <message numerus="yes">
            <source>{login} is locked for {seconds} s more after %n wrong PINs in a row</source>
            <translation>
                <numerusform>Login {login} jest zablokowany jeszcze przez {seconds} s po %n błędnym PIN-ie z rzędu</numerusform>
                <numerusform>Login {login} jest zablokowany jeszcze przez {seconds} s po %n błędnych PIN-ach z rzędu</numerusform>
                <numerusform>Login {login} jest zablokowany jeszcze przez {seconds} s po %n błędnych PIN-ach z rzędu</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrong PIN for {login}: the login is now locked for {seconds} s</source>
            <translation>Błędny PIN dla {login}: login jest teraz zablokowany na {seconds} s</translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN for {login}: %n more (try|tries) before the login is locked</source>
            <translation>
                <numerusform>Błędny PIN dla {login}: pozostała %n próba do zablokowania loginu</numerusform>
                <numerusform>Błędny PIN dla {login}: pozostały %n próby do zablokowania loginu</numerusform>
                <numerusform>Błędny PIN dla {login}: pozostało %n prób do zablokowania loginu</numerusform>
            </translation>
        </message>
        <message>
            <source>An approval needs a second person: {login} is signed in here</source>
            <translation>Zatwierdzenie wymaga drugiej osoby: na tym stanowisku jest zalogowane konto {login}</translation>
        </message>
        <message>
            <source>{login} is a clerk: only a supervisor or an admin approves</source>
            <translation>{login} ma rolę magazyniera: zatwierdzać może tylko kierownik zmiany lub administrator</translation>
        </message>
    </context>
    <context>
        <name>DomainErrors</name>
        <message>
            <source>Reference</source>
            <translation>Numer partii</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>ETA</translation>
        </message>
        <message>
            <source>Order ID</source>
            <translation>Numer zamówienia</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Próg</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lokalizacja</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Partia</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Policzona ilość</translation>
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
            <translation>W formularzu {form} są wpisywane dane: wyślij je lub wyczyść (Esc), a potem popraw odrzucony skan</translation>
        </message>
        <message>
            <source>Dismissed the refused scan {line}</source>
            <translation>Usunięto odrzucony skan {line}</translation>
        </message>
        <message>
            <source>{refusal} — waiting in the refused scans</source>
            <translation>{refusal} — czeka w odrzuconych skanach</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Odrzucono</translation>
        </message>
        <message>
            <source>Refused again: {line} — {reason}</source>
            <translation>Ponownie odrzucono: {line} — {reason}</translation>
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
            <translation>Formularze</translation>
        </message>
    </context>
    <context>
        <name>Handlers</name>
        <message>
            <source>A batch with reference {ref} already exists</source>
            <translation>Partia o numerze {ref} już istnieje</translation>
        </message>
        <message>
            <source>line {line}, Reference: batch {ref} already exists; each batch needs a reference of its own</source>
            <translation>wiersz {line}, Numer partii: partia {ref} już istnieje; każda partia musi mieć własny numer</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n of the file's {total} references already (exists|exist)</source>
            <translation>
                <numerusform>Niczego nie zaimportowano: %n z {total} numerów partii w pliku już istnieje</numerusform>
                <numerusform>Niczego nie zaimportowano: %n z {total} numerów partii w pliku już istnieją</numerusform>
                <numerusform>Niczego nie zaimportowano: %n z {total} numerów partii w pliku już istnieje</numerusform>
            </translation>
        </message>
        <message>
            <source>No SKU {sku}: no batch of it has been received</source>
            <translation>Brak SKU {sku}: nie przyjęto żadnej jego partii</translation>
        </message>
        <message>
            <source>No SKU {sku}: {orderid} has no line of it to pick</source>
            <translation>Brak SKU {sku}: zamówienie {orderid} nie ma pozycji z tym SKU do kompletacji</translation>
        </message>
        <message>
            <source>No batch has the reference {ref}</source>
            <translation>Żadna partia nie ma numeru {ref}</translation>
        </message>
        <message>
            <source>No SKU {sku}: no batch of it has been received; create a batch first</source>
            <translation>Brak SKU {sku}: nie przyjęto żadnej jego partii; najpierw utwórz partię</translation>
        </message>
        <message>
            <source>must be admin for the first person, who adds the others</source>
            <translation>musi mieć wartość administrator dla pierwszej osoby, która dodaje pozostałe</translation>
        </message>
        <message>
            <source>{login} is the last admin who may sign in: make another person an admin first</source>
            <translation>{login} to ostatni administrator, który może się logować: najpierw nadaj rolę administratora innej osobie</translation>
        </message>
        <message>
            <source>Out of stock: {sku} for {orderid}</source>
            <translation>Brak towaru: {sku} dla zamówienia {orderid}</translation>
        </message>
        <message>
            <source>{orderid} wants {qty} of {sku}; available in stock and arriving: {available}. The line waits, and is allocated as soon as enough stock arrives.</source>
            <translation>Zamówienie {orderid} potrzebuje {qty} szt. SKU {sku}; dostępne na stanie i w drodze: {available}. Pozycja czeka i zostanie przydzielona, gdy tylko dotrze wystarczająca ilość towaru.</translation>
        </message>
        <message>
            <source>Low stock: {sku}</source>
            <translation>Niski stan: {sku}</translation>
        </message>
        <message>
            <source>The SKU {sku} has {available} units available (in stock and arriving), below its low-stock threshold of {threshold}.</source>
            <translation>SKU {sku} ma dostępnych {available} szt. (na stanie i w drodze), czyli mniej niż próg niskiego stanu wynoszący {threshold}.</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>Time</source>
            <translation>Czas</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Zdarzenie</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Zamówienie</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Szczegóły</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Kto</translation>
        </message>
        <message>
            <source>Batch created</source>
            <translation>Utworzono partię</translation>
        </message>
        <message>
            <source>Allocated</source>
            <translation>Przydzielono</translation>
        </message>
        <message>
            <source>Deallocated</source>
            <translation>Anulowano przydział</translation>
        </message>
        <message>
            <source>Quantity changed</source>
            <translation>Zmieniono ilość</translation>
        </message>
        <message>
            <source>Out of stock</source>
            <translation>Brak towaru</translation>
        </message>
        <message>
            <source>Wait ended</source>
            <translation>Koniec oczekiwania</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Wycofano</translation>
        </message>
        <message>
            <source>Threshold set</source>
            <translation>Ustawiono próg</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Niski stan</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Zaimportowano</translation>
        </message>
        <message>
            <source>Person added</source>
            <translation>Dodano osobę</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Zmieniono rolę</translation>
        </message>
        <message>
            <source>Person disabled</source>
            <translation>Dezaktywowano osobę</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Przeniesiono</translation>
        </message>
        <message>
            <source>Picked</source>
            <translation>Skompletowano</translation>
        </message>
        <message>
            <source>Put back</source>
            <translation>Odłożono</translation>
        </message>
        <message>
            <source>Shortage</source>
            <translation>Niedobór</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>anulowano</translation>
        </message>
        <message>
            <source>batch shrunk</source>
            <translation>zmniejszono partię</translation>
        </message>
        <message>
            <source>clerk</source>
            <translation>magazynier</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>kierownik zmiany</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>administrator</translation>
        </message>
        <message numerus="yes">
            <source>{ref}: %Ln unit(s), arriving {eta} at {location}</source>
            <translation>
                <numerusform>{ref}: %Ln sztuka, dostawa {eta} do lokalizacji {location}</numerusform>
                <numerusform>{ref}: %Ln sztuki, dostawa {eta} do lokalizacji {location}</numerusform>
                <numerusform>{ref}: %Ln sztuk, dostawa {eta} do lokalizacji {location}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{ref}: %Ln unit(s), arriving {eta}</source>
            <translation>
                <numerusform>{ref}: %Ln sztuka, dostawa {eta}</numerusform>
                <numerusform>{ref}: %Ln sztuki, dostawa {eta}</numerusform>
                <numerusform>{ref}: %Ln sztuk, dostawa {eta}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{ref}: %Ln unit(s), in stock at {location}</source>
            <translation>
                <numerusform>{ref}: %Ln sztuka, na stanie w lokalizacji {location}</numerusform>
                <numerusform>{ref}: %Ln sztuki, na stanie w lokalizacji {location}</numerusform>
                <numerusform>{ref}: %Ln sztuk, na stanie w lokalizacji {location}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{ref}: %Ln unit(s), in stock</source>
            <translation>
                <numerusform>{ref}: %Ln sztuka, na stanie</numerusform>
                <numerusform>{ref}: %Ln sztuki, na stanie</numerusform>
                <numerusform>{ref}: %Ln sztuk, na stanie</numerusform>
            </translation>
        </message>
        <message>
            <source>{ref} moved to {location} (from {previous})</source>
            <translation>{ref} przeniesiono do {location} (z {previous})</translation>
        </message>
        <message>
            <source>{ref} moved to {location}</source>
            <translation>{ref} przeniesiono do {location}</translation>
        </message>
        <message>
            <source>{qty} picked from {batch}</source>
            <translation>skompletowano {qty} z partii {batch}</translation>
        </message>
        <message>
            <source>{qty} put back into {batch}</source>
            <translation>odłożono {qty} do partii {batch}</translation>
        </message>
        <message>
            <source>{ref} at {location}: {counted} counted, {expected} expected</source>
            <translation>{ref} w lokalizacji {location}: policzono {counted}, oczekiwano {expected}</translation>
        </message>
        <message>
            <source>{ref}: {counted} counted, {expected} expected</source>
            <translation>{ref}: policzono {counted}, oczekiwano {expected}</translation>
        </message>
        <message>
            <source>{qty} from {batch}</source>
            <translation>{qty} z partii {batch}</translation>
        </message>
        <message>
            <source>{qty} released from {batch} ({reason})</source>
            <translation>zwolniono {qty} z partii {batch} ({reason})</translation>
        </message>
        <message>
            <source>{ref} cancelled: purchased quantity 0 (was {previous})</source>
            <translation>{ref} anulowano: zakupiona ilość 0 (było {previous})</translation>
        </message>
        <message>
            <source>{ref} cancelled: purchased quantity 0</source>
            <translation>{ref} anulowano: zakupiona ilość 0</translation>
        </message>
        <message numerus="yes">
            <source>{ref} now holds %Ln unit(s)</source>
            <translation>
                <numerusform>{ref} zawiera teraz %Ln sztukę</numerusform>
                <numerusform>{ref} zawiera teraz %Ln sztuki</numerusform>
                <numerusform>{ref} zawiera teraz %Ln sztuk</numerusform>
            </translation>
        </message>
        <message>
            <source>no batch could take the order line</source>
            <translation>żadna partia nie mogła przyjąć pozycji zamówienia</translation>
        </message>
        <message>
            <source>{qty} wanted, {available} available: the line waits for stock</source>
            <translation>potrzeba {qty}, dostępne {available}: pozycja czeka na towar</translation>
        </message>
        <message>
            <source>{qty} allocated after waiting for stock since {since}</source>
            <translation>przydzielono {qty} po oczekiwaniu na towar od {since}</translation>
        </message>
        <message>
            <source>{qty} allocated after waiting for stock</source>
            <translation>przydzielono {qty} po oczekiwaniu na towar</translation>
        </message>
        <message>
            <source>{qty} no longer waits for stock (withdrawn)</source>
            <translation>{qty} już nie czeka na towar (wycofano)</translation>
        </message>
        <message>
            <source>low-stock warning turned off</source>
            <translation>wyłączono ostrzeżenie o niskim stanie</translation>
        </message>
        <message>
            <source>warn when fewer than {threshold} are available</source>
            <translation>ostrzegaj, gdy dostępnych jest mniej niż {threshold}</translation>
        </message>
        <message>
            <source>{available} available, below the threshold of {threshold}</source>
            <translation>dostępne {available}, poniżej progu {threshold}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln batch(es) from a file</source>
            <translation>
                <numerusform>%Ln partia z pliku</numerusform>
                <numerusform>%Ln partie z pliku</numerusform>
                <numerusform>%Ln partii z pliku</numerusform>
            </translation>
        </message>
        <message>
            <source>{login}: {name}, {role}</source>
            <translation>{login}: {name}, {role}</translation>
        </message>
        <message>
            <source>{login} is {role} now (was {previous})</source>
            <translation>{login} ma teraz rolę: {role} (wcześniej: {previous})</translation>
        </message>
        <message>
            <source>{login} may no longer sign in</source>
            <translation>{login} nie może się już logować</translation>
        </message>
        <message>
            <source>{operator}, approved by {approver} @ {station}</source>
            <translation>{operator}, zatwierdzenie: {approver} @ {station}</translation>
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
            <translation>Filtr SKU w historii</translation>
        </message>
        <message>
            <source>Enter shows this SKU's history; empty: every SKU</source>
            <translation>Enter pokazuje historię tego SKU; puste: wszystkie SKU</translation>
        </message>
        <message>
            <source>any SKU</source>
            <translation>dowolne SKU</translation>
        </message>
        <message>
            <source>History order filter</source>
            <translation>Filtr zamówienia w historii</translation>
        </message>
        <message>
            <source>Enter shows this order's history; empty: every order</source>
            <translation>Enter pokazuje historię tego zamówienia; puste: wszystkie zamówienia</translation>
        </message>
        <message>
            <source>any order</source>
            <translation>dowolne zamówienie</translation>
        </message>
        <message>
            <source>Fi&amp;lter SKU</source>
            <translation>&amp;Filtr SKU</translation>
        </message>
        <message>
            <source>Or&amp;der</source>
            <translation>Zamówi&amp;enie</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>The event log, newest first: time, event, SKU, order, details and who did it</source>
            <translation>Dziennik zdarzeń, od najnowszych: czas, zdarzenie, SKU, zamówienie, szczegóły i kto je wykonał</translation>
        </message>
        <message>
            <source>Enter in a filter box applies it; empty boxes show everything</source>
            <translation>Enter w polu filtru go stosuje; puste pola pokazują wszystko</translation>
        </message>
    </context>
    <context>
        <name>IdleWatch</name>
        <message numerus="yes">
            <source>Signed out after %n minute(s) without a key or a click: sign in again</source>
            <translation>
                <numerusform>Wylogowano po %n minucie bez naciśnięcia klawisza lub kliknięcia: zaloguj się ponownie</numerusform>
                <numerusform>Wylogowano po %n minutach bez naciśnięcia klawisza lub kliknięcia: zaloguj się ponownie</numerusform>
                <numerusform>Wylogowano po %n minutach bez naciśnięcia klawisza lub kliknięcia: zaloguj się ponownie</numerusform>
            </translation>
        </message>
        <message>
            <source>Signed out after {minutes} minutes without a key or a click: sign in again</source>
            <translation>Wylogowano po {minutes} min bez naciśnięcia klawisza lub kliknięcia: zaloguj się ponownie</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Line</source>
            <translation>Wiersz</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Numer partii</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>ETA</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lokalizacja</translation>
        </message>
        <message>
            <source>Import batches — {file}</source>
            <translation>Import partii — {file}</translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Problemy w pliku</translation>
        </message>
        <message>
            <source>Batches in the file</source>
            <translation>Partie w pliku</translation>
        </message>
        <message>
            <source>Every batch line of the file; a line with a problem is red, its problems in its tooltip. Enter imports every line, or none of them; Esc cancels.</source>
            <translation>Wszystkie wiersze partii z pliku; wiersz z problemem jest czerwony, a jego problemy są w podpowiedzi. Enter importuje wszystkie wiersze albo żaden; Esc anuluje.</translation>
        </message>
        <message>
            <source>Enter imports every line, or none of them; Esc cancels</source>
            <translation>Enter importuje wszystkie wiersze albo żaden; Esc anuluje</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Odrzucono: {reason}</translation>
        </message>
        <message>
            <source>&amp;Import again</source>
            <translation>&amp;Importuj ponownie</translation>
        </message>
        <message numerus="yes">
            <source>Importing %Ln batch(es)…</source>
            <translation>
                <numerusform>Importowanie %Ln partii…</numerusform>
                <numerusform>Importowanie %Ln partii…</numerusform>
                <numerusform>Importowanie %Ln partii…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln batch(es) ready. They go in together, or not at all.</source>
            <translation>
                <numerusform>Gotowa do importu: %Ln partia. Trafi do bazy w całości albo wcale.</numerusform>
                <numerusform>Gotowe do importu: %Ln partie. Trafią do bazy razem albo wcale.</numerusform>
                <numerusform>Gotowe do importu: %Ln partii. Trafią do bazy razem albo wcale.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %Ln batch(es)</source>
            <translation>
                <numerusform>&amp;Importuj %Ln partię</numerusform>
                <numerusform>&amp;Importuj %Ln partie</numerusform>
                <numerusform>&amp;Importuj %Ln partii</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importuj</translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s): nothing can be imported until the file is fixed. Its columns: {columns} (an empty eta: in stock).</source>
            <translation>
                <numerusform>%Ln problem: nic nie zostanie zaimportowane, dopóki plik nie zostanie poprawiony. Jego kolumny: {columns} (puste eta: na stanie).</numerusform>
                <numerusform>%Ln problemy: nic nie zostanie zaimportowane, dopóki plik nie zostanie poprawiony. Jego kolumny: {columns} (puste eta: na stanie).</numerusform>
                <numerusform>%Ln problemów: nic nie zostanie zaimportowane, dopóki plik nie zostanie poprawiony. Jego kolumny: {columns} (puste eta: na stanie).</numerusform>
            </translation>
        </message>
        <message>
            <source>in stock</source>
            <translation>na stanie</translation>
        </message>
    </context>
    <context>
        <name>LabelKeys</name>
        <message>
            <source>No new batches to label: F6 prints the labels of the batches received here (Ctrl+N or an import) since the last ones printed; F7 prints the selected batches' labels again</source>
            <translation>Brak nowych partii do etykietowania: F6 drukuje etykiety partii przyjętych na tym stanowisku (Ctrl+N lub import) od ostatniego wydruku; F7 ponownie drukuje etykiety zaznaczonych partii</translation>
        </message>
        <message>
            <source>No batch selected: select batches in the batch table (Ctrl+B), then F7</source>
            <translation>Nie zaznaczono żadnej partii: zaznacz partie w tabeli partii (Ctrl+B), a potem naciśnij F7</translation>
        </message>
        <message>
            <source>The selected batches stand in no bin yet: select batches with a location in the batch table (Ctrl+B), then F9</source>
            <translation>Zaznaczone partie nie mają jeszcze lokalizacji: zaznacz w tabeli partii (Ctrl+B) partie z lokalizacją, a potem naciśnij F9</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln label(s) to {path}</source>
            <translation>
                <numerusform>Zapisano %Ln etykietę do {path}</numerusform>
                <numerusform>Zapisano %Ln etykiety do {path}</numerusform>
                <numerusform>Zapisano %Ln etykiet do {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Printed %Ln label(s) on {path}</source>
            <translation>
                <numerusform>Wydrukowano %Ln etykietę na {path}</numerusform>
                <numerusform>Wydrukowano %Ln etykiety na {path}</numerusform>
                <numerusform>Wydrukowano %Ln etykiet na {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Labels not written: {error}</source>
            <translation>Nie zapisano etykiet: {error}</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>in stock</source>
            <translation>na stanie</translation>
        </message>
        <message>
            <source>ETA {day}</source>
            <translation>Dostawa {day}</translation>
        </message>
        <message>
            <source>62 × 29 mm</source>
            <translation>62 × 29 mm</translation>
        </message>
        <message>
            <source>a 62 × 29 mm label</source>
            <translation>etykiecie 62 × 29 mm</translation>
        </message>
        <message>
            <source>4 × 6 in</source>
            <translation>4 × 6 cali</translation>
        </message>
        <message>
            <source>a 4 × 6 in label</source>
            <translation>etykiecie 4 × 6 cali</translation>
        </message>
        <message>
            <source>A4 sheet of 24</source>
            <translation>A4, 24 na arkuszu</translation>
        </message>
        <message>
            <source>a 70 × 37 mm label of an A4 sheet</source>
            <translation>etykiecie 70 × 37 mm z arkusza A4</translation>
        </message>
        <message>
            <source>The reference {code} is too long for a barcode that scans on {size}: choose {sizes}, which holds it</source>
            <translation>Numer partii {code} jest za długi na kod kreskowy czytelny na {size}: wybierz {sizes} — tam się zmieści</translation>
        </message>
        <message numerus="yes">
            <source>The reference {code} is too long for a barcode that scans on {size}, or on any other: a barcode holds at most about %n characters</source>
            <translation>
                <numerusform>Numer partii {code} jest za długi na kod kreskowy czytelny na {size} i na każdej innej etykiecie: kod kreskowy mieści najwyżej około %n znaku</numerusform>
                <numerusform>Numer partii {code} jest za długi na kod kreskowy czytelny na {size} i na każdej innej etykiecie: kod kreskowy mieści najwyżej około %n znaków</numerusform>
                <numerusform>Numer partii {code} jest za długi na kod kreskowy czytelny na {size} i na każdej innej etykiecie: kod kreskowy mieści najwyżej około %n znaków</numerusform>
            </translation>
        </message>
        <message>
            <source>The bin code {code} is too long for a barcode that scans on {size}: choose {sizes}, which holds it</source>
            <translation>Kod lokalizacji {code} jest za długi na kod kreskowy czytelny na {size}: wybierz {sizes} — tam się zmieści</translation>
        </message>
        <message numerus="yes">
            <source>The bin code {code} is too long for a barcode that scans on {size}, or on any other: a barcode holds at most about %n characters</source>
            <translation>
                <numerusform>Kod lokalizacji {code} jest za długi na kod kreskowy czytelny na {size} i na każdej innej etykiecie: kod kreskowy mieści najwyżej około %n znaku</numerusform>
                <numerusform>Kod lokalizacji {code} jest za długi na kod kreskowy czytelny na {size} i na każdej innej etykiecie: kod kreskowy mieści najwyżej około %n znaków</numerusform>
                <numerusform>Kod lokalizacji {code} jest za długi na kod kreskowy czytelny na {size} i na każdej innej etykiecie: kod kreskowy mieści najwyżej około %n znaków</numerusform>
            </translation>
        </message>
        <message>
            <source>No label size {key}: choose one of {known}</source>
            <translation>Nieznany rozmiar etykiety {key}: wybierz jeden z: {known}</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} lub {second}</translation>
        </message>
        <message>
            <source>No labels to write: name a batch or a bin</source>
            <translation>Brak etykiet do zapisania: podaj partię lub lokalizację</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>folder {folder} nie istnieje</translation>
        </message>
        <message>
            <source>the file could not be written there</source>
            <translation>nie udało się tam zapisać pliku</translation>
        </message>
        <message>
            <source>Labels — {codes} …</source>
            <translation>Etykiety — {codes} …</translation>
        </message>
        <message>
            <source>Labels — {codes}</source>
            <translation>Etykiety — {codes}</translation>
        </message>
        <message>
            <source>The printer could not be started</source>
            <translation>Nie udało się uruchomić drukarki</translation>
        </message>
        <message>
            <source>no location</source>
            <translation>brak lokalizacji</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>Dostawa</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lokalizacja</translation>
        </message>
        <message>
            <source>Qty {qty}</source>
            <translation>Ilość {qty}</translation>
        </message>
    </context>
    <context>
        <name>Locations</name>
        <message>
            <source>must be text, got {type}</source>
            <translation>musi być tekstem, podano {type}</translation>
        </message>
        <message>
            <source>must be at most {most} characters, got {length}</source>
            <translation>może mieć najwyżej {most} znaki, a ma {length}</translation>
        </message>
        <message>
            <source>must be letters, digits and '-' only, got {got}</source>
            <translation>może zawierać tylko litery, cyfry i '-', podano {got}</translation>
        </message>
        <message>
            <source>must not be blank</source>
            <translation>musi mieć wartość</translation>
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
            <translation>Oczeku&amp;jące</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Widoki</translation>
        </message>
        <message>
            <source>Batches, orders, picking, the order lines waiting for stock, the history and the stock picture; Ctrl+Tab goes to the next one</source>
            <translation>Partie, zamówienia, kompletacja, pozycje oczekujące na towar, historia i wykres stanu; Ctrl+Tab przechodzi do następnego</translation>
        </message>
        <message>
            <source>&amp;Batches</source>
            <translation>Pa&amp;rtie</translation>
        </message>
        <message>
            <source>Order&amp;s</source>
            <translation>Zamó&amp;wienia</translation>
        </message>
        <message>
            <source>Pick</source>
            <translation>Kompletacja</translation>
        </message>
        <message>
            <source>His&amp;tory</source>
            <translation>&amp;Historia</translation>
        </message>
        <message>
            <source>Stock &amp;picture</source>
            <translation>W&amp;ykres stanu</translation>
        </message>
        <message numerus="yes">
            <source>Loaded %Ln batch(es)</source>
            <translation>
                <numerusform>Wczytano %Ln partię</numerusform>
                <numerusform>Wczytano %Ln partie</numerusform>
                <numerusform>Wczytano %Ln partii</numerusform>
            </translation>
        </message>
        <message>
            <source>{message}: sign in again</source>
            <translation>{message}: zaloguj się ponownie</translation>
        </message>
        <message>
            <source>Read-only: {why}; nothing can be changed here</source>
            <translation>Tylko do odczytu: {why}; tutaj nie można nic zmienić</translation>
        </message>
        <message>
            <source>Waitin&amp;g ({count})</source>
            <translation>Oczeku&amp;jące ({count})</translation>
        </message>
        <message numerus="yes">
            <source>Finishing %n queued command(s)…</source>
            <translation>
                <numerusform>Kończenie %n polecenia z kolejki…</numerusform>
                <numerusform>Kończenie %n poleceń z kolejki…</numerusform>
                <numerusform>Kończenie %n poleceń z kolejki…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MessageBus</name>
        <message numerus="yes">
            <source>Other workstations kept changing the same stock at the same moment; gave up after %n attempts, nothing was applied. Try again.</source>
            <translation>
                <numerusform>Inne stanowiska w tym samym momencie wciąż zmieniały ten sam stan; przerwano po %n próbie, nic nie zostało zastosowane. Spróbuj ponownie.</numerusform>
                <numerusform>Inne stanowiska w tym samym momencie wciąż zmieniały ten sam stan; przerwano po %n próbach, nic nie zostało zastosowane. Spróbuj ponownie.</numerusform>
                <numerusform>Inne stanowiska w tym samym momencie wciąż zmieniały ten sam stan; przerwano po %n próbach, nic nie zostało zastosowane. Spróbuj ponownie.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Created batch {ref}: {qty} × {sku}, arriving {eta}</source>
            <translation>Utworzono partię {ref}: {qty} × {sku}, dostawa {eta}</translation>
        </message>
        <message>
            <source>Created batch {ref}: {qty} × {sku}, in stock</source>
            <translation>Utworzono partię {ref}: {qty} × {sku}, na stanie</translation>
        </message>
        <message>
            <source>Allocated {orderid}: {qty} × {sku} split — {parts}</source>
            <translation>Przydzielono do zamówienia {orderid}: {qty} × {sku} w częściach — {parts}</translation>
        </message>
        <message>
            <source>Allocated {orderid}: {qty} × {sku} from batch {batchref}</source>
            <translation>Przydzielono do zamówienia {orderid}: {qty} × {sku} z partii {batchref}</translation>
        </message>
        <message>
            <source>Batch {ref} cancelled (purchased quantity 0)</source>
            <translation>Partia {ref} anulowana (zakupiona ilość 0)</translation>
        </message>
        <message numerus="yes">
            <source>Batch {ref} now holds %Ln units</source>
            <translation>
                <numerusform>Partia {ref} zawiera teraz %Ln sztukę</numerusform>
                <numerusform>Partia {ref} zawiera teraz %Ln sztuki</numerusform>
                <numerusform>Partia {ref} zawiera teraz %Ln sztuk</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln batch(es)</source>
            <translation>
                <numerusform>Zaimportowano %Ln partię</numerusform>
                <numerusform>Zaimportowano %Ln partie</numerusform>
                <numerusform>Zaimportowano %Ln partii</numerusform>
            </translation>
        </message>
        <message>
            <source>Low-stock warning for {sku} turned off</source>
            <translation>Wyłączono ostrzeżenie o niskim stanie dla {sku}</translation>
        </message>
        <message>
            <source>{sku} will warn when fewer than {threshold} are available</source>
            <translation>{sku}: ostrzeżenie, gdy dostępnych jest mniej niż {threshold}</translation>
        </message>
        <message>
            <source>Picked {orderid}'s {qty} × {sku} from {batchref}</source>
            <translation>Skompletowano {qty} × {sku} zamówienia {orderid} z partii {batchref}</translation>
        </message>
        <message>
            <source>Put back {orderid}'s {sku} into {batchref}: not picked any more</source>
            <translation>Odłożono {sku} zamówienia {orderid} do partii {batchref}: pozycja nie jest już skompletowana</translation>
        </message>
        <message>
            <source>Shortage of batch {ref} reported ({counted} counted): a supervisor approves the correction from the alert</source>
            <translation>Zgłoszono niedobór w partii {ref} (policzono {counted}): kierownik zmiany zatwierdza korektę z poziomu alertu</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gotowe</translation>
        </message>
        <message>
            <source>Batch {ref} is at {location} already</source>
            <translation>Partia {ref} już jest w lokalizacji {location}</translation>
        </message>
        <message>
            <source>Moved batch {ref} to {location} (from {previous})</source>
            <translation>Przeniesiono partię {ref} do lokalizacji {location} (z {previous})</translation>
        </message>
        <message>
            <source>Moved batch {ref} to {location}</source>
            <translation>Przeniesiono partię {ref} do lokalizacji {location}</translation>
        </message>
        <message>
            <source>Shortage: batch {ref} at {location} holds {counted} × {sku}, not {expected} — Enter here: a supervisor corrects it to {counted}</source>
            <translation>Niedobór: partia {ref} w lokalizacji {location} zawiera {counted} × {sku}, a nie {expected} — Enter tutaj: kierownik zmiany koryguje ją do {counted}</translation>
        </message>
        <message>
            <source>Shortage: batch {ref} holds {counted} × {sku}, not {expected} — Enter here: a supervisor corrects it to {counted}</source>
            <translation>Niedobór: partia {ref} zawiera {counted} × {sku}, a nie {expected} — Enter tutaj: kierownik zmiany koryguje ją do {counted}</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku} is already waiting for stock · Ctrl+W</source>
            <translation>Pozycja {qty} × {sku} zamówienia {orderid} już czeka na towar · Ctrl+W</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku} waits for stock ({available} available) · Ctrl+W</source>
            <translation>Pozycja {qty} × {sku} zamówienia {orderid} czeka na towar (dostępne: {available}) · Ctrl+W</translation>
        </message>
        <message>
            <source>Withdrew {orderid}'s {qty} × {sku}: it no longer waits for stock</source>
            <translation>Wycofano pozycję {qty} × {sku} zamówienia {orderid}: nie czeka już na towar</translation>
        </message>
        <message>
            <source>Cancelled {orderid}'s line of {sku}</source>
            <translation>Anulowano pozycję {sku} zamówienia {orderid}</translation>
        </message>
        <message>
            <source>Cancelled {orderid}'s {qty} × {sku} (from batch {batchref})</source>
            <translation>Anulowano {qty} × {sku} zamówienia {orderid} (z partii {batchref})</translation>
        </message>
        <message>
            <source>Cancelled {orderid}'s {qty} × {sku} ({parts})</source>
            <translation>Anulowano {qty} × {sku} zamówienia {orderid} ({parts})</translation>
        </message>
        <message>
            <source>{qty} from {batchref}</source>
            <translation>{qty} z {batchref}</translation>
        </message>
        <message numerus="yes">
            <source>; %Ln waiting line(s) allocated</source>
            <translation>
                <numerusform>; przydzielono %Ln pozycję oczekującą</numerusform>
                <numerusform>; przydzielono %Ln pozycje oczekujące</numerusform>
                <numerusform>; przydzielono %Ln pozycji oczekujących</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln order line(s) moved to other batches</source>
            <translation>
                <numerusform>przeniesiono %Ln pozycję zamówienia do innych partii</numerusform>
                <numerusform>przeniesiono %Ln pozycje zamówień do innych partii</numerusform>
                <numerusform>przeniesiono %Ln pozycji zamówień do innych partii</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) now waiting for stock</source>
            <translation>
                <numerusform>%Ln pozycja czeka teraz na towar</numerusform>
                <numerusform>%Ln pozycje czekają teraz na towar</numerusform>
                <numerusform>%Ln pozycji czeka teraz na towar</numerusform>
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
            <translation>Odrzucono: {message}</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>Out of stock: {sku} — an order line could not be allocated</source>
            <translation>Brak towaru: {sku} — nie udało się przydzielić pozycji zamówienia</translation>
        </message>
        <message>
            <source>Out of stock: {sku} — {orderid} wants {qty}; only {available} available — waiting for stock</source>
            <translation>Brak towaru: {sku} — zamówienie {orderid} potrzebuje {qty}; dostępne tylko {available} — czeka na towar</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku}, waiting since {since}, is now allocated</source>
            <translation>Pozycja {qty} × {sku} zamówienia {orderid}, oczekująca od {since}, została przydzielona</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku}, waiting for stock, is now allocated</source>
            <translation>Pozycja {qty} × {sku} zamówienia {orderid}, czekająca na towar, została przydzielona</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku} is now allocated</source>
            <translation>Pozycja {qty} × {sku} zamówienia {orderid} została przydzielona</translation>
        </message>
        <message>
            <source>Low stock: {sku} — {available} available (in stock and arriving), below its threshold of {threshold}</source>
            <translation>Niski stan: {sku} — dostępne {available} (na stanie i w drodze), poniżej progu {threshold}</translation>
        </message>
        <message>
            <source>{alert} (at {station})</source>
            <translation>{alert} (stanowisko {station})</translation>
        </message>
    </context>
    <context>
        <name>Model</name>
        <message>
            <source>{orderid} has no line of {sku} to cancel</source>
            <translation>Zamówienie {orderid} nie ma pozycji {sku} do anulowania</translation>
        </message>
        <message>
            <source>{orderid}'s {sku} is picked ({batches}): put it back first (Ctrl+Z undoes a pick)</source>
            <translation>Pozycja {sku} zamówienia {orderid} jest skompletowana ({batches}): najpierw ją odłóż (Ctrl+Z cofa kompletację)</translation>
        </message>
        <message>
            <source>{orderid}'s {sku} from {batch} is already picked</source>
            <translation>Pozycja {sku} zamówienia {orderid} z partii {batch} jest już skompletowana</translation>
        </message>
        <message>
            <source>{orderid}'s {sku} from {batch} is {held}, not {qty}</source>
            <translation>Pozycja {sku} zamówienia {orderid} z partii {batch} ma ilość {held}, a nie {qty}</translation>
        </message>
        <message>
            <source>{orderid}'s {sku} from {batch} is not picked: nothing to put back</source>
            <translation>Pozycja {sku} zamówienia {orderid} z partii {batch} nie jest skompletowana: nie ma czego odłożyć</translation>
        </message>
        <message>
            <source>Counted {counted}, and batch {ref} holds {expected}: a shortage is a count below what it holds</source>
            <translation>Policzono {counted}, a partia {ref} zawiera {expected}: niedobór to liczba mniejsza niż stan partii</translation>
        </message>
        <message>
            <source>{orderid} has no line of {sku} to pick</source>
            <translation>Zamówienie {orderid} nie ma pozycji {sku} do skompletowania</translation>
        </message>
        <message>
            <source>{orderid}'s {sku} waits for stock: no batch holds it yet</source>
            <translation>Pozycja {sku} zamówienia {orderid} czeka na towar: żadna partia jeszcze jej nie zawiera</translation>
        </message>
        <message>
            <source>Batch {batch} holds no part of {orderid}'s {sku}: its {sku} is picked already ({batches})</source>
            <translation>Partia {batch} nie zawiera żadnej części pozycji {sku} zamówienia {orderid}: {sku} tego zamówienia skompletowano już ({batches})</translation>
        </message>
        <message>
            <source>{batch} at {location}</source>
            <translation>{batch} w {location}</translation>
        </message>
        <message>
            <source>{batch} at {location} ({qty})</source>
            <translation>{batch} w {location} ({qty})</translation>
        </message>
        <message>
            <source>{batch} ({qty})</source>
            <translation>{batch} ({qty})</translation>
        </message>
        <message>
            <source>{places} and {place}</source>
            <translation>{places} i {place}</translation>
        </message>
        <message>
            <source>Batch {batch} holds no part of {orderid}'s {sku}: its {sku} is in {places}</source>
            <translation>Partia {batch} nie zawiera żadnej części pozycji {sku} zamówienia {orderid}: {sku} tego zamówienia znajduje się w: {places}</translation>
        </message>
        <message>
            <source>{orderid}: {qty}</source>
            <translation>{orderid}: {qty}</translation>
        </message>
        <message numerus="yes">
            <source>Batch {ref} cannot go down to {qty}: %Ln (was|were) picked from it ({whose}); put it back first (Ctrl+Z undoes a pick)</source>
            <translation>
                <numerusform>Nie można zmniejszyć partii {ref} do {qty}: skompletowano z niej %Ln sztukę ({whose}); najpierw odłóż tę pozycję (Ctrl+Z cofa kompletację)</numerusform>
                <numerusform>Nie można zmniejszyć partii {ref} do {qty}: skompletowano z niej %Ln sztuki ({whose}); najpierw odłóż tę pozycję (Ctrl+Z cofa kompletację)</numerusform>
                <numerusform>Nie można zmniejszyć partii {ref} do {qty}: skompletowano z niej %Ln sztuk ({whose}); najpierw odłóż tę pozycję (Ctrl+Z cofa kompletację)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Batch {ref} cannot go down to {qty}: %Ln (was|were) picked from it ({whose}); put them back first (Ctrl+Z undoes a pick)</source>
            <translation>
                <numerusform>Nie można zmniejszyć partii {ref} do {qty}: skompletowano z niej %Ln sztukę ({whose}); najpierw odłóż te pozycje (Ctrl+Z cofa kompletację)</numerusform>
                <numerusform>Nie można zmniejszyć partii {ref} do {qty}: skompletowano z niej %Ln sztuki ({whose}); najpierw odłóż te pozycje (Ctrl+Z cofa kompletację)</numerusform>
                <numerusform>Nie można zmniejszyć partii {ref} do {qty}: skompletowano z niej %Ln sztuk ({whose}); najpierw odłóż te pozycje (Ctrl+Z cofa kompletację)</numerusform>
            </translation>
        </message>
        <message>
            <source>{orderid} already waits for {held} of {sku}; cancel that line before allocating {qty}</source>
            <translation>Zamówienie {orderid} już czeka na {held} × {sku}; anuluj tę pozycję przed przydzieleniem {qty}</translation>
        </message>
        <message>
            <source>{qty} from {batch}</source>
            <translation>{qty} z {batch}</translation>
        </message>
        <message>
            <source>{orderid} already has {held} of {sku} allocated ({where}); cancel that line before allocating {qty}</source>
            <translation>Zamówienie {orderid} ma już przydzielone {held} × {sku} ({where}); anuluj tę pozycję przed przydzieleniem {qty}</translation>
        </message>
        <message>
            <source>The correction takes {qty} of {orderid}'s {sku} off its batch, and that line is picked ({batches}): put it back first (Ctrl+Z undoes a pick)</source>
            <translation>Korekta zabiera {qty} z pozycji {sku} zamówienia {orderid} z jej partii, a ta pozycja jest skompletowana ({batches}): najpierw ją odłóż (Ctrl+Z cofa kompletację)</translation>
        </message>
    </context>
    <context>
        <name>NetworkShare</name>
        <message>
            <source>The database file {path} is on a network share ({kind}), where SQLite's locking is not reliable: two desks writing at once can damage it. For several desks, use a PostgreSQL server (--db postgresql://…).</source>
            <translation>Plik bazy danych {path} znajduje się w udziale sieciowym ({kind}), gdzie blokowanie w SQLite nie jest niezawodne: zapis z dwóch stanowisk naraz może go uszkodzić. Przy kilku stanowiskach użyj serwera PostgreSQL (--db postgresql://…).</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <source>Could not open the database: {detail}</source>
            <translation>Nie można otworzyć bazy danych: {detail}</translation>
        </message>
        <message>
            <source>the server is a standby, which only reads</source>
            <translation>serwer jest serwerem rezerwowym (standby), który służy tylko do odczytu</translation>
        </message>
        <message>
            <source>the server makes every transaction here read-only</source>
            <translation>serwer ustawia tu każdą transakcję jako tylko do odczytu</translation>
        </message>
        <message>
            <source>the user {user} may read the warehouse's tables but not change them</source>
            <translation>użytkownik {user} może odczytywać tabele magazynu, ale nie może ich zmieniać</translation>
        </message>
    </context>
    <context>
        <name>OrderRow</name>
        <message>
            <source>waiting for stock since {since}</source>
            <translation>czeka na towar od {since}</translation>
        </message>
        <message>
            <source>{batch} · part {part} of {parts}</source>
            <translation>{batch} · część {part} z {parts}</translation>
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
            <translation>Ilość</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Partia</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Kto</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lokalizacja</translation>
        </message>
        <message>
            <source>Picked</source>
            <translation>Skompl.</translation>
        </message>
        <message>
            <source>✓ picked</source>
            <translation>✓ skompletowano</translation>
        </message>
        <message>
            <source>{by}, approved by {approver}</source>
            <translation>{by}, zatwierdzenie: {approver}</translation>
        </message>
        <message>
            <source>{orderid}: no lines allocated or waiting for stock</source>
            <translation>{orderid}: brak pozycji przydzielonych lub oczekujących na towar</translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) allocated (1 split across {batches} batches)</source>
            <translation>
                <numerusform>%Ln pozycja przydzielona (w {batches} partiach)</numerusform>
                <numerusform>%Ln pozycje przydzielone (1 w {batches} partiach)</numerusform>
                <numerusform>%Ln pozycji przydzielonych (1 w {batches} partiach)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) allocated ({split} split across batches)</source>
            <translation>
                <numerusform>%Ln pozycja przydzielona (podzielone między partie: {split})</numerusform>
                <numerusform>%Ln pozycje przydzielone (podzielone między partie: {split})</numerusform>
                <numerusform>%Ln pozycji przydzielonych (podzielone między partie: {split})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) allocated</source>
            <translation>
                <numerusform>%Ln pozycja przydzielona</numerusform>
                <numerusform>%Ln pozycje przydzielone</numerusform>
                <numerusform>%Ln pozycji przydzielonych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln waiting for stock</source>
            <translation>
                <numerusform>%Ln czeka na towar</numerusform>
                <numerusform>%Ln czekają na towar</numerusform>
                <numerusform>%Ln czeka na towar</numerusform>
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
            <translation>Pozycja {qty} × {sku} zamówienia {orderid} czeka na towar od {since}: zostanie przydzielona, gdy towar dotrze</translation>
        </message>
        <message>
            <source>{qty} of {orderid}'s {line_qty} × {sku} (part {part} of {parts}), from batch {batch} at {location}</source>
            <translation>{qty} z {line_qty} × {sku} zamówienia {orderid} (część {part} z {parts}), z partii {batch} w lokalizacji {location}</translation>
        </message>
        <message>
            <source>{qty} of {orderid}'s {line_qty} × {sku} (part {part} of {parts}), from batch {batch}</source>
            <translation>{qty} z {line_qty} × {sku} zamówienia {orderid} (część {part} z {parts}), z partii {batch}</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku}, from batch {batch} at {location}</source>
            <translation>{qty} × {sku} zamówienia {orderid}, z partii {batch} w lokalizacji {location}</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku}, from batch {batch}</source>
            <translation>{qty} × {sku} zamówienia {orderid}, z partii {batch}</translation>
        </message>
        <message>
            <source>{line} — picked: it goes back to its batch before it can be cancelled</source>
            <translation>{line} — skompletowano: przed anulowaniem musi wrócić do swojej partii</translation>
        </message>
    </context>
    <context>
        <name>OrdersView</name>
        <message>
            <source>Order to look up</source>
            <translation>Zamówienie do wyszukania</translation>
        </message>
        <message>
            <source>Type or scan an order ID; Enter shows the order's lines</source>
            <translation>Wpisz lub zeskanuj numer zamówienia; Enter pokazuje jego pozycje</translation>
        </message>
        <message>
            <source>Order ID, then Enter</source>
            <translation>Numer zamówienia, potem Enter</translation>
        </message>
        <message>
            <source>Find or&amp;der</source>
            <translation>Znajdź zamówi&amp;enie</translation>
        </message>
        <message>
            <source>Type an order ID and press Enter</source>
            <translation>Wpisz numer zamówienia i naciśnij Enter</translation>
        </message>
        <message>
            <source>Order lines</source>
            <translation>Pozycje zamówienia</translation>
        </message>
        <message>
            <source>The order's lines by SKU: quantity, batch, who allocated it, location and whether it is picked. Delete cancels the selected line</source>
            <translation>Pozycje zamówienia według SKU: ilość, partia, kto przydzielił, lokalizacja i czy skompletowano. Delete anuluje wybraną pozycję</translation>
        </message>
        <message>
            <source>Orders error</source>
            <translation>Błąd zamówień</translation>
        </message>
        <message>
            <source>↓ moves to the lines; Delete cancels the selected line (every part of it) or withdraws a waiting one; Ctrl+P prints the pick list, Ctrl+Shift+P saves it as PDF</source>
            <translation>↓ przechodzi do pozycji; Delete anuluje wybraną pozycję (wszystkie jej części) lub wycofuje oczekującą; Ctrl+P drukuje listę kompletacji, Ctrl+Shift+P zapisuje ją jako PDF</translation>
        </message>
        <message>
            <source>Withdraw waiting line</source>
            <translation>Wycofaj pozycję oczekującą</translation>
        </message>
        <message>
            <source>Withdraw line</source>
            <translation>Wycofaj pozycję</translation>
        </message>
        <message>
            <source>Keep waiting</source>
            <translation>Nie wycofuj</translation>
        </message>
        <message>
            <source>Withdraw {orderid}'s {qty} × {sku}, waiting for stock since {since}?

It is no longer allocated when stock arrives.</source>
            <translation>Wycofać pozycję {qty} × {sku} zamówienia {orderid}, czekającą na towar od {since}?

Nie zostanie ona przydzielona, gdy towar dotrze.</translation>
        </message>
        <message>
            <source>Cancel order line</source>
            <translation>Anuluj pozycję zamówienia</translation>
        </message>
        <message>
            <source>Cancel line</source>
            <translation>Anuluj pozycję</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Nie anuluj</translation>
        </message>
        <message>
            <source>Cancel {orderid}'s {qty} × {sku} from batch {batch}?

The stock becomes available again (to lines waiting for it first); the line is not allocated elsewhere.</source>
            <translation>Anulować {qty} × {sku} zamówienia {orderid} z partii {batch}?

Towar znów będzie dostępny (najpierw dla pozycji, które na niego czekają); pozycja nie zostanie przydzielona gdzie indziej.</translation>
        </message>
        <message>
            <source>Cancel {orderid}'s {qty} × {sku} ({parts})?

The stock becomes available again (to lines waiting for it first); the line is not allocated elsewhere.</source>
            <translation>Anulować {qty} × {sku} zamówienia {orderid} ({parts})?

Towar znów będzie dostępny (najpierw dla pozycji, które na niego czekają); pozycja nie zostanie przydzielona gdzie indziej.</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>Correcting or cancelling a batch needs a supervisor</source>
            <translation>Korekta lub anulowanie partii wymaga uprawnień kierownika zmiany</translation>
        </message>
        <message>
            <source>Importing batches needs a supervisor</source>
            <translation>Import partii wymaga uprawnień kierownika zmiany</translation>
        </message>
        <message>
            <source>Setting a low-stock threshold needs a supervisor</source>
            <translation>Ustawienie progu niskiego stanu wymaga uprawnień kierownika zmiany</translation>
        </message>
        <message>
            <source>Adding a person needs an admin</source>
            <translation>Dodanie osoby wymaga uprawnień administratora</translation>
        </message>
        <message>
            <source>Changing a person's role needs an admin</source>
            <translation>Zmiana roli osoby wymaga uprawnień administratora</translation>
        </message>
        <message>
            <source>Disabling a person needs an admin</source>
            <translation>Zablokowanie osoby wymaga uprawnień administratora</translation>
        </message>
        <message>
            <source>{command} needs {role}</source>
            <translation>{command} wymaga uprawnień {role}</translation>
        </message>
    </context>
    <context>
        <name>PeopleControls</name>
        <message>
            <source>Nobody signs in here: this database has no people yet (Ctrl+U adds the first)</source>
            <translation>Nikt się tu nie loguje: ta baza danych nie ma jeszcze żadnych osób (Ctrl+U dodaje pierwszą)</translation>
        </message>
        <message>
            <source>Signed out: the next person signs in here</source>
            <translation>Wylogowano: następna osoba loguje się tutaj</translation>
        </message>
        <message>
            <source>Approval withdrawn</source>
            <translation>Wycofano zatwierdzenie</translation>
        </message>
        <message>
            <source>Signed in: {person}</source>
            <translation>Zalogowano: {person}</translation>
        </message>
        <message>
            <source>Approved by {approver} for one action</source>
            <translation>Zatwierdzenie: {approver}, na jedną czynność</translation>
        </message>
    </context>
    <context>
        <name>PeopleDialog</name>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <source>May sign in</source>
            <translation>Może się logować</translation>
        </message>
        <message>
            <source>{name} is a clerk now</source>
            <translation>{name} jest teraz magazynierem</translation>
        </message>
        <message>
            <source>{name} is a supervisor now</source>
            <translation>{name} jest teraz kierownikiem zmiany</translation>
        </message>
        <message>
            <source>{name} is an admin now</source>
            <translation>{name} jest teraz administratorem</translation>
        </message>
        <message>
            <source>This database has no people yet: the first person must be an admin, and adding them turns sign-in on at every desk.</source>
            <translation>Ta baza danych nie ma jeszcze żadnych osób: pierwsza osoba musi być administratorem, a jej dodanie włącza logowanie na każdym stanowisku.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Osoby</translation>
        </message>
        <message>
            <source>Who signs in here: login, name, role and whether they may sign in; select a person to change their role or disable them.</source>
            <translation>Kto się tu loguje: login, imię i nazwisko, rola i czy może się logować; wybierz osobę, aby zmienić jej rolę lub ją zablokować.</translation>
        </message>
        <message>
            <source>P&amp;eople</source>
            <translation>O&amp;soby</translation>
        </message>
        <message>
            <source>New role of the selected person</source>
            <translation>Nowa rola wybranej osoby</translation>
        </message>
        <message>
            <source>Set &amp;role</source>
            <translation>Ustaw &amp;rolę</translation>
        </message>
        <message>
            <source>Set the role of the selected person</source>
            <translation>Ustaw rolę wybranej osoby</translation>
        </message>
        <message>
            <source>&amp;Disable…</source>
            <translation>&amp;Zablokuj…</translation>
        </message>
        <message>
            <source>Disable the selected person</source>
            <translation>Zablokuj wybraną osobę</translation>
        </message>
        <message>
            <source>Ro&amp;le of the selected person</source>
            <translation>Ro&amp;la wybranej osoby</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Dodaj osobę</translation>
        </message>
        <message>
            <source>Lo&amp;gin</source>
            <translation>Lo&amp;gin</translation>
        </message>
        <message>
            <source>the badge's barcode, e.g. anna</source>
            <translation>kod kreskowy identyfikatora, np. anna</translation>
        </message>
        <message>
            <source>New person's login</source>
            <translation>Login nowej osoby</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Imię i nazwisko</translation>
        </message>
        <message>
            <source>e.g. Anna Kowalska</source>
            <translation>np. Anna Kowalska</translation>
        </message>
        <message>
            <source>New person's name</source>
            <translation>Imię i nazwisko nowej osoby</translation>
        </message>
        <message>
            <source>Role of the new person</source>
            <translation>Rola nowej osoby</translation>
        </message>
        <message>
            <source>R&amp;ole</source>
            <translation>R&amp;ola</translation>
        </message>
        <message>
            <source>4 to 12 digits</source>
            <translation>od 4 do 12 cyfr</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>&amp;PIN</translation>
        </message>
        <message>
            <source>New person's PIN</source>
            <translation>PIN nowej osoby</translation>
        </message>
        <message>
            <source>Confir&amp;m PIN</source>
            <translation>Po&amp;twierdź PIN</translation>
        </message>
        <message>
            <source>New person's PIN again, to confirm it</source>
            <translation>Ponownie PIN nowej osoby, aby go potwierdzić</translation>
        </message>
        <message>
            <source>&amp;Add person</source>
            <translation>&amp;Dodaj osobę</translation>
        </message>
        <message>
            <source>People message</source>
            <translation>Komunikat o osobach</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Co zostało zrobione</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>tak</translation>
        </message>
        <message>
            <source>The two PINs differ: type the same PIN twice</source>
            <translation>Oba PIN-y się różnią: wpisz dwa razy ten sam PIN</translation>
        </message>
        <message>
            <source>Added {login}: {name}, {role}</source>
            <translation>Dodano {login}: {name}, {role}</translation>
        </message>
        <message>
            <source>Disable {login} ({name})?

They may no longer sign in. They stay in the list, and the history keeps their name.</source>
            <translation>Zablokować {login} ({name})?

Ta osoba nie będzie mogła się już logować. Pozostanie na liście, a historia zachowa jej imię i nazwisko.</translation>
        </message>
        <message>
            <source>Disable a person</source>
            <translation>Zablokuj osobę</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Zablokuj</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Nie blokuj</translation>
        </message>
        <message>
            <source>{login} may no longer sign in</source>
            <translation>{login} nie może się już logować</translation>
        </message>
    </context>
    <context>
        <name>PeopleStore</name>
        <message>
            <source>{login} is already a person here</source>
            <translation>Login {login} już tu istnieje</translation>
        </message>
        <message>
            <source>A database role named {login} exists already: choose another login</source>
            <translation>Rola bazy danych o nazwie {login} już istnieje: wybierz inny login</translation>
        </message>
        <message>
            <source>No one signs in as {login} here: check the badge, or ask an admin to add them</source>
            <translation>Nikt nie loguje się tu jako {login}: sprawdź identyfikator lub poproś administratora o dodanie tej osoby</translation>
        </message>
    </context>
    <context>
        <name>Pick</name>
        <message>
            <source>Location</source>
            <translation>Lokalizacja</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Partia</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <source>Picked</source>
            <translation>Skompl.</translation>
        </message>
        <message>
            <source>Bin or batch</source>
            <translation>Lokalizacja lub partia</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Policzono</translation>
        </message>
        <message>
            <source>Scan the order ID at the top of its pick list, or type it and press Enter</source>
            <translation>Zeskanuj numer zamówienia na górze jego listy kompletacji albo wpisz go i naciśnij Enter</translation>
        </message>
        <message>
            <source>Wrong bin or batch: {text} — expected bin {location} or batch {batch}</source>
            <translation>Zła lokalizacja lub partia: {text} — oczekiwano lokalizacji {location} lub partii {batch}</translation>
        </message>
        <message>
            <source>Wrong bin or batch: {text} — expected batch {batch} (its bin is not known)</source>
            <translation>Zła lokalizacja lub partia: {text} — oczekiwano partii {batch} (jej lokalizacja jest nieznana)</translation>
        </message>
    </context>
    <context>
        <name>PickList</name>
        <message>
            <source>picked</source>
            <translation>skompletowano</translation>
        </message>
        <message>
            <source>not in yet — arrives {day}</source>
            <translation>jeszcze brak — dostawa {day}</translation>
        </message>
        <message>
            <source>part {part} of {parts}: {qty} in all</source>
            <translation>część {part} z {parts}: łącznie {qty}</translation>
        </message>
        <message>
            <source>since {day} {time}</source>
            <translation>od {day} {time}</translation>
        </message>
        <message>
            <source>Pick list — {order}</source>
            <translation>Lista kompletacji — {order}</translation>
        </message>
    </context>
    <context>
        <name>PickListCommands</name>
        <message>
            <source>Printed the pick list of {order} on {where}</source>
            <translation>Wydrukowano listę kompletacji {order} na {where}</translation>
        </message>
        <message>
            <source>Saved the pick list of {order} to {path}</source>
            <translation>Zapisano listę kompletacji {order} w pliku {path}</translation>
        </message>
        <message>
            <source>Nothing to pick: {order} has no allocated lines</source>
            <translation>Nic do skompletowania: zamówienie {order} nie ma przydzielonych pozycji</translation>
        </message>
        <message>
            <source>No order shown: type its ID here and press Enter, then Ctrl+P prints its pick list (Ctrl+Shift+P saves it as PDF)</source>
            <translation>Nie pokazano zamówienia: wpisz tu jego numer i naciśnij Enter, a potem Ctrl+P wydrukuje jego listę kompletacji (Ctrl+Shift+P zapisze ją jako PDF)</translation>
        </message>
    </context>
    <context>
        <name>PickListPages</name>
        <message>
            <source>Location</source>
            <translation>Lokalizacja</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Partia</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Uwagi</translation>
        </message>
        <message>
            <source>Waiting for stock — not to pick</source>
            <translation>Czeka na towar — nie kompletować</translation>
        </message>
        <message>
            <source>Printed {day} {time} at station {station} by {operator}</source>
            <translation>Wydrukowano {day} {time} na stanowisku {station}, operator: {operator}</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s), {units}</source>
            <translation>
                <numerusform>%n pozycja, {units}</numerusform>
                <numerusform>%n pozycje, {units}</numerusform>
                <numerusform>%n pozycji, {units}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s)</source>
            <translation>
                <numerusform>%Ln sztuka</numerusform>
                <numerusform>%Ln sztuki</numerusform>
                <numerusform>%Ln sztuk</numerusform>
            </translation>
        </message>
        <message>
            <source>in walking order (by location)</source>
            <translation>w kolejności przejścia (według lokalizacji)</translation>
        </message>
        <message numerus="yes">
            <source>%n picked already</source>
            <translation>
                <numerusform>%n już skompletowana</numerusform>
                <numerusform>%n już skompletowane</numerusform>
                <numerusform>%n już skompletowanych</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) waiting for stock, not to pick</source>
            <translation>
                <numerusform>%n pozycja czeka na towar, nie kompletować</numerusform>
                <numerusform>%n pozycje czekają na towar, nie kompletować</numerusform>
                <numerusform>%n pozycji czeka na towar, nie kompletować</numerusform>
            </translation>
        </message>
        <message>
            <source>Picked by ______________________     Checked by ______________________</source>
            <translation>Skompletował(a) ______________________     Sprawdził(a) ______________________</translation>
        </message>
        <message>
            <source>{title} — page {page} of {pages}</source>
            <translation>{title} — strona {page} z {pages}</translation>
        </message>
    </context>
    <context>
        <name>PickView</name>
        <message>
            <source>Order to pick</source>
            <translation>Zamówienie do skompletowania</translation>
        </message>
        <message>
            <source>Scan the barcode at the top of a pick list, or type the order ID and press Enter: its parts come up in walking order</source>
            <translation>Zeskanuj kod kreskowy na górze listy kompletacji albo wpisz numer zamówienia i naciśnij Enter: jego części pojawią się w kolejności przejścia</translation>
        </message>
        <message>
            <source>scan the pick list's barcode</source>
            <translation>zeskanuj kod kreskowy listy kompletacji</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Zamówienie</translation>
        </message>
        <message>
            <source>Parts to pick, in walking order</source>
            <translation>Części do skompletowania w kolejności przejścia</translation>
        </message>
        <message>
            <source>Scan</source>
            <translation>Skanowanie</translation>
        </message>
        <message>
            <source>What to scan</source>
            <translation>Co zeskanować</translation>
        </message>
        <message>
            <source>Pick scan</source>
            <translation>Skan kompletacji</translation>
        </message>
        <message>
            <source>Scan the bin's or the batch's label, then the SKU; Enter confirms the quantity. {key} reports a shortage; Esc goes back</source>
            <translation>Zeskanuj etykietę lokalizacji lub partii, potem SKU; Enter potwierdza ilość. {key} zgłasza niedobór; Esc wraca</translation>
        </message>
        <message>
            <source>Pick error</source>
            <translation>Błąd kompletacji</translation>
        </message>
        <message>
            <source>Each part: the bin's or the batch's label, then the SKU, then Enter confirms the quantity. {key}: the bin holds fewer (report a shortage); Esc: back; Ctrl+Z puts the last pick back</source>
            <translation>Każda część: etykieta lokalizacji lub partii, potem SKU, potem Enter potwierdza ilość. {key}: w lokalizacji jest mniej (zgłoś niedobór); Esc: wstecz; Ctrl+Z odkłada ostatnio skompletowaną część</translation>
        </message>
        <message>
            <source>No part to report a shortage of: scan an order's pick list first</source>
            <translation>Brak części, dla której można zgłosić niedobór: najpierw zeskanuj listę kompletacji zamówienia</translation>
        </message>
        <message>
            <source>Reading {orderid}…</source>
            <translation>Wczytywanie zamówienia {orderid}…</translation>
        </message>
        <message>
            <source>{orderid} has nothing left to pick: scan the next pick list</source>
            <translation>Zamówienie {orderid} nie ma już nic do skompletowania: zeskanuj następną listę kompletacji</translation>
        </message>
        <message>
            <source>Wrong product: {text} — expected SKU {sku} from {batch}</source>
            <translation>Zły produkt: {text} — oczekiwano SKU {sku} z partii {batch}</translation>
        </message>
        <message>
            <source>Take all {qty} × {sku} from {batch}, not {text}: this part is {qty}. Fewer there? {key} reports a shortage</source>
            <translation>Weź wszystkie {qty} × {sku} z partii {batch}, nie {text}: ta część to {qty}. Jest mniej? {key} zgłasza niedobór</translation>
        </message>
        <message>
            <source>Counted {rule}</source>
            <translation>Policzona ilość {rule}</translation>
        </message>
        <message>
            <source>Nothing to pick: {orderid} has no allocated lines</source>
            <translation>Nic do skompletowania: zamówienie {orderid} nie ma przydzielonych pozycji</translation>
        </message>
        <message>
            <source>Every part of {orderid} scanned: saving the last picks…</source>
            <translation>Zeskanowano wszystkie części zamówienia {orderid}: zapisywanie ostatnich kompletacji…</translation>
        </message>
        <message>
            <source>{orderid} is picked: scan the next pick list</source>
            <translation>Zamówienie {orderid} skompletowane: zeskanuj następną listę kompletacji</translation>
        </message>
        <message>
            <source>{orderid}: nothing to pick</source>
            <translation>{orderid}: nic do skompletowania</translation>
        </message>
        <message>
            <source>Go to {location}: scan the bin label or batch {batch}'s label</source>
            <translation>Idź do lokalizacji {location}: zeskanuj etykietę lokalizacji lub etykietę partii {batch}</translation>
        </message>
        <message>
            <source>bin or batch label</source>
            <translation>etykieta lokalizacji lub partii</translation>
        </message>
        <message>
            <source>Find batch {batch}: scan the bin label or batch {batch}'s label</source>
            <translation>Znajdź partię {batch}: zeskanuj etykietę lokalizacji lub etykietę partii {batch}</translation>
        </message>
        <message>
            <source>{batch}: scan the SKU {sku}</source>
            <translation>{batch}: zeskanuj SKU {sku}</translation>
        </message>
        <message>
            <source>the product's SKU</source>
            <translation>SKU produktu</translation>
        </message>
        <message>
            <source>Take {qty} × {sku} from {batch}: Enter confirms</source>
            <translation>Weź {qty} × {sku} z partii {batch}: Enter potwierdza</translation>
        </message>
        <message>
            <source>Enter confirms</source>
            <translation>Enter potwierdza</translation>
        </message>
        <message>
            <source>How many {sku} are in batch {batch}? Type the count; Enter reports the shortage (Esc: back)</source>
            <translation>Ile sztuk {sku} jest w partii {batch}? Wpisz liczbę; Enter zgłasza niedobór (Esc: wstecz)</translation>
        </message>
        <message>
            <source>units counted</source>
            <translation>policzone sztuki</translation>
        </message>
        <message numerus="yes">
            <source>{orderid}: {done} of %Ln part(s) picked</source>
            <translation>
                <numerusform>{orderid}: skompletowano {done} z %Ln części</numerusform>
                <numerusform>{orderid}: skompletowano {done} z %Ln części</numerusform>
                <numerusform>{orderid}: skompletowano {done} z %Ln części</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ picked</source>
            <translation>✓ skompletowano</translation>
        </message>
        <message>
            <source>✓ saving…</source>
            <translation>✓ zapisywanie…</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencje</translation>
        </message>
        <message>
            <source>&amp;Flash the form: green when a scan goes through, red when not</source>
            <translation>&amp;Podświetl formularz: na zielono, gdy skan przejdzie, na czerwono, gdy nie</translation>
        </message>
        <message>
            <source>&amp;Beep: once when a scan goes through, twice when not</source>
            <translation>&amp;Sygnał dźwiękowy: raz, gdy skan przejdzie, dwa razy, gdy nie</translation>
        </message>
        <message>
            <source>The beep is the system bell: if the desktop silences it, nothing is heard.</source>
            <translation>Sygnał to systemowy dzwonek: jeśli pulpit go wycisza, nic nie słychać.</translation>
        </message>
        <message>
            <source>When a scan is confirmed</source>
            <translation>Gdy skan zostanie potwierdzony</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Sign out after minutes without a key or a click</source>
            <translation>Wyloguj po tylu minutach bez użycia klawiatury i myszy</translation>
        </message>
        <message>
            <source>&amp;Sign out after</source>
            <translation>&amp;Wyloguj po</translation>
        </message>
        <message>
            <source>without a key or a click</source>
            <translation>bez użycia klawiatury i myszy</translation>
        </message>
        <message>
            <source>Where people sign in</source>
            <translation>Logowanie osób</translation>
        </message>
        <message>
            <source>Set to {minutes} min by {variable} on this desk.</source>
            <translation>Na tym stanowisku ustawiono {minutes} min zmienną {variable}.</translation>
        </message>
        <message>
            <source>Size of the labels this desk prints</source>
            <translation>Rozmiar etykiet drukowanych na tym stanowisku</translation>
        </message>
        <message>
            <source>&amp;Label size</source>
            <translation>&amp;Rozmiar etykiety</translation>
        </message>
        <message>
            <source>Labels (F6, F7, F9)</source>
            <translation>Etykiety (F6, F7, F9)</translation>
        </message>
        <message>
            <source>As the desktop ({language})</source>
            <translation>Jak w systemie ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Język</translation>
        </message>
        <message>
            <source>The language of the window, from the next start.</source>
            <translation>Język okna, od następnego uruchomienia.</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>&amp;Język</translation>
        </message>
        <message>
            <source>Set to {value} by {variable} on this desk.</source>
            <translation>Na tym stanowisku ustawiono {value} zmienną {variable}.</translation>
        </message>
        <message>
            <source>A new language shows when Warehouse GUI is next started.</source>
            <translation>Nowy język pojawi się po następnym uruchomieniu Warehouse GUI.</translation>
        </message>
        <message>
            <source>&amp;High contrast: white and yellow on black</source>
            <translation>Wysoki &amp;kontrast: biel i żółć na czerni</translation>
        </message>
        <message>
            <source>Shows the window in high contrast at once.</source>
            <translation>Od razu pokazuje okno w wysokim kontraście.</translation>
        </message>
        <message>
            <source>Language and display</source>
            <translation>Język i wyświetlanie</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Pliki PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Print pick list</source>
            <translation>Drukuj listę kompletacji</translation>
        </message>
        <message>
            <source>Save pick list as PDF</source>
            <translation>Zapisz listę kompletacji jako PDF</translation>
        </message>
        <message>
            <source>Print labels</source>
            <translation>Drukuj etykiety</translation>
        </message>
        <message>
            <source>Save labels as PDF</source>
            <translation>Zapisz etykiety jako PDF</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>drukarce</translation>
        </message>
        <message>
            <source>Could not save {path}: the folder {folder} does not exist</source>
            <translation>Nie można zapisać {path}: folder {folder} nie istnieje</translation>
        </message>
        <message>
            <source>Could not save {path}: the file could not be written there</source>
            <translation>Nie można zapisać {path}: nie udało się tam zapisać pliku</translation>
        </message>
        <message>
            <source>No labels to print: choose a batch or a bin</source>
            <translation>Brak etykiet do wydrukowania: wybierz partię lub lokalizację</translation>
        </message>
    </context>
    <context>
        <name>RefusedScans</name>
        <message>
            <source>Time</source>
            <translation>Czas</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Formularz</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Wiersz</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Powód</translation>
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
            <translation>Powód odrzucenia skanu</translation>
        </message>
        <message>
            <source>Enter: correct in its form · Ctrl+Enter: send again · Delete: dismiss</source>
            <translation>Enter: popraw w formularzu · Ctrl+Enter: wyślij ponownie · Delete: usuń</translation>
        </message>
        <message>
            <source>Refused scans</source>
            <translation>Odrzucone skany</translation>
        </message>
        <message>
            <source>Lines refused after the next scan had begun. Enter corrects the current one in its form, Ctrl+Enter sends it again as it is, Delete dismisses it.</source>
            <translation>Wiersze odrzucone po rozpoczęciu następnego skanu. Enter poprawia bieżący w jego formularzu, Ctrl+Enter wysyła go ponownie bez zmian, Delete go usuwa.</translation>
        </message>
        <message numerus="yes">
            <source>Refused scans (Ctrl+R) — %n waiting</source>
            <translation>
                <numerusform>Odrzucone skany (Ctrl+R) — %n oczekuje</numerusform>
                <numerusform>Odrzucone skany (Ctrl+R) — %n oczekują</numerusform>
                <numerusform>Odrzucone skany (Ctrl+R) — %n oczekuje</numerusform>
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
            <translation>magazyniera</translation>
        </message>
        <message>
            <source>a supervisor</source>
            <translation>kierownika zmiany</translation>
        </message>
        <message>
            <source>an admin</source>
            <translation>administratora</translation>
        </message>
        <message>
            <source>clerk</source>
            <translation>magazynier</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>kierownik zmiany</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>administrator</translation>
        </message>
    </context>
    <context>
        <name>ScanSafeCompleter</name>
        <message>
            <source>{field} suggestions</source>
            <translation>Podpowiedzi: {field}</translation>
        </message>
        <message>
            <source>Known SKUs that contain what was typed. Up and Down choose one, Enter takes it; Enter without a choice keeps exactly what was typed.</source>
            <translation>Znane SKU zawierające wpisany tekst. Strzałki w górę i w dół wybierają, Enter zatwierdza wybór; Enter bez wyboru zachowuje dokładnie to, co wpisano.</translation>
        </message>
    </context>
    <context>
        <name>Schema</name>
        <message>
            <source>This database was changed by a newer version of Warehouse GUI (schema revision {revision}; this version knows up to {head}). Use the newer version; nothing was changed.</source>
            <translation>Tę bazę danych zmieniła nowsza wersja Warehouse GUI (wersja schematu {revision}; ta wersja zna wersje do {head}). Użyj nowszej wersji; nic nie zostało zmienione.</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>This database has people now: sign in to work here</source>
            <translation>Ta baza danych ma teraz osoby: zaloguj się, aby tu pracować</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>Sign in first: this database has people, and every action names who did it</source>
            <translation>Najpierw się zaloguj: ta baza danych ma osoby, a każda czynność zapisuje, kto ją wykonał</translation>
        </message>
        <message>
            <source>{why} — Ctrl+Shift+A: a supervisor approves</source>
            <translation>{why} — Ctrl+Shift+A: zatwierdza kierownik zmiany</translation>
        </message>
        <message>
            <source>An admin changed your role to {role}: sign in again</source>
            <translation>Administrator zmienił twoją rolę (teraz: {role}): zaloguj się ponownie</translation>
        </message>
        <message>
            <source>An admin disabled your login: you may no longer sign in here</source>
            <translation>Administrator zablokował twój login: nie możesz się już tu logować</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Skróty klawiszowe</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Klawisze</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Działanie</translation>
        </message>
        <message>
            <source>Every key the application answers to, and what it does</source>
            <translation>Każdy klawisz, na który reaguje aplikacja, i jego działanie</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <source>Scan your badge (or type your login and press Enter), then type your PIN and press Enter.</source>
            <translation>Zeskanuj swój identyfikator (lub wpisz login i naciśnij Enter), potem wpisz PIN i naciśnij Enter.</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Logowanie</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Zaloguj</translation>
        </message>
        <message>
            <source>Signs in with the login and PIN given</source>
            <translation>Loguje przy użyciu podanego loginu i PIN-u</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation>Komunikat logowania</translation>
        </message>
    </context>
    <context>
        <name>SqliteBackup</name>
        <message>
            <source>unknown reason</source>
            <translation>nieznana przyczyna</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Loading batches…</source>
            <translation>Wczytywanie partii…</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Last result</source>
            <translation>Ostatni wynik</translation>
        </message>
        <message>
            <source>Commands pending</source>
            <translation>Oczekujące polecenia</translation>
        </message>
        <message>
            <source>How many commands are still on their way to the database</source>
            <translation>Ile poleceń jest jeszcze w drodze do bazy danych</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Zalogowano</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Łączenie…</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Połączenie</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Baza danych: {database}</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Baza danych</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Nikt nie jest zalogowany</translation>
        </message>
        <message>
            <source>Signed in: {person}</source>
            <translation>Zalogowano: {person}</translation>
        </message>
        <message numerus="yes">
            <source>⏳ %n pending</source>
            <translation>
                <numerusform>⏳ %n oczekuje</numerusform>
                <numerusform>⏳ %n oczekują</numerusform>
                <numerusform>⏳ %n oczekuje</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ All saved</source>
            <translation>✓ Wszystko zapisane</translation>
        </message>
        <message>
            <source>⚠ Not connected — trying again…</source>
            <translation>⚠ Brak połączenia — ponawianie…</translation>
        </message>
        <message>
            <source>Read-only: {why}</source>
            <translation>Tylko do odczytu: {why}</translation>
        </message>
        <message>
            <source>⚠ Read-only</source>
            <translation>⚠ Tylko do odczytu</translation>
        </message>
        <message>
            <source>● Connected</source>
            <translation>● Połączono</translation>
        </message>
        <message>
            <source>The database is reachable</source>
            <translation>Baza danych jest dostępna</translation>
        </message>
        <message>
            <source>Connected to the database</source>
            <translation>Połączono z bazą danych</translation>
        </message>
        <message>
            <source>⚠ Disconnected — reconnecting…</source>
            <translation>⚠ Rozłączono — ponowne łączenie…</translation>
        </message>
        <message>
            <source>The database cannot be reached: {detail}</source>
            <translation>Nie można połączyć się z bazą danych: {detail}</translation>
        </message>
        <message>
            <source>Last backup</source>
            <translation>Ostatnia kopia zapasowa</translation>
        </message>
    </context>
    <context>
        <name>StockChart</name>
        <message>
            <source>Stock picture</source>
            <translation>Wykres stanu</translation>
        </message>
        <message>
            <source>Batch {reference}, {arrival}: {purchased} purchased, {allocated} allocated, {available} available</source>
            <translation>Partia {reference}, {arrival}: zakupiono {purchased}, przydzielono {allocated}, dostępne {available}</translation>
        </message>
        <message>
            <source>{available} available</source>
            <translation>dostępne: {available}</translation>
        </message>
        <message>
            <source>{allocated} of {purchased} allocated</source>
            <translation>przydzielono {allocated} z {purchased}</translation>
        </message>
    </context>
    <context>
        <name>StockPicture</name>
        <message>
            <source>{sku}: no batches</source>
            <translation>{sku}: brak partii</translation>
        </message>
        <message>
            <source>{summary}; {clause}</source>
            <translation>{summary}; {clause}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) ({units} units) waiting for stock</source>
            <translation>
                <numerusform>%Ln pozycja ({units} szt.) czeka na towar</numerusform>
                <numerusform>%Ln pozycje ({units} szt.) czekają na towar</numerusform>
                <numerusform>%Ln pozycji ({units} szt.) czeka na towar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sku}: %Ln batch(es) — {purchased} purchased, {allocated} allocated, {available} available ({in_stock} in stock, {arriving} arriving)</source>
            <translation>
                <numerusform>{sku}: %Ln partia — zakupiono {purchased}, przydzielono {allocated}, dostępne {available} (na stanie {in_stock}, w drodze {arriving})</numerusform>
                <numerusform>{sku}: %Ln partie — zakupiono {purchased}, przydzielono {allocated}, dostępne {available} (na stanie {in_stock}, w drodze {arriving})</numerusform>
                <numerusform>{sku}: %Ln partii — zakupiono {purchased}, przydzielono {allocated}, dostępne {available} (na stanie {in_stock}, w drodze {arriving})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>warns when fewer than %Ln are available — below it now</source>
            <translation>
                <numerusform>ostrzega, gdy dostępnych jest mniej niż %Ln — teraz stan jest poniżej</numerusform>
                <numerusform>ostrzega, gdy dostępnych jest mniej niż %Ln — teraz stan jest poniżej</numerusform>
                <numerusform>ostrzega, gdy dostępnych jest mniej niż %Ln — teraz stan jest poniżej</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>warns when fewer than %Ln are available</source>
            <translation>
                <numerusform>ostrzega, gdy dostępnych jest mniej niż %Ln</numerusform>
                <numerusform>ostrzega, gdy dostępnych jest mniej niż %Ln</numerusform>
                <numerusform>ostrzega, gdy dostępnych jest mniej niż %Ln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StockView</name>
        <message>
            <source>Type a SKU above and press Enter, or select a batch in the Batches tab (Ctrl+B): its SKU's batches are pictured here.</source>
            <translation>Wpisz SKU powyżej i naciśnij Enter albo wybierz partię na karcie Partie (Ctrl+B): tutaj pojawi się wykres partii tego SKU.</translation>
        </message>
        <message>
            <source>SKU to picture</source>
            <translation>SKU do wykresu</translation>
        </message>
        <message>
            <source>Type or scan a SKU and press Enter to picture its batches; Down moves to the picture</source>
            <translation>Wpisz lub zeskanuj SKU i naciśnij Enter, aby zobaczyć wykres jego partii; strzałka w dół przechodzi do wykresu</translation>
        </message>
        <message>
            <source>SKU, then Enter</source>
            <translation>SKU, potem Enter</translation>
        </message>
        <message>
            <source>SKU to sho&amp;w</source>
            <translation>SKU do wykr&amp;esu</translation>
        </message>
        <message>
            <source>Stock totals</source>
            <translation>Stan łącznie</translation>
        </message>
        <message>
            <source>Stock picture</source>
            <translation>Wykres stanu</translation>
        </message>
        <message>
            <source>Stock picture error</source>
            <translation>Błąd wykresu stanu</translation>
        </message>
        <message>
            <source>Batches in allocation order: in stock first, then by arrival. ↓ moves to the picture; Page Up/Down scroll it</source>
            <translation>Partie w kolejności przydziału: najpierw na stanie, potem według terminu dostawy. ↓ przechodzi do wykresu; Page Up/Down go przewijają</translation>
        </message>
        <message>
            <source>No batch of SKU {sku} is known: check the SKU, or receive a batch of it with Ctrl+N (the picture appears as soon as one exists).</source>
            <translation>Nie ma żadnej partii SKU {sku}: sprawdź SKU lub przyjmij partię tego SKU przez Ctrl+N (wykres pojawi się, gdy tylko jakaś powstanie).</translation>
        </message>
        <message>
            <source>No batches of {sku}</source>
            <translation>Brak partii {sku}</translation>
        </message>
    </context>
    <context>
        <name>UndoHistory</name>
        <message>
            <source>Still undoing the {what}: wait a moment</source>
            <translation>Trwa cofanie: {what} — poczekaj chwilę</translation>
        </message>
        <message>
            <source>Your last action is still being saved: press Ctrl+Z again once it is</source>
            <translation>Twoja ostatnia czynność jest jeszcze zapisywana: gdy się zapisze, naciśnij ponownie Ctrl+Z</translation>
        </message>
        <message>
            <source>Nothing to undo: only this workstation's own actions since it started can be undone</source>
            <translation>Nic do cofnięcia: cofnąć można tylko czynności wykonane na tym stanowisku od jego uruchomienia</translation>
        </message>
        <message>
            <source>Could not undo the {what} now: {why}, then press Ctrl+Z again. It stays on the undo list.</source>
            <translation>Nie można teraz cofnąć: {what} — {why}, potem naciśnij ponownie Ctrl+Z. Czynność pozostaje na liście do cofnięcia.</translation>
        </message>
        <message>
            <source>Could not undo the {what} now: not connected to the database. It stays on the undo list: press Ctrl+Z again once connected.</source>
            <translation>Nie można teraz cofnąć: {what} — brak połączenia z bazą danych. Czynność pozostaje na liście do cofnięcia: naciśnij ponownie Ctrl+Z po połączeniu.</translation>
        </message>
        <message>
            <source>{what} cannot be undone: {reason}</source>
            <translation>{what} — nie można cofnąć: {reason}</translation>
        </message>
        <message>
            <source>Undone: {what} — {how}</source>
            <translation>Cofnięto: {what} — {how}</translation>
        </message>
        <message>
            <source>Could not undo the {what}: {why}. Nothing was changed, and it is off the undo list.</source>
            <translation>Nie można cofnąć: {what} — {why}. Nic nie zostało zmienione, a czynność usunięto z listy do cofnięcia.</translation>
        </message>
    </context>
    <context>
        <name>UndoItem</name>
        <message>
            <source>Nothing to undo</source>
            <translation>Nic do cofnięcia</translation>
        </message>
        <message>
            <source>&amp;Undo {what} (cannot be undone)</source>
            <translation>&amp;Cofnij: {what} (nie można cofnąć)</translation>
        </message>
        <message>
            <source>&amp;Undo {what}</source>
            <translation>&amp;Cofnij: {what}</translation>
        </message>
    </context>
    <context>
        <name>UnitOfWork</name>
        <message>
            <source>Another workstation changed the same data first ({error})</source>
            <translation>Inne stanowisko wcześniej zmieniło te same dane ({error})</translation>
        </message>
        <message>
            <source>The database asked to try again ({sqlstate})</source>
            <translation>Baza danych poprosiła o ponowienie próby ({sqlstate})</translation>
        </message>
        <message>
            <source>The database was busy with another writer</source>
            <translation>Baza danych była zajęta zapisem z innego połączenia</translation>
        </message>
        <message>
            <source>The database server has no free connection for this desk right now ({detail}). Nothing was saved; try again in a moment.</source>
            <translation>Serwer bazy danych nie ma teraz wolnego połączenia dla tego stanowiska ({detail}). Nic nie zapisano; spróbuj ponownie za chwilę.</translation>
        </message>
        <message>
            <source>The database's disk is full ({detail}). Nothing was saved; free some space on the database's disk and try again.</source>
            <translation>Dysk bazy danych jest pełny ({detail}). Nic nie zapisano; zwolnij miejsce na dysku bazy danych i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>The connection to the database was lost ({detail}). Nothing was saved; try again.</source>
            <translation>Utracono połączenie z bazą danych ({detail}). Nic nie zapisano; spróbuj ponownie.</translation>
        </message>
        <message>
            <source>The database cannot be reached ({detail}). Nothing was saved; try again when it is back.</source>
            <translation>Nie można połączyć się z bazą danych ({detail}). Nic nie zapisano; spróbuj ponownie, gdy będzie dostępna.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>must be text, got {type}</source>
            <translation>musi być tekstem, podano {type}</translation>
        </message>
        <message>
            <source>must not be blank</source>
            <translation>musi mieć wartość</translation>
        </message>
        <message>
            <source>must be at most {most} characters, got {length}</source>
            <translation>może mieć najwyżej {most} znaki, a ma {length}</translation>
        </message>
        <message>
            <source>must not contain control or invisible characters (found {character})</source>
            <translation>nie może zawierać znaków sterujących ani niewidocznych (znaleziono {character})</translation>
        </message>
        <message>
            <source>must be a whole number of at least 1, got {got}</source>
            <translation>musi być liczbą całkowitą nie mniejszą niż 1, podano {got}</translation>
        </message>
        <message>
            <source>must be a whole number, 0 or more, got {got}</source>
            <translation>musi być liczbą całkowitą, 0 lub więcej, podano {got}</translation>
        </message>
        <message>
            <source>must be a whole number, 0 to cancel the batch, got {got}</source>
            <translation>musi być liczbą całkowitą (0 anuluje partię), podano {got}</translation>
        </message>
        <message>
            <source>is larger than any stock this app can record, got {got}</source>
            <translation>przekracza największy stan, jaki program może zapisać, podano {got}</translation>
        </message>
        <message>
            <source>must be a date as YYYY-MM-DD, got {got}</source>
            <translation>musi być datą w formacie RRRR-MM-DD, podano {got}</translation>
        </message>
        <message>
            <source>{date} is not a real calendar date</source>
            <translation>{date} nie jest istniejącą datą kalendarzową</translation>
        </message>
        <message>
            <source>must be 1 to 32 letters, digits, '.', '_' or '-', starting with a letter, got {got}</source>
            <translation>musi mieć od 1 do 32 znaków (litery, cyfry, '.', '_' lub '-') i zaczynać się od litery, podano {got}</translation>
        </message>
        <message>
            <source>{login} is reserved by the database; choose another</source>
            <translation>{login} jest zastrzeżony przez bazę danych; wybierz inny</translation>
        </message>
        <message>
            <source>must be 4 to 12 digits</source>
            <translation>musi mieć od 4 do 12 cyfr</translation>
        </message>
        <message>
            <source>must be clerk, supervisor or admin, got {got}</source>
            <translation>musi mieć wartość clerk (magazynier), supervisor (kierownik zmiany) lub admin (administrator), podano {got}</translation>
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
            <translation>Zamówienie</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <source>Waiting since</source>
            <translation>Czeka od</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>Oczekiwanie</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) {hours} h</source>
            <translation>
                <numerusform>%n dzień {hours} h</numerusform>
                <numerusform>%n dni {hours} h</numerusform>
                <numerusform>%n dni {hours} h</numerusform>
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
            <translation>Pozycja {qty} × {sku} zamówienia {orderid} czeka na towar od {since}</translation>
        </message>
        <message>
            <source>No order line is waiting for stock</source>
            <translation>Żadna pozycja zamówienia nie czeka na towar</translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) ({units} units) of {skus} waiting for stock; each SKU's oldest are allocated first when stock arrives</source>
            <translation>
                <numerusform>%Ln pozycja ({units} szt.) dla {skus} czeka na towar; gdy towar dotrze, najstarsze pozycje każdego SKU są przydzielane jako pierwsze</numerusform>
                <numerusform>%Ln pozycje ({units} szt.) dla {skus} czekają na towar; gdy towar dotrze, najstarsze pozycje każdego SKU są przydzielane jako pierwsze</numerusform>
                <numerusform>%Ln pozycji ({units} szt.) dla {skus} czeka na towar; gdy towar dotrze, najstarsze pozycje każdego SKU są przydzielane jako pierwsze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln SKU(s)</source>
            <translation>
                <numerusform>%Ln SKU</numerusform>
                <numerusform>%Ln SKU</numerusform>
                <numerusform>%Ln SKU</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WaitingLinesView</name>
        <message>
            <source>Order lines waiting for stock</source>
            <translation>Pozycje zamówień oczekujące na towar</translation>
        </message>
        <message>
            <source>By SKU, oldest first. Enter opens the selected line's order; Delete withdraws the line</source>
            <translation>Według SKU, najstarsze najpierw. Enter otwiera zamówienie wybranej pozycji; Delete wycofuje pozycję</translation>
        </message>
        <message>
            <source>Waiting lines error</source>
            <translation>Błąd pozycji oczekujących</translation>
        </message>
        <message>
            <source>Enter opens the selected line's order in the Orders tab; Delete withdraws the line (it is no longer allocated when stock arrives)</source>
            <translation>Enter otwiera zamówienie wybranej pozycji na karcie Zamówienia; Delete wycofuje pozycję (nie zostanie przydzielona, gdy towar dotrze)</translation>
        </message>
        <message>
            <source>Withdraw {orderid}'s {qty} × {sku}, waiting for stock since {since}?

It is no longer allocated when stock arrives.</source>
            <translation>Wycofać pozycję {qty} × {sku} zamówienia {orderid}, czekającą na towar od {since}?

Nie zostanie ona przydzielona, gdy towar dotrze.</translation>
        </message>
        <message>
            <source>Withdraw waiting line</source>
            <translation>Wycofaj pozycję oczekującą</translation>
        </message>
        <message>
            <source>Withdraw line</source>
            <translation>Wycofaj pozycję</translation>
        </message>
        <message>
            <source>Keep waiting</source>
            <translation>Nie wycofuj</translation>
        </message>
    </context>
    <context>
        <name>WaitingStrip</name>
        <message>
            <source>Space or Delete: seen · Shift+Delete: all seen</source>
            <translation>Spacja lub Delete: odczytano · Shift+Delete: odczytano wszystkie</translation>
        </message>
        <message numerus="yes">
            <source>Alerts (Ctrl+J) — %n waiting</source>
            <translation>
                <numerusform>Alerty (Ctrl+J) — %n oczekuje</numerusform>
                <numerusform>Alerty (Ctrl+J) — %n oczekują</numerusform>
                <numerusform>Alerty (Ctrl+J) — %n oczekuje</numerusform>
            </translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alerty</translation>
        </message>
    </context>
</TS>
