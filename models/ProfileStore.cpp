#include "ProfileStore.h"

#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace warren {

QString ProfileStore::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/clusters");
}

QStringList ProfileStore::paths() const
{
    QStringList out;
    const QStringList stored = AppSettings::profilePaths();
    for (const auto& path : stored) {
        if (!path.isEmpty() && !out.contains(path))
            out.append(path);
    }
    return out;
}

bool ProfileStore::contains(const QString& path) const
{
    return paths().contains(QFileInfo(path).absoluteFilePath());
}

void ProfileStore::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    if (list.contains(absolute))
        return;
    list.append(absolute);
    AppSettings::setProfilePaths(list);
}

void ProfileStore::remove(const QString& path)
{
    QStringList list = paths();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) > 0 || list.removeAll(path) > 0)
        AppSettings::setProfilePaths(list);
}

QString ProfileStore::suggestedPath(const QString& clusterName)
{
    QString slug = clusterName.trimmed().toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
    slug.remove(QRegularExpression(QStringLiteral("^[-.]+|-+$")));
    if (slug.isEmpty())
        slug = QStringLiteral("cluster");
    const QDir dir(directory());
    QString candidate = dir.filePath(slug + QStringLiteral(".json"));
    for (int i = 2; QFileInfo::exists(candidate); ++i)
        candidate = dir.filePath(QStringLiteral("%1-%2.json").arg(slug).arg(i));
    return candidate;
}

bool ProfileStore::save(ClusterProfile& profile, QString* error)
{
    if (profile.filePath.isEmpty()) {
        if (!QDir().mkpath(directory())) {
            if (error)
                *error = tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(directory()));
            return false;
        }
        profile.filePath = suggestedPath(profile.name);
    }
    if (!profile.save(profile.filePath, error))
        return false;
    add(profile.filePath);
    return true;
}

} // namespace warren
