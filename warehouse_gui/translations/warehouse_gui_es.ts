<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AboutBox</name>
        <message>
            <source>About Warehouse GUI</source>
            <translation>Acerca de Warehouse GUI</translation>
        </message>
        <message>
            <source>Receive stock batches and allocate order lines to them.</source>
            <translation>Recepción de lotes de stock y asignación de líneas de pedido.</translation>
        </message>
        <message>
            <source>none (the log is not written to a file)</source>
            <translation>ninguno (el registro no se escribe en un archivo)</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Base de datos:</translation>
        </message>
        <message>
            <source>Log file:</source>
            <translation>Archivo de registro:</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>Ed&amp;it</source>
            <translation>Edic&amp;ión</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro</translation>
        </message>
        <message>
            <source>In a form: next empty required field, or submit when none is left</source>
            <translation>En un formulario: siguiente campo obligatorio vacío, o enviar si no queda ninguno</translation>
        </message>
        <message>
            <source>Tab right after a scan</source>
            <translation>Tab justo después de escanear</translation>
        </message>
        <message>
            <source>Ends the scan, as Enter does (scanners set up to send Tab)</source>
            <translation>Termina el escaneo, como Intro (escáneres configurados para enviar Tab)</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>In a form: clear it; in the batch filter: clear the filter</source>
            <translation>En un formulario: vaciarlo; en el filtro de lotes: borrar el filtro</translation>
        </message>
        <message>
            <source>Tab / Shift+Tab</source>
            <translation>Tab / Mayús+Tab</translation>
        </message>
        <message>
            <source>Next / previous field</source>
            <translation>Campo siguiente / anterior</translation>
        </message>
        <message>
            <source>Alt + underlined letter</source>
            <translation>Alt + letra subrayada</translation>
        </message>
        <message>
            <source>Jump to that field or tab</source>
            <translation>Ir a ese campo o pestaña</translation>
        </message>
        <message>
            <source>F2 or Enter</source>
            <translation>F2 o Intro</translation>
        </message>
        <message>
            <source>In the batch table: correct the selected batch's purchased quantity</source>
            <translation>En la tabla de lotes: corregir la cantidad comprada del lote seleccionado</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supr</translation>
        </message>
        <message>
            <source>In an order's lines: cancel the selected line, every part of it, or withdraw a waiting one (Enter confirms, Esc keeps)</source>
            <translation>En las líneas de un pedido: cancelar la línea seleccionada, todas sus partes, o retirar una en espera (Intro confirma, Esc la conserva)</translation>
        </message>
        <message>
            <source>Down, then Enter</source>
            <translation>Abajo, luego Intro</translation>
        </message>
        <message>
            <source>In a SKU field: take a suggested SKU (a scan + Enter stays as typed)</source>
            <translation>En un campo SKU: tomar un SKU sugerido (con escaneo + Intro se mantiene lo escaneado)</translation>
        </message>
        <message>
            <source>On a shortage in the alerts (Ctrl+J): a supervisor corrects the batch to what was counted</source>
            <translation>Sobre un faltante en las alertas (Ctrl+J): un supervisor corrige el lote a la cantidad contada</translation>
        </message>
        <message>
            <source>In the Pick tab: start the part again from its bin</source>
            <translation>En la pestaña Preparación: empezar de nuevo la parte desde su ubicación</translation>
        </message>
        <message>
            <source>Shift+arrows</source>
            <translation>Mayús+flechas</translation>
        </message>
        <message>
            <source>In the batch table: select several batches (F7 prints their labels)</source>
            <translation>En la tabla de lotes: seleccionar varios lotes (F7 imprime sus etiquetas)</translation>
        </message>
        <message>
            <source>New batch form</source>
            <translation>Formulario de lote nuevo</translation>
        </message>
        <message>
            <source>Move form (above the batch table): a batch's label, then the bin's label</source>
            <translation>Formulario Mover (sobre la tabla de lotes): la etiqueta de un lote y luego la de la ubicación</translation>
        </message>
        <message>
            <source>Allocate form</source>
            <translation>Formulario Asignar</translation>
        </message>
        <message>
            <source>Filter the batch table</source>
            <translation>Filtrar la tabla de lotes</translation>
        </message>
        <message>
            <source>The batch table</source>
            <translation>La tabla de lotes</translation>
        </message>
        <message>
            <source>Look up an order</source>
            <translation>Buscar un pedido</translation>
        </message>
        <message>
            <source>The order lines waiting for stock (Enter: open the order, Delete: withdraw)</source>
            <translation>Las líneas de pedido en espera de stock (Intro: abrir el pedido, Supr: retirar)</translation>
        </message>
        <message>
            <source>Pick an order by scan: its pick list's barcode, then bin, SKU, Enter per part</source>
            <translation>Preparar un pedido escaneando: el código de barras de su lista de preparación, luego ubicación, SKU e Intro por cada parte</translation>
        </message>
        <message>
            <source>While picking: the bin holds fewer than the batch should (report a shortage)</source>
            <translation>Durante la preparación: la ubicación tiene menos de lo que debería tener el lote (notificar un faltante)</translation>
        </message>
        <message>
            <source>History, filtered by SKU and order</source>
            <translation>Historial, filtrado por SKU y pedido</translation>
        </message>
        <message>
            <source>Low stock form: warn below a threshold (a supervisor)</source>
            <translation>Formulario de stock bajo: avisar por debajo de un umbral (un supervisor)</translation>
        </message>
        <message>
            <source>Stock picture of a SKU (the selected batch's)</source>
            <translation>Situación del stock de un SKU (el del lote seleccionado)</translation>
        </message>
        <message>
            <source>The alerts waiting (Space: seen)</source>
            <translation>Las alertas pendientes (Espacio: vista)</translation>
        </message>
        <message>
            <source>The refused scans (Enter: correct, Ctrl+Enter: send again, Delete: dismiss)</source>
            <translation>Los escaneos rechazados (Intro: corregir, Ctrl+Intro: enviar de nuevo, Supr: descartar)</translation>
        </message>
        <message>
            <source>Import batches from a CSV file (a preview first; a supervisor)</source>
            <translation>Importar lotes desde un archivo CSV (primero una vista previa; un supervisor)</translation>
        </message>
        <message>
            <source>&amp;Import batches…</source>
            <translation>&amp;Importar lotes…</translation>
        </message>
        <message>
            <source>Print the order's pick list</source>
            <translation>Imprimir la lista de preparación del pedido</translation>
        </message>
        <message>
            <source>&amp;Print pick list…</source>
            <translation>Imprimir &amp;lista de preparación…</translation>
        </message>
        <message>
            <source>Save it as PDF</source>
            <translation>Guardarla como PDF</translation>
        </message>
        <message>
            <source>Save pick list as P&amp;DF…</source>
            <translation>Guardar lista de preparación en P&amp;DF…</translation>
        </message>
        <message>
            <source>Print the labels of the batches received here since the last labels printed</source>
            <translation>Imprimir las etiquetas de los lotes recibidos aquí desde las últimas etiquetas impresas</translation>
        </message>
        <message>
            <source>Print labels of &amp;new batches…</source>
            <translation>Imprimir etiquetas de lotes &amp;nuevos…</translation>
        </message>
        <message>
            <source>Save those labels as PDF</source>
            <translation>Guardar esas etiquetas como PDF</translation>
        </message>
        <message>
            <source>Save labels of new batches as PD&amp;F…</source>
            <translation>Guardar etiquetas de lotes nuevos en PD&amp;F…</translation>
        </message>
        <message>
            <source>Print the labels of the batches selected in the batch table again</source>
            <translation>Volver a imprimir las etiquetas de los lotes seleccionados en la tabla de lotes</translation>
        </message>
        <message>
            <source>Print labels of selected &amp;batches…</source>
            <translation>Imprimir etiquetas de l&amp;otes seleccionados…</translation>
        </message>
        <message>
            <source>Save labels of selected batches as PDF…</source>
            <translation>Guardar etiquetas de lotes seleccionados en PDF…</translation>
        </message>
        <message>
            <source>Print the labels of the bins the selected batches stand in</source>
            <translation>Imprimir las etiquetas de las ubicaciones donde están los lotes seleccionados</translation>
        </message>
        <message>
            <source>Print labels of their b&amp;ins…</source>
            <translation>Imprimir etiquetas de sus &amp;ubicaciones…</translation>
        </message>
        <message>
            <source>Save those bin labels as PDF</source>
            <translation>Guardar esas etiquetas de ubicación como PDF</translation>
        </message>
        <message>
            <source>Save labels of their bins as PDF…</source>
            <translation>Guardar etiquetas de sus ubicaciones en PDF…</translation>
        </message>
        <message>
            <source>People: add a person, change a role, disable (an admin)</source>
            <translation>Personas: añadir una persona, cambiar un rol, desactivar (un administrador)</translation>
        </message>
        <message>
            <source>Peop&amp;le…</source>
            <translation>&amp;Personas…</translation>
        </message>
        <message>
            <source>Sign out: the next person signs in (typed work is cleared)</source>
            <translation>Cerrar sesión: la siguiente persona inicia sesión (lo tecleado se borra)</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>&amp;Cerrar sesión</translation>
        </message>
        <message>
            <source>A supervisor approves one action here (badge, PIN); again: withdraw it</source>
            <translation>Un supervisor aprueba aquí una acción (tarjeta, PIN); otra vez: retirar la aprobación</translation>
        </message>
        <message>
            <source>Supervisor's &amp;approval…</source>
            <translation>&amp;Aprobación del supervisor…</translation>
        </message>
        <message>
            <source>Quit (queued commands finish first)</source>
            <translation>Salir (los comandos en cola terminan antes)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Undo this workstation's last action (in a field with text: undo the typing)</source>
            <translation>Deshacer la última acción de este puesto (en un campo con texto: deshacer lo tecleado)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Preferences: the confirmation flash and beep, the idle sign-out</source>
            <translation>Preferencias: el destello y el pitido de confirmación, el cierre de sesión por inactividad</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>Esta lista</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>&amp;About Warehouse GUI</source>
            <translation>&amp;Acerca de Warehouse GUI</translation>
        </message>
        <message>
            <source>{item} (needs an admin)</source>
            <translation>{item} (requiere un administrador)</translation>
        </message>
        <message>
            <source>{item} (needs a supervisor)</source>
            <translation>{item} (requiere un supervisor)</translation>
        </message>
        <message>
            <source>{item} (needs a clerk)</source>
            <translation>{item} (requiere un operario)</translation>
        </message>
    </context>
    <context>
        <name>AlertBanner</name>
        <message>
            <source>No alerts waiting</source>
            <translation>No hay alertas pendientes</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Alerta</translation>
        </message>
        <message>
            <source>The newest alert waiting; Ctrl+J goes to all of them</source>
            <translation>La alerta pendiente más reciente; Ctrl+J lleva a todas</translation>
        </message>
        <message numerus="yes">
            <source>+%n more · Ctrl+J</source>
            <translation>
                <numerusform>+%n más · Ctrl+J</numerusform>
                <numerusform>+%n más · Ctrl+J</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AlertDesk</name>
        <message>
            <source>Shortage of {ref} not approved: {why}</source>
            <translation>Faltante de {ref} no aprobado: {why}</translation>
        </message>
        <message>
            <source>Shortage approved: {said}</source>
            <translation>Faltante aprobado: {said}</translation>
        </message>
    </context>
    <context>
        <name>AlertsPanel</name>
        <message>
            <source>Alerts</source>
            <translation>Alertas</translation>
        </message>
        <message>
            <source>The alerts waiting, newest first. Space or Delete: the current one was seen; Shift+Delete: all of them were; Enter on a shortage: a supervisor corrects the batch to what was counted</source>
            <translation>Las alertas pendientes, la más reciente primero. Espacio o Supr: la actual ya se ha visto; Mayús+Supr: se han visto todas; Intro sobre un faltante: un supervisor corrige el lote a la cantidad contada</translation>
        </message>
    </context>
    <context>
        <name>ApprovalBanner</name>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Withdraw the approval</source>
            <translation>Retirar la aprobación</translation>
        </message>
        <message>
            <source>Approved by {approver} for one action — it greys again once that action is done. Esc here or Ctrl+Shift+A withdraws the approval.</source>
            <translation>Aprobado por {approver} para una acción — se vuelve a atenuar en cuanto se realice esa acción. Esc aquí o Ctrl+Mayús+A retira la aprobación.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>A supervisor approves</source>
            <translation>Aprobación de un supervisor</translation>
        </message>
        <message>
            <source>A supervisor or an admin approves one action of {person}: scan your badge, type your PIN and press Enter.</source>
            <translation>Un supervisor o un administrador aprueba una acción de {person}: escanee su tarjeta, teclee su PIN y pulse Intro.</translation>
        </message>
        <message>
            <source>A supervisor or an admin approves one action of the person here: scan your badge, type your PIN and press Enter.</source>
            <translation>Un supervisor o un administrador aprueba una acción de la persona de este puesto: escanee su tarjeta, teclee su PIN y pulse Intro.</translation>
        </message>
        <message>
            <source>Approval message</source>
            <translation>Mensaje de aprobación</translation>
        </message>
    </context>
    <context>
        <name>BackupWatch</name>
        <message>
            <source>⚠ Backup: unknown</source>
            <translation>⚠ Copia de seguridad: desconocida</translation>
        </message>
        <message>
            <source>The backups folder cannot be read (see the log)</source>
            <translation>No se puede leer la carpeta de copias de seguridad (consulte el registro)</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Backups are kept in {folder}.</source>
            <translation>Las copias de seguridad se guardan en {folder}.</translation>
        </message>
        <message>
            <source>Backup failed {when}</source>
            <translation>Falló la copia de seguridad {when}</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Falló la copia de seguridad</translation>
        </message>
        <message>
            <source>{failure}; last good one {when}.</source>
            <translation>{failure}; última copia correcta: {when}.</translation>
        </message>
        <message>
            <source>Backup: none yet</source>
            <translation>Copia de seguridad: ninguna aún</translation>
        </message>
        <message>
            <source>No backup has been made.</source>
            <translation>No se ha hecho ninguna copia de seguridad.</translation>
        </message>
        <message>
            <source>Backup: {when}</source>
            <translation>Copia de seguridad: {when}</translation>
        </message>
        <message>
            <source>The last backup is over two days old.</source>
            <translation>La última copia de seguridad tiene más de dos días.</translation>
        </message>
        <message>
            <source>today {time}</source>
            <translation>hoy {time}</translation>
        </message>
        <message>
            <source>yesterday {time}</source>
            <translation>ayer {time}</translation>
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
            <translation>escanee la tarjeta</translation>
        </message>
        <message>
            <source>4 to 12 digits</source>
            <translation>de 4 a 12 dígitos</translation>
        </message>
        <message>
            <source>Approver's login</source>
            <translation>Usuario del aprobador</translation>
        </message>
        <message>
            <source>Approver's PIN</source>
            <translation>PIN del aprobador</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Scan the badge, or type the login and press Enter; the cursor then goes to the PIN.</source>
            <translation>Escanee la tarjeta, o teclee el usuario y pulse Intro; el cursor pasa entonces al PIN.</translation>
        </message>
        <message>
            <source>The PIN, 4 to 12 digits, not shown; Enter sends it.</source>
            <translation>El PIN, de 4 a 12 dígitos, no se muestra; Intro lo envía.</translation>
        </message>
        <message>
            <source>&amp;Login</source>
            <translation>&amp;Usuario</translation>
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
            <translation>La referencia {text} no puede ser un código de barras: Code 128 solo admite letras ASCII, dígitos, signos y espacios, no {characters}</translation>
        </message>
        <message>
            <source>The bin code {text} cannot be a barcode: Code 128 holds only ASCII letters, digits, signs and spaces, not {characters}</source>
            <translation>El código de ubicación {text} no puede ser un código de barras: Code 128 solo admite letras ASCII, dígitos, signos y espacios, no {characters}</translation>
        </message>
        <message>
            <source>The order id {text} cannot be a barcode: Code 128 holds only ASCII letters, digits, signs and spaces, not {characters}</source>
            <translation>El n.º de pedido {text} no puede ser un código de barras: Code 128 solo admite letras ASCII, dígitos, signos y espacios, no {characters}</translation>
        </message>
        <message>
            <source>The text {text} cannot be a barcode: Code 128 holds only ASCII letters, digits, signs and spaces, not {characters}</source>
            <translation>El texto {text} no puede ser un código de barras: Code 128 solo admite letras ASCII, dígitos, signos y espacios, no {characters}</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nada</translation>
        </message>
    </context>
    <context>
        <name>BatchBar</name>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>in stock at {location}</source>
            <translation>en stock en {location}</translation>
        </message>
        <message>
            <source>in stock</source>
            <translation>en stock</translation>
        </message>
        <message>
            <source>arrives {day} at {location}</source>
            <translation>llega el {day} a {location}</translation>
        </message>
        <message>
            <source>arrives {day}</source>
            <translation>llega el {day}</translation>
        </message>
    </context>
    <context>
        <name>BatchImport</name>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>Llegada</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>línea {line}: {problem}</translation>
        </message>
        <message>
            <source>line {line}, {column}: {problem}</source>
            <translation>línea {line}, {column}: {problem}</translation>
        </message>
        <message>
            <source>batch {reference} already exists; each batch needs a reference of its own</source>
            <translation>el lote {reference} ya existe; cada lote necesita su propia referencia</translation>
        </message>
        <message>
            <source>is not UTF-8 text; save the file as CSV with UTF-8 encoding</source>
            <translation>no es texto UTF-8; guarde el archivo como CSV con codificación UTF-8</translation>
        </message>
        <message>
            <source>the file is empty; its first line must be the header {header}</source>
            <translation>el archivo está vacío; su primera línea debe ser la cabecera {header}</translation>
        </message>
        <message>
            <source>cannot be read as CSV ({error})</source>
            <translation>no se puede leer como CSV ({error})</translation>
        </message>
        <message>
            <source>the header is not followed by any batch</source>
            <translation>la cabecera no va seguida de ningún lote</translation>
        </message>
        <message>
            <source>{column} is named twice</source>
            <translation>{column} aparece dos veces</translation>
        </message>
        <message>
            <source>missing {columns}</source>
            <translation>faltan {columns}</translation>
        </message>
        <message>
            <source>unknown {columns}</source>
            <translation>columnas desconocidas: {columns}</translation>
        </message>
        <message>
            <source>found {header}</source>
            <translation>se encontró {header}</translation>
        </message>
        <message>
            <source>the first line must be the header {header} ({details})</source>
            <translation>la primera línea debe ser la cabecera {header} ({details})</translation>
        </message>
        <message numerus="yes">
            <source>has %n values, expected {expected} ({header}); a value that contains a comma must be in double quotes</source>
            <translation>
                <numerusform>tiene %n valor, se esperaban {expected} ({header}); un valor que contenga una coma debe ir entre comillas dobles</numerusform>
                <numerusform>tiene %n valores, se esperaban {expected} ({header}); un valor que contenga una coma debe ir entre comillas dobles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>has %n values, expected {expected} ({header})</source>
            <translation>
                <numerusform>tiene %n valor, se esperaban {expected} ({header})</numerusform>
                <numerusform>tiene %n valores, se esperaban {expected} ({header})</numerusform>
            </translation>
        </message>
        <message>
            <source>{reference} is already on line {line}; each batch needs a reference of its own</source>
            <translation>{reference} ya está en la línea {line}; cada lote necesita su propia referencia</translation>
        </message>
    </context>
    <context>
        <name>BatchImporter</name>
        <message>
            <source>Cannot read {path}: {error}</source>
            <translation>No se puede leer {path}: {error}</translation>
        </message>
        <message>
            <source>Import batches</source>
            <translation>Importar lotes</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>BatchTableModel</name>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>Llegada</translation>
        </message>
        <message>
            <source>Purchased</source>
            <translation>Comprado</translation>
        </message>
        <message>
            <source>Allocated</source>
            <translation>Asignado</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Disponible</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Batch {reference} is cancelled: its purchased quantity is 0 (F2 corrects it, if it comes after all)</source>
            <translation>El lote {reference} está cancelado: su cantidad comprada es 0 (F2 la corrige, si al final llega)</translation>
        </message>
        <message>
            <source>Batch {reference} is exhausted: every unit is allocated</source>
            <translation>El lote {reference} está agotado: todas sus unidades están asignadas</translation>
        </message>
        <message>
            <source>in stock</source>
            <translation>en stock</translation>
        </message>
        <message>
            <source>{available} (cancelled)</source>
            <translation>{available} (cancelado)</translation>
        </message>
        <message>
            <source>{available} (exhausted)</source>
            <translation>{available} (agotado)</translation>
        </message>
    </context>
    <context>
        <name>BatchesView</name>
        <message>
            <source>F2 or Enter: correct the purchased quantity of the selected batch (0 cancels it); F7 prints the selected batches' labels again (Shift+F7: as PDF)</source>
            <translation>F2 o Intro: corregir la cantidad comprada del lote seleccionado (0 lo cancela); F7 vuelve a imprimir las etiquetas de los lotes seleccionados (Mayús+F7: en PDF)</translation>
        </message>
        <message>
            <source>Type part of a reference or SKU</source>
            <translation>Teclee parte de una referencia o SKU</translation>
        </message>
        <message>
            <source>Filter batches</source>
            <translation>Filtrar lotes</translation>
        </message>
        <message>
            <source>Shows only the batches whose reference or SKU holds every word typed; Enter moves to the table, Esc clears the filter</source>
            <translation>Muestra solo los lotes cuya referencia o SKU contiene todas las palabras tecleadas; Intro pasa a la tabla, Esc borra el filtro</translation>
        </message>
        <message>
            <source>Fi&amp;lter</source>
            <translation>&amp;Filtrar</translation>
        </message>
        <message>
            <source>Batches shown</source>
            <translation>Lotes mostrados</translation>
        </message>
        <message>
            <source>Batches</source>
            <translation>Lotes</translation>
        </message>
        <message>
            <source>Every batch with its arrival, quantities and bin; F2 or Enter corrects the purchased quantity of the current batch</source>
            <translation>Todos los lotes con su llegada, cantidades y ubicación; F2 o Intro corrige la cantidad comprada del lote actual</translation>
        </message>
        <message>
            <source>Batches error</source>
            <translation>Error en lotes</translation>
        </message>
        <message>
            <source>F2: {reason}</source>
            <translation>F2: {reason}</translation>
        </message>
        <message>
            <source>Purchased quantity {rule}</source>
            <translation>Cantidad comprada: {rule}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln batch(es)</source>
            <translation>
                <numerusform>%Ln lote</numerusform>
                <numerusform>%Ln lotes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln batch(es)</source>
            <translation>
                <numerusform>{shown} de %Ln lote</numerusform>
                <numerusform>{shown} de %Ln lotes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Bus</name>
        <message>
            <source>The database worker stopped before confirming this; it may or may not have been saved. Check the table and history, then submit again if needed.</source>
            <translation>El proceso de la base de datos se detuvo antes de confirmarlo; puede que se haya guardado o no. Compruebe la tabla y el historial, y vuelva a enviarlo si hace falta.</translation>
        </message>
        <message>
            <source>Not connected to the database; reconnecting by itself. Nothing was sent and your input is kept: submit again when the status bar says connected.</source>
            <translation>Sin conexión con la base de datos; se reconecta sola. No se ha enviado nada y lo introducido se conserva: vuelva a enviarlo cuando la barra de estado indique que hay conexión.</translation>
        </message>
        <message numerus="yes">
            <source>The database worker stopped unexpectedly and a new one has taken over; %n queued commands were not confirmed</source>
            <translation>
                <numerusform>El proceso de la base de datos se detuvo inesperadamente y otro nuevo lo ha sustituido; %n comando en cola no se confirmó</numerusform>
                <numerusform>El proceso de la base de datos se detuvo inesperadamente y otro nuevo lo ha sustituido; %n comandos en cola no se confirmaron</numerusform>
            </translation>
        </message>
        <message>
            <source>The database worker stopped unexpectedly and a new one has taken over</source>
            <translation>El proceso de la base de datos se detuvo inesperadamente y otro nuevo lo ha sustituido</translation>
        </message>
    </context>
    <context>
        <name>BusWorker</name>
        <message>
            <source>The database is not open</source>
            <translation>La base de datos no está abierta</translation>
        </message>
        <message>
            <source>Could not open the database: {error}</source>
            <translation>No se pudo abrir la base de datos: {error}</translation>
        </message>
        <message>
            <source>The command failed: {error}</source>
            <translation>El comando falló: {error}</translation>
        </message>
        <message>
            <source>Command {command} failed</source>
            <translation>Falló el comando {command}</translation>
        </message>
        <message>
            <source>Could not read from the database: {error}</source>
            <translation>No se pudo leer de la base de datos: {error}</translation>
        </message>
        <message>
            <source>Reading {query} failed</source>
            <translation>Falló la lectura {query}</translation>
        </message>
    </context>
    <context>
        <name>ChartLegend</name>
        <message>
            <source>allocated</source>
            <translation>asignado</translation>
        </message>
        <message>
            <source>available</source>
            <translation>disponible</translation>
        </message>
        <message>
            <source>available, not arrived yet</source>
            <translation>disponible, aún no llegado</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Leyenda</translation>
        </message>
        <message>
            <source>Each bar shows the allocated units filled, the available units in a lighter shade, and the units not arrived yet hatched</source>
            <translation>Cada barra muestra las unidades asignadas en relleno, las disponibles en un tono más claro y las que aún no han llegado rayadas</translation>
        </message>
    </context>
    <context>
        <name>CommandForm</name>
        <message>
            <source>Sends the line typed in the {form} form</source>
            <translation>Envía la línea tecleada en el formulario {form}</translation>
        </message>
        <message>
            <source>{form} {field}</source>
            <translation>{form}: {field}</translation>
        </message>
        <message>
            <source>Type or scan a value. Enter moves to the next empty required field, or sends the line when none is left; Esc clears the form.</source>
            <translation>Teclee o escanee un valor. Intro pasa al siguiente campo obligatorio vacío, o envía la línea si no queda ninguno; Esc vacía el formulario.</translation>
        </message>
        <message>
            <source>Optional: may stay empty. Enter moves to the next empty required field, or sends the line when none is left; Esc clears the form.</source>
            <translation>Opcional: puede quedar vacío. Intro pasa al siguiente campo obligatorio vacío, o envía la línea si no queda ninguno; Esc vacía el formulario.</translation>
        </message>
        <message>
            <source>{label} (optional)</source>
            <translation>{label} (opcional)</translation>
        </message>
        <message>
            <source>{form} error</source>
            <translation>Error en {form}</translation>
        </message>
        <message>
            <source>{form} unavailable</source>
            <translation>{form} no disponible</translation>
        </message>
        <message>
            <source>New batch</source>
            <translation>Lote nuevo</translation>
        </message>
        <message>
            <source>&amp;Reference</source>
            <translation>&amp;Referencia</translation>
        </message>
        <message>
            <source>e.g. batch-0042</source>
            <translation>p. ej. lote-0042</translation>
        </message>
        <message>
            <source>S&amp;KU</source>
            <translation>S&amp;KU</translation>
        </message>
        <message>
            <source>e.g. RED-CHAIR</source>
            <translation>p. ej. SILLA-ROJA</translation>
        </message>
        <message>
            <source>&amp;Quantity</source>
            <translation>&amp;Cantidad</translation>
        </message>
        <message>
            <source>units purchased</source>
            <translation>unidades compradas</translation>
        </message>
        <message>
            <source>&amp;ETA</source>
            <translation>&amp;Llegada</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>e.g. A-03-2</source>
            <translation>p. ej. A-03-2</translation>
        </message>
        <message>
            <source>&amp;Create batch</source>
            <translation>Crear lo&amp;te</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Mover</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Lote</translation>
        </message>
        <message>
            <source>scan the batch label</source>
            <translation>escanee la etiqueta del lote</translation>
        </message>
        <message>
            <source>To bin</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>then the bin label</source>
            <translation>luego la etiqueta de la ubicación</translation>
        </message>
        <message>
            <source>Allocate</source>
            <translation>Asignar</translation>
        </message>
        <message>
            <source>&amp;Order ID</source>
            <translation>N.º de &amp;pedido</translation>
        </message>
        <message>
            <source>e.g. order-1001</source>
            <translation>p. ej. pedido-1001</translation>
        </message>
        <message>
            <source>SK&amp;U</source>
            <translation>SK&amp;U</translation>
        </message>
        <message>
            <source>Qua&amp;ntity</source>
            <translation>Ca&amp;ntidad</translation>
        </message>
        <message>
            <source>units ordered</source>
            <translation>unidades pedidas</translation>
        </message>
        <message>
            <source>&amp;Allocate</source>
            <translation>A&amp;signar</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Stock bajo</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>&amp;Minimum available</source>
            <translation>&amp;Mínimo disponible</translation>
        </message>
        <message>
            <source>0 = never warn</source>
            <translation>0 = sin aviso</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>&amp;Guardar</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>must hold at least one batch</source>
            <translation>debe contener al menos un lote</translation>
        </message>
        <message>
            <source>must all be CreateBatch commands</source>
            <translation>deben ser todos comandos CreateBatch</translation>
        </message>
        <message>
            <source>must give one line number (1 or more) per batch</source>
            <translation>debe indicar un número de línea (1 o más) por lote</translation>
        </message>
        <message>
            <source>{ref} is on line {first} and on line {line}</source>
            <translation>{ref} está en la línea {first} y en la línea {line}</translation>
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
            <translation>línea desasignada ({parts})</translation>
        </message>
        <message>
            <source>deallocated</source>
            <translation>línea desasignada</translation>
        </message>
        <message>
            <source>allocation of {line}</source>
            <translation>asignación de {line}</translation>
        </message>
        <message>
            <source>waiting line of {line}</source>
            <translation>línea en espera de {line}</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>retirada</translation>
        </message>
        <message>
            <source>cancellation of {order}'s allocation ({qty} × {sku})</source>
            <translation>cancelación de la asignación de {order} ({qty} × {sku})</translation>
        </message>
        <message>
            <source>allocated again</source>
            <translation>asignada de nuevo</translation>
        </message>
        <message>
            <source>withdrawal of {order}'s waiting line ({qty} × {sku})</source>
            <translation>retirada de la línea en espera de {order} ({qty} × {sku})</translation>
        </message>
        <message>
            <source>waiting for stock again</source>
            <translation>de nuevo en espera de stock</translation>
        </message>
        <message>
            <source>back to {qty} units</source>
            <translation>de nuevo {qty} unidades</translation>
        </message>
        <message>
            <source>; order lines it moved to other batches stay there</source>
            <translation>; las líneas de pedido que pasó a otros lotes se quedan allí</translation>
        </message>
        <message>
            <source>; lines it left waiting for stock are allocated again if it has room</source>
            <translation>; las líneas que dejó en espera de stock se vuelven a asignar si tiene sitio</translation>
        </message>
        <message>
            <source>; waiting lines it allocated may have to wait again</source>
            <translation>; las líneas en espera que asignó pueden tener que volver a esperar</translation>
        </message>
        <message>
            <source>cancellation of batch {ref} ({before} → 0 units)</source>
            <translation>cancelación del lote {ref} ({before} → 0 unidades)</translation>
        </message>
        <message>
            <source>correction of batch {ref} ({before} → {after} units)</source>
            <translation>corrección del lote {ref} ({before} → {after} unidades)</translation>
        </message>
        <message>
            <source>{qty} of its units are allocated now; correct its quantity with F2 in the batch table instead</source>
            <translation>{qty} de sus unidades están asignadas ahora; en su lugar, corrija su cantidad con F2 en la tabla de lotes</translation>
        </message>
        <message>
            <source>its quantity was corrected to {qty} since; correct it with F2 in the batch table instead</source>
            <translation>su cantidad se corrigió después a {qty}; en su lugar, corríjala con F2 en la tabla de lotes</translation>
        </message>
        <message>
            <source>creation of batch {ref} ({qty} × {sku})</source>
            <translation>creación del lote {ref} ({qty} × {sku})</translation>
        </message>
        <message>
            <source>cancelled: its purchased quantity is 0</source>
            <translation>lote cancelado: su cantidad comprada es 0</translation>
        </message>
        <message>
            <source>back to {threshold}</source>
            <translation>de nuevo {threshold}</translation>
        </message>
        <message>
            <source>back to no warning</source>
            <translation>de nuevo sin aviso</translation>
        </message>
        <message>
            <source>low-stock threshold of {sku} ({before} → {after})</source>
            <translation>umbral de stock bajo de {sku} ({before} → {after})</translation>
        </message>
        <message numerus="yes">
            <source>import of %Ln batch(es)</source>
            <translation>
                <numerusform>importación de %Ln lote</numerusform>
                <numerusform>importación de %Ln lotes</numerusform>
            </translation>
        </message>
        <message>
            <source>batches are never deleted; cancel one by correcting its quantity to 0 with F2 in the batch table instead</source>
            <translation>los lotes nunca se eliminan; en su lugar, cancele uno corrigiendo su cantidad a 0 con F2 en la tabla de lotes</translation>
        </message>
        <message>
            <source>pick of {order}'s {qty} × {sku} from {batch}</source>
            <translation>preparación de {qty} × {sku} de {order} desde {batch}</translation>
        </message>
        <message>
            <source>put back: not picked any more</source>
            <translation>devuelto: ya no consta como preparado</translation>
        </message>
        <message>
            <source>return of {order}'s {qty} × {sku} to {batch}</source>
            <translation>devolución de {qty} × {sku} de {order} a {batch}</translation>
        </message>
        <message>
            <source>picked again</source>
            <translation>preparado de nuevo</translation>
        </message>
        <message>
            <source>move of batch {ref} to {location}</source>
            <translation>movimiento del lote {ref} a {location}</translation>
        </message>
        <message>
            <source>it had no location before; move it again with Ctrl+M</source>
            <translation>antes no tenía ubicación; muévalo de nuevo con Ctrl+M</translation>
        </message>
        <message>
            <source>back at {location}</source>
            <translation>de nuevo en {location}</translation>
        </message>
        <message>
            <source>shortage report of batch {ref} ({counted} counted)</source>
            <translation>aviso de faltante del lote {ref} ({counted} contadas)</translation>
        </message>
        <message>
            <source>it changed nothing; tell the supervisor not to approve it</source>
            <translation>no cambió nada; diga al supervisor que no lo apruebe</translation>
        </message>
        <message>
            <source>this kind of action has no undo</source>
            <translation>este tipo de acción no se puede deshacer</translation>
        </message>
        <message>
            <source>no batch has room for it now: it waits for stock</source>
            <translation>ahora ningún lote tiene sitio para ella: queda en espera de stock</translation>
        </message>
        <message>
            <source>allocated ({parts}): stock had arrived</source>
            <translation>asignada ({parts}): había llegado stock</translation>
        </message>
        <message>
            <source>allocated from batch {batch}: stock had arrived</source>
            <translation>asignada desde el lote {batch}: había llegado stock</translation>
        </message>
        <message>
            <source>{how} ({parts})</source>
            <translation>{how} ({parts})</translation>
        </message>
        <message>
            <source>{how} from batch {batch}</source>
            <translation>{how} desde el lote {batch}</translation>
        </message>
        <message>
            <source>cancelled: stock had arrived and it was allocated meanwhile</source>
            <translation>cancelada: había llegado stock y se asignó entretanto</translation>
        </message>
        <message>
            <source>{qty} from {batch}</source>
            <translation>{qty} de {batch}</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Warehouse GUI — unexpected error</source>
            <translation>Warehouse GUI — error inesperado</translation>
        </message>
        <message>
            <source>Warehouse GUI can go on: everything it showed as saved is saved. Check the last thing you did, and send the details below to support.</source>
            <translation>Warehouse GUI puede continuar: todo lo que mostró como guardado está guardado. Compruebe lo último que hizo y envíe los detalles de abajo al soporte técnico.</translation>
        </message>
        <message>
            <source>Warehouse GUI has to close after this error. Everything it showed as saved is kept, and commands still on their way are finished first. Send the details below to support.</source>
            <translation>Warehouse GUI tiene que cerrarse tras este error. Todo lo que mostró como guardado se conserva, y los comandos aún en curso se terminan antes. Envíe los detalles de abajo al soporte técnico.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo ha fallado</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Detalles del error</translation>
        </message>
        <message>
            <source>Each error report with its details, to copy for support (Copy details takes them all)</source>
            <translation>Cada informe de error con sus detalles, para copiarlos para el soporte técnico (Copiar detalles los copia todos)</translation>
        </message>
        <message>
            <source>These details are also in the log: {path}</source>
            <translation>Estos detalles también están en el registro: {path}</translation>
        </message>
        <message>
            <source>No log is kept.</source>
            <translation>No se guarda ningún registro.</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Copiar detalles</translation>
        </message>
        <message>
            <source>Something went wrong, and Warehouse GUI must close</source>
            <translation>Algo ha fallado y Warehouse GUI debe cerrarse</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
    </context>
    <context>
        <name>CrashReporter</name>
        <message>
            <source>Unhandled error in the GUI thread</source>
            <translation>Error no controlado en el hilo de la interfaz</translation>
        </message>
        <message>
            <source>Unhandled error in the {thread} thread</source>
            <translation>Error no controlado en el hilo {thread}</translation>
        </message>
        <message>
            <source>Thread {name} died</source>
            <translation>El hilo {name} terminó inesperadamente</translation>
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
            <translation>el archivo {path} está en un sistema de archivos de solo lectura</translation>
        </message>
        <message>
            <source>this user may not write the file {path}</source>
            <translation>este usuario no puede escribir el archivo {path}</translation>
        </message>
        <message>
            <source>this user may not write its folder {folder}, where SQLite keeps its -wal file</source>
            <translation>este usuario no puede escribir en su carpeta {folder}, donde SQLite guarda su archivo -wal</translation>
        </message>
    </context>
    <context>
        <name>DatabaseErrors</name>
        <message>
            <source>The database is read-only ({why}); nothing was changed.</source>
            <translation>La base de datos es de solo lectura ({why}); no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>The database's tables are not as this version expects ({detail}); run the version that made them, or restore a backup.</source>
            <translation>Las tablas de la base de datos no son como las espera esta versión ({detail}); ejecute la versión que las creó o restaure una copia de seguridad.</translation>
        </message>
        <message>
            <source>the database file cannot be written here</source>
            <translation>aquí no se puede escribir el archivo de la base de datos</translation>
        </message>
        <message>
            <source>the server makes every transaction here read-only</source>
            <translation>el servidor hace que aquí todas las transacciones sean de solo lectura</translation>
        </message>
        <message>
            <source>this user may read but not change the warehouse's tables: {detail}</source>
            <translation>este usuario puede leer pero no modificar las tablas del almacén: {detail}</translation>
        </message>
        <message>
            <source>the database at {where} cannot be reached ({detail})</source>
            <translation>no se puede acceder a la base de datos en {where} ({detail})</translation>
        </message>
        <message>
            <source>{reason}; trying again every few seconds.</source>
            <translation>{reason}; se reintenta cada pocos segundos.</translation>
        </message>
        <message>
            <source>the database server at {where} has no free connection for this desk ({said})</source>
            <translation>el servidor de base de datos de {where} no tiene ninguna conexión libre para este puesto ({said})</translation>
        </message>
        <message>
            <source>the database server at {where} closed the connection</source>
            <translation>el servidor de base de datos de {where} cerró la conexión</translation>
        </message>
        <message>
            <source>the database server at {where} is not answering (connection refused)</source>
            <translation>el servidor de base de datos de {where} no responde (conexión rechazada)</translation>
        </message>
        <message>
            <source>the database server's name {host} is not known (check the address)</source>
            <translation>no se conoce el nombre del servidor de base de datos {host} (compruebe la dirección)</translation>
        </message>
        <message>
            <source>the database server at {where} refused the password of user {user}: check the password in the database address</source>
            <translation>el servidor de base de datos de {where} rechazó la contraseña del usuario {user}: compruebe la contraseña en la dirección de la base de datos</translation>
        </message>
        <message>
            <source>the database server at {where} has no user {user}: ask its administrator to create it</source>
            <translation>el servidor de base de datos de {where} no tiene el usuario {user}: pida a su administrador que lo cree</translation>
        </message>
        <message>
            <source>the database server at {where} has no database {database}: check its name, or ask the administrator to create it</source>
            <translation>el servidor de base de datos de {where} no tiene la base de datos {database}: compruebe su nombre o pida al administrador que la cree</translation>
        </message>
        <message>
            <source>the database server at {where} did not answer in time</source>
            <translation>el servidor de base de datos de {where} no respondió a tiempo</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <source>Sign in first: this database has people, and every action names who did it</source>
            <translation>Inicie sesión primero: esta base de datos tiene personas y cada acción indica quién la hizo</translation>
        </message>
        <message>
            <source>Nobody signs in here: this database has no people yet</source>
            <translation>Aquí nadie inicia sesión: esta base de datos aún no tiene personas</translation>
        </message>
        <message>
            <source>Another admin changes your own role or disables you; nothing was changed</source>
            <translation>Solo otro administrador puede cambiar su propio rol o desactivar su cuenta; no se ha cambiado nada</translation>
        </message>
        <message>
            <source>No one signs in as '{login}' here: check the badge, or ask an admin to add them</source>
            <translation>Aquí no hay nadie con el usuario '{login}': compruebe la tarjeta o pida a un administrador que lo añada</translation>
        </message>
        <message>
            <source>{login} may no longer sign in: ask an admin</source>
            <translation>{login} ya no puede iniciar sesión: consulte a un administrador</translation>
        </message>
        <message numerus="yes">
            <source>{login} is locked for {seconds} s more after %n wrong PINs in a row</source>
            <translation>
                <numerusform>{login} está bloqueado {seconds} s más tras %n PIN incorrecto seguido</numerusform>
                <numerusform>{login} está bloqueado {seconds} s más tras %n PIN incorrectos seguidos</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrong PIN for {login}: the login is now locked for {seconds} s</source>
            <translation>PIN incorrecto para {login}: el usuario queda bloqueado {seconds} s</translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN for {login}: %n more (try|tries) before the login is locked</source>
            <translation>
                <numerusform>PIN incorrecto para {login}: queda %n intento antes de bloquear el usuario</numerusform>
                <numerusform>PIN incorrecto para {login}: quedan %n intentos antes de bloquear el usuario</numerusform>
            </translation>
        </message>
        <message>
            <source>An approval needs a second person: {login} is signed in here</source>
            <translation>Una aprobación necesita una segunda persona: {login} tiene la sesión iniciada aquí</translation>
        </message>
        <message>
            <source>{login} is a clerk: only a supervisor or an admin approves</source>
            <translation>{login} es operario: solo puede aprobar un supervisor o un administrador</translation>
        </message>
    </context>
    <context>
        <name>DomainErrors</name>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>Llegada</translation>
        </message>
        <message>
            <source>Order ID</source>
            <translation>N.º de pedido</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Umbral</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Lote</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Recuento</translation>
        </message>
        <message>
            <source>{field} {rule}</source>
            <translation>{field}: {rule}</translation>
        </message>
    </context>
    <context>
        <name>FormSender</name>
        <message>
            <source>The {form} form holds a line being typed: send it or clear it (Esc), then correct the refused scan</source>
            <translation>El formulario {form} tiene una línea a medio teclear: envíela o vacíela (Esc) y luego corrija el escaneo rechazado</translation>
        </message>
        <message>
            <source>Dismissed the refused scan {line}</source>
            <translation>Se descartó el escaneo rechazado {line}</translation>
        </message>
        <message>
            <source>{refusal} — waiting in the refused scans</source>
            <translation>{refusal} — queda en los escaneos rechazados</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Rechazado</translation>
        </message>
        <message>
            <source>Refused again: {line} — {reason}</source>
            <translation>Rechazado de nuevo: {line} — {reason}</translation>
        </message>
        <message>
            <source>{field} {rule}</source>
            <translation>{field}: {rule}</translation>
        </message>
    </context>
    <context>
        <name>FormsColumn</name>
        <message>
            <source>Forms</source>
            <translation>Formularios</translation>
        </message>
    </context>
    <context>
        <name>Handlers</name>
        <message>
            <source>A batch with reference {ref} already exists</source>
            <translation>Ya existe un lote con la referencia {ref}</translation>
        </message>
        <message>
            <source>line {line}, Reference: batch {ref} already exists; each batch needs a reference of its own</source>
            <translation>línea {line}, Referencia: el lote {ref} ya existe; cada lote necesita su propia referencia</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n of the file's {total} references already (exists|exist)</source>
            <translation>
                <numerusform>No se ha importado nada: %n de las {total} referencias del archivo ya existe</numerusform>
                <numerusform>No se ha importado nada: %n de las {total} referencias del archivo ya existen</numerusform>
            </translation>
        </message>
        <message>
            <source>No SKU {sku}: no batch of it has been received</source>
            <translation>SKU {sku} no encontrado: no se ha recibido ningún lote de ese SKU</translation>
        </message>
        <message>
            <source>No SKU {sku}: {orderid} has no line of it to pick</source>
            <translation>SKU {sku} no encontrado: {orderid} no tiene ninguna línea de ese SKU que preparar</translation>
        </message>
        <message>
            <source>No batch has the reference {ref}</source>
            <translation>Ningún lote tiene la referencia {ref}</translation>
        </message>
        <message>
            <source>No SKU {sku}: no batch of it has been received; create a batch first</source>
            <translation>SKU {sku} no encontrado: no se ha recibido ningún lote de ese SKU; cree primero un lote</translation>
        </message>
        <message>
            <source>must be admin for the first person, who adds the others</source>
            <translation>debe ser administrador para la primera persona, que da de alta a las demás</translation>
        </message>
        <message>
            <source>{login} is the last admin who may sign in: make another person an admin first</source>
            <translation>{login} es el último administrador que puede iniciar sesión: haga antes administrador a otra persona</translation>
        </message>
        <message>
            <source>Out of stock: {sku} for {orderid}</source>
            <translation>Sin stock: {sku} para {orderid}</translation>
        </message>
        <message>
            <source>{orderid} wants {qty} of {sku}; available in stock and arriving: {available}. The line waits, and is allocated as soon as enough stock arrives.</source>
            <translation>{orderid} pide {qty} de {sku}; disponible en stock y en camino: {available}. La línea queda en espera y se asigna en cuanto llegue suficiente stock.</translation>
        </message>
        <message>
            <source>Low stock: {sku}</source>
            <translation>Stock bajo: {sku}</translation>
        </message>
        <message>
            <source>The SKU {sku} has {available} units available (in stock and arriving), below its low-stock threshold of {threshold}.</source>
            <translation>El SKU {sku} tiene {available} unidades disponibles (en stock y en camino), por debajo de su umbral de stock bajo de {threshold}.</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Batch created</source>
            <translation>Lote creado</translation>
        </message>
        <message>
            <source>Allocated</source>
            <translation>Asignado</translation>
        </message>
        <message>
            <source>Deallocated</source>
            <translation>Desasignado</translation>
        </message>
        <message>
            <source>Quantity changed</source>
            <translation>Cantidad cambiada</translation>
        </message>
        <message>
            <source>Out of stock</source>
            <translation>Sin stock</translation>
        </message>
        <message>
            <source>Wait ended</source>
            <translation>Fin de espera</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <source>Threshold set</source>
            <translation>Umbral fijado</translation>
        </message>
        <message>
            <source>Low stock</source>
            <translation>Stock bajo</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <source>Person added</source>
            <translation>Persona añadida</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Rol cambiado</translation>
        </message>
        <message>
            <source>Person disabled</source>
            <translation>Persona desactivada</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Movido</translation>
        </message>
        <message>
            <source>Picked</source>
            <translation>Preparado</translation>
        </message>
        <message>
            <source>Put back</source>
            <translation>Devuelto</translation>
        </message>
        <message>
            <source>Shortage</source>
            <translation>Faltante</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelación</translation>
        </message>
        <message>
            <source>batch shrunk</source>
            <translation>lote reducido</translation>
        </message>
        <message>
            <source>clerk</source>
            <translation>operario</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>supervisor</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>administrador</translation>
        </message>
        <message numerus="yes">
            <source>{ref}: %Ln unit(s), arriving {eta} at {location}</source>
            <translation>
                <numerusform>{ref}: %Ln unidad, llega el {eta} a {location}</numerusform>
                <numerusform>{ref}: %Ln unidades, llegan el {eta} a {location}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{ref}: %Ln unit(s), arriving {eta}</source>
            <translation>
                <numerusform>{ref}: %Ln unidad, llega el {eta}</numerusform>
                <numerusform>{ref}: %Ln unidades, llegan el {eta}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{ref}: %Ln unit(s), in stock at {location}</source>
            <translation>
                <numerusform>{ref}: %Ln unidad, en stock en {location}</numerusform>
                <numerusform>{ref}: %Ln unidades, en stock en {location}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{ref}: %Ln unit(s), in stock</source>
            <translation>
                <numerusform>{ref}: %Ln unidad, en stock</numerusform>
                <numerusform>{ref}: %Ln unidades, en stock</numerusform>
            </translation>
        </message>
        <message>
            <source>{ref} moved to {location} (from {previous})</source>
            <translation>{ref} movido a {location} (desde {previous})</translation>
        </message>
        <message>
            <source>{ref} moved to {location}</source>
            <translation>{ref} movido a {location}</translation>
        </message>
        <message>
            <source>{qty} picked from {batch}</source>
            <translation>{qty} preparadas de {batch}</translation>
        </message>
        <message>
            <source>{qty} put back into {batch}</source>
            <translation>{qty} devueltas a {batch}</translation>
        </message>
        <message>
            <source>{ref} at {location}: {counted} counted, {expected} expected</source>
            <translation>{ref} en {location}: {counted} contadas, {expected} esperadas</translation>
        </message>
        <message>
            <source>{ref}: {counted} counted, {expected} expected</source>
            <translation>{ref}: {counted} contadas, {expected} esperadas</translation>
        </message>
        <message>
            <source>{qty} from {batch}</source>
            <translation>{qty} de {batch}</translation>
        </message>
        <message>
            <source>{qty} released from {batch} ({reason})</source>
            <translation>{qty} liberadas de {batch} ({reason})</translation>
        </message>
        <message>
            <source>{ref} cancelled: purchased quantity 0 (was {previous})</source>
            <translation>{ref} cancelado: cantidad comprada 0 (antes {previous})</translation>
        </message>
        <message>
            <source>{ref} cancelled: purchased quantity 0</source>
            <translation>{ref} cancelado: cantidad comprada 0</translation>
        </message>
        <message numerus="yes">
            <source>{ref} now holds %Ln unit(s)</source>
            <translation>
                <numerusform>{ref} tiene ahora %Ln unidad</numerusform>
                <numerusform>{ref} tiene ahora %Ln unidades</numerusform>
            </translation>
        </message>
        <message>
            <source>no batch could take the order line</source>
            <translation>ningún lote pudo atender la línea de pedido</translation>
        </message>
        <message>
            <source>{qty} wanted, {available} available: the line waits for stock</source>
            <translation>{qty} pedidas, {available} disponibles: la línea queda en espera de stock</translation>
        </message>
        <message>
            <source>{qty} allocated after waiting for stock since {since}</source>
            <translation>{qty} asignadas tras esperar stock desde {since}</translation>
        </message>
        <message>
            <source>{qty} allocated after waiting for stock</source>
            <translation>{qty} asignadas tras esperar stock</translation>
        </message>
        <message>
            <source>{qty} no longer waits for stock (withdrawn)</source>
            <translation>{qty} ya no esperan stock (línea retirada)</translation>
        </message>
        <message>
            <source>low-stock warning turned off</source>
            <translation>aviso de stock bajo desactivado</translation>
        </message>
        <message>
            <source>warn when fewer than {threshold} are available</source>
            <translation>avisar cuando haya menos de {threshold} disponibles</translation>
        </message>
        <message>
            <source>{available} available, below the threshold of {threshold}</source>
            <translation>{available} disponibles, por debajo del umbral de {threshold}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln batch(es) from a file</source>
            <translation>
                <numerusform>%Ln lote desde un archivo</numerusform>
                <numerusform>%Ln lotes desde un archivo</numerusform>
            </translation>
        </message>
        <message>
            <source>{login}: {name}, {role}</source>
            <translation>{login}: {name}, {role}</translation>
        </message>
        <message>
            <source>{login} is {role} now (was {previous})</source>
            <translation>{login} es ahora {role} (antes {previous})</translation>
        </message>
        <message>
            <source>{login} may no longer sign in</source>
            <translation>{login} ya no puede iniciar sesión</translation>
        </message>
        <message>
            <source>{operator}, approved by {approver} @ {station}</source>
            <translation>{operator}, aprobado por {approver} @ {station}</translation>
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
            <translation>Filtro de SKU del historial</translation>
        </message>
        <message>
            <source>Enter shows this SKU's history; empty: every SKU</source>
            <translation>Intro muestra el historial de este SKU; vacío: todos los SKU</translation>
        </message>
        <message>
            <source>any SKU</source>
            <translation>cualquier SKU</translation>
        </message>
        <message>
            <source>History order filter</source>
            <translation>Filtro de pedido del historial</translation>
        </message>
        <message>
            <source>Enter shows this order's history; empty: every order</source>
            <translation>Intro muestra el historial de este pedido; vacío: todos los pedidos</translation>
        </message>
        <message>
            <source>any order</source>
            <translation>cualquier pedido</translation>
        </message>
        <message>
            <source>Fi&amp;lter SKU</source>
            <translation>&amp;Filtrar SKU</translation>
        </message>
        <message>
            <source>Or&amp;der</source>
            <translation>&amp;Buscar pedido</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>The event log, newest first: time, event, SKU, order, details and who did it</source>
            <translation>El registro de eventos, el más reciente primero: hora, evento, SKU, pedido, detalles y quién lo hizo</translation>
        </message>
        <message>
            <source>Enter in a filter box applies it; empty boxes show everything</source>
            <translation>Intro en un cuadro de filtro lo aplica; los cuadros vacíos lo muestran todo</translation>
        </message>
    </context>
    <context>
        <name>IdleWatch</name>
        <message numerus="yes">
            <source>Signed out after %n minute(s) without a key or a click: sign in again</source>
            <translation>
                <numerusform>Sesión cerrada tras %n minuto sin pulsar ninguna tecla ni hacer clic: vuelva a iniciar sesión</numerusform>
                <numerusform>Sesión cerrada tras %n minutos sin pulsar ninguna tecla ni hacer clic: vuelva a iniciar sesión</numerusform>
            </translation>
        </message>
        <message>
            <source>Signed out after {minutes} minutes without a key or a click: sign in again</source>
            <translation>Sesión cerrada tras {minutes} minutos sin pulsar ninguna tecla ni hacer clic: vuelva a iniciar sesión</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>Llegada</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Import batches — {file}</source>
            <translation>Importar lotes — {file}</translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Problemas en el archivo</translation>
        </message>
        <message>
            <source>Batches in the file</source>
            <translation>Lotes del archivo</translation>
        </message>
        <message>
            <source>Every batch line of the file; a line with a problem is red, its problems in its tooltip. Enter imports every line, or none of them; Esc cancels.</source>
            <translation>Todas las líneas de lote del archivo; una línea con un problema aparece en rojo, con sus problemas en la información emergente. Intro importa todas las líneas, o ninguna; Esc cancela.</translation>
        </message>
        <message>
            <source>Enter imports every line, or none of them; Esc cancels</source>
            <translation>Intro importa todas las líneas, o ninguna; Esc cancela</translation>
        </message>
        <message>
            <source>Refused: {reason}</source>
            <translation>Rechazado: {reason}</translation>
        </message>
        <message>
            <source>&amp;Import again</source>
            <translation>&amp;Importar de nuevo</translation>
        </message>
        <message numerus="yes">
            <source>Importing %Ln batch(es)…</source>
            <translation>
                <numerusform>Importando %Ln lote…</numerusform>
                <numerusform>Importando %Ln lotes…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln batch(es) ready. They go in together, or not at all.</source>
            <translation>
                <numerusform>%Ln lote listo. Se importan todos juntos o ninguno.</numerusform>
                <numerusform>%Ln lotes listos. Se importan todos juntos o ninguno.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %Ln batch(es)</source>
            <translation>
                <numerusform>&amp;Importar %Ln lote</numerusform>
                <numerusform>&amp;Importar %Ln lotes</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s): nothing can be imported until the file is fixed. Its columns: {columns} (an empty eta: in stock).</source>
            <translation>
                <numerusform>%Ln problema: no se puede importar nada hasta corregir el archivo. Sus columnas: {columns} (eta vacía: en stock).</numerusform>
                <numerusform>%Ln problemas: no se puede importar nada hasta corregir el archivo. Sus columnas: {columns} (eta vacía: en stock).</numerusform>
            </translation>
        </message>
        <message>
            <source>in stock</source>
            <translation>en stock</translation>
        </message>
    </context>
    <context>
        <name>LabelKeys</name>
        <message>
            <source>No new batches to label: F6 prints the labels of the batches received here (Ctrl+N or an import) since the last ones printed; F7 prints the selected batches' labels again</source>
            <translation>No hay lotes nuevos que etiquetar: F6 imprime las etiquetas de los lotes recibidos aquí (Ctrl+N o una importación) desde las últimas impresas; F7 vuelve a imprimir las de los lotes seleccionados</translation>
        </message>
        <message>
            <source>No batch selected: select batches in the batch table (Ctrl+B), then F7</source>
            <translation>Ningún lote seleccionado: seleccione lotes en la tabla de lotes (Ctrl+B) y pulse F7</translation>
        </message>
        <message>
            <source>The selected batches stand in no bin yet: select batches with a location in the batch table (Ctrl+B), then F9</source>
            <translation>Los lotes seleccionados aún no están en ninguna ubicación: seleccione lotes con ubicación en la tabla de lotes (Ctrl+B) y pulse F9</translation>
        </message>
        <message numerus="yes">
            <source>Saved %Ln label(s) to {path}</source>
            <translation>
                <numerusform>%Ln etiqueta guardada en {path}</numerusform>
                <numerusform>%Ln etiquetas guardadas en {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Printed %Ln label(s) on {path}</source>
            <translation>
                <numerusform>%Ln etiqueta impresa en {path}</numerusform>
                <numerusform>%Ln etiquetas impresas en {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Labels not written: {error}</source>
            <translation>No se escribieron las etiquetas: {error}</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>in stock</source>
            <translation>en stock</translation>
        </message>
        <message>
            <source>ETA {day}</source>
            <translation>Llegada {day}</translation>
        </message>
        <message>
            <source>62 × 29 mm</source>
            <translation>62 × 29 mm</translation>
        </message>
        <message>
            <source>a 62 × 29 mm label</source>
            <translation>una etiqueta de 62 × 29 mm</translation>
        </message>
        <message>
            <source>4 × 6 in</source>
            <translation>4 × 6 pulg.</translation>
        </message>
        <message>
            <source>a 4 × 6 in label</source>
            <translation>una etiqueta de 4 × 6 pulg.</translation>
        </message>
        <message>
            <source>A4 sheet of 24</source>
            <translation>Hoja A4 de 24</translation>
        </message>
        <message>
            <source>a 70 × 37 mm label of an A4 sheet</source>
            <translation>una etiqueta de 70 × 37 mm de una hoja A4</translation>
        </message>
        <message>
            <source>The reference {code} is too long for a barcode that scans on {size}: choose {sizes}, which holds it</source>
            <translation>La referencia {code} es demasiado larga para un código de barras legible en {size}: elija {sizes}, donde sí cabe</translation>
        </message>
        <message numerus="yes">
            <source>The reference {code} is too long for a barcode that scans on {size}, or on any other: a barcode holds at most about %n characters</source>
            <translation>
                <numerusform>La referencia {code} es demasiado larga para un código de barras legible en {size} o en cualquier otro tamaño: un código de barras admite como máximo unos %n carácter</numerusform>
                <numerusform>La referencia {code} es demasiado larga para un código de barras legible en {size} o en cualquier otro tamaño: un código de barras admite como máximo unos %n caracteres</numerusform>
            </translation>
        </message>
        <message>
            <source>The bin code {code} is too long for a barcode that scans on {size}: choose {sizes}, which holds it</source>
            <translation>El código de ubicación {code} es demasiado largo para un código de barras legible en {size}: elija {sizes}, donde sí cabe</translation>
        </message>
        <message numerus="yes">
            <source>The bin code {code} is too long for a barcode that scans on {size}, or on any other: a barcode holds at most about %n characters</source>
            <translation>
                <numerusform>El código de ubicación {code} es demasiado largo para un código de barras legible en {size} o en cualquier otro tamaño: un código de barras admite como máximo unos %n carácter</numerusform>
                <numerusform>El código de ubicación {code} es demasiado largo para un código de barras legible en {size} o en cualquier otro tamaño: un código de barras admite como máximo unos %n caracteres</numerusform>
            </translation>
        </message>
        <message>
            <source>No label size {key}: choose one of {known}</source>
            <translation>No existe el tamaño de etiqueta {key}: elija uno de estos: {known}</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} o {second}</translation>
        </message>
        <message>
            <source>No labels to write: name a batch or a bin</source>
            <translation>No hay etiquetas que generar: indique un lote o una ubicación</translation>
        </message>
        <message>
            <source>the folder {folder} does not exist</source>
            <translation>la carpeta {folder} no existe</translation>
        </message>
        <message>
            <source>the file could not be written there</source>
            <translation>no se pudo escribir el archivo allí</translation>
        </message>
        <message>
            <source>Labels — {codes} …</source>
            <translation>Etiquetas — {codes} …</translation>
        </message>
        <message>
            <source>Labels — {codes}</source>
            <translation>Etiquetas — {codes}</translation>
        </message>
        <message>
            <source>The printer could not be started</source>
            <translation>No se pudo iniciar la impresora</translation>
        </message>
        <message>
            <source>no location</source>
            <translation>sin ubicación</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>ETA</source>
            <translation>Llegada</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Qty {qty}</source>
            <translation>Cant. {qty}</translation>
        </message>
    </context>
    <context>
        <name>Locations</name>
        <message>
            <source>must be text, got {type}</source>
            <translation>debe ser texto, se recibió {type}</translation>
        </message>
        <message>
            <source>must be at most {most} characters, got {length}</source>
            <translation>debe tener como máximo {most} caracteres, tiene {length}</translation>
        </message>
        <message>
            <source>must be letters, digits and '-' only, got {got}</source>
            <translation>solo puede contener letras, dígitos y '-', se recibió {got}</translation>
        </message>
        <message>
            <source>must not be blank</source>
            <translation>no puede quedar en blanco</translation>
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
            <translation>En &amp;espera</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Vistas</translation>
        </message>
        <message>
            <source>Batches, orders, picking, the order lines waiting for stock, the history and the stock picture; Ctrl+Tab goes to the next one</source>
            <translation>Lotes, pedidos, preparación, las líneas de pedido en espera de stock, el historial y la vista de stock; Ctrl+Tab pasa a la siguiente</translation>
        </message>
        <message>
            <source>&amp;Batches</source>
            <translation>L&amp;otes</translation>
        </message>
        <message>
            <source>Order&amp;s</source>
            <translation>Pe&amp;didos</translation>
        </message>
        <message>
            <source>Pick</source>
            <translation>Preparación</translation>
        </message>
        <message>
            <source>His&amp;tory</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>Stock &amp;picture</source>
            <translation>&amp;Vista de stock</translation>
        </message>
        <message numerus="yes">
            <source>Loaded %Ln batch(es)</source>
            <translation>
                <numerusform>%Ln lote cargado</numerusform>
                <numerusform>%Ln lotes cargados</numerusform>
            </translation>
        </message>
        <message>
            <source>{message}: sign in again</source>
            <translation>{message}: inicie sesión de nuevo</translation>
        </message>
        <message>
            <source>Read-only: {why}; nothing can be changed here</source>
            <translation>Solo lectura: {why}; aquí no se puede modificar nada</translation>
        </message>
        <message>
            <source>Waitin&amp;g ({count})</source>
            <translation>En &amp;espera ({count})</translation>
        </message>
        <message numerus="yes">
            <source>Finishing %n queued command(s)…</source>
            <translation>
                <numerusform>Finalizando %n comando en cola…</numerusform>
                <numerusform>Finalizando %n comandos en cola…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MessageBus</name>
        <message numerus="yes">
            <source>Other workstations kept changing the same stock at the same moment; gave up after %n attempts, nothing was applied. Try again.</source>
            <translation>
                <numerusform>Otros puestos modificaban el mismo stock al mismo tiempo; se desistió tras %n intento y no se aplicó nada. Inténtelo de nuevo.</numerusform>
                <numerusform>Otros puestos modificaban el mismo stock al mismo tiempo; se desistió tras %n intentos y no se aplicó nada. Inténtelo de nuevo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Created batch {ref}: {qty} × {sku}, arriving {eta}</source>
            <translation>Lote {ref} creado: {qty} × {sku}, llegada {eta}</translation>
        </message>
        <message>
            <source>Created batch {ref}: {qty} × {sku}, in stock</source>
            <translation>Lote {ref} creado: {qty} × {sku}, en stock</translation>
        </message>
        <message>
            <source>Allocated {orderid}: {qty} × {sku} split — {parts}</source>
            <translation>Asignado {orderid}: {qty} × {sku} repartido — {parts}</translation>
        </message>
        <message>
            <source>Allocated {orderid}: {qty} × {sku} from batch {batchref}</source>
            <translation>Asignado {orderid}: {qty} × {sku} del lote {batchref}</translation>
        </message>
        <message>
            <source>Batch {ref} cancelled (purchased quantity 0)</source>
            <translation>Lote {ref} cancelado (cantidad comprada 0)</translation>
        </message>
        <message numerus="yes">
            <source>Batch {ref} now holds %Ln units</source>
            <translation>
                <numerusform>El lote {ref} contiene ahora %Ln unidad</numerusform>
                <numerusform>El lote {ref} contiene ahora %Ln unidades</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln batch(es)</source>
            <translation>
                <numerusform>%Ln lote importado</numerusform>
                <numerusform>%Ln lotes importados</numerusform>
            </translation>
        </message>
        <message>
            <source>Low-stock warning for {sku} turned off</source>
            <translation>Aviso de stock bajo de {sku} desactivado</translation>
        </message>
        <message>
            <source>{sku} will warn when fewer than {threshold} are available</source>
            <translation>{sku} avisará cuando haya menos de {threshold} disponibles</translation>
        </message>
        <message>
            <source>Picked {orderid}'s {qty} × {sku} from {batchref}</source>
            <translation>Preparado: {qty} × {sku} del pedido {orderid}, del lote {batchref}</translation>
        </message>
        <message>
            <source>Put back {orderid}'s {sku} into {batchref}: not picked any more</source>
            <translation>Devuelto: {sku} del pedido {orderid} al lote {batchref}; ya no consta como preparado</translation>
        </message>
        <message>
            <source>Shortage of batch {ref} reported ({counted} counted): a supervisor approves the correction from the alert</source>
            <translation>Faltante del lote {ref} notificado ({counted} contados): un supervisor aprueba la corrección desde la alerta</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Batch {ref} is at {location} already</source>
            <translation>El lote {ref} ya está en {location}</translation>
        </message>
        <message>
            <source>Moved batch {ref} to {location} (from {previous})</source>
            <translation>Lote {ref} movido a {location} (desde {previous})</translation>
        </message>
        <message>
            <source>Moved batch {ref} to {location}</source>
            <translation>Lote {ref} movido a {location}</translation>
        </message>
        <message>
            <source>Shortage: batch {ref} at {location} holds {counted} × {sku}, not {expected} — Enter here: a supervisor corrects it to {counted}</source>
            <translation>Faltante: el lote {ref} en {location} contiene {counted} × {sku}, no {expected} — Intro aquí: un supervisor lo corrige a {counted}</translation>
        </message>
        <message>
            <source>Shortage: batch {ref} holds {counted} × {sku}, not {expected} — Enter here: a supervisor corrects it to {counted}</source>
            <translation>Faltante: el lote {ref} contiene {counted} × {sku}, no {expected} — Intro aquí: un supervisor lo corrige a {counted}</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku} is already waiting for stock · Ctrl+W</source>
            <translation>{qty} × {sku} del pedido {orderid} ya está en espera de stock · Ctrl+W</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku} waits for stock ({available} available) · Ctrl+W</source>
            <translation>{qty} × {sku} del pedido {orderid} queda en espera de stock ({available} disponibles) · Ctrl+W</translation>
        </message>
        <message>
            <source>Withdrew {orderid}'s {qty} × {sku}: it no longer waits for stock</source>
            <translation>Retirado: {qty} × {sku} del pedido {orderid}; ya no está en espera de stock</translation>
        </message>
        <message>
            <source>Cancelled {orderid}'s line of {sku}</source>
            <translation>Cancelada la línea de {sku} del pedido {orderid}</translation>
        </message>
        <message>
            <source>Cancelled {orderid}'s {qty} × {sku} (from batch {batchref})</source>
            <translation>Cancelado: {qty} × {sku} del pedido {orderid} (del lote {batchref})</translation>
        </message>
        <message>
            <source>Cancelled {orderid}'s {qty} × {sku} ({parts})</source>
            <translation>Cancelado: {qty} × {sku} del pedido {orderid} ({parts})</translation>
        </message>
        <message>
            <source>{qty} from {batchref}</source>
            <translation>{qty} de {batchref}</translation>
        </message>
        <message numerus="yes">
            <source>; %Ln waiting line(s) allocated</source>
            <translation>
                <numerusform>; %Ln línea en espera asignada</numerusform>
                <numerusform>; %Ln líneas en espera asignadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln order line(s) moved to other batches</source>
            <translation>
                <numerusform>%Ln línea de pedido movida a otros lotes</numerusform>
                <numerusform>%Ln líneas de pedido movidas a otros lotes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) now waiting for stock</source>
            <translation>
                <numerusform>%Ln línea ahora en espera de stock</numerusform>
                <numerusform>%Ln líneas ahora en espera de stock</numerusform>
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
            <translation>Rechazado: {message}</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>Out of stock: {sku} — an order line could not be allocated</source>
            <translation>Sin stock: {sku} — no se pudo asignar una línea de pedido</translation>
        </message>
        <message>
            <source>Out of stock: {sku} — {orderid} wants {qty}; only {available} available — waiting for stock</source>
            <translation>Sin stock: {sku} — {orderid} pide {qty}; solo hay {available} disponibles — en espera de stock</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku}, waiting since {since}, is now allocated</source>
            <translation>{qty} × {sku} del pedido {orderid}, en espera desde {since}, ya está asignado</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku}, waiting for stock, is now allocated</source>
            <translation>{qty} × {sku} del pedido {orderid}, en espera de stock, ya está asignado</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku} is now allocated</source>
            <translation>{qty} × {sku} del pedido {orderid} ya está asignado</translation>
        </message>
        <message>
            <source>Low stock: {sku} — {available} available (in stock and arriving), below its threshold of {threshold}</source>
            <translation>Stock bajo: {sku} — {available} disponibles (en stock y en camino), por debajo de su umbral de {threshold}</translation>
        </message>
        <message>
            <source>{alert} (at {station})</source>
            <translation>{alert} (en el puesto {station})</translation>
        </message>
    </context>
    <context>
        <name>Model</name>
        <message>
            <source>{orderid} has no line of {sku} to cancel</source>
            <translation>El pedido {orderid} no tiene ninguna línea de {sku} que cancelar</translation>
        </message>
        <message>
            <source>{orderid}'s {sku} is picked ({batches}): put it back first (Ctrl+Z undoes a pick)</source>
            <translation>{sku} del pedido {orderid} está preparado ({batches}): devuélvalo primero (Ctrl+Z deshace una preparación)</translation>
        </message>
        <message>
            <source>{orderid}'s {sku} from {batch} is already picked</source>
            <translation>{sku} del pedido {orderid} (lote {batch}) ya está preparado</translation>
        </message>
        <message>
            <source>{orderid}'s {sku} from {batch} is {held}, not {qty}</source>
            <translation>La cantidad de {sku} del pedido {orderid} (lote {batch}) es {held}, no {qty}</translation>
        </message>
        <message>
            <source>{orderid}'s {sku} from {batch} is not picked: nothing to put back</source>
            <translation>{sku} del pedido {orderid} (lote {batch}) no está preparado: no hay nada que devolver</translation>
        </message>
        <message>
            <source>Counted {counted}, and batch {ref} holds {expected}: a shortage is a count below what it holds</source>
            <translation>Contados {counted} y el lote {ref} contiene {expected}: un faltante es un recuento inferior a lo que contiene</translation>
        </message>
        <message>
            <source>{orderid} has no line of {sku} to pick</source>
            <translation>El pedido {orderid} no tiene ninguna línea de {sku} que preparar</translation>
        </message>
        <message>
            <source>{orderid}'s {sku} waits for stock: no batch holds it yet</source>
            <translation>{sku} del pedido {orderid} está en espera de stock: aún no lo contiene ningún lote</translation>
        </message>
        <message>
            <source>Batch {batch} holds no part of {orderid}'s {sku}: its {sku} is picked already ({batches})</source>
            <translation>El lote {batch} no contiene ninguna parte de {sku} del pedido {orderid}: ese {sku} ya está preparado ({batches})</translation>
        </message>
        <message>
            <source>{batch} at {location}</source>
            <translation>{batch} en {location}</translation>
        </message>
        <message>
            <source>{batch} at {location} ({qty})</source>
            <translation>{batch} en {location} ({qty})</translation>
        </message>
        <message>
            <source>{batch} ({qty})</source>
            <translation>{batch} ({qty})</translation>
        </message>
        <message>
            <source>{places} and {place}</source>
            <translation>{places} y {place}</translation>
        </message>
        <message>
            <source>Batch {batch} holds no part of {orderid}'s {sku}: its {sku} is in {places}</source>
            <translation>El lote {batch} no contiene ninguna parte de {sku} del pedido {orderid}: ese {sku} está en {places}</translation>
        </message>
        <message>
            <source>{orderid}: {qty}</source>
            <translation>{orderid}: {qty}</translation>
        </message>
        <message numerus="yes">
            <source>Batch {ref} cannot go down to {qty}: %Ln (was|were) picked from it ({whose}); put it back first (Ctrl+Z undoes a pick)</source>
            <translation>
                <numerusform>El lote {ref} no puede bajar a {qty}: se ha preparado %Ln de él ({whose}); devuélvalo primero (Ctrl+Z deshace una preparación)</numerusform>
                <numerusform>El lote {ref} no puede bajar a {qty}: se han preparado %Ln de él ({whose}); devuélvalo primero (Ctrl+Z deshace una preparación)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Batch {ref} cannot go down to {qty}: %Ln (was|were) picked from it ({whose}); put them back first (Ctrl+Z undoes a pick)</source>
            <translation>
                <numerusform>El lote {ref} no puede bajar a {qty}: se ha preparado %Ln de él ({whose}); devuélvalos primero (Ctrl+Z deshace una preparación)</numerusform>
                <numerusform>El lote {ref} no puede bajar a {qty}: se han preparado %Ln de él ({whose}); devuélvalos primero (Ctrl+Z deshace una preparación)</numerusform>
            </translation>
        </message>
        <message>
            <source>{orderid} already waits for {held} of {sku}; cancel that line before allocating {qty}</source>
            <translation>El pedido {orderid} ya espera {held} de {sku}; cancele esa línea antes de asignar {qty}</translation>
        </message>
        <message>
            <source>{qty} from {batch}</source>
            <translation>{qty} de {batch}</translation>
        </message>
        <message>
            <source>{orderid} already has {held} of {sku} allocated ({where}); cancel that line before allocating {qty}</source>
            <translation>El pedido {orderid} ya tiene asignados {held} de {sku} ({where}); cancele esa línea antes de asignar {qty}</translation>
        </message>
        <message>
            <source>The correction takes {qty} of {orderid}'s {sku} off its batch, and that line is picked ({batches}): put it back first (Ctrl+Z undoes a pick)</source>
            <translation>La corrección retira {qty} de {sku} del pedido {orderid} de su lote, y esa línea está preparada ({batches}): devuélvala primero (Ctrl+Z deshace una preparación)</translation>
        </message>
    </context>
    <context>
        <name>NetworkShare</name>
        <message>
            <source>The database file {path} is on a network share ({kind}), where SQLite's locking is not reliable: two desks writing at once can damage it. For several desks, use a PostgreSQL server (--db postgresql://…).</source>
            <translation>El archivo de base de datos {path} está en un recurso compartido de red ({kind}), donde el bloqueo de SQLite no es fiable: si dos puestos escriben a la vez, pueden dañarlo. Para varios puestos, use un servidor PostgreSQL (--db postgresql://…).</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <source>Could not open the database: {detail}</source>
            <translation>No se pudo abrir la base de datos: {detail}</translation>
        </message>
        <message>
            <source>the server is a standby, which only reads</source>
            <translation>el servidor es una réplica en espera, de solo lectura</translation>
        </message>
        <message>
            <source>the server makes every transaction here read-only</source>
            <translation>el servidor hace que aquí todas las transacciones sean de solo lectura</translation>
        </message>
        <message>
            <source>the user {user} may read the warehouse's tables but not change them</source>
            <translation>el usuario {user} puede leer las tablas del almacén, pero no modificarlas</translation>
        </message>
    </context>
    <context>
        <name>OrderRow</name>
        <message>
            <source>waiting for stock since {since}</source>
            <translation>en espera de stock desde {since}</translation>
        </message>
        <message>
            <source>{batch} · part {part} of {parts}</source>
            <translation>{batch} · parte {part} de {parts}</translation>
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
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Lote</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Picked</source>
            <translation>Preparado</translation>
        </message>
        <message>
            <source>✓ picked</source>
            <translation>✓ preparado</translation>
        </message>
        <message>
            <source>{by}, approved by {approver}</source>
            <translation>{by}, aprobado por {approver}</translation>
        </message>
        <message>
            <source>{orderid}: no lines allocated or waiting for stock</source>
            <translation>{orderid}: ninguna línea asignada ni en espera de stock</translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) allocated (1 split across {batches} batches)</source>
            <translation>
                <numerusform>%Ln línea asignada (1 repartida entre {batches} lotes)</numerusform>
                <numerusform>%Ln líneas asignadas (1 repartida entre {batches} lotes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) allocated ({split} split across batches)</source>
            <translation>
                <numerusform>%Ln línea asignada ({split} repartidas entre lotes)</numerusform>
                <numerusform>%Ln líneas asignadas ({split} repartidas entre lotes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) allocated</source>
            <translation>
                <numerusform>%Ln línea asignada</numerusform>
                <numerusform>%Ln líneas asignadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln waiting for stock</source>
            <translation>
                <numerusform>%Ln en espera de stock</numerusform>
                <numerusform>%Ln en espera de stock</numerusform>
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
            <translation>{qty} × {sku} del pedido {orderid} está en espera de stock desde {since}: se asignará cuando llegue stock</translation>
        </message>
        <message>
            <source>{qty} of {orderid}'s {line_qty} × {sku} (part {part} of {parts}), from batch {batch} at {location}</source>
            <translation>{qty} de {line_qty} × {sku} del pedido {orderid} (parte {part} de {parts}), del lote {batch} en {location}</translation>
        </message>
        <message>
            <source>{qty} of {orderid}'s {line_qty} × {sku} (part {part} of {parts}), from batch {batch}</source>
            <translation>{qty} de {line_qty} × {sku} del pedido {orderid} (parte {part} de {parts}), del lote {batch}</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku}, from batch {batch} at {location}</source>
            <translation>{qty} × {sku} del pedido {orderid}, del lote {batch} en {location}</translation>
        </message>
        <message>
            <source>{orderid}'s {qty} × {sku}, from batch {batch}</source>
            <translation>{qty} × {sku} del pedido {orderid}, del lote {batch}</translation>
        </message>
        <message>
            <source>{line} — picked: it goes back to its batch before it can be cancelled</source>
            <translation>{line} — preparado: debe devolverse a su lote antes de poder cancelarlo</translation>
        </message>
    </context>
    <context>
        <name>OrdersView</name>
        <message>
            <source>Order to look up</source>
            <translation>Pedido a consultar</translation>
        </message>
        <message>
            <source>Type or scan an order ID; Enter shows the order's lines</source>
            <translation>Escriba o escanee un n.º de pedido; Intro muestra las líneas del pedido</translation>
        </message>
        <message>
            <source>Order ID, then Enter</source>
            <translation>N.º de pedido, luego Intro</translation>
        </message>
        <message>
            <source>Find or&amp;der</source>
            <translation>&amp;Buscar pedido</translation>
        </message>
        <message>
            <source>Type an order ID and press Enter</source>
            <translation>Escriba un n.º de pedido y pulse Intro</translation>
        </message>
        <message>
            <source>Order lines</source>
            <translation>Líneas de pedido</translation>
        </message>
        <message>
            <source>The order's lines by SKU: quantity, batch, who allocated it, location and whether it is picked. Delete cancels the selected line</source>
            <translation>Líneas del pedido por SKU: cantidad, lote, quién la asignó, ubicación y si está preparada. Supr cancela la línea seleccionada</translation>
        </message>
        <message>
            <source>Orders error</source>
            <translation>Error de pedidos</translation>
        </message>
        <message>
            <source>↓ moves to the lines; Delete cancels the selected line (every part of it) or withdraws a waiting one; Ctrl+P prints the pick list, Ctrl+Shift+P saves it as PDF</source>
            <translation>↓ pasa a las líneas; Supr cancela la línea seleccionada (todas sus partes) o retira una en espera; Ctrl+P imprime la lista de preparación, Ctrl+Mayús+P la guarda como PDF</translation>
        </message>
        <message>
            <source>Withdraw waiting line</source>
            <translation>Retirar línea en espera</translation>
        </message>
        <message>
            <source>Withdraw line</source>
            <translation>Retirar línea</translation>
        </message>
        <message>
            <source>Keep waiting</source>
            <translation>Dejar en espera</translation>
        </message>
        <message>
            <source>Withdraw {orderid}'s {qty} × {sku}, waiting for stock since {since}?

It is no longer allocated when stock arrives.</source>
            <translation>¿Retirar {qty} × {sku} del pedido {orderid}, en espera de stock desde {since}?

Ya no se asignará cuando llegue stock.</translation>
        </message>
        <message>
            <source>Cancel order line</source>
            <translation>Cancelar línea de pedido</translation>
        </message>
        <message>
            <source>Cancel line</source>
            <translation>Cancelar línea</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>No cancelar</translation>
        </message>
        <message>
            <source>Cancel {orderid}'s {qty} × {sku} from batch {batch}?

The stock becomes available again (to lines waiting for it first); the line is not allocated elsewhere.</source>
            <translation>¿Cancelar {qty} × {sku} del pedido {orderid} del lote {batch}?

El stock vuelve a estar disponible (primero para las líneas que lo esperan); la línea no se asigna a otro lote.</translation>
        </message>
        <message>
            <source>Cancel {orderid}'s {qty} × {sku} ({parts})?

The stock becomes available again (to lines waiting for it first); the line is not allocated elsewhere.</source>
            <translation>¿Cancelar {qty} × {sku} del pedido {orderid} ({parts})?

El stock vuelve a estar disponible (primero para las líneas que lo esperan); la línea no se asigna a otro lote.</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>Correcting or cancelling a batch needs a supervisor</source>
            <translation>Corregir o cancelar un lote requiere un supervisor</translation>
        </message>
        <message>
            <source>Importing batches needs a supervisor</source>
            <translation>Importar lotes requiere un supervisor</translation>
        </message>
        <message>
            <source>Setting a low-stock threshold needs a supervisor</source>
            <translation>Fijar un umbral de stock bajo requiere un supervisor</translation>
        </message>
        <message>
            <source>Adding a person needs an admin</source>
            <translation>Añadir una persona requiere un administrador</translation>
        </message>
        <message>
            <source>Changing a person's role needs an admin</source>
            <translation>Cambiar el rol de una persona requiere un administrador</translation>
        </message>
        <message>
            <source>Disabling a person needs an admin</source>
            <translation>Desactivar a una persona requiere un administrador</translation>
        </message>
        <message>
            <source>{command} needs {role}</source>
            <translation>{command} requiere {role}</translation>
        </message>
    </context>
    <context>
        <name>PeopleControls</name>
        <message>
            <source>Nobody signs in here: this database has no people yet (Ctrl+U adds the first)</source>
            <translation>Sin inicio de sesión: esta base de datos aún no tiene personas (Ctrl+U añade la primera)</translation>
        </message>
        <message>
            <source>Signed out: the next person signs in here</source>
            <translation>Sesión cerrada: la siguiente persona inicia sesión aquí</translation>
        </message>
        <message>
            <source>Approval withdrawn</source>
            <translation>Aprobación retirada</translation>
        </message>
        <message>
            <source>Signed in: {person}</source>
            <translation>Sesión iniciada: {person}</translation>
        </message>
        <message>
            <source>Approved by {approver} for one action</source>
            <translation>Aprobado por {approver} para una acción</translation>
        </message>
    </context>
    <context>
        <name>PeopleDialog</name>
        <message>
            <source>Login</source>
            <translation>Usuario</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>May sign in</source>
            <translation>Acceso</translation>
        </message>
        <message>
            <source>{name} is a clerk now</source>
            <translation>{name} ahora es operario</translation>
        </message>
        <message>
            <source>{name} is a supervisor now</source>
            <translation>{name} ahora es supervisor</translation>
        </message>
        <message>
            <source>{name} is an admin now</source>
            <translation>{name} ahora es administrador</translation>
        </message>
        <message>
            <source>This database has no people yet: the first person must be an admin, and adding them turns sign-in on at every desk.</source>
            <translation>Esta base de datos aún no tiene personas: la primera debe ser un administrador, y al añadirla se activa el inicio de sesión en todos los puestos.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Who signs in here: login, name, role and whether they may sign in; select a person to change their role or disable them.</source>
            <translation>Quién inicia sesión aquí: usuario, nombre, rol y si puede iniciar sesión; seleccione una persona para cambiar su rol o desactivarla.</translation>
        </message>
        <message>
            <source>P&amp;eople</source>
            <translation>P&amp;ersonas</translation>
        </message>
        <message>
            <source>New role of the selected person</source>
            <translation>Nuevo rol de la persona seleccionada</translation>
        </message>
        <message>
            <source>Set &amp;role</source>
            <translation>Cambiar &amp;rol</translation>
        </message>
        <message>
            <source>Set the role of the selected person</source>
            <translation>Cambiar el rol de la persona seleccionada</translation>
        </message>
        <message>
            <source>&amp;Disable…</source>
            <translation>&amp;Desactivar…</translation>
        </message>
        <message>
            <source>Disable the selected person</source>
            <translation>Desactivar a la persona seleccionada</translation>
        </message>
        <message>
            <source>Ro&amp;le of the selected person</source>
            <translation>Ro&amp;l de la persona seleccionada</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Añadir una persona</translation>
        </message>
        <message>
            <source>Lo&amp;gin</source>
            <translation>U&amp;suario</translation>
        </message>
        <message>
            <source>the badge's barcode, e.g. anna</source>
            <translation>el código de barras de la tarjeta, p. ej. anna</translation>
        </message>
        <message>
            <source>New person's login</source>
            <translation>Usuario de la nueva persona</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>e.g. Anna Kowalska</source>
            <translation>p. ej. Anna Kowalska</translation>
        </message>
        <message>
            <source>New person's name</source>
            <translation>Nombre de la nueva persona</translation>
        </message>
        <message>
            <source>Role of the new person</source>
            <translation>Rol de la nueva persona</translation>
        </message>
        <message>
            <source>R&amp;ole</source>
            <translation>R&amp;ol</translation>
        </message>
        <message>
            <source>4 to 12 digits</source>
            <translation>de 4 a 12 dígitos</translation>
        </message>
        <message>
            <source>&amp;PIN</source>
            <translation>&amp;PIN</translation>
        </message>
        <message>
            <source>New person's PIN</source>
            <translation>PIN de la nueva persona</translation>
        </message>
        <message>
            <source>Confir&amp;m PIN</source>
            <translation>Confir&amp;mar PIN</translation>
        </message>
        <message>
            <source>New person's PIN again, to confirm it</source>
            <translation>PIN de la nueva persona otra vez, para confirmarlo</translation>
        </message>
        <message>
            <source>&amp;Add person</source>
            <translation>&amp;Añadir persona</translation>
        </message>
        <message>
            <source>People message</source>
            <translation>Mensaje de personas</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Qué se ha hecho</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>The two PINs differ: type the same PIN twice</source>
            <translation>Los dos PIN no coinciden: escriba el mismo PIN dos veces</translation>
        </message>
        <message>
            <source>Added {login}: {name}, {role}</source>
            <translation>Añadido {login}: {name}, {role}</translation>
        </message>
        <message>
            <source>Disable {login} ({name})?

They may no longer sign in. They stay in the list, and the history keeps their name.</source>
            <translation>¿Desactivar a {login} ({name})?

Ya no podrá iniciar sesión. Seguirá en la lista y el historial conserva su nombre.</translation>
        </message>
        <message>
            <source>Disable a person</source>
            <translation>Desactivar a una persona</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Desactivar</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>No desactivar</translation>
        </message>
        <message>
            <source>{login} may no longer sign in</source>
            <translation>{login} ya no puede iniciar sesión</translation>
        </message>
    </context>
    <context>
        <name>PeopleStore</name>
        <message>
            <source>{login} is already a person here</source>
            <translation>{login} ya existe aquí</translation>
        </message>
        <message>
            <source>A database role named {login} exists already: choose another login</source>
            <translation>Ya existe un rol de base de datos llamado {login}: elija otro usuario</translation>
        </message>
        <message>
            <source>No one signs in as {login} here: check the badge, or ask an admin to add them</source>
            <translation>Aquí no existe el usuario {login}: compruebe la tarjeta o pida a un administrador que lo dé de alta</translation>
        </message>
    </context>
    <context>
        <name>Pick</name>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Lote</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Picked</source>
            <translation>Preparado</translation>
        </message>
        <message>
            <source>Bin or batch</source>
            <translation>Ubicación o lote</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Contado</translation>
        </message>
        <message>
            <source>Scan the order ID at the top of its pick list, or type it and press Enter</source>
            <translation>Escanee el n.º de pedido de la parte superior de su lista de preparación, o escríbalo y pulse Intro</translation>
        </message>
        <message>
            <source>Wrong bin or batch: {text} — expected bin {location} or batch {batch}</source>
            <translation>Ubicación o lote incorrecto: {text} — se esperaba la ubicación {location} o el lote {batch}</translation>
        </message>
        <message>
            <source>Wrong bin or batch: {text} — expected batch {batch} (its bin is not known)</source>
            <translation>Ubicación o lote incorrecto: {text} — se esperaba el lote {batch} (se desconoce su ubicación)</translation>
        </message>
    </context>
    <context>
        <name>PickList</name>
        <message>
            <source>picked</source>
            <translation>preparado</translation>
        </message>
        <message>
            <source>not in yet — arrives {day}</source>
            <translation>aún no ha llegado — llega el {day}</translation>
        </message>
        <message>
            <source>part {part} of {parts}: {qty} in all</source>
            <translation>parte {part} de {parts}: {qty} en total</translation>
        </message>
        <message>
            <source>since {day} {time}</source>
            <translation>desde {day} {time}</translation>
        </message>
        <message>
            <source>Pick list — {order}</source>
            <translation>Lista de preparación — {order}</translation>
        </message>
    </context>
    <context>
        <name>PickListCommands</name>
        <message>
            <source>Printed the pick list of {order} on {where}</source>
            <translation>Lista de preparación de {order} impresa en {where}</translation>
        </message>
        <message>
            <source>Saved the pick list of {order} to {path}</source>
            <translation>Lista de preparación de {order} guardada en {path}</translation>
        </message>
        <message>
            <source>Nothing to pick: {order} has no allocated lines</source>
            <translation>Nada que preparar: {order} no tiene líneas asignadas</translation>
        </message>
        <message>
            <source>No order shown: type its ID here and press Enter, then Ctrl+P prints its pick list (Ctrl+Shift+P saves it as PDF)</source>
            <translation>No se muestra ningún pedido: escriba aquí su n.º y pulse Intro; luego Ctrl+P imprime su lista de preparación (Ctrl+Mayús+P la guarda como PDF)</translation>
        </message>
    </context>
    <context>
        <name>PickListPages</name>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Lote</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Cant.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Waiting for stock — not to pick</source>
            <translation>En espera de stock — no preparar</translation>
        </message>
        <message>
            <source>Printed {day} {time} at station {station} by {operator}</source>
            <translation>Impreso el {day} a las {time} en el puesto {station} por {operator}</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s), {units}</source>
            <translation>
                <numerusform>%n línea, {units}</numerusform>
                <numerusform>%n líneas, {units}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln unit(s)</source>
            <translation>
                <numerusform>%Ln unidad</numerusform>
                <numerusform>%Ln unidades</numerusform>
            </translation>
        </message>
        <message>
            <source>in walking order (by location)</source>
            <translation>en orden de recorrido (por ubicación)</translation>
        </message>
        <message numerus="yes">
            <source>%n picked already</source>
            <translation>
                <numerusform>%n ya preparada</numerusform>
                <numerusform>%n ya preparadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) waiting for stock, not to pick</source>
            <translation>
                <numerusform>%n línea en espera de stock, no preparar</numerusform>
                <numerusform>%n líneas en espera de stock, no preparar</numerusform>
            </translation>
        </message>
        <message>
            <source>Picked by ______________________     Checked by ______________________</source>
            <translation>Preparado por ______________________     Revisado por ______________________</translation>
        </message>
        <message>
            <source>{title} — page {page} of {pages}</source>
            <translation>{title} — página {page} de {pages}</translation>
        </message>
    </context>
    <context>
        <name>PickView</name>
        <message>
            <source>Order to pick</source>
            <translation>Pedido a preparar</translation>
        </message>
        <message>
            <source>Scan the barcode at the top of a pick list, or type the order ID and press Enter: its parts come up in walking order</source>
            <translation>Escanee el código de barras de la parte superior de una lista de preparación, o escriba el n.º de pedido y pulse Intro: sus partes aparecen en orden de recorrido</translation>
        </message>
        <message>
            <source>scan the pick list's barcode</source>
            <translation>escanee el código de barras de la lista de preparación</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Parts to pick, in walking order</source>
            <translation>Partes a preparar, en orden de recorrido</translation>
        </message>
        <message>
            <source>Scan</source>
            <translation>Escanear</translation>
        </message>
        <message>
            <source>What to scan</source>
            <translation>Qué escanear</translation>
        </message>
        <message>
            <source>Pick scan</source>
            <translation>Escaneo de preparación</translation>
        </message>
        <message>
            <source>Scan the bin's or the batch's label, then the SKU; Enter confirms the quantity. {key} reports a shortage; Esc goes back</source>
            <translation>Escanee la etiqueta de la ubicación o del lote y luego el SKU; Intro confirma la cantidad. {key} notifica un faltante; Esc vuelve atrás</translation>
        </message>
        <message>
            <source>Pick error</source>
            <translation>Error de preparación</translation>
        </message>
        <message>
            <source>Each part: the bin's or the batch's label, then the SKU, then Enter confirms the quantity. {key}: the bin holds fewer (report a shortage); Esc: back; Ctrl+Z puts the last pick back</source>
            <translation>Cada parte: la etiqueta de la ubicación o del lote, luego el SKU y luego Intro confirma la cantidad. {key}: la ubicación tiene menos (notificar un faltante); Esc: atrás; Ctrl+Z devuelve la última preparación</translation>
        </message>
        <message>
            <source>No part to report a shortage of: scan an order's pick list first</source>
            <translation>No hay ninguna parte de la que notificar un faltante: escanee antes la lista de preparación de un pedido</translation>
        </message>
        <message>
            <source>Reading {orderid}…</source>
            <translation>Leyendo {orderid}…</translation>
        </message>
        <message>
            <source>{orderid} has nothing left to pick: scan the next pick list</source>
            <translation>Al pedido {orderid} no le queda nada por preparar: escanee la siguiente lista de preparación</translation>
        </message>
        <message>
            <source>Wrong product: {text} — expected SKU {sku} from {batch}</source>
            <translation>Producto incorrecto: {text} — se esperaba el SKU {sku} del lote {batch}</translation>
        </message>
        <message>
            <source>Take all {qty} × {sku} from {batch}, not {text}: this part is {qty}. Fewer there? {key} reports a shortage</source>
            <translation>Tome el total de {qty} × {sku} del lote {batch}, no {text}: esta parte es de {qty}. ¿Hay menos? {key} notifica un faltante</translation>
        </message>
        <message>
            <source>Counted {rule}</source>
            <translation>La cantidad contada {rule}</translation>
        </message>
        <message>
            <source>Nothing to pick: {orderid} has no allocated lines</source>
            <translation>Nada que preparar: {orderid} no tiene líneas asignadas</translation>
        </message>
        <message>
            <source>Every part of {orderid} scanned: saving the last picks…</source>
            <translation>Todas las partes de {orderid} escaneadas: guardando las últimas preparaciones…</translation>
        </message>
        <message>
            <source>{orderid} is picked: scan the next pick list</source>
            <translation>Pedido {orderid} preparado: escanee la siguiente lista de preparación</translation>
        </message>
        <message>
            <source>{orderid}: nothing to pick</source>
            <translation>{orderid}: nada que preparar</translation>
        </message>
        <message>
            <source>Go to {location}: scan the bin label or batch {batch}'s label</source>
            <translation>Vaya a {location}: escanee la etiqueta de la ubicación o la del lote {batch}</translation>
        </message>
        <message>
            <source>bin or batch label</source>
            <translation>etiqueta de ubicación o lote</translation>
        </message>
        <message>
            <source>Find batch {batch}: scan the bin label or batch {batch}'s label</source>
            <translation>Busque el lote {batch}: escanee la etiqueta de la ubicación o la del lote {batch}</translation>
        </message>
        <message>
            <source>{batch}: scan the SKU {sku}</source>
            <translation>{batch}: escanee el SKU {sku}</translation>
        </message>
        <message>
            <source>the product's SKU</source>
            <translation>el SKU del producto</translation>
        </message>
        <message>
            <source>Take {qty} × {sku} from {batch}: Enter confirms</source>
            <translation>Tome {qty} × {sku} del lote {batch}: Intro confirma</translation>
        </message>
        <message>
            <source>Enter confirms</source>
            <translation>Intro confirma</translation>
        </message>
        <message>
            <source>How many {sku} are in batch {batch}? Type the count; Enter reports the shortage (Esc: back)</source>
            <translation>¿Cuántas unidades de {sku} hay en el lote {batch}? Escriba el recuento; Intro notifica el faltante (Esc: atrás)</translation>
        </message>
        <message>
            <source>units counted</source>
            <translation>unidades contadas</translation>
        </message>
        <message numerus="yes">
            <source>{orderid}: {done} of %Ln part(s) picked</source>
            <translation>
                <numerusform>{orderid}: {done} de %Ln parte preparada</numerusform>
                <numerusform>{orderid}: {done} de %Ln partes preparadas</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ picked</source>
            <translation>✓ preparado</translation>
        </message>
        <message>
            <source>✓ saving…</source>
            <translation>✓ guardando…</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>&amp;Flash the form: green when a scan goes through, red when not</source>
            <translation>&amp;Destello en el formulario: verde si se acepta el escaneo, rojo si no</translation>
        </message>
        <message>
            <source>&amp;Beep: once when a scan goes through, twice when not</source>
            <translation>&amp;Pitido: uno si se acepta el escaneo, dos si no</translation>
        </message>
        <message>
            <source>The beep is the system bell: if the desktop silences it, nothing is heard.</source>
            <translation>El pitido es la campana del sistema: si el escritorio la silencia, no se oye nada.</translation>
        </message>
        <message>
            <source>When a scan is confirmed</source>
            <translation>Al confirmarse un escaneo</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Sign out after minutes without a key or a click</source>
            <translation>Minutos sin pulsar teclas ni hacer clic antes de cerrar la sesión</translation>
        </message>
        <message>
            <source>&amp;Sign out after</source>
            <translation>&amp;Cerrar sesión tras</translation>
        </message>
        <message>
            <source>without a key or a click</source>
            <translation>sin pulsar teclas ni hacer clic</translation>
        </message>
        <message>
            <source>Where people sign in</source>
            <translation>Inicio de sesión</translation>
        </message>
        <message>
            <source>Set to {minutes} min by {variable} on this desk.</source>
            <translation>Fijado en {minutes} min por {variable} en este puesto.</translation>
        </message>
        <message>
            <source>Size of the labels this desk prints</source>
            <translation>Tamaño de las etiquetas que imprime este puesto</translation>
        </message>
        <message>
            <source>&amp;Label size</source>
            <translation>&amp;Tamaño de etiqueta</translation>
        </message>
        <message>
            <source>Labels (F6, F7, F9)</source>
            <translation>Etiquetas (F6, F7, F9)</translation>
        </message>
        <message>
            <source>As the desktop ({language})</source>
            <translation>Como el escritorio ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language of the window, from the next start.</source>
            <translation>El idioma de la ventana, a partir del próximo inicio.</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Set to {value} by {variable} on this desk.</source>
            <translation>Fijado en {value} por {variable} en este puesto.</translation>
        </message>
        <message>
            <source>A new language shows when Warehouse GUI is next started.</source>
            <translation>El nuevo idioma se aplicará la próxima vez que se inicie Warehouse GUI.</translation>
        </message>
        <message>
            <source>&amp;High contrast: white and yellow on black</source>
            <translation>&amp;Alto contraste: blanco y amarillo sobre negro</translation>
        </message>
        <message>
            <source>Shows the window in high contrast at once.</source>
            <translation>Muestra la ventana en alto contraste al instante.</translation>
        </message>
        <message>
            <source>Language and display</source>
            <translation>Idioma y visualización</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Print pick list</source>
            <translation>Imprimir lista de preparación</translation>
        </message>
        <message>
            <source>Save pick list as PDF</source>
            <translation>Guardar lista de preparación como PDF</translation>
        </message>
        <message>
            <source>Print labels</source>
            <translation>Imprimir etiquetas</translation>
        </message>
        <message>
            <source>Save labels as PDF</source>
            <translation>Guardar etiquetas como PDF</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>la impresora</translation>
        </message>
        <message>
            <source>Could not save {path}: the folder {folder} does not exist</source>
            <translation>No se pudo guardar {path}: la carpeta {folder} no existe</translation>
        </message>
        <message>
            <source>Could not save {path}: the file could not be written there</source>
            <translation>No se pudo guardar {path}: no se pudo escribir el archivo allí</translation>
        </message>
        <message>
            <source>No labels to print: choose a batch or a bin</source>
            <translation>No hay etiquetas que imprimir: elija un lote o una ubicación</translation>
        </message>
    </context>
    <context>
        <name>RefusedScans</name>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Formulario</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
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
            <translation>Motivo del rechazo del escaneo</translation>
        </message>
        <message>
            <source>Enter: correct in its form · Ctrl+Enter: send again · Delete: dismiss</source>
            <translation>Intro: corregir en su formulario · Ctrl+Intro: reenviar · Supr: descartar</translation>
        </message>
        <message>
            <source>Refused scans</source>
            <translation>Escaneos rechazados</translation>
        </message>
        <message>
            <source>Lines refused after the next scan had begun. Enter corrects the current one in its form, Ctrl+Enter sends it again as it is, Delete dismisses it.</source>
            <translation>Líneas rechazadas cuando ya había empezado el siguiente escaneo. Intro corrige la actual en su formulario, Ctrl+Intro la reenvía tal cual y Supr la descarta.</translation>
        </message>
        <message numerus="yes">
            <source>Refused scans (Ctrl+R) — %n waiting</source>
            <translation>
                <numerusform>Escaneos rechazados (Ctrl+R) — %n pendiente</numerusform>
                <numerusform>Escaneos rechazados (Ctrl+R) — %n pendientes</numerusform>
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
            <translation>un operario</translation>
        </message>
        <message>
            <source>a supervisor</source>
            <translation>un supervisor</translation>
        </message>
        <message>
            <source>an admin</source>
            <translation>un administrador</translation>
        </message>
        <message>
            <source>clerk</source>
            <translation>operario</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>supervisor</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>administrador</translation>
        </message>
    </context>
    <context>
        <name>ScanSafeCompleter</name>
        <message>
            <source>{field} suggestions</source>
            <translation>Sugerencias de {field}</translation>
        </message>
        <message>
            <source>Known SKUs that contain what was typed. Up and Down choose one, Enter takes it; Enter without a choice keeps exactly what was typed.</source>
            <translation>SKU conocidos que contienen lo escrito. Arriba y Abajo eligen uno, Intro lo acepta; Intro sin elegir conserva exactamente lo escrito.</translation>
        </message>
    </context>
    <context>
        <name>Schema</name>
        <message>
            <source>This database was changed by a newer version of Warehouse GUI (schema revision {revision}; this version knows up to {head}). Use the newer version; nothing was changed.</source>
            <translation>Esta base de datos la modificó una versión más reciente de Warehouse GUI (revisión de esquema {revision}; esta versión conoce hasta la {head}). Use la versión más reciente; no se ha modificado nada.</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <source>This database has people now: sign in to work here</source>
            <translation>Esta base de datos ya tiene personas: inicie sesión para trabajar aquí</translation>
        </message>
        <message>
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <source>Sign in first: this database has people, and every action names who did it</source>
            <translation>Inicie sesión primero: esta base de datos tiene personas y cada acción registra quién la hizo</translation>
        </message>
        <message>
            <source>{why} — Ctrl+Shift+A: a supervisor approves</source>
            <translation>{why} — Ctrl+Mayús+A: un supervisor aprueba</translation>
        </message>
        <message>
            <source>An admin changed your role to {role}: sign in again</source>
            <translation>Un administrador cambió su rol a {role}: inicie sesión de nuevo</translation>
        </message>
        <message>
            <source>An admin disabled your login: you may no longer sign in here</source>
            <translation>Un administrador desactivó su usuario: ya no puede iniciar sesión aquí</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>Qué hace</translation>
        </message>
        <message>
            <source>Every key the application answers to, and what it does</source>
            <translation>Todas las teclas a las que responde la aplicación y qué hace cada una</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <source>Scan your badge (or type your login and press Enter), then type your PIN and press Enter.</source>
            <translation>Escanee su tarjeta (o escriba su usuario y pulse Intro) y luego escriba su PIN y pulse Intro.</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Iniciar sesión</translation>
        </message>
        <message>
            <source>Signs in with the login and PIN given</source>
            <translation>Inicia sesión con el usuario y el PIN indicados</translation>
        </message>
        <message>
            <source>Sign-in message</source>
            <translation>Mensaje de inicio de sesión</translation>
        </message>
    </context>
    <context>
        <name>SqliteBackup</name>
        <message>
            <source>unknown reason</source>
            <translation>motivo desconocido</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Loading batches…</source>
            <translation>Cargando lotes…</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Last result</source>
            <translation>Último resultado</translation>
        </message>
        <message>
            <source>Commands pending</source>
            <translation>Comandos pendientes</translation>
        </message>
        <message>
            <source>How many commands are still on their way to the database</source>
            <translation>Cuántos comandos siguen de camino a la base de datos</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Sesión iniciada</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Conectando…</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Conexión</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Base de datos: {database}</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Sin sesión iniciada</translation>
        </message>
        <message>
            <source>Signed in: {person}</source>
            <translation>Sesión iniciada: {person}</translation>
        </message>
        <message numerus="yes">
            <source>⏳ %n pending</source>
            <translation>
                <numerusform>⏳ %n pendiente</numerusform>
                <numerusform>⏳ %n pendientes</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ All saved</source>
            <translation>✓ Todo guardado</translation>
        </message>
        <message>
            <source>⚠ Not connected — trying again…</source>
            <translation>⚠ Sin conexión — reintentando…</translation>
        </message>
        <message>
            <source>Read-only: {why}</source>
            <translation>Solo lectura: {why}</translation>
        </message>
        <message>
            <source>⚠ Read-only</source>
            <translation>⚠ Solo lectura</translation>
        </message>
        <message>
            <source>● Connected</source>
            <translation>● Conectado</translation>
        </message>
        <message>
            <source>The database is reachable</source>
            <translation>La base de datos es accesible</translation>
        </message>
        <message>
            <source>Connected to the database</source>
            <translation>Conectado a la base de datos</translation>
        </message>
        <message>
            <source>⚠ Disconnected — reconnecting…</source>
            <translation>⚠ Desconectado — reconectando…</translation>
        </message>
        <message>
            <source>The database cannot be reached: {detail}</source>
            <translation>No se puede acceder a la base de datos: {detail}</translation>
        </message>
        <message>
            <source>Last backup</source>
            <translation>Última copia de seguridad</translation>
        </message>
    </context>
    <context>
        <name>StockChart</name>
        <message>
            <source>Stock picture</source>
            <translation>Vista de stock</translation>
        </message>
        <message>
            <source>Batch {reference}, {arrival}: {purchased} purchased, {allocated} allocated, {available} available</source>
            <translation>Lote {reference}, {arrival}: {purchased} comprados, {allocated} asignados, {available} disponibles</translation>
        </message>
        <message>
            <source>{available} available</source>
            <translation>{available} disponibles</translation>
        </message>
        <message>
            <source>{allocated} of {purchased} allocated</source>
            <translation>{allocated} de {purchased} asignados</translation>
        </message>
    </context>
    <context>
        <name>StockPicture</name>
        <message>
            <source>{sku}: no batches</source>
            <translation>{sku}: sin lotes</translation>
        </message>
        <message>
            <source>{summary}; {clause}</source>
            <translation>{summary}; {clause}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) ({units} units) waiting for stock</source>
            <translation>
                <numerusform>%Ln línea ({units} unidades) en espera de stock</numerusform>
                <numerusform>%Ln líneas ({units} unidades) en espera de stock</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{sku}: %Ln batch(es) — {purchased} purchased, {allocated} allocated, {available} available ({in_stock} in stock, {arriving} arriving)</source>
            <translation>
                <numerusform>{sku}: %Ln lote — {purchased} comprados, {allocated} asignados, {available} disponibles ({in_stock} en stock, {arriving} en camino)</numerusform>
                <numerusform>{sku}: %Ln lotes — {purchased} comprados, {allocated} asignados, {available} disponibles ({in_stock} en stock, {arriving} en camino)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>warns when fewer than %Ln are available — below it now</source>
            <translation>
                <numerusform>avisa cuando hay menos de %Ln disponible — ahora está por debajo</numerusform>
                <numerusform>avisa cuando hay menos de %Ln disponibles — ahora está por debajo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>warns when fewer than %Ln are available</source>
            <translation>
                <numerusform>avisa cuando hay menos de %Ln disponible</numerusform>
                <numerusform>avisa cuando hay menos de %Ln disponibles</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StockView</name>
        <message>
            <source>Type a SKU above and press Enter, or select a batch in the Batches tab (Ctrl+B): its SKU's batches are pictured here.</source>
            <translation>Escriba un SKU arriba y pulse Intro, o seleccione un lote en la pestaña Lotes (Ctrl+B): aquí se representan los lotes de su SKU.</translation>
        </message>
        <message>
            <source>SKU to picture</source>
            <translation>SKU a mostrar</translation>
        </message>
        <message>
            <source>Type or scan a SKU and press Enter to picture its batches; Down moves to the picture</source>
            <translation>Escriba o escanee un SKU y pulse Intro para ver sus lotes en el gráfico; Abajo pasa al gráfico</translation>
        </message>
        <message>
            <source>SKU, then Enter</source>
            <translation>SKU, luego Intro</translation>
        </message>
        <message>
            <source>SKU to sho&amp;w</source>
            <translation>&amp;Buscar SKU</translation>
        </message>
        <message>
            <source>Stock totals</source>
            <translation>Totales de stock</translation>
        </message>
        <message>
            <source>Stock picture</source>
            <translation>Vista de stock</translation>
        </message>
        <message>
            <source>Stock picture error</source>
            <translation>Error de la vista de stock</translation>
        </message>
        <message>
            <source>Batches in allocation order: in stock first, then by arrival. ↓ moves to the picture; Page Up/Down scroll it</source>
            <translation>Lotes en orden de asignación: primero los que están en stock, luego por llegada. ↓ pasa al gráfico; RePág/AvPág lo desplazan</translation>
        </message>
        <message>
            <source>No batch of SKU {sku} is known: check the SKU, or receive a batch of it with Ctrl+N (the picture appears as soon as one exists).</source>
            <translation>No se conoce ningún lote del SKU {sku}: compruebe el SKU o reciba un lote con Ctrl+N (el gráfico aparece en cuanto exista uno).</translation>
        </message>
        <message>
            <source>No batches of {sku}</source>
            <translation>No hay lotes de {sku}</translation>
        </message>
    </context>
    <context>
        <name>UndoHistory</name>
        <message>
            <source>Still undoing the {what}: wait a moment</source>
            <translation>Aún se está deshaciendo {what}: espere un momento</translation>
        </message>
        <message>
            <source>Your last action is still being saved: press Ctrl+Z again once it is</source>
            <translation>Su última acción aún se está guardando: pulse Ctrl+Z de nuevo cuando termine</translation>
        </message>
        <message>
            <source>Nothing to undo: only this workstation's own actions since it started can be undone</source>
            <translation>Nada que deshacer: solo se pueden deshacer las acciones de este puesto desde que se inició</translation>
        </message>
        <message>
            <source>Could not undo the {what} now: {why}, then press Ctrl+Z again. It stays on the undo list.</source>
            <translation>No se pudo deshacer {what} ahora: {why}; luego pulse Ctrl+Z de nuevo. Sigue en la lista de deshacer.</translation>
        </message>
        <message>
            <source>Could not undo the {what} now: not connected to the database. It stays on the undo list: press Ctrl+Z again once connected.</source>
            <translation>No se pudo deshacer {what} ahora: no hay conexión con la base de datos. Sigue en la lista de deshacer: pulse Ctrl+Z de nuevo cuando haya conexión.</translation>
        </message>
        <message>
            <source>{what} cannot be undone: {reason}</source>
            <translation>No se puede deshacer {what}: {reason}</translation>
        </message>
        <message>
            <source>Undone: {what} — {how}</source>
            <translation>Deshecho: {what} — {how}</translation>
        </message>
        <message>
            <source>Could not undo the {what}: {why}. Nothing was changed, and it is off the undo list.</source>
            <translation>No se pudo deshacer {what}: {why}. No se ha modificado nada y ya no está en la lista de deshacer.</translation>
        </message>
    </context>
    <context>
        <name>UndoItem</name>
        <message>
            <source>Nothing to undo</source>
            <translation>Nada que deshacer</translation>
        </message>
        <message>
            <source>&amp;Undo {what} (cannot be undone)</source>
            <translation>&amp;Deshacer {what} (no se puede deshacer)</translation>
        </message>
        <message>
            <source>&amp;Undo {what}</source>
            <translation>&amp;Deshacer {what}</translation>
        </message>
    </context>
    <context>
        <name>UnitOfWork</name>
        <message>
            <source>Another workstation changed the same data first ({error})</source>
            <translation>Otro puesto modificó antes los mismos datos ({error})</translation>
        </message>
        <message>
            <source>The database asked to try again ({sqlstate})</source>
            <translation>La base de datos pidió reintentar ({sqlstate})</translation>
        </message>
        <message>
            <source>The database was busy with another writer</source>
            <translation>La base de datos estaba ocupada con otra escritura</translation>
        </message>
        <message>
            <source>The database server has no free connection for this desk right now ({detail}). Nothing was saved; try again in a moment.</source>
            <translation>El servidor de base de datos no tiene ahora ninguna conexión libre para este puesto ({detail}). No se ha guardado nada; inténtelo de nuevo en un momento.</translation>
        </message>
        <message>
            <source>The database's disk is full ({detail}). Nothing was saved; free some space on the database's disk and try again.</source>
            <translation>El disco de la base de datos está lleno ({detail}). No se ha guardado nada; libere espacio en el disco de la base de datos e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The connection to the database was lost ({detail}). Nothing was saved; try again.</source>
            <translation>Se perdió la conexión con la base de datos ({detail}). No se ha guardado nada; inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The database cannot be reached ({detail}). Nothing was saved; try again when it is back.</source>
            <translation>No se puede acceder a la base de datos ({detail}). No se ha guardado nada; inténtelo de nuevo cuando vuelva a estar disponible.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>must be text, got {type}</source>
            <translation>debe ser texto, se recibió {type}</translation>
        </message>
        <message>
            <source>must not be blank</source>
            <translation>no puede quedar en blanco</translation>
        </message>
        <message>
            <source>must be at most {most} characters, got {length}</source>
            <translation>debe tener como máximo {most} caracteres, tiene {length}</translation>
        </message>
        <message>
            <source>must not contain control or invisible characters (found {character})</source>
            <translation>no debe contener caracteres de control ni invisibles (se encontró {character})</translation>
        </message>
        <message>
            <source>must be a whole number of at least 1, got {got}</source>
            <translation>debe ser un número entero de al menos 1, se recibió {got}</translation>
        </message>
        <message>
            <source>must be a whole number, 0 or more, got {got}</source>
            <translation>debe ser un número entero, 0 o mayor, se recibió {got}</translation>
        </message>
        <message>
            <source>must be a whole number, 0 to cancel the batch, got {got}</source>
            <translation>debe ser un número entero, 0 para cancelar el lote, se recibió {got}</translation>
        </message>
        <message>
            <source>is larger than any stock this app can record, got {got}</source>
            <translation>supera cualquier stock que esta aplicación pueda registrar, se recibió {got}</translation>
        </message>
        <message>
            <source>must be a date as YYYY-MM-DD, got {got}</source>
            <translation>debe ser una fecha con formato AAAA-MM-DD, se recibió {got}</translation>
        </message>
        <message>
            <source>{date} is not a real calendar date</source>
            <translation>{date} no es una fecha válida del calendario</translation>
        </message>
        <message>
            <source>must be 1 to 32 letters, digits, '.', '_' or '-', starting with a letter, got {got}</source>
            <translation>debe tener de 1 a 32 letras, dígitos, '.', '_' o '-', empezando por una letra, se recibió {got}</translation>
        </message>
        <message>
            <source>{login} is reserved by the database; choose another</source>
            <translation>{login} está reservado por la base de datos; elija otro</translation>
        </message>
        <message>
            <source>must be 4 to 12 digits</source>
            <translation>debe tener de 4 a 12 dígitos</translation>
        </message>
        <message>
            <source>must be clerk, supervisor or admin, got {got}</source>
            <translation>debe ser operario, supervisor o administrador, se recibió {got}</translation>
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
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Waiting since</source>
            <translation>En espera desde</translation>
        </message>
        <message>
            <source>Waited</source>
            <translation>Espera</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) {hours} h</source>
            <translation>
                <numerusform>%n día {hours} h</numerusform>
                <numerusform>%n días {hours} h</numerusform>
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
            <translation>{qty} × {sku} del pedido {orderid} en espera de stock desde {since}</translation>
        </message>
        <message>
            <source>No order line is waiting for stock</source>
            <translation>Ninguna línea de pedido en espera de stock</translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) ({units} units) of {skus} waiting for stock; each SKU's oldest are allocated first when stock arrives</source>
            <translation>
                <numerusform>%Ln línea ({units} unidades) de {skus} en espera de stock; al llegar stock se asignan primero las más antiguas de cada SKU</numerusform>
                <numerusform>%Ln líneas ({units} unidades) de {skus} en espera de stock; al llegar stock se asignan primero las más antiguas de cada SKU</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln SKU(s)</source>
            <translation>
                <numerusform>%Ln SKU</numerusform>
                <numerusform>%Ln SKU</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WaitingLinesView</name>
        <message>
            <source>Order lines waiting for stock</source>
            <translation>Líneas de pedido en espera de stock</translation>
        </message>
        <message>
            <source>By SKU, oldest first. Enter opens the selected line's order; Delete withdraws the line</source>
            <translation>Por SKU, las más antiguas primero. Intro abre el pedido de la línea seleccionada; Supr retira la línea</translation>
        </message>
        <message>
            <source>Waiting lines error</source>
            <translation>Error de líneas en espera</translation>
        </message>
        <message>
            <source>Enter opens the selected line's order in the Orders tab; Delete withdraws the line (it is no longer allocated when stock arrives)</source>
            <translation>Intro abre el pedido de la línea seleccionada en la pestaña Pedidos; Supr retira la línea (ya no se asignará cuando llegue stock)</translation>
        </message>
        <message>
            <source>Withdraw {orderid}'s {qty} × {sku}, waiting for stock since {since}?

It is no longer allocated when stock arrives.</source>
            <translation>¿Retirar {qty} × {sku} del pedido {orderid}, en espera de stock desde {since}?

Ya no se asignará cuando llegue stock.</translation>
        </message>
        <message>
            <source>Withdraw waiting line</source>
            <translation>Retirar línea en espera</translation>
        </message>
        <message>
            <source>Withdraw line</source>
            <translation>Retirar línea</translation>
        </message>
        <message>
            <source>Keep waiting</source>
            <translation>Dejar en espera</translation>
        </message>
    </context>
    <context>
        <name>WaitingStrip</name>
        <message>
            <source>Space or Delete: seen · Shift+Delete: all seen</source>
            <translation>Espacio o Supr: marcar vista · Mayús+Supr: marcar todas</translation>
        </message>
        <message numerus="yes">
            <source>Alerts (Ctrl+J) — %n waiting</source>
            <translation>
                <numerusform>Alertas (Ctrl+J) — %n pendiente</numerusform>
                <numerusform>Alertas (Ctrl+J) — %n pendientes</numerusform>
            </translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alertas</translation>
        </message>
    </context>
</TS>
