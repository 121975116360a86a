#pragma once

#include "history/HistoryReader.h"
#include "store/InvoiceRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QSet>

class InvoiceStore;

// The invoice history as a table that holds only what has been scrolled to: the
// rows come from SQL a page at a time (canFetchMore/fetchMore, keyset paging), in
// the order and under the filter asked for, so a history of a million invoices
// opens as fast as an empty one. DisplayRole is friendly text, EditRole the raw
// value (what Copy takes).
//
// It follows the store: a changed invoice updates its row; a new one appears on
// top when the view is newest first and it passes the filter. With a row limit it
// is the sale screen's strip of the last few invoices (a row-limited view of the
// same history, not a list of its own).
class InvoiceHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, OrderId, Amount, Status, Coin, Title, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,
        PaymentUrlRole,
        TestRole,
    };
    static constexpr int PageSize = 100;

    // `rowLimit`: at most that many rows, never more fetched (0: no limit).
    InvoiceHistoryModel(InvoiceStore *store, const QLocale &locale, int rowLimit = 0, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Time, order, amount and status sort in SQL; other columns keep the order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);
    // The column that shows the order `key` sorts by.
    static int columnOf(HistorySort::Key key);

    void setFilter(const HistoryFilter &filter);
    const HistoryFilter &filter() const { return m_filter; }
    const HistorySort &historySort() const { return m_sort; }

    const InvoiceRecord &recordAt(int row) const { return m_records.at(row); }
    int rowOf(qint64 id) const;
    // Why the history could not be read, or empty.
    QString lastError() const { return m_lastError; }

public slots:
    void reload();

signals:
    // Rows could not be read: the text for the cashier.
    void readFailed(const QString &text);
    // An invoice was added or changed (totals of the filter may have moved).
    void historyChanged();

private:
    void onInvoiceAdded(qint64 id);
    void onInvoiceChanged(qint64 id);
    int pageLimit() const;
    // The next `limit` rows after those loaded; marks the end when fewer came.
    std::optional<QList<InvoiceRecord>> readPage(int limit);
    void trimToLimit();

    InvoiceStore *m_store;
    HistoryReader m_reader;
    QLocale m_locale;
    HistoryFilter m_filter;
    HistorySort m_sort;
    int m_rowLimit = 0;
    QList<InvoiceRecord> m_records;
    QSet<qint64> m_loadedIds;
    std::optional<PageKey> m_nextKey; // where the next page starts, as last read
    bool m_atEnd = false;
    bool m_announcing = false; // a reset or insertion is being signalled
    QString m_lastError;
};
