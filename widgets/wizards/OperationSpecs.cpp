#include "OperationSpec.h"

#include "ops/AddressPlanner.h"
#include "ops/OperationPlanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

namespace warren {

std::function<Plan(CancelToken)> OperationSpec::planner(const ClusterProfile& profile) const
{
    QString why;
    auto plan = request().planner(profile, m_context.snapshot, &why);
    if (plan)
        return plan;
    return [why](CancelToken) {
        Plan refused;
        refused.refusals << why;
        return refused;
    };
}

namespace {

    QString nodeNameOf(const HostProfile& host)
    {
        return OperationRequest::nodeNameOf(host);
    }

    // The profile host the node the user picked (a node name or host name) is on; empty if none.
    QString hostNameFor(const OperationContext& ctx)
    {
        const auto found = OperationRequest::findHost(ctx.profile, ctx.node);
        return found.host ? found.host->name : QString();
    }

    QList<HostProfile> rabbitHostsWithSpares(const ClusterProfile& p)
    {
        QList<HostProfile> out = p.rabbitHosts();
        for (const auto& h : p.spare) {
            if (h.isRabbit())
                out << h;
        }
        return out;
    }

    QComboBox* hostCombo(
        QWidget* parent, const QString& objectName, const QList<HostProfile>& hosts, const QString& select)
    {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(objectName);
        for (const auto& h : hosts)
            combo->addItem(QStringLiteral("%1 — %2").arg(h.name, nodeNameOf(h)), h.name);
        const int i = combo->findData(select);
        if (i >= 0)
            combo->setCurrentIndex(i);
        return combo;
    }

    QComboBox* typeCombo(QWidget* parent, const QString& objectName, NodeType select)
    {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(objectName);
        combo->addItem(QString(), nodeTypeKey(NodeType::Disc));
        combo->addItem(QString(), nodeTypeKey(NodeType::Ram));
        combo->setCurrentIndex(select == NodeType::Ram ? 1 : 0);
        return combo;
    }

    void retranslateTypes(QComboBox* combo)
    {
        combo->setItemText(0, OperationPlanner::typeName(NodeType::Disc));
        combo->setItemText(1, OperationPlanner::typeName(NodeType::Ram));
    }

    // A form row whose label is kept, so a language change can set its text again.
    QLabel* addRow(QFormLayout* form, QWidget* page, QWidget* field)
    {
        auto* label = new QLabel(page);
        label->setBuddy(field);
        form->addRow(label, field);
        return label;
    }

    NodeType snapshotType(const OperationContext& ctx, const QString& node)
    {
        for (const auto& n : ctx.snapshot.nodes) {
            if (n.name == node)
                return n.type;
        }
        return NodeType::Unknown;
    }

    QString hostFrom(const QComboBox* combo)
    {
        return combo ? combo->currentData().toString() : QString();
    }

    OperationRequest requestOf(OperationKind kind)
    {
        OperationRequest r;
        r.kind = kind;
        return r;
    }

    // ---------------------------------------------------------------------------------------------
    class JoinSpec final : public OperationSpec
    {
        Q_DECLARE_TR_FUNCTIONS(JoinSpec)
    public:
        JoinSpec()
            : OperationSpec(OperationKind::Join)
        {
        }
        QString menuText() const override { return tr("&Join Node to Cluster…", "RabbitMQ node"); }
        void createForm(QWidget* page, QFormLayout* form, const OperationContext& ctx) override
        {
            const QList<HostProfile> all = rabbitHostsWithSpares(ctx.profile);
            QString node = hostNameFor(ctx);
            if (node.isEmpty() && !ctx.profile.spare.isEmpty())
                node = ctx.profile.spare.first().name;
            QString target;
            for (const auto& h : ctx.profile.rabbitHosts()) {
                if (h.name != node) {
                    target = h.name;
                    break;
                }
            }
            m_node = hostCombo(page, QStringLiteral("joinNodeCombo"), all, node);
            m_target = hostCombo(page, QStringLiteral("joinTargetCombo"), all, target);
            m_type = typeCombo(page, QStringLiteral("joinTypeCombo"), NodeType::Disc);
            m_labels = { addRow(form, page, m_node), addRow(form, page, m_target), addRow(form, page, m_type) };
            retranslate();
        }
        void retranslate() override
        {
            m_labels[0]->setText(tr("&Node to join:", "RabbitMQ node"));
            m_labels[1]->setText(tr("&Cluster of:", "a member of the cluster to join"));
            m_labels[2]->setText(tr("Node &type:", "RabbitMQ node type: disc or ram"));
            retranslateTypes(m_type);
        }
        OperationRequest request() const override
        {
            OperationRequest r = requestOf(OperationKind::Join);
            r.node = hostFrom(m_node);
            r.target = hostFrom(m_target);
            r.type = m_type->currentData().toString();
            return r;
        }

    private:
        QComboBox* m_node = nullptr;
        QComboBox* m_target = nullptr;
        QComboBox* m_type = nullptr;
        QList<QLabel*> m_labels;
    };

    // ---------------------------------------------------------------------------------------------
    class ConvertSpec final : public OperationSpec
    {
        Q_DECLARE_TR_FUNCTIONS(ConvertSpec)
    public:
        ConvertSpec()
            : OperationSpec(OperationKind::Convert)
        {
        }
        QString menuText() const override { return tr("Change Node &Type (disc/ram)…", "RabbitMQ node type"); }
        void createForm(QWidget* page, QFormLayout* form, const OperationContext& ctx) override
        {
            QString node = hostNameFor(ctx);
            if (node.isEmpty() && !ctx.profile.rabbitHosts().isEmpty())
                node = ctx.profile.rabbitHosts().first().name;
            m_snapshot = ctx.snapshot;
            m_profile = ctx.profile;
            m_node = hostCombo(page, QStringLiteral("convertNodeCombo"), rabbitHostsWithSpares(ctx.profile), node);
            m_current = new QLabel(page);
            m_current->setObjectName(QStringLiteral("convertCurrentType"));
            m_type = typeCombo(page, QStringLiteral("convertTypeCombo"), NodeType::Disc);
            m_labels = { addRow(form, page, m_node), addRow(form, page, m_current), addRow(form, page, m_type) };
            QObject::connect(m_node, &QComboBox::currentIndexChanged, m_type, [this] { onNodeChanged(true); });
            retranslate();
            onNodeChanged(true);
        }
        void retranslate() override
        {
            m_labels[0]->setText(tr("&Node:", "RabbitMQ node"));
            m_labels[1]->setText(tr("Current type:", "RabbitMQ node type"));
            m_labels[2]->setText(tr("New &type:", "RabbitMQ node type"));
            retranslateTypes(m_type);
            onNodeChanged(false);
        }
        OperationRequest request() const override
        {
            OperationRequest r = requestOf(OperationKind::Convert);
            r.node = hostFrom(m_node);
            r.type = m_type->currentData().toString();
            return r;
        }

    private:
        void onNodeChanged(bool proposeType)
        {
            const HostProfile* h = OperationRequest::findHost(m_profile, hostFrom(m_node)).host;
            const NodeType now
                = h ? snapshotType(OperationContext { m_profile, m_snapshot, {} }, nodeNameOf(*h)) : NodeType::Unknown;
            m_current->setText(now == NodeType::Unknown
                    ? tr("not known yet (the preflight reads it)", "RabbitMQ node type")
                    : OperationPlanner::typeName(now));
            // The useful default is the other type.
            if (proposeType)
                m_type->setCurrentIndex(now == NodeType::Disc ? 1 : 0);
        }

        ClusterProfile m_profile;
        ClusterSnapshot m_snapshot;
        QComboBox* m_node = nullptr;
        QLabel* m_current = nullptr;
        QComboBox* m_type = nullptr;
        QList<QLabel*> m_labels;
    };

    // ---------------------------------------------------------------------------------------------
    class ForgetSpec final : public OperationSpec
    {
        Q_DECLARE_TR_FUNCTIONS(ForgetSpec)
    public:
        ForgetSpec()
            : OperationSpec(OperationKind::Forget)
        {
        }
        QString menuText() const override { return tr("&Forget Node…", "remove a RabbitMQ node from the cluster"); }
        void createForm(QWidget* page, QFormLayout* form, const OperationContext& ctx) override
        {
            m_node = new QComboBox(page);
            m_node->setObjectName(QStringLiteral("forgetNodeCombo"));
            m_node->setEditable(true);
            QStringList names;
            for (const auto& n : ctx.snapshot.nodes)
                names << n.name;
            for (const auto& h : rabbitHostsWithSpares(ctx.profile)) {
                if (!names.contains(nodeNameOf(h)))
                    names << nodeNameOf(h);
            }
            m_node->addItems(names);
            const HostProfile* h = OperationRequest::findHost(ctx.profile, ctx.node).host;
            const QString select = h ? nodeNameOf(*h) : ctx.node;
            if (!select.isEmpty())
                m_node->setCurrentText(select);
            m_via = new QComboBox(page);
            m_via->setObjectName(QStringLiteral("forgetViaCombo"));
            m_via->addItem(QString(), QString());
            for (const auto& r : ctx.profile.rabbitHosts())
                m_via->addItem(QStringLiteral("%1 — %2").arg(r.name, nodeNameOf(r)), r.name);
            m_labels = { addRow(form, page, m_node), addRow(form, page, m_via) };
            retranslate();
        }
        void retranslate() override
        {
            m_labels[0]->setText(tr("&Node to forget:", "RabbitMQ node"));
            m_labels[1]->setText(tr("&Run on:", "the surviving node that runs forget_cluster_node"));
            m_via->setItemText(0, tr("any running member (chosen by the preflight)"));
        }
        OperationRequest request() const override
        {
            OperationRequest r = requestOf(OperationKind::Forget);
            r.node = m_node->currentText();
            r.via = m_via->currentData().toString();
            return r;
        }

    private:
        QComboBox* m_node = nullptr;
        QComboBox* m_via = nullptr;
        QList<QLabel*> m_labels;
    };

    // ---------------------------------------------------------------------------------------------
    class SyncCookieSpec final : public OperationSpec
    {
        Q_DECLARE_TR_FUNCTIONS(SyncCookieSpec)
    public:
        SyncCookieSpec()
            : OperationSpec(OperationKind::SyncCookie)
        {
        }
        QString menuText() const override { return tr("Sync Erlang &Cookie…", "cookie: the Erlang shared secret"); }
        void createForm(QWidget* page, QFormLayout* form, const OperationContext& ctx) override
        {
            const QList<HostProfile> all = rabbitHostsWithSpares(ctx.profile);
            const HostProfile* picked = OperationRequest::findHost(ctx.profile, ctx.node).host;
            QString from;
            for (const auto& h : ctx.profile.rabbitHosts()) {
                if (!picked || h.name != picked->name) {
                    from = h.name;
                    break;
                }
            }
            m_from = hostCombo(page, QStringLiteral("cookieFromCombo"), all, from);
            m_targets = new QListWidget(page);
            m_targets->setObjectName(QStringLiteral("cookieTargetList"));
            m_targets->setMaximumHeight(120);
            for (const auto& h : all) {
                auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(h.name, nodeNameOf(h)), m_targets);
                item->setData(Qt::UserRole, h.name);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(picked && picked->name == h.name ? Qt::Checked : Qt::Unchecked);
            }
            m_labels = { addRow(form, page, m_from), addRow(form, page, m_targets) };
            retranslate();
        }
        void retranslate() override
        {
            m_labels[0]->setText(tr("Copy the cookie &of:", "cookie"));
            m_labels[1]->setText(tr("&To:", "the nodes that receive the cookie"));
        }
        OperationRequest request() const override
        {
            OperationRequest r = requestOf(OperationKind::SyncCookie);
            r.from = hostFrom(m_from);
            r.to = targets();
            return r;
        }

    private:
        QStringList targets() const
        {
            QStringList out;
            for (int i = 0; i < m_targets->count(); ++i) {
                if (m_targets->item(i)->checkState() == Qt::Checked)
                    out << m_targets->item(i)->data(Qt::UserRole).toString();
            }
            return out;
        }

        QComboBox* m_from = nullptr;
        QListWidget* m_targets = nullptr;
        QList<QLabel*> m_labels;
    };

    // ---------------------------------------------------------------------------------------------
    class FixAddressSpec final : public OperationSpec
    {
        Q_DECLARE_TR_FUNCTIONS(FixAddressSpec)
    public:
        FixAddressSpec()
            : OperationSpec(OperationKind::FixAddress)
        {
        }
        QString menuText() const override
        {
            return tr("Fix &Address or Hostname Change…", "a RabbitMQ host's IP address or hostname");
        }
        void createForm(QWidget* page, QFormLayout* form, const OperationContext& ctx) override
        {
            QString node = hostNameFor(ctx);
            if (node.isEmpty() && !ctx.profile.rabbitHosts().isEmpty())
                node = ctx.profile.rabbitHosts().first().name;
            m_node = hostCombo(page, QStringLiteral("fixAddressNodeCombo"), rabbitHostsWithSpares(ctx.profile), node);
            m_fix = new QComboBox(page);
            m_fix->setObjectName(QStringLiteral("fixAddressFixCombo"));
            for (const QString& key : AddressPlanner::fixKeys())
                m_fix->addItem(QString(), key);
            m_hint = new QLabel(page);
            m_hint->setObjectName(QStringLiteral("fixAddressHint"));
            m_hint->setWordWrap(true);
            m_labels = { addRow(form, page, m_node), addRow(form, page, m_fix) };
            form->addRow(m_hint);
            QObject::connect(m_fix, &QComboBox::currentIndexChanged, m_hint, [this] { retranslateHint(); });
            retranslate();
        }
        void retranslate() override
        {
            m_labels[0]->setText(tr("&Node:", "RabbitMQ node"));
            m_labels[1]->setText(tr("&Fix:", "the fix for an address or hostname change"));
            m_fix->setItemText(0, tr("Repair name resolution (the IP address changed)"));
            m_fix->setItemText(1, tr("Keep the old node name (the hostname changed)", "RabbitMQ node name"));
            m_fix->setItemText(
                2, tr("Rename the node (the hostname changed; RabbitMQ 3.7 to 3.12)", "RabbitMQ node name"));
            m_fix->setItemText(
                3, tr("Forget the old node and join under the new name (the hostname changed)", "RabbitMQ node name"));
            retranslateHint();
        }
        OperationRequest request() const override
        {
            OperationRequest r = requestOf(OperationKind::FixAddress);
            r.node = hostFrom(m_node);
            r.fix = m_fix->currentData().toString();
            return r;
        }

    private:
        void retranslateHint()
        {
            const QString key = m_fix->currentData().toString();
            QString what;
            if (key == QLatin1String("resolution"))
                what = tr("/etc/hosts is corrected (with a backup) on every host that resolves the node's name to an "
                          "old address; "
                          "nothing else changes.");
            else if (key == QLatin1String("keep-name"))
                what = tr("The node keeps its name, data and membership: NODENAME in rabbitmq-env.conf pins it, so its "
                          "name no "
                          "longer follows the hostname.",
                    "RabbitMQ node name");
            else if (key == QLatin1String("rename"))
                what = tr(
                    "rename_cluster_node rewrites the node's own database to the new name. Only for a disc node whose "
                    "cluster is stopped, and never from RabbitMQ 3.13 on.",
                    "RabbitMQ node name");
            else
                what = tr("The cluster forgets the old node (queues whose only copy lived there are lost) and the node "
                          "joins again "
                          "under the new name with empty data.",
                    "RabbitMQ node name");
            // One translatable sentence pair: Chinese joins sentences without a space.
            m_hint->setText(tr("%1 The preflight shows whether this fix applies; go Back to choose another.",
                "%1: what the chosen fix changes, one or two sentences")
                                .arg(what));
        }

        QComboBox* m_node = nullptr;
        QComboBox* m_fix = nullptr;
        QLabel* m_hint = nullptr;
        QList<QLabel*> m_labels;
    };

    // The host the user picked, or the first RabbitMQ host.
    QString hostOrFirst(const OperationContext& ctx)
    {
        QString node = hostNameFor(ctx);
        if (node.isEmpty() && !ctx.profile.rabbitHosts().isEmpty())
            node = ctx.profile.rabbitHosts().first().name;
        return node;
    }

    const NodeInfo* snapshotNode(const OperationContext& ctx, const QString& host)
    {
        const HostProfile* h = OperationRequest::findHost(ctx.profile, host).host;
        for (const auto& n : ctx.snapshot.nodes) {
            if (h && n.name == nodeNameOf(*h))
                return &n;
        }
        return nullptr;
    }

    // ---------------------------------------------------------------------------------------------
    class MaintenanceSpec final : public OperationSpec
    {
        Q_DECLARE_TR_FUNCTIONS(MaintenanceSpec)
    public:
        MaintenanceSpec()
            : OperationSpec(OperationKind::Maintenance)
        {
        }
        QString menuText() const override { return tr("Node &Maintenance…", "take a RabbitMQ node out of service"); }
        void createForm(QWidget* page, QFormLayout* form, const OperationContext& ctx) override
        {
            const QString node = hostOrFirst(ctx);
            m_node = hostCombo(page, QStringLiteral("maintenanceNodeCombo"), ctx.profile.rabbitHosts(), node);
            m_action = new QComboBox(page);
            m_action->setObjectName(QStringLiteral("maintenanceActionCombo"));
            m_action->addItem(QString(), QStringLiteral("enter"));
            m_action->addItem(QString(), QStringLiteral("exit"));
            // A node in maintenance (or stopped) is most likely to be brought back.
            const NodeInfo* n = snapshotNode(ctx, node);
            m_action->setCurrentIndex(n && (n->underMaintenance || !n->running) ? 1 : 0);
            m_stop = new QCheckBox(page);
            m_stop->setObjectName(QStringLiteral("maintenanceStopCheck"));
            m_force = new QCheckBox(page);
            m_force->setObjectName(QStringLiteral("maintenanceForceCheck"));
            m_labels = { addRow(form, page, m_node), addRow(form, page, m_action) };
            form->addRow(QString(), m_stop);
            form->addRow(QString(), m_force);
            const auto follow = [this] {
                const bool enter = m_action->currentData().toString() == QLatin1String("enter");
                m_stop->setEnabled(enter);
                m_force->setEnabled(enter);
            };
            QObject::connect(m_action, &QComboBox::currentIndexChanged, m_stop, follow);
            follow();
            retranslate();
        }
        void retranslate() override
        {
            m_labels[0]->setText(tr("&Node:", "RabbitMQ node"));
            m_labels[1]->setText(tr("&Action:", "enter or leave maintenance"));
            m_action->setItemText(0, tr("Enter maintenance: take it out of service", "RabbitMQ node"));
            m_action->setItemText(1, tr("Exit maintenance: bring it back into service", "RabbitMQ node"));
            m_stop->setText(tr("&Stop the node once it is drained (to patch or reboot its host)", "RabbitMQ node"));
            m_force->setText(tr("&Override the safe-to-stop checks (queues may lose their quorum or their only "
                                "synchronised copy)"));
        }
        OperationRequest request() const override
        {
            OperationRequest r = requestOf(OperationKind::Maintenance);
            r.node = hostFrom(m_node);
            r.action = m_action->currentData().toString();
            r.stopNode = m_stop->isEnabled() && m_stop->isChecked();
            r.force = m_force->isEnabled() && m_force->isChecked();
            return r;
        }

    private:
        QComboBox* m_node = nullptr;
        QComboBox* m_action = nullptr;
        QCheckBox* m_stop = nullptr;
        QCheckBox* m_force = nullptr;
        QList<QLabel*> m_labels;
    };

    // ---------------------------------------------------------------------------------------------
    // Stop, start or restart a node (the profile's service kind).
    class ServiceSpec final : public OperationSpec
    {
        Q_DECLARE_TR_FUNCTIONS(ServiceSpec)
    public:
        explicit ServiceSpec(OperationKind kind)
            : OperationSpec(kind)
            , m_kind(kind)
        {
        }
        QString menuText() const override
        {
            switch (m_kind) {
            case OperationKind::Stop:
                return tr("Sto&p Node…", "RabbitMQ node");
            case OperationKind::Start:
                return tr("S&tart Node…", "RabbitMQ node");
            default:
                return tr("&Restart Node…", "RabbitMQ node");
            }
        }
        void createForm(QWidget* page, QFormLayout* form, const OperationContext& ctx) override
        {
            m_node = hostCombo(page, QStringLiteral("serviceNodeCombo"), ctx.profile.rabbitHosts(), hostOrFirst(ctx));
            m_labels = { addRow(form, page, m_node) };
            if (m_kind != OperationKind::Start) {
                m_force = new QCheckBox(page);
                m_force->setObjectName(QStringLiteral("serviceForceCheck"));
                form->addRow(QString(), m_force);
            }
            retranslate();
        }
        void retranslate() override
        {
            m_labels[0]->setText(tr("&Node:", "RabbitMQ node"));
            if (m_force)
                m_force->setText(tr("&Override the safe-to-stop checks (queues may lose their quorum or their only "
                                    "synchronised copy)"));
        }
        OperationRequest request() const override
        {
            OperationRequest r = requestOf(m_kind);
            r.node = hostFrom(m_node);
            r.force = m_force && m_force->isChecked();
            return r;
        }

    private:
        OperationKind m_kind;
        QComboBox* m_node = nullptr;
        QCheckBox* m_force = nullptr;
        QList<QLabel*> m_labels;
    };

    // ---------------------------------------------------------------------------------------------
    // The quorum queue replica doctor: grow, shrink or rebalance one queue, a pattern, or all.
    class ReplicasSpec final : public OperationSpec
    {
        Q_DECLARE_TR_FUNCTIONS(ReplicasSpec)
    public:
        ReplicasSpec()
            : OperationSpec(OperationKind::Replicas)
        {
        }
        QString menuText() const override { return tr("Quorum Queue &Replicas…", "grow, shrink, rebalance"); }
        void createForm(QWidget* page, QFormLayout* form, const OperationContext& ctx) override
        {
            m_action = new QComboBox(page);
            m_action->setObjectName(QStringLiteral("replicasActionCombo"));
            for (const QString& key : { QStringLiteral("grow"), QStringLiteral("shrink"), QStringLiteral("rebalance") })
                m_action->addItem(QString(), key);
            m_node = hostCombo(page, QStringLiteral("replicasNodeCombo"), ctx.profile.rabbitHosts(), hostOrFirst(ctx));
            m_scope = new QComboBox(page);
            m_scope->setObjectName(QStringLiteral("replicasScopeCombo"));
            for (const QString& key : { QStringLiteral("all"), QStringLiteral("queue"), QStringLiteral("filter") })
                m_scope->addItem(QString(), key);
            m_name = new QLineEdit(page);
            m_name->setObjectName(QStringLiteral("replicasQueueEdit"));
            m_vhost = new QLineEdit(page);
            m_vhost->setObjectName(QStringLiteral("replicasVhostEdit"));
            m_labels = { addRow(form, page, m_action), addRow(form, page, m_node), addRow(form, page, m_scope),
                addRow(form, page, m_name), addRow(form, page, m_vhost) };
            const auto follow = [this] {
                m_node->setEnabled(m_action->currentData().toString() != QLatin1String("rebalance"));
                m_name->setEnabled(m_scope->currentData().toString() != QLatin1String("all"));
            };
            // Opened on a queue of the Queues tab: its action, node, name and vhost.
            if (const int i = m_action->findData(ctx.action); i >= 0)
                m_action->setCurrentIndex(i);
            if (!ctx.queue.isEmpty()) {
                m_scope->setCurrentIndex(1);
                m_name->setText(ctx.queue);
                m_vhost->setText(ctx.vhost);
            }
            QObject::connect(m_action, &QComboBox::currentIndexChanged, m_node, follow);
            QObject::connect(m_scope, &QComboBox::currentIndexChanged, m_name, follow);
            follow();
            retranslate();
        }
        void retranslate() override
        {
            m_labels[0]->setText(tr("&Action:", "quorum queue replicas"));
            m_labels[1]->setText(tr("&Node:", "RabbitMQ node"));
            m_labels[2]->setText(tr("&Queues:", "which quorum queues"));
            m_labels[3]->setText(tr("Name or &pattern:", "queue name or regular expression"));
            m_labels[4]->setText(tr("&Vhost:", "RabbitMQ virtual host"));
            m_action->setItemText(0, tr("Grow: add a member on the node", "quorum queues"));
            m_action->setItemText(1, tr("Shrink: remove the node's members", "quorum queues"));
            m_action->setItemText(2, tr("Rebalance the leaders over the running nodes", "quorum queues"));
            m_scope->setItemText(0, tr("Every quorum queue", "quorum queues"));
            m_scope->setItemText(1, tr("One queue, by its exact name", "quorum queues"));
            m_scope->setItemText(2, tr("The queues whose names match a regular expression", "quorum queues"));
            m_vhost->setPlaceholderText(tr("every vhost (one queue: /)", "RabbitMQ virtual host"));
        }
        OperationRequest request() const override
        {
            OperationRequest r = requestOf(OperationKind::Replicas);
            r.action = m_action->currentData().toString();
            if (m_node->isEnabled())
                r.node = hostFrom(m_node);
            const QString scope = m_scope->currentData().toString();
            if (scope == QLatin1String("queue"))
                r.queue = m_name->text();
            else if (scope == QLatin1String("filter"))
                r.filter = m_name->text();
            r.vhost = m_vhost->text().trimmed();
            return r;
        }

    private:
        QComboBox* m_action = nullptr;
        QComboBox* m_node = nullptr;
        QComboBox* m_scope = nullptr;
        QLineEdit* m_name = nullptr;
        QLineEdit* m_vhost = nullptr;
        QList<QLabel*> m_labels;
    };

} // namespace

namespace OperationSpecs {

    QStringList keys()
    {
        return OperationRequest::keys();
    }

    std::unique_ptr<OperationSpec> create(const QString& key)
    {
        if (key == QLatin1String("join"))
            return std::make_unique<JoinSpec>();
        if (key == QLatin1String("convert"))
            return std::make_unique<ConvertSpec>();
        if (key == QLatin1String("forget"))
            return std::make_unique<ForgetSpec>();
        if (key == QLatin1String("sync-cookie"))
            return std::make_unique<SyncCookieSpec>();
        if (key == QLatin1String("fix-address"))
            return std::make_unique<FixAddressSpec>();
        if (key == QLatin1String("maintenance"))
            return std::make_unique<MaintenanceSpec>();
        if (key == QLatin1String("stop"))
            return std::make_unique<ServiceSpec>(OperationKind::Stop);
        if (key == QLatin1String("start"))
            return std::make_unique<ServiceSpec>(OperationKind::Start);
        if (key == QLatin1String("restart"))
            return std::make_unique<ServiceSpec>(OperationKind::Restart);
        if (key == QLatin1String("replicas"))
            return std::make_unique<ReplicasSpec>();
        return nullptr;
    }

} // namespace OperationSpecs

} // namespace warren
