#pragma once

#include "model/ClusterSnapshot.h"

#include <QFrame>

class QLabel;

namespace warren {

class PillLabel;

// The header above the tabs: the cluster's name, one line of facts (how the status was
// collected, versions, how many nodes run, HAProxy) and the verdict as a pill.
class OverviewHeader final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewHeader)

public:
    // What the header shows; the main window fills it from its state.
    struct State
    {
        bool hasCluster = false; // a loaded profile is selected
        bool anyClusters = false; // the list is not empty
        QString name; // the profile's name
        bool hasSnapshot = false; // a snapshot with node data arrived
        bool busy = false; // a collection is under way
        ClusterSnapshot snapshot; // the last one with node data
        ClusterSnapshot lastSources; // the last one of all
        QString staleReason; // non-empty: what is shown is old
    };

    explicit OverviewHeader(QWidget* parent = nullptr);
    ~OverviewHeader() override;

    void setState(const State& state);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    State m_state;
    QLabel* m_name;
    QLabel* m_details;
    PillLabel* m_badge;
};

} // namespace warren
