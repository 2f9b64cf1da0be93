#pragma once

#include "KeyedTableModel.h"
#include "model/ClusterSnapshot.h"

namespace warren {

// The backend servers HAProxy reports (`show stat`), one row per proxy/server pair, updated in
// place like NodeTableModel.
class HaproxyServerModel final : public KeyedTableModel<HaproxyServer>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HaproxyServerModel)

public:
    enum Column {
        ProxyColumn,
        ServerColumn,
        AddressColumn,
        RoleColumn,
        StatusColumn,
        LastCheckColumn,
        LastChangeColumn,
        SessionsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit HaproxyServerModel(QObject* parent = nullptr);
    ~HaproxyServerModel() override;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setServers(const QList<HaproxyServer>& servers);
    void clear();
    const HaproxyServer* server(int row) const;
    int rowOf(const QString& proxy, const QString& server) const; // -1 when absent

    static QString key(const HaproxyServer& server);

public Q_SLOTS:
    void retranslate();

private:
    QVariant displayData(const HaproxyServer& s, int column) const;
    QVariant rawData(const HaproxyServer& s, int column) const;
    QVariant toneData(const HaproxyServer& s, int column) const;
    QString rowKey(const HaproxyServer& server) const override { return key(server); }
    bool sameRow(const HaproxyServer& a, const HaproxyServer& b) const override;
};

} // namespace warren
