#pragma once

#include <QListView>

class InvoiceHistoryModel;
class QIdentityProxyModel;

// The last few invoices with their live state, on the sale screen, so that "did
// the last payment go through?" is answered without opening the history. A view
// on a row-limited history model (the same SQL history, a handful of rows), as
// Bitcoin Core's overview shows its recent transactions: nothing is rebuilt when
// an invoice changes, the model says which row did.
class RecentInvoices : public QListView
{
    Q_OBJECT

public:
    RecentInvoices(InvoiceHistoryModel *model, QWidget *parent = nullptr);

    // What row `row` says, as the cashier reads it.
    QString textAt(int row) const;
    qint64 invoiceIdAt(int row) const;
    int count() const;

signals:
    void invoiceActivated(qint64 invoiceId);

private:
    void updateVisibility();

    InvoiceHistoryModel *m_model;
    QIdentityProxyModel *m_items;
};
