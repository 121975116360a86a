#include "history/InvoiceHistoryModel.h"

#include "store/InvoiceStore.h"

InvoiceHistoryModel::InvoiceHistoryModel(InvoiceStore *store, const QLocale &locale, int rowLimit, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_reader(store->connectionName()), m_locale(locale),
      m_rowLimit(std::max(0, rowLimit))
{
    connect(m_store, &InvoiceStore::invoiceAdded, this, &InvoiceHistoryModel::onInvoiceAdded);
    connect(m_store, &InvoiceStore::invoiceChanged, this, &InvoiceHistoryModel::onInvoiceChanged);
    reload();
}

void InvoiceHistoryModel::reload()
{
    beginResetModel();
    m_records.clear();
    m_loadedIds.clear();
    m_nextKey.reset();
    m_atEnd = false;
    m_lastError.clear();
    // The first page within the reset, so that a view shows rows at once.
    const int limit = pageLimit();
    if (limit > 0) {
        if (const auto page = readPage(limit))
            m_records = *page;
    }
    // Views react to a reset or an insertion by asking for more; rows read
    // while the last change is still being announced would be read twice or
    // reach some views mid-change. They ask again once it is over (a view's
    // fetch timer, or scrolling).
    m_announcing = true;
    endResetModel();
    m_announcing = false;
}

std::optional<QList<InvoiceRecord>> InvoiceHistoryModel::readPage(int limit)
{
    // The next page starts after the last row as it was read, not as it is
    // now: a loaded row whose state or price changed since would move the
    // start and skip rows or read them again.
    auto page = m_reader.page(m_filter, m_sort, m_nextKey, limit);
    if (!page) {
        m_atEnd = true;
        m_lastError = m_reader.lastError();
        emit readFailed(m_lastError);
        return std::nullopt;
    }
    if (page->size() < limit)
        m_atEnd = true;
    if (!page->isEmpty())
        m_nextKey = HistoryReader::keyOf(page->constLast(), m_sort);
    // A loaded row that changed may also have moved into the rows still to
    // come: it is shown once, where it was first seen.
    page->removeIf([this](const InvoiceRecord &r) { return m_loadedIds.contains(r.id); });
    for (const InvoiceRecord &r : qAsConst(*page))
        m_loadedIds.insert(r.id);
    return page;
}

void InvoiceHistoryModel::setFilter(const HistoryFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

namespace {
constexpr HistorySort::Key SortKeys[] = {HistorySort::Key::Created, HistorySort::Key::OrderId,
                                         HistorySort::Key::Price, HistorySort::Key::State};
}

bool InvoiceHistoryModel::isSortable(int column)
{
    return std::any_of(std::begin(SortKeys), std::end(SortKeys), [column](HistorySort::Key key) { return columnOf(key) == column; });
}

int InvoiceHistoryModel::columnOf(HistorySort::Key key)
{
    switch (key) {
    case HistorySort::Key::Created: return Time;
    case HistorySort::Key::OrderId: return OrderId;
    case HistorySort::Key::Price: return Amount;
    case HistorySort::Key::State: return Status;
    }
    return Time;
}

void InvoiceHistoryModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    HistorySort sort;
    sort.descending = order == Qt::DescendingOrder;
    for (HistorySort::Key key : SortKeys) {
        if (columnOf(key) == column)
            sort.key = key;
    }
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

int InvoiceHistoryModel::pageLimit() const
{
    return m_rowLimit > 0 ? std::min<int>(PageSize, m_rowLimit - int(m_records.size())) : PageSize;
}

bool InvoiceHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_announcing && pageLimit() > 0;
}

void InvoiceHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const auto page = readPage(pageLimit());
    if (!page || page->isEmpty())
        return;
    m_announcing = true;
    beginInsertRows(QModelIndex(), int(m_records.size()), int(m_records.size() + page->size() - 1));
    m_records.append(*page);
    endInsertRows();
    m_announcing = false;
}

int InvoiceHistoryModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == id)
            return row;
    }
    return -1;
}

void InvoiceHistoryModel::trimToLimit()
{
    if (m_rowLimit <= 0 || m_records.size() <= m_rowLimit)
        return;
    beginRemoveRows(QModelIndex(), m_rowLimit, int(m_records.size()) - 1);
    for (int row = m_rowLimit; row < m_records.size(); ++row)
        m_loadedIds.remove(m_records.at(row).id);
    m_records.resize(m_rowLimit);
    endRemoveRows();
}

void InvoiceHistoryModel::onInvoiceAdded(qint64 id)
{
    emit historyChanged();
    // A new invoice is the newest: it has a place among the rows loaded only at
    // the top of a newest-first view, or at the end of an oldest-first one that
    // has reached its end. Other orders show it when sorted or filtered again.
    const bool top = m_sort.key == HistorySort::Key::Created && m_sort.descending;
    const bool bottom = m_sort.key == HistorySort::Key::Created && !m_sort.descending && m_atEnd;
    if (!top && !bottom)
        return;
    if (!m_filter.isEmpty() && !m_reader.matches(m_filter, id).value_or(false))
        return;
    const auto record = m_store->find(id);
    if (!record || rowOf(id) >= 0)
        return;
    if (bottom && m_rowLimit > 0 && m_records.size() >= m_rowLimit)
        return;
    const int row = top ? 0 : int(m_records.size());
    beginInsertRows(QModelIndex(), row, row);
    m_records.insert(row, *record);
    m_loadedIds.insert(id);
    endInsertRows();
    trimToLimit();
}

void InvoiceHistoryModel::onInvoiceChanged(qint64 id)
{
    emit historyChanged();
    if (!m_loadedIds.contains(id))
        return;
    const int row = rowOf(id);
    if (row < 0)
        return;
    // It stays where it is even if it no longer passes the filter: a row that
    // vanishes under the cashier's eyes is worse than one that is out of date
    // until the filter is changed.
    const auto record = m_store->find(id);
    if (!record)
        return;
    m_records[row] = *record;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int InvoiceHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int InvoiceHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const InvoiceRecord &r = m_records.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case StateRole:
        return int(r.state);
    case PaymentUrlRole:
        return r.paymentUrl;
    case TestRole:
        return r.fields.test;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return m_locale.toString(r.createdAt.toLocalTime(), QLocale::ShortFormat);
        case OrderId:
            return r.fields.orderId;
        case Amount:
            return r.fields.price.withUnit(r.fields.currency, m_locale, 2);
        case Status:
            return r.fields.test
                    //: Invoice state of a test invoice, e.g. "Paid (test)"
                    ? tr("%1 (test)").arg(InvoiceStates::displayName(r.state))
                    : InvoiceStates::displayName(r.state);
        case Coin:
            // White label: what the customer pays in the chosen coin.
            return r.coinAmount ? r.coinAmount->withUnit(r.coin, m_locale) : QString();
        case Title:
            return r.fields.title;
        case ColumnCount:
            break;
        }
        break;
    case Qt::EditRole:
        switch (Column(index.column())) {
        case Time:
            return r.createdAt;
        case OrderId:
            return r.fields.orderId;
        case Amount:
            return r.fields.price.toCanonical();
        case Status:
            return InvoiceStates::storageName(r.state);
        case Coin:
            return r.coinAmount ? r.coinAmount->toCanonical() : QString();
        case Title:
            return r.fields.title;
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Status && !r.failureText.isEmpty())
            return (QStringList{r.failureText} + r.gatewayMessages).join(QLatin1Char('\n'));
        if (index.column() == Coin && !r.coinAddress.isEmpty())
            //: Tooltip of the coin column: network and address paid to
            return tr("%1 on %2 to %3").arg(r.coin, r.network, r.coinAddress);
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant InvoiceHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    //: History column: when the invoice was made
    case Time: return tr("Time");
    case OrderId: return tr("Order");
    case Amount: return tr("Amount");
    case Status: return tr("Status");
    //: History column: the amount in the coin of a white-label invoice
    case Coin: return tr("In coin");
    case Title: return tr("Title");
    case ColumnCount: break;
    }
    return QVariant();
}
