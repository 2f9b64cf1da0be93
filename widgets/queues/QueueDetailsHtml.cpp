#include "QueueDetailsHtml.h"

#include "Palette.h"

#include "Format.h"
#include "QueueMatrixModel.h"
#include "StatusItemDelegate.h"

namespace warren {

namespace {
    QString row(const QString& label, const QString& valueHtml)
    {
        return QStringLiteral("<tr><td style=\"color:%1; padding-right:10px\">%2</td><td>%3</td></tr>")
            .arg(Palette::mutedText().name(), label.toHtmlEscaped(), valueHtml);
    }
} // namespace

QString QueueDetailsHtml::colored(const QString& text, Tone tone)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(StatusItemDelegate::toneColor(tone).name(), text.toHtmlEscaped());
}

QString QueueDetailsHtml::placeholder()
{
    return QStringLiteral("<p style=\"color:%1\">%2</p>")
        .arg(StatusItemDelegate::toneColor(Tone::Muted).name(),
            tr("Select a queue to see where it lives on each node.").toHtmlEscaped());
}

QString QueueDetailsHtml::build(
    const QueueInfo& q, const QList<Node>& nodes, QueueProblems problems, const QStringList& lastRefreshChanges)
{
    QString html
        = QStringLiteral("<h3 style=\"margin:0\">%1</h3><table cellspacing=\"2\">").arg(q.name.toHtmlEscaped());
    html += row(tr("Vhost", "RabbitMQ virtual host"), q.vhost.toHtmlEscaped());
    html += row(tr("Type", "queue type"), QueueMatrixModel::typeText(q.type).toHtmlEscaped());
    html += row(tr("State", "queue state"), (q.state.isEmpty() ? Format::unknown() : q.state).toHtmlEscaped());
    html += row(tr("Policy", "RabbitMQ policy applied to the queue"),
        (q.policy.isEmpty() ? tr("none") : q.policy).toHtmlEscaped()
            + (q.haPolicy ? QStringLiteral(" ") + tr("(HA)", "the policy mirrors the queue").toHtmlEscaped()
                          : QString()));
    html += row(tr("Messages ready"), Format::count(q.messagesReady));
    html += row(tr("Unacknowledged"), Format::count(q.messagesUnacknowledged));
    html += row(tr("Consumers"), Format::count(q.consumers));
    html += QStringLiteral("</table><h4 style=\"margin-bottom:2px\">%1</h4><table cellspacing=\"2\">")
                .arg(tr("On each node").toHtmlEscaped());
    for (const Node& n : nodes) {
        html += row(n.name + (n.down ? QStringLiteral(" ") + tr("(down)", "node is down") : QString()),
            colored(n.text.isEmpty() ? QueueMatrixModel::roleText(n.role, q.type, n.down && n.role != QueueRole::Absent)
                                     : n.text,
                n.tone));
    }
    html += QStringLiteral("</table>");
    QStringList problemTexts;
    if (problems & QueueProblem::NotSynchronised)
        problemTexts << tr("a replica is not synchronised");
    if (problems & QueueProblem::HomeNodeDown)
        problemTexts << tr("its home node is down");
    if (problems & QueueProblem::NoMirrorsUnderHaPolicy)
        problemTexts << tr("an HA policy applies but it has no mirror");
    if (problems & QueueProblem::NoLeader)
        problemTexts << tr("no leader is elected (a majority of its members is not online)");
    if (problems & QueueProblem::BelowTargetSize)
        problemTexts << tr("fewer members online than its target size");
    if (problems & QueueProblem::StreamReplicaMissing)
        problemTexts << tr("a cluster node holds no replica of the stream");
    if (!problemTexts.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(colored(tr("Needs attention: %1").arg(problemTexts.join(tr("; "))), Tone::Warning));
    if (!lastRefreshChanges.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(colored(tr("Last refresh: %1").arg(lastRefreshChanges.join(tr("; "))), Tone::Accent));
    return html;
}

QString QueueDetailsHtml::forRow(const QueueMatrixModel& model, int sourceRow)
{
    const QueueInfo* q = model.queue(sourceRow);
    const QueueMatrixPtr matrix = model.matrix();
    if (!q || !matrix)
        return placeholder();
    QList<Node> nodes;
    nodes.reserve(matrix->nodes.size());
    for (int n = 0; n < matrix->nodes.size(); ++n) {
        Node node;
        node.name = matrix->nodes[n];
        node.role = matrix->role(sourceRow, n);
        node.down = matrix->snapshot.isNodeDown(node.name);
        const QModelIndex cell = model.index(sourceRow, QueueMatrixModel::FirstNodeColumn + n);
        node.tone = Tone(cell.data(ToneRole).toInt());
        node.text = cell.data(Qt::DisplayRole).toString();
        nodes << node;
    }
    QStringList recent;
    for (const auto& c : model.lastChanges()) {
        if (c.key == q->key())
            recent << QueueMatrixModel::changeText(c);
    }
    return build(*q, nodes, problemsOf(*q, matrix->snapshot), recent);
}

} // namespace warren
