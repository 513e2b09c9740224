#include "Translations.h"

#include "settings/AppFolders.h"
#include "settings/Preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

#include <algorithm>

namespace kd::i18n {

namespace {
Q_LOGGING_CATEGORY(lcI18n, "kintura.i18n", QtWarningMsg)

const QString kSourceLanguage = QStringLiteral("en");
// Where qt_add_translations (translations/CMakeLists.txt) puts the .qm files.
const QString kResourceDir = QStringLiteral(":/i18n");
const QString kCatalog = QStringLiteral("kintura-desk_");

// What the last installTranslations() put on the application; parented to it, so a new
// application (tests) starts with none.
QPointer<QTranslator> g_appTranslator;
QPointer<QTranslator> g_qtTranslator;

QStringList builtInCodes()
{
    QStringList codes{kSourceLanguage};
    const QStringList files =
        QDir(kResourceDir).entryList({kCatalog + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString& file : files) {
        const QString code = file.mid(kCatalog.size()).chopped(3); // drop ".qm"
        if (!codes.contains(code))
            codes.append(code);
    }
    std::sort(codes.begin() + 1, codes.end());
    return codes;
}

// Each translation names its own language: the translator writes it, Qt's locale data is
// only the fallback (it says "español de España" where a menu wants "Español").
const char* const kNameContext = "kd::i18n";
const char* const kLanguageName[] = QT_TRANSLATE_NOOP3(
    "kd::i18n", "English",
    "The name of the language you are translating into, written in that language, as a menu of "
    "languages shows it: Español, Português (Brasil), Русский");

QString nativeName(const QString& code)
{
    QTranslator translator;
    if (translator.load(kCatalog + code, kResourceDir)) {
        const QString name = translator.translate(kNameContext, kLanguageName[0], kLanguageName[1]);
        if (!name.isEmpty())
            return name;
    }
    if (code == kSourceLanguage)
        return QString::fromLatin1(kLanguageName[0]);
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name.replace(0, 1, locale.toUpper(name.left(1)));
    return name;
}

void removeInstalled()
{
    for (QPointer<QTranslator>* translator : {&g_appTranslator, &g_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

QTranslator* installFrom(const QString& file, const QString& directory)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(file, directory) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return nullptr;
    }
    return translator;
}
} // namespace

QList<Language> availableLanguages()
{
    QList<Language> languages;
    for (const QString& code : builtInCodes())
        languages.append({code, nativeName(code)});
    return languages;
}

QString resolveLanguage(const QString& code, const QLocale& system)
{
    const QStringList available = builtInCodes();
    QStringList wanted = system.uiLanguages();
    if (!code.isEmpty())
        wanted.prepend(code); // a code the binary lacks (a hand-edited file) falls to the system
    for (QString candidate : wanted) {
        candidate.replace(QLatin1Char('-'), QLatin1Char('_'));
        const QLocale locale(candidate);
        if (locale.language() == QLocale::C || locale.language() == QLocale::English)
            return kSourceLanguage;
        if (available.contains(candidate))
            return candidate;
        // es_MX → es, pt_PT → pt_BR: another region's translation beats the source language.
        for (const QString& have : available) {
            if (QLocale(have).language() == locale.language())
                return have;
        }
    }
    return kSourceLanguage;
}

QString installTranslations(const QString& code)
{
    const QString language = resolveLanguage(code);
    removeInstalled();

    // The last installed translator is asked first: Qt's own, then the app's over it.
    if (language != kSourceLanguage) {
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        g_qtTranslator = installFrom(QStringLiteral("qtbase_") + language, qtDir);
        if (!g_qtTranslator)
            qCInfo(lcI18n) << "no Qt translation qtbase_" << language << "in" << qtDir;
    }
    // English has one too: it holds the plural forms ("1 second", not "1 second(s)").
    g_appTranslator = installFrom(kCatalog + language, kResourceDir);
    if (!g_appTranslator)
        qCWarning(lcI18n) << "the translation" << language << "is not built into the binary";

    const QLocale system = QLocale::system();
    const QLocale chosen(language);
    // Keep the system's region (es_MX, decimal separators, dates) when it speaks the language.
    QLocale::setDefault(code.isEmpty() || system.language() == chosen.language() ? system : chosen);
    return language;
}

QString installPreferredTranslations(const QString& configDir)
{
    const Preferences preferences(preferencesFile(configDir));
    return installTranslations(preferences.language());
}

} // namespace kd::i18n
