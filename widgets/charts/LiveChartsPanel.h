#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;

namespace warren {

class MetricHistory;

// Live charts per node (memory used against the high watermark, file descriptors, sockets,
// Erlang processes) and for the cluster (publish / deliver / ack rates, messages ready and
// unacknowledged), over a window the user picks (5 min to 1 h). The history is the main window's
// (kept while it is open); plots are redrawn only while visible, so a hidden tab costs no CPU.
class LiveChartsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveChartsPanel)

public:
    enum Chart { MemoryChart, FdChart, SocketsChart, ProcessesChart, RatesChart, MessagesChart, ChartCount };

    explicit LiveChartsPanel(const MetricHistory* history, QWidget* parent = nullptr);
    ~LiveChartsPanel() override;

    void refresh(); // the history changed
    int windowMinutes() const;
    void setWindowMinutes(int minutes);
    QCustomPlot* plot(Chart chart) const { return m_plots.at(chart); }
    int graphCount(Chart chart) const;
    QString chartTitle(Chart chart) const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void rebuild();
    void rebuildCluster(QCustomPlot* plot, Chart chart, double start, double end);

    const MetricHistory* m_history;
    QComboBox* m_window;
    QLabel* m_windowLabel;
    QLabel* m_note;
    QList<QCustomPlot*> m_plots;
    bool m_dirty = true;
};

} // namespace warren
