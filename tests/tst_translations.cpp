// The translations: complete after lupdate, faithful to the source (placeholders, plural forms,
// accelerators, markup), built into the binary, and chosen from the system locale.
//
// lupdate runs here, over the sources as they are now, into temporary copies of the .ts files
// (without -no-obsolete, so strings gone from the code stay visible as vanished): a string
// added or changed since the last translations/update.sh fails this test until it is
// translated, and the repository's files are never touched by a test run.
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

const QString kSourceDir = QStringLiteral(KD_SOURCE_DIR);

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms; // one text, or one per plural form
};

struct TsFile
{
    QString language; // from the file name: kintura-desk_<language>.ts
    QList<Message> messages;
};

// Plural forms Qt's numerus rules give each language, in the order lrelease expects them.
int pluralForms(const QString& language)
{
    static const QHash<QString, int> forms{{QStringLiteral("en"), 2},
                                           {QStringLiteral("es"), 2},
                                           {QStringLiteral("pt_BR"), 2},
                                           {QStringLiteral("ru"), 3}};
    return forms.value(language, -1);
}

// Which form Qt picks for n (en, es: n == 1; pt_BR: n <= 1; ru: one, few, many).
int formFor(const QString& language, int n)
{
    if (language == QLatin1String("ru")) {
        if (n % 10 == 1 && n % 100 != 11)
            return 0;
        if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20))
            return 1;
        return 2;
    }
    if (language == QLatin1String("pt_BR"))
        return n <= 1 ? 0 : 1;
    return n == 1 ? 0 : 1;
}

// The text of <source>, <translation> or <numerusform>, with lupdate's <byte value="xd"/>.
QString readText(QXmlStreamReader& xml)
{
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("byte")) {
            const QString value = xml.attributes().value(QLatin1String("value")).toString();
            text += value.startsWith(QLatin1Char('x')) ? QChar(value.mid(1).toUInt(nullptr, 16))
                                                       : QChar(value.toUInt());
            xml.skipCurrentElement();
        } else if (xml.isEndElement()) {
            break;
        }
    }
    return text;
}

Message readMessage(QXmlStreamReader& xml, const QString& context)
{
    Message m;
    m.context = context;
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            m.source = readText(xml);
        } else if (xml.name() == QLatin1String("comment")) {
            m.comment = readText(xml);
        } else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        m.forms << readText(xml);
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.forms << readText(xml);
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return m;
}

TsFile parseTs(const QString& path)
{
    TsFile ts;
    ts.language = QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ts;
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("TS"))
            continue; // descend
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = readText(xml);
            else if (xml.name() == QLatin1String("message"))
                ts.messages << readMessage(xml, context);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return ts;
}

QStringList tsPaths()
{
    QStringList paths;
    const QDir dir(kSourceDir + QStringLiteral("/translations"));
    for (const QString& name : dir.entryList({QStringLiteral("kintura-desk_*.ts")}, QDir::Files))
        paths << dir.filePath(name);
    return paths;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QStringList tags(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][^<>]*>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// '&' followed by a letter: a keyboard accelerator ("&&" is a literal ampersand).
int accelerators(QString text)
{
    static const QRegularExpression re(QStringLiteral("&(?![&\\s])"));
    text.remove(QStringLiteral("&&"));
    return int(text.count(re));
}

QString describe(const Message& m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(70));
}

QString translated(const Message& m, int n = -1)
{
    return QCoreApplication::translate(
        m.context.toUtf8().constData(), m.source.toUtf8().constData(),
        m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData(), n);
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void completeAfterLupdate_data();
    void completeAfterLupdate();
    void faithfulToTheSource_data();
    void faithfulToTheSource();
    void builtIntoTheBinary();
    void qmMatchesTs_data();
    void qmMatchesTs();
    void knownStringsAndQtsOwn_data();
    void knownStringsAndQtsOwn();
    void resolveLanguage_data();
    void resolveLanguage();
    void systemLocale_data();
    void systemLocale();
    void childSystemLocale();

private:
    void addLanguageRows();
    Message reportsTitle() const;
    QTemporaryDir m_tmp;
    QHash<QString, TsFile> m_updated;   // language → after lupdate, in m_tmp
    QHash<QString, TsFile> m_committed; // language → the repository's file
};

void TranslationsTest::initTestCase()
{
    // The child started by systemLocale() only checks what the locale chose.
    if (qEnvironmentVariableIsSet("KD_I18N_EXPECT"))
        return;
    QVERIFY(m_tmp.isValid());
    const QStringList paths = tsPaths();
    QVERIFY2(!paths.isEmpty(), "no translations/kintura-desk_*.ts");
    QStringList copies;
    QString englishCopy;
    for (const QString& path : paths) {
        const QString copy = m_tmp.filePath(QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, copy));
        const TsFile committed = parseTs(path);
        m_committed.insert(committed.language, committed);
        if (committed.language == QLatin1String("en"))
            englishCopy = copy;
        else
            copies << copy;
    }
    // The options of translations/update.sh, but keeping vanished strings to report them.
    const QStringList common{QStringLiteral("-locations"), QStringLiteral("none"),
                             QStringLiteral("-silent"),    QStringLiteral("-source-language"),
                             QStringLiteral("en"),         QStringLiteral("-I"),
                             QStringLiteral("app"),        QStringLiteral("-I"),
                             QStringLiteral("ui"),         QStringLiteral("app"),
                             QStringLiteral("ui")};
    auto lupdate = [](const QStringList& args) {
        QProcess process;
        process.setWorkingDirectory(kSourceDir);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(KD_LUPDATE), args);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0)
            return QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(process.readAll());
        return QString();
    };
    QString error = lupdate(common + QStringList{QStringLiteral("-ts")} + copies);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (!englishCopy.isEmpty()) {
        error = lupdate(common + QStringList{QStringLiteral("-pluralonly"), QStringLiteral("-ts"),
                                             englishCopy});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    for (const QString& copy : copies + QStringList{englishCopy}) {
        if (copy.isEmpty())
            continue;
        const TsFile updated = parseTs(copy);
        QVERIFY2(!updated.messages.isEmpty(), qPrintable(copy));
        m_updated.insert(updated.language, updated);
    }
    QVERIFY2(m_updated.contains(QStringLiteral("en")),
             "translations/kintura-desk_en.ts (the English plural forms) is missing");
}

void TranslationsTest::cleanupTestCase()
{
    kd::i18n::installTranslations(QStringLiteral("en"));
}

void TranslationsTest::addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QStringList languages = m_updated.keys();
    languages.sort();
    for (const QString& language : languages)
        QTest::newRow(qPrintable(language)) << language;
}

// The Reports page title, wherever its context is now.
Message TranslationsTest::reportsTitle() const
{
    for (const Message& m : m_committed.value(QStringLiteral("es")).messages) {
        if (m.source == QLatin1String("Reports") && m.context.contains(QLatin1String("Reports")))
            return m;
    }
    return {};
}

void TranslationsTest::completeAfterLupdate_data()
{
    addLanguageRows();
}

void TranslationsTest::completeAfterLupdate()
{
    QFETCH(QString, language);
    QStringList problems;
    for (const Message& m : m_updated.value(language).messages) {
        if (m.type == QLatin1String("unfinished"))
            problems << QStringLiteral("unfinished ") + describe(m);
        else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            problems << m.type + QLatin1Char(' ') + describe(m);
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 entries need work (run bash translations/update.sh, "
                                       "then python3 translations/untranslated.py):\n  %2")
                            .arg(problems.size())
                            .arg(problems.join(QStringLiteral("\n  ")))));
    // The committed file already holds what lupdate would write (update.sh was run).
    QCOMPARE(m_committed.value(language).messages.size(),
             m_updated.value(language).messages.size());
}

void TranslationsTest::faithfulToTheSource_data()
{
    addLanguageRows();
}

void TranslationsTest::faithfulToTheSource()
{
    QFETCH(QString, language);
    const int forms = pluralForms(language);
    QVERIFY2(forms > 0, qPrintable(QStringLiteral("add the plural form count of \"%1\" to "
                                                  "pluralForms() here and FORMS in "
                                                  "translations/untranslated.py")
                                       .arg(language)));
    QStringList problems;
    for (const Message& m : m_updated.value(language).messages) {
        if (!m.type.isEmpty())
            continue; // reported by completeAfterLupdate
        if (m.numerus && m.forms.size() != forms)
            problems << QStringLiteral("%1 plural forms instead of %2: ")
                                .arg(m.forms.size())
                                .arg(forms) +
                            describe(m);
        for (const QString& form : m.forms) {
            if (form.trimmed().isEmpty())
                problems << QStringLiteral("empty translation: ") + describe(m);
            else if (placeholders(form) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ (\"%1\"): ").arg(form) +
                                describe(m);
            else if (tags(form) != tags(m.source))
                problems << QStringLiteral("HTML tags differ (\"%1\"): ").arg(form) + describe(m);
            else if (accelerators(form) != accelerators(m.source))
                problems << QStringLiteral("'&' accelerators differ (\"%1\"): ").arg(form) +
                                describe(m);
            else if (language == QLatin1String("en") && form.contains(QLatin1String("(s)")))
                problems << QStringLiteral("English plural still says (s): ") + describe(m);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
}

void TranslationsTest::builtIntoTheBinary()
{
    QStringList expected = m_committed.keys();
    expected.sort();
    QStringList built;
    for (const kd::i18n::Language& language : kd::i18n::availableLanguages()) {
        built << language.code;
        QVERIFY2(!language.nativeName.isEmpty(), qPrintable(language.code));
    }
    QCOMPARE(built.value(0), QStringLiteral("en"));
    built.sort();
    QCOMPARE(built, expected); // every .ts is in translations/CMakeLists.txt

    QHash<QString, QString> names;
    for (const kd::i18n::Language& language : kd::i18n::availableLanguages())
        names.insert(language.code, language.nativeName);
    QCOMPARE(names.value(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(names.value(QStringLiteral("es")), QStringLiteral("Español"));
    QCOMPARE(names.value(QStringLiteral("pt_BR")), QStringLiteral("Português (Brasil)"));
    QCOMPARE(names.value(QStringLiteral("ru")), QStringLiteral("Русский"));
}

void TranslationsTest::qmMatchesTs_data()
{
    addLanguageRows();
}

// Every translation in the .ts comes out of the installed .qm, plural forms by Qt's rules.
void TranslationsTest::qmMatchesTs()
{
    QFETCH(QString, language);
    QCOMPARE(kd::i18n::installTranslations(language), language);
    int checked = 0;
    for (const Message& m : m_committed.value(language).messages) {
        if (!m.type.isEmpty() || m.forms.isEmpty())
            continue;
        if (!m.numerus) {
            QCOMPARE(translated(m), m.forms.first());
        } else {
            for (int n : {1, 2, 5, 21}) {
                QString expected = m.forms.value(formFor(language, n));
                expected.replace(QLatin1String("%n"), QString::number(n));
                QCOMPARE(translated(m, n), expected);
            }
        }
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TranslationsTest::knownStringsAndQtsOwn_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("reports");
    QTest::addColumn<QString>("cancel"); // Qt's own, from qtbase_<language>.qm
    QTest::addColumn<QLocale::Language>("locale");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Informes")
                        << QStringLiteral("Cancelar") << QLocale::Spanish;
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("Relatórios")
                           << QStringLiteral("Cancelar") << QLocale::Portuguese;
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Отчёты")
                        << QStringLiteral("Отмена") << QLocale::Russian;
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Reports")
                        << QStringLiteral("Cancel") << QLocale::English;
}

void TranslationsTest::knownStringsAndQtsOwn()
{
    QFETCH(QString, language);
    QFETCH(QString, reports);
    QFETCH(QString, cancel);
    QFETCH(QLocale::Language, locale);
    const Message title = reportsTitle();
    QVERIFY2(!title.context.isEmpty(), "no \"Reports\" string in the code any more");

    QCOMPARE(kd::i18n::installTranslations(language), language);
    QCOMPARE(translated(title), reports);
    QCOMPARE(QLocale().language(), locale); // numbers and dates follow the language
    if (language != QLatin1String("en")) {
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        QVERIFY2(
            QFile::exists(qtDir + QStringLiteral("/qtbase_") + language + QStringLiteral(".qm")),
            "Qt's own translations are missing: apt-get install qt6-translations-l10n "
            "(packaging/install-deps.sh)");
    }
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
}

void TranslationsTest::resolveLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system es_ES") << QString() << QStringLiteral("es_ES") << QStringLiteral("es");
    QTest::newRow("system es_MX") << QString() << QStringLiteral("es_MX") << QStringLiteral("es");
    QTest::newRow("system pt_BR") << QString() << QStringLiteral("pt_BR")
                                  << QStringLiteral("pt_BR");
    QTest::newRow("system pt_PT") << QString() << QStringLiteral("pt_PT")
                                  << QStringLiteral("pt_BR");
    QTest::newRow("system ru_RU") << QString() << QStringLiteral("ru_RU") << QStringLiteral("ru");
    QTest::newRow("system de_DE") << QString() << QStringLiteral("de_DE") << QStringLiteral("en");
    QTest::newRow("system C") << QString() << QStringLiteral("C") << QStringLiteral("en");
    QTest::newRow("chosen ru over es")
        << QStringLiteral("ru") << QStringLiteral("es_ES") << QStringLiteral("ru");
    QTest::newRow("chosen en over ru")
        << QStringLiteral("en") << QStringLiteral("ru_RU") << QStringLiteral("en");
    QTest::newRow("chosen pt") << QStringLiteral("pt") << QStringLiteral("en_US")
                               << QStringLiteral("pt_BR");
    QTest::newRow("unknown choice")
        << QStringLiteral("de") << QStringLiteral("es_ES") << QStringLiteral("es");
}

void TranslationsTest::resolveLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(kd::i18n::resolveLanguage(code, QLocale(system)), expected);
}

void TranslationsTest::systemLocale_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("expected");
    QTest::newRow("LC_ALL es_ES") << QStringList{QStringLiteral("LC_ALL=es_ES.UTF-8"),
                                                 QStringLiteral("LANG=en_US.UTF-8")}
                                  << QStringLiteral("es");
    QTest::newRow("LANG es_ES") << QStringList{QStringLiteral("LANG=es_ES.UTF-8")}
                                << QStringLiteral("es");
    QTest::newRow("LANG pt_BR") << QStringList{QStringLiteral("LANG=pt_BR.UTF-8")}
                                << QStringLiteral("pt_BR");
    QTest::newRow("LANG ru_RU") << QStringList{QStringLiteral("LANG=ru_RU.UTF-8")}
                                << QStringLiteral("ru");
    QTest::newRow("LANGUAGE ru:es")
        << QStringList{QStringLiteral("LANGUAGE=ru:es"), QStringLiteral("LANG=es_ES.UTF-8")}
        << QStringLiteral("ru");
    QTest::newRow("LANG de_DE") << QStringList{QStringLiteral("LANG=de_DE.UTF-8")}
                                << QStringLiteral("en");
    QTest::newRow("LANG C.UTF-8") << QStringList{QStringLiteral("LANG=C.UTF-8")}
                                  << QStringLiteral("en");
}

// Qt reads the locale from the environment once per process: each case is a child process
// running childSystemLocale() below.
void TranslationsTest::systemLocale()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, expected);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    for (const QString& variable : environment)
        env.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    env.insert(QStringLiteral("KD_I18N_EXPECT"), expected);
    const Message title = reportsTitle();
    QVERIFY2(!title.context.isEmpty(), "no \"Reports\" string in the code any more");
    env.insert(QStringLiteral("KD_I18N_CONTEXT"), title.context);
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("childSystemLocale")});
    QVERIFY(child.waitForFinished(30000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("PASS   : TranslationsTest::childSystemLocale()")),
             qPrintable(output));
}

void TranslationsTest::childSystemLocale()
{
    const QString expected = qEnvironmentVariable("KD_I18N_EXPECT");
    if (expected.isEmpty())
        QSKIP("run by systemLocale() with a locale in the environment");
    QCOMPARE(kd::i18n::installTranslations(), expected);
    const QByteArray context = qgetenv("KD_I18N_CONTEXT");
    const QString reports = QCoreApplication::translate(context.constData(), "Reports");
    const QHash<QString, QString> titles{{QStringLiteral("en"), QStringLiteral("Reports")},
                                         {QStringLiteral("es"), QStringLiteral("Informes")},
                                         {QStringLiteral("pt_BR"), QStringLiteral("Relatórios")},
                                         {QStringLiteral("ru"), QStringLiteral("Отчёты")}};
    QCOMPARE(reports, titles.value(expected));
    // Numbers and dates follow the system's own locale (its region, too).
    QCOMPARE(QLocale(), QLocale::system());
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
