#pragma once

#include "model/ClusterSnapshot.h"
#include "profile/ClusterProfile.h"

#include <QDateTime>
#include <QWidget>

class QFrame;
class QLabel;
class QSplitter;
class QToolButton;

namespace warren {

class ClusterGraphView;
class NodeDetailsPanel;

// The Graph tab: zoom and fit buttons with the time of the last update, a stale banner with the
// reason when the sources stop answering, the graph, and the selected node's details beside it.
class ClusterGraphPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterGraphPanel)

public:
    explicit ClusterGraphPanel(QWidget* parent = nullptr);
    ~ClusterGraphPanel() override;

    void setProfile(const ClusterProfile& profile);
    void setSnapshot(const ClusterSnapshot& snapshot); // a snapshot with node data
    void setStale(const QString& reason); // empty: fresh
    // A fresh fact that needs saying above the graph (the whole cluster is down: the start order).
    void setNotice(const QString& notice);
    QString noticeText() const { return m_notice; }
    void clear();

    ClusterGraphView* view() const { return m_view; }
    NodeDetailsPanel* details() const { return m_details; }
    QSplitter* splitter() const { return m_splitter; }
    bool isStale() const { return !m_staleReason.isEmpty(); }
    QString staleText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateDetails();
    void updateBanner();

    ClusterGraphView* m_view;
    NodeDetailsPanel* m_details;
    QSplitter* m_splitter;
    QToolButton* m_zoomOut;
    QToolButton* m_zoomIn;
    QToolButton* m_fit;
    QLabel* m_zoomLabel;
    QLabel* m_hint;
    QLabel* m_updated;
    QFrame* m_banner;
    QLabel* m_bannerText;
    ClusterSnapshot m_snapshot;
    QString m_staleReason;
    QString m_notice;
};

} // namespace warren
