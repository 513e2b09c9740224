<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AdNetworkCatalog</name>
    <message>
        <source>Campaign ID</source>
        <extracomment>An ad network&apos;s identifier a tracking template passes to the tracker; also inserted in lists such as &quot;no longer maps %3&quot; (names joined with commas).</extracomment>
        <translation>ID кампании</translation>
    </message>
    <message>
        <source>Ad Set ID</source>
        <extracomment>An ad network&apos;s identifier a tracking template passes to the tracker (Facebook&apos;s &quot;ad set&quot;, Google&apos;s &quot;ad group&quot;); also inserted in lists such as &quot;no longer maps %3&quot;.</extracomment>
        <translation>ID группы объявлений</translation>
    </message>
    <message>
        <source>Ad ID</source>
        <extracomment>An ad network&apos;s identifier a tracking template passes to the tracker; also inserted in lists such as &quot;no longer maps %3&quot;.</extracomment>
        <translation>ID объявления</translation>
    </message>
    <message>
        <source>Placement</source>
        <extracomment>A noun: where the ad was shown (site, app, feed), one of the identifiers a tracking template passes to the tracker; also inserted in lists such as &quot;no longer maps %3&quot;.</extracomment>
        <translation>Плейсмент</translation>
    </message>
    <message>
        <source>not an ad-network catalog</source>
        <extracomment>Reason why the built-in catalog could not be read (a program error, rarely seen): lower-case, no full stop.</extracomment>
        <translation>это не каталог рекламных сетей</translation>
    </message>
    <message>
        <source>network &quot;%1&quot; lacks &quot;%2&quot;</source>
        <extracomment>Reason why the built-in catalog could not be read (rarely seen). %1 is a network&apos;s key, e.g. &quot;facebook&quot;; %2 an identifier&apos;s key, e.g. &quot;adset&quot;.</extracomment>
        <translation>у сети «%1» нет «%2»</translation>
    </message>
    <message>
        <source>network &quot;%1&quot;, %2: no source</source>
        <extracomment>Reason why the built-in catalog could not be read (rarely seen). %1 is a network&apos;s key, e.g. &quot;facebook&quot;; %2 an identifier&apos;s key, e.g. &quot;adset&quot;.</extracomment>
        <translation>сеть «%1», %2: нет источника</translation>
    </message>
    <message>
        <source>a network without a key or name, or twice the same key</source>
        <extracomment>Reason why the built-in catalog could not be read (rarely seen): lower-case, no full stop.</extracomment>
        <translation>сеть без ключа или названия либо повторяющийся ключ</translation>
    </message>
    <message>
        <source>no networks</source>
        <extracomment>Reason why the built-in catalog could not be read (rarely seen): lower-case, no full stop.</extracomment>
        <translation>нет сетей</translation>
    </message>
</context>
<context>
    <name>CustomRange</name>
    <message>
        <source>Enter both the first and the last day of the range.</source>
        <translation>Укажите первый и последний день периода.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2): pick a last day on or after the first.</source>
        <translation>Период заканчивается (%1) раньше, чем начинается (%2): выберите последний день не раньше первого.</translation>
    </message>
    <message>
        <source>The range starts after today (%1 in the tracker&apos;s time zone): there is no data yet.</source>
        <translation>Период начинается после сегодняшнего дня (%1 в часовом поясе трекера): данных ещё нет.</translation>
    </message>
    <message numerus="yes">
        <source>The range is %n day(s) long; reports cover at most three years at a time. Pick a shorter range.</source>
        <translation>
            <numerusform>Период длится %n день, а отчёт охватывает не больше трёх лет. Выберите период короче.</numerusform>
            <numerusform>Период длится %n дня, а отчёт охватывает не больше трёх лет. Выберите период короче.</numerusform>
            <numerusform>Период длится %n дней, а отчёт охватывает не больше трёх лет. Выберите период короче.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntegrationInput</name>
    <message>
        <source>Enter the %1 from Kintura&apos;s Settings &gt; API page.</source>
        <extracomment>%1 is &quot;API key&quot; or &quot;API secret&quot; (translated separately, lower-case inside a sentence).</extracomment>
        <translation>Заполните поле «%1» значением со страницы Settings &gt; API в Kintura.</translation>
    </message>
    <message>
        <source>This is too long for an %1 (at most %2 characters): check what was pasted.</source>
        <extracomment>%1 is &quot;API key&quot; or &quot;API secret&quot;; %2 the largest number of characters allowed.</extracomment>
        <translation>Слишком длинное значение для поля «%1» (не больше %2 символов): проверьте, что было вставлено.</translation>
    </message>
    <message>
        <source>Enter the tracker&apos;s address, e.g. https://tracker.example.com.</source>
        <translation>Введите адрес трекера, например https://tracker.example.com.</translation>
    </message>
    <message>
        <source>This is not a valid web address.</source>
        <translation>Это недопустимый веб-адрес.</translation>
    </message>
    <message>
        <source>The tracker URL must start with https://.</source>
        <translation>URL трекера должен начинаться с https://.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the URL: the API key and secret go in their own fields.</source>
        <translation>Уберите имя пользователя и пароль из URL: API-ключ и секрет вводятся в отдельных полях.</translation>
    </message>
    <message>
        <source>Use https://: the API secret must not travel unencrypted. Plain http is accepted only for this computer (localhost).</source>
        <translation>Используйте https://: API-секрет нельзя передавать без шифрования. Обычный http допускается только для этого компьютера (localhost).</translation>
    </message>
    <message>
        <source>Only the tracker&apos;s address is needed: the rest (%1) was removed.</source>
        <extracomment>%1 is the part of the URL after the address, e.g. /stats?id=4.</extracomment>
        <translation>Нужен только адрес трекера: остальное (%1) удалено.</translation>
    </message>
    <message>
        <source>Give the integration a name, e.g. &quot;Kintura - Brand A&quot;.</source>
        <translation>Дайте интеграции название, например «Kintura - Бренд A».</translation>
    </message>
    <message>
        <source>Use a shorter name (at most %1 characters).</source>
        <extracomment>%1 is the largest number of characters allowed.</extracomment>
        <translation>Выберите название короче (не больше %1 символов).</translation>
    </message>
    <message>
        <source>Another integration is already called &quot;%1&quot;.</source>
        <extracomment>%1 is the other integration&apos;s name.</extracomment>
        <translation>Интеграция с названием «%1» уже есть.</translation>
    </message>
    <message>
        <source>API key</source>
        <extracomment>Field name inserted as %1 into &quot;Enter the %1 from…&quot;, &quot;The %1 contains…&quot;, &quot;This is too long for an %1…&quot;: the tracker&apos;s API key, lower-case in those sentences if your language needs it.</extracomment>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>API secret</source>
        <extracomment>Field name inserted as %1 into &quot;Enter the %1 from…&quot;, &quot;The %1 contains…&quot;, &quot;This is too long for an %1…&quot;: the tracker&apos;s API secret, lower-case in those sentences if your language needs it.</extracomment>
        <translation>API-секрет</translation>
    </message>
    <message>
        <source>Choose the currency your tracker reports revenue in.</source>
        <translation>Выберите валюту, в которой трекер показывает доход.</translation>
    </message>
    <message>
        <source>The %1 contains characters Kintura&apos;s keys never have (such as “%2”): copy it again from Kintura.</source>
        <extracomment>%1 is &quot;API key&quot; or &quot;API secret&quot;; %2 the first such character, as it was pasted.</extracomment>
        <translation>Поле «%1» содержит символы, которых не бывает в ключах Kintura (например, «%2»): скопируйте значение из Kintura ещё раз.</translation>
    </message>
    <message>
        <source>This is a web address, not an %1: the tracker&apos;s address goes in Tracker URL, and the %1 is on Kintura&apos;s Settings &gt; API page.</source>
        <extracomment>%1 (twice) is &quot;API key&quot; or &quot;API secret&quot;. &quot;Tracker URL&quot; is the label of the form&apos;s field.</extracomment>
        <translation>Это веб-адрес, а не значение поля «%1»: адрес трекера указывается в поле «URL трекера», а «%1» находится на странице Settings &gt; API в Kintura.</translation>
    </message>
    <message>
        <source>The %1 contains a space or an invisible character (%2): copy it again.</source>
        <extracomment>%1 is &quot;API key&quot; or &quot;API secret&quot;; %2 the character&apos;s Unicode code, e.g. U+00A0.</extracomment>
        <translation>Поле «%1» содержит пробел или невидимый символ (%2): скопируйте значение ещё раз.</translation>
    </message>
    <message>
        <source>This is too long for a web address (at most %1 characters): enter only the tracker&apos;s address, e.g. https://tracker.example.com.</source>
        <extracomment>%1 is the largest number of characters allowed.</extracomment>
        <translation>Слишком длинно для веб-адреса (не более %1 символов): введите только адрес трекера, например https://tracker.example.com.</translation>
    </message>
    <message>
        <source>This is not a web address: it contains an invisible control character (%1).</source>
        <extracomment>%1 is the character&apos;s Unicode code, e.g. U+0009.</extracomment>
        <translation>Это не веб-адрес: он содержит невидимый управляющий символ (%1).</translation>
    </message>
    <message>
        <source>This is not a web address: it contains spaces.</source>
        <translation>Это не веб-адрес: он содержит пробелы.</translation>
    </message>
    <message>
        <source>This is a file path, not a web address: enter the tracker&apos;s address, e.g. https://tracker.example.com.</source>
        <translation>Это путь к файлу, а не веб-адрес: введите адрес трекера, например https://tracker.example.com.</translation>
    </message>
    <message>
        <source>A web address cannot contain “%1”: check the tracker&apos;s address.</source>
        <extracomment>%1 is the character that is not allowed, as typed.</extracomment>
        <translation>Веб-адрес не может содержать «%1»: проверьте адрес трекера.</translation>
    </message>
    <message>
        <source>The name contains an invisible control character (%1), which could make it show differently from what it is: type the name again.</source>
        <extracomment>%1 is the character&apos;s Unicode code, e.g. U+202E.</extracomment>
        <translation>Название содержит невидимый управляющий символ (%1), из-за которого оно может отображаться не так, как записано: введите название заново.</translation>
    </message>
    <message>
        <source>The name contains a web address with a user name or password: remove it (names are stored unencrypted).</source>
        <translation>Название содержит веб-адрес с именем пользователя или паролем: удалите его (названия хранятся без шифрования).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code: choose one from the list (e.g. USD, EUR, BRL).</source>
        <extracomment>%1 is the currency code as typed.</extracomment>
        <translation>«%1» — не код валюты ISO 4217: выберите код из списка (например, USD, EUR, BRL).</translation>
    </message>
    <message>
        <source>This is not an ISO 4217 currency code: choose one from the list (three letters, e.g. USD, EUR, BRL).</source>
        <translation>Это не код валюты ISO 4217: выберите код из списка (три буквы, например USD, EUR, BRL).</translation>
    </message>
    <message>
        <source>Choose the time zone your tracker reports days in.</source>
        <translation>Выберите часовой пояс, по которому трекер считает дни.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this system knows: choose one from the list (e.g. Europe/Madrid, America/New_York, UTC).</source>
        <extracomment>%1 is the time zone as typed.</extracomment>
        <translation>Часовой пояс «%1» этой системе неизвестен: выберите пояс из списка (например, Europe/Madrid, America/New_York, UTC).</translation>
    </message>
    <message>
        <source>This is not a time zone name: choose one from the list (e.g. Europe/Madrid, America/New_York, UTC).</source>
        <translation>Это не название часового пояса: выберите пояс из списка (например, Europe/Madrid, America/New_York, UTC).</translation>
    </message>
</context>
<context>
    <name>IntegrationStore</name>
    <message>
        <source>it is not valid JSON (%1)</source>
        <extracomment>Reason inserted as %1 into &quot;The integrations file could not be used (%1)…&quot;: lower-case, no full stop. %1 here is the JSON parser&apos;s message (in English).</extracomment>
        <translation>это некорректный JSON (%1)</translation>
    </message>
    <message>
        <source>it is not a Kintura Desk integrations file</source>
        <extracomment>Reason inserted as %1 into &quot;The integrations file could not be used (%1)…&quot;: lower-case, no full stop; &quot;it&quot; is the file.</extracomment>
        <translation>это не файл интеграций Kintura Desk</translation>
    </message>
    <message>
        <source>it was written by a newer Kintura Desk (format %1)</source>
        <extracomment>Reason inserted into &quot;The integrations file could not be used (…)…&quot;: lower-case, no full stop; &quot;it&quot; is the file. %1 is the file&apos;s format version number.</extracomment>
        <translation>он записан более новой версией Kintura Desk (формат %1)</translation>
    </message>
    <message>
        <source>its format version is missing or unknown</source>
        <translation>версия формата не указана или неизвестна</translation>
    </message>
    <message>
        <source>the list of integrations is missing</source>
        <extracomment>Reason inserted as %1 into &quot;The integrations file could not be used (%1)…&quot;: lower-case, no full stop.</extracomment>
        <translation>нет списка интеграций</translation>
    </message>
    <message>
        <source>integration %1 in it is damaged</source>
        <extracomment>Reason inserted into &quot;The integrations file could not be used (…)…&quot;: lower-case, no full stop. %1 is the entry&apos;s position in the file (0, 1, 2…); &quot;it&quot; is the file.</extracomment>
        <translation>интеграция № %1 в нём повреждена</translation>
    </message>
    <message>
        <source>The integrations file %1 could not be read: %2.</source>
        <extracomment>%1 is the file&apos;s path; %2 the system&apos;s reason (often in English), e.g. &quot;Permission denied&quot;.</extracomment>
        <translation>Не удалось прочитать файл интеграций %1: %2.</translation>
    </message>
    <message>
        <source>it is far too large</source>
        <extracomment>Reason inserted as %1 into &quot;The integrations file could not be used (%1)…&quot;: lower-case, no full stop; &quot;it&quot; is the file.</extracomment>
        <translation>он слишком большой</translation>
    </message>
    <message>
        <source>The integrations file could not be used (%1). It was kept as %2; Kintura Desk starts with no integrations.</source>
        <extracomment>%1 is the reason, e.g. &quot;it is far too large&quot;; %2 the path the damaged file was renamed to.</extracomment>
        <translation>Не удалось использовать файл интеграций (%1). Он сохранён как %2; Kintura Desk запускается без интеграций.</translation>
    </message>
    <message>
        <source>The integrations file %1 could not be used (%2) and could not be moved aside. Nothing will be saved until it is fixed or removed.</source>
        <extracomment>%1 is the file&apos;s path; %2 the reason, e.g. &quot;it is far too large&quot;.</extracomment>
        <translation>Не удалось ни использовать файл интеграций %1 (%2), ни переместить его. Ничего не будет сохраняться, пока его не исправят или не удалят.</translation>
    </message>
    <message>
        <source>the integrations</source>
        <extracomment>What is being saved, inserted as %1 into &quot;Could not save %1: the folder %2 could not be created.&quot; and &quot;Could not save %1 to %2: %3.&quot;.</extracomment>
        <translation>интеграции</translation>
    </message>
</context>
<context>
    <name>NetworkChoicesFile</name>
    <message>
        <source>%1: the template &quot;%2&quot; was deleted in the tracker.</source>
        <extracomment>%1 is an ad network&apos;s name, e.g. Google Ads; %2 the tracking template&apos;s title.</extracomment>
        <translation>%1: шаблон «%2» удалён в трекере.</translation>
    </message>
    <message>
        <source>%1: the template &quot;%2&quot; no longer maps %3.</source>
        <extracomment>%1 is an ad network&apos;s name; %2 the tracking template&apos;s title; %3 the identifiers it lacks, joined with commas, e.g. &quot;Ad Set ID, Placement&quot;.</extracomment>
        <translation>%1: шаблон «%2» больше не передаёт %3.</translation>
    </message>
    <message>
        <source>%1: the template &quot;%2&quot; now maps all four identifiers.</source>
        <extracomment>%1 is an ad network&apos;s name; %2 the tracking template&apos;s title.</extracomment>
        <translation>%1: шаблон «%2» теперь передаёт все четыре идентификатора.</translation>
    </message>
    <message>
        <source>%1: the template &quot;%2&quot; was renamed to &quot;%3&quot;.</source>
        <extracomment>%1 is an ad network&apos;s name; %2 the template&apos;s old title; %3 its new title.</extracomment>
        <translation>%1: шаблон «%2» переименован в «%3».</translation>
    </message>
    <message>
        <source>it is not a Kintura Desk ad-network file of a known version</source>
        <extracomment>Reason inserted as %1 into &quot;The ad-network setup file could not be used (%1)…&quot;: lower-case, no full stop; &quot;it&quot; is the file.</extracomment>
        <translation>это не файл рекламных сетей Kintura Desk известной версии</translation>
    </message>
    <message>
        <source>an entry of integration %1 names no network</source>
        <extracomment>Reason inserted into &quot;The ad-network setup file could not be used (…)…&quot;: lower-case, no full stop. %1 is the integration&apos;s identifier (e.g. 3f2a…), not its name.</extracomment>
        <translation>в записи интеграции %1 не указана сеть</translation>
    </message>
</context>
<context>
    <name>RangePresets</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Последние 14 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
</context>
<context>
    <name>ReportCache</name>
    <message>
        <source>The report cache %1 could not be opened: %2</source>
        <translation>Не удалось открыть кэш отчётов %1: %2</translation>
    </message>
    <message>
        <source>The report cache %1 could not be prepared: %2</source>
        <translation>Не удалось подготовить кэш отчётов %1: %2</translation>
    </message>
    <message>
        <source>The report cache %1 was written by another version of Kintura Desk.</source>
        <translation>Кэш отчётов %1 записан другой версией Kintura Desk.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Total</source>
        <extracomment>The last row of an exported CSV report: the sum of all rows (one per currency).</extracomment>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>ReportQuery</name>
    <message>
        <source>Traffic source %1</source>
        <translation>Источник трафика %1</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Кампания %1</translation>
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
        <translation>Не удалось сохранить %1: не удалось создать папку %2.</translation>
    </message>
    <message>
        <source>Could not save %1 to %2: %3.</source>
        <extracomment>%1 is what was being saved, e.g. &quot;the integrations&quot;, &quot;the report&quot;, &quot;the chart&quot; (translated separately); %2 the file&apos;s path; %3 the system&apos;s reason (often in English).</extracomment>
        <translation>Не удалось сохранить %1 в %2: %3.</translation>
    </message>
</context>
<context>
    <name>StatusPresentation</name>
    <message>
        <source>Not checked</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell beside an icon: no check has run yet.</extracomment>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ещё не проверено</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>Status in a table cell beside an icon (an integration&apos;s connection or an ad network&apos;s template): a check is running now.</extracomment>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>Проверка подключения</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Status in a table cell beside an icon: for an integration, the tracker answers and its settings match; for an ad network, its template passes all four identifiers. An adjective (a state), not an action.</extracomment>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Connected: the tracker answers and its settings match</source>
        <translation>Подключено: трекер отвечает, и его настройки совпадают</translation>
    </message>
    <message>
        <source>Invalid credentials</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: the tracker rejected the API key or secret.</extracomment>
        <translation>Неверные учётные данные</translation>
    </message>
    <message>
        <source>Error: the tracker rejected the API key or secret</source>
        <translation>Ошибка: трекер отклонил API-ключ или секрет</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: the tracker could not be reached.</extracomment>
        <translation>Недоступен</translation>
    </message>
    <message>
        <source>Error: the tracker cannot be reached</source>
        <translation>Ошибка: трекер недоступен</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: its TLS certificate could not be verified.</extracomment>
        <translation>Проблема с сертификатом</translation>
    </message>
    <message>
        <source>Error: the tracker&apos;s secure connection could not be verified</source>
        <translation>Ошибка: не удалось проверить защищённое подключение к трекеру</translation>
    </message>
    <message>
        <source>Settings mismatch</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: the tracker&apos;s currency or conversion time differs from the integration&apos;s.</extracomment>
        <translation>Настройки не совпадают</translation>
    </message>
    <message>
        <source>Warning: the tracker&apos;s currency or conversion time differs</source>
        <translation>Внимание: валюта или время учёта конверсий в трекере отличаются</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: the system keychain (password store) cannot be opened.</extracomment>
        <translation>Связка ключей недоступна</translation>
    </message>
    <message>
        <source>Error: the system keychain cannot be opened</source>
        <translation>Ошибка: не удаётся открыть системную связку ключей</translation>
    </message>
    <message>
        <source>No credentials</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: no API key and secret are stored for it.</extracomment>
        <translation>Нет учётных данных</translation>
    </message>
    <message>
        <source>Error: no API key and secret are stored for this integration</source>
        <translation>Ошибка: для этой интеграции не сохранены API-ключ и секрет</translation>
    </message>
    <message>
        <source>Tracker error</source>
        <extracomment>Status in a table cell (an integration&apos;s connection or an ad network&apos;s templates): the tracker answered with an error.</extracomment>
        <translation>Ошибка трекера</translation>
    </message>
    <message>
        <source>Error: the tracker answered with a problem</source>
        <translation>Ошибка: трекер сообщил о проблеме</translation>
    </message>
    <message>
        <source>Not checked yet. Press F5 to check all integrations.</source>
        <translation>Ещё не проверено. Нажмите F5, чтобы проверить все интеграции.</translation>
    </message>
    <message>
        <source>Not configured</source>
        <extracomment>Status of an ad network, short, in a table cell: no tracking template has been chosen for it.</extracomment>
        <translation>Не настроено</translation>
    </message>
    <message>
        <source>Warning: no template chosen, this network sends the tracker no data</source>
        <translation>Внимание: шаблон не выбран, эта сеть не передаёт трекеру данные</translation>
    </message>
    <message>
        <source>Reading the templates from the tracker</source>
        <translation>Чтение шаблонов из трекера</translation>
    </message>
    <message>
        <source>Missing macros</source>
        <extracomment>Status of an ad network, short, in a table cell: its tracking template does not pass every identifier (macros are the network&apos;s placeholders such as {campaignid}).</extracomment>
        <translation>Не хватает макросов</translation>
    </message>
    <message>
        <source>Template gone</source>
        <extracomment>Status of an ad network, short, in a table cell: the tracking template chosen for it no longer exists in the tracker.</extracomment>
        <translation>Шаблон удалён</translation>
    </message>
    <message>
        <source>Error: the chosen template no longer exists in the tracker</source>
        <translation>Ошибка: выбранного шаблона больше нет в трекере</translation>
    </message>
    <message>
        <source>Connected: the template maps all four identifiers</source>
        <translation>Подключено: шаблон передаёт все четыре идентификатора</translation>
    </message>
    <message>
        <source>Error: the tracker&apos;s templates could not be read</source>
        <translation>Ошибка: не удалось прочитать шаблоны трекера</translation>
    </message>
    <message>
        <source>No tracking template chosen: %1 sends the tracker no campaign, ad set, ad or placement ids, so no conversions or revenue can be tied to its campaigns. Choose a template.</source>
        <extracomment>%1 is an ad network&apos;s name, e.g. Google Ads.</extracomment>
        <translation>Шаблон отслеживания не выбран: %1 не передаёт трекеру ID кампании, группы объявлений, объявления и плейсмента, поэтому конверсии и доход нельзя связать с её кампаниями. Выберите шаблон.</translation>
    </message>
    <message>
        <source>Reading the templates from the tracker…</source>
        <translation>Чтение шаблонов из трекера…</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; does not map: %2. Fix the template in Kintura first (add a URL parameter with the %3 macro), then check again.</source>
        <extracomment>%1 is the tracking template&apos;s title; %2 the identifiers it lacks, joined with commas (e.g. &quot;Ad Set ID, Placement&quot;); %3 the ad network&apos;s name.</extracomment>
        <translation>Шаблон «%1» не передаёт: %2. Сначала исправьте шаблон в Kintura (добавьте параметр URL с макросом %3), затем проверьте снова.</translation>
    </message>
    <message>
        <source>The chosen template was deleted in the tracker (or its id changed). Choose another template.</source>
        <translation>Выбранный шаблон удалён в трекере (или изменился его ID). Выберите другой шаблон.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; maps Campaign ID, Ad Set ID, Ad ID and Placement.</source>
        <extracomment>%1 is the tracking template&apos;s title.</extracomment>
        <translation>Шаблон «%1» передаёт ID кампании, ID группы объявлений, ID объявления и плейсмент.</translation>
    </message>
    <message>
        <source>%1 (%2) could not be verified: no macro for it is documented.</source>
        <extracomment>Follows &quot;The template … maps …&quot;. %1 is an identifier, e.g. &quot;Placement&quot;; %2 the name of the template&apos;s parameter that carries it.</extracomment>
        <translation>Не удалось проверить %1 (%2): для него не описан ни один макрос.</translation>
    </message>
    <message>
        <source>It was renamed in the tracker since it was chosen.</source>
        <translation>После выбора его переименовали в трекере.</translation>
    </message>
    <message>
        <source>The tracker could not be asked for its templates.</source>
        <translation>Не удалось запросить шаблоны у трекера.</translation>
    </message>
    <message>
        <source>Warning: the template does not map every identifier</source>
        <translation>Предупреждение: шаблон передаёт не все идентификаторы</translation>
    </message>
    <message>
        <source>Connected, settings not verified</source>
        <extracomment>Status of an integration&apos;s connection, short, in a table cell: the tracker accepts the API key, but does not publish its currency and conversion time to compare with.</extracomment>
        <translation>Подключено, настройки не проверены</translation>
    </message>
    <message>
        <source>Connected, settings not verified: the tracker does not publish its currency and conversion registration time; Kintura Desk uses the values entered here</source>
        <translation>Подключено, настройки не проверены: трекер не сообщает свою валюту и время регистрации конверсий; Kintura Desk использует значения, указанные здесь</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>postback time</source>
        <extracomment>Fills &quot;counts conversions at %2&quot; and &quot;is set to %3 and %4&quot;: conversions are dated by when the postback arrived (Kintura&apos;s &quot;conversion registration time&quot;).</extracomment>
        <translation>по времени постбэка</translation>
    </message>
    <message>
        <source>visit time</source>
        <extracomment>Fills &quot;counts conversions at %2&quot;: dated by the visit (click).</extracomment>
        <translation>по времени визита</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ещё не проверено.</translation>
    </message>
    <message>
        <source>Asking the tracker at %1 for its settings…</source>
        <extracomment>%1 is the tracker&apos;s host name, e.g. tracker.example.com.</extracomment>
        <translation>Запрос настроек у трекера %1…</translation>
    </message>
    <message>
        <source>The tracker reports in %1 and counts conversions at %2, but this integration is set to %3 and %4. Numbers would disagree with the tracker until both say the same.</source>
        <extracomment>%1 and %3 are currency codes (USD); %2 and %4 &quot;visit time&quot; or &quot;postback time&quot;. %1 and %2 are the tracker&apos;s settings, %3 and %4 this integration&apos;s.</extracomment>
        <translation>Трекер ведёт отчёты в %1 и учитывает конверсии %2, а в этой интеграции заданы %3 и учёт конверсий %4. Пока настройки не совпадут, цифры будут расходиться с трекером.</translation>
    </message>
    <message>
        <source>No API key and secret could be read for this integration.</source>
        <translation>Не удалось прочитать API-ключ и секрет этой интеграции.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <extracomment>%1 is the keychain&apos;s own message (from the system, often in English).</extracomment>
        <translation>Не удалось воспользоваться системной связкой ключей: %1</translation>
    </message>
    <message>
        <source>The tracker reports in %1 and counts conversions at %2, as configured here (time zone %3).</source>
        <extracomment>%1 is a currency code (USD); %2 &quot;visit time&quot; or &quot;postback time&quot;; %3 a time zone, e.g. Europe/Madrid.</extracomment>
        <translation>Трекер ведёт отчёты в %1 и учитывает конверсии %2, как и настроено здесь (часовой пояс %3).</translation>
    </message>
    <message>
        <source>No API key and secret are stored for this integration: edit it and enter them again.</source>
        <translation>Для этой интеграции не сохранены API-ключ и секрет: измените её и введите их заново.</translation>
    </message>
    <message>
        <source>Connected: the tracker at %1 accepts the API key and secret, but does not publish its currency and conversion registration time. Kintura Desk uses the values entered here (%2, %3, time zone %4): make sure they match the tracker&apos;s settings.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 a currency code (USD); %3 &quot;visit time&quot; or &quot;postback time&quot;; %4 a time zone, e.g. Europe/Madrid.</extracomment>
        <translation>Подключено: трекер %1 принимает API-ключ и секрет, но не сообщает свою валюту и время регистрации конверсий. Kintura Desk использует значения, указанные здесь (%2, учёт конверсий %3, часовой пояс %4): убедитесь, что они совпадают с настройками трекера.</translation>
    </message>
    <message>
        <source>The tracker counts days in the time zone %1, but this integration is set to %2. Days in reports would disagree with the tracker until both say the same.</source>
        <extracomment>%1 and %2 are time zones (Europe/Madrid): the tracker&apos;s and this integration&apos;s.</extracomment>
        <translation>Трекер считает дни в часовом поясе %1, а в этой интеграции задан пояс %2. Пока настройки не совпадут, дни в отчётах будут расходиться с трекером.</translation>
    </message>
</context>
<context>
    <name>TemplateCheck</name>
    <message>
        <source>%1 is a %2 macro, not a %3 one: %3 will not fill it in.</source>
        <extracomment>%1 is a macro as written in the template, e.g. {{adset.id}}; %2 the ad networks it belongs to (e.g. &quot;Google Ads&quot; or &quot;Google Ads / Taboola&quot;); %3 (twice) the network the template is for.</extracomment>
        <translation>%1 — макрос %2, а не %3: %3 не подставит его значение.</translation>
    </message>
    <message>
        <source>%1 is not a macro %2 is known to fill in.</source>
        <extracomment>%1 is a macro as written in the template, e.g. {adgroupid}; %2 the ad network&apos;s name.</extracomment>
        <translation>Неизвестно, чтобы %2 подставлял значение макроса %1.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <extracomment>Follows &quot;%1 is not a macro %2 is known to fill in.&quot; %1 is the network&apos;s own macro with a similar name, e.g. {{adset.id}}.</extracomment>
        <translation>Возможно, имелся в виду %1?</translation>
    </message>
</context>
<context>
    <name>TrackerCall</name>
    <message>
        <source>record %1, %2</source>
        <translation>запись № %1, %2</translation>
    </message>
    <message>
        <source>id %1, %2</source>
        <translation>ID %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <extracomment>Ends a list of records that could not be read: %n more were not named.</extracomment>
        <translation>
            <numerusform>; и ещё %n</numerusform>
            <numerusform>; и ещё %n</numerusform>
            <numerusform>; и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 %3 could not be read and were left out: %4.</source>
        <extracomment>%1 records that could not be read, out of %2 sent; %3 what they are, in the plural (campaigns, tracking templates); %4 which ones and why.</extracomment>
        <translation>%3: не удалось прочитать %1 из %2, они пропущены: %4.</translation>
    </message>
</context>
<context>
    <name>TrackerError</name>
    <message>
        <source>The tracker at %1 answered normally.</source>
        <extracomment>%1 is the tracker&apos;s host name, e.g. tracker.example.com (in every message here).</extracomment>
        <translation>Трекер %1 ответил без ошибок.</translation>
    </message>
    <message>
        <source>The tracker at %1 rejected the API key or secret. Copy both again from Kintura&apos;s Settings &gt; API page.</source>
        <translation>Трекер %1 отклонил API-ключ или секрет. Скопируйте оба значения заново со страницы Settings &gt; API в Kintura.</translation>
    </message>
    <message>
        <source>The tracker at %1 refused access with this API key. Check the key&apos;s permissions in Kintura&apos;s Settings &gt; API page.</source>
        <translation>Трекер %1 запретил доступ с этим API-ключом. Проверьте права ключа на странице Settings &gt; API в Kintura.</translation>
    </message>
    <message>
        <source>The tracker at %1 does not offer this data (HTTP 404). Check that the tracker URL points to the tracker itself, not to a landing page.</source>
        <translation>Трекер %1 не отдаёт эти данные (HTTP 404). Проверьте, что URL ведёт на сам трекер, а не на лендинг.</translation>
    </message>
    <message>
        <source>The tracker at %1 refused the request (HTTP %2). This is likely a bug in Kintura Desk; please report it.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 the HTTP status code, e.g. 400.</extracomment>
        <translation>Трекер %1 отклонил запрос (HTTP %2). Скорее всего, это ошибка в Kintura Desk; пожалуйста, сообщите о ней.</translation>
    </message>
    <message>
        <source>The tracker at %1 asks Kintura Desk to wait %2 before the next request (too many requests). Try again after that; another app may be using the same API key.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 a duration, &quot;5 minutes&quot; or &quot;2 hours&quot; (translated separately).</extracomment>
        <translation>Трекер %1 просит Kintura Desk подождать %2 до следующего запроса (слишком много запросов). Повторите попытку после этого; возможно, тот же API-ключ использует другое приложение.</translation>
    </message>
    <message>
        <source>The tracker at %1 keeps asking to slow down (too many requests). Wait a minute and try again; another app may be using the same API key.</source>
        <translation>Трекер %1 продолжает просить снизить частоту (слишком много запросов). Подождите минуту и повторите попытку; возможно, тот же API-ключ использует другое приложение.</translation>
    </message>
    <message>
        <source>The tracker at %1 had an internal problem (HTTP %2) and did not recover after several tries. Try again later.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 the HTTP status code, e.g. 503.</extracomment>
        <translation>У трекера %1 внутренняя ошибка (HTTP %2), и после нескольких попыток она не прошла. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The tracker at %1 did not answer in time. Check your connection and try again.</source>
        <translation>Трекер %1 не ответил вовремя. Проверьте подключение и повторите попытку.</translation>
    </message>
    <message>
        <source>Could not reach the tracker at %1 (%2). Check the tracker URL and your network connection.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 the network library&apos;s description of the error (often in English), e.g. &quot;Connection refused&quot;.</extracomment>
        <translation>Не удалось связаться с трекером %1 (%2). Проверьте URL трекера и сетевое подключение.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified (%2). Nothing was sent. Check the tracker URL, or trust this certificate if you know it is right.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 the TLS library&apos;s description of the certificate problem (often in English), e.g. &quot;The certificate has expired&quot;.</extracomment>
        <translation>Не удалось проверить защищённое подключение к %1 (%2). Ничего не отправлено. Проверьте URL трекера или доверьтесь этому сертификату, если уверены, что он правильный.</translation>
    </message>
    <message>
        <source>Refused to send credentials to %1 without encryption. Use an https:// tracker URL.</source>
        <translation>Учётные данные не отправлены на %1 без шифрования. Используйте URL трекера с https://.</translation>
    </message>
    <message>
        <source>The tracker at %1 sent a reply Kintura Desk does not understand (%2). Check that the URL points to a Kintura tracker.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 a technical description of what was wrong with the reply (in English).</extracomment>
        <translation>Трекер %1 прислал ответ, который Kintura Desk не понимает (%2). Проверьте, что URL ведёт на трекер Kintura.</translation>
    </message>
    <message>
        <source>The tracker at %1 sent a reply far larger than expected, so it was stopped. Check that the URL points to a Kintura tracker.</source>
        <translation>Трекер %1 прислал ответ намного больше ожидаемого, и его загрузка остановлена. Проверьте, что URL ведёт на трекер Kintura.</translation>
    </message>
    <message>
        <source>The data at the tracker %1 kept changing while it was being read. Try again in a moment.</source>
        <translation>Данные в трекере %1 менялись во время чтения. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Запрос к %1 отменён.</translation>
    </message>
    <message>
        <source>The data from %1 could not be stored on this computer (%2). Check the free disk space; the cache was left as it was.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 the database&apos;s description of the error (often in English).</extracomment>
        <translation>Не удалось сохранить на этом компьютере данные от %1 (%2). Проверьте свободное место на диске; кэш остался прежним.</translation>
    </message>
    <message>
        <source>The API key and secret for %1 could not be read from the system keychain. Unlock it and try again.</source>
        <translation>Не удалось прочитать API-ключ и секрет для %1 из системной связки ключей. Разблокируйте её и повторите попытку.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <extracomment>Fills &quot;wait %2 before the next request&quot;.</extracomment>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <extracomment>Fills &quot;wait %2 before the next request&quot;.</extracomment>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>The tracker at %1 redirected the request to another host, %2, so the API key and secret were not sent there. If the tracker has moved to %2, edit the integration and enter its new address; otherwise check the tracker URL.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 the other host name it redirected to.</extracomment>
        <translation>Трекер по адресу %1 перенаправил запрос на другой хост, %2, поэтому API-ключ и секрет туда не отправлялись. Если трекер переехал на %2, измените интеграцию и укажите новый адрес; иначе проверьте URL трекера.</translation>
    </message>
    <message>
        <source>The tracker at %1 redirected the request to an unencrypted http:// address, so the API key and secret were not sent. Ask whoever runs the tracker to keep it on https:// only.</source>
        <extracomment>%1 is the tracker&apos;s host name.</extracomment>
        <translation>Трекер по адресу %1 перенаправил запрос на незашифрованный адрес http://, поэтому API-ключ и секрет не отправлялись. Попросите администратора трекера оставить его только на https://.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <extracomment>Fills &quot;does not offer %2 (%3)&quot;: the HTTP status it answered with.</extracomment>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>it answers with a web page</source>
        <extracomment>Fills &quot;does not offer %2 (%3)&quot;: it answered with an HTML page.</extracomment>
        <translation>отвечает веб-страницей</translation>
    </message>
    <message>
        <source>The tracker at %1 does not offer %2 (%3), so Kintura Desk cannot read its reports through the API. Numbers already on this computer stay shown.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 an API path, e.g. /1.0/stats; %3 &quot;HTTP 404&quot;.</extracomment>
        <translation>Трекер %1 не поддерживает %2 (%3), поэтому Kintura Desk не может получать его отчёты через API. Цифры, уже сохранённые на этом компьютере, по-прежнему показываются.</translation>
    </message>
    <message>
        <source>The tracker at %1 does not offer %2 (%3), so Kintura Desk cannot read its tracking templates: check each ad network&apos;s template in Kintura itself.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 an API path, e.g. /1.0/traffic-sources; %3 &quot;HTTP 404&quot;.</extracomment>
        <translation>Трекер %1 не поддерживает %2 (%3), поэтому Kintura Desk не может прочитать его шаблоны отслеживания: проверьте шаблон каждой рекламной сети в самом Kintura.</translation>
    </message>
    <message>
        <source>The tracker at %1 does not offer %2 (%3), so Kintura Desk cannot read its currency, conversion registration time and time zone; it uses the values entered for this integration.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 an API path, e.g. /1.0/settings; %3 &quot;HTTP 404&quot;.</extracomment>
        <translation>Трекер %1 не поддерживает %2 (%3), поэтому Kintura Desk не может узнать его валюту, время регистрации конверсий и часовой пояс; используются значения, указанные для этой интеграции.</translation>
    </message>
    <message>
        <source>The tracker at %1 does not offer %2 (%3), which this needs.</source>
        <extracomment>%1 is the tracker&apos;s host name; %2 an API path; %3 &quot;HTTP 404&quot;.</extracomment>
        <translation>Трекер %1 не поддерживает %2 (%3), а это необходимо для данной операции.</translation>
    </message>
</context>
<context>
    <name>kd::ApiRequest</name>
    <message>
        <source>certificate issued by %1, SHA-256 fingerprint %2</source>
        <translation>издатель сертификата: %1, отпечаток SHA-256 %2</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>без имени</translation>
    </message>
    <message>
        <source>no HTTP status in the reply</source>
        <translation>в ответе нет HTTP-статуса</translation>
    </message>
    <message>
        <source>no complete reply within %1 ms</source>
        <translation>нет полного ответа за %1 мс</translation>
    </message>
    <message>
        <source>the connection closed before the reply was complete</source>
        <translation>соединение закрылось до окончания ответа</translation>
    </message>
</context>
<context>
    <name>kd::AppContext</name>
    <message>
        <source>Could not create a temporary folder for the demo: %1</source>
        <translation>Не удалось создать временную папку для демо: %1</translation>
    </message>
    <message>
        <source>Could not start the demo tracker on 127.0.0.1.</source>
        <translation>Не удалось запустить демо-трекер на 127.0.0.1.</translation>
    </message>
    <message>
        <source>Kintura - Demo</source>
        <translation>Kintura - Демо</translation>
    </message>
</context>
<context>
    <name>kd::IntegrationCli</name>
    <message>
        <source>Say what to do with integrations.</source>
        <translation>Укажите, что сделать с интеграциями.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>Kintura Desk is open on these settings (or another command is changing them): make the change in its window, or close it and try again.</source>
        <translation>Kintura Desk открыт с этими настройками (или их меняет другая команда): внесите изменение в его окне или закройте его и повторите попытку.</translation>
    </message>
    <message>
        <source>Integration name.</source>
        <translation>Название интеграции.</translation>
    </message>
    <message>
        <source>Tracker URL.</source>
        <translation>URL трекера.</translation>
    </message>
    <message>
        <source>ISO 4217 code.</source>
        <translation>Код ISO 4217.</translation>
    </message>
    <message>
        <source>visit or postback.</source>
        <translation>visit или postback.</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Лишние аргументы: %1</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>Требуется --%1.</translation>
    </message>
    <message>
        <source>--conversion-time must be visit or postback.</source>
        <translation>--conversion-time должен быть visit или postback.</translation>
    </message>
    <message>
        <source>Give the API key and the API secret on standard input, one per line.</source>
        <translation>Передайте API-ключ и API-секрет через стандартный ввод, по одному в строке.</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; (%2). Its API key and secret are in the system keychain.</source>
        <translation>Добавлена интеграция «%1» (%2). Её API-ключ и секрет хранятся в системной связке ключей.</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text или json.</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list не принимает аргументов.</translation>
    </message>
    <message>
        <source>--format must be text or json.</source>
        <translation>--format должен быть text или json.</translation>
    </message>
    <message>
        <source>Name one integration to test.</source>
        <translation>Укажите одну интеграцию для проверки.</translation>
    </message>
    <message>
        <source>No integration is called &quot;%1&quot;.</source>
        <translation>Нет интеграции с названием «%1».</translation>
    </message>
    <message>
        <source>Name one integration to remove.</source>
        <translation>Укажите одну интеграцию для удаления.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; and its keychain entry.</source>
        <translation>Интеграция «%1» и её запись в связке ключей удалены.</translation>
    </message>
    <message>
        <source>The tracker&apos;s IANA time zone.</source>
        <extracomment>Description of --timezone in --help.</extracomment>
        <translation>Часовой пояс трекера в формате IANA.</translation>
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
        <translation>Команды интеграций:
  kintura-desk integration add --name ИМЯ --url URL --currency КОД
                               --conversion-time visit|postback [--timezone ПОЯС]
      Читает API-ключ и API-секрет со стандартного ввода, по одному в строке
      (в терминале запрашивает их без отображения), и сохраняет в системной связке ключей.
      --timezone: часовой пояс IANA, по которому трекер считает дни (по умолчанию —
      пояс, который сообщает трекер, а если не сообщает, то пояс этой системы).
  kintura-desk integration list [--format text|json]
  kintura-desk integration test ИМЯ
  kintura-desk integration remove ИМЯ
  kintura-desk integration probe ИМЯ [--format text|json]
      Опрашивает по одному разу каждый эндпоинт, который использует
      Kintura Desk, и выводит ответы в виде структур (статус, заголовки
      пагинации, ключи и типы), без значений: для исправления Kintura Desk
      под трекер, который отвечает иначе. Код выхода 9, если хотя бы один
      эндпоинт отвечает иначе.

Коды выхода:
  0  успех (test: подключено; настройки совпадают или трекер их не сообщает)
  1  другая ошибка (например, не удалось записать файл интеграций)
  2  неверные аргументы или входные данные
  3  неверные учётные данные
  4  трекер недоступен или его TLS-сертификат не прошёл проверку
  5  настройки не совпадают (валюта или время регистрации конверсий)
  6  системная связка ключей недоступна (ничего не записано)
  7  нет интеграции с таким именем
  8  трекер ответил ошибкой
  9  трекер не поддерживает то, что нужно команде (например, /1.0/stats)</translation>
    </message>
    <message>
        <source>Name one integration to probe.</source>
        <translation>Укажите одну интеграцию для диагностики.</translation>
    </message>
    <message>
        <source>%1 of %2 endpoints</source>
        <extracomment>Progress of `integration probe` on standard error: %1 endpoints asked of %2.</extracomment>
        <translation>Опрошено эндпоинтов: %1 из %2</translation>
    </message>
</context>
<context>
    <name>kd::IntegrationManager</name>
    <message>
        <source>The system keychain could not be used (%1), so nothing was saved. Kintura Desk never stores API secrets in plain text: unlock or start your keychain (e.g. GNOME Keyring or KWallet) and try again.</source>
        <extracomment>%1 is the keychain&apos;s own message (from the system, often in English).</extracomment>
        <translation>Не удалось воспользоваться системной связкой ключей (%1), поэтому ничего не сохранено. Kintura Desk никогда не хранит API-секреты открытым текстом: разблокируйте или запустите связку ключей (например, GNOME Keyring или KWallet) и повторите попытку.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, so nothing was saved. Allow Kintura Desk to use the keychain and try again.</source>
        <translation>Доступ к системной связке ключей запрещён, поэтому ничего не сохранено. Разрешите Kintura Desk пользоваться связкой ключей и повторите попытку.</translation>
    </message>
    <message>
        <source>No API key and secret are stored for this integration.</source>
        <translation>Для этой интеграции не сохранены API-ключ и секрет.</translation>
    </message>
    <message>
        <source>The system keychain reported a problem (%1), so nothing was saved.</source>
        <extracomment>%1 is the keychain&apos;s own message (from the system, often in English).</extracomment>
        <translation>Системная связка ключей сообщила о проблеме (%1), поэтому ничего не сохранено.</translation>
    </message>
    <message>
        <source>The integration was removed, but its API secret could not be erased from the system keychain (%1). Remove the item named &quot;%2&quot; there by hand.</source>
        <extracomment>%1 is the keychain&apos;s own message (often in English); %2 the name of the keychain item (an identifier such as 3f2a…, not the integration&apos;s name).</extracomment>
        <translation>Интеграция удалена, но её API-секрет не удалось стереть из системной связки ключей (%1). Удалите там вручную элемент «%2».</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1), so the API key and secret could not be read. Unlock or start your keychain (e.g. GNOME Keyring or KWallet) and try again; the numbers already on this computer stay available.</source>
        <extracomment>%1 is the keychain&apos;s own message (from the system, often in English).</extracomment>
        <translation>Не удалось воспользоваться системной связкой ключей (%1), поэтому API-ключ и секрет не прочитаны. Разблокируйте или запустите связку ключей (например, GNOME Keyring или KWallet) и повторите попытку; цифры, уже сохранённые на этом компьютере, остаются доступными.</translation>
    </message>
    <message>
        <source>Access to the system keychain was refused, so the API key and secret could not be read. Allow Kintura Desk to use the keychain and try again.</source>
        <translation>Доступ к системной связке ключей запрещён, поэтому API-ключ и секрет не прочитаны. Разрешите Kintura Desk пользоваться связкой ключей и повторите попытку.</translation>
    </message>
    <message>
        <source>The system keychain reported a problem (%1), so the API key and secret could not be read.</source>
        <extracomment>%1 is the keychain&apos;s own message (from the system, often in English).</extracomment>
        <translation>Системная связка ключей сообщила о проблеме (%1), поэтому API-ключ и секрет не прочитаны.</translation>
    </message>
</context>
<context>
    <name>kd::KeychainCredentialStore</name>
    <message>
        <source>The keychain item for this integration is damaged.</source>
        <translation>Запись этой интеграции в связке ключей повреждена.</translation>
    </message>
</context>
<context>
    <name>kd::NetworkSetupService</name>
    <message>
        <source>The ad-network setup file could not be used (%1). It was kept as %2; choose your networks&apos; templates again.</source>
        <extracomment>%1 is the reason, e.g. &quot;it is not a Kintura Desk ad-network file of a known version&quot;; %2 the path the file was renamed to.</extracomment>
        <translation>Не удалось использовать файл настройки рекламных сетей (%1). Он сохранён как %2; выберите шаблоны для своих сетей заново.</translation>
    </message>
    <message>
        <source>the ad-network setup</source>
        <extracomment>What is being saved, inserted as %1 into &quot;Could not save %1: the folder %2 could not be created.&quot; and &quot;Could not save %1 to %2: %3.&quot;.</extracomment>
        <translation>настройку рекламных сетей</translation>
    </message>
    <message>
        <source>tracking templates</source>
        <extracomment>Fills &quot;%1 of %2 %3 could not be read&quot;.</extracomment>
        <translation>Шаблоны отслеживания</translation>
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
        <translation>Команды отчётов:
  kintura-desk report (--integration ИМЯ | --demo) --from ГГГГ-ММ-ДД --to ГГГГ-ММ-ДД
                      --group-by day|campaign|network [--format csv|json]
      Загружает из трекера то, чего нет в локальном кэше (том же, что у окна), и
      выводит визиты, конверсии, доход, расход, прибыль, ROI, CR и
      EPC с валютой. Коды выхода — как у команд интеграций.</translation>
    </message>
    <message>
        <source>Integration name.</source>
        <translation>Название интеграции.</translation>
    </message>
    <message>
        <source>Use the embedded demo tracker.</source>
        <translation>Использовать встроенный демо-трекер.</translation>
    </message>
    <message>
        <source>First day.</source>
        <translation>Первый день.</translation>
    </message>
    <message>
        <source>Last day.</source>
        <translation>Последний день.</translation>
    </message>
    <message>
        <source>day, campaign or network.</source>
        <extracomment>Description of the --group-by option in --help: the values are typed as they are, do not translate them.</extracomment>
        <translation>day, campaign или network.</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <extracomment>Description of the --format option in --help: the values are typed as they are, do not translate them.</extracomment>
        <translation>csv или json.</translation>
    </message>
    <message>
        <source>Give either --integration NAME or --demo.</source>
        <translation>Укажите --integration ИМЯ или --demo.</translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD.</source>
        <translation>--from и --to принимают даты в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The range ends (%1) before it starts (%2).</source>
        <extracomment>%1 is the --to date as typed, %2 the --from date (YYYY-MM-DD).</extracomment>
        <translation>Период заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <source>--group-by is day, campaign or network.</source>
        <translation>--group-by принимает day, campaign или network.</translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation>--format принимает csv или json.</translation>
    </message>
    <message>
        <source>No integration is called &quot;%1&quot;.</source>
        <extracomment>%1 is the integration name given with --integration.</extracomment>
        <translation>Нет интеграции с названием «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 requests, about %n second(s) left</source>
        <extracomment>Progress on one terminal line, rewritten as it changes: %1 requests done out of %2; %n the seconds still expected.</extracomment>
        <translation>
            <numerusform>Запрос %1 из %2, осталось около %n секунды</numerusform>
            <numerusform>Запрос %1 из %2, осталось около %n секунд</numerusform>
            <numerusform>Запрос %1 из %2, осталось около %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ReportService</name>
    <message>
        <source>A sync is running: cancel it or wait for it to finish, then clear the cache.</source>
        <translation>Идёт синхронизация: отмените её или дождитесь окончания, затем очистите кэш.</translation>
    </message>
    <message>
        <source>The report cache could not be cleared: %1</source>
        <translation>Не удалось очистить кэш отчётов: %1</translation>
    </message>
</context>
<context>
    <name>kd::ReportSync</name>
    <message>
        <source>campaigns</source>
        <extracomment>Fills &quot;%1 of %2 %3 could not be read&quot;.</extracomment>
        <translation>Кампании</translation>
    </message>
</context>
<context>
    <name>kd::i18n</name>
    <message>
        <source>English</source>
        <comment>The name of the language you are translating into, written in that language, as a menu of languages shows it: Español, Português (Brasil), Русский</comment>
        <translation>Русский</translation>
    </message>
</context>
<context>
    <name>kd::ui::AdNetworksPage</name>
    <message>
        <source>① Credentials</source>
        <extracomment>Step 1 of 3 of the setup, a button in a row of steps: keep the circled digit.</extracomment>
        <translation>① Учётные данные</translation>
    </message>
    <message>
        <source>② Ad networks</source>
        <extracomment>Step 2 of 3 of the setup, a button in a row of steps: keep the circled digit.</extracomment>
        <translation>② Рекламные сети</translation>
    </message>
    <message>
        <source>③ Tracking parameters</source>
        <extracomment>Step 3 of 3 of the setup, a button in a row of steps: keep the circled digit.</extracomment>
        <translation>③ Параметры отслеживания</translation>
    </message>
    <message>
        <source>&amp;Configure…</source>
        <translation>Настр&amp;оить…</translation>
    </message>
    <message>
        <source>Ad networks</source>
        <translation>Рекламные сети</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Интеграция</translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation>&amp;Интеграция:</translation>
    </message>
    <message>
        <source>Connect a Kintura tracker first (Integrations page, Add…): the templates come from your tracker.</source>
        <translation>Сначала подключите трекер Kintura (страница «Интеграции», «Добавить…»): шаблоны берутся из вашего трекера.</translation>
    </message>
    <message>
        <source>Edit the integration&apos;s credentials and settings</source>
        <translation>Изменить учётные данные и настройки интеграции</translation>
    </message>
    <message>
        <source>C&amp;hoose networks…</source>
        <translation>&amp;Выбрать сети…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <source>Read the templates from the tracker again (%1)</source>
        <extracomment>Tooltip of &quot;Check again&quot;. %1 is its keyboard shortcut, e.g. F5.</extracomment>
        <translation>Заново прочитать шаблоны из трекера (%1)</translation>
    </message>
    <message>
        <source>&amp;Next: tracking parameters ›</source>
        <translation>&amp;Далее: параметры отслеживания ›</translation>
    </message>
    <message>
        <source>Ad networks of this integration</source>
        <translation>Рекламные сети этой интеграции</translation>
    </message>
    <message>
        <source>‹ &amp;Back to the networks</source>
        <translation>‹ На&amp;зад к сетям</translation>
    </message>
    <message>
        <source>Paste each string into the network&apos;s campaigns, where it says. The macros stay as they are: the network fills them in on every click. Without them the tracker sees visits but cannot tie them to campaigns.</source>
        <translation>Вставьте каждую строку в кампании сети, в указанное место. Макросы оставьте как есть: сеть подставляет их значения при каждом клике. Без них трекер видит визиты, но не может связать их с кампаниями.</translation>
    </message>
    <message>
        <source>Changed in the tracker since the last check:</source>
        <translation>Изменения в трекере с последней проверки:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved. Now tell Kintura Desk which ad networks send traffic to it (Choose networks…) and pick each one&apos;s tracking template, so that every network feeds this tracker.</source>
        <extracomment>%1 is the integration&apos;s name.</extracomment>
        <translation>Интеграция «%1» сохранена. Теперь укажите Kintura Desk, какие рекламные сети направляют на неё трафик («Выбрать сети…»), и выберите для каждой шаблон отслеживания, чтобы все сети передавали данные в этот трекер.</translation>
    </message>
    <message>
        <source>No ad networks chosen yet. Press Choose networks… and tick every network that sends traffic to this tracker.</source>
        <translation>Рекламные сети ещё не выбраны. Нажмите «Выбрать сети…» и отметьте все сети, которые направляют трафик в этот трекер.</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) without a working template: %1. They send the tracker no usable data until you choose one (Configure…).</source>
        <extracomment>%1 is the ad networks&apos; names, joined with commas; %n how many there are.</extracomment>
        <translation>
            <numerusform>%n сеть без рабочего шаблона: %1. Пока вы не выберете шаблон («Настроить…»), она не передаёт трекеру полезных данных.</numerusform>
            <numerusform>%n сети без рабочего шаблона: %1. Пока вы не выберете шаблон («Настроить…»), они не передают трекеру полезных данных.</numerusform>
            <numerusform>%n сетей без рабочего шаблона: %1. Пока вы не выберете шаблон («Настроить…»), они не передают трекеру полезных данных.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the templates from the tracker…</source>
        <translation>Чтение шаблонов из трекера…</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) read from the tracker.</source>
        <translation>
            <numerusform>Из трекера прочитан %n шаблон.</numerusform>
            <numerusform>Из трекера прочитано %n шаблона.</numerusform>
            <numerusform>Из трекера прочитано %n шаблонов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your ad networks first (step 2).</source>
        <translation>Сначала выберите рекламные сети (шаг 2).</translation>
    </message>
    <message>
        <source>Paste into: %1</source>
        <extracomment>%1 is where the string goes in the ad network&apos;s own interface, in English as the network names its menus, e.g. &quot;Ads Manager &gt; ad &gt; Destination &gt; URL parameters&quot;.</extracomment>
        <translation>Куда вставить: %1</translation>
    </message>
    <message>
        <source>Tracking parameters for %1</source>
        <extracomment>%1 is an ad network&apos;s name, e.g. Google Ads.</extracomment>
        <translation>Параметры отслеживания для %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button (a verb): copies the tracking parameters to the clipboard. Once pressed it says &quot;Copied&quot;: keep both short.</extracomment>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the tracking parameters for %1</source>
        <extracomment>%1 is an ad network&apos;s name, e.g. Google Ads.</extracomment>
        <translation>Скопировать параметры отслеживания для %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>The &quot;Copy&quot; button&apos;s text once pressed: the tracking parameters are now on the clipboard. Keep it short.</extracomment>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>Not complete: %1 is missing. Fix the template in Kintura first.</source>
        <extracomment>%1 is one or more identifiers, joined with commas, e.g. &quot;Ad Set ID, Placement&quot;.</extracomment>
        <translation>Не готово: не хватает %1. Сначала исправьте шаблон в Kintura.</translation>
    </message>
    <message>
        <source>Tracking parameters</source>
        <translation>Параметры отслеживания</translation>
    </message>
</context>
<context>
    <name>kd::ui::ChooseNetworksDialog</name>
    <message>
        <source>Ad networks you run</source>
        <translation>Ваши рекламные сети</translation>
    </message>
    <message>
        <source>Filter</source>
        <extracomment>Placeholder in a search field above the list of ad networks: typing there narrows the list.</extracomment>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Filter ad networks by name</source>
        <translation>Фильтр рекламных сетей по названию</translation>
    </message>
    <message>
        <source>Ad networks</source>
        <translation>Рекламные сети</translation>
    </message>
    <message>
        <source>Tick every ad network whose traffic goes to this tracker. Each one then needs a tracking template.</source>
        <translation>Отметьте все рекламные сети, трафик которых идёт в этот трекер. Затем каждой из них понадобится шаблон отслеживания.</translation>
    </message>
    <message>
        <source>No ad network&apos;s name contains this text. Clear the filter to see them all.</source>
        <translation>Ни одно название рекламной сети не содержит этот текст. Очистите фильтр, чтобы увидеть все.</translation>
    </message>
</context>
<context>
    <name>kd::ui::ConflictWarning</name>
    <message>
        <source>%1 campaign %2: %3</source>
        <translation>Кампания %2 в %1: %3</translation>
    </message>
    <message>
        <source>Ad network</source>
        <translation>Рекламная сеть</translation>
    </message>
    <message numerus="yes">
        <source>%n ad-network campaign(s) send clicks to more than one Kintura tracker in this period. Each of those trackers counts the conversions, so revenue and conversions are counted twice. Point each campaign at one tracker only.</source>
        <translation>
            <numerusform>%n кампания рекламной сети в этом периоде отправляет клики больше чем в один трекер Kintura. Каждый из этих трекеров считает конверсии, поэтому доход и конверсии учитываются дважды. Направляйте каждую кампанию только в один трекер.</numerusform>
            <numerusform>%n кампании рекламных сетей в этом периоде отправляют клики больше чем в один трекер Kintura. Каждый из этих трекеров считает конверсии, поэтому доход и конверсии учитываются дважды. Направляйте каждую кампанию только в один трекер.</numerusform>
            <numerusform>%n кампаний рекламных сетей в этом периоде отправляют клики больше чем в один трекер Kintura. Каждый из этих трекеров считает конверсии, поэтому доход и конверсии учитываются дважды. Направляйте каждую кампанию только в один трекер.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ui::ConnectionResultPanel</name>
    <message>
        <source>Postback time</source>
        <extracomment>A value in the &quot;Conversion registration time&quot; row of a table comparing the form with the tracker: conversions are dated by when their postback arrived.</extracomment>
        <translation>Время постбэка</translation>
    </message>
    <message>
        <source>Visit time</source>
        <extracomment>A value in the &quot;Conversion registration time&quot; row of a table comparing the form with the tracker: conversions are dated by the visit (click) that led to them.</extracomment>
        <translation>Время визита</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>&amp;Доверять этому сертификату</translation>
    </message>
    <message>
        <source>Accept exactly this certificate for this integration. You can take the trust back by editing the integration.</source>
        <translation>Принимать именно этот сертификат для этой интеграции. Отозвать доверие можно, изменив интеграцию.</translation>
    </message>
    <message>
        <source>Asking the tracker at %1…</source>
        <extracomment>%1 is the tracker&apos;s host name, e.g. tracker.example.com.</extracomment>
        <translation>Запрос к трекеру %1…</translation>
    </message>
    <message>
        <source>In this form</source>
        <extracomment>Column heading of a table comparing settings: the values typed in this dialog.</extracomment>
        <translation>В этой форме</translation>
    </message>
    <message>
        <source>In the tracker</source>
        <extracomment>Column heading of a table comparing settings: the values the tracker reports.</extracomment>
        <translation>В трекере</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Conversion registration time</source>
        <translation>Время регистрации конверсии</translation>
    </message>
    <message>
        <source>Use the tracker&apos;s va&amp;lues</source>
        <translation>Взять значения &amp;трекера</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
</context>
<context>
    <name>kd::ui::DeskContent</name>
    <message>
        <source>Demo mode: data comes from the built-in simulated tracker at %1; nothing is saved and your keychain is not touched.</source>
        <extracomment>%1 is the simulated tracker&apos;s address, e.g. http://127.0.0.1:40123.</extracomment>
        <translation>Демо-режим: данные идут от встроенного имитатора трекера на %1; ничего не сохраняется, связка ключей не затрагивается.</translation>
    </message>
</context>
<context>
    <name>kd::ui::DiagnosticCopy</name>
    <message>
        <source>Asking each endpoint of &quot;%1&quot; once, at the tracker&apos;s pace…</source>
        <extracomment>%1 is the integration&apos;s name.</extracomment>
        <translation>Опрос каждого эндпоинта «%1» по одному разу в темпе трекера…</translation>
    </message>
    <message>
        <source>Asking each endpoint of &quot;%1&quot; once: %2 of %3…</source>
        <extracomment>%1 is the integration&apos;s name; %2 endpoints asked so far, of %3.</extracomment>
        <translation>Опрос каждого эндпоинта «%1» по одному разу: %2 из %3…</translation>
    </message>
    <message>
        <source>Copied a diagnostic report of &quot;%1&quot; to the clipboard: for each endpoint Kintura Desk uses, the HTTP status, the page headers and the shape of the reply (keys and types). It holds no address, key, id, title or number from the tracker. Paste it into a report to the Kintura Desk developers.</source>
        <translation>Диагностический отчёт по интеграции «%1» скопирован в буфер обмена: для каждого эндпоинта, который использует Kintura Desk, — HTTP-статус, заголовки пагинации и структура ответа (ключи и типы). В нём нет ни адресов, ни ключей, ни ID, ни названий, ни чисел из трекера. Вставьте его в сообщение для разработчиков Kintura Desk.</translation>
    </message>
</context>
<context>
    <name>kd::ui::IntegrationDialog</name>
    <message>
        <source>&amp;Visit time</source>
        <extracomment>Choice of &quot;Conversion registration time&quot;: conversions are dated by the visit (click) that led to them.</extracomment>
        <translation>Время в&amp;изита</translation>
    </message>
    <message>
        <source>&amp;Postback time</source>
        <extracomment>Choice of &quot;Conversion registration time&quot;: conversions are dated by when their postback reached the tracker.</extracomment>
        <translation>Время пост&amp;бэка</translation>
    </message>
    <message>
        <source>Stop trusting this certificate</source>
        <translation>Перестать доверять этому сертификату</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>Edit integration</source>
        <translation>Изменение интеграции</translation>
    </message>
    <message>
        <source>Connect a Kintura tracker</source>
        <translation>Подключение трекера Kintura</translation>
    </message>
    <message>
        <source>e.g. Kintura - Brand A</source>
        <translation>например, Kintura - Бренд A</translation>
    </message>
    <message>
        <source>Unchanged (leave empty to keep the stored one)</source>
        <translation>Без изменений (оставьте пустым, чтобы сохранить прежний)</translation>
    </message>
    <message>
        <source>From Kintura&apos;s Settings &gt; API page</source>
        <translation>Со страницы Settings &gt; API в Kintura</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Показать секрет</translation>
    </message>
    <message>
        <source>Show or hide the API secret</source>
        <translation>Показать или скрыть API-секрет</translation>
    </message>
    <message>
        <source>https://tracker.example.com</source>
        <translation>https://tracker.example.com</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>A conversion counts on the day of the click that led to it.</source>
        <translation>Конверсия учитывается в день клика, который к ней привёл.</translation>
    </message>
    <message>
        <source>A conversion counts on the day its postback reaches the tracker.</source>
        <translation>Конверсия учитывается в день, когда её постбэк доходит до трекера.</translation>
    </message>
    <message>
        <source>Integration &amp;name:</source>
        <translation>&amp;Название интеграции:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;ключ:</translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation>API-&amp;секрет:</translation>
    </message>
    <message>
        <source>Tracker &amp;URL:</source>
        <translation>&amp;URL трекера:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Conversion registration time:</source>
        <translation>Время регистрации конверсии:</translation>
    </message>
    <message>
        <source>Copy the API key and secret from your tracker&apos;s Settings &gt; API page. The secret is kept in your system&apos;s keychain only.</source>
        <translation>Скопируйте API-ключ и секрет со страницы Settings &gt; API вашего трекера. Секрет хранится только в системной связке ключей.</translation>
    </message>
    <message>
        <source>Trusted certificate: SHA-256 %1</source>
        <extracomment>%1 is the certificate&apos;s SHA-256 fingerprint, hexadecimal.</extracomment>
        <translation>Доверенный сертификат: SHA-256 %1</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>The time zone your tracker counts days in: report days begin at its midnight.</source>
        <translation>Часовой пояс, по которому трекер считает дни: дни в отчётах начинаются в полночь по этому поясу.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>The form now uses the tracker&apos;s currency (%1), conversion registration time and time zone (%2). Save to keep them.</source>
        <extracomment>%1 is a currency code, e.g. USD; %2 a time zone, e.g. Europe/Madrid.</extracomment>
        <translation>Теперь в форме валюта (%1), время регистрации конверсии и часовой пояс (%2) из трекера. Сохраните, чтобы применить их.</translation>
    </message>
</context>
<context>
    <name>kd::ui::IntegrationsModel</name>
    <message>
        <source>never</source>
        <extracomment>&quot;Last check&quot; column of the Integrations table: this integration was never checked.</extracomment>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Интеграция</translation>
    </message>
    <message>
        <source>Tracker URL</source>
        <translation>URL трекера</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Последняя проверка</translation>
    </message>
</context>
<context>
    <name>kd::ui::IntegrationsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <extracomment>Button (a verb): checks the selected integration&apos;s connection now.</extracomment>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Check all</source>
        <extracomment>Button (a verb): checks the connection of every integration now.</extracomment>
        <translation>Проверить &amp;все</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Интеграции</translation>
    </message>
    <message>
        <source>Kintura trackers this app reads from. Each one is checked against the tracker: it must answer, and its currency and conversion registration time must match.</source>
        <translation>Трекеры Kintura, из которых это приложение берёт данные. Каждый сверяется с трекером: тот должен отвечать, а его валюта и время регистрации конверсий — совпадать.</translation>
    </message>
    <message>
        <source>Enter, or double-click the integration</source>
        <translation>Enter или двойной щелчок по интеграции</translation>
    </message>
    <message>
        <source>No integrations yet. Press Add… (%1) to connect a Kintura tracker.</source>
        <extracomment>%1 is the keyboard shortcut of the Add… button, e.g. Ctrl+N.</extracomment>
        <translation>Интеграций пока нет. Нажмите «Добавить…» (%1), чтобы подключить трекер Kintura.</translation>
    </message>
    <message>
        <source>Select an integration to see its status.</source>
        <translation>Выберите интеграцию, чтобы увидеть её статус.</translation>
    </message>
    <message>
        <source>Remove integration</source>
        <translation>Удаление интеграции</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its API key and secret are deleted from the system keychain. The tracker itself is not changed.</source>
        <extracomment>%1 is the integration&apos;s name.</extracomment>
        <translation>Удалить «%1»? Её API-ключ и секрет будут стёрты из системной связки ключей. Сам трекер не изменится.</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostic report</source>
        <extracomment>Button: asks the selected tracker&apos;s endpoints and copies a report of their shapes.</extracomment>
        <translation>&amp;Копировать диагностический отчёт</translation>
    </message>
    <message>
        <source>Asks each endpoint Kintura Desk uses once and copies what they answered, as shapes without values: for reporting a tracker that differs from what Kintura Desk expects.</source>
        <translation>Опрашивает по одному разу каждый эндпоинт, который использует Kintura Desk, и копирует их ответы в виде структур без значений: чтобы сообщить о трекере, который отвечает не так, как ожидает Kintura Desk.</translation>
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
        <translation>Интеграции</translation>
    </message>
    <message>
        <source>Ad networks</source>
        <translation>Рекламные сети</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>Screen-reader name of the sidebar listing the pages (Integrations, Ad networks, Reports).</extracomment>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Demo — Kintura Desk</source>
        <extracomment>Window title when started with --demo (the built-in simulated tracker).</extracomment>
        <translation>Демо — Kintura Desk</translation>
    </message>
</context>
<context>
    <name>kd::ui::NetworksModel</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Не хватает: %1</translation>
    </message>
    <message>
        <source>Ad network</source>
        <translation>Рекламная сеть</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tracking template</source>
        <translation>Шаблон отслеживания</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>kd::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Days fetched again with visit-time conversions</source>
        <translation>Дни, загружаемые повторно при учёте конверсий по времени визита</translation>
    </message>
    <message>
        <source>Trackers that register conversions at the time of the visit keep adding late conversions to past days. Every sync fetches this many recent days again; older days are never fetched twice. Longer windows catch later conversions and cost more requests at the tracker&apos;s one request a second.</source>
        <translation>Трекеры, которые учитывают конверсии по времени визита, продолжают добавлять поздние конверсии в прошедшие дни. Каждая синхронизация заново загружает столько последних дней; более старые дни никогда не загружаются повторно. Чем длиннее окно, тем больше поздних конверсий оно ловит, но и тем больше запросов уходит к трекеру, а он принимает один запрос в секунду.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <extracomment>The first choice of both the Language and the Theme lists: use the system&apos;s own setting.</extracomment>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <extracomment>A choice of Theme: light colours.</extracomment>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <extracomment>A choice of Theme: dark colours.</extracomment>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Shown in the &quot;Refresh statuses and reports every:&quot; spin box at 0 minutes: no automatic refresh.</extracomment>
        <translation>Никогда</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Spin box suffix after a number of minutes.</extracomment>
        <translation> мин</translation>
    </message>
    <message>
        <source>General</source>
        <extracomment>Title of the group of general preferences (language, theme, refresh).</extracomment>
        <translation>Общие</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Refresh statuses and reports every:</source>
        <translation>&amp;Обновлять статусы и отчёты каждые:</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Re-&amp;fetch recent days:</source>
        <translation>&amp;Повторно загружать последние дни:</translation>
    </message>
    <message>
        <source>Report cache</source>
        <translation>Кэш отчётов</translation>
    </message>
    <message>
        <source>Numbers fetched from the trackers are kept in %1 (%2). Clearing it only costs time: the next sync fetches them again.</source>
        <extracomment>%1 is the cache file&apos;s path; %2 its size on disk, e.g. 12.4 MB.</extracomment>
        <translation>Цифры, загруженные из трекеров, хранятся в %1 (%2). Очистка стоит только времени: следующая синхронизация загрузит их снова.</translation>
    </message>
    <message>
        <source>A new language applies when Kintura Desk starts again.</source>
        <translation>Новый язык применится при следующем запуске Kintura Desk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Clear ca&amp;che</source>
        <translation>О&amp;чистить кэш</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>Spin box suffix after the number of days.</extracomment>
        <translation>
            <numerusform> день</numerusform>
            <numerusform> дня</numerusform>
            <numerusform> дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::ui::RangeSelector</name>
    <message>
        <source>&amp;Show</source>
        <translation>Пока&amp;зать</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Свой период…</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
</context>
<context>
    <name>kd::ui::ReportCharts</name>
    <message>
        <source>Conversions and revenue over time</source>
        <translation>Конверсии и доход по времени</translation>
    </message>
    <message>
        <source>Top rows by revenue</source>
        <translation>Лидеры по доходу</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>Point at the chart for exact values; click a legend entry to hide or show its line.</source>
        <translation>Наведите указатель на диаграмму, чтобы увидеть точные значения; щёлкните элемент легенды, чтобы скрыть или показать его линию.</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Доход (%1)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Доход</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Неделя с %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversion(s), revenue %2</source>
        <translation>
            <numerusform>%1: %n конверсия, доход %2</numerusform>
            <numerusform>%1: %n конверсии, доход %2</numerusform>
            <numerusform>%1: %n конверсий, доход %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart could not be turned into a picture.</source>
        <translation>Не удалось превратить диаграмму в изображение.</translation>
    </message>
    <message>
        <source>the chart</source>
        <translation>диаграмму</translation>
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
        <translation>Итого в %1</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>The totals row of the report table (its first cell).</extracomment>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Ad network</source>
        <translation>Рекламная сеть</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Конверсии</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Доход</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Прибыль</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Conv. rate</source>
        <translation>CR</translation>
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
        <translation>Таблица разбивки</translation>
    </message>
    <message>
        <source>Sorted by %1, ascending.</source>
        <translation>Сортировка по столбцу «%1», по возрастанию.</translation>
    </message>
    <message>
        <source>Sorted by %1, descending.</source>
        <translation>Сортировка по столбцу «%1», по убыванию.</translation>
    </message>
    <message>
        <source>&amp;Sort by this column</source>
        <translation>&amp;Сортировать по этому столбцу</translation>
    </message>
    <message>
        <source>To sort by a column, click its header, or go to one of its cells and press %1. Doing it again reverses the order; the totals stay last.</source>
        <translation>Чтобы отсортировать по столбцу, щёлкните его заголовок или перейдите в одну из его ячеек и нажмите %1. Повторное нажатие меняет порядок; итоги остаются внизу.</translation>
    </message>
</context>
<context>
    <name>kd::ui::ReportsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Интеграция</translation>
    </message>
    <message>
        <source>Ad network filter</source>
        <translation>Фильтр по рекламной сети</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Фильтр по кампании</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <source>By ad network</source>
        <translation>По рекламным сетям</translation>
    </message>
    <message>
        <source>By campaign</source>
        <translation>По кампаниям</translation>
    </message>
    <message>
        <source>By integration</source>
        <translation>По интеграциям</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>&amp;Integration:</source>
        <translation>&amp;Интеграция:</translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Save c&amp;hart…</source>
        <translation>Сохранить &amp;диаграмму…</translation>
    </message>
    <message>
        <source>Ad &amp;network:</source>
        <translation>&amp;Рекламная сеть:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>&amp;Кампания:</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>Р&amp;азбивка:</translation>
    </message>
    <message>
        <source>All integrations</source>
        <translation>Все интеграции</translation>
    </message>
    <message>
        <source>Connect a Kintura tracker first (Integrations page, Add…).</source>
        <translation>Сначала подключите трекер Kintura (страница «Интеграции», «Добавить…»).</translation>
    </message>
    <message>
        <source>All ad networks</source>
        <translation>Все рекламные сети</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Все кампании</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Кампания %1</translation>
    </message>
    <message>
        <source>Pick one integration to filter by campaign.</source>
        <translation>Чтобы фильтровать по кампании, выберите одну интеграцию.</translation>
    </message>
    <message>
        <source>Top ad networks by revenue</source>
        <translation>Рекламные сети с наибольшим доходом</translation>
    </message>
    <message>
        <source>Top campaigns by revenue</source>
        <translation>Кампании с наибольшим доходом</translation>
    </message>
    <message>
        <source>Integrations by revenue</source>
        <translation>Интеграции по доходу</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n)</source>
        <translation>
            <numerusform>Прочие (%n)</numerusform>
            <numerusform>Прочие (%n)</numerusform>
            <numerusform>Прочие (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ad network</source>
        <translation>Рекламная сеть</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Breakdown table: %1</source>
        <translation>Таблица разбивки: %1</translation>
    </message>
    <message>
        <source>These integrations report revenue in %1. Each currency has its own line, bars and total: amounts in different currencies are never added together.</source>
        <translation>Эти интеграции показывают доход в %1. У каждой валюты свои линия, столбцы и итог: суммы в разных валютах никогда не складываются.</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>отчёт</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved the table to %1.</source>
        <translation>Таблица сохранена в %1.</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Сохранение диаграммы</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Диаграмма сохранена в %1.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No campaign is called “%1”. The report still shows %2: type part of a campaign&apos;s name and pick it from the list.</source>
        <translation>Нет кампании с названием «%1». Отчёт по-прежнему показывает %2: введите часть названия кампании и выберите её из списка.</translation>
    </message>
</context>
<context>
    <name>kd::ui::SyncStatusLine</name>
    <message>
        <source>Asking the tracker for what is missing or may have changed…</source>
        <translation>Запрос у трекера недостающих и, возможно, изменившихся данных…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: request %2 of %3, about %n second(s) left at the tracker&apos;s rate.</source>
        <translation>
            <numerusform>Синхронизация %1: запрос %2 из %3, при скорости трекера осталось около %n секунды.</numerusform>
            <numerusform>Синхронизация %1: запрос %2 из %3, при скорости трекера осталось около %n секунд.</numerusform>
            <numerusform>Синхронизация %1: запрос %2 из %3, при скорости трекера осталось около %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date: %1 synced at %2.</source>
        <translation>Данные актуальны: %1, синхронизация в %2.</translation>
    </message>
    <message>
        <source>Sync cancelled: showing the data kept on this computer (last synced at %1).</source>
        <translation>Синхронизация отменена: показаны данные, сохранённые на этом компьютере (последняя синхронизация: %1).</translation>
    </message>
    <message>
        <source>Offline: showing the data of %1 kept on this computer, last synced at %2. %3</source>
        <translation>Нет связи: показаны данные %1, сохранённые на этом компьютере, последняя синхронизация: %2. %3</translation>
    </message>
    <message>
        <source>Sync cancelled: nothing of %1 is kept on this computer yet.</source>
        <translation>Синхронизация отменена: данных %1 на этом компьютере пока нет.</translation>
    </message>
    <message>
        <source>Offline: nothing of %1 is kept on this computer yet. %2</source>
        <translation>Нет связи: данных %1 на этом компьютере пока нет. %2</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Состояние отчёта</translation>
    </message>
    <message>
        <source>Syncing with the tracker</source>
        <translation>Идёт синхронизация с трекером</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Данные актуальны</translation>
    </message>
    <message>
        <source>Sync cancelled: showing the saved data</source>
        <translation>Синхронизация отменена: показаны сохранённые данные</translation>
    </message>
    <message>
        <source>Offline: the tracker cannot be reached</source>
        <translation>Нет связи: трекер недоступен</translation>
    </message>
    <message>
        <source>Error: the tracker answered with a problem</source>
        <translation>Ошибка: трекер сообщил о проблеме</translation>
    </message>
    <message>
        <source>Error: the system keychain cannot be read</source>
        <translation>Ошибка: не удаётся прочитать системную связку ключей</translation>
    </message>
    <message>
        <source>%1 Showing the data of %2 kept on this computer, last synced at %3.</source>
        <translation>%1 Показаны данные %2, сохранённые на этом компьютере, последняя синхронизация: %3.</translation>
    </message>
    <message>
        <source>%1 Nothing of %2 is kept on this computer yet.</source>
        <translation>%1 Данных %2 на этом компьютере пока нет.</translation>
    </message>
    <message>
        <source>Error: the tracker&apos;s secure connection could not be verified</source>
        <translation>Ошибка: не удалось проверить защищённое подключение к трекеру</translation>
    </message>
    <message>
        <source>Error: the data could not be stored on this computer</source>
        <translation>Ошибка: не удалось сохранить данные на этом компьютере</translation>
    </message>
    <message>
        <source>Warning: this tracker does not offer reports through its API</source>
        <translation>Внимание: этот трекер не отдаёт отчёты через API</translation>
    </message>
</context>
<context>
    <name>kd::ui::TemplateChooserDialog</name>
    <message>
        <source>&amp;Use this template</source>
        <translation>&amp;Использовать этот шаблон</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <source>Tracking template for %1</source>
        <extracomment>%1 is an ad network&apos;s name, e.g. Google Ads.</extracomment>
        <translation>Шаблон отслеживания для %1</translation>
    </message>
    <message>
        <source>Templates in the tracker</source>
        <translation>Шаблоны в трекере</translation>
    </message>
    <message>
        <source>Choose the traffic-source template of your Kintura account that %1 clicks arrive with. It must map Campaign ID, Ad Set ID, Ad ID and Placement to %1&apos;s macros.</source>
        <extracomment>%1 (twice) is an ad network&apos;s name, e.g. Google Ads.</extracomment>
        <translation>Выберите шаблон источника трафика в аккаунте Kintura, с которым приходят клики из %1. Он должен передавать ID кампании, ID группы объявлений, ID объявления и плейсмент через макросы %1.</translation>
    </message>
    <message>
        <source>maps all four</source>
        <extracomment>Verdict after a template&apos;s title in a list (&quot;Title — maps all four&quot;): the template passes all four identifiers (Campaign ID, Ad Set ID, Ad ID, Placement). Lower-case, no full stop.</extracomment>
        <translation>передаёт все четыре</translation>
    </message>
    <message numerus="yes">
        <source>maps all four, %n warning(s)</source>
        <extracomment>Verdict after a template&apos;s title in a list (&quot;Title — …&quot;): all four identifiers are passed, with %n warnings. Lower-case, no full stop.</extracomment>
        <translation>
            <numerusform>передаёт все четыре, %n предупреждение</numerusform>
            <numerusform>передаёт все четыре, %n предупреждения</numerusform>
            <numerusform>передаёт все четыре, %n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>maps none of the four</source>
        <extracomment>Verdict after a template&apos;s title in a list (&quot;Title — …&quot;): none of the four identifiers is passed. Lower-case, no full stop.</extracomment>
        <translation>не передаёт ни одного из четырёх</translation>
    </message>
    <message>
        <source>missing %1</source>
        <extracomment>Verdict after a template&apos;s title in a list (&quot;Title — missing …&quot;). %1 is the identifiers it lacks, joined with commas, e.g. &quot;Ad Set ID, Placement&quot;.</extracomment>
        <translation>не хватает: %1</translation>
    </message>
    <message>
        <source>Reading the templates from the tracker…</source>
        <translation>Чтение шаблонов из трекера…</translation>
    </message>
    <message>
        <source>The tracker has no traffic-source templates: create one in Kintura first.</source>
        <translation>В трекере нет шаблонов источников трафика: сначала создайте шаблон в Kintura.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) in the tracker.</source>
        <translation>
            <numerusform>В трекере %n шаблон.</numerusform>
            <numerusform>В трекере %n шаблона.</numerusform>
            <numerusform>В трекере %n шаблонов.</numerusform>
        </translation>
    </message>
    <message>
        <source>missing: add a parameter with %1</source>
        <extracomment>In a table row beside an identifier&apos;s name (e.g. &quot;Ad Set ID&quot;). %1 is the ad network&apos;s macro for it, e.g. {adgroupid}, or &quot;a value for it&quot;.</extracomment>
        <translation>нет: добавьте параметр со значением %1</translation>
    </message>
    <message>
        <source>a value for it</source>
        <extracomment>Fills %1 in &quot;missing: add a parameter with %1&quot; when the ad network documents no macro for it.</extracomment>
        <translation>для него</translation>
    </message>
    <message>
        <source>Fix this template in Kintura first, then press Check again.</source>
        <translation>Сначала исправьте этот шаблон в Kintura, затем нажмите «Проверить снова».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start on the built-in demo tracker: nothing is saved, the keychain is not touched.</source>
        <translation>Запустить со встроенным демо-трекером: ничего не сохраняется, связка ключей не затрагивается.</translation>
    </message>
    <message>
        <source>Open on this page: integrations, ad-networks or reports.</source>
        <extracomment>Description of the --page option in --help: the page names are typed as they are, do not translate them.</extracomment>
        <translation>Открыть на этой странице: integrations, ad-networks или reports.</translation>
    </message>
    <message>
        <source>Save a picture of the window once the first checks are done, then quit.</source>
        <translation>Сохранить снимок окна после первых проверок и выйти.</translation>
    </message>
    <message>
        <source>Kintura Desk: connect Kintura trackers, set up ad networks&apos; tracking templates and chart conversions and revenue.

Headless use, no display needed:
</source>
        <translation>Kintura Desk: подключайте трекеры Kintura, настраивайте шаблоны отслеживания рекламных сетей и смотрите графики конверсий и дохода.

Без графического интерфейса, дисплей не нужен:
</translation>
    </message>
    <message>
        <source>Kintura Desk</source>
        <translation>Kintura Desk</translation>
    </message>
    <message>
        <source>Kintura Desk is already open: its window was brought to the front.</source>
        <translation>Kintura Desk уже открыт: его окно выведено на передний план.</translation>
    </message>
    <message>
        <source>Another Kintura Desk command is changing the settings in %1. Try again in a moment.</source>
        <extracomment>%1 is the settings folder&apos;s path.</extracomment>
        <translation>Другая команда Kintura Desk сейчас меняет настройки в %1. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>Reinstall the kintura-desk package (built from source: build it again).</source>
        <translation>Переустановите пакет kintura-desk (если вы собирали его из исходного кода, соберите заново).</translation>
    </message>
    <message>
        <source>Kintura Desk is incomplete: %1 is missing. %2</source>
        <translation>Kintura Desk установлен не полностью: нет файла %1. %2</translation>
    </message>
    <message>
        <source>Kintura Desk cannot load %1 (%2). %3</source>
        <translation>Kintura Desk не может загрузить %1 (%2). %3</translation>
    </message>
    <message>
        <source>Kintura Desk %1 cannot use %2, which is from version %3. %4</source>
        <translation>Kintura Desk %1 не может использовать %2: он от версии %3. %4</translation>
    </message>
    <message>
        <source>Kintura Desk %1 cannot use %2: it has no %3. %4</source>
        <translation>Kintura Desk %1 не может использовать %2: в нём нет %3. %4</translation>
    </message>
    <message>
        <source>With --demo: full (the default) or published (a tracker that offers only Kintura&apos;s public API).</source>
        <extracomment>Description of the --demo-api option in --help: &quot;full&quot; and &quot;published&quot; are typed as they are, do not translate them.</extracomment>
        <translation>С --demo: full (по умолчанию) или published (трекер, который предоставляет только публичный API Kintura).</translation>
    </message>
    <message>
        <source>--demo-api is full or published.</source>
        <translation>--demo-api принимает full или published.</translation>
    </message>
</context>
</TS>
