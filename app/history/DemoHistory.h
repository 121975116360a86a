#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <functional>
#include <optional>

class InvoiceStore;

// Fills a history with made-up invoices that look like a shop's whole life, to
// try the history, its search, filters, totals and exports at scale (issue 8):
// spread over years (denser lately, in opening hours), in every state, in
// several currencies, with white-label ones and their state changes.
//
// Every demo invoice names gatewayName() as its gateway. No real gateway is ever
// named so (GatewayEndpoint::name() is "training" or an address with a key), so
// the payment poller, the reconciler and the adoption of legacy invoices never
// ask a gateway about them; an invoice with any other gateway is a real one.
// Demo invoices are never `sending` (the reconciler would settle those), and
// `open` ones are recent and not past their expiry when written.
//
// Written for speed through a connection of its own to the store's file (the
// sqlite3 library itself, in one transaction, the rows made on a second thread
// while the first writes them): a million invoices take well under a minute.
// The store's signals are not emitted, so a view of the same history reloads
// after it. SQLite histories only (the search index is SQLite's FTS5).
class DemoHistory
{
    Q_DECLARE_TR_FUNCTIONS(DemoHistory)

public:
    static constexpr qint64 MaxInvoices = 10'000'000;

    struct Options {
        qint64 invoices = 0;
        // The same seed (and `now`) gives the same history, row for row.
        quint32 seed = 1;
        // Write even when the history holds real invoices (they are kept).
        bool force = false;
        // Order numbers are the console's (OrderIdGenerator): TILL-YYMMDD-HHMMSS-XXX.
        QString tillCode = QStringLiteral("DEMQ");
        // Opening hours are in the till's local time.
        QTimeZone zone = QTimeZone::systemTimeZone();
        // The newest moment of the history (UTC); invalid: the current time.
        QDateTime now;
        int years = 5;
    };

    enum class Outcome { Done, Refused, Failed, Cancelled };
    struct Result {
        Outcome outcome = Outcome::Failed;
        qint64 invoices = 0;     // demo invoices written
        qint64 events = 0;       // their changes of state
        qint64 replaced = 0;     // earlier demo invoices removed first
        qint64 realInvoices = 0; // real invoices in the history (never touched)
        QString error;           // a sentence, for Refused and Failed
    };
    // Called as rows are written; return false to stop (nothing is kept).
    using Progress = std::function<bool(qint64 written, qint64 total)>;

    explicit DemoHistory(InvoiceStore *store);

    static QString gatewayName();

    // Replaces the demo invoices of the history (if any) by `options.invoices`
    // new ones, in one transaction: on any failure or a stop the history is left
    // as it was. Refused, untouched, while real invoices are there and not
    // `options.force`.
    Result fill(const Options &options, const Progress &progress = Progress()) const;
    // Invoices that fill() did not make; nullopt when the history cannot be read.
    std::optional<qint64> countReal() const;

private:
    InvoiceStore *m_store;
};
