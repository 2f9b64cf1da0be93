#include <qcustomplot.h>

#include <QLibraryInfo>
#include <QTest>

// Debian ships QCustomPlot built for Qt 5 and for Qt 6: linking the Qt 5 one into a Qt 6 program
// crashes at start. This proves the Qt 6 build is the one linked, and that it draws.
class TestQCustomPlot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkedBuildIsQt6AndPlots()
    {
        QCOMPARE(QLibraryInfo::version().majorVersion(), 6);
        QCustomPlot plot;
        plot.resize(320, 200);
        plot.addGraph();
        plot.graph(0)->setData({ 0, 1, 2 }, { 1, 3, 2 });
        plot.rescaleAxes();
        plot.replot();
        QCOMPARE(plot.graph(0)->dataCount(), 3);
        const QPixmap pix = plot.toPixmap(320, 200);
        QVERIFY(!pix.isNull());
    }
};

QTEST_MAIN(TestQCustomPlot)
#include "tst_qcustomplot.moc"
