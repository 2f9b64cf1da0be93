#include "LiveChartsPanel.h"

#include "MetricHistory.h"
#include "Palette.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <functional>

#include <qcustomplot.h>

namespace warren {

namespace {
    const int WindowChoices[] = { 5, 15, 30, 60 };
    constexpr double MiB = 1024.0 * 1024.0;

    QCustomPlot* makePlot(QWidget* parent, const QString& name)
    {
        auto* plot = new QCustomPlot(parent);
        plot->setObjectName(name);
        plot->setMinimumSize(260, 140);
        plot->setNoAntialiasingOnDrag(true);
        QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
        ticker->setDateTimeFormat(QStringLiteral("HH:mm"));
        ticker->setDateTimeSpec(Qt::LocalTime);
        ticker->setTickCount(6);
        plot->xAxis->setTicker(ticker);
        plot->plotLayout()->insertRow(0);
        auto* title = new QCPTextElement(plot, QString());
        title->setTextColor(Palette::chartText());
        plot->plotLayout()->addElement(0, 0, title);
        plot->setBackground(Palette::chartBackground());
        plot->legend->setVisible(true);
        plot->legend->setBrush(Palette::legendBackground());
        plot->legend->setBorderPen(Qt::NoPen);
        plot->legend->setTextColor(Palette::chartText());
        plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
        for (QCPAxis* axis : { plot->xAxis, plot->yAxis }) {
            axis->setBasePen(QPen(Palette::axis()));
            axis->setTickPen(QPen(Palette::axis()));
            axis->setSubTickPen(QPen(Palette::subTick()));
            axis->grid()->setPen(QPen(Palette::grid()));
            axis->setTickLabelColor(Palette::chartText());
            axis->setLabelColor(Palette::chartText());
        }
        return plot;
    }

    QString shortName(const QString& node)
    {
        const int at = node.indexOf(QLatin1Char('@'));
        return at >= 0 ? node.mid(at + 1) : node;
    }
} // namespace

LiveChartsPanel::LiveChartsPanel(const MetricHistory* history, QWidget* parent)
    : QWidget(parent)
    , m_history(history)
    , m_window(new QComboBox(this))
    , m_windowLabel(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("chartsPanel"));
    m_window->setObjectName(QStringLiteral("chartWindowCombo"));
    for (int minutes : WindowChoices)
        m_window->addItem(QString(), minutes);
    m_window->setCurrentIndex(1);
    m_note->setObjectName(QStringLiteral("chartNote"));
    Palette::setTextColor(m_note, Palette::mutedText());

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(m_windowLabel);
    bar->addWidget(m_window);
    bar->addSpacing(12);
    bar->addWidget(m_note, 1);

    auto* grid = new QGridLayout;
    grid->setSpacing(6);
    const char* names[] = { "memoryChart", "fdChart", "socketsChart", "processesChart", "ratesChart", "messagesChart" };
    for (int c = 0; c < ChartCount; ++c) {
        QCustomPlot* plot = makePlot(this, QLatin1String(names[c]));
        m_plots.append(plot);
        // Cluster flow on top, then the per-node figures.
        const int slot = c >= RatesChart ? c - RatesChart : c + 2;
        grid->addWidget(plot, slot / 2, slot % 2);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(grid, 1);

    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            rebuild();
    });
    retranslateUi();
}

LiveChartsPanel::~LiveChartsPanel() = default;

int LiveChartsPanel::windowMinutes() const
{
    return m_window->currentData().toInt();
}

void LiveChartsPanel::setWindowMinutes(int minutes)
{
    const int index = m_window->findData(minutes);
    if (index >= 0)
        m_window->setCurrentIndex(index);
}

int LiveChartsPanel::graphCount(Chart chart) const
{
    return m_plots.at(chart)->graphCount();
}

QString LiveChartsPanel::chartTitle(Chart chart) const
{
    switch (chart) {
    case MemoryChart:
        return tr("Memory used (MiB; dashed: high watermark)", "RabbitMQ memory high watermark");
    case FdChart:
        return tr("File descriptors");
    case SocketsChart:
        return tr("Sockets");
    case ProcessesChart:
        return tr("Erlang processes");
    case RatesChart:
        return tr("Cluster message rates (per second)");
    case MessagesChart:
        return tr("Cluster messages ready / unacknowledged");
    case ChartCount:
        break;
    }
    return {};
}

void LiveChartsPanel::refresh()
{
    m_dirty = true;
    if (isVisible())
        rebuild();
}

void LiveChartsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        rebuild();
}

void LiveChartsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LiveChartsPanel::retranslateUi()
{
    m_windowLabel->setText(tr("Time window", "how much history the charts show"));
    for (int i = 0; i < m_window->count(); ++i) {
        const int minutes = m_window->itemData(i).toInt();
        m_window->setItemText(i, minutes >= 60 ? tr("%n hour(s)", "", minutes / 60) : tr("%n minute(s)", "", minutes));
    }
    m_window->setToolTip(tr("How far back the charts go (kept in memory while the window is open)"));
    m_note->setText(
        tr("Node charts: one line per node; gaps where a node was down or did not report.", "RabbitMQ nodes"));
    for (int c = 0; c < ChartCount; ++c) {
        if (auto* title = qobject_cast<QCPTextElement*>(m_plots.at(c)->plotLayout()->element(0, 0))) {
            title->setText(chartTitle(Chart(c)));
            QFont f = font();
            f.setBold(true);
            title->setFont(f);
        }
        m_plots.at(c)->legend->setFont(font());
        m_plots.at(c)->xAxis->setTickLabelFont(font());
        m_plots.at(c)->yAxis->setTickLabelFont(font());
    }
    m_dirty = true;
    if (isVisible())
        rebuild();
}

void LiveChartsPanel::rebuildCluster(QCustomPlot* plot, Chart chart, double start, double end)
{
    struct Series
    {
        QString name;
        std::function<double(const MessageRates&)> value;
    };
    QList<Series> series;
    if (chart == RatesChart) {
        series = { { tr("publish", "message rate"), [](const MessageRates& r) { return r.publish; } },
            { tr("deliver / get", "message rate"), [](const MessageRates& r) { return r.deliver; } },
            { tr("ack", "message rate: acknowledgements"), [](const MessageRates& r) { return r.ack; } } };
    } else {
        series
            = { { tr("ready", "messages ready for delivery"), [](const MessageRates& r) { return double(r.ready); } },
                  { tr("unacknowledged", "messages delivered, not yet acknowledged"),
                      [](const MessageRates& r) { return double(r.unacked); } } };
    }
    double top = 0;
    for (int i = 0; i < series.size(); ++i) {
        QVector<double> keys, values;
        if (m_history) {
            for (const auto& s : m_history->clusterSamples()) {
                if (s.time < start)
                    continue;
                const double v = series.at(i).value(s.rates);
                keys.append(s.time);
                values.append(v < 0 ? qQNaN() : v);
                top = qMax(top, v);
            }
        }
        QCPGraph* graph = plot->addGraph();
        graph->setName(series.at(i).name);
        graph->setPen(QPen(Palette::series(i + 3), 2));
        graph->setData(keys, values, true);
    }
    plot->xAxis->setRange(start, end);
    plot->yAxis->setRange(0, top > 0 ? top * 1.15 : 1);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void LiveChartsPanel::rebuild()
{
    m_dirty = false;
    const QStringList nodes = m_history ? m_history->nodes() : QStringList();
    const double end = m_history && m_history->latestTime() > 0 ? m_history->latestTime()
                                                                : QDateTime::currentMSecsSinceEpoch() / 1000.0;
    const double start = end - windowMinutes() * 60.0;
    const MetricHistory::Metric metrics[] = { MetricHistory::Metric::MemoryUsed, MetricHistory::Metric::FileDescriptors,
        MetricHistory::Metric::Sockets, MetricHistory::Metric::Processes };

    for (int c = 0; c < ChartCount; ++c) {
        QCustomPlot* plot = m_plots.at(c);
        plot->clearGraphs();
        if (c == RatesChart || c == MessagesChart) {
            rebuildCluster(plot, Chart(c), start, end);
            continue;
        }
        double top = 0;
        for (int i = 0; i < nodes.size(); ++i) {
            const auto& samples = m_history->samples(nodes.at(i));
            QVector<double> keys, values, limits;
            keys.reserve(samples.size());
            values.reserve(samples.size());
            for (const auto& s : samples) {
                if (s.time < start)
                    continue;
                const double scale = c == MemoryChart ? MiB : 1.0;
                const double v = s.value(metrics[c]);
                keys.append(s.time);
                // NaN: QCustomPlot leaves a gap where the node did not report.
                values.append(v < 0 ? qQNaN() : v / scale);
                top = qMax(top, v / scale);
                if (c == MemoryChart) {
                    const double l = s.memLimit;
                    limits.append(l < 0 ? qQNaN() : l / MiB);
                    top = qMax(top, l / MiB);
                }
            }
            QCPGraph* graph = plot->addGraph();
            graph->setName(shortName(nodes.at(i)));
            graph->setPen(QPen(Palette::series(i), 2));
            graph->setData(keys, values, true);
            if (c == MemoryChart) {
                QCPGraph* limit = plot->addGraph();
                limit->setPen(QPen(Palette::series(i), 1, Qt::DashLine));
                limit->setData(keys, limits, true);
                limit->removeFromLegend();
            }
        }
        plot->xAxis->setRange(start, end);
        plot->yAxis->setRange(0, top > 0 ? top * 1.15 : 1);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

} // namespace warren
