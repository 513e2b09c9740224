// The window's state (geometry, the Reports page's range) reaches preferences.ini soon after it
// changes, while the window is still open: a crash, a kill or a power cut does not lose it.
// Written about a second later, gathered, not at every step of a resize.
#include "DeskWindow.h"
#include "context/AppContext.h"
#include "credentials/MemoryCredentialStore.h"
#include "settings/AppFolders.h"
#include "settings/Preferences.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kd;

namespace {
// What preferences.ini holds on disk now. QSettings shares one cache per file within a process,
// so the file is read through a copy under another name: only what was written shows.
QVariant onDisk(const QString& file, const QString& key)
{
    static int copies = 0;
    const QString copy = file + QStringLiteral(".read%1").arg(++copies);
    if (!QFile::copy(file, copy))
        return {};
    const QVariant value = QSettings(copy, QSettings::IniFormat).value(key);
    QFile::remove(copy);
    return value;
}

// The size a window would take from that geometry, as the next start restores it.
QSize restoredSize(const QVariant& geometry)
{
    ui::MainWindow window(false);
    if (!window.restoreGeometry(geometry.toByteArray()))
        return {};
    return window.size();
}
} // namespace

class TestWindowState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A resize reaches the file with the window still open and never closed; not at once.
    void geometryIsSavedWhileTheWindowIsOpen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = preferencesFile(dir.path());
        const QString key = QStringLiteral("ui/mainWindow/geometry");
        auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
        auto* window = new test::DeskWindow(context.get());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        for (const QSize size : {QSize(900, 610), QSize(1010, 700)}) {
            QElapsedTimer clock;
            clock.start();
            // Many steps, as a drag of the window's corner gives.
            for (int step = 20; step >= 0; --step) {
                window->resize(size + QSize(step * 5, step * 3));
                QCoreApplication::processEvents();
            }
            QCOMPARE(window->size(), size);
            // Not written with each step: the last one is not in the file yet (asked only while
            // well within the delay, so that a slow machine does not make this fail).
            if (clock.elapsed() < Preferences::kUiStateDelay.count() / 2)
                QVERIFY(restoredSize(onDisk(file, key)) != size);
            QTRY_COMPARE(restoredSize(onDisk(file, key)), size);
        }

        // Gone without a close: what was on disk stays, and is what the window last showed.
        const QVariant before = onDisk(file, key);
        window->hide();
        delete window;
        QCOMPARE(onDisk(file, key), before);
    }

    // Closing the window writes its geometry at once, without waiting for the delay.
    void closingSavesAtOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = preferencesFile(dir.path());
        auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
        test::DeskWindow window(context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(870, 590);
        QTRY_COMPARE(window.size(), QSize(870, 590));
        QVERIFY(window.close());
        QCOMPARE(restoredSize(onDisk(file, QStringLiteral("ui/mainWindow/geometry"))),
                 QSize(870, 590));
    }

    // The last range chosen on Reports is in the file while the window is open.
    void reportRangeIsSavedWhileTheWindowIsOpen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = preferencesFile(dir.path());
        auto context = AppContext::create(dir.path(), new MemoryCredentialStore);
        test::DeskWindow window(context.get());
        window.showPage(ui::MainWindow::Reports);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* range = window.findChild<QComboBox*>(QStringLiteral("rangeCombo"));
        QVERIFY(range);
        range->setFocus();
        const int start = range->currentIndex();
        // Home, or Down when it is already the first: another range either way.
        QTest::keyClick(range, start == 0 ? Qt::Key_Down : Qt::Key_Home);
        QVERIFY(range->currentIndex() != start);
        const QString chosen = range->currentData().toString();
        QVERIFY(!chosen.isEmpty());
        QTRY_COMPARE(onDisk(file, QStringLiteral("ui/reports/range")).toString(), chosen);
    }
};

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
