#pragma once

#include <QLibrary>
#include <QString>

namespace kd {

// kintura-desk-app: everything of kintura-desk but the window's frame (ui/DeskModule.h). It
// sits beside this library (kintura-desk-base), in the build tree as where it is installed.
class AppModule
{
public:
    // Loads the module (once); false with errorString() when it cannot be.
    bool load();
    // An entry point of the loaded module; nullptr with errorString() when it has none.
    template <typename Function> Function entry(const char* name)
    {
        return reinterpret_cast<Function>(resolve(name));
    }
    // A sentence for the user: which file, what went wrong, what to do.
    QString errorString() const { return m_error; }

    static QString filePath();

private:
    QFunctionPointer resolve(const char* name);

    QLibrary m_library;
    bool m_loaded = false;
    QString m_error;
};

} // namespace kd
