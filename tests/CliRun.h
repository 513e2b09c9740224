#pragma once

// What one run of the kintura-desk executable left, for the command-line suites (tst_cli,
// tst_clireport).

#include <QProcess>
#include <QString>
#include <QStringList>

namespace kd::test {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// The environment of a headless run with its config and data under `home` (XDG folders).
inline QProcessEnvironment deskEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

// Runs the executable headless with its config and data under `home` (XDG folders), the
// given standard input, and no display.
inline Run runDesk(const QString& binary, const QStringList& args, const QString& home,
                   const QByteArray& input = {}, const QProcessEnvironment& extra = {})
{
    QProcess p;
    QProcessEnvironment env = deskEnvironment(home);
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.start(binary, args);
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(60'000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace kd::test
