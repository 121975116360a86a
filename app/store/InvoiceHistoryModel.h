#pragma once

#include "store/InvoiceRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

class InvoiceStore;

// The invoice history as a table, newest first. DisplayRole is friendly text,
// EditRole the raw value (what Copy takes), SortRole a value that sorts right.
// It follows the store: a changed invoice updates its row, a new one appears on top.
class InvoiceHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, OrderId, Amount, Status, Coin, Title, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        IdRole,
        StateRole,
        PaymentUrlRole,
    };

    InvoiceHistoryModel(InvoiceStore *store, const QLocale &locale, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const InvoiceRecord &recordAt(int row) const { return m_records.at(row); }
    int rowOf(qint64 id) const;

public slots:
    void reload();

private:
    void onInvoiceChanged(qint64 id);

    InvoiceStore *m_store;
    QLocale m_locale;
    QList<InvoiceRecord> m_records;
};
