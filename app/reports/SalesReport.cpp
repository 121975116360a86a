#include "reports/SalesReport.h"

#include "store/InvoiceRow.h"

#include <QJsonArray>

// The JSON is what a Z report is kept as, and printed again from, for years:
// every amount is its exact canonical text ("12.5"), every time the history's
// UTC text, every name spelled out. "format" lets a later console read an
// older report, and refuse a newer one rather than misread it.
//
// Format 2 added what a format 1 reader would leave out of a print without a
// word: the payments for earlier invoices, the demo invoices among the
// figures, the shift's opening apart from the period's start (which may be the
// Z report before's close), and the prices' decimals. A format 1 report has
// none of them and reads as it always did.
namespace {
constexpr int Format = 2;

const QString KindX = QStringLiteral("x");
const QString KindZ = QStringLiteral("z");
const QString KindPeriod = QStringLiteral("period");

QString kindName(SalesReport::Kind kind)
{
    switch (kind) {
    case SalesReport::Kind::X: return KindX;
    case SalesReport::Kind::Z: return KindZ;
    case SalesReport::Kind::Period: return KindPeriod;
    }
    return KindPeriod;
}

std::optional<SalesReport::Kind> kindFrom(const QString &name)
{
    if (name == KindX)
        return SalesReport::Kind::X;
    if (name == KindZ)
        return SalesReport::Kind::Z;
    if (name == KindPeriod)
        return SalesReport::Kind::Period;
    return std::nullopt;
}

// Reading: every step may find the text damaged; the first failure ends the
// read (nullopt), nothing is guessed.
struct Reader
{
    bool ok = true;

    QString text(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return QString();
        if (!v.isString())
            ok = false;
        return v.toString();
    }
    QDateTime time(const QJsonObject &o, const QString &key, bool required)
    {
        const QString t = text(o, key);
        if (t.isEmpty()) {
            if (required)
                ok = false;
            return QDateTime();
        }
        const QDateTime time = InvoiceRow::fromUtcText(t);
        if (!time.isValid())
            ok = false;
        return time;
    }
    Amount amount(const QJsonObject &o, const QString &key)
    {
        const auto a = Amount::fromCanonical(text(o, key));
        if (!a)
            ok = false;
        return a.value_or(Amount());
    }
    qint64 count(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        // Counts are whole numbers written by toJson; a fraction or a negative
        // number is damage, not a count.
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < 0) {
            ok = false;
            return 0;
        }
        return v.toInteger();
    }
    QJsonArray array(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            ok = false;
        return v.toArray();
    }
    QJsonObject object(const QJsonValue &v)
    {
        if (!v.isObject())
            ok = false;
        return v.toObject();
    }
};

QJsonObject partJson(const HistoryTotals::Part &part)
{
    return {{QStringLiteral("amount"), part.amount.toCanonical()}, {QStringLiteral("count"), part.count}};
}

HistoryTotals::Part partFrom(Reader &r, const QJsonValue &value)
{
    const QJsonObject o = r.object(value);
    return {r.amount(o, QStringLiteral("amount")), r.count(o, QStringLiteral("count"))};
}
} // namespace

QTimeZone SalesReport::zone() const
{
    const QTimeZone zone(zoneId.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

qint64 SalesReport::liveCount() const
{
    return totals.count - totals.testCount;
}

QJsonObject SalesReport::toJson() const
{
    using InvoiceRow::utcText;
    QJsonObject json;
    json.insert(QStringLiteral("format"), Format);
    json.insert(QStringLiteral("kind"), kindName(kind));
    if (zNumber)
        json.insert(QStringLiteral("zNumber"), *zNumber);
    json.insert(QStringLiteral("from"), utcText(from));
    json.insert(QStringLiteral("to"), utcText(to));
    json.insert(QStringLiteral("zone"), zoneId);
    json.insert(QStringLiteral("till"), till);
    json.insert(QStringLiteral("openedBy"), openedBy);
    json.insert(QStringLiteral("openingNote"), openingNote);
    json.insert(QStringLiteral("closedBy"), closedBy);
    json.insert(QStringLiteral("generatedAt"), utcText(generatedAt));
    if (openedAt.isValid())
        json.insert(QStringLiteral("openedAt"), utcText(openedAt));
    if (previousZ)
        json.insert(QStringLiteral("previousZ"), *previousZ);
    json.insert(QStringLiteral("demoCount"), demoCount);

    QJsonArray stateArray;
    for (const StateCount &s : states)
        stateArray.append(QJsonObject{{QStringLiteral("state"), InvoiceStates::storageName(s.state)},
                                      {QStringLiteral("count"), s.count}});
    json.insert(QStringLiteral("states"), stateArray);

    QJsonArray currencyTotals;
    for (const HistoryTotals::Currency &c : totals.currencies)
        currencyTotals.append(QJsonObject{{QStringLiteral("currency"), c.currency},
                                          {QStringLiteral("paid"), partJson(c.paid)},
                                          {QStringLiteral("underpaid"), partJson(c.underpaid)},
                                          {QStringLiteral("unpaid"), partJson(c.unpaid)}});
    json.insert(QStringLiteral("totals"), QJsonObject{{QStringLiteral("count"), totals.count},
                                                      {QStringLiteral("testCount"), totals.testCount},
                                                      {QStringLiteral("currencies"), currencyTotals}});

    QJsonArray receivedArray;
    for (const CoinReceived &c : received)
        receivedArray.append(QJsonObject{{QStringLiteral("coin"), c.coin},
                                         {QStringLiteral("amount"), c.amount.toCanonical()},
                                         {QStringLiteral("count"), c.count}});
    json.insert(QStringLiteral("received"), receivedArray);

    QJsonArray salesArray;
    for (const CurrencySales &s : sales)
        salesArray.append(QJsonObject{{QStringLiteral("currency"), s.currency},
                                      {QStringLiteral("count"), s.count},
                                      {QStringLiteral("largest"), s.largest.toCanonical()},
                                      {QStringLiteral("largestOrderId"), s.largestOrderId},
                                      {QStringLiteral("average"), s.average.toCanonical()},
                                      {QStringLiteral("priceDecimals"), s.priceDecimals}});
    json.insert(QStringLiteral("sales"), salesArray);

    QJsonArray earlierArray;
    for (const EarlierPayment &e : earlierPaid)
        earlierArray.append(QJsonObject{{QStringLiteral("currency"), e.currency},
                                        {QStringLiteral("paid"), partJson(e.paid)},
                                        {QStringLiteral("underpaid"), partJson(e.underpaid)}});
    json.insert(QStringLiteral("earlierPaid"), earlierArray);
    QJsonArray earlierCoins;
    for (const CoinReceived &c : earlierReceived)
        earlierCoins.append(QJsonObject{{QStringLiteral("coin"), c.coin},
                                        {QStringLiteral("amount"), c.amount.toCanonical()},
                                        {QStringLiteral("count"), c.count}});
    json.insert(QStringLiteral("earlierReceived"), earlierCoins);

    json.insert(QStringLiteral("bucketing"), bucketing == Bucketing::Day ? QStringLiteral("day") : QStringLiteral("hour"));
    QJsonArray bucketArray;
    for (const Bucket &b : buckets) {
        QJsonArray amounts;
        for (const auto &paid : b.paidAmounts)
            amounts.append(QJsonObject{{QStringLiteral("currency"), paid.first},
                                       {QStringLiteral("amount"), paid.second.toCanonical()}});
        bucketArray.append(QJsonObject{{QStringLiteral("start"), utcText(b.start)},
                                       {QStringLiteral("paid"), b.paid},
                                       {QStringLiteral("underpaid"), b.underpaid},
                                       {QStringLiteral("unpaid"), b.unpaid},
                                       {QStringLiteral("paidAmounts"), amounts}});
    }
    json.insert(QStringLiteral("buckets"), bucketArray);
    return json;
}

std::optional<SalesReport> SalesReport::fromJson(const QJsonObject &json)
{
    Reader r;
    const QJsonValue format = json.value(QStringLiteral("format"));
    if (!format.isDouble() || format.toInteger() < 1 || format.toInteger() > Format)
        return std::nullopt;

    SalesReport report;
    const auto kind = kindFrom(r.text(json, QStringLiteral("kind")));
    if (!kind)
        return std::nullopt;
    report.kind = *kind;
    if (json.contains(QStringLiteral("zNumber")))
        report.zNumber = r.count(json, QStringLiteral("zNumber"));
    report.from = r.time(json, QStringLiteral("from"), true);
    report.to = r.time(json, QStringLiteral("to"), true);
    report.zoneId = r.text(json, QStringLiteral("zone"));
    report.till = r.text(json, QStringLiteral("till"));
    report.openedBy = r.text(json, QStringLiteral("openedBy"));
    report.openingNote = r.text(json, QStringLiteral("openingNote"));
    report.closedBy = r.text(json, QStringLiteral("closedBy"));
    report.generatedAt = r.time(json, QStringLiteral("generatedAt"), false);
    // Format 2's fields; a format 1 report has none of them.
    report.openedAt = r.time(json, QStringLiteral("openedAt"), false);
    if (json.contains(QStringLiteral("previousZ")))
        report.previousZ = r.count(json, QStringLiteral("previousZ"));
    if (json.contains(QStringLiteral("demoCount")))
        report.demoCount = r.count(json, QStringLiteral("demoCount"));

    for (const QJsonValue &value : r.array(json, QStringLiteral("states"))) {
        const QJsonObject o = r.object(value);
        const auto state = InvoiceStates::fromStorageName(r.text(o, QStringLiteral("state")));
        if (!state)
            return std::nullopt;
        report.states.append({*state, r.count(o, QStringLiteral("count"))});
    }

    const QJsonObject totals = r.object(json.value(QStringLiteral("totals")));
    report.totals.count = r.count(totals, QStringLiteral("count"));
    report.totals.testCount = r.count(totals, QStringLiteral("testCount"));
    for (const QJsonValue &value : r.array(totals, QStringLiteral("currencies"))) {
        const QJsonObject o = r.object(value);
        HistoryTotals::Currency c;
        c.currency = r.text(o, QStringLiteral("currency"));
        c.paid = partFrom(r, o.value(QStringLiteral("paid")));
        c.underpaid = partFrom(r, o.value(QStringLiteral("underpaid")));
        c.unpaid = partFrom(r, o.value(QStringLiteral("unpaid")));
        report.totals.currencies.append(c);
    }

    for (const QJsonValue &value : r.array(json, QStringLiteral("received"))) {
        const QJsonObject o = r.object(value);
        report.received.append({r.text(o, QStringLiteral("coin")), r.amount(o, QStringLiteral("amount")),
                                r.count(o, QStringLiteral("count"))});
    }
    for (const QJsonValue &value : r.array(json, QStringLiteral("sales"))) {
        const QJsonObject o = r.object(value);
        CurrencySales s;
        s.currency = r.text(o, QStringLiteral("currency"));
        s.count = r.count(o, QStringLiteral("count"));
        s.largest = r.amount(o, QStringLiteral("largest"));
        s.largestOrderId = r.text(o, QStringLiteral("largestOrderId"));
        s.average = r.amount(o, QStringLiteral("average"));
        if (o.contains(QStringLiteral("priceDecimals"))) {
            const qint64 decimals = r.count(o, QStringLiteral("priceDecimals"));
            if (decimals > Amount::Decimals)
                return std::nullopt;
            s.priceDecimals = int(decimals);
        }
        report.sales.append(s);
    }
    for (const QJsonValue &value : r.array(json, QStringLiteral("earlierPaid"))) {
        const QJsonObject o = r.object(value);
        EarlierPayment e;
        e.currency = r.text(o, QStringLiteral("currency"));
        e.paid = partFrom(r, o.value(QStringLiteral("paid")));
        e.underpaid = partFrom(r, o.value(QStringLiteral("underpaid")));
        report.earlierPaid.append(e);
    }
    for (const QJsonValue &value : r.array(json, QStringLiteral("earlierReceived"))) {
        const QJsonObject o = r.object(value);
        report.earlierReceived.append({r.text(o, QStringLiteral("coin")), r.amount(o, QStringLiteral("amount")),
                                       r.count(o, QStringLiteral("count"))});
    }

    const QString bucketing = r.text(json, QStringLiteral("bucketing"));
    if (bucketing == QStringLiteral("day"))
        report.bucketing = Bucketing::Day;
    else if (bucketing == QStringLiteral("hour"))
        report.bucketing = Bucketing::Hour;
    else
        return std::nullopt;
    for (const QJsonValue &value : r.array(json, QStringLiteral("buckets"))) {
        const QJsonObject o = r.object(value);
        Bucket b;
        b.start = r.time(o, QStringLiteral("start"), true);
        b.paid = r.count(o, QStringLiteral("paid"));
        b.underpaid = r.count(o, QStringLiteral("underpaid"));
        b.unpaid = r.count(o, QStringLiteral("unpaid"));
        for (const QJsonValue &amount : r.array(o, QStringLiteral("paidAmounts"))) {
            const QJsonObject a = r.object(amount);
            b.paidAmounts.append({r.text(a, QStringLiteral("currency")), r.amount(a, QStringLiteral("amount"))});
        }
        report.buckets.append(b);
    }
    if (!r.ok)
        return std::nullopt;
    return report;
}

bool operator==(const SalesReport &a, const SalesReport &b)
{
    return a.kind == b.kind && a.zNumber == b.zNumber && a.from == b.from && a.to == b.to && a.zoneId == b.zoneId
            && a.till == b.till && a.openedBy == b.openedBy && a.openingNote == b.openingNote
            && a.closedBy == b.closedBy && a.generatedAt == b.generatedAt && a.openedAt == b.openedAt
            && a.previousZ == b.previousZ && a.states == b.states && a.totals == b.totals
            && a.received == b.received && a.sales == b.sales && a.earlierPaid == b.earlierPaid
            && a.earlierReceived == b.earlierReceived && a.demoCount == b.demoCount
            && a.bucketing == b.bucketing && a.buckets == b.buckets;
}
