#include "HaproxyServerModel.h"

#include "Format.h"
#include "ModelRoles.h"

namespace warren {

namespace {

    // Sort order for the status column: problems first when sorting ascending.
    int statusRank(const HaproxyServer& s)
    {
        if (s.status.startsWith(QLatin1String("DOWN")))
            return 0;
        if (s.status.startsWith(QLatin1String("MAINT")) || s.status.startsWith(QLatin1String("DRAIN"))
            || s.status == QLatin1String("NOLB"))
            return 1;
        if (s.isUp() && s.status.contains(QLatin1Char('/')))
            return 2; // "UP 1/3": going down
        if (s.isUp())
            return 3;
        return 1;
    }

} // namespace

HaproxyServerModel::HaproxyServerModel(QObject* parent)
    : KeyedTableModel(parent)
{
}

HaproxyServerModel::~HaproxyServerModel() = default;

QString HaproxyServerModel::key(const HaproxyServer& server)
{
    return server.proxy + QLatin1Char('/') + server.name;
}

int HaproxyServerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const HaproxyServer* HaproxyServerModel::server(int row) const
{
    return rowAt(row);
}

int HaproxyServerModel::rowOf(const QString& proxy, const QString& server) const
{
    return rowOfKey(proxy + QLatin1Char('/') + server);
}

bool HaproxyServerModel::sameRow(const HaproxyServer& a, const HaproxyServer& b) const
{
    return a.proxy == b.proxy && a.name == b.name && a.address == b.address && a.backup == b.backup
        && a.status == b.status && a.checkStatus == b.checkStatus && a.currentSessions == b.currentSessions
        && a.lastChangeSeconds == b.lastChangeSeconds;
}

void HaproxyServerModel::clear()
{
    clearRows();
}

void HaproxyServerModel::setServers(const QList<HaproxyServer>& servers)
{
    setRows(servers);
}

void HaproxyServerModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    allRowsChanged();
}

QVariant HaproxyServerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ProxyColumn:
            return tr("Proxy", "HAProxy frontend/backend (listen section) name");
        case ServerColumn:
            return tr("Server", "HAProxy backend server");
        case AddressColumn:
            return tr("Address");
        case RoleColumn:
            return tr("Role", "HAProxy server role: active or backup");
        case StatusColumn:
            return tr("Status");
        case LastCheckColumn:
            return tr("Last check", "result of HAProxy's last health check");
        case LastChangeColumn:
            return tr("Since", "time since the server's status last changed");
        case SessionsColumn:
            return tr("Sessions", "current HAProxy sessions to this server");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case RoleColumn:
            return tr("Active servers take traffic; backup servers only when no active server is up.");
        case LastCheckColumn:
            return tr("Result of the last health check (L4OK: TCP connect worked)");
        case LastChangeColumn:
            return tr("Time since the status last changed");
        case SessionsColumn:
            return tr("Current sessions (client connections) to this server");
        }
    } else if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant HaproxyServerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HaproxyServer& s = rows().at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(s, column);
    case RawValueRole:
        return rawData(s, column);
    case ToneRole:
        return toneData(s, column);
    case KeyRole:
        return key(s);
    case BadgeRole:
        return column == RoleColumn;
    case IndicatorRole:
        return column == StatusColumn;
    case Qt::ToolTipRole:
        if (column == StatusColumn && s.lastChangeSeconds >= 0)
            return tr("%1 for %2").arg(s.status, Format::duration(s.lastChangeSeconds));
        return {};
    case Qt::TextAlignmentRole:
        if (column == SessionsColumn || column == LastChangeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant HaproxyServerModel::displayData(const HaproxyServer& s, int column) const
{
    switch (column) {
    case AddressColumn:
        return s.address.isEmpty() ? Format::unknown() : s.address;
    case RoleColumn:
        return s.backup ? tr("backup", "HAProxy backup server") : tr("active", "HAProxy active server");
    case StatusColumn:
        // HAProxy's own words (UP, DOWN, MAINT): admins match them against logs and the stats page.
        return s.status.isEmpty() ? Format::unknown() : s.status;
    case LastCheckColumn:
        return s.checkStatus.isEmpty() ? Format::unknown() : s.checkStatus;
    case LastChangeColumn:
        return Format::duration(s.lastChangeSeconds);
    case SessionsColumn:
        return Format::count(s.currentSessions);
    }
    return rawData(s, column); // the proxy's and server's names show as they are
}

QVariant HaproxyServerModel::rawData(const HaproxyServer& s, int column) const
{
    switch (column) {
    case ProxyColumn:
        return s.proxy;
    case ServerColumn:
        return s.name;
    case AddressColumn:
        return s.address;
    case RoleColumn:
        return s.backup ? 1 : 0;
    case StatusColumn:
        return statusRank(s);
    case LastCheckColumn:
        return s.checkStatus;
    case LastChangeColumn:
        return s.lastChangeSeconds;
    case SessionsColumn:
        return s.currentSessions;
    }
    return {};
}

QVariant HaproxyServerModel::toneData(const HaproxyServer& s, int column) const
{
    switch (column) {
    case RoleColumn:
        return int(s.backup ? Tone::Muted : Tone::Neutral);
    case StatusColumn:
        switch (statusRank(s)) {
        case 0:
            return int(Tone::Bad);
        case 1:
        case 2:
            return int(Tone::Warning);
        default:
            return int(Tone::Good);
        }
    case LastCheckColumn: {
        // "* L4OK" while a check is in progress; L4OK, L6OK, L7OK, L7OKC are passes.
        const QString check = QString(s.checkStatus).remove(QLatin1Char('*')).trimmed();
        if (check.isEmpty() || check.contains(QLatin1String("OK")))
            return int(Tone::None);
        return int(Tone::Bad);
    }
    }
    return int(Tone::None);
}

} // namespace warren
