#include "OperationSpec.h"

#include "ops/AddressPlanner.h"
#include "ops/OperationPlanner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>

namespace warren {

namespace OperationSpecs {

    QString nodeNameOf(const HostProfile& host)
    {
        return host.node.isEmpty() ? normalizeNodeName(host.name) : host.node;
    }

    const HostProfile* findHost(const ClusterProfile& profile, const QString& nodeOrHost)
    {
        if (nodeOrHost.isEmpty())
            return nullptr;
        for (const auto* list : { &profile.hosts, &profile.spare }) {
            for (const auto& h : *list) {
                if (h.name == nodeOrHost || (h.isRabbit() && nodeNameOf(h) == nodeOrHost))
                    return &h;
            }
        }
        return nullptr;
    }

} // namespace OperationSpecs

namespace {

    using OperationSpecs::findHost;
    using OperationSpecs::nodeNameOf;

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

    // ---------------------------------------------------------------------------------------------
    class JoinSpec final : public OperationSpec
    {
        Q_DECLARE_TR_FUNCTIONS(JoinSpec)
    public:
        QString key() const override { return QStringLiteral("join"); }
        QString title() const override { return tr("Join a Node to the Cluster", "RabbitMQ node"); }
        QString menuText() const override { return tr("&Join Node to Cluster…", "RabbitMQ node"); }
        QString description() const override
        {
            return tr("The node is stopped, reset (its own queues, messages and definitions are deleted) and joined to "
                      "the cluster of the chosen member, as a disc or a ram node.",
                "RabbitMQ node types");
        }
        void buildForm(QWidget* page, QFormLayout* form, const OperationContext& ctx) override
        {
            const QList<HostProfile> all = rabbitHostsWithSpares(ctx.profile);
            QString node;
            if (const HostProfile* h = findHost(ctx.profile, ctx.node))
                node = h->name;
            else if (!ctx.profile.spare.isEmpty())
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
        QString validate() const override
        {
            if (hostFrom(m_node).isEmpty() || hostFrom(m_target).isEmpty())
                return tr("Choose the node to join and a member of the cluster.");
            if (hostFrom(m_node) == hostFrom(m_target))
                return tr("The node to join and the cluster member are the same host.");
            return {};
        }
        std::function<Plan(CancelToken)> planner(const ClusterProfile& profile) const override
        {
            const HostProfile node = *findHost(profile, hostFrom(m_node));
            const HostProfile target = *findHost(profile, hostFrom(m_target));
            const NodeType type = nodeTypeFromKey(m_type->currentData().toString());
            return [profile, node, target, type](CancelToken cancel) {
                return OperationPlanner::prepareJoin(profile, node, target, type, cancel);
            };
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
        QString key() const override { return QStringLiteral("convert"); }
        QString title() const override { return tr("Change a Node's Type", "RabbitMQ node type: disc or ram"); }
        QString menuText() const override { return tr("Change Node &Type (disc/ram)…", "RabbitMQ node type"); }
        QString description() const override
        {
            return tr("The node's application is stopped, its type changed between disc and ram, and started again. "
                      "A cluster always keeps at least one disc node.",
                "RabbitMQ node types");
        }
        void buildForm(QWidget* page, QFormLayout* form, const OperationContext& ctx) override
        {
            const HostProfile* h = findHost(ctx.profile, ctx.node);
            const QString node = h
                ? h->name
                : (ctx.profile.rabbitHosts().isEmpty() ? QString() : ctx.profile.rabbitHosts().first().name);
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
        QString validate() const override
        {
            return hostFrom(m_node).isEmpty() ? tr("Choose a node.", "RabbitMQ node") : QString();
        }
        std::function<Plan(CancelToken)> planner(const ClusterProfile& profile) const override
        {
            const HostProfile node = *findHost(profile, hostFrom(m_node));
            const NodeType type = nodeTypeFromKey(m_type->currentData().toString());
            return [profile, node, type](
                       CancelToken cancel) { return OperationPlanner::prepareConvert(profile, node, type, cancel); };
        }

    private:
        void onNodeChanged(bool proposeType)
        {
            const HostProfile* h = findHost(m_profile, hostFrom(m_node));
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
        QString key() const override { return QStringLiteral("forget"); }
        QString title() const override { return tr("Forget a Node", "remove a RabbitMQ node from the cluster"); }
        QString menuText() const override { return tr("&Forget Node…", "remove a RabbitMQ node from the cluster"); }
        QString description() const override
        {
            return tr("A node that is gone (stopped, or its host lost) is removed from the cluster's membership with "
                      "forget_cluster_node, run on a surviving node. The last disc node is never forgotten.",
                "RabbitMQ node");
        }
        void buildForm(QWidget* page, QFormLayout* form, const OperationContext& ctx) override
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
            const HostProfile* h = findHost(ctx.profile, ctx.node);
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
        QString validate() const override
        {
            return m_node->currentText().trimmed().isEmpty() ? tr("Name the node to forget.", "RabbitMQ node")
                                                             : QString();
        }
        std::function<Plan(CancelToken)> planner(const ClusterProfile& profile) const override
        {
            const QString typed = m_node->currentText().trimmed();
            const HostProfile* h = findHost(profile, typed);
            const QString node = h ? nodeNameOf(*h) : normalizeNodeName(typed);
            const QString via = m_via->currentData().toString();
            return [profile, node, via](
                       CancelToken cancel) { return OperationPlanner::prepareForget(profile, node, via, cancel); };
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
        QString key() const override { return QStringLiteral("sync-cookie"); }
        QString title() const override
        {
            return tr("Synchronise the Erlang Cookie", "cookie: the Erlang shared secret");
        }
        QString menuText() const override { return tr("Sync Erlang &Cookie…", "cookie: the Erlang shared secret"); }
        QString description() const override
        {
            return tr(
                "Each chosen node whose cookie differs (compared by hash; the cookie itself is never shown) is "
                "stopped completely, its old cookie backed up, the new one written atomically, and started again.",
                "cookie: the Erlang shared secret");
        }
        void buildForm(QWidget* page, QFormLayout* form, const OperationContext& ctx) override
        {
            const QList<HostProfile> all = rabbitHostsWithSpares(ctx.profile);
            const HostProfile* picked = findHost(ctx.profile, ctx.node);
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
        QString validate() const override
        {
            const QStringList t = targets();
            if (t.isEmpty())
                return tr("Tick at least one node to receive the cookie.", "cookie");
            if (t.contains(hostFrom(m_from)))
                return tr("The source node cannot also be a target.", "cookie");
            return {};
        }
        std::function<Plan(CancelToken)> planner(const ClusterProfile& profile) const override
        {
            const HostProfile from = *findHost(profile, hostFrom(m_from));
            QList<HostProfile> to;
            for (const auto& name : targets())
                to << *findHost(profile, name);
            return [profile, from, to](
                       CancelToken cancel) { return OperationPlanner::prepareSyncCookie(profile, from, to, cancel); };
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
        QString key() const override { return QStringLiteral("fix-address"); }
        QString title() const override
        {
            return tr("Fix an Address or Hostname Change", "a RabbitMQ host's IP address or hostname");
        }
        QString menuText() const override
        {
            return tr("Fix &Address or Hostname Change…", "a RabbitMQ host's IP address or hostname");
        }
        QString description() const override
        {
            return tr(
                "After a host's IP address or hostname changed, the preflight reads how every host resolves the node's "
                "name, which node runs on the host and its data directories, and says what changed. The fix you choose "
                "is then planned with what it changes and what it loses.",
                "RabbitMQ node");
        }
        void buildForm(QWidget* page, QFormLayout* form, const OperationContext& ctx) override
        {
            const HostProfile* h = findHost(ctx.profile, ctx.node);
            const QString node = h
                ? h->name
                : (ctx.profile.rabbitHosts().isEmpty() ? QString() : ctx.profile.rabbitHosts().first().name);
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
        QString validate() const override
        {
            return hostFrom(m_node).isEmpty() ? tr("Choose a node.", "RabbitMQ node") : QString();
        }
        std::function<Plan(CancelToken)> planner(const ClusterProfile& profile) const override
        {
            const HostProfile node = *findHost(profile, hostFrom(m_node));
            const QString fix = m_fix->currentData().toString();
            return [profile, node, fix](
                       CancelToken cancel) { return AddressPlanner::prepare(profile, node, fix, cancel); };
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

} // namespace

namespace OperationSpecs {

    QStringList keys()
    {
        return { QStringLiteral("join"), QStringLiteral("convert"), QStringLiteral("sync-cookie"),
            QStringLiteral("forget"), QStringLiteral("fix-address") };
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
        return nullptr;
    }

} // namespace OperationSpecs

} // namespace warren
