// `kintura-desk integration add` typed at a real terminal (a pseudo-terminal): it asks for the
// API key and the secret without echoing them, so neither ever appears on the screen, and the
// terminal echoes again afterwards.
#include "KeyringRequired.h"
#include "sim/SimHost.h"

#include <QTemporaryDir>
#include <QTest>

#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <poll.h>

#include <cerrno>

using namespace kd;

class TestTerminal : public QObject
{
    Q_OBJECT

    // Reads from the terminal until `what` has appeared (or the child has gone); true if seen.
    static bool readUntil(int master, QByteArray* seen, const QByteArray& what)
    {
        while (!seen->contains(what)) {
            pollfd p{master, POLLIN, 0};
            if (::poll(&p, 1, 30'000) <= 0)
                return false;
            char buffer[512];
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n <= 0)
                return false; // EIO: the child closed the terminal
            seen->append(buffer, n);
        }
        return true;
    }

private Q_SLOTS:
    void secretsAreNotEchoed()
    {
        KD_SKIP_WITHOUT_KEYRING();
        sim::SimOptions options;
        options.requestsPerSecond = 0;
        sim::SimHost sim(sim::SimConfig{}, options);
        QVERIFY(sim.isListening());
        QTemporaryDir home;
        const QByteArray config = home.filePath(QStringLiteral("config")).toUtf8();
        const QByteArray data = home.filePath(QStringLiteral("data")).toUtf8();
        const QByteArray url = sim.url().toString().toUtf8();
        const QByteArray key = sim.apiKey().toUtf8();
        const QByteArray secret = sim.apiSecret().toUtf8();

        int master = -1;
        const pid_t child = ::forkpty(&master, nullptr, nullptr, nullptr);
        QVERIFY(child >= 0);
        if (child == 0) {
            ::setenv("XDG_CONFIG_HOME", config.constData(), 1);
            ::setenv("XDG_DATA_HOME", data.constData(), 1);
            ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
            ::setenv("KD_LOOPBACK_REQUESTS_PER_SECOND", "60", 1);
            const char* argv[] = {
                KD_DESK_BINARY, "integration",   "add",        "--name", "At the terminal",
                "--url",        url.constData(), "--currency", "USD",    "--conversion-time",
                "visit",        nullptr};
            ::execv(KD_DESK_BINARY, const_cast<char* const*>(argv));
            ::_exit(127);
        }
        QByteArray screen;
        QVERIFY2(readUntil(master, &screen, "API key: "), screen.constData());
        termios asking{};
        QCOMPARE(::tcgetattr(master, &asking), 0);
        QVERIFY2(!(asking.c_lflag & ECHO), "echo is on while the key is asked for");
        QCOMPARE(::write(master, key.constData(), key.size()), key.size());
        QCOMPARE(::write(master, "\n", 1), 1);
        QVERIFY2(readUntil(master, &screen, "API secret: "), screen.constData());
        QCOMPARE(::write(master, secret.constData(), secret.size()), secret.size());
        QCOMPARE(::write(master, "\n", 1), 1);
        readUntil(master, &screen, "\x04never"); // everything up to the child's exit
        termios after{};
        const bool readable = ::tcgetattr(master, &after) == 0;
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        ::close(master);
        QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, screen.constData());
        QVERIFY2(screen.contains("Added \"At the terminal\""), screen.constData());
        QVERIFY2(!screen.contains(key), "the API key was shown");
        QVERIFY2(!screen.contains(secret), "the API secret was shown");
        if (readable)
            QVERIFY2(after.c_lflag & ECHO, "the terminal was left without echo");
    }
};

QTEST_GUILESS_MAIN(TestTerminal)
#include "tst_terminal.moc"
