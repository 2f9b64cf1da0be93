// Replays every seed and every input that once broke a parser (tests/fuzz/corpus/<target>/ and
// tests/fuzz/regressions/<target>/) through the fuzz targets' own entry functions, so the normal
// build keeps what fuzzing found fixed. A broken promise aborts (see FuzzEntries.cpp).
#include "fuzz/FuzzEntries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace warren;

class TestFuzzRegress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasSeeds();
    void replayIsClean_data();
    void replayIsClean();
};

namespace {
QString fuzzDir()
{
    return qEnvironmentVariable("WARREN_SOURCE_DIR") + QStringLiteral("/tests/fuzz");
}

QStringList filesOf(const QString& dir)
{
    QStringList out;
    const QDir d(dir);
    for (const auto& name : d.entryList(QDir::Files, QDir::Name))
        out << d.filePath(name);
    return out;
}
} // namespace

void TestFuzzRegress::everyTargetHasSeeds()
{
    for (const auto& t : fuzz::targets()) {
        const QString dir = fuzzDir() + QStringLiteral("/corpus/") + QLatin1String(t.name);
        QVERIFY2(!filesOf(dir).isEmpty(), qPrintable(QStringLiteral("no seeds in %1").arg(dir)));
    }
}

void TestFuzzRegress::replayIsClean_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("file");
    const auto all = fuzz::targets();
    for (int i = 0; i < int(all.size()); ++i) {
        for (const char* kind : { "corpus", "regressions" }) {
            const QString dir
                = fuzzDir() + QLatin1Char('/') + QLatin1String(kind) + QLatin1Char('/') + QLatin1String(all[i].name);
            for (const auto& f : filesOf(dir)) {
                const QString tag = QLatin1String(all[i].name) + QLatin1Char('/') + QLatin1String(kind)
                    + QLatin1Char('/') + QFileInfo(f).fileName();
                QTest::newRow(qPrintable(tag)) << i << f;
            }
        }
    }
}

void TestFuzzRegress::replayIsClean()
{
    QFETCH(int, target);
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray data = f.readAll();
    // Crashes, hangs (the CTest timeout) and broken promises (abort) are the failures.
    QCOMPARE(fuzz::targets()[target].entry(reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size())), 0);
}

QTEST_GUILESS_MAIN(TestFuzzRegress)
#include "tst_fuzzregress.moc"
