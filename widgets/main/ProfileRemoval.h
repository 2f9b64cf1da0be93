#pragma once

#include "profile/ClusterProfile.h"

#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace warren {

class ProfileStore;

// Removing a cluster from Warren: asks first (a window-modal question opened with open(), no
// nested event loop), then forgets everything Warren kept for it: the API password in the
// session's secret store, the entry in the saved list and, when Warren created it, the profile
// file. The RabbitMQ cluster itself is never touched.
class ProfileRemoval final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileRemoval)

public:
    explicit ProfileRemoval(QWidget* parent);
    ~ProfileRemoval() override;

    void ask(const QString& path, const QString& label);
    // What a confirmed removal does. profile: the loaded profile (its password goes too), or
    // nullptr when the file did not load.
    static void removeSavedData(ProfileStore& store, const QString& path, const ClusterProfile* profile);
    // Warren's own files (under ProfileStore::directory()) are deleted; others are kept.
    static bool isOwnFile(const QString& path);

Q_SIGNALS:
    // The user confirmed: the caller stops what uses the profile, then calls removeSavedData().
    void confirmed(const QString& path);

private:
    QWidget* m_parent;
    QPointer<QMessageBox> m_box;
};

} // namespace warren
