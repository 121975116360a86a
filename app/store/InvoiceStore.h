#pragma once

#include "store/InvoiceRecord.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>
#include <optional>
#include <unordered_map>

// The invoice history in a database file (SQLite through Qt Sql). An invoice is
// written before it is sent, and every change of its state is kept with its time
// and the gateway's raw answer. The private key never comes near this class.
class InvoiceStore : public QObject
{
    Q_OBJECT

public:
    explicit InvoiceStore(QObject *parent = nullptr);
    ~InvoiceStore() override;

    // Opens (creating if needed) the file and brings its schema up to date.
    // Returns an error text for the cashier, or an empty string.
    QString open(const QString &filePath);
    QString lastError() const { return m_lastError; }
    // Names this console on the invoices it sends (LiveSenders' token), so
    // another console sharing the history can tell whether they are on their way.
    void setSender(const QString &token) { m_sender = token; }
    // Names the till on the invoices it stores from now on (ShopProfile's
    // tillName): their receipts name the till the sale was made at.
    void setTill(const QString &name) { m_till = name; }

    // Stores a new invoice as `sending`; returns its id, or -1 (see lastError()).
    qint64 createSending(const InvoiceFields &fields, const QString &gateway = QString());
    // `coinOffers`: a white-label invoice's coins (JSON); `problem`: a reason to
    // show beside it, such as a coin list that could not be read.
    bool markOpen(qint64 id, const QString &paymentUrl, const QByteArray &rawAnswer,
                  const QString &coinOffers = QString(), const QString &problem = QString());
    // White label: the coin chosen and where and how much to pay in it.
    bool recordCoinChoice(qint64 id, const QString &coin, const QString &network, const QString &address,
                          const Amount &amount, const QByteArray &rawAnswer);
    bool markFailed(qint64 id, const QString &failureText, const QStringList &gatewayMessages,
                    const QByteArray &rawAnswer);
    bool markUnknown(qint64 id, const QString &failureText, const QByteArray &rawAnswer);
    // What polling learnt; stored only when something changed.
    bool recordPayment(qint64 id, const PaymentStatus &status, const QByteArray &rawAnswer);
    // An unconfirmed invoice that the gateway turned out to have.
    bool reconcileAsOpen(qint64 id, const PaymentStatus &status, const QByteArray &rawAnswer);
    // A failed invoice corrected by staff goes out again under the same row.
    bool resend(qint64 id, const InvoiceFields &fields, const QString &gateway = QString());

    // Read paths: nullopt (or an empty optional list) when the history could not
    // be read, with lastError() saying why; never an empty answer in its place.
    std::optional<InvoiceRecord> find(qint64 id) const;
    bool isOrderIdTaken(const QString &orderId) const;
    // Order numbers are unique in the history (and indexed).
    std::optional<InvoiceRecord> findByOrderId(const QString &orderId) const;
    // Newest first. The history view pages through HistoryReader instead.
    std::optional<QList<InvoiceRecord>> recent(int limit) const;
    std::optional<QList<InvoiceEvent>> events(qint64 id) const;
    // Newest first.
    std::optional<QList<InvoiceRecord>> inStates(const QList<InvoiceState> &states) const;
    // What following payments needs of each invoice sent to `gateway` and still
    // awaiting money (open, underpaid, payment seen, or expired after
    // `expiredSince`: a late payment may still come), and nothing more: it is
    // read every few seconds.
    struct FollowKey {
        qint64 id = -1;
        QString orderId;
        QDateTime createdAt;
    };
    std::optional<QList<FollowKey>> followKeys(const QString &gateway, const QDateTime &expiredSince) const;
    // Gives invoices stored without an account (before schema 3, or with the
    // address alone) to `gateway`; returns how many, or -1.
    int adoptLegacyInvoices(const QString &legacyGateway, const QString &gateway);
    // Open invoices whose expiry has passed.
    std::optional<QList<InvoiceRecord>> openPastExpiry(const QDateTime &now) const;
    // The connection this store writes through (Qt's name for it), for readers
    // on the same thread; other threads clone it (HistoryConnection).
    QString connectionName() const { return m_connectionName; }

signals:
    // A new invoice was stored (invoiceChanged follows for it too).
    void invoiceAdded(qint64 id);
    void invoiceChanged(qint64 id);

private:
    friend class DurableWrites;
    bool transition(qint64 id, InvoiceState state, const QByteArray &rawAnswer,
                    const QList<QPair<QString, QVariant>> &columns);
    bool recordEvent(qint64 id, InvoiceState state, const QDateTime &at, const QByteArray &raw);
    bool fail(const QString &error) const;
    std::optional<QList<InvoiceRecord>> select(const QString &where, const QVariantList &values, int limit = -1) const;

    // The statement for `sql`, prepared once per connection: compiling an
    // insert into a table with nine indexes and search triggers costs more than
    // running it (a sale's durable insert went from 2 ms to a fraction).
    QSqlQuery &statement(const QString &sql) const;
    bool setSynchronous(bool full);

    QString m_connectionName;
    QString m_sender;
    QString m_till;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    mutable QString m_lastError;
};
