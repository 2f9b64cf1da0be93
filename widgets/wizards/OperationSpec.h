#pragma once

#include "model/ClusterSnapshot.h"
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
    ClusterProfile profile;
    ClusterSnapshot snapshot;
    QString node;
};

// One operation as the wizards see it: the arguments form of the first page and the function
// that reads the facts and builds the plan (core's OperationPlanner). Everything after that page
// (preflight, plan, confirm, run, result) is the same for every operation, so a new operation is
// one subclass in OperationSpecs.cpp and one line in operationKeys().
class OperationSpec
{
public:
    virtual ~OperationSpec() = default;

    virtual QString key() const = 0; // "join", "convert", ... (as in `warrenctl plan`)
    virtual QString title() const = 0; // translated: the wizard's window title
    virtual QString menuText() const = 0; // translated, with "…": menus and buttons
    virtual QString description() const = 0; // translated: what the choose page explains
    // Creates the argument widgets (each with an objectName) in form, prefilled from ctx.
    virtual void buildForm(QWidget* page, QFormLayout* form, const OperationContext& ctx) = 0;
    // Sets the form's texts again in the current language (called on a language change).
    virtual void retranslate() = 0;
    // Empty when the arguments are complete; otherwise a translated reason.
    virtual QString validate() const = 0;
    // Reads the facts over SSH and builds the plan: blocking, called in a worker thread with
    // copies of the arguments taken on the GUI thread.
    virtual std::function<Plan(CancelToken)> planner(const ClusterProfile& profile) const = 0;
};

namespace OperationSpecs {

    QStringList keys(); // every operation the GUI offers, in menu order
    std::unique_ptr<OperationSpec> create(const QString& key); // nullptr for an unknown key

    // The profile host a node name or host name refers to (cluster hosts, then spares); nullptr if none.
    const HostProfile* findHost(const ClusterProfile& profile, const QString& nodeOrHost);
    QString nodeNameOf(const HostProfile& host); // rabbit@host when the profile does not say

} // namespace OperationSpecs

} // namespace warren
