#pragma once

#include "profile/ClusterProfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace warren {

// The clusters the GUI remembers: profile JSON files (ClusterProfile::save, no secrets) under
// AppConfigLocation/clusters/, and the list of their paths in QSettings ("clusters/profiles").
// Profiles opened from elsewhere (warren --cluster FILE) stay where they are.
class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    ProfileStore() = default;

    static QString directory();
    QStringList paths() const;
    void add(const QString& path);
    void remove(const QString& path);
    bool contains(const QString& path) const;

    // A new file name in directory() for a cluster name ("Prod EU" -> prod-eu.json).
    static QString suggestedPath(const QString& clusterName);

    // Saves the profile (to profile.filePath, or a new file in directory()) and remembers it.
    bool save(ClusterProfile& profile, QString* error);
};

} // namespace warren
