#include "AppModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <dlfcn.h>

Q_LOGGING_CATEGORY(lcModule, "kintura.module", QtWarningMsg)

namespace kd {

QString AppModule::filePath()
{
    // Where this library was loaded from (dladdr: Linux and macOS; a Windows build would ask
    // GetModuleFileName, docs/packaging.md).
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&AppModule::filePath), &info) == 0 || !info.dli_fname)
        return {};
    const QString folder = QFileInfo(QFile::decodeName(info.dli_fname)).absolutePath();
    return folder + QStringLiteral("/kintura-desk-app.so");
}

bool AppModule::load()
{
    if (m_loaded)
        return true;
    const QString path = filePath();
    if (!QFileInfo::exists(path)) {
        m_error = QCoreApplication::translate(
                      "main", "Kintura Desk cannot find its part %1. Reinstall the kintura-desk "
                              "package, or rebuild it.")
                      .arg(QDir::toNativeSeparators(path));
        return false;
    }
    m_library.setFileName(path);
    m_loaded = m_library.load();
    if (!m_loaded) {
        qCInfo(lcModule) << "cannot load" << path << m_library.errorString();
        m_error = QCoreApplication::translate(
                      "main", "Kintura Desk cannot load its part %1 (%2). Reinstall the "
                              "kintura-desk package, or rebuild it.")
                      .arg(QDir::toNativeSeparators(path), m_library.errorString());
    }
    return m_loaded;
}

QFunctionPointer AppModule::resolve(const char* name)
{
    if (!load())
        return nullptr;
    const QFunctionPointer function = m_library.resolve(name);
    if (!function) {
        m_error =
            QCoreApplication::translate(
                "main", "Kintura Desk's part %1 does not match this program (it has no "
                        "%2). Reinstall the kintura-desk package, or rebuild it.")
                .arg(QDir::toNativeSeparators(m_library.fileName()), QString::fromLatin1(name));
    }
    return function;
}

} // namespace kd
