#pragma once

#include "ProfileStore.h"
#include "profile/ClusterProfile.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace warren {

// The clusters Warren knows, on the left of the main window: the saved profiles (and those opened
// with --cluster), loaded or with the reason they could not be. Selecting one is the window's
// current cluster.
class ClusterListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterListPanel)

public:
    explicit ClusterListPanel(QWidget* parent = nullptr);
    ~ClusterListPanel() override;

    void loadSaved();
    // Loads a profile file and selects it; the error when it cannot be read.
    QString open(const QString& path);
    // Saves a profile from the dialog (to its file, or a new one) and lists it.
    bool save(ClusterProfile& profile, QString* error);
    // Makes it current; when it already is, currentChanged() says it was reloaded.
    void select(const QString& path);
    // Takes a profile off the list (ProfileRemoval removes the saved data).
    void forget(const QString& path);

    QString currentPath() const;
    QString currentLabel() const;
    bool isLoaded(const QString& path) const { return m_profiles.contains(path); }
    ClusterProfile profile(const QString& path) const { return m_profiles.value(path); }
    QString loadError(const QString& path) const { return m_loadErrors.value(path); }
    bool isEmpty() const;
    ProfileStore& store() { return m_store; }

Q_SIGNALS:
    void currentChanged(); // also when the current profile was reloaded
    void editRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QListWidgetItem* addItem(const QString& path, const QString& label);
    void retranslateUi();

    ProfileStore m_store;
    QHash<QString, ClusterProfile> m_profiles; // path -> loaded profile
    QHash<QString, QString> m_loadErrors; // path -> why it could not be loaded
    QLabel* m_title;
    QListWidget* m_list;
};

} // namespace warren
