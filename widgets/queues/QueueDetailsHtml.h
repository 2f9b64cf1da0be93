#pragma once

#include "ModelRoles.h"
#include "queues/QueueFilter.h"
#include "queues/QueueInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace warren {

class QueueMatrixModel;

// The Queues tab's details of one queue as rich text (the QLabel of the Details tab shows it):
// its vhost, type, state, policy and counters, its role on each node, what needs attention and
// what the last refresh changed. A pure builder: every text from outside (queue, vhost, policy,
// node names, change texts) is HTML-escaped; labels are translated at call time.
class QueueDetailsHtml final
{
    Q_DECLARE_TR_FUNCTIONS(QueueDetailsHtml)

public:
    struct Node
    {
        QString name;
        bool down = false; // the node is down
        QueueRole role = QueueRole::Absent; // of the queue there
        Tone tone = Tone::None; // of the role's text (as the table's cell)
        QString text; // the role's text as the table's cell says it; empty: from role (3.x wording)
    };

    // No queue selected.
    static QString placeholder();
    static QString build(const QueueInfo& queue, const QList<Node>& nodes, QueueProblems problems,
        const QStringList& lastRefreshChanges);
    // text, escaped, in the tone's colour.
    static QString colored(const QString& text, Tone tone);
    // The details of the model's row (source row; placeholder() when there is none).
    static QString forRow(const QueueMatrixModel& model, int row);
};

} // namespace warren
