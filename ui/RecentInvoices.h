#pragma once

#include <QListWidget>

class InvoiceHistoryModel;

// The last few invoices with their live state, on the sale screen, so that "did
// the last payment go through?" is answered without opening the history.
class RecentInvoices : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int Count = 5;

    RecentInvoices(InvoiceHistoryModel *model, QWidget *parent = nullptr);

signals:
    void invoiceActivated(qint64 invoiceId);

private:
    void rebuild();

    InvoiceHistoryModel *m_model;
};
