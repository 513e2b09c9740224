#include "AppModule.h"

#include "platform/LibraryPath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcModule, "kintura.module", QtWarningMsg)

namespace kd {

namespace {
// Set by app/CMakeLists.txt from the module target: its suffix differs per platform.
const char kFileName[] = KD_MODULE_FILE_NAME;

// What to do about any of the failures below, for someone who installed the package and for
// someone who built it.
QString whatToDo()
{
    return QCoreApplication::translate("main", "Reinstall the kintura-desk package (built from "
                                               "source: build it again).");
}
} // namespace

QString AppModule::filePath()
{
    // Where this library was loaded from (platform/LibraryPath.h).
    const QString self =
        platform::pathOfLibraryContaining(reinterpret_cast<const void*>(&AppModule::filePath));
    if (self.isEmpty())
        return QString::fromLatin1(kFileName); // then the loader's own search
    return QFileInfo(self).absolutePath() + QLatin1Char('/') + QLatin1String(kFileName);
}

bool AppModule::load()
{
    if (m_loaded)
        return true;
    const QString path = filePath();
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isAbsolute() && !QFileInfo::exists(path)) {
        m_error =
            QCoreApplication::translate("main", "Kintura Desk is incomplete: %1 is missing. %2")
                .arg(shown, whatToDo());
        return false;
    }
    m_library.setFileName(path);
    if (!m_library.load()) {
        qCInfo(lcModule) << "cannot load" << path << m_library.errorString();
        m_error = QCoreApplication::translate("main", "Kintura Desk cannot load %1 (%2). %3")
                      .arg(shown, m_library.errorString(), whatToDo());
        return false;
    }
    // A module left from another version would load, and then misbehave.
    using Version = const char* (*)();
    const auto version = reinterpret_cast<Version>(m_library.resolve("kd_module_version"));
    const QString found = version ? QString::fromLatin1(version()) : QStringLiteral("?");
    if (found != QLatin1String(KD_VERSION)) {
        m_error = QCoreApplication::translate(
                      "main", "Kintura Desk %1 cannot use %2, which is from version %3. %4")
                      .arg(QStringLiteral(KD_VERSION), shown, found, whatToDo());
        return false;
    }
    m_loaded = true;
    return true;
}

QFunctionPointer AppModule::resolve(const char* name)
{
    if (!load())
        return nullptr;
    const QFunctionPointer function = m_library.resolve(name);
    if (!function) {
        m_error =
            QCoreApplication::translate("main", "Kintura Desk %1 cannot use %2: it has no %3. %4")
                .arg(QStringLiteral(KD_VERSION), QDir::toNativeSeparators(m_library.fileName()),
                     QString::fromLatin1(name), whatToDo());
    }
    return function;
}

} // namespace kd
