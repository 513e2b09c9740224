// Replays every seed of the fuzz corpus and every input a fuzzer ever crashed on
// (tests/fuzz/regressions/<target>/) through the fuzzed functions, in the normal suite: a
// fixed crash stays fixed even where libFuzzer is not run.
#include "fuzz/FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("path");
        int count = 0;
        for (int t = 0; t < int(std::size(kd::fuzz::kTargets)); ++t) {
            const QString name = QString::fromLatin1(kd::fuzz::kTargets[t].name);
            for (const char* folder : {"corpus", "regressions"}) {
                const QDir dir(
                    QStringLiteral(KD_FUZZ_DIR "/%1/%2").arg(QLatin1String(folder), name));
                for (const QString& file : dir.entryList(QDir::Files)) {
                    QTest::newRow(qPrintable(name + QLatin1Char('/') + file))
                        << t << dir.filePath(file);
                    ++count;
                }
            }
        }
        QVERIFY2(count >= 20, "the seed corpus is missing");
    }
    void replay()
    {
        QFETCH(int, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        // A crash or abort fails the whole run; 0 is the only answer.
        QCOMPARE(kd::fuzz::kTargets[target].run(reinterpret_cast<const uint8_t*>(data.constData()),
                                                size_t(data.size())),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
