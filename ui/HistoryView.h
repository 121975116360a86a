#pragma once

#include <QWidget>

class InvoiceHistoryModel;
class QIdentityProxyModel;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class TillSettings;

// The invoice history: newest first, searchable, sortable on raw values. Enter
// on any row shows that invoice again (its code, coin or state; an unconfirmed
// one to be checked again), and one that was not sent can be corrected and sent
// again. Test invoices are marked so that they are never read as money.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    HistoryView(InvoiceHistoryModel *model, TillSettings *settings, QWidget *parent = nullptr);
    ~HistoryView() override;

    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QComboBox *stateFilter() const { return m_stateFilter; }

signals:
    void showInvoiceRequested(qint64 invoiceId);
    void resendRequested(qint64 invoiceId);

private:
    void updateButtons();
    qint64 selectedId() const;
    void activateSelected();

    InvoiceHistoryModel *m_model;
    TillSettings *m_settings;
    QIdentityProxyModel *m_testMarks;
    QSortFilterProxyModel *m_stateProxy;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_stateFilter;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_show;
    QPushButton *m_resend;
};
