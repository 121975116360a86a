#include "store/InvoiceHistoryModel.h"

#include "store/InvoiceStore.h"

InvoiceHistoryModel::InvoiceHistoryModel(InvoiceStore *store, const QLocale &locale, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_locale(locale)
{
    connect(m_store, &InvoiceStore::invoiceChanged, this, &InvoiceHistoryModel::onInvoiceChanged);
    reload();
}

void InvoiceHistoryModel::reload()
{
    beginResetModel();
    m_records = m_store->recent();
    endResetModel();
}

int InvoiceHistoryModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == id)
            return row;
    }
    return -1;
}

void InvoiceHistoryModel::onInvoiceChanged(qint64 id)
{
    const auto record = m_store->find(id);
    if (!record)
        return;
    const int row = rowOf(id);
    if (row >= 0) {
        m_records[row] = *record;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // Ids grow with time: a new invoice belongs on top.
    beginInsertRows(QModelIndex(), 0, 0);
    m_records.prepend(*record);
    endInsertRows();
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
    case SortRole:
        switch (Column(index.column())) {
        case Time:
            return r.id; // creation order, unambiguous even within one second
        case Amount:
            return r.fields.price.sortKey();
        default:
            return data(index, Qt::DisplayRole);
        }
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
