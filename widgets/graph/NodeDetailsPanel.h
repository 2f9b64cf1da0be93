#pragma once

#include "model/ClusterSnapshot.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QProgressBar;

namespace warren {

// The selected node's figures, as the management UI's node table shows them: file descriptors,
// sockets, Erlang processes, memory against the high watermark, disk free against the low
// watermark, uptime, versions, alarms and the peers it cannot reach.
class NodeDetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeDetailsPanel)

public:
    explicit NodeDetailsPanel(QWidget* parent = nullptr);
    ~NodeDetailsPanel() override;

    // null: nothing selected. startOrder: the node's place when the whole cluster is down.
    void setNode(const NodeInfo* node, const QString& stateText, const QString& startOrder = {});
    // The cluster's metadata store, feature flags and deprecated features in use; the node's type
    // as the graph's badge says it (under Khepri its Raft role) and why. Call before setNode.
    void setBroker(const BrokerFacts& broker, const QString& typeText = {}, const QString& typeNote = {});
    void setStale(bool stale);
    QString value(const QString& field) const; // by field object name, for tests

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Field {
        NodeField,
        TypeField,
        StateField,
        UptimeField,
        MemoryField,
        DiskField,
        FdField,
        SocketsField,
        ProcessesField,
        RabbitField,
        ErlangField,
        StoreField,
        FlagsField,
        DeprecatedField,
        AlarmsField,
        PartitionsField,
        SafetyField,
        LeadersField,
        SourcesField,
        ReachField,
        StartOrderField,
        FieldCount
    };
    void retranslateUi();
    void refresh();
    void fitValues();

    QLabel* m_title;
    QLabel* m_placeholder;
    QWidget* m_form;
    QFormLayout* m_layout;
    QList<QLabel*> m_labels;
    QList<QLabel*> m_values;
    QProgressBar* m_memoryBar;
    QProgressBar* m_diskBar;
    QLabel* m_staleNote;
    NodeInfo m_node;
    QString m_stateText;
    QString m_startOrder;
    BrokerFacts m_broker;
    QString m_typeText;
    QString m_typeNote;
    bool m_hasNode = false;
    bool m_stale = false;
};

} // namespace warren
