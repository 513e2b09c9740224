<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AdNetworkCatalog</name>
    <message>
        <source>Campaign ID</source>
        <extracomment>An ad network&apos;s identifier a tracking template passes to the tracker; also inserted in lists such as &quot;no longer maps %3&quot; (names joined with commas).</extracomment>
        <translation>ID da campanha</translation>
    </message>
    <message>
        <source>Ad Set ID</source>
        <extracomment>An ad network&apos;s identifier a tracking template passes to the tracker (Facebook&apos;s &quot;ad set&quot;, Google&apos;s &quot;ad group&quot;); also inserted in lists such as &quot;no longer maps %3&quot;.</extracomment>
        <translation>ID do conjunto de anúncios</translation>
    </message>
    <message>
        <source>Ad ID</source>
        <extracomment>An ad network&apos;s identifier a tracking template passes to the tracker; also inserted in lists such as &quot;no longer maps %3&quot;.</extracomment>
        <translation>ID do anúncio</translation>
    </message>
    <message>
        <source>Placement</source>
        <extracomment>A noun: where the ad was shown (site, app, feed), one of the identifiers a tracking template passes to the tracker; also inserted in lists such as &quot;no longer maps %3&quot;.</extracomment>
        <translation>Posicionamento</translation>
    </message>
    <message>
        <source>not an ad-network catalog</source>
        <extracomment>Reason why the built-in catalog could not be read (a program error, rarely seen): lower-case, no full stop.</extracomment>
        <translation>não é um catálogo de redes de anúncios</translation>
    </message>
    <message>
        <source>network &quot;%1&quot; lacks &quot;%2&quot;</source>
        <extracomment>Reason why the built-in catalog could not be read (rarely seen). %1 is a network&apos;s key, e.g. &quot;facebook&quot;; %2 an identifier&apos;s key, e.g. &quot;adset&quot;.</extracomment>
        <translation>falta &quot;%2&quot; na rede &quot;%1&quot;</translation>
    </message>
    <message>
        <source>network &quot;%1&quot;, %2: no source</source>
        <extracomment>Reason why the built-in catalog could not be read (rarely seen). %1 is a network&apos;s key, e.g. &quot;facebook&quot;; %2 an identifier&apos;s key, e.g. &quot;adset&quot;.</extracomment>
        <translation>rede &quot;%1&quot;, %2: sem origem</translation>
    </message>
    <message>
        <source>a network without a key or name, or twice the same key</source>
        <extracomment>Reason why the built-in catalog could not be read (rarely seen): lower-case, no full stop.</extracomment>
        <translation>uma rede sem chave ou sem nome, ou uma chave repetida</translation>
    </message>
    <message>
        <source>no networks</source>
        <extracomment>Reason why the built-in catalog could not be read (rarely seen): lower-case, no full stop.</extracomment>
        <translation>nenhuma rede</translation>
    </message>
</context>
<context>
    <name>CustomRange</name>
    <message>
        <source>Enter both the first and the last day of the range.</source>
        <translation>Informe o primeiro e o último dia do período.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2): pick a last day on or after the first.</source>
        <translation>O período termina (%1) antes de começar (%2): escolha um último dia igual ou posterior ao primeiro.</translation>
    </message>
    <message>
        <source>The range starts after today (%1 in the tracker&apos;s time zone): there is no data yet.</source>
        <translation>O período começa depois de hoje (%1 no fuso horário do tracker): ainda não há dados.</translation>
    </message>
    <message numerus="yes">
        <source>The range is %n day(s) long; reports cover at most three years at a time. Pick a shorter range.</source>
        <translation>
            <numerusform>O período tem %n dia; os relatórios cobrem no máximo três anos por vez. Escolha um período menor.</numerusform>
            <numerusform>O período tem %n dias; os relatórios cobrem no máximo três anos por vez. Escolha um período menor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrationInput</name>
    <message>
        <source>Enter the %1 from Kintura&apos;s Settings &gt; API page.</source>
        <extracomment>%1 is &quot;API key&quot; or &quot;API secret&quot; (translated separately, lower-case inside a sentence).</extracomment>
        <translation>Preencha o campo &quot;%1&quot; com o valor da página Settings &gt; API do Kintura.</translation>
    </message>
    <message>
        <source>This is too long for an %1 (at most %2 characters): check what was pasted.</source>
        <extracomment>%1 is &quot;API key&quot; or &quot;API secret&quot;; %2 the largest number of characters allowed.</extracomment>
        <translation>É longo demais para o campo &quot;%1&quot; (no máximo %2 caracteres): confira o que foi colado.</translation>
    </message>
    <message>
        <source>Enter the tracker&apos;s address, e.g. https://tracker.example.com.</source>
        <translation>Informe o endereço do tracker, por exemplo, https://tracker.example.com.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Este não é um endereço web válido.</translation>
    </message>
    <message>
        <source>The tracker URL must start with https://.</source>
        <translation>A URL do tracker deve começar com https://.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the URL: the API key and secret go in their own fields.</source>
        <translation>Remova o nome de usuário e a senha da URL: a chave e o segredo da API têm campos próprios.</translation>
    </message>
    <message>
        <source>Use https://: the API secret must not travel unencrypted. Plain http is accepted only for this computer (localhost).</source>
        <translation>Use https://: o segredo da API não pode trafegar sem criptografia. O http simples só é aceito para este computador (localhost).</translation>
    </message>
    <message>
        <source>Only the tracker&apos;s address is needed: the rest (%1) was removed.</source>
        <extracomment>%1 is the part of the URL after the address, e.g. /stats?id=4.</extracomment>
        <translation>Só é necessário o endereço do tracker: o restante (%1) foi removido.</translation>
    </message>
    <message>
        <source>Give the integration a name, e.g. &quot;Kintura - Brand A&quot;.</source>
        <translation>Dê um nome à integração, por exemplo, &quot;Kintura - Marca A&quot;.</translation>
    </message>
    <message>
        <source>Use a shorter name (at most %1 characters).</source>
        <extracomment>%1 is the largest number of characters allowed.</extracomment>
        <translation>Use um nome mais curto (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Another integration is already called &quot;%1&quot;.</source>
        <extracomment>%1 is the other integration&apos;s name.</extracomment>
        <translation>Já existe outra integração chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>API key</source>
        <extracomment>Field name inserted as %1 into &quot;Enter the %1 from…&quot;, &quot;The %1 contains…&quot;, &quot;This is too long for an %1…&quot;: the tracker&apos;s API key, lower-case in those sentences if your language needs it.</extracomment>
        <translation>Chave da API</translation>
    </message>
    <message>
        <source>API secret</source>
        <extracomment>Field name inserted as %1 into &quot;Enter the %1 from…&quot;, &quot;The %1 contains…&quot;, &quot;This is too long for an %1…&quot;: the tracker&apos;s API secret, lower-case in those sentences if your language needs it.</extracomment>
        <translation>Segredo da API</translation>
    </message>
    <message>
        <source>Choose the currency your tracker reports revenue in.</source>
        <translation>Escolha a moeda em que o seu tracker informa a receita.</translation>
    </message>
    <message>
        <source>The %1 contains characters Kintura&apos;s keys never have (such as “%2”): copy it again from Kintura.</source>
        <extracomment>%1 is &quot;API key&quot; or &quot;API secret&quot;; %2 the first such character, as it was pasted.</extracomment>
        <translation>O campo &quot;%1&quot; contém caracteres que as chaves do Kintura nunca têm (como &quot;%2&quot;): copie-o novamente do Kintura.</translation>
    </message>
    <message>
        <source>This is a web address, not an %1: the tracker&apos;s address goes in Tracker URL, and the %1 is on Kintura&apos;s Settings &gt; API page.</source>
        <extracomment>%1 (twice) is &quot;API key&quot; or &quot;API secret&quot;. &quot;Tracker URL&quot; is the label of the form&apos;s field.</extracomment>
        <translation>Isto é um endereço web, não o valor de &quot;%1&quot;: o endereço do tracker vai em &quot;URL do tracker&quot;, e &quot;%1&quot; está na página Settings &gt; API do Kintura.</translation>
    </message>
    <message>
        <source>The %1 contains a space or an invisible character (%2): copy it again.</source>
        <extracomment>%1 is &quot;API key&quot; or &quot;API secret&quot;; %2 the character&apos;s Unicode code, e.g. U+00A0.</extracomment>
        <translation>O campo &quot;%1&quot; contém um espaço ou um caractere invisível (%2): copie-o novamente.</translation>
    </message>
    <message>
        <source>This is too long for a web address (at most %1 characters): enter only the tracker&apos;s address, e.g. https://tracker.example.com.</source>
        <extracomment>%1 is the largest number of characters allowed.</extracomment>
        <translation>É longo demais para um endereço web (no máximo %1 caracteres): informe só o endereço do tracker, por exemplo https://tracker.example.com.</translation>
    </message>
    <message>
        <source>This is not a web address: it contains an invisible control character (%1).</source>
        <extracomment>%1 is the character&apos;s Unicode code, e.g. U+0009.</extracomment>
        <translation>Isto não é um endereço web: contém um caractere de controle invisível (%1).</translation>
    </message>
    <message>
        <source>This is not a web address: it contains spaces.</source>
        <translation>Isto não é um endereço web: contém espaços.</translation>
    </message>
    <message>
        <source>This is a file path, not a web address: enter the tracker&apos;s address, e.g. https://tracker.example.com.</source>
        <translation>Isto é um caminho de arquivo, não um endereço web: informe o endereço do tracker, por exemplo https://tracker.example.com.</translation>
    </message>
    <message>
        <source>A web address cannot contain “%1”: check the tracker&apos;s address.</source>
        <extracomment>%1 is the character that is not allowed, as typed.</extracomment>
        <translation>Um endereço web não pode conter &quot;%1&quot;: confira o endereço do tracker.</translation>
    </message>
    <message>
        <source>The name contains an invisible control character (%1), which could make it show differently from what it is: type the name again.</source>
        <extracomment>%1 is the character&apos;s Unicode code, e.g. U+202E.</extracomment>
        <translation>O nome contém um caractere de controle invisível (%1), que pode fazê-lo aparecer diferente do que é: digite o nome novamente.</translation>
    </message>
    <message>
        <source>The name contains a web address with a user name or password: remove it (names are stored unencrypted).</source>
        <translation>O nome contém um endereço web com usuário ou senha: remova-o (os nomes são guardados sem criptografia).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code: choose one from the list (e.g. USD, EUR, BRL).</source>
        <extracomment>%1 is the currency code as typed.</extracomment>
        <translation>&quot;%1&quot; não é um código de moeda ISO 4217: escolha um da lista (por exemplo USD, EUR, BRL).</translation>
    </message>
    <message>
        <source>This is not an ISO 4217 currency code: choose one from the list (three letters, e.g. USD, EUR, BRL).</source>
        <translation>Isto não é um código de moeda ISO 4217: escolha um da lista (três letras, por exemplo USD, EUR, BRL).</translation>
    </message>
    <message>
        <source>Choose the time zone your tracker reports days in.</source>
        <translation>Escolha o fuso horário em que o seu tracker conta os dias.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows: choose one from the list (e.g. Europe/Madrid, America/New_York, UTC).</source>
        <extracomment>%1 is the time zone as typed.</extracomment>
        <translation>&quot;%1&quot; não é um fuso horário conhecido por este sistema: escolha um da lista (por exemplo Europe/Madrid, America/New_York, UTC).</translation>
    </message>
    <message>
        <source>This is not a time zone name: choose one from the list (e.g. Europe/Madrid, America/New_York, UTC).</source>
        <translation>Isto não é o nome de um fuso horário: escolha um da lista (por exemplo Europe/Madrid, America/New_York, UTC).</translation>
    </message>
</context>
<context>
    <name>IntegrationStore</name>
    <message>
        <source>it is not valid JSON (%1)</source>
        <extracomment>Reason inserted as %1 into &quot;The integrations file could not be used (%1)…&quot;: lower-case, no full stop. %1 here is the JSON parser&apos;s message (in English).</extracomment>
        <translation>não é um JSON válido (%1)</translation>
    </message>
    <message>
        <source>it is not a Kintura Desk integrations file</source>
        <extracomment>Reason inserted as %1 into &quot;The integrations file could not be used (%1)…&quot;: lower-case, no full stop; &quot;it&quot; is the file.</extracomment>
        <translation>não é um arquivo de integrações do Kintura Desk</translation>
    </message>
    <message>
        <source>it was written by a newer Kintura Desk (format %1)</source>
        <extracomment>Reason inserted into &quot;The integrations file could not be used (…)…&quot;: lower-case, no full stop; &quot;it&quot; is the file. %1 is the file&apos;s format version number.</extracomment>
        <translation>foi gravado por uma versão mais nova do Kintura Desk (formato %1)</translation>
    </message>
    <message>
        <source>its format version is missing or unknown</source>
        <translation>a versão do formato está ausente ou é desconhecida</translation>
    </message>
    <message>
        <source>the list of integrations is missing</source>
        <extracomment>Reason inserted as %1 into &quot;The integrations file could not be used (%1)…&quot;: lower-case, no full stop.</extracomment>
        <translation>a lista de integrações está ausente</translation>
    </message>
    <message>
        <source>integration %1 in it is damaged</source>
        <extracomment>Reason inserted into &quot;The integrations file could not be used (…)…&quot;: lower-case, no full stop. %1 is the entry&apos;s position in the file (0, 1, 2…); &quot;it&quot; is the file.</extracomment>
        <translation>a integração nº %1 está danificada</translation>
    </message>
    <message>
        <source>The integrations file %1 could not be read: %2.</source>
        <extracomment>%1 is the file&apos;s path; %2 the system&apos;s reason (often in English), e.g. &quot;Permission denied&quot;.</extracomment>
        <translation>Não foi possível ler o arquivo de integrações %1: %2.</translation>
    </message>
    <message>
        <source>it is far too large</source>
        <extracomment>Reason inserted as %1 into &quot;The integrations file could not be used (%1)…&quot;: lower-case, no full stop; &quot;it&quot; is the file.</extracomment>
        <translation>é grande demais</translation>
    </message>
    <message>
        <source>The integrations file could not be used (%1). It was kept as %2; Kintura Desk starts with no integrations.</source>
        <extracomment>%1 is the reason, e.g. &quot;it is far too large&quot;; %2 the path the damaged file was renamed to.</extracomment>
        <translation>Não foi possível usar o arquivo de integrações (%1). Ele foi guardado como %2; o Kintura Desk inicia sem integrações.</translation>
    </message>
    <message>
        <source>The integrations file %1 could not be used (%2) and could not be moved aside. Nothing will be saved until it is fixed or removed.</source>
        <extracomment>%1 is the file&apos;s path; %2 the reason, e.g. &quot;it is far too large&quot;.</extracomment>
        <translation>Não foi possível usar o arquivo de integrações %1 (%2) nem movê-lo para outro lugar. Nada será salvo até que ele seja corrigido ou removido.</translation>
    </message>
    <message>
        <source>the integrations</source>
        <extracomment>What is being saved, inserted as %1 into &quot;Could not save %1: the folder %2 could not be created.&quot; and &quot;Could not save %1 to %2: %3.&quot;.</extracomment>
        <translation>as integrações</translation>
    </message>
</context>
<context>
    <name>NetworkChoicesFile</name>
    <message>
        <source>%1: the template &quot;%2&quot; was deleted in the tracker.</source>
        <extracomment>%1 is an ad network&apos;s name, e.g. Google Ads; %2 the tracking template&apos;s title.</extracomment>
        <translation>%1: o modelo &quot;%2&quot; foi excluído no tracker.</translation>
    </message>
    <message>
        <source>%1: the template &quot;%2&quot; no longer maps %3.</source>
        <extracomment>%1 is an ad network&apos;s name; %2 the tracking template&apos;s title; %3 the identifiers it lacks, joined with commas, e.g. &quot;Ad Set ID, Placement&quot;.</extracomment>
        <translation>%1: o modelo &quot;%2&quot; não mapeia mais %3.</translation>
    </message>
    <message>
        <source>%1: the template &quot;%2&quot; now maps all four identifiers.</source>
        <extracomment>%1 is an ad network&apos;s name; %2 the tracking template&apos;s title.</extracomment>
        <translation>%1: o modelo &quot;%2&quot; agora mapeia os quatro identificadores.</translation>
    </message>
    <message>
        <source>%1: the template &quot;%2&quot; was renamed to &quot;%3&quot;.</source>
        <extracomment>%1 is an ad network&apos;s name; %2 the template&apos;s old title; %3 its new title.</extracomment>
        <translation>%1: o modelo &quot;%2&quot; foi renomeado para &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>it is not a Kintura Desk ad-network file of a known version</source>
        <extracomment>Reason inserted as %1 into &quot;The ad-network setup file could not be used (%1)…&quot;: lower-case, no full stop; &quot;it&quot; is the file.</extracomment>
        <translation>não é um arquivo de redes de anúncios do Kintura Desk de versão conhecida</translation>
    </message>
    <message>
        <source>an entry of integration %1 names no network</source>
        <extracomment>Reason inserted into &quot;The ad-network setup file could not be used (…)…&quot;: lower-case, no full stop. %1 is the integration&apos;s identifier (e.g. 3f2a…), not its name.</extracomment>
        <translation>uma entrada da integração %1 não indica nenhuma rede</translation>
    </message>
</context>
<context>
    <name>RangePresets</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Últimos 14 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mês passado</translation>
    </message>
</context>
<context>
    <name>ReportCache</name>
    <message>
        <source>The report cache %1 could not be opened: %2</source>
        <translation>Não foi possível abrir o cache de relatórios %1: %2</translation>
    </message>
    <message>
        <source>The report cache %1 could not be prepared: %2</source>
        <translation>Não foi possível preparar o cache de relatórios %1: %2</translation>
    </message>
    <message>
        <source>The report cache %1 was written by another version of Kintura Desk.</source>
        <translation>O cache de relatórios %1 foi gravado por outra versão do Kintura Desk.</translation>
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
        <translation>Fonte de tráfego %1</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campanha %1</translation>
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
        <translation>Não foi possível salvar %1: a pasta %2 não pôde ser criada.</translation>
    </message>
    <message>
        <source>Could not save %1 to %2: %3.</source>
        <extracomment>%1 is what was being saved, e.g. &quot;the integrations&quot;, &quot;the report&quot;, &quot;the chart&quot; (translated separately); %2 the file&apos;s path; %3 the system&apos;s reason (often in English).</extracomment>
        <translation>Não foi possível salvar %1 em %2: %3.</translation>
    </message>
</context>
<context>
    <name>StatusPresentation</name>
    <message>
        <source>Not checked</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell beside an icon: no check has run yet.</extracomment>
        <translation>Não verificado</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ainda não verificado</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>Status in a table cell beside an icon (an integration&apos;s connection or an ad network&apos;s template): a check is running now.</extracomment>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>Verificando a conexão</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Status in a table cell beside an icon: for an integration, the tracker answers and its settings match; for an ad network, its template passes all four identifiers. An adjective (a state), not an action.</extracomment>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connected: the tracker answers and its settings match</source>
        <translation>Conectado: o tracker responde e as configurações coincidem</translation>
    </message>
    <message>
        <source>Invalid credentials</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: the tracker rejected the API key or secret.</extracomment>
        <translation>Credenciais inválidas</translation>
    </message>
    <message>
        <source>Error: the tracker rejected the API key or secret</source>
        <translation>Erro: o tracker recusou a chave ou o segredo da API</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: the tracker could not be reached.</extracomment>
        <translation>Inacessível</translation>
    </message>
    <message>
        <source>Error: the tracker cannot be reached</source>
        <translation>Erro: não é possível acessar o tracker</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: its TLS certificate could not be verified.</extracomment>
        <translation>Problema no certificado</translation>
    </message>
    <message>
        <source>Error: the tracker&apos;s secure connection could not be verified</source>
        <translation>Erro: não foi possível verificar a conexão segura do tracker</translation>
    </message>
    <message>
        <source>Settings mismatch</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: the tracker&apos;s currency or conversion time differs from the integration&apos;s.</extracomment>
        <translation>Configurações divergentes</translation>
    </message>
    <message>
        <source>Warning: the tracker&apos;s currency or conversion time differs</source>
        <translation>Aviso: a moeda ou o momento de conversão do tracker é diferente</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: the system keychain (password store) cannot be opened.</extracomment>
        <translation>Chaveiro indisponível</translation>
    </message>
    <message>
        <source>Error: the system keychain cannot be opened</source>
        <translation>Erro: não é possível abrir o chaveiro do sistema</translation>
    </message>
    <message>
        <source>No credentials</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: no API key and secret are stored for it.</extracomment>
        <translation>Sem credenciais</translation>
    </message>
    <message>
        <source>Error: no API key and secret are stored for this integration</source>
        <translation>Erro: não há chave nem segredo da API salvos para esta integração</translation>
    </message>
    <message>
        <source>Tracker error</source>
        <extracomment>Status in a table cell (an integration&apos;s connection or an ad network&apos;s templates): the tracker answered with an error.</extracomment>
        <translation>Erro do tracker</translation>
    </message>
    <message>
        <source>Error: the tracker answered with a problem</source>
        <translation>Erro: o tracker respondeu com um problema</translation>
    </message>
    <message>
        <source>Not checked yet. Press F5 to check all integrations.</source>
        <translation>Ainda não verificado. Pressione F5 para verificar todas as integrações.</translation>
    </message>
    <message>
        <source>Not configured</source>
        <extracomment>Status of an ad network, short, in a table cell: no tracking template has been chosen for it.</extracomment>
        <translation>Não configurado</translation>
    </message>
    <message>
        <source>Warning: no template chosen, this network sends the tracker no data</source>
        <translation>Aviso: nenhum modelo escolhido; esta rede não envia dados ao tracker</translation>
    </message>
    <message>
        <source>Reading the templates from the tracker</source>
        <translation>Lendo os modelos do tracker</translation>
    </message>
    <message>
        <source>Missing macros</source>
        <extracomment>Status of an ad network, short, in a table cell: its tracking template does not pass every identifier (macros are the network&apos;s placeholders such as {campaignid}).</extracomment>
        <translation>Macros ausentes</translation>
    </message>
    <message>
        <source>Template gone</source>
        <extracomment>Status of an ad network, short, in a table cell: the tracking template chosen for it no longer exists in the tracker.</extracomment>
        <translation>Modelo excluído</translation>
    </message>
    <message>
        <source>Error: the chosen template no longer exists in the tracker</source>
        <translation>Erro: o modelo escolhido não existe mais no tracker</translation>
    </message>
    <message>
        <source>Connected: the template maps all four identifiers</source>
        <translation>Conectado: o modelo mapeia os quatro identificadores</translation>
    </message>
    <message>
        <source>Error: the tracker&apos;s templates could not be read</source>
        <translation>Erro: não foi possível ler os modelos do tracker</translation>
    </message>
    <message>
        <source>No tracking template chosen: %1 sends the tracker no campaign, ad set, ad or placement ids, so no conversions or revenue can be tied to its campaigns. Choose a template.</source>
        <extracomment>%1 is an ad network&apos;s name, e.g. Google Ads.</extracomment>
        <translation>Nenhum modelo de rastreamento escolhido: %1 não envia ao tracker os IDs de campanha, conjunto de anúncios, anúncio nem posicionamento, então nenhuma conversão ou receita pode ser vinculada às campanhas. Escolha um modelo.</translation>
    </message>
    <message>
        <source>Reading the templates from the tracker…</source>
        <translation>Lendo os modelos do tracker…</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not map: %2. Fix the template in Kintura first (add a URL parameter with the %3 macro), then check again.</source>
        <extracomment>%1 is the tracking template&apos;s title; %2 the identifiers it lacks, joined with commas (e.g. &quot;Ad Set ID, Placement&quot;); %3 the ad network&apos;s name.</extracomment>
        <translation>O modelo &quot;%1&quot; não mapeia: %2. Corrija primeiro o modelo no Kintura (adicione um parâmetro de URL com a macro de %3) e verifique novamente.</translation>
    </message>
    <message>
        <source>The chosen template was deleted in the tracker (or its id changed). Choose another template.</source>
        <translation>O modelo escolhido foi excluído no tracker (ou o ID dele mudou). Escolha outro modelo.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; maps Campaign ID, Ad Set ID, Ad ID and Placement.</source>
        <extracomment>%1 is the tracking template&apos;s title.</extracomment>
        <translation>O modelo &quot;%1&quot; mapeia ID da campanha, ID do conjunto de anúncios, ID do anúncio e Posicionamento.</translation>
    </message>
    <message>
        <source>%1 (%2) could not be verified: no macro for it is documented.</source>
        <extracomment>Follows &quot;The template … maps …&quot;. %1 is an identifier, e.g. &quot;Placement&quot;; %2 the name of the template&apos;s parameter that carries it.</extracomment>
        <translation>Não foi possível verificar %1 (%2): não há macro documentada para ele.</translation>
    </message>
    <message>
        <source>It was renamed in the tracker since it was chosen.</source>
        <translation>Ele foi renomeado no tracker depois de ser escolhido.</translation>
    </message>
    <message>
        <source>The tracker could not be asked for its templates.</source>
        <translation>Não foi possível solicitar os modelos ao tracker.</translation>
    </message>
    <message>
        <source>Warning: the template does not map every identifier</source>
        <translation>Aviso: o modelo não mapeia todos os identificadores</translation>
    </message>
    <message>
        <source>Connected, settings not verified</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: the tracker accepts the API key, but does not publish its currency and conversion time to compare with.</extracomment>
        <translation>Conectado, configurações não verificadas</translation>
    </message>
    <message>
        <source>Connected, settings not verified: the tracker does not publish its currency and conversion registration time; Kintura Desk uses the values entered here</source>
        <translation>Conectado, configurações não verificadas: o tracker não publica a moeda nem o momento de registro da conversão; o Kintura Desk usa os valores informados aqui</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>postback time</source>
        <extracomment>Fills &quot;counts conversions at %2&quot; and &quot;is set to %3 and %4&quot;: conversions are dated by when the postback arrived (Kintura&apos;s &quot;conversion registration time&quot;).</extracomment>
        <translation>horário do postback</translation>
    </message>
    <message>
        <source>visit time</source>
        <extracomment>Fills &quot;counts conversions at %2&quot;: dated by the visit (click).</extracomment>
        <translation>horário da visita</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ainda não verificado.</translation>
    </message>
    <message>
        <source>Asking the tracker at %1 for its settings…</source>
        <extracomment>%1 is the tracker&apos;s host name, e.g. tracker.example.com.</extracomment>
        <translation>Solicitando as configurações ao tracker em %1…</translation>
    </message>
    <message>
        <source>The tracker reports in %1 and counts conversions at %2, but this integration is set to %3 and %4. Numbers would disagree with the tracker until both say the same.</source>
        <extracomment>%1 and %3 are currency codes (USD); %2 and %4 &quot;visit time&quot; or &quot;postback time&quot;. %1 and %2 are the tracker&apos;s settings, %3 and %4 this integration&apos;s.</extracomment>
        <translation>O tracker reporta em %1 e registra as conversões pelo %2, mas esta integração está configurada com %3 e o %4. Os números vão divergir dos do tracker até que os dois digam o mesmo.</translation>
    </message>
    <message>
        <source>No API key and secret could be read for this integration.</source>
        <translation>Não foi possível ler a chave e o segredo da API desta integração.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <extracomment>%1 is the keychain&apos;s own message (from the system, often in English).</extracomment>
        <translation>Não foi possível usar o chaveiro do sistema: %1</translation>
    </message>
    <message>
        <source>The tracker reports in %1 and counts conversions at %2, as configured here (time zone %3).</source>
        <extracomment>%1 is a currency code (USD); %2 &quot;visit time&quot; or &quot;postback time&quot;; %3 a time zone, e.g. Europe/Madrid.</extracomment>
        <translation>O tracker reporta em %1 e registra as conversões pelo %2, como configurado aqui (fuso horário %3).</translation>
    </message>
    <message>
        <source>No API key and secret are stored for this integration: edit it and enter them again.</source>
        <translation>Não há chave nem segredo da API salvos para esta integração: edite-a e informe-os novamente.</translation>
    </message>
    <message>
        <source>Connected: the tracker at %1 accepts the API key and secret, but does not publish its currency and conversion registration time. Kintura Desk uses the values entered here (%2, %3, time zone %4): make sure they match the tracker&apos;s settings.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 a currency code (USD); %3 &quot;visit time&quot; or &quot;postback time&quot;; %4 a time zone, e.g. Europe/Madrid.</extracomment>
        <translation>Conectado: o tracker em %1 aceita a chave e o segredo da API, mas não publica a moeda nem o momento de registro da conversão. O Kintura Desk usa os valores informados aqui (%2, %3, fuso horário %4): confira se eles coincidem com as configurações do tracker.</translation>
    </message>
    <message>
        <source>The tracker counts days in the time zone %1, but this integration is set to %2. Days in reports would disagree with the tracker until both say the same.</source>
        <extracomment>%1 and %2 are time zones (Europe/Madrid): the tracker&apos;s and this integration&apos;s.</extracomment>
        <translation>O tracker conta os dias no fuso horário %1, mas esta integração está configurada com %2. Os dias nos relatórios vão divergir dos do tracker até que os dois digam o mesmo.</translation>
    </message>
</context>
<context>
    <name>TemplateCheck</name>
    <message>
        <source>%1 is a %2 macro, not a %3 one: %3 will not fill it in.</source>
        <extracomment>%1 is a macro as written in the template, e.g. {{adset.id}}; %2 the ad networks it belongs to (e.g. &quot;Google Ads&quot; or &quot;Google Ads / Taboola&quot;); %3 (twice) the network the template is for.</extracomment>
        <translation>%1 é uma macro de %2, não de %3: %3 não vai preenchê-la.</translation>
    </message>
    <message>
        <source>%1 is not a macro %2 is known to fill in.</source>
        <extracomment>%1 is a macro as written in the template, e.g. {adgroupid}; %2 the ad network&apos;s name.</extracomment>
        <translation>Não se sabe de %2 preencher a macro %1.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <extracomment>Follows &quot;%1 is not a macro %2 is known to fill in.&quot; %1 is the network&apos;s own macro with a similar name, e.g. {{adset.id}}.</extracomment>
        <translation>Você quis dizer %1?</translation>
    </message>
</context>
<context>
    <name>TrackerCall</name>
    <message>
        <source>record %1, %2</source>
        <translation>registro nº %1, %2</translation>
    </message>
    <message>
        <source>id %1, %2</source>
        <translation>ID %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <extracomment>Ends a list of records that could not be read: %n more were not named.</extracomment>
        <translation>
            <numerusform>; e mais %n</numerusform>
            <numerusform>; e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 %3 could not be read and were left out: %4.</source>
        <extracomment>%1 records that could not be read, out of %2 sent; %3 what they are, in the plural (campaigns, tracking templates); %4 which ones and why.</extracomment>
        <translation>Não foi possível ler %1 de %2 %3, que ficaram de fora: %4.</translation>
    </message>
</context>
<context>
    <name>TrackerError</name>
    <message>
        <source>The tracker at %1 answered normally.</source>
        <extracomment>%1 is the tracker&apos;s host name, e.g. tracker.example.com (in every message here).</extracomment>
        <translation>O tracker em %1 respondeu normalmente.</translation>
    </message>
    <message>
        <source>The tracker at %1 rejected the API key or secret. Copy both again from Kintura&apos;s Settings &gt; API page.</source>
        <translation>O tracker em %1 recusou a chave ou o segredo da API. Copie os dois novamente da página Settings &gt; API do Kintura.</translation>
    </message>
    <message>
        <source>The tracker at %1 refused access with this API key. Check the key&apos;s permissions in Kintura&apos;s Settings &gt; API page.</source>
        <translation>O tracker em %1 negou o acesso com esta chave da API. Confira as permissões da chave na página Settings &gt; API do Kintura.</translation>
    </message>
    <message>
        <source>The tracker at %1 does not offer this data (HTTP 404). Check that the tracker URL points to the tracker itself, not to a landing page.</source>
        <translation>O tracker em %1 não oferece estes dados (HTTP 404). Confira se a URL do tracker aponta para o próprio tracker, e não para uma landing page.</translation>
    </message>
    <message>
        <source>The tracker at %1 refused the request (HTTP %2). This is likely a bug in Kintura Desk; please report it.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 the HTTP status code, e.g. 400.</extracomment>
        <translation>O tracker em %1 recusou a solicitação (HTTP %2). Provavelmente é um bug do Kintura Desk; por favor, relate-o.</translation>
    </message>
    <message>
        <source>The tracker at %1 asks Kintura Desk to wait %2 before the next request (too many requests). Try again after that; another app may be using the same API key.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 a duration, &quot;5 minutes&quot; or &quot;2 hours&quot; (translated separately).</extracomment>
        <translation>O tracker em %1 pede ao Kintura Desk que espere %2 antes da próxima solicitação (solicitações demais). Tente de novo depois disso; outro aplicativo pode estar usando a mesma chave da API.</translation>
    </message>
    <message>
        <source>The tracker at %1 keeps asking to slow down (too many requests). Wait a minute and try again; another app may be using the same API key.</source>
        <translation>O tracker em %1 continua pedindo para diminuir o ritmo (solicitações demais). Aguarde um minuto e tente de novo; outro aplicativo pode estar usando a mesma chave da API.</translation>
    </message>
    <message>
        <source>The tracker at %1 had an internal problem (HTTP %2) and did not recover after several tries. Try again later.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 the HTTP status code, e.g. 503.</extracomment>
        <translation>O tracker em %1 teve um problema interno (HTTP %2) e não se recuperou após várias tentativas. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The tracker at %1 did not answer in time. Check your connection and try again.</source>
        <translation>O tracker em %1 não respondeu a tempo. Verifique sua conexão e tente novamente.</translation>
    </message>
    <message>
        <source>Could not reach the tracker at %1 (%2). Check the tracker URL and your network connection.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 the network library&apos;s description of the error (often in English), e.g. &quot;Connection refused&quot;.</extracomment>
        <translation>Não foi possível acessar o tracker em %1 (%2). Confira a URL do tracker e sua conexão de rede.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Nothing was sent. Check the tracker URL, or trust this certificate if you know it is right.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 the TLS library&apos;s description of the certificate problem (often in English), e.g. &quot;The certificate has expired&quot;.</extracomment>
        <translation>Não foi possível verificar a conexão segura com %1 (%2). Nada foi enviado. Confira a URL do tracker ou confie neste certificado se você sabe que ele está correto.</translation>
    </message>
    <message>
        <source>Refused to send credentials to %1 without encryption. Use an https:// tracker URL.</source>
        <translation>As credenciais não foram enviadas para %1 sem criptografia. Use uma URL de tracker com https://.</translation>
    </message>
    <message>
        <source>The tracker at %1 sent a reply Kintura Desk does not understand (%2). Check that the URL points to a Kintura tracker.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 a technical description of what was wrong with the reply (in English).</extracomment>
        <translation>O tracker em %1 enviou uma resposta que o Kintura Desk não entende (%2). Confira se a URL aponta para um tracker Kintura.</translation>
    </message>
    <message>
        <source>The tracker at %1 sent a reply far larger than expected, so it was stopped. Check that the URL points to a Kintura tracker.</source>
        <translation>O tracker em %1 enviou uma resposta muito maior que o esperado, por isso ela foi interrompida. Confira se a URL aponta para um tracker Kintura.</translation>
    </message>
    <message>
        <source>The data at the tracker %1 kept changing while it was being read. Try again in a moment.</source>
        <translation>Os dados do tracker %1 mudaram enquanto eram lidos. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>A solicitação para %1 foi cancelada.</translation>
    </message>
    <message>
        <source>The data from %1 could not be stored on this computer (%2). Check the free disk space; the cache was left as it was.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 the database&apos;s description of the error (often in English).</extracomment>
        <translation>Não foi possível armazenar neste computador os dados de %1 (%2). Confira o espaço livre em disco; o cache ficou como estava.</translation>
    </message>
    <message>
        <source>The API key and secret for %1 could not be read from the system keychain. Unlock it and try again.</source>
        <translation>Não foi possível ler do chaveiro do sistema a chave e o segredo da API de %1. Desbloqueie o chaveiro e tente novamente.</translation>
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
        <translation>O tracker em %1 redirecionou a solicitação para outro host, %2, por isso a chave e o segredo da API não foram enviados para lá. Se o tracker mudou para %2, edite a integração e informe o novo endereço; caso contrário, confira a URL do tracker.</translation>
    </message>
    <message>
        <source>The tracker at %1 redirected the request to an unencrypted http:// address, so the API key and secret were not sent. Ask whoever runs the tracker to keep it on https:// only.</source>
        <extracomment>%1 is the tracker&apos;s host name.</extracomment>
        <translation>O tracker em %1 redirecionou a solicitação para um endereço http:// sem criptografia, por isso a chave e o segredo da API não foram enviados. Peça a quem administra o tracker que o mantenha só em https://.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <extracomment>Fills &quot;does not offer %2 (%3)&quot;: the HTTP status it answered with.</extracomment>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>it answers with a web page</source>
        <extracomment>Fills &quot;does not offer %2 (%3)&quot;: it answered with an HTML page.</extracomment>
        <translation>responde com uma página web</translation>
    </message>
    <message>
        <source>The tracker at %1 does not offer %2 (%3), so Kintura Desk cannot read its reports through the API. Numbers already on this computer stay shown.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 an API path, e.g. /1.0/stats; %3 &quot;HTTP 404&quot;.</extracomment>
        <translation>O tracker em %1 não oferece %2 (%3), por isso o Kintura Desk não consegue ler os relatórios dele pela API. Os números que já estão neste computador continuam sendo exibidos.</translation>
    </message>
    <message>
        <source>The tracker at %1 does not offer %2 (%3), so Kintura Desk cannot read its tracking templates: check each ad network&apos;s template in Kintura itself.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 an API path, e.g. /1.0/traffic-sources; %3 &quot;HTTP 404&quot;.</extracomment>
        <translation>O tracker em %1 não oferece %2 (%3), por isso o Kintura Desk não consegue ler os modelos de rastreamento dele: confira o modelo de cada rede de anúncios no próprio Kintura.</translation>
    </message>
    <message>
        <source>The tracker at %1 does not offer %2 (%3), so Kintura Desk cannot read its currency, conversion registration time and time zone; it uses the values entered for this integration.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 an API path, e.g. /1.0/settings; %3 &quot;HTTP 404&quot;.</extracomment>
        <translation>O tracker em %1 não oferece %2 (%3), por isso o Kintura Desk não consegue ler a moeda, o momento de registro da conversão e o fuso horário dele; são usados os valores informados para esta integração.</translation>
    </message>
    <message>
        <source>The tracker at %1 does not offer %2 (%3), which this needs.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 an API path; %3 &quot;HTTP 404&quot;.</extracomment>
        <translation>O tracker em %1 não oferece %2 (%3), que é necessário para esta operação.</translation>
    </message>
</context>
<context>
    <name>kd::ApiRequest</name>
    <message>
        <source>certificate issued by %1, SHA-256 fingerprint %2</source>
        <translation>certificado emitido por %1, impressão digital SHA-256 %2</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>um emissor sem nome</translation>
    </message>
    <message>
        <source>no HTTP status in the reply</source>
        <translation>a resposta não tem status HTTP</translation>
    </message>
    <message>
        <source>no complete reply within %1 ms</source>
        <translation>nenhuma resposta completa em %1 ms</translation>
    </message>
    <message>
        <source>the connection closed before the reply was complete</source>
        <translation>a conexão foi fechada antes de a resposta terminar</translation>
    </message>
</context>
<context>
    <name>kd::AppContext</name>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation>Não foi possível criar uma pasta temporária para a demonstração: %1</translation>
    </message>
    <message>
        <source>Could not start the demo tracker on 127.0.0.1.</source>
        <translation>Não foi possível iniciar o tracker de demonstração em 127.0.0.1.</translation>
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
        <translation>Diga o que fazer com as integrações.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconhecido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Kintura Desk is open on these settings (or another command is changing them): make the change in its window, or close it and try again.</source>
        <translation>O Kintura Desk está aberto com estas configurações (ou outro comando as está alterando): faça a alteração na janela dele, ou feche-o e tente novamente.</translation>
    </message>
    <message>
        <source>Integration name.</source>
        <translation>Nome da integração.</translation>
    </message>
    <message>
        <source>Tracker URL.</source>
        <translation>URL do tracker.</translation>
    </message>
    <message>
        <source>ISO 4217 code.</source>
        <translation>Código ISO 4217.</translation>
    </message>
    <message>
        <source>visit or postback.</source>
        <translation>visit ou postback.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Argumentos inesperados: %1</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 é obrigatório.</translation>
    </message>
    <message>
        <source>--conversion-time must be visit or postback.</source>
        <translation>--conversion-time deve ser visit ou postback.</translation>
    </message>
    <message>
        <source>Give the API key and the API secret on standard input, one per line.</source>
        <translation>Informe a chave e o segredo da API pela entrada padrão, um por linha.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; (%2). Its API key and secret are in the system keychain.</source>
        <translation>&quot;%1&quot; adicionada (%2). A chave e o segredo da API estão no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text ou json.</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list não aceita argumentos.</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format deve ser text ou json.</translation>
    </message>
    <message>
        <source>Name one integration to test.</source>
        <translation>Indique uma integração para testar.</translation>
    </message>
    <message>
        <source>No integration is called &quot;%1&quot;.</source>
        <translation>Não há nenhuma integração chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name one integration to remove.</source>
        <translation>Indique uma integração para remover.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its keychain entry.</source>
        <translation>&quot;%1&quot; e a entrada dela no chaveiro foram removidos.</translation>
    </message>
    <message>
        <source>The tracker&apos;s IANA time zone.</source>
        <extracomment>Description of --timezone in --help.</extracomment>
        <translation>Fuso horário IANA do tracker.</translation>
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
        <translation>Comandos de integração:
  kintura-desk integration add --name NOME --url URL --currency CÓDIGO
                               --conversion-time visit|postback [--timezone FUSO]
      Lê a chave e o segredo da API da entrada padrão, um por linha
      (solicitados sem eco em um terminal), e os guarda no chaveiro do sistema.
      --timezone: o fuso horário IANA em que o tracker conta os dias (padrão: o
      fuso informado pelo tracker; se ele não informar, o deste sistema).
  kintura-desk integration list [--format text|json]
  kintura-desk integration test NOME
  kintura-desk integration remove NOME
  kintura-desk integration probe NOME [--format text|json]
      Consulta uma vez cada endpoint que o Kintura Desk usa e imprime o que cada
      um respondeu como estruturas (status, cabeçalhos de paginação, chaves e
      tipos), nunca valores: para corrigir o Kintura Desk a partir de um tracker
      que difere. Código de saída 9 quando algum difere.

Códigos de saída:
  0  sucesso (test: conectado; as configurações coincidem, ou o tracker não as informa)
  1  outra falha (por exemplo, o arquivo de integrações não pôde ser gravado)
  2  argumentos ou entrada inválidos
  3  credenciais inválidas
  4  tracker inacessível, ou o certificado TLS dele falhou
  5  configurações divergentes (moeda ou momento de registro da conversão)
  6  chaveiro do sistema indisponível (nada foi gravado)
  7  nenhuma integração com esse nome
  8  o tracker respondeu com um erro
  9  o tracker não oferece o que o comando precisa (por exemplo, /1.0/stats)</translation>
    </message>
    <message>
        <source>Name one integration to probe.</source>
        <translation>Indique uma integração para diagnosticar.</translation>
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
        <translation>Não foi possível usar o chaveiro do sistema (%1), então nada foi salvo. O Kintura Desk nunca armazena segredos de API em texto simples: desbloqueie ou inicie o seu chaveiro (por exemplo, GNOME Keyring ou KWallet) e tente novamente.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, so nothing was saved. Allow Kintura Desk to use the keychain and try again.</source>
        <translation>O acesso ao chaveiro do sistema foi negado, então nada foi salvo. Permita que o Kintura Desk use o chaveiro e tente novamente.</translation>
    </message>
    <message>
        <source>No API key and secret are stored for this integration.</source>
        <translation>Não há chave nem segredo da API salvos para esta integração.</translation>
    </message>
    <message>
        <source>The system keychain reported a problem (%1), so nothing was saved.</source>
        <extracomment>%1 is the keychain&apos;s own message (from the system, often in English).</extracomment>
        <translation>O chaveiro do sistema informou um problema (%1), então nada foi salvo.</translation>
    </message>
    <message>
        <source>The integration was removed, but its API secret could not be erased from the system keychain (%1). Remove the item named &quot;%2&quot; there by hand.</source>
        <extracomment>%1 is the keychain&apos;s own message (often in English); %2 the name of the keychain item (an identifier such as 3f2a…, not the integration&apos;s name).</extracomment>
        <translation>A integração foi removida, mas não foi possível apagar o segredo da API dela do chaveiro do sistema (%1). Remova manualmente o item chamado &quot;%2&quot; de lá.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1), so the API key and secret could not be read. Unlock or start your keychain (e.g. GNOME Keyring or KWallet) and try again; the numbers already on this computer stay available.</source>
        <extracomment>%1 is the keychain&apos;s own message (from the system, often in English).</extracomment>
        <translation>Não foi possível usar o chaveiro do sistema (%1), então a chave e o segredo da API não puderam ser lidos. Desbloqueie ou inicie o seu chaveiro (por exemplo, GNOME Keyring ou KWallet) e tente novamente; os números que já estão neste computador continuam disponíveis.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, so the API key and secret could not be read. Allow Kintura Desk to use the keychain and try again.</source>
        <translation>O acesso ao chaveiro do sistema foi negado, então a chave e o segredo da API não puderam ser lidos. Permita que o Kintura Desk use o chaveiro e tente novamente.</translation>
    </message>
    <message>
        <source>The system keychain reported a problem (%1), so the API key and secret could not be read.</source>
        <extracomment>%1 is the keychain&apos;s own message (from the system, often in English).</extracomment>
        <translation>O chaveiro do sistema informou um problema (%1), então a chave e o segredo da API não puderam ser lidos.</translation>
    </message>
</context>
<context>
    <name>kd::KeychainCredentialStore</name>
    <message>
        <source>The keychain item for this integration is damaged.</source>
        <translation>O item do chaveiro desta integração está danificado.</translation>
    </message>
</context>
<context>
    <name>kd::NetworkSetupService</name>
    <message>
        <source>The ad-network setup file could not be used (%1). It was kept as %2; choose your networks&apos; templates again.</source>
        <extracomment>%1 is the reason, e.g. &quot;it is not a Kintura Desk ad-network file of a known version&quot;; %2 the path the file was renamed to.</extracomment>
        <translation>Não foi possível usar o arquivo de configuração das redes de anúncios (%1). Ele foi guardado como %2; escolha novamente os modelos das suas redes.</translation>
    </message>
    <message>
        <source>the ad-network setup</source>
        <extracomment>What is being saved, inserted as %1 into &quot;Could not save %1: the folder %2 could not be created.&quot; and &quot;Could not save %1 to %2: %3.&quot;.</extracomment>
        <translation>a configuração das redes de anúncios</translation>
    </message>
    <message>
        <source>tracking templates</source>
        <extracomment>Fills &quot;%1 of %2 %3 could not be read&quot;.</extracomment>
        <translation>modelos de rastreamento</translation>
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
        <translation>Comandos de relatório:
  kintura-desk report (--integration NOME | --demo) --from AAAA-MM-DD --to AAAA-MM-DD
                      --group-by day|campaign|network [--format csv|json]
      Busca no tracker o que falta no cache local (o mesmo da janela) e
      imprime visitas, conversões, receita, custo, lucro, ROI, taxa de conversão e
      EPC com a moeda. Códigos de saída iguais aos dos comandos de integração.</translation>
    </message>
    <message>
        <source>Integration name.</source>
        <translation>Nome da integração.</translation>
    </message>
    <message>
        <source>Use the embedded demo tracker.</source>
        <translation>Usar o tracker de demonstração embutido.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Primeiro dia.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>Último dia.</translation>
    </message>
    <message>
        <source>day, campaign or network.</source>
        <extracomment>Description of the --group-by option in --help: the values are typed as they are, do not translate them.</extracomment>
        <translation>day, campaign ou network.</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <extracomment>Description of the --format option in --help: the values are typed as they are, do not translate them.</extracomment>
        <translation>csv ou json.</translation>
    </message>
    <message>
        <source>Give either --integration NAME or --demo.</source>
        <translation>Informe --integration NOME ou --demo.</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD.</source>
        <translation>--from e --to recebem datas no formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <extracomment>%1 is the --to date as typed, %2 the --from date (YYYY-MM-DD).</extracomment>
        <translation>O período termina (%1) antes de começar (%2).</translation>
    </message>
    <message>
        <source>--group-by is day, campaign or network.</source>
        <translation>--group-by aceita day, campaign ou network.</translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation>--format aceita csv ou json.</translation>
    </message>
    <message>
        <source>No integration is called &quot;%1&quot;.</source>
        <extracomment>%1 is the integration name given with --integration.</extracomment>
        <translation>Não há nenhuma integração chamada &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 requests, about %n second(s) left</source>
        <extracomment>Progress on one terminal line, rewritten as it changes: %1 requests done out of %2; %n the seconds still expected.</extracomment>
        <translation>
            <numerusform>%1 de %2 requisições, falta cerca de %n segundo</numerusform>
            <numerusform>%1 de %2 requisições, faltam cerca de %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ReportService</name>
    <message>
        <source>A sync is running: cancel it or wait for it to finish, then clear the cache.</source>
        <translation>Há uma sincronização em andamento: cancele-a ou aguarde o término e depois limpe o cache.</translation>
    </message>
    <message>
        <source>The report cache could not be cleared: %1</source>
        <translation>Não foi possível limpar o cache de relatórios: %1</translation>
    </message>
</context>
<context>
    <name>kd::ReportSync</name>
    <message>
        <source>campaigns</source>
        <extracomment>Fills &quot;%1 of %2 %3 could not be read&quot;.</extracomment>
        <translation>campanhas</translation>
    </message>
</context>
<context>
    <name>kd::i18n</name>
    <message>
        <source>English</source>
        <comment>The name of the language you are translating into, written in that language, as a menu of languages shows it: Español, Português (Brasil), Русский</comment>
        <translation>Português (Brasil)</translation>
    </message>
</context>
<context>
    <name>kd::ui::AdNetworksPage</name>
    <message>
        <source>① Credentials</source>
        <extracomment>Step 1 of 3 of the setup, a button in a row of steps: keep the circled digit.</extracomment>
        <translation>① Credenciais</translation>
    </message>
    <message>
        <source>② Ad networks</source>
        <extracomment>Step 2 of 3 of the setup, a button in a row of steps: keep the circled digit.</extracomment>
        <translation>② Redes de anúncios</translation>
    </message>
    <message>
        <source>③ Tracking parameters</source>
        <extracomment>Step 3 of 3 of the setup, a button in a row of steps: keep the circled digit.</extracomment>
        <translation>③ Parâmetros de rastreamento</translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation>&amp;Configurar…</translation>
    </message>
    <message>
        <source>Ad networks</source>
        <translation>Redes de anúncios</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integração</translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation>&amp;Integração:</translation>
    </message>
    <message>
        <source>Connect a Kintura tracker first (Integrations page, Add…): the templates come from your tracker.</source>
        <translation>Conecte primeiro um tracker Kintura (página Integrações, Adicionar…): os modelos vêm do seu tracker.</translation>
    </message>
    <message>
        <source>Edit the integration&apos;s credentials and settings</source>
        <translation>Editar as credenciais e as configurações da integração</translation>
    </message>
    <message>
        <source>C&amp;hoose networks…</source>
        <translation>&amp;Escolher redes…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Verificar &amp;novamente</translation>
    </message>
    <message>
        <source>Read the templates from the tracker again (%1)</source>
        <extracomment>Tooltip of &quot;Check again&quot;. %1 is its keyboard shortcut, e.g. F5.</extracomment>
        <translation>Ler novamente os modelos do tracker (%1)</translation>
    </message>
    <message>
        <source>&amp;Next: tracking parameters ›</source>
        <translation>&amp;Avançar: parâmetros de rastreamento ›</translation>
    </message>
    <message>
        <source>Ad networks of this integration</source>
        <translation>Redes de anúncios desta integração</translation>
    </message>
    <message>
        <source>‹ &amp;Back to the networks</source>
        <translation>‹ &amp;Voltar às redes</translation>
    </message>
    <message>
        <source>Paste each string into the network&apos;s campaigns, where it says. The macros stay as they are: the network fills them in on every click. Without them the tracker sees visits but cannot tie them to campaigns.</source>
        <translation>Cole cada string nas campanhas da rede, no lugar indicado. As macros ficam como estão: a rede as preenche a cada clique. Sem elas, o tracker vê as visitas, mas não consegue vinculá-las às campanhas.</translation>
    </message>
    <message>
        <source>Changed in the tracker since the last check:</source>
        <translation>Alterado no tracker desde a última verificação:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved. Now tell Kintura Desk which ad networks send traffic to it (Choose networks…) and pick each one&apos;s tracking template, so that every network feeds this tracker.</source>
        <extracomment>%1 is the integration&apos;s name.</extracomment>
        <translation>&quot;%1&quot; foi salva. Agora informe ao Kintura Desk quais redes de anúncios enviam tráfego para ela (Escolher redes…) e escolha o modelo de rastreamento de cada uma, para que todas as redes alimentem este tracker.</translation>
    </message>
    <message>
        <source>No ad networks chosen yet. Press Choose networks… and tick every network that sends traffic to this tracker.</source>
        <translation>Nenhuma rede de anúncios escolhida ainda. Clique em Escolher redes… e marque cada rede que envia tráfego para este tracker.</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) without a working template: %1. They send the tracker no usable data until you choose one (Configure…).</source>
        <extracomment>%1 is the ad networks&apos; names, joined with commas; %n how many there are.</extracomment>
        <translation>
            <numerusform>%n rede sem um modelo funcionando: %1. Ela não envia dados úteis ao tracker até você escolher um (Configurar…).</numerusform>
            <numerusform>%n redes sem um modelo funcionando: %1. Elas não enviam dados úteis ao tracker até você escolher um (Configurar…).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the templates from the tracker…</source>
        <translation>Lendo os modelos do tracker…</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) read from the tracker.</source>
        <translation>
            <numerusform>%n modelo lido do tracker.</numerusform>
            <numerusform>%n modelos lidos do tracker.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your ad networks first (step 2).</source>
        <translation>Escolha primeiro as suas redes de anúncios (etapa 2).</translation>
    </message>
    <message>
        <source>Paste into: %1</source>
        <extracomment>%1 is where the string goes in the ad network&apos;s own interface, in English as the network names its menus, e.g. &quot;Ads Manager &gt; ad &gt; Destination &gt; URL parameters&quot;.</extracomment>
        <translation>Colar em: %1</translation>
    </message>
    <message>
        <source>Tracking parameters for %1</source>
        <extracomment>%1 is an ad network&apos;s name, e.g. Google Ads.</extracomment>
        <translation>Parâmetros de rastreamento para %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button (a verb): copies the tracking parameters to the clipboard. Once pressed it says &quot;Copied&quot;: keep both short.</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the tracking parameters for %1</source>
        <extracomment>%1 is an ad network&apos;s name, e.g. Google Ads.</extracomment>
        <translation>Copiar os parâmetros de rastreamento para %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>The &quot;Copy&quot; button&apos;s text once pressed: the tracking parameters are now on the clipboard. Keep it short.</extracomment>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Not complete: %1 is missing. Fix the template in Kintura first.</source>
        <extracomment>%1 is one or more identifiers, joined with commas, e.g. &quot;Ad Set ID, Placement&quot;.</extracomment>
        <translation>Incompleto: falta %1. Corrija primeiro o modelo no Kintura.</translation>
    </message>
    <message>
        <source>Tracking parameters</source>
        <translation>Parâmetros de rastreamento</translation>
    </message>
</context>
<context>
    <name>kd::ui::ChooseNetworksDialog</name>
    <message>
        <source>Ad networks you run</source>
        <translation>Redes de anúncios que você usa</translation>
    </message>
    <message>
        <source>Filter</source>
        <extracomment>Placeholder in a search field above the list of ad networks: typing there narrows the list.</extracomment>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Filter ad networks by name</source>
        <translation>Filtrar redes de anúncios por nome</translation>
    </message>
    <message>
        <source>Ad networks</source>
        <translation>Redes de anúncios</translation>
    </message>
    <message>
        <source>Tick every ad network whose traffic goes to this tracker. Each one then needs a tracking template.</source>
        <translation>Marque cada rede de anúncios cujo tráfego vai para este tracker. Depois, cada uma precisa de um modelo de rastreamento.</translation>
    </message>
    <message>
        <source>No ad network&apos;s name contains this text. Clear the filter to see them all.</source>
        <translation>Nenhum nome de rede de anúncios contém este texto. Limpe o filtro para ver todas.</translation>
    </message>
</context>
<context>
    <name>kd::ui::ConflictWarning</name>
    <message>
        <source>%1 campaign %2: %3</source>
        <translation>Campanha %2 de %1: %3</translation>
    </message>
    <message>
        <source>Ad network</source>
        <translation>Rede de anúncios</translation>
    </message>
    <message numerus="yes">
        <source>%n ad-network campaign(s) send clicks to more than one Kintura tracker in this period. Each of those trackers counts the conversions, so revenue and conversions are counted twice. Point each campaign at one tracker only.</source>
        <translation>
            <numerusform>%n campanha de rede de anúncios envia cliques para mais de um tracker Kintura neste período. Cada um desses trackers conta as conversões, então a receita e as conversões são contadas em dobro. Aponte cada campanha para um único tracker.</numerusform>
            <numerusform>%n campanhas de redes de anúncios enviam cliques para mais de um tracker Kintura neste período. Cada um desses trackers conta as conversões, então a receita e as conversões são contadas em dobro. Aponte cada campanha para um único tracker.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ui::ConnectionResultPanel</name>
    <message>
        <source>Postback time</source>
        <extracomment>A value in the &quot;Conversion registration time&quot; row of a table comparing the form with the tracker: conversions are dated by when their postback arrived.</extracomment>
        <translation>Horário do postback</translation>
    </message>
    <message>
        <source>Visit time</source>
        <extracomment>A value in the &quot;Conversion registration time&quot; row of a table comparing the form with the tracker: conversions are dated by the visit (click) that led to them.</extracomment>
        <translation>Horário da visita</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>Confiar neste ce&amp;rtificado</translation>
    </message>
    <message>
        <source>Accept exactly this certificate for this integration. You can take the trust back by editing the integration.</source>
        <translation>Aceitar exatamente este certificado para esta integração. Você pode revogar a confiança editando a integração.</translation>
    </message>
    <message>
        <source>Asking the tracker at %1…</source>
        <extracomment>%1 is the tracker&apos;s host name, e.g. tracker.example.com.</extracomment>
        <translation>Consultando o tracker em %1…</translation>
    </message>
    <message>
        <source>In this form</source>
        <extracomment>Column heading of a table comparing settings: the values typed in this dialog.</extracomment>
        <translation>Neste formulário</translation>
    </message>
    <message>
        <source>In the tracker</source>
        <extracomment>Column heading of a table comparing settings: the values the tracker reports.</extracomment>
        <translation>No tracker</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Conversion registration time</source>
        <translation>Momento de registro da conversão</translation>
    </message>
    <message>
        <source>Use the tracker&apos;s va&amp;lues</source>
        <translation>Usar os va&amp;lores do tracker</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
</context>
<context>
    <name>kd::ui::DeskContent</name>
    <message>
        <source>Demo mode: data comes from the built-in simulated tracker at %1; nothing is saved and your keychain is not touched.</source>
        <extracomment>%1 is the simulated tracker&apos;s address, e.g. http://127.0.0.1:40123.</extracomment>
        <translation>Modo de demonstração: os dados vêm do tracker simulado embutido em %1; nada é salvo e o seu chaveiro não é tocado.</translation>
    </message>
</context>
<context>
    <name>kd::ui::DiagnosticCopy</name>
    <message>
        <source>Asking each endpoint of &quot;%1&quot; once, at the tracker&apos;s pace…</source>
        <extracomment>%1 is the integration&apos;s name.</extracomment>
        <translation>Consultando uma vez cada endpoint de &quot;%1&quot;, no ritmo do tracker…</translation>
    </message>
    <message>
        <source>Asking each endpoint of &quot;%1&quot; once: %2 of %3…</source>
        <extracomment>%1 is the integration&apos;s name; %2 endpoints asked so far, of %3.</extracomment>
        <translation>Consultando uma vez cada endpoint de &quot;%1&quot;: %2 de %3…</translation>
    </message>
    <message>
        <source>Copied a diagnostic report of &quot;%1&quot; to the clipboard: for each endpoint Kintura Desk uses, the HTTP status, the page headers and the shape of the reply (keys and types). It holds no address, key, id, title or number from the tracker. Paste it into a report to the Kintura Desk developers.</source>
        <translation>Um relatório de diagnóstico de &quot;%1&quot; foi copiado para a área de transferência: para cada endpoint que o Kintura Desk usa, o status HTTP, os cabeçalhos de paginação e a estrutura da resposta (chaves e tipos). Ele não contém nenhum endereço, chave, ID, título ou número do tracker. Cole-o ao relatar o problema aos desenvolvedores do Kintura Desk.</translation>
    </message>
</context>
<context>
    <name>kd::ui::IntegrationDialog</name>
    <message>
        <source>&amp;Visit time</source>
        <extracomment>Choice of &quot;Conversion registration time&quot;: conversions are dated by the visit (click) that led to them.</extracomment>
        <translation>Horário da &amp;visita</translation>
    </message>
    <message>
        <source>&amp;Postback time</source>
        <extracomment>Choice of &quot;Conversion registration time&quot;: conversions are dated by when their postback reached the tracker.</extracomment>
        <translation>Horário do &amp;postback</translation>
    </message>
    <message>
        <source>Stop trusting this certificate</source>
        <translation>Deixar de confiar neste certificado</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Edit integration</source>
        <translation>Editar integração</translation>
    </message>
    <message>
        <source>Connect a Kintura tracker</source>
        <translation>Conectar um tracker Kintura</translation>
    </message>
    <message>
        <source>e.g. Kintura - Brand A</source>
        <translation>por exemplo, Kintura - Marca A</translation>
    </message>
    <message>
        <source>Unchanged (leave empty to keep the stored one)</source>
        <translation>Sem alteração (deixe vazio para manter o salvo)</translation>
    </message>
    <message>
        <source>From Kintura&apos;s Settings &gt; API page</source>
        <translation>Da página Settings &gt; API do Kintura</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Mostrar segredo</translation>
    </message>
    <message>
        <source>Show or hide the API secret</source>
        <translation>Mostrar ou ocultar o segredo da API</translation>
    </message>
    <message>
        <source>https://tracker.example.com</source>
        <translation>https://tracker.example.com</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>A conversion counts on the day of the click that led to it.</source>
        <translation>Uma conversão conta no dia do clique que a originou.</translation>
    </message>
    <message>
        <source>A conversion counts on the day its postback reaches the tracker.</source>
        <translation>Uma conversão conta no dia em que o postback dela chega ao tracker.</translation>
    </message>
    <message>
        <source>Integration &amp;name:</source>
        <translation>&amp;Nome da integração:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave da API:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>&amp;Segredo da API:</translation>
    </message>
    <message>
        <source>Tracker &amp;URL:</source>
        <translation>&amp;URL do tracker:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moeda:</translation>
    </message>
    <message>
        <source>Conversion registration time:</source>
        <translation>Momento de registro da conversão:</translation>
    </message>
    <message>
        <source>Copy the API key and secret from your tracker&apos;s Settings &gt; API page. The secret is kept in your system&apos;s keychain only.</source>
        <translation>Copie a chave e o segredo da API da página Settings &gt; API do seu tracker. O segredo fica guardado apenas no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Trusted certificate: SHA-256 %1</source>
        <extracomment>%1 is the certificate&apos;s SHA-256 fingerprint, hexadecimal.</extracomment>
        <translation>Certificado confiável: SHA-256 %1</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>The time zone your tracker counts days in: report days begin at its midnight.</source>
        <translation>O fuso horário em que o seu tracker conta os dias: os dias dos relatórios começam à meia-noite desse fuso.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>The form now uses the tracker&apos;s currency (%1), conversion registration time and time zone (%2). Save to keep them.</source>
        <extracomment>%1 is a currency code, e.g. USD; %2 a time zone, e.g. Europe/Madrid.</extracomment>
        <translation>O formulário agora usa a moeda (%1), o momento de registro da conversão e o fuso horário (%2) do tracker. Salve para mantê-los.</translation>
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
        <translation>Integração</translation>
    </message>
    <message>
        <source>Tracker URL</source>
        <translation>URL do tracker</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Última verificação</translation>
    </message>
</context>
<context>
    <name>kd::ui::IntegrationsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <extracomment>Button (a verb): checks the selected integration&apos;s connection now.</extracomment>
        <translation>&amp;Testar</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <source>&amp;Check all</source>
        <extracomment>Button (a verb): checks the connection of every integration now.</extracomment>
        <translation>&amp;Verificar todas</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrações</translation>
    </message>
    <message>
        <source>Kintura trackers this app reads from. Each one is checked against the tracker: it must answer, and its currency and conversion registration time must match.</source>
        <translation>Trackers Kintura que este aplicativo lê. Cada um é verificado no tracker: ele precisa responder, e a moeda e o momento de registro da conversão precisam coincidir.</translation>
    </message>
    <message>
        <source>Enter, or double-click the integration</source>
        <translation>Enter, ou clique duas vezes na integração</translation>
    </message>
    <message>
        <source>No integrations yet. Press Add… (%1) to connect a Kintura tracker.</source>
        <extracomment>%1 is the keyboard shortcut of the Add… button, e.g. Ctrl+N.</extracomment>
        <translation>Ainda não há integrações. Clique em Adicionar… (%1) para conectar um tracker Kintura.</translation>
    </message>
    <message>
        <source>Select an integration to see its status.</source>
        <translation>Selecione uma integração para ver o status dela.</translation>
    </message>
    <message>
        <source>Remove integration</source>
        <translation>Remover integração</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its API key and secret are deleted from the system keychain. The tracker itself is not changed.</source>
        <extracomment>%1 is the integration&apos;s name.</extracomment>
        <translation>Remover &quot;%1&quot;? A chave e o segredo da API dela serão apagados do chaveiro do sistema. O tracker em si não é alterado.</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic report</source>
        <extracomment>Button: asks the selected tracker&apos;s endpoints and copies a report of their shapes.</extracomment>
        <translation>Copiar relatório de &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Asks each endpoint Kintura Desk uses once and copies what they answered, as shapes without values: for reporting a tracker that differs from what Kintura Desk expects.</source>
        <translation>Consulta uma vez cada endpoint que o Kintura Desk usa e copia o que eles responderam, como estruturas sem valores: para relatar um tracker que difere do que o Kintura Desk espera.</translation>
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
        <translation>Integrações</translation>
    </message>
    <message>
        <source>Ad networks</source>
        <translation>Redes de anúncios</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>Screen-reader name of the sidebar listing the pages (Integrations, Ad networks, Reports).</extracomment>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Demo — Kintura Desk</source>
        <extracomment>Window title when started with --demo (the built-in simulated tracker).</extracomment>
        <translation>Demonstração — Kintura Desk</translation>
    </message>
</context>
<context>
    <name>kd::ui::NetworksModel</name>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source>Ad network</source>
        <translation>Rede de anúncios</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tracking template</source>
        <translation>Modelo de rastreamento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>kd::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Days fetched again with visit-time conversions</source>
        <translation>Dias baixados novamente com conversões pelo horário da visita</translation>
    </message>
    <message>
        <source>Trackers that register conversions at the time of the visit keep adding late conversions to past days. Every sync fetches this many recent days again; older days are never fetched twice. Longer windows catch later conversions and cost more requests at the tracker&apos;s one request a second.</source>
        <translation>Trackers que registram as conversões no horário da visita continuam adicionando conversões tardias a dias passados. Cada sincronização baixa novamente essa quantidade de dias recentes; dias mais antigos nunca são baixados duas vezes. Janelas maiores captam conversões mais tardias, mas custam mais solicitações no ritmo de uma por segundo do tracker.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <extracomment>The first choice of both the Language and the Theme lists: use the system&apos;s own setting.</extracomment>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>A choice of Theme: light colours.</extracomment>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>A choice of Theme: dark colours.</extracomment>
        <translation>Escuro</translation>
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
        <translation>Geral</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Refresh statuses and reports every:</source>
        <translation>&amp;Atualizar status e relatórios a cada:</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Re-&amp;fetch recent days:</source>
        <translation>&amp;Baixar novamente os dias recentes:</translation>
    </message>
    <message>
        <source>Report cache</source>
        <translation>Cache de relatórios</translation>
    </message>
    <message>
        <source>Numbers fetched from the trackers are kept in %1 (%2). Clearing it only costs time: the next sync fetches them again.</source>
        <extracomment>%1 is the cache file&apos;s path; %2 its size on disk, e.g. 12.4 MB.</extracomment>
        <translation>Os números baixados dos trackers ficam em %1 (%2). Limpá-lo só custa tempo: a próxima sincronização os baixa novamente.</translation>
    </message>
    <message>
        <source>A new language applies when Kintura Desk starts again.</source>
        <translation>O novo idioma será aplicado na próxima vez que o Kintura Desk for iniciado.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Clear ca&amp;che</source>
        <translation>&amp;Limpar cache</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>Spin box suffix after the number of days.</extracomment>
        <translation>
            <numerusform> dia</numerusform>
            <numerusform> dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ui::RangeSelector</name>
    <message>
        <source>&amp;Show</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Período personalizado…</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;e:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;té:</translation>
    </message>
</context>
<context>
    <name>kd::ui::ReportCharts</name>
    <message>
        <source>Conversions and revenue over time</source>
        <translation>Conversões e receita ao longo do tempo</translation>
    </message>
    <message>
        <source>Top rows by revenue</source>
        <translation>Linhas com mais receita</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversões</translation>
    </message>
    <message>
        <source>Point at the chart for exact values; click a legend entry to hide or show its line.</source>
        <translation>Aponte para o gráfico para ver os valores exatos; clique em um item da legenda para ocultar ou mostrar a linha dele.</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Receita (%1)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Receita</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mês</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversion(s), revenue %2</source>
        <translation>
            <numerusform>%1: %n conversão, receita %2</numerusform>
            <numerusform>%1: %n conversões, receita %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart could not be turned into a picture.</source>
        <translation>Não foi possível transformar o gráfico em uma imagem.</translation>
    </message>
    <message>
        <source>the chart</source>
        <translation>o gráfico</translation>
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
        <translation>Total em %1</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>The totals row of the report table (its first cell).</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Ad network</source>
        <translation>Rede de anúncios</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversões</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Receita</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Lucro</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Conv. rate</source>
        <translation>Taxa de conv.</translation>
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
        <translation>Tabela de detalhamento</translation>
    </message>
    <message>
        <source>Sorted by %1, ascending.</source>
        <translation>Ordenado por %1, em ordem crescente.</translation>
    </message>
    <message>
        <source>Sorted by %1, descending.</source>
        <translation>Ordenado por %1, em ordem decrescente.</translation>
    </message>
    <message>
        <source>&amp;Sort by this column</source>
        <translation>&amp;Ordenar por esta coluna</translation>
    </message>
    <message>
        <source>To sort by a column, click its header, or go to one of its cells and press %1. Doing it again reverses the order; the totals stay last.</source>
        <translation>Para ordenar por uma coluna, clique no cabeçalho dela, ou vá até uma de suas células e pressione %1. Repetir inverte a ordem; os totais ficam no final.</translation>
    </message>
</context>
<context>
    <name>kd::ui::ReportsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integração</translation>
    </message>
    <message>
        <source>Ad network filter</source>
        <translation>Filtro de rede de anúncios</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Filtro de campanha</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Detalhamento</translation>
    </message>
    <message>
        <source>By ad network</source>
        <translation>Por rede de anúncios</translation>
    </message>
    <message>
        <source>By campaign</source>
        <translation>Por campanha</translation>
    </message>
    <message>
        <source>By integration</source>
        <translation>Por integração</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation>&amp;Integração:</translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation>Perí&amp;odo:</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Save c&amp;hart…</source>
        <translation>&amp;Salvar gráfico…</translation>
    </message>
    <message>
        <source>Ad &amp;network:</source>
        <translation>&amp;Rede de anúncios:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpanha:</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Detalhamento:</translation>
    </message>
    <message>
        <source>All integrations</source>
        <translation>Todas as integrações</translation>
    </message>
    <message>
        <source>Connect a Kintura tracker first (Integrations page, Add…).</source>
        <translation>Conecte primeiro um tracker Kintura (página Integrações, Adicionar…).</translation>
    </message>
    <message>
        <source>All ad networks</source>
        <translation>Todas as redes de anúncios</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas as campanhas</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Campanha %1</translation>
    </message>
    <message>
        <source>Pick one integration to filter by campaign.</source>
        <translation>Escolha uma única integração para filtrar por campanha.</translation>
    </message>
    <message>
        <source>Top ad networks by revenue</source>
        <translation>Redes de anúncios com mais receita</translation>
    </message>
    <message>
        <source>Top campaigns by revenue</source>
        <translation>Campanhas com mais receita</translation>
    </message>
    <message>
        <source>Integrations by revenue</source>
        <translation>Integrações por receita</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n)</source>
        <translation>
            <numerusform>Outros (%n)</numerusform>
            <numerusform>Outros (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ad network</source>
        <translation>Rede de anúncios</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Breakdown table: %1</source>
        <translation>Tabela de detalhamento: %1</translation>
    </message>
    <message>
        <source>These integrations report revenue in %1. Each currency has its own line, bars and total: amounts in different currencies are never added together.</source>
        <translation>Estas integrações informam a receita em %1. Cada moeda tem a própria linha, barras e total: valores em moedas diferentes nunca são somados.</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>o relatório</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exportar a tabela</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the table to %1.</source>
        <translation>A tabela foi salva em %1.</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Salvar o gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>O gráfico foi salvo em %1.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>No campaign is called “%1”. The report still shows %2: type part of a campaign&apos;s name and pick it from the list.</source>
        <translation>Nenhuma campanha se chama &quot;%1&quot;. O relatório continua mostrando %2: digite parte do nome de uma campanha e escolha-a na lista.</translation>
    </message>
</context>
<context>
    <name>kd::ui::SyncStatusLine</name>
    <message>
        <source>Asking the tracker for what is missing or may have changed…</source>
        <translation>Solicitando ao tracker o que falta ou pode ter mudado…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: request %2 of %3, about %n second(s) left at the tracker&apos;s rate.</source>
        <translation>
            <numerusform>Sincronizando %1: solicitação %2 de %3; falta cerca de %n segundo no ritmo do tracker.</numerusform>
            <numerusform>Sincronizando %1: solicitação %2 de %3; faltam cerca de %n segundos no ritmo do tracker.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date: %1 synced at %2.</source>
        <translation>Atualizado: %1, sincronizado às %2.</translation>
    </message>
    <message>
        <source>Sync cancelled: showing the data kept on this computer (last synced at %1).</source>
        <translation>Sincronização cancelada: mostrando os dados guardados neste computador (última sincronização: %1).</translation>
    </message>
    <message>
        <source>Offline: showing the data of %1 kept on this computer, last synced at %2. %3</source>
        <translation>Offline: mostrando os dados de %1 guardados neste computador, última sincronização: %2. %3</translation>
    </message>
    <message>
        <source>Sync cancelled: nothing of %1 is kept on this computer yet.</source>
        <translation>Sincronização cancelada: ainda não há dados de %1 guardados neste computador.</translation>
    </message>
    <message>
        <source>Offline: nothing of %1 is kept on this computer yet. %2</source>
        <translation>Offline: ainda não há dados de %1 guardados neste computador. %2</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Status do relatório</translation>
    </message>
    <message>
        <source>Syncing with the tracker</source>
        <translation>Sincronizando com o tracker</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Sync cancelled: showing the saved data</source>
        <translation>Sincronização cancelada: mostrando os dados guardados</translation>
    </message>
    <message>
        <source>Offline: the tracker cannot be reached</source>
        <translation>Offline: não é possível acessar o tracker</translation>
    </message>
    <message>
        <source>Error: the tracker answered with a problem</source>
        <translation>Erro: o tracker respondeu com um problema</translation>
    </message>
    <message>
        <source>Error: the system keychain cannot be read</source>
        <translation>Erro: não é possível ler o chaveiro do sistema</translation>
    </message>
    <message>
        <source>%1 Showing the data of %2 kept on this computer, last synced at %3.</source>
        <translation>%1 Mostrando os dados de %2 guardados neste computador, última sincronização: %3.</translation>
    </message>
    <message>
        <source>%1 Nothing of %2 is kept on this computer yet.</source>
        <translation>%1 Ainda não há dados de %2 guardados neste computador.</translation>
    </message>
    <message>
        <source>Error: the tracker&apos;s secure connection could not be verified</source>
        <translation>Erro: não foi possível verificar a conexão segura do tracker</translation>
    </message>
    <message>
        <source>Error: the data could not be stored on this computer</source>
        <translation>Erro: não foi possível guardar os dados neste computador</translation>
    </message>
    <message>
        <source>Warning: this tracker does not offer reports through its API</source>
        <translation>Aviso: este tracker não oferece relatórios pela API</translation>
    </message>
</context>
<context>
    <name>kd::ui::TemplateChooserDialog</name>
    <message>
        <source>&amp;Use this template</source>
        <translation>&amp;Usar este modelo</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Verificar &amp;novamente</translation>
    </message>
    <message>
        <source>Tracking template for %1</source>
        <extracomment>%1 is an ad network&apos;s name, e.g. Google Ads.</extracomment>
        <translation>Modelo de rastreamento para %1</translation>
    </message>
    <message>
        <source>Templates in the tracker</source>
        <translation>Modelos no tracker</translation>
    </message>
    <message>
        <source>Choose the traffic-source template of your Kintura account that %1 clicks arrive with. It must map Campaign ID, Ad Set ID, Ad ID and Placement to %1&apos;s macros.</source>
        <extracomment>%1 (twice) is an ad network&apos;s name, e.g. Google Ads.</extracomment>
        <translation>Escolha o modelo de fonte de tráfego da sua conta Kintura com o qual chegam os cliques de %1. Ele deve mapear ID da campanha, ID do conjunto de anúncios, ID do anúncio e Posicionamento para as macros de %1.</translation>
    </message>
    <message>
        <source>maps all four</source>
        <extracomment>Verdict after a template&apos;s title in a list (&quot;Title — maps all four&quot;): the template passes all four identifiers (Campaign ID, Ad Set ID, Ad ID, Placement). Lower-case, no full stop.</extracomment>
        <translation>mapeia os quatro</translation>
    </message>
    <message numerus="yes">
        <source>maps all four, %n warning(s)</source>
        <extracomment>Verdict after a template&apos;s title in a list (&quot;Title — …&quot;): all four identifiers are passed, with %n warnings. Lower-case, no full stop.</extracomment>
        <translation>
            <numerusform>mapeia os quatro, %n aviso</numerusform>
            <numerusform>mapeia os quatro, %n avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>maps none of the four</source>
        <extracomment>Verdict after a template&apos;s title in a list (&quot;Title — …&quot;): none of the four identifiers is passed. Lower-case, no full stop.</extracomment>
        <translation>não mapeia nenhum dos quatro</translation>
    </message>
    <message>
        <source>missing %1</source>
        <extracomment>Verdict after a template&apos;s title in a list (&quot;Title — missing …&quot;). %1 is the identifiers it lacks, joined with commas, e.g. &quot;Ad Set ID, Placement&quot;.</extracomment>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>Reading the templates from the tracker…</source>
        <translation>Lendo os modelos do tracker…</translation>
    </message>
    <message>
        <source>The tracker has no traffic-source templates: create one in Kintura first.</source>
        <translation>O tracker não tem modelos de fonte de tráfego: crie um primeiro no Kintura.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) in the tracker.</source>
        <translation>
            <numerusform>%n modelo no tracker.</numerusform>
            <numerusform>%n modelos no tracker.</numerusform>
        </translation>
    </message>
    <message>
        <source>missing: add a parameter with %1</source>
        <extracomment>In a table row beside an identifier&apos;s name (e.g. &quot;Ad Set ID&quot;). %1 is the ad network&apos;s macro for it, e.g. {adgroupid}, or &quot;a value for it&quot;.</extracomment>
        <translation>falta: adicione um parâmetro com %1</translation>
    </message>
    <message>
        <source>a value for it</source>
        <extracomment>Fills %1 in &quot;missing: add a parameter with %1&quot; when the ad network documents no macro for it.</extracomment>
        <translation>um valor para ele</translation>
    </message>
    <message>
        <source>Fix this template in Kintura first, then press Check again.</source>
        <translation>Corrija primeiro este modelo no Kintura e depois clique em Verificar novamente.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start on the built-in demo tracker: nothing is saved, the keychain is not touched.</source>
        <translation>Iniciar com o tracker de demonstração embutido: nada é salvo e o chaveiro não é tocado.</translation>
    </message>
    <message>
        <source>Open on this page: integrations, ad-networks or reports.</source>
        <extracomment>Description of the --page option in --help: the page names are typed as they are, do not translate them.</extracomment>
        <translation>Abrir nesta página: integrations, ad-networks ou reports.</translation>
    </message>
    <message>
        <source>Save a picture of the window once the first checks are done, then quit.</source>
        <translation>Salvar uma imagem da janela quando as primeiras verificações terminarem e sair.</translation>
    </message>
    <message>
        <source>Kintura Desk: connect Kintura trackers, set up ad networks&apos; tracking templates and chart conversions and revenue.

Headless use, no display needed:
</source>
        <translation>Kintura Desk: conecte trackers Kintura, configure os modelos de rastreamento das redes de anúncios e acompanhe conversões e receita em gráficos.

Uso sem interface gráfica, sem tela:
</translation>
    </message>
    <message>
        <source>Kintura Desk</source>
        <translation>Kintura Desk</translation>
    </message>
    <message>
        <source>Kintura Desk is already open: its window was brought to the front.</source>
        <translation>O Kintura Desk já está aberto: a janela dele foi trazida para a frente.</translation>
    </message>
    <message>
        <source>Another Kintura Desk command is changing the settings in %1. Try again in a moment.</source>
        <extracomment>%1 is the settings folder&apos;s path.</extracomment>
        <translation>Outro comando do Kintura Desk está alterando as configurações em %1. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Reinstall the kintura-desk package (built from source: build it again).</source>
        <translation>Reinstale o pacote kintura-desk (se o compilou a partir do código-fonte, compile-o novamente).</translation>
    </message>
    <message>
        <source>Kintura Desk is incomplete: %1 is missing. %2</source>
        <translation>O Kintura Desk está incompleto: falta %1. %2</translation>
    </message>
    <message>
        <source>Kintura Desk cannot load %1 (%2). %3</source>
        <translation>O Kintura Desk não consegue carregar %1 (%2). %3</translation>
    </message>
    <message>
        <source>Kintura Desk %1 cannot use %2, which is from version %3. %4</source>
        <translation>O Kintura Desk %1 não pode usar %2, que é da versão %3. %4</translation>
    </message>
    <message>
        <source>Kintura Desk %1 cannot use %2: it has no %3. %4</source>
        <translation>O Kintura Desk %1 não pode usar %2: não contém %3. %4</translation>
    </message>
    <message>
        <source>With --demo: full (the default) or published (a tracker that offers only Kintura&apos;s public API).</source>
        <extracomment>Description of the --demo-api option in --help: &quot;full&quot; and &quot;published&quot; are typed as they are, do not translate them.</extracomment>
        <translation>Com --demo: full (o padrão) ou published (um tracker que oferece apenas a API pública do Kintura).</translation>
    </message>
    <message>
        <source>--demo-api is full or published.</source>
        <translation>--demo-api aceita full ou published.</translation>
    </message>
</context>
</TS>
