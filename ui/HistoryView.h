#pragma once

#include "history/HistoryFilter.h"

#include <QWidget>

class HistoryReader;
class InvoiceHistoryModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QTimer;
class TillSettings;
class TotalsCounter;
struct HistoryTotals;

// The invoice history: newest first, a page at a time from SQL, filtered by what
// a shop asks (period in the till's time zone, state, currency, live or test,
// amount range, text), with the exact totals of what the filter shows beneath.
// Enter on any row shows that invoice again on the sale screen; Details opens its
// whole story; one that was not sent can be corrected and sent again; Export
// writes what the filter shows. Test invoices are marked so that they are never
// read as money.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    // Typing waits this long for the next key before the history is asked again.
    static constexpr int TypingPauseMs = 250;

    HistoryView(InvoiceHistoryModel *model, TotalsCounter *totals, HistoryReader *reader, TillSettings *settings,
                QWidget *parent = nullptr);
    ~HistoryView() override;

    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *periodFilter() const { return m_period; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QComboBox *currencyFilter() const { return m_currency; }
    QComboBox *moneyFilter() const { return m_money; }
    QLineEdit *minAmountEdit() const { return m_minAmount; }
    QLineEdit *maxAmountEdit() const { return m_maxAmount; }
    QDateEdit *fromDateEdit() const { return m_fromDate; }
    QDateEdit *toDateEdit() const { return m_toDate; }
    QLabel *totalsLabel() const { return m_totals; }
    // The filter as the controls describe it now (what Export writes).
    HistoryFilter currentFilter() const;
    // Applies what the controls say at once, without waiting for typing to pause.
    void applyFilterNow();
    qint64 selectedId() const;
    // The receipt's ways (print, another printer, PDF), from the window's ReceiptFlow.
    void setReceiptMenu(QMenu *menu);
    QPushButton *receiptButton() const { return m_receipt; }

signals:
    void showInvoiceRequested(qint64 invoiceId);
    void detailsRequested(qint64 invoiceId);
    void resendRequested(qint64 invoiceId);
    void exportRequested(const HistoryFilter &filter);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildFilters();
    void applyFilter();
    void updateButtons();
    void updateDateEdits();
    void onTotals(const HistoryTotals &totals);
    void refreshTotals();
    void scheduleMidnight();
    void fillCurrencies();
    void clearFilters();
    // What the controls ask for, what in them cannot be read, and why.
    struct ControlReading {
        HistoryFilter filter;
        QStringList problems;
        QList<const QLineEdit *> unreadable;
    };
    ControlReading readControls() const;

    InvoiceHistoryModel *m_model;
    TotalsCounter *m_totalsCounter;
    HistoryReader *m_reader;
    TillSettings *m_settings;
    QComboBox *m_period;
    QDateEdit *m_fromDate;
    QDateEdit *m_toDate;
    QComboBox *m_stateFilter;
    QComboBox *m_currency;
    QComboBox *m_money;
    QLineEdit *m_minAmount;
    QLineEdit *m_maxAmount;
    QLineEdit *m_search;
    QPushButton *m_clear;
    QTableView *m_table;
    QLabel *m_totals;
    QLabel *m_problem;
    QPushButton *m_export;
    QPushButton *m_details;
    QPushButton *m_show;
    QPushButton *m_resend;
    QPushButton *m_receipt;
    QTimer *m_typingPause;
    QTimer *m_totalsPause;
    QTimer *m_midnight;
    bool m_totalsStale = true; // counted when the history is next shown
};
