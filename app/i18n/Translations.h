#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace kd::i18n {

// A language the binary carries a translation for.
struct Language
{
    QString code;       // "en" (the source language), "es", "pt_BR", "ru"
    QString nativeName; // in that language: "English", "Español", "Português (Brasil)"
};

// English first, then every language whose translation is built into the binary (:/i18n/),
// sorted by code. Adding a .ts file to translations/ adds a language here.
QList<Language> availableLanguages();

// The language to show for a code, or, when the code is empty, for the locale's UI languages
// in order (on Linux: LANGUAGE, then LC_ALL, LC_MESSAGES, LANG): the first one the binary has,
// matched exactly (pt_BR) or by language (es_MX → es, pt_PT → pt_BR). "en" when none matches.
QString resolveLanguage(const QString& code, const QLocale& system = QLocale::system());

// Installs on the running application the app's translation and Qt's own (qtbase, from
// QLibraryInfo::TranslationsPath) for that language, replacing what an earlier call installed.
// An empty code follows the system locale. Numbers, dates and money follow the language too:
// the default QLocale becomes the system's when it speaks that language, else the language's
// own. Returns the code now in use. Call it from the main thread, after the application exists.
QString installTranslations(const QString& code = {});

// What every start of kintura-desk shows, the window and the headless commands alike: the
// language chosen in Preferences (preferences.ini in that config folder), else the system's.
// Reads the file, writes nothing. Returns the code now in use.
QString installPreferredTranslations(const QString& configDir);

} // namespace kd::i18n
