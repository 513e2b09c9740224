<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AdNetworkCatalog</name>
    <message>
        <source>Campaign ID</source>
        <extracomment>An ad network&apos;s identifier a tracking template passes to the tracker; also inserted in lists such as &quot;no longer maps %3&quot; (names joined with commas).</extracomment>
        <translation>ID de campaña</translation>
    </message>
    <message>
        <source>Ad Set ID</source>
        <extracomment>An ad network&apos;s identifier a tracking template passes to the tracker (Facebook&apos;s &quot;ad set&quot;, Google&apos;s &quot;ad group&quot;); also inserted in lists such as &quot;no longer maps %3&quot;.</extracomment>
        <translation>ID del conjunto de anuncios</translation>
    </message>
    <message>
        <source>Ad ID</source>
        <extracomment>An ad network&apos;s identifier a tracking template passes to the tracker; also inserted in lists such as &quot;no longer maps %3&quot;.</extracomment>
        <translation>ID del anuncio</translation>
    </message>
    <message>
        <source>Placement</source>
        <extracomment>A noun: where the ad was shown (site, app, feed), one of the identifiers a tracking template passes to the tracker; also inserted in lists such as &quot;no longer maps %3&quot;.</extracomment>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>not an ad-network catalog</source>
        <extracomment>Reason why the built-in catalog could not be read (a program error, rarely seen): lower-case, no full stop.</extracomment>
        <translation>no es un catálogo de redes publicitarias</translation>
    </message>
    <message>
        <source>network &quot;%1&quot; lacks &quot;%2&quot;</source>
        <extracomment>Reason why the built-in catalog could not be read (rarely seen). %1 is a network&apos;s key, e.g. &quot;facebook&quot;; %2 an identifier&apos;s key, e.g. &quot;adset&quot;.</extracomment>
        <translation>a la red &quot;%1&quot; le falta &quot;%2&quot;</translation>
    </message>
    <message>
        <source>network &quot;%1&quot;, %2: no source</source>
        <extracomment>Reason why the built-in catalog could not be read (rarely seen). %1 is a network&apos;s key, e.g. &quot;facebook&quot;; %2 an identifier&apos;s key, e.g. &quot;adset&quot;.</extracomment>
        <translation>red &quot;%1&quot;, %2: sin origen</translation>
    </message>
    <message>
        <source>a network without a key or name, or twice the same key</source>
        <extracomment>Reason why the built-in catalog could not be read (rarely seen): lower-case, no full stop.</extracomment>
        <translation>una red sin clave o sin nombre, o una clave repetida</translation>
    </message>
    <message>
        <source>no networks</source>
        <extracomment>Reason why the built-in catalog could not be read (rarely seen): lower-case, no full stop.</extracomment>
        <translation>no hay redes</translation>
    </message>
</context>
<context>
    <name>CustomRange</name>
    <message>
        <source>Enter both the first and the last day of the range.</source>
        <translation>Indique el primer y el último día del periodo.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2): pick a last day on or after the first.</source>
        <translation>El periodo termina (%1) antes de empezar (%2): elija un último día igual o posterior al primero.</translation>
    </message>
    <message>
        <source>The range starts after today (%1 in the tracker&apos;s time zone): there is no data yet.</source>
        <translation>El periodo empieza después de hoy (%1 en la zona horaria del tracker): todavía no hay datos.</translation>
    </message>
    <message numerus="yes">
        <source>The range is %n day(s) long; reports cover at most three years at a time. Pick a shorter range.</source>
        <translation>
            <numerusform>El periodo dura %n día; los informes abarcan como máximo tres años a la vez. Elija un periodo más corto.</numerusform>
            <numerusform>El periodo dura %n días; los informes abarcan como máximo tres años a la vez. Elija un periodo más corto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrationInput</name>
    <message>
        <source>Enter the %1 from Kintura&apos;s Settings &gt; API page.</source>
        <extracomment>%1 is &quot;API key&quot; or &quot;API secret&quot; (translated separately, lower-case inside a sentence).</extracomment>
        <translation>Rellene el campo &quot;%1&quot; con el valor de la página Settings &gt; API de Kintura.</translation>
    </message>
    <message>
        <source>This is too long for an %1 (at most %2 characters): check what was pasted.</source>
        <extracomment>%1 is &quot;API key&quot; or &quot;API secret&quot;; %2 the largest number of characters allowed.</extracomment>
        <translation>Es demasiado largo para el campo &quot;%1&quot; (como máximo %2 caracteres): revise lo que pegó.</translation>
    </message>
    <message>
        <source>Enter the tracker&apos;s address, e.g. https://tracker.example.com.</source>
        <translation>Introduzca la dirección del tracker, p. ej., https://tracker.example.com.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>No es una dirección web válida.</translation>
    </message>
    <message>
        <source>The tracker URL must start with https://.</source>
        <translation>La URL del tracker debe empezar por https://.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the URL: the API key and secret go in their own fields.</source>
        <translation>Quite el nombre de usuario y la contraseña de la URL: la clave y el secreto de API van en sus propios campos.</translation>
    </message>
    <message>
        <source>Use https://: the API secret must not travel unencrypted. Plain http is accepted only for this computer (localhost).</source>
        <translation>Use https://: el secreto de API no debe viajar sin cifrar. Solo se acepta http sin cifrar para este equipo (localhost).</translation>
    </message>
    <message>
        <source>Only the tracker&apos;s address is needed: the rest (%1) was removed.</source>
        <extracomment>%1 is the part of the URL after the address, e.g. /stats?id=4.</extracomment>
        <translation>Solo hace falta la dirección del tracker: se quitó el resto (%1).</translation>
    </message>
    <message>
        <source>Give the integration a name, e.g. &quot;Kintura - Brand A&quot;.</source>
        <translation>Dé un nombre a la integración, p. ej., &quot;Kintura - Marca A&quot;.</translation>
    </message>
    <message>
        <source>Use a shorter name (at most %1 characters).</source>
        <extracomment>%1 is the largest number of characters allowed.</extracomment>
        <translation>Use un nombre más corto (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Another integration is already called &quot;%1&quot;.</source>
        <extracomment>%1 is the other integration&apos;s name.</extracomment>
        <translation>Ya hay otra integración llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>API key</source>
        <extracomment>Field name inserted as %1 into &quot;Enter the %1 from…&quot;, &quot;The %1 contains…&quot;, &quot;This is too long for an %1…&quot;: the tracker&apos;s API key, lower-case in those sentences if your language needs it.</extracomment>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>API secret</source>
        <extracomment>Field name inserted as %1 into &quot;Enter the %1 from…&quot;, &quot;The %1 contains…&quot;, &quot;This is too long for an %1…&quot;: the tracker&apos;s API secret, lower-case in those sentences if your language needs it.</extracomment>
        <translation>Secreto de API</translation>
    </message>
    <message>
        <source>Choose the currency your tracker reports revenue in.</source>
        <translation>Elija la moneda en la que su tracker informa los ingresos.</translation>
    </message>
    <message>
        <source>The %1 contains characters Kintura&apos;s keys never have (such as “%2”): copy it again from Kintura.</source>
        <extracomment>%1 is &quot;API key&quot; or &quot;API secret&quot;; %2 the first such character, as it was pasted.</extracomment>
        <translation>El campo &quot;%1&quot; contiene caracteres que las claves de Kintura nunca tienen (como &quot;%2&quot;): cópielo de nuevo desde Kintura.</translation>
    </message>
    <message>
        <source>This is a web address, not an %1: the tracker&apos;s address goes in Tracker URL, and the %1 is on Kintura&apos;s Settings &gt; API page.</source>
        <extracomment>%1 (twice) is &quot;API key&quot; or &quot;API secret&quot;. &quot;Tracker URL&quot; is the label of the form&apos;s field.</extracomment>
        <translation>Esto es una dirección web, no el valor de «%1»: la dirección del tracker va en «URL del tracker», y «%1» está en la página Settings &gt; API de Kintura.</translation>
    </message>
    <message>
        <source>The %1 contains a space or an invisible character (%2): copy it again.</source>
        <extracomment>%1 is &quot;API key&quot; or &quot;API secret&quot;; %2 the character&apos;s Unicode code, e.g. U+00A0.</extracomment>
        <translation>El campo «%1» contiene un espacio o un carácter invisible (%2): cópielo de nuevo.</translation>
    </message>
    <message>
        <source>This is too long for a web address (at most %1 characters): enter only the tracker&apos;s address, e.g. https://tracker.example.com.</source>
        <extracomment>%1 is the largest number of characters allowed.</extracomment>
        <translation>Es demasiado largo para una dirección web (como máximo %1 caracteres): escriba solo la dirección del tracker, p. ej. https://tracker.example.com.</translation>
    </message>
    <message>
        <source>This is not a web address: it contains an invisible control character (%1).</source>
        <extracomment>%1 is the character&apos;s Unicode code, e.g. U+0009.</extracomment>
        <translation>Esto no es una dirección web: contiene un carácter de control invisible (%1).</translation>
    </message>
    <message>
        <source>This is not a web address: it contains spaces.</source>
        <translation>Esto no es una dirección web: contiene espacios.</translation>
    </message>
    <message>
        <source>This is a file path, not a web address: enter the tracker&apos;s address, e.g. https://tracker.example.com.</source>
        <translation>Esto es una ruta de archivo, no una dirección web: escriba la dirección del tracker, p. ej. https://tracker.example.com.</translation>
    </message>
    <message>
        <source>A web address cannot contain “%1”: check the tracker&apos;s address.</source>
        <extracomment>%1 is the character that is not allowed, as typed.</extracomment>
        <translation>Una dirección web no puede contener «%1»: revise la dirección del tracker.</translation>
    </message>
    <message>
        <source>The name contains an invisible control character (%1), which could make it show differently from what it is: type the name again.</source>
        <extracomment>%1 is the character&apos;s Unicode code, e.g. U+202E.</extracomment>
        <translation>El nombre contiene un carácter de control invisible (%1) que podría hacer que se vea distinto de lo que es: escriba el nombre de nuevo.</translation>
    </message>
    <message>
        <source>The name contains a web address with a user name or password: remove it (names are stored unencrypted).</source>
        <translation>El nombre contiene una dirección web con usuario o contraseña: quítela (los nombres se guardan sin cifrar).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code: choose one from the list (e.g. USD, EUR, BRL).</source>
        <extracomment>%1 is the currency code as typed.</extracomment>
        <translation>«%1» no es un código de moneda ISO 4217: elija uno de la lista (p. ej. USD, EUR, BRL).</translation>
    </message>
    <message>
        <source>This is not an ISO 4217 currency code: choose one from the list (three letters, e.g. USD, EUR, BRL).</source>
        <translation>Esto no es un código de moneda ISO 4217: elija uno de la lista (tres letras, p. ej. USD, EUR, BRL).</translation>
    </message>
    <message>
        <source>Choose the time zone your tracker reports days in.</source>
        <translation>Elija la zona horaria en la que su tracker cuenta los días.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows: choose one from the list (e.g. Europe/Madrid, America/New_York, UTC).</source>
        <extracomment>%1 is the time zone as typed.</extracomment>
        <translation>&quot;%1&quot; no es una zona horaria que este sistema conozca: elija una de la lista (p. ej. Europe/Madrid, America/New_York, UTC).</translation>
    </message>
    <message>
        <source>This is not a time zone name: choose one from the list (e.g. Europe/Madrid, America/New_York, UTC).</source>
        <translation>Esto no es el nombre de una zona horaria: elija una de la lista (p. ej. Europe/Madrid, America/New_York, UTC).</translation>
    </message>
</context>
<context>
    <name>IntegrationStore</name>
    <message>
        <source>it is not valid JSON (%1)</source>
        <extracomment>Reason inserted as %1 into &quot;The integrations file could not be used (%1)…&quot;: lower-case, no full stop. %1 here is the JSON parser&apos;s message (in English).</extracomment>
        <translation>no es un JSON válido (%1)</translation>
    </message>
    <message>
        <source>it is not a Kintura Desk integrations file</source>
        <extracomment>Reason inserted as %1 into &quot;The integrations file could not be used (%1)…&quot;: lower-case, no full stop; &quot;it&quot; is the file.</extracomment>
        <translation>no es un archivo de integraciones de Kintura Desk</translation>
    </message>
    <message>
        <source>it was written by a newer Kintura Desk (format %1)</source>
        <extracomment>Reason inserted into &quot;The integrations file could not be used (…)…&quot;: lower-case, no full stop; &quot;it&quot; is the file. %1 is the file&apos;s format version number.</extracomment>
        <translation>lo escribió una versión más reciente de Kintura Desk (formato %1)</translation>
    </message>
    <message>
        <source>its format version is missing or unknown</source>
        <translation>falta la versión de formato o es desconocida</translation>
    </message>
    <message>
        <source>the list of integrations is missing</source>
        <extracomment>Reason inserted as %1 into &quot;The integrations file could not be used (%1)…&quot;: lower-case, no full stop.</extracomment>
        <translation>falta la lista de integraciones</translation>
    </message>
    <message>
        <source>integration %1 in it is damaged</source>
        <extracomment>Reason inserted into &quot;The integrations file could not be used (…)…&quot;: lower-case, no full stop. %1 is the entry&apos;s position in the file (0, 1, 2…); &quot;it&quot; is the file.</extracomment>
        <translation>la integración n.º %1 está dañada</translation>
    </message>
    <message>
        <source>The integrations file %1 could not be read: %2.</source>
        <extracomment>%1 is the file&apos;s path; %2 the system&apos;s reason (often in English), e.g. &quot;Permission denied&quot;.</extracomment>
        <translation>No se pudo leer el archivo de integraciones %1: %2.</translation>
    </message>
    <message>
        <source>it is far too large</source>
        <extracomment>Reason inserted as %1 into &quot;The integrations file could not be used (%1)…&quot;: lower-case, no full stop; &quot;it&quot; is the file.</extracomment>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>The integrations file could not be used (%1). It was kept as %2; Kintura Desk starts with no integrations.</source>
        <extracomment>%1 is the reason, e.g. &quot;it is far too large&quot;; %2 the path the damaged file was renamed to.</extracomment>
        <translation>No se pudo usar el archivo de integraciones (%1). Se guardó como %2; Kintura Desk se inicia sin integraciones.</translation>
    </message>
    <message>
        <source>The integrations file %1 could not be used (%2) and could not be moved aside. Nothing will be saved until it is fixed or removed.</source>
        <extracomment>%1 is the file&apos;s path; %2 the reason, e.g. &quot;it is far too large&quot;.</extracomment>
        <translation>No se pudo usar el archivo de integraciones %1 (%2) ni apartarlo. No se guardará nada hasta que se corrija o se elimine.</translation>
    </message>
    <message>
        <source>the integrations</source>
        <extracomment>What is being saved, inserted as %1 into &quot;Could not save %1: the folder %2 could not be created.&quot; and &quot;Could not save %1 to %2: %3.&quot;.</extracomment>
        <translation>las integraciones</translation>
    </message>
</context>
<context>
    <name>NetworkChoicesFile</name>
    <message>
        <source>%1: the template &quot;%2&quot; was deleted in the tracker.</source>
        <extracomment>%1 is an ad network&apos;s name, e.g. Google Ads; %2 the tracking template&apos;s title.</extracomment>
        <translation>%1: la plantilla &quot;%2&quot; se eliminó en el tracker.</translation>
    </message>
    <message>
        <source>%1: the template &quot;%2&quot; no longer maps %3.</source>
        <extracomment>%1 is an ad network&apos;s name; %2 the tracking template&apos;s title; %3 the identifiers it lacks, joined with commas, e.g. &quot;Ad Set ID, Placement&quot;.</extracomment>
        <translation>%1: la plantilla &quot;%2&quot; ya no asigna %3.</translation>
    </message>
    <message>
        <source>%1: the template &quot;%2&quot; now maps all four identifiers.</source>
        <extracomment>%1 is an ad network&apos;s name; %2 the tracking template&apos;s title.</extracomment>
        <translation>%1: la plantilla &quot;%2&quot; ahora asigna los cuatro identificadores.</translation>
    </message>
    <message>
        <source>%1: the template &quot;%2&quot; was renamed to &quot;%3&quot;.</source>
        <extracomment>%1 is an ad network&apos;s name; %2 the template&apos;s old title; %3 its new title.</extracomment>
        <translation>%1: la plantilla &quot;%2&quot; pasó a llamarse &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>it is not a Kintura Desk ad-network file of a known version</source>
        <extracomment>Reason inserted as %1 into &quot;The ad-network setup file could not be used (%1)…&quot;: lower-case, no full stop; &quot;it&quot; is the file.</extracomment>
        <translation>no es un archivo de redes publicitarias de Kintura Desk de una versión conocida</translation>
    </message>
    <message>
        <source>an entry of integration %1 names no network</source>
        <extracomment>Reason inserted into &quot;The ad-network setup file could not be used (…)…&quot;: lower-case, no full stop. %1 is the integration&apos;s identifier (e.g. 3f2a…), not its name.</extracomment>
        <translation>una entrada de la integración %1 no indica ninguna red</translation>
    </message>
</context>
<context>
    <name>RangePresets</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Últimos 14 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
</context>
<context>
    <name>ReportCache</name>
    <message>
        <source>The report cache %1 could not be opened: %2</source>
        <translation>No se pudo abrir la caché de informes %1: %2</translation>
    </message>
    <message>
        <source>The report cache %1 could not be prepared: %2</source>
        <translation>No se pudo preparar la caché de informes %1: %2</translation>
    </message>
    <message>
        <source>The report cache %1 was written by another version of Kintura Desk.</source>
        <translation>La caché de informes %1 la escribió otra versión de Kintura Desk.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Total</source>
        <extracomment>The last row of an exported CSV report: the sum of all rows (one per currency).</extracomment>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReportQuery</name>
    <message>
        <source>Traffic source %1</source>
        <translation>Fuente de tráfico %1</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaña %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>campaign (integration)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>Could not save %1: the folder %2 could not be created.</source>
        <extracomment>%1 is what was being saved, e.g. &quot;the integrations&quot;, &quot;the report&quot;, &quot;the chart&quot; (translated separately); %2 the folder&apos;s path.</extracomment>
        <translation>No se pudo guardar %1: no se pudo crear la carpeta %2.</translation>
    </message>
    <message>
        <source>Could not save %1 to %2: %3.</source>
        <extracomment>%1 is what was being saved, e.g. &quot;the integrations&quot;, &quot;the report&quot;, &quot;the chart&quot; (translated separately); %2 the file&apos;s path; %3 the system&apos;s reason (often in English).</extracomment>
        <translation>No se pudo guardar %1 en %2: %3.</translation>
    </message>
</context>
<context>
    <name>StatusPresentation</name>
    <message>
        <source>Not checked</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell beside an icon: no check has run yet.</extracomment>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>Status in a table cell beside an icon (an integration&apos;s connection or an ad network&apos;s template): a check is running now.</extracomment>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>Comprobando la conexión</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Status in a table cell beside an icon: for an integration, the tracker answers and its settings match; for an ad network, its template passes all four identifiers. An adjective (a state), not an action.</extracomment>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connected: the tracker answers and its settings match</source>
        <translation>Conectado: el tracker responde y su configuración coincide</translation>
    </message>
    <message>
        <source>Invalid credentials</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: the tracker rejected the API key or secret.</extracomment>
        <translation>Credenciales no válidas</translation>
    </message>
    <message>
        <source>Error: the tracker rejected the API key or secret</source>
        <translation>Error: el tracker rechazó la clave o el secreto de API</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: the tracker could not be reached.</extracomment>
        <translation>Inaccesible</translation>
    </message>
    <message>
        <source>Error: the tracker cannot be reached</source>
        <translation>Error: no se puede acceder al tracker</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: its TLS certificate could not be verified.</extracomment>
        <translation>Problema de certificado</translation>
    </message>
    <message>
        <source>Error: the tracker&apos;s secure connection could not be verified</source>
        <translation>Error: no se pudo verificar la conexión segura del tracker</translation>
    </message>
    <message>
        <source>Settings mismatch</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: the tracker&apos;s currency or conversion time differs from the integration&apos;s.</extracomment>
        <translation>Configuración distinta</translation>
    </message>
    <message>
        <source>Warning: the tracker&apos;s currency or conversion time differs</source>
        <translation>Advertencia: la moneda o el momento de conversión del tracker es distinto</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: the system keychain (password store) cannot be opened.</extracomment>
        <translation>Llavero no disponible</translation>
    </message>
    <message>
        <source>Error: the system keychain cannot be opened</source>
        <translation>Error: no se puede abrir el llavero del sistema</translation>
    </message>
    <message>
        <source>No credentials</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: no API key and secret are stored for it.</extracomment>
        <translation>Sin credenciales</translation>
    </message>
    <message>
        <source>Error: no API key and secret are stored for this integration</source>
        <translation>Error: no hay clave ni secreto de API guardados para esta integración</translation>
    </message>
    <message>
        <source>Tracker error</source>
        <extracomment>Status in a table cell (an integration&apos;s connection or an ad network&apos;s templates): the tracker answered with an error.</extracomment>
        <translation>Error del tracker</translation>
    </message>
    <message>
        <source>Error: the tracker answered with a problem</source>
        <translation>Error: el tracker respondió con un problema</translation>
    </message>
    <message>
        <source>Not checked yet. Press F5 to check all integrations.</source>
        <translation>Aún sin comprobar. Pulse F5 para comprobar todas las integraciones.</translation>
    </message>
    <message>
        <source>Not configured</source>
        <extracomment>Status of an ad network, short, in a table cell: no tracking template has been chosen for it.</extracomment>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>Warning: no template chosen, this network sends the tracker no data</source>
        <translation>Advertencia: no se eligió ninguna plantilla; esta red no envía datos al tracker</translation>
    </message>
    <message>
        <source>Reading the templates from the tracker</source>
        <translation>Leyendo las plantillas del tracker</translation>
    </message>
    <message>
        <source>Missing macros</source>
        <extracomment>Status of an ad network, short, in a table cell: its tracking template does not pass every identifier (macros are the network&apos;s placeholders such as {campaignid}).</extracomment>
        <translation>Faltan macros</translation>
    </message>
    <message>
        <source>Template gone</source>
        <extracomment>Status of an ad network, short, in a table cell: the tracking template chosen for it no longer exists in the tracker.</extracomment>
        <translation>Plantilla eliminada</translation>
    </message>
    <message>
        <source>Error: the chosen template no longer exists in the tracker</source>
        <translation>Error: la plantilla elegida ya no existe en el tracker</translation>
    </message>
    <message>
        <source>Connected: the template maps all four identifiers</source>
        <translation>Conectado: la plantilla asigna los cuatro identificadores</translation>
    </message>
    <message>
        <source>Error: the tracker&apos;s templates could not be read</source>
        <translation>Error: no se pudieron leer las plantillas del tracker</translation>
    </message>
    <message>
        <source>No tracking template chosen: %1 sends the tracker no campaign, ad set, ad or placement ids, so no conversions or revenue can be tied to its campaigns. Choose a template.</source>
        <extracomment>%1 is an ad network&apos;s name, e.g. Google Ads.</extracomment>
        <translation>No se eligió ninguna plantilla de seguimiento: %1 no envía al tracker los ID de campaña, conjunto de anuncios, anuncio ni ubicación, así que ninguna conversión ni ingreso puede vincularse a sus campañas. Elija una plantilla.</translation>
    </message>
    <message>
        <source>Reading the templates from the tracker…</source>
        <translation>Leyendo las plantillas del tracker…</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not map: %2. Fix the template in Kintura first (add a URL parameter with the %3 macro), then check again.</source>
        <extracomment>%1 is the tracking template&apos;s title; %2 the identifiers it lacks, joined with commas (e.g. &quot;Ad Set ID, Placement&quot;); %3 the ad network&apos;s name.</extracomment>
        <translation>La plantilla &quot;%1&quot; no asigna: %2. Corrija primero la plantilla en Kintura (añada un parámetro de URL con la macro de %3) y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>The chosen template was deleted in the tracker (or its id changed). Choose another template.</source>
        <translation>La plantilla elegida se eliminó en el tracker (o cambió su ID). Elija otra plantilla.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; maps Campaign ID, Ad Set ID, Ad ID and Placement.</source>
        <extracomment>%1 is the tracking template&apos;s title.</extracomment>
        <translation>La plantilla &quot;%1&quot; asigna ID de campaña, ID del conjunto de anuncios, ID del anuncio y Ubicación.</translation>
    </message>
    <message>
        <source>%1 (%2) could not be verified: no macro for it is documented.</source>
        <extracomment>Follows &quot;The template … maps …&quot;. %1 is an identifier, e.g. &quot;Placement&quot;; %2 the name of the template&apos;s parameter that carries it.</extracomment>
        <translation>No se pudo verificar %1 (%2): no hay ninguna macro documentada para ello.</translation>
    </message>
    <message>
        <source>It was renamed in the tracker since it was chosen.</source>
        <translation>Se le cambió el nombre en el tracker después de elegirla.</translation>
    </message>
    <message>
        <source>The tracker could not be asked for its templates.</source>
        <translation>No se pudieron pedir las plantillas al tracker.</translation>
    </message>
    <message>
        <source>Warning: the template does not map every identifier</source>
        <translation>Advertencia: la plantilla no asigna todos los identificadores</translation>
    </message>
    <message>
        <source>Connected, settings not verified</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: the tracker accepts the API key, but does not publish its currency and conversion time to compare with.</extracomment>
        <translation>Conectado, configuración sin verificar</translation>
    </message>
    <message>
        <source>Connected, settings not verified: the tracker does not publish its currency and conversion registration time; Kintura Desk uses the values entered here</source>
        <translation>Conectado, configuración sin verificar: el tracker no publica su moneda ni su momento de registro de la conversión; Kintura Desk usa los valores introducidos aquí</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>postback time</source>
        <extracomment>Fills &quot;counts conversions at %2&quot; and &quot;is set to %3 and %4&quot;: conversions are dated by when the postback arrived (Kintura&apos;s &quot;conversion registration time&quot;).</extracomment>
        <translation>hora del postback</translation>
    </message>
    <message>
        <source>visit time</source>
        <extracomment>Fills &quot;counts conversions at %2&quot;: dated by the visit (click).</extracomment>
        <translation>hora de la visita</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún sin comprobar.</translation>
    </message>
    <message>
        <source>Asking the tracker at %1 for its settings…</source>
        <extracomment>%1 is the tracker&apos;s host name, e.g. tracker.example.com.</extracomment>
        <translation>Pidiendo su configuración al tracker en %1…</translation>
    </message>
    <message>
        <source>The tracker reports in %1 and counts conversions at %2, but this integration is set to %3 and %4. Numbers would disagree with the tracker until both say the same.</source>
        <extracomment>%1 and %3 are currency codes (USD); %2 and %4 &quot;visit time&quot; or &quot;postback time&quot;. %1 and %2 are the tracker&apos;s settings, %3 and %4 this integration&apos;s.</extracomment>
        <translation>El tracker informa en %1 y registra las conversiones según la %2, pero esta integración está configurada con %3 y la %4. Las cifras no coincidirán con las del tracker hasta que ambos digan lo mismo.</translation>
    </message>
    <message>
        <source>No API key and secret could be read for this integration.</source>
        <translation>No se pudieron leer la clave ni el secreto de API de esta integración.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <extracomment>%1 is the keychain&apos;s own message (from the system, often in English).</extracomment>
        <translation>No se pudo usar el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>The tracker reports in %1 and counts conversions at %2, as configured here (time zone %3).</source>
        <extracomment>%1 is a currency code (USD); %2 &quot;visit time&quot; or &quot;postback time&quot;; %3 a time zone, e.g. Europe/Madrid.</extracomment>
        <translation>El tracker informa en %1 y registra las conversiones según la %2, como está configurado aquí (zona horaria %3).</translation>
    </message>
    <message>
        <source>No API key and secret are stored for this integration: edit it and enter them again.</source>
        <translation>No hay clave ni secreto de API guardados para esta integración: edítela y vuelva a introducirlos.</translation>
    </message>
    <message>
        <source>Connected: the tracker at %1 accepts the API key and secret, but does not publish its currency and conversion registration time. Kintura Desk uses the values entered here (%2, %3, time zone %4): make sure they match the tracker&apos;s settings.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 a currency code (USD); %3 &quot;visit time&quot; or &quot;postback time&quot;; %4 a time zone, e.g. Europe/Madrid.</extracomment>
        <translation>Conectado: el tracker en %1 acepta la clave y el secreto de API, pero no publica su moneda ni su momento de registro de la conversión. Kintura Desk usa los valores introducidos aquí (%2, %3, zona horaria %4): asegúrese de que coinciden con la configuración del tracker.</translation>
    </message>
    <message>
        <source>The tracker counts days in the time zone %1, but this integration is set to %2. Days in reports would disagree with the tracker until both say the same.</source>
        <extracomment>%1 and %2 are time zones (Europe/Madrid): the tracker&apos;s and this integration&apos;s.</extracomment>
        <translation>El tracker cuenta los días en la zona horaria %1, pero esta integración está configurada con %2. Los días de los informes no coincidirán con los del tracker hasta que ambos digan lo mismo.</translation>
    </message>
</context>
<context>
    <name>TemplateCheck</name>
    <message>
        <source>%1 is a %2 macro, not a %3 one: %3 will not fill it in.</source>
        <extracomment>%1 is a macro as written in the template, e.g. {{adset.id}}; %2 the ad networks it belongs to (e.g. &quot;Google Ads&quot; or &quot;Google Ads / Taboola&quot;); %3 (twice) the network the template is for.</extracomment>
        <translation>%1 es una macro de %2, no de %3: %3 no la completará.</translation>
    </message>
    <message>
        <source>%1 is not a macro %2 is known to fill in.</source>
        <extracomment>%1 is a macro as written in the template, e.g. {adgroupid}; %2 the ad network&apos;s name.</extracomment>
        <translation>No consta que %2 complete la macro %1.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <extracomment>Follows &quot;%1 is not a macro %2 is known to fill in.&quot; %1 is the network&apos;s own macro with a similar name, e.g. {{adset.id}}.</extracomment>
        <translation>¿Quiso decir %1?</translation>
    </message>
</context>
<context>
    <name>TrackerCall</name>
    <message>
        <source>record %1, %2</source>
        <translation>registro n.º %1, %2</translation>
    </message>
    <message>
        <source>id %1, %2</source>
        <translation>ID %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <extracomment>Ends a list of records that could not be read: %n more were not named.</extracomment>
        <translation>
            <numerusform>; y %n más</numerusform>
            <numerusform>; y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 %3 could not be read and were left out: %4.</source>
        <extracomment>%1 records that could not be read, out of %2 sent; %3 what they are, in the plural (campaigns, tracking templates); %4 which ones and why.</extracomment>
        <translation>No se pudieron leer %1 de %2 %3, que quedaron fuera: %4.</translation>
    </message>
</context>
<context>
    <name>TrackerError</name>
    <message>
        <source>The tracker at %1 answered normally.</source>
        <extracomment>%1 is the tracker&apos;s host name, e.g. tracker.example.com (in every message here).</extracomment>
        <translation>El tracker en %1 respondió con normalidad.</translation>
    </message>
    <message>
        <source>The tracker at %1 rejected the API key or secret. Copy both again from Kintura&apos;s Settings &gt; API page.</source>
        <translation>El tracker en %1 rechazó la clave o el secreto de API. Vuelva a copiar ambos de la página Settings &gt; API de Kintura.</translation>
    </message>
    <message>
        <source>The tracker at %1 refused access with this API key. Check the key&apos;s permissions in Kintura&apos;s Settings &gt; API page.</source>
        <translation>El tracker en %1 denegó el acceso con esta clave de API. Revise los permisos de la clave en la página Settings &gt; API de Kintura.</translation>
    </message>
    <message>
        <source>The tracker at %1 does not offer this data (HTTP 404). Check that the tracker URL points to the tracker itself, not to a landing page.</source>
        <translation>El tracker en %1 no ofrece estos datos (HTTP 404). Compruebe que la URL del tracker apunta al propio tracker y no a una landing page.</translation>
    </message>
    <message>
        <source>The tracker at %1 refused the request (HTTP %2). This is likely a bug in Kintura Desk; please report it.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 the HTTP status code, e.g. 400.</extracomment>
        <translation>El tracker en %1 rechazó la solicitud (HTTP %2). Probablemente sea un error de Kintura Desk; por favor, infórmelo.</translation>
    </message>
    <message>
        <source>The tracker at %1 asks Kintura Desk to wait %2 before the next request (too many requests). Try again after that; another app may be using the same API key.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 a duration, &quot;5 minutes&quot; or &quot;2 hours&quot; (translated separately).</extracomment>
        <translation>El tracker en %1 pide a Kintura Desk que espere %2 antes de la próxima solicitud (demasiadas solicitudes). Vuelva a intentarlo pasado ese tiempo; puede que otra aplicación esté usando la misma clave de API.</translation>
    </message>
    <message>
        <source>The tracker at %1 keeps asking to slow down (too many requests). Wait a minute and try again; another app may be using the same API key.</source>
        <translation>El tracker en %1 sigue pidiendo que se reduzca el ritmo (demasiadas solicitudes). Espere un minuto y vuelva a intentarlo; puede que otra aplicación esté usando la misma clave de API.</translation>
    </message>
    <message>
        <source>The tracker at %1 had an internal problem (HTTP %2) and did not recover after several tries. Try again later.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 the HTTP status code, e.g. 503.</extracomment>
        <translation>El tracker en %1 tuvo un problema interno (HTTP %2) y no se recuperó tras varios intentos. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The tracker at %1 did not answer in time. Check your connection and try again.</source>
        <translation>El tracker en %1 no respondió a tiempo. Compruebe su conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not reach the tracker at %1 (%2). Check the tracker URL and your network connection.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 the network library&apos;s description of the error (often in English), e.g. &quot;Connection refused&quot;.</extracomment>
        <translation>No se pudo acceder al tracker en %1 (%2). Compruebe la URL del tracker y su conexión de red.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Nothing was sent. Check the tracker URL, or trust this certificate if you know it is right.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 the TLS library&apos;s description of the certificate problem (often in English), e.g. &quot;The certificate has expired&quot;.</extracomment>
        <translation>No se pudo verificar la conexión segura con %1 (%2). No se envió nada. Compruebe la URL del tracker o confíe en este certificado si sabe que es correcto.</translation>
    </message>
    <message>
        <source>Refused to send credentials to %1 without encryption. Use an https:// tracker URL.</source>
        <translation>No se enviaron las credenciales a %1 sin cifrar. Use una URL de tracker con https://.</translation>
    </message>
    <message>
        <source>The tracker at %1 sent a reply Kintura Desk does not understand (%2). Check that the URL points to a Kintura tracker.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 a technical description of what was wrong with the reply (in English).</extracomment>
        <translation>El tracker en %1 envió una respuesta que Kintura Desk no entiende (%2). Compruebe que la URL apunta a un tracker de Kintura.</translation>
    </message>
    <message>
        <source>The tracker at %1 sent a reply far larger than expected, so it was stopped. Check that the URL points to a Kintura tracker.</source>
        <translation>El tracker en %1 envió una respuesta mucho mayor de lo esperado, así que se detuvo. Compruebe que la URL apunta a un tracker de Kintura.</translation>
    </message>
    <message>
        <source>The data at the tracker %1 kept changing while it was being read. Try again in a moment.</source>
        <translation>Los datos del tracker %1 cambiaban mientras se leían. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Se canceló la solicitud a %1.</translation>
    </message>
    <message>
        <source>The data from %1 could not be stored on this computer (%2). Check the free disk space; the cache was left as it was.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 the database&apos;s description of the error (often in English).</extracomment>
        <translation>No se pudieron guardar en este equipo los datos de %1 (%2). Compruebe el espacio libre en disco; la caché quedó como estaba.</translation>
    </message>
    <message>
        <source>The API key and secret for %1 could not be read from the system keychain. Unlock it and try again.</source>
        <translation>No se pudieron leer del llavero del sistema la clave y el secreto de API de %1. Desbloquee el llavero y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <extracomment>Fills &quot;wait %2 before the next request&quot;.</extracomment>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <extracomment>Fills &quot;wait %2 before the next request&quot;.</extracomment>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>The tracker at %1 redirected the request to another host, %2, so the API key and secret were not sent there. If the tracker has moved to %2, edit the integration and enter its new address; otherwise check the tracker URL.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 the other host name it redirected to.</extracomment>
        <translation>El tracker en %1 redirigió la solicitud a otro host, %2, así que la clave y el secreto de API no se enviaron allí. Si el tracker se ha mudado a %2, edite la integración y escriba su nueva dirección; si no, revise la URL del tracker.</translation>
    </message>
    <message>
        <source>The tracker at %1 redirected the request to an unencrypted http:// address, so the API key and secret were not sent. Ask whoever runs the tracker to keep it on https:// only.</source>
        <extracomment>%1 is the tracker&apos;s host name.</extracomment>
        <translation>El tracker en %1 redirigió la solicitud a una dirección http:// sin cifrar, así que la clave y el secreto de API no se enviaron. Pida a quien administra el tracker que lo mantenga solo en https://.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <extracomment>Fills &quot;does not offer %2 (%3)&quot;: the HTTP status it answered with.</extracomment>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>it answers with a web page</source>
        <extracomment>Fills &quot;does not offer %2 (%3)&quot;: it answered with an HTML page.</extracomment>
        <translation>responde con una página web</translation>
    </message>
    <message>
        <source>The tracker at %1 does not offer %2 (%3), so Kintura Desk cannot read its reports through the API. Numbers already on this computer stay shown.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 an API path, e.g. /1.0/stats; %3 &quot;HTTP 404&quot;.</extracomment>
        <translation>El tracker en %1 no ofrece %2 (%3), así que Kintura Desk no puede leer sus informes a través de la API. Las cifras que ya están en este equipo se siguen mostrando.</translation>
    </message>
    <message>
        <source>The tracker at %1 does not offer %2 (%3), so Kintura Desk cannot read its tracking templates: check each ad network&apos;s template in Kintura itself.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 an API path, e.g. /1.0/traffic-sources; %3 &quot;HTTP 404&quot;.</extracomment>
        <translation>El tracker en %1 no ofrece %2 (%3), así que Kintura Desk no puede leer sus plantillas de seguimiento: revise la plantilla de cada red publicitaria en el propio Kintura.</translation>
    </message>
    <message>
        <source>The tracker at %1 does not offer %2 (%3), so Kintura Desk cannot read its currency, conversion registration time and time zone; it uses the values entered for this integration.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 an API path, e.g. /1.0/settings; %3 &quot;HTTP 404&quot;.</extracomment>
        <translation>El tracker en %1 no ofrece %2 (%3), así que Kintura Desk no puede leer su moneda, su momento de registro de la conversión ni su zona horaria; usa los valores introducidos para esta integración.</translation>
    </message>
    <message>
        <source>The tracker at %1 does not offer %2 (%3), which this needs.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 an API path; %3 &quot;HTTP 404&quot;.</extracomment>
        <translation>El tracker en %1 no ofrece %2 (%3), que hace falta para esta operación.</translation>
    </message>
</context>
<context>
    <name>kd::ApiRequest</name>
    <message>
        <source>certificate issued by %1, SHA-256 fingerprint %2</source>
        <translation>certificado emitido por %1, huella digital SHA-256 %2</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>un emisor sin nombre</translation>
    </message>
    <message>
        <source>no HTTP status in the reply</source>
        <translation>la respuesta no tiene estado HTTP</translation>
    </message>
    <message>
        <source>no complete reply within %1 ms</source>
        <translation>no hubo respuesta completa en %1 ms</translation>
    </message>
    <message>
        <source>the connection closed before the reply was complete</source>
        <translation>la conexión se cerró antes de completar la respuesta</translation>
    </message>
</context>
<context>
    <name>kd::AppContext</name>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation>No se pudo crear una carpeta temporal para la demo: %1</translation>
    </message>
    <message>
        <source>Could not start the demo tracker on 127.0.0.1.</source>
        <translation>No se pudo iniciar el tracker de demostración en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Kintura - Demo</source>
        <translation>Kintura - Demo</translation>
    </message>
</context>
<context>
    <name>kd::IntegrationCli</name>
    <message>
        <source>Say what to do with integrations.</source>
        <translation>Indique qué hacer con las integraciones.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Kintura Desk is open on these settings (or another command is changing them): make the change in its window, or close it and try again.</source>
        <translation>Kintura Desk está abierto con esta configuración (u otro comando la está cambiando): haga el cambio en su ventana, o ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Integration name.</source>
        <translation>Nombre de la integración.</translation>
    </message>
    <message>
        <source>Tracker URL.</source>
        <translation>URL del tracker.</translation>
    </message>
    <message>
        <source>ISO 4217 code.</source>
        <translation>Código ISO 4217.</translation>
    </message>
    <message>
        <source>visit or postback.</source>
        <translation>visit o postback.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Argumentos inesperados: %1</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>Falta --%1, que es obligatorio.</translation>
    </message>
    <message>
        <source>--conversion-time must be visit or postback.</source>
        <translation>--conversion-time debe ser visit o postback.</translation>
    </message>
    <message>
        <source>Give the API key and the API secret on standard input, one per line.</source>
        <translation>Pase la clave y el secreto de API por la entrada estándar, uno por línea.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; (%2). Its API key and secret are in the system keychain.</source>
        <translation>Se añadió &quot;%1&quot; (%2). Su clave y su secreto de API están en el llavero del sistema.</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text o json.</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list no admite argumentos.</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format debe ser text o json.</translation>
    </message>
    <message>
        <source>Name one integration to test.</source>
        <translation>Indique una integración para probar.</translation>
    </message>
    <message>
        <source>No integration is called &quot;%1&quot;.</source>
        <translation>No hay ninguna integración llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name one integration to remove.</source>
        <translation>Indique una integración para eliminar.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its keychain entry.</source>
        <translation>Se eliminó &quot;%1&quot; y su entrada del llavero.</translation>
    </message>
    <message>
        <source>The tracker&apos;s IANA time zone.</source>
        <extracomment>Description of --timezone in --help.</extracomment>
        <translation>Zona horaria IANA del tracker.</translation>
    </message>
    <message>
        <source>Integration commands:
  kintura-desk integration add --name NAME --url URL --currency CODE
                               --conversion-time visit|postback [--timezone ZONE]
      Reads the API key and the API secret from standard input, one per line
      (prompted without echo on a terminal), and stores them in the system keychain.
      --timezone: the IANA zone the tracker counts days in (default: the zone the
      tracker states, else this system&apos;s).
  kintura-desk integration list [--format text|json]
  kintura-desk integration test NAME
  kintura-desk integration remove NAME
  kintura-desk integration probe NAME [--format text|json]
      Asks every endpoint Kintura Desk uses once and prints what each answered as
      shapes (status, page headers, keys and types), never values: for correcting
      Kintura Desk from a tracker that differs. Exit code 9 when one differs.

Exit codes:
  0  success (test: connected; the settings match, or the tracker does not state them)
  1  other failure (e.g. the integrations file could not be written)
  2  bad arguments or input
  3  invalid credentials
  4  tracker unreachable, or its TLS certificate failed
  5  settings mismatch (currency or conversion registration time)
  6  system keychain unavailable (nothing was written)
  7  no integration with that name
  8  the tracker answered with an error
  9  the tracker does not offer what the command needs (e.g. /1.0/stats)</source>
        <translation>Comandos de integración:
  kintura-desk integration add --name NOMBRE --url URL --currency CÓDIGO
                               --conversion-time visit|postback [--timezone ZONA]
      Lee la clave y el secreto de API de la entrada estándar, uno por línea
      (los pide sin eco en una terminal), y los guarda en el llavero del sistema.
      --timezone: la zona horaria IANA en la que el tracker cuenta los días (por
      defecto: la que indica el tracker o, si no la indica, la de este sistema).
  kintura-desk integration list [--format text|json]
  kintura-desk integration test NOMBRE
  kintura-desk integration remove NOMBRE
  kintura-desk integration probe NOMBRE [--format text|json]
      Consulta una vez cada endpoint que usa Kintura Desk e imprime lo que
      respondió cada uno como estructuras (estado, encabezados de paginación,
      claves y tipos), nunca valores: para corregir Kintura Desk a partir de un
      tracker que difiere. Código de salida 9 si alguno difiere.

Códigos de salida:
  0  éxito (test: conectado; la configuración coincide, o el tracker no la indica)
  1  otro error (p. ej., no se pudo escribir el archivo de integraciones)
  2  argumentos o entrada incorrectos
  3  credenciales no válidas
  4  tracker inaccesible, o su certificado TLS falló
  5  configuración distinta (moneda o momento de registro de la conversión)
  6  llavero del sistema no disponible (no se escribió nada)
  7  no hay ninguna integración con ese nombre
  8  el tracker respondió con un error
  9  el tracker no ofrece lo que necesita el comando (p. ej., /1.0/stats)</translation>
    </message>
    <message>
        <source>Name one integration to probe.</source>
        <translation>Indique una integración para diagnosticar.</translation>
    </message>
    <message>
        <source>%1 of %2 endpoints</source>
        <extracomment>Progress of `integration probe` on standard error: %1 endpoints asked of %2.</extracomment>
        <translation>%1 de %2 endpoints</translation>
    </message>
</context>
<context>
    <name>kd::IntegrationManager</name>
    <message>
        <source>The system keychain could not be used (%1), so nothing was saved. Kintura Desk never stores API secrets in plain text: unlock or start your keychain (e.g. GNOME Keyring or KWallet) and try again.</source>
        <extracomment>%1 is the keychain&apos;s own message (from the system, often in English).</extracomment>
        <translation>No se pudo usar el llavero del sistema (%1), así que no se guardó nada. Kintura Desk nunca guarda secretos de API en texto plano: desbloquee o inicie su llavero (p. ej., GNOME Keyring o KWallet) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, so nothing was saved. Allow Kintura Desk to use the keychain and try again.</source>
        <translation>Se denegó el acceso al llavero del sistema, así que no se guardó nada. Permita que Kintura Desk use el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No API key and secret are stored for this integration.</source>
        <translation>No hay clave ni secreto de API guardados para esta integración.</translation>
    </message>
    <message>
        <source>The system keychain reported a problem (%1), so nothing was saved.</source>
        <extracomment>%1 is the keychain&apos;s own message (from the system, often in English).</extracomment>
        <translation>El llavero del sistema informó de un problema (%1), así que no se guardó nada.</translation>
    </message>
    <message>
        <source>The integration was removed, but its API secret could not be erased from the system keychain (%1). Remove the item named &quot;%2&quot; there by hand.</source>
        <extracomment>%1 is the keychain&apos;s own message (often in English); %2 the name of the keychain item (an identifier such as 3f2a…, not the integration&apos;s name).</extracomment>
        <translation>Se eliminó la integración, pero no se pudo borrar su secreto de API del llavero del sistema (%1). Elimine allí a mano el elemento llamado &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1), so the API key and secret could not be read. Unlock or start your keychain (e.g. GNOME Keyring or KWallet) and try again; the numbers already on this computer stay available.</source>
        <extracomment>%1 is the keychain&apos;s own message (from the system, often in English).</extracomment>
        <translation>No se pudo usar el llavero del sistema (%1), así que no se pudieron leer la clave ni el secreto de API. Desbloquee o inicie su llavero (p. ej., GNOME Keyring o KWallet) y vuelva a intentarlo; las cifras que ya están en este equipo siguen disponibles.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, so the API key and secret could not be read. Allow Kintura Desk to use the keychain and try again.</source>
        <translation>Se denegó el acceso al llavero del sistema, así que no se pudieron leer la clave ni el secreto de API. Permita que Kintura Desk use el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain reported a problem (%1), so the API key and secret could not be read.</source>
        <extracomment>%1 is the keychain&apos;s own message (from the system, often in English).</extracomment>
        <translation>El llavero del sistema informó de un problema (%1), así que no se pudieron leer la clave ni el secreto de API.</translation>
    </message>
</context>
<context>
    <name>kd::KeychainCredentialStore</name>
    <message>
        <source>The keychain item for this integration is damaged.</source>
        <translation>El elemento del llavero de esta integración está dañado.</translation>
    </message>
</context>
<context>
    <name>kd::NetworkSetupService</name>
    <message>
        <source>The ad-network setup file could not be used (%1). It was kept as %2; choose your networks&apos; templates again.</source>
        <extracomment>%1 is the reason, e.g. &quot;it is not a Kintura Desk ad-network file of a known version&quot;; %2 the path the file was renamed to.</extracomment>
        <translation>No se pudo usar el archivo de configuración de redes publicitarias (%1). Se guardó como %2; vuelva a elegir las plantillas de sus redes.</translation>
    </message>
    <message>
        <source>the ad-network setup</source>
        <extracomment>What is being saved, inserted as %1 into &quot;Could not save %1: the folder %2 could not be created.&quot; and &quot;Could not save %1 to %2: %3.&quot;.</extracomment>
        <translation>la configuración de redes publicitarias</translation>
    </message>
    <message>
        <source>tracking templates</source>
        <extracomment>Fills &quot;%1 of %2 %3 could not be read&quot;.</extracomment>
        <translation>plantillas de seguimiento</translation>
    </message>
</context>
<context>
    <name>kd::ReportCli</name>
    <message>
        <source>Report commands:
  kintura-desk report (--integration NAME | --demo) --from YYYY-MM-DD --to YYYY-MM-DD
                      --group-by day|campaign|network [--format csv|json]
      Fetches what the local cache lacks from the tracker (the window&apos;s cache) and
      prints visits, conversions, revenue, cost, profit, ROI, conversion rate and
      EPC with the currency. Exit codes as for integration commands.</source>
        <translation>Comandos de informes:
  kintura-desk report (--integration NOMBRE | --demo) --from AAAA-MM-DD --to AAAA-MM-DD
                      --group-by day|campaign|network [--format csv|json]
      Descarga del tracker lo que le falta a la caché local (la misma de la ventana) e
      imprime visitas, conversiones, ingresos, costo, beneficio, ROI, tasa de conversión y
      EPC con la moneda. Códigos de salida como en los comandos de integración.</translation>
    </message>
    <message>
        <source>Integration name.</source>
        <translation>Nombre de la integración.</translation>
    </message>
    <message>
        <source>Use the embedded demo tracker.</source>
        <translation>Usar el tracker de demostración integrado.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Primer día.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>Último día.</translation>
    </message>
    <message>
        <source>day, campaign or network.</source>
        <extracomment>Description of the --group-by option in --help: the values are typed as they are, do not translate them.</extracomment>
        <translation>day, campaign o network.</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <extracomment>Description of the --format option in --help: the values are typed as they are, do not translate them.</extracomment>
        <translation>csv o json.</translation>
    </message>
    <message>
        <source>Give either --integration NAME or --demo.</source>
        <translation>Indique --integration NOMBRE o --demo.</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD.</source>
        <translation>--from y --to admiten fechas con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <extracomment>%1 is the --to date as typed, %2 the --from date (YYYY-MM-DD).</extracomment>
        <translation>El periodo termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>--group-by is day, campaign or network.</source>
        <translation>--group-by admite day, campaign o network.</translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation>--format admite csv o json.</translation>
    </message>
    <message>
        <source>No integration is called &quot;%1&quot;.</source>
        <extracomment>%1 is the integration name given with --integration.</extracomment>
        <translation>No hay ninguna integración llamada &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 requests, about %n second(s) left</source>
        <extracomment>Progress on one terminal line, rewritten as it changes: %1 requests done out of %2; %n the seconds still expected.</extracomment>
        <translation>
            <numerusform>%1 de %2 solicitudes, queda unos %n segundo</numerusform>
            <numerusform>%1 de %2 solicitudes, quedan unos %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ReportService</name>
    <message>
        <source>A sync is running: cancel it or wait for it to finish, then clear the cache.</source>
        <translation>Hay una sincronización en curso: cancélela o espere a que termine y luego vacíe la caché.</translation>
    </message>
    <message>
        <source>The report cache could not be cleared: %1</source>
        <translation>No se pudo vaciar la caché de informes: %1</translation>
    </message>
</context>
<context>
    <name>kd::ReportSync</name>
    <message>
        <source>campaigns</source>
        <extracomment>Fills &quot;%1 of %2 %3 could not be read&quot;.</extracomment>
        <translation>campañas</translation>
    </message>
</context>
<context>
    <name>kd::i18n</name>
    <message>
        <source>English</source>
        <comment>The name of the language you are translating into, written in that language, as a menu of languages shows it: Español, Português (Brasil), Русский</comment>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>kd::ui::AdNetworksPage</name>
    <message>
        <source>① Credentials</source>
        <extracomment>Step 1 of 3 of the setup, a button in a row of steps: keep the circled digit.</extracomment>
        <translation>① Credenciales</translation>
    </message>
    <message>
        <source>② Ad networks</source>
        <extracomment>Step 2 of 3 of the setup, a button in a row of steps: keep the circled digit.</extracomment>
        <translation>② Redes publicitarias</translation>
    </message>
    <message>
        <source>③ Tracking parameters</source>
        <extracomment>Step 3 of 3 of the setup, a button in a row of steps: keep the circled digit.</extracomment>
        <translation>③ Parámetros de seguimiento</translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation>&amp;Configurar…</translation>
    </message>
    <message>
        <source>Ad networks</source>
        <translation>Redes publicitarias</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation>&amp;Integración:</translation>
    </message>
    <message>
        <source>Connect a Kintura tracker first (Integrations page, Add…): the templates come from your tracker.</source>
        <translation>Conecte primero un tracker de Kintura (página Integraciones, Añadir…): las plantillas vienen de su tracker.</translation>
    </message>
    <message>
        <source>Edit the integration&apos;s credentials and settings</source>
        <translation>Editar las credenciales y la configuración de la integración</translation>
    </message>
    <message>
        <source>C&amp;hoose networks…</source>
        <translation>&amp;Elegir redes…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Read the templates from the tracker again (%1)</source>
        <extracomment>Tooltip of &quot;Check again&quot;. %1 is its keyboard shortcut, e.g. F5.</extracomment>
        <translation>Volver a leer las plantillas del tracker (%1)</translation>
    </message>
    <message>
        <source>&amp;Next: tracking parameters ›</source>
        <translation>&amp;Siguiente: parámetros de seguimiento ›</translation>
    </message>
    <message>
        <source>Ad networks of this integration</source>
        <translation>Redes publicitarias de esta integración</translation>
    </message>
    <message>
        <source>‹ &amp;Back to the networks</source>
        <translation>‹ &amp;Volver a las redes</translation>
    </message>
    <message>
        <source>Paste each string into the network&apos;s campaigns, where it says. The macros stay as they are: the network fills them in on every click. Without them the tracker sees visits but cannot tie them to campaigns.</source>
        <translation>Pegue cada cadena en las campañas de la red, donde se indica. Las macros se quedan tal cual: la red las completa en cada clic. Sin ellas, el tracker ve las visitas pero no puede vincularlas a las campañas.</translation>
    </message>
    <message>
        <source>Changed in the tracker since the last check:</source>
        <translation>Cambios en el tracker desde la última comprobación:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved. Now tell Kintura Desk which ad networks send traffic to it (Choose networks…) and pick each one&apos;s tracking template, so that every network feeds this tracker.</source>
        <extracomment>%1 is the integration&apos;s name.</extracomment>
        <translation>Se guardó &quot;%1&quot;. Ahora indique a Kintura Desk qué redes publicitarias le envían tráfico (Elegir redes…) y elija la plantilla de seguimiento de cada una, para que todas las redes alimenten este tracker.</translation>
    </message>
    <message>
        <source>No ad networks chosen yet. Press Choose networks… and tick every network that sends traffic to this tracker.</source>
        <translation>Todavía no se eligió ninguna red publicitaria. Pulse Elegir redes… y marque cada red que envía tráfico a este tracker.</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) without a working template: %1. They send the tracker no usable data until you choose one (Configure…).</source>
        <extracomment>%1 is the ad networks&apos; names, joined with commas; %n how many there are.</extracomment>
        <translation>
            <numerusform>%n red sin una plantilla que funcione: %1. No envía datos útiles al tracker hasta que elija una (Configurar…).</numerusform>
            <numerusform>%n redes sin una plantilla que funcione: %1. No envían datos útiles al tracker hasta que elija una (Configurar…).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the templates from the tracker…</source>
        <translation>Leyendo las plantillas del tracker…</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) read from the tracker.</source>
        <translation>
            <numerusform>%n plantilla leída del tracker.</numerusform>
            <numerusform>%n plantillas leídas del tracker.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your ad networks first (step 2).</source>
        <translation>Elija primero sus redes publicitarias (paso 2).</translation>
    </message>
    <message>
        <source>Paste into: %1</source>
        <extracomment>%1 is where the string goes in the ad network&apos;s own interface, in English as the network names its menus, e.g. &quot;Ads Manager &gt; ad &gt; Destination &gt; URL parameters&quot;.</extracomment>
        <translation>Pegar en: %1</translation>
    </message>
    <message>
        <source>Tracking parameters for %1</source>
        <extracomment>%1 is an ad network&apos;s name, e.g. Google Ads.</extracomment>
        <translation>Parámetros de seguimiento para %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button (a verb): copies the tracking parameters to the clipboard. Once pressed it says &quot;Copied&quot;: keep both short.</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the tracking parameters for %1</source>
        <extracomment>%1 is an ad network&apos;s name, e.g. Google Ads.</extracomment>
        <translation>Copiar los parámetros de seguimiento para %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>The &quot;Copy&quot; button&apos;s text once pressed: the tracking parameters are now on the clipboard. Keep it short.</extracomment>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Not complete: %1 is missing. Fix the template in Kintura first.</source>
        <extracomment>%1 is one or more identifiers, joined with commas, e.g. &quot;Ad Set ID, Placement&quot;.</extracomment>
        <translation>Incompleto: falta %1. Corrija primero la plantilla en Kintura.</translation>
    </message>
    <message>
        <source>Tracking parameters</source>
        <translation>Parámetros de seguimiento</translation>
    </message>
</context>
<context>
    <name>kd::ui::ChooseNetworksDialog</name>
    <message>
        <source>Ad networks you run</source>
        <translation>Redes publicitarias que usa</translation>
    </message>
    <message>
        <source>Filter</source>
        <extracomment>Placeholder in a search field above the list of ad networks: typing there narrows the list.</extracomment>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Filter ad networks by name</source>
        <translation>Filtrar redes publicitarias por nombre</translation>
    </message>
    <message>
        <source>Ad networks</source>
        <translation>Redes publicitarias</translation>
    </message>
    <message>
        <source>Tick every ad network whose traffic goes to this tracker. Each one then needs a tracking template.</source>
        <translation>Marque cada red publicitaria cuyo tráfico llega a este tracker. Después, cada una necesita una plantilla de seguimiento.</translation>
    </message>
    <message>
        <source>No ad network&apos;s name contains this text. Clear the filter to see them all.</source>
        <translation>Ningún nombre de red publicitaria contiene este texto. Borre el filtro para verlas todas.</translation>
    </message>
</context>
<context>
    <name>kd::ui::ConflictWarning</name>
    <message>
        <source>%1 campaign %2: %3</source>
        <translation>Campaña %2 de %1: %3</translation>
    </message>
    <message>
        <source>Ad network</source>
        <translation>Red publicitaria</translation>
    </message>
    <message numerus="yes">
        <source>%n ad-network campaign(s) send clicks to more than one Kintura tracker in this period. Each of those trackers counts the conversions, so revenue and conversions are counted twice. Point each campaign at one tracker only.</source>
        <translation>
            <numerusform>%n campaña de red publicitaria envía clics a más de un tracker de Kintura en este periodo. Cada uno de esos trackers cuenta las conversiones, así que los ingresos y las conversiones se cuentan dos veces. Dirija cada campaña a un solo tracker.</numerusform>
            <numerusform>%n campañas de redes publicitarias envían clics a más de un tracker de Kintura en este periodo. Cada uno de esos trackers cuenta las conversiones, así que los ingresos y las conversiones se cuentan dos veces. Dirija cada campaña a un solo tracker.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ui::ConnectionResultPanel</name>
    <message>
        <source>Postback time</source>
        <extracomment>A value in the &quot;Conversion registration time&quot; row of a table comparing the form with the tracker: conversions are dated by when their postback arrived.</extracomment>
        <translation>Hora del postback</translation>
    </message>
    <message>
        <source>Visit time</source>
        <extracomment>A value in the &quot;Conversion registration time&quot; row of a table comparing the form with the tracker: conversions are dated by the visit (click) that led to them.</extracomment>
        <translation>Hora de la visita</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>Confiar en este ce&amp;rtificado</translation>
    </message>
    <message>
        <source>Accept exactly this certificate for this integration. You can take the trust back by editing the integration.</source>
        <translation>Aceptar exactamente este certificado para esta integración. Puede retirar la confianza editando la integración.</translation>
    </message>
    <message>
        <source>Asking the tracker at %1…</source>
        <extracomment>%1 is the tracker&apos;s host name, e.g. tracker.example.com.</extracomment>
        <translation>Consultando al tracker en %1…</translation>
    </message>
    <message>
        <source>In this form</source>
        <extracomment>Column heading of a table comparing settings: the values typed in this dialog.</extracomment>
        <translation>En este formulario</translation>
    </message>
    <message>
        <source>In the tracker</source>
        <extracomment>Column heading of a table comparing settings: the values the tracker reports.</extracomment>
        <translation>En el tracker</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Conversion registration time</source>
        <translation>Momento de registro de la conversión</translation>
    </message>
    <message>
        <source>Use the tracker&apos;s va&amp;lues</source>
        <translation>Usar los va&amp;lores del tracker</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
</context>
<context>
    <name>kd::ui::DeskContent</name>
    <message>
        <source>Demo mode: data comes from the built-in simulated tracker at %1; nothing is saved and your keychain is not touched.</source>
        <extracomment>%1 is the simulated tracker&apos;s address, e.g. http://127.0.0.1:40123.</extracomment>
        <translation>Modo demo: los datos vienen del tracker simulado integrado en %1; no se guarda nada y no se toca su llavero.</translation>
    </message>
</context>
<context>
    <name>kd::ui::DiagnosticCopy</name>
    <message>
        <source>Asking each endpoint of &quot;%1&quot; once, at the tracker&apos;s pace…</source>
        <extracomment>%1 is the integration&apos;s name.</extracomment>
        <translation>Consultando una vez cada endpoint de &quot;%1&quot;, al ritmo del tracker…</translation>
    </message>
    <message>
        <source>Asking each endpoint of &quot;%1&quot; once: %2 of %3…</source>
        <extracomment>%1 is the integration&apos;s name; %2 endpoints asked so far, of %3.</extracomment>
        <translation>Consultando una vez cada endpoint de &quot;%1&quot;: %2 de %3…</translation>
    </message>
    <message>
        <source>Copied a diagnostic report of &quot;%1&quot; to the clipboard: for each endpoint Kintura Desk uses, the HTTP status, the page headers and the shape of the reply (keys and types). It holds no address, key, id, title or number from the tracker. Paste it into a report to the Kintura Desk developers.</source>
        <translation>Se copió al portapapeles un informe de diagnóstico de &quot;%1&quot;: para cada endpoint que usa Kintura Desk, el estado HTTP, los encabezados de paginación y la estructura de la respuesta (claves y tipos). No contiene ninguna dirección, clave, ID, título ni cifra del tracker. Péguelo al informar del problema a los desarrolladores de Kintura Desk.</translation>
    </message>
</context>
<context>
    <name>kd::ui::IntegrationDialog</name>
    <message>
        <source>&amp;Visit time</source>
        <extracomment>Choice of &quot;Conversion registration time&quot;: conversions are dated by the visit (click) that led to them.</extracomment>
        <translation>Hora de la &amp;visita</translation>
    </message>
    <message>
        <source>&amp;Postback time</source>
        <extracomment>Choice of &quot;Conversion registration time&quot;: conversions are dated by when their postback reached the tracker.</extracomment>
        <translation>Hora del pos&amp;tback</translation>
    </message>
    <message>
        <source>Stop trusting this certificate</source>
        <translation>Dejar de confiar en este certificado</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Edit integration</source>
        <translation>Editar integración</translation>
    </message>
    <message>
        <source>Connect a Kintura tracker</source>
        <translation>Conectar un tracker de Kintura</translation>
    </message>
    <message>
        <source>e.g. Kintura - Brand A</source>
        <translation>p. ej., Kintura - Marca A</translation>
    </message>
    <message>
        <source>Unchanged (leave empty to keep the stored one)</source>
        <translation>Sin cambios (déjelo vacío para conservar el guardado)</translation>
    </message>
    <message>
        <source>From Kintura&apos;s Settings &gt; API page</source>
        <translation>De la página Settings &gt; API de Kintura</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Mostrar secreto</translation>
    </message>
    <message>
        <source>Show or hide the API secret</source>
        <translation>Mostrar u ocultar el secreto de API</translation>
    </message>
    <message>
        <source>https://tracker.example.com</source>
        <translation>https://tracker.example.com</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>A conversion counts on the day of the click that led to it.</source>
        <translation>Una conversión cuenta el día del clic que la originó.</translation>
    </message>
    <message>
        <source>A conversion counts on the day its postback reaches the tracker.</source>
        <translation>Una conversión cuenta el día en que su postback llega al tracker.</translation>
    </message>
    <message>
        <source>Integration &amp;name:</source>
        <translation>&amp;Nombre de la integración:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>&amp;Secreto de API:</translation>
    </message>
    <message>
        <source>Tracker &amp;URL:</source>
        <translation>&amp;URL del tracker:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Conversion registration time:</source>
        <translation>Momento de registro de la conversión:</translation>
    </message>
    <message>
        <source>Copy the API key and secret from your tracker&apos;s Settings &gt; API page. The secret is kept in your system&apos;s keychain only.</source>
        <translation>Copie la clave y el secreto de API de la página Settings &gt; API de su tracker. El secreto solo se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Trusted certificate: SHA-256 %1</source>
        <extracomment>%1 is the certificate&apos;s SHA-256 fingerprint, hexadecimal.</extracomment>
        <translation>Certificado de confianza: SHA-256 %1</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>The time zone your tracker counts days in: report days begin at its midnight.</source>
        <translation>La zona horaria en la que su tracker cuenta los días: los días de los informes empiezan a la medianoche de esa zona.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>The form now uses the tracker&apos;s currency (%1), conversion registration time and time zone (%2). Save to keep them.</source>
        <extracomment>%1 is a currency code, e.g. USD; %2 a time zone, e.g. Europe/Madrid.</extracomment>
        <translation>El formulario usa ahora la moneda (%1), el momento de registro de la conversión y la zona horaria (%2) del tracker. Guarde para conservarlos.</translation>
    </message>
</context>
<context>
    <name>kd::ui::IntegrationsModel</name>
    <message>
        <source>never</source>
        <extracomment>&quot;Last check&quot; column of the Integrations table: this integration was never checked.</extracomment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <source>Tracker URL</source>
        <translation>URL del tracker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Última comprobación</translation>
    </message>
</context>
<context>
    <name>kd::ui::IntegrationsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <extracomment>Button (a verb): checks the selected integration&apos;s connection now.</extracomment>
        <translation>Pro&amp;bar</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Check all</source>
        <extracomment>Button (a verb): checks the connection of every integration now.</extracomment>
        <translation>&amp;Comprobar todas</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>Kintura trackers this app reads from. Each one is checked against the tracker: it must answer, and its currency and conversion registration time must match.</source>
        <translation>Trackers de Kintura de los que lee esta aplicación. Cada uno se comprueba con el tracker: debe responder, y su moneda y su momento de registro de la conversión deben coincidir.</translation>
    </message>
    <message>
        <source>Enter, or double-click the integration</source>
        <translation>Intro, o doble clic en la integración</translation>
    </message>
    <message>
        <source>No integrations yet. Press Add… (%1) to connect a Kintura tracker.</source>
        <extracomment>%1 is the keyboard shortcut of the Add… button, e.g. Ctrl+N.</extracomment>
        <translation>Todavía no hay integraciones. Pulse Añadir… (%1) para conectar un tracker de Kintura.</translation>
    </message>
    <message>
        <source>Select an integration to see its status.</source>
        <translation>Seleccione una integración para ver su estado.</translation>
    </message>
    <message>
        <source>Remove integration</source>
        <translation>Eliminar integración</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its API key and secret are deleted from the system keychain. The tracker itself is not changed.</source>
        <extracomment>%1 is the integration&apos;s name.</extracomment>
        <translation>¿Eliminar &quot;%1&quot;? Su clave y su secreto de API se borran del llavero del sistema. El tracker en sí no cambia.</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic report</source>
        <extracomment>Button: asks the selected tracker&apos;s endpoints and copies a report of their shapes.</extracomment>
        <translation>Copiar informe de &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Asks each endpoint Kintura Desk uses once and copies what they answered, as shapes without values: for reporting a tracker that differs from what Kintura Desk expects.</source>
        <translation>Consulta una vez cada endpoint que usa Kintura Desk y copia lo que respondieron, como estructuras sin valores: para informar de un tracker que difiere de lo que Kintura Desk espera.</translation>
    </message>
</context>
<context>
    <name>kd::ui::MainWindow</name>
    <message>
        <source>Kintura Desk</source>
        <translation>Kintura Desk</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>Ad networks</source>
        <translation>Redes publicitarias</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>Screen-reader name of the sidebar listing the pages (Integrations, Ad networks, Reports).</extracomment>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Demo — Kintura Desk</source>
        <extracomment>Window title when started with --demo (the built-in simulated tracker).</extracomment>
        <translation>Demo — Kintura Desk</translation>
    </message>
</context>
<context>
    <name>kd::ui::NetworksModel</name>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source>Ad network</source>
        <translation>Red publicitaria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tracking template</source>
        <translation>Plantilla de seguimiento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>kd::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Days fetched again with visit-time conversions</source>
        <translation>Días que se vuelven a descargar con conversiones por hora de visita</translation>
    </message>
    <message>
        <source>Trackers that register conversions at the time of the visit keep adding late conversions to past days. Every sync fetches this many recent days again; older days are never fetched twice. Longer windows catch later conversions and cost more requests at the tracker&apos;s one request a second.</source>
        <translation>Los trackers que registran las conversiones a la hora de la visita siguen añadiendo conversiones tardías a días pasados. Cada sincronización vuelve a descargar esta cantidad de días recientes; los días más antiguos nunca se descargan dos veces. Un intervalo más largo capta conversiones más tardías, pero cuesta más solicitudes al ritmo de una por segundo que admite el tracker.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <extracomment>The first choice of both the Language and the Theme lists: use the system&apos;s own setting.</extracomment>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>A choice of Theme: light colours.</extracomment>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>A choice of Theme: dark colours.</extracomment>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Shown in the &quot;Refresh statuses and reports every:&quot; spin box at 0 minutes: no automatic refresh.</extracomment>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Spin box suffix after a number of minutes.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>Title of the group of general preferences (language, theme, refresh).</extracomment>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Refresh statuses and reports every:</source>
        <translation>&amp;Actualizar estados e informes cada:</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Re-&amp;fetch recent days:</source>
        <translation>Volver a &amp;descargar días recientes:</translation>
    </message>
    <message>
        <source>Report cache</source>
        <translation>Caché de informes</translation>
    </message>
    <message>
        <source>Numbers fetched from the trackers are kept in %1 (%2). Clearing it only costs time: the next sync fetches them again.</source>
        <extracomment>%1 is the cache file&apos;s path; %2 its size on disk, e.g. 12.4 MB.</extracomment>
        <translation>Las cifras descargadas de los trackers se guardan en %1 (%2). Vaciarla solo cuesta tiempo: la próxima sincronización las vuelve a descargar.</translation>
    </message>
    <message>
        <source>A new language applies when Kintura Desk starts again.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Kintura Desk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Clear ca&amp;che</source>
        <translation>&amp;Vaciar caché</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>Spin box suffix after the number of days.</extracomment>
        <translation>
            <numerusform> día</numerusform>
            <numerusform> días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ui::RangeSelector</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Periodo personalizado…</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
</context>
<context>
    <name>kd::ui::ReportCharts</name>
    <message>
        <source>Conversions and revenue over time</source>
        <translation>Conversiones e ingresos a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Top rows by revenue</source>
        <translation>Filas con más ingresos</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <source>Point at the chart for exact values; click a legend entry to hide or show its line.</source>
        <translation>Señale el gráfico para ver los valores exactos; haga clic en una entrada de la leyenda para ocultar o mostrar su línea.</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Ingresos (%1)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversion(s), revenue %2</source>
        <translation>
            <numerusform>%1: %n conversión, ingresos %2</numerusform>
            <numerusform>%1: %n conversiones, ingresos %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart could not be turned into a picture.</source>
        <translation>No se pudo convertir el gráfico en una imagen.</translation>
    </message>
    <message>
        <source>the chart</source>
        <translation>el gráfico</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>Date axis labels (Qt date format): a month.</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM d yyyy</source>
        <extracomment>Date axis labels (Qt date format): a day in a range of more than a year.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>Date axis labels (Qt date format): a day.</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>The readout&apos;s month (Qt date format).</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>kd::ui::ReportTableModel</name>
    <message>
        <source>Total in %1</source>
        <extracomment>The totals row of the report table; %1 is a currency code, e.g. USD.</extracomment>
        <translation>Total en %1</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>The totals row of the report table (its first cell).</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ad network</source>
        <translation>Red publicitaria</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Conv. rate</source>
        <translation>Tasa de conv.</translation>
    </message>
    <message>
        <source>EPC</source>
        <translation>EPC</translation>
    </message>
</context>
<context>
    <name>kd::ui::ReportTableView</name>
    <message>
        <source>Breakdown table</source>
        <translation>Tabla de desglose</translation>
    </message>
    <message>
        <source>Sorted by %1, ascending.</source>
        <translation>Ordenado por %1, de menor a mayor.</translation>
    </message>
    <message>
        <source>Sorted by %1, descending.</source>
        <translation>Ordenado por %1, de mayor a menor.</translation>
    </message>
    <message>
        <source>&amp;Sort by this column</source>
        <translation>&amp;Ordenar por esta columna</translation>
    </message>
    <message>
        <source>To sort by a column, click its header, or go to one of its cells and press %1. Doing it again reverses the order; the totals stay last.</source>
        <translation>Para ordenar por una columna, haga clic en su encabezado, o vaya a una de sus celdas y pulse %1. Si lo repite, se invierte el orden; los totales quedan al final.</translation>
    </message>
</context>
<context>
    <name>kd::ui::ReportsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <source>Ad network filter</source>
        <translation>Filtro de red publicitaria</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Filtro de campaña</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <source>By ad network</source>
        <translation>Por red publicitaria</translation>
    </message>
    <message>
        <source>By campaign</source>
        <translation>Por campaña</translation>
    </message>
    <message>
        <source>By integration</source>
        <translation>Por integración</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation>&amp;Integración:</translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation>Peri&amp;odo:</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Save c&amp;hart…</source>
        <translation>&amp;Guardar gráfico…</translation>
    </message>
    <message>
        <source>Ad &amp;network:</source>
        <translation>&amp;Red publicitaria:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpaña:</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>De&amp;sglose:</translation>
    </message>
    <message>
        <source>All integrations</source>
        <translation>Todas las integraciones</translation>
    </message>
    <message>
        <source>Connect a Kintura tracker first (Integrations page, Add…).</source>
        <translation>Conecte primero un tracker de Kintura (página Integraciones, Añadir…).</translation>
    </message>
    <message>
        <source>All ad networks</source>
        <translation>Todas las redes publicitarias</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campaña %1</translation>
    </message>
    <message>
        <source>Pick one integration to filter by campaign.</source>
        <translation>Elija una sola integración para filtrar por campaña.</translation>
    </message>
    <message>
        <source>Top ad networks by revenue</source>
        <translation>Redes publicitarias con más ingresos</translation>
    </message>
    <message>
        <source>Top campaigns by revenue</source>
        <translation>Campañas con más ingresos</translation>
    </message>
    <message>
        <source>Integrations by revenue</source>
        <translation>Integraciones por ingresos</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n)</source>
        <translation>
            <numerusform>Otros (%n)</numerusform>
            <numerusform>Otros (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ad network</source>
        <translation>Red publicitaria</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Breakdown table: %1</source>
        <translation>Tabla de desglose: %1</translation>
    </message>
    <message>
        <source>These integrations report revenue in %1. Each currency has its own line, bars and total: amounts in different currencies are never added together.</source>
        <translation>Estas integraciones informan los ingresos en %1. Cada moneda tiene su propia línea, sus barras y su total: los importes en monedas distintas nunca se suman.</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>el informe</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exportar la tabla</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the table to %1.</source>
        <translation>Se guardó la tabla en %1.</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Se guardó el gráfico en %1.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No campaign is called “%1”. The report still shows %2: type part of a campaign&apos;s name and pick it from the list.</source>
        <translation>Ninguna campaña se llama «%1». El informe sigue mostrando %2: escriba parte del nombre de una campaña y elíjala de la lista.</translation>
    </message>
</context>
<context>
    <name>kd::ui::SyncStatusLine</name>
    <message>
        <source>Asking the tracker for what is missing or may have changed…</source>
        <translation>Pidiendo al tracker lo que falta o puede haber cambiado…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: request %2 of %3, about %n second(s) left at the tracker&apos;s rate.</source>
        <translation>
            <numerusform>Sincronizando %1: solicitud %2 de %3; queda cerca de %n segundo al ritmo del tracker.</numerusform>
            <numerusform>Sincronizando %1: solicitud %2 de %3; quedan cerca de %n segundos al ritmo del tracker.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date: %1 synced at %2.</source>
        <translation>Actualizado: %1, sincronizado a las %2.</translation>
    </message>
    <message>
        <source>Sync cancelled: showing the data kept on this computer (last synced at %1).</source>
        <translation>Sincronización cancelada: se muestran los datos guardados en este equipo (última sincronización: %1).</translation>
    </message>
    <message>
        <source>Offline: showing the data of %1 kept on this computer, last synced at %2. %3</source>
        <translation>Sin conexión: se muestran los datos de %1 guardados en este equipo, sincronizados por última vez: %2. %3</translation>
    </message>
    <message>
        <source>Sync cancelled: nothing of %1 is kept on this computer yet.</source>
        <translation>Sincronización cancelada: todavía no hay datos de %1 guardados en este equipo.</translation>
    </message>
    <message>
        <source>Offline: nothing of %1 is kept on this computer yet. %2</source>
        <translation>Sin conexión: todavía no hay datos de %1 guardados en este equipo. %2</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>Syncing with the tracker</source>
        <translation>Sincronizando con el tracker</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Sync cancelled: showing the saved data</source>
        <translation>Sincronización cancelada: se muestran los datos guardados</translation>
    </message>
    <message>
        <source>Offline: the tracker cannot be reached</source>
        <translation>Sin conexión: no se puede acceder al tracker</translation>
    </message>
    <message>
        <source>Error: the tracker answered with a problem</source>
        <translation>Error: el tracker respondió con un problema</translation>
    </message>
    <message>
        <source>Error: the system keychain cannot be read</source>
        <translation>Error: no se puede leer el llavero del sistema</translation>
    </message>
    <message>
        <source>%1 Showing the data of %2 kept on this computer, last synced at %3.</source>
        <translation>%1 Se muestran los datos de %2 guardados en este equipo, sincronizados por última vez: %3.</translation>
    </message>
    <message>
        <source>%1 Nothing of %2 is kept on this computer yet.</source>
        <translation>%1 Todavía no hay datos de %2 guardados en este equipo.</translation>
    </message>
    <message>
        <source>Error: the tracker&apos;s secure connection could not be verified</source>
        <translation>Error: no se pudo verificar la conexión segura del tracker</translation>
    </message>
    <message>
        <source>Error: the data could not be stored on this computer</source>
        <translation>Error: no se pudieron guardar los datos en este equipo</translation>
    </message>
    <message>
        <source>Warning: this tracker does not offer reports through its API</source>
        <translation>Advertencia: este tracker no ofrece informes a través de su API</translation>
    </message>
</context>
<context>
    <name>kd::ui::TemplateChooserDialog</name>
    <message>
        <source>&amp;Use this template</source>
        <translation>&amp;Usar esta plantilla</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Tracking template for %1</source>
        <extracomment>%1 is an ad network&apos;s name, e.g. Google Ads.</extracomment>
        <translation>Plantilla de seguimiento para %1</translation>
    </message>
    <message>
        <source>Templates in the tracker</source>
        <translation>Plantillas del tracker</translation>
    </message>
    <message>
        <source>Choose the traffic-source template of your Kintura account that %1 clicks arrive with. It must map Campaign ID, Ad Set ID, Ad ID and Placement to %1&apos;s macros.</source>
        <extracomment>%1 (twice) is an ad network&apos;s name, e.g. Google Ads.</extracomment>
        <translation>Elija la plantilla de fuente de tráfico de su cuenta de Kintura con la que llegan los clics de %1. Debe asignar ID de campaña, ID del conjunto de anuncios, ID del anuncio y Ubicación a las macros de %1.</translation>
    </message>
    <message>
        <source>maps all four</source>
        <extracomment>Verdict after a template&apos;s title in a list (&quot;Title — maps all four&quot;): the template passes all four identifiers (Campaign ID, Ad Set ID, Ad ID, Placement). Lower-case, no full stop.</extracomment>
        <translation>asigna los cuatro</translation>
    </message>
    <message numerus="yes">
        <source>maps all four, %n warning(s)</source>
        <extracomment>Verdict after a template&apos;s title in a list (&quot;Title — …&quot;): all four identifiers are passed, with %n warnings. Lower-case, no full stop.</extracomment>
        <translation>
            <numerusform>asigna los cuatro, %n advertencia</numerusform>
            <numerusform>asigna los cuatro, %n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>maps none of the four</source>
        <extracomment>Verdict after a template&apos;s title in a list (&quot;Title — …&quot;): none of the four identifiers is passed. Lower-case, no full stop.</extracomment>
        <translation>no asigna ninguno de los cuatro</translation>
    </message>
    <message>
        <source>missing %1</source>
        <extracomment>Verdict after a template&apos;s title in a list (&quot;Title — missing …&quot;). %1 is the identifiers it lacks, joined with commas, e.g. &quot;Ad Set ID, Placement&quot;.</extracomment>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>Reading the templates from the tracker…</source>
        <translation>Leyendo las plantillas del tracker…</translation>
    </message>
    <message>
        <source>The tracker has no traffic-source templates: create one in Kintura first.</source>
        <translation>El tracker no tiene plantillas de fuente de tráfico: cree una primero en Kintura.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) in the tracker.</source>
        <translation>
            <numerusform>%n plantilla en el tracker.</numerusform>
            <numerusform>%n plantillas en el tracker.</numerusform>
        </translation>
    </message>
    <message>
        <source>missing: add a parameter with %1</source>
        <extracomment>In a table row beside an identifier&apos;s name (e.g. &quot;Ad Set ID&quot;). %1 is the ad network&apos;s macro for it, e.g. {adgroupid}, or &quot;a value for it&quot;.</extracomment>
        <translation>falta: añada un parámetro con %1</translation>
    </message>
    <message>
        <source>a value for it</source>
        <extracomment>Fills %1 in &quot;missing: add a parameter with %1&quot; when the ad network documents no macro for it.</extracomment>
        <translation>un valor para este dato</translation>
    </message>
    <message>
        <source>Fix this template in Kintura first, then press Check again.</source>
        <translation>Corrija primero esta plantilla en Kintura y luego pulse Comprobar de nuevo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start on the built-in demo tracker: nothing is saved, the keychain is not touched.</source>
        <translation>Iniciar con el tracker de demostración integrado: no se guarda nada y no se toca el llavero.</translation>
    </message>
    <message>
        <source>Open on this page: integrations, ad-networks or reports.</source>
        <extracomment>Description of the --page option in --help: the page names are typed as they are, do not translate them.</extracomment>
        <translation>Abrir en esta página: integrations, ad-networks o reports.</translation>
    </message>
    <message>
        <source>Save a picture of the window once the first checks are done, then quit.</source>
        <translation>Guardar una imagen de la ventana cuando terminen las primeras comprobaciones y salir.</translation>
    </message>
    <message>
        <source>Kintura Desk: connect Kintura trackers, set up ad networks&apos; tracking templates and chart conversions and revenue.

Headless use, no display needed:
</source>
        <translation>Kintura Desk: conecte trackers de Kintura, configure las plantillas de seguimiento de las redes publicitarias y vea gráficos de conversiones e ingresos.

Uso sin interfaz gráfica, sin pantalla:
</translation>
    </message>
    <message>
        <source>Kintura Desk</source>
        <translation>Kintura Desk</translation>
    </message>
    <message>
        <source>Kintura Desk is already open: its window was brought to the front.</source>
        <translation>Kintura Desk ya está abierto: su ventana se ha traído al frente.</translation>
    </message>
    <message>
        <source>Another Kintura Desk command is changing the settings in %1. Try again in a moment.</source>
        <extracomment>%1 is the settings folder&apos;s path.</extracomment>
        <translation>Otro comando de Kintura Desk está cambiando la configuración en %1. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Reinstall the kintura-desk package (built from source: build it again).</source>
        <translation>Reinstale el paquete kintura-desk (si lo compiló desde el código fuente, vuelva a compilarlo).</translation>
    </message>
    <message>
        <source>Kintura Desk is incomplete: %1 is missing. %2</source>
        <translation>Kintura Desk está incompleto: falta %1. %2</translation>
    </message>
    <message>
        <source>Kintura Desk cannot load %1 (%2). %3</source>
        <translation>Kintura Desk no puede cargar %1 (%2). %3</translation>
    </message>
    <message>
        <source>Kintura Desk %1 cannot use %2, which is from version %3. %4</source>
        <translation>Kintura Desk %1 no puede usar %2, que es de la versión %3. %4</translation>
    </message>
    <message>
        <source>Kintura Desk %1 cannot use %2: it has no %3. %4</source>
        <translation>Kintura Desk %1 no puede usar %2: no contiene %3. %4</translation>
    </message>
    <message>
        <source>With --demo: full (the default) or published (a tracker that offers only Kintura&apos;s public API).</source>
        <extracomment>Description of the --demo-api option in --help: &quot;full&quot; and &quot;published&quot; are typed as they are, do not translate them.</extracomment>
        <translation>Con --demo: full (el valor predeterminado) o published (un tracker que solo ofrece la API pública de Kintura).</translation>
    </message>
    <message>
        <source>--demo-api is full or published.</source>
        <translation>--demo-api admite full o published.</translation>
    </message>
</context>
</TS>
