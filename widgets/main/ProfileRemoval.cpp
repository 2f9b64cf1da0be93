#include "ProfileRemoval.h"

#include "ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace warren {

ProfileRemoval::ProfileRemoval(QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
{
}

ProfileRemoval::~ProfileRemoval() = default;

bool ProfileRemoval::isOwnFile(const QString& path)
{
    return QFileInfo(path).absolutePath() == QFileInfo(ProfileStore::directory()).absoluteFilePath();
}

void ProfileRemoval::ask(const QString& path, const QString& label)
{
    if (m_box)
        m_box->close();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove Cluster"),
        tr("Remove %1 from Warren? The RabbitMQ cluster itself is not changed.").arg(label), QMessageBox::NoButton,
        m_parent);
    box->setObjectName(QStringLiteral("removeClusterBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(isOwnFile(path) ? tr("The profile file %1 is deleted.").arg(QDir::toNativeSeparators(path))
                                            : tr("The profile file %1 is kept.").arg(QDir::toNativeSeparators(path)));
    QPushButton* remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton* cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, path](QAbstractButton* clicked) {
        if (clicked == remove)
            Q_EMIT confirmed(path);
    });
    m_box = box;
    box->open();
}

void ProfileRemoval::removeSavedData(ProfileStore& store, const QString& path, const ClusterProfile* profile)
{
    if (profile)
        secretStore().remove(profile->secretKey());
    store.remove(path);
    if (isOwnFile(path))
        QFile::remove(path);
}

} // namespace warren
