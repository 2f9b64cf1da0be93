#pragma once

#include "model/ClusterSnapshot.h"
#include "ops/OperationRequest.h"
#include "ops/Plan.h"
#include "profile/ClusterProfile.h"
#include "util/Cancel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QFormLayout;
class QWidget;

namespace warren {

// Where a wizard was opened from: the cluster, its last snapshot (node types), and the node the
// user right-clicked (a node name or a host name; empty from the menu bar).
struct OperationContext
{
    OperationContext(ClusterProfile p = {}, ClusterSnapshot s = {}, QString n = {})
        : profile(std::move(p))
        , snapshot(std::move(s))
        , node(std::move(n))
    {
    }
    ClusterProfile profile;
    ClusterSnapshot snapshot;
    QString node;
    // The Queues tab's quorum queue menu: the replica action (grow, shrink, rebalance) and the
    // queue it was opened on (empty: every quorum queue).
    QString action;
    QString queue;
    QString vhost;
};

// One operation as the wizards see it: the arguments form of the first page, whose values fill
// core's OperationRequest (which validates them and builds the plan, as for `warrenctl plan`).
// Everything after that page (preflight, plan, confirm, run, result) is the same for every
// operation, so a new operation is one entry in OperationRequest::operations() and one subclass in
// OperationSpecs.cpp.
class OperationSpec
{
public:
    explicit OperationSpec(OperationKind kind)
        : m_info(OperationRequest::info(kind))
    {
    }
    virtual ~OperationSpec() = default;

    QString key() const { return m_info.key; } // "join", "convert", ... (as in `warrenctl plan`)
    QString title() const { return m_info.title(); } // translated: the wizard's window title
    QString description() const { return m_info.description(); } // translated: the choose page's
    virtual QString menuText() const = 0; // translated, with "…": menus and buttons
    // Creates the argument widgets (each with an objectName) in form, prefilled from ctx.
    void buildForm(QWidget* page, QFormLayout* form, const OperationContext& ctx)
    {
        m_context = ctx;
        createForm(page, form, ctx);
    }
    // Sets the form's texts again in the current language (called on a language change).
    virtual void retranslate() = 0;
    // The request the form's values make.
    virtual OperationRequest request() const = 0;
    // Empty when the arguments are complete and valid; otherwise the request's translated refusal.
    QString validate() const { return request().validate(m_context.profile, m_context.snapshot); }
    // Reads the facts over SSH and builds the plan: blocking, called in a worker thread with
    // copies of the arguments taken on the GUI thread. An invalid request plans its refusal.
    std::function<Plan(CancelToken)> planner(const ClusterProfile& profile) const;

protected:
    virtual void createForm(QWidget* page, QFormLayout* form, const OperationContext& ctx) = 0;

private:
    OperationInfo m_info;
    OperationContext m_context;
};

namespace OperationSpecs {

    QStringList keys(); // every operation the GUI offers, in menu order (OperationRequest::keys())
    std::unique_ptr<OperationSpec> create(const QString& key); // nullptr for an unknown key

} // namespace OperationSpecs

} // namespace warren
