#pragma once

#include <QDateTime>
#include <QString>
#include <functional>

// Makes order ids for invoices whose order number was left empty. The gateway
// returns no invoice id, so the order id is the only key by which an invoice can be
// found again: it must be unique for the till, and short enough to read aloud.
// Form: TILL-YYMMDD-HHMMSS-XXX, e.g. "K7QD-261125-120301-X4M".
class OrderIdGenerator
{
public:
    using Clock = std::function<QDateTime()>;
    using IsTaken = std::function<bool(const QString &)>;

    OrderIdGenerator(QString tillCode, Clock clock, IsTaken isTaken);

    QString next() const;

    // A fresh random till code for a till that has none yet.
    static QString randomTillCode();

private:
    static QString randomChars(int count);

    QString m_tillCode;
    Clock m_clock;
    IsTaken m_isTaken;
};
