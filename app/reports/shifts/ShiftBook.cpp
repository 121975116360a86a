#include "reports/shifts/ShiftBook.h"

#include "store/WriteLock.h"

#include "history/HistoryQuery.h"
#include "store/InvoiceRow.h"
#include "store/InvoiceSchema.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

using namespace InvoiceSchema;
using InvoiceRow::fromUtcText;
using InvoiceRow::utcText;

namespace {
QString errorOf(const QSqlQuery &query)
{
    return query.lastError().text();
}

// A shift's opening and a Z report are written to the disk before the commit
// returns (the store writes sales the same way, see DurableWrites): a Z report
// printed and then lost to a power cut would have its number given again.
class Durable
{
public:
    explicit Durable(const QString &connectionName) : m_db(QSqlDatabase::database(connectionName, false))
    {
        m_sqlite = HistoryQuery::dialectOf(m_db) == HistoryQuery::Dialect::SQLite;
        if (m_sqlite)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    ~Durable()
    {
        if (m_sqlite)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }

private:
    QSqlDatabase m_db;
    bool m_sqlite = false;
};

// A time in a sentence for the cashier: on the till's clock when the caller
// gave its zone, else in UTC, and always with the zone's name, so that it
// cannot be taken for another clock's (the computer's own zone and language
// are not the till's: a console may run on a server). ISO order, which reads
// the same in every language.
QString shownTime(const QDateTime &utc, const QTimeZone &zone = QTimeZone::utc())
{
    const QDateTime local = utc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + local.timeZoneAbbreviation();
}
} // namespace

ShiftBook::ShiftBook(const QString &connectionName, const SalesReportBuilder &builder, QObject *parent)
    : QObject(parent), m_connectionName(connectionName), m_builder(builder)
{
}

bool ShiftBook::fail(const QString &error) const
{
    m_lastError = error;
    return false;
}

bool ShiftBook::beginWriting() const
{
    // The write lock from the first read: two consoles cannot both read "no
    // shift open" or "the last Z is 4" and then both write.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString error = WriteLock::begin(db, Shifts);
    return error.isEmpty() || fail(error);
}

void ShiftBook::rollback() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    WriteLock::rollback(db);
}

bool ShiftBook::commit() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString error = WriteLock::commit(db);
    return error.isEmpty() || fail(error);
}

std::optional<Shift> ShiftBook::openShiftRow() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1, %2, %3, %4 FROM %5 WHERE %6 IS NULL")
                            .arg(Col::Id, Col::OpenedAt, Col::OpenedBy, Col::OpeningNote, Shifts, Col::ClosedAt))) {
        fail(tr("The shifts could not be read: %1").arg(errorOf(query)));
        return std::nullopt;
    }
    if (!query.next()) {
        if (query.lastError().isValid())
            fail(tr("The shifts could not be read: %1").arg(errorOf(query)));
        else
            m_lastError.clear();
        return std::nullopt;
    }
    Shift shift;
    shift.id = query.value(0).toLongLong();
    shift.openedAt = fromUtcText(query.value(1).toString());
    shift.openedBy = query.value(2).toString();
    shift.openingNote = query.value(3).toString();
    m_lastError.clear();
    return shift;
}

std::optional<Shift> ShiftBook::current() const
{
    return openShiftRow();
}

std::optional<Shift> ShiftBook::openShift(const QString &by, const QString &note, const QDateTime &now)
{
    if (by.trimmed().isEmpty()) {
        fail(tr("Say who opens the shift."));
        return std::nullopt;
    }
    if (!now.isValid()) {
        fail(tr("The shift could not be opened: the time is not known."));
        return std::nullopt;
    }
    const Durable durable(m_connectionName);
    if (!beginWriting()) {
        fail(tr("The shift could not be opened: %1").arg(m_lastError));
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const auto open = openShiftRow();
    if (open || !m_lastError.isEmpty()) {
        rollback();
        if (open)
            //: %1 is a person's name, %2 a date and time
            fail(tr("A shift is already open: %1 opened it on %2. Close it before opening another.")
                         .arg(open->openedBy, shownTime(open->openedAt)));
        return std::nullopt;
    }
    // Shifts follow one another: a clock set back must not open a shift that
    // overlaps the last one closed (its invoices would be in two Z reports).
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT MAX(%1) FROM %2").arg(Col::ClosedAt, Shifts)) || !last.next()) {
        const QString error = errorOf(last);
        rollback();
        fail(tr("The shifts could not be read: %1").arg(error));
        return std::nullopt;
    }
    const QString lastClose = last.value(0).toString();
    last.finish();
    if (!lastClose.isEmpty() && utcText(now) < lastClose) {
        rollback();
        fail(tr("The computer's clock (%1) is before the close of the last shift (%2). Check the clock.")
                     .arg(shownTime(now), shownTime(fromUtcText(lastClose))));
        return std::nullopt;
    }

    Shift shift;
    shift.openedAt = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), QTimeZone::utc());
    shift.openedBy = by.trimmed();
    shift.openingNote = note;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO %1 (%2, %3, %4) VALUES (?, ?, ?)")
                           .arg(Shifts, Col::OpenedAt, Col::OpenedBy, Col::OpeningNote));
    insert.addBindValue(utcText(shift.openedAt));
    insert.addBindValue(shift.openedBy);
    insert.addBindValue(note.isEmpty() ? QVariant() : QVariant(note));
    if (!insert.exec()) {
        const QString error = errorOf(insert);
        rollback();
        fail(tr("The shift could not be opened: %1").arg(error));
        return std::nullopt;
    }
    shift.id = insert.lastInsertId().toLongLong();
    insert.finish();
    if (!commit()) {
        fail(tr("The shift could not be opened: %1").arg(m_lastError));
        return std::nullopt;
    }
    m_lastError.clear();
    emit shiftChanged();
    return shift;
}

std::optional<SalesReport> ShiftBook::xReport(const QDateTime &now, const QTimeZone &zone, const QString &till) const
{
    const auto shift = openShiftRow();
    if (!shift) {
        if (m_lastError.isEmpty())
            fail(tr("No shift is open."));
        return std::nullopt;
    }
    if (now < shift->openedAt) {
        fail(tr("The computer's clock (%1) is before the opening of the shift (%2). Check the clock.")
                     .arg(shownTime(now, zone), shownTime(shift->openedAt, zone)));
        return std::nullopt;
    }
    const auto start = periodStart(*shift);
    if (!start)
        return std::nullopt;
    // A shift opened this very millisecond still has a period to show.
    auto report = m_builder.build(SalesReport::Kind::X, start->from, std::max(now, start->from.addMSecs(1)), zone,
                                  till, now);
    if (!report) {
        fail(m_builder.lastError());
        return std::nullopt;
    }
    report->openedAt = shift->openedAt;
    report->previousZ = start->previousZ;
    report->openedBy = shift->openedBy;
    report->openingNote = shift->openingNote;
    m_lastError.clear();
    return report;
}

std::optional<SalesReport> ShiftBook::closeShift(const QString &by, const QDateTime &now, const QTimeZone &zone,
                                                 const QString &till)
{
    if (by.trimmed().isEmpty()) {
        fail(tr("Say who closes the shift."));
        return std::nullopt;
    }
    const Durable durable(m_connectionName);
    if (!beginWriting()) {
        fail(tr("The shift could not be closed: %1").arg(m_lastError));
        return std::nullopt;
    }
    // From here to the commit, every failure rolls everything back: a Z number
    // is taken only together with its report and its closed shift.
    const auto abandon = [this](const QString &error) {
        rollback();
        fail(error);
        return std::optional<SalesReport>();
    };
    const auto shift = openShiftRow();
    if (!shift)
        return abandon(m_lastError.isEmpty() ? tr("No shift is open.") : m_lastError);
    if (!now.isValid() || now < shift->openedAt)
        return abandon(tr("The computer's clock (%1) is before the opening of the shift (%2). Check the clock.")
                               .arg(shownTime(now, zone), shownTime(shift->openedAt, zone)));

    // Read under the write lock: the Z report before is the last one there
    // will be before this one.
    const auto start = periodStart(*shift);
    if (!start)
        return abandon(m_lastError);
    const qint64 number = start->previousZ.value_or(0) + 1;

    const QDateTime closedAt = std::max(QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), QTimeZone::utc()),
                                        std::max(shift->openedAt, start->from).addMSecs(1));
    auto report = m_builder.build(SalesReport::Kind::Z, start->from, closedAt, zone, till, closedAt);
    if (!report)
        return abandon(tr("The Z report could not be made: %1").arg(m_builder.lastError()));
    report->zNumber = number;
    report->openedAt = shift->openedAt;
    report->previousZ = start->previousZ;
    report->openedBy = shift->openedBy;
    report->openingNote = shift->openingNote;
    report->closedBy = by.trimmed();

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5) VALUES (?, ?, ?, ?)")
                           .arg(ZReports, Col::Number, Col::ShiftId, Col::ClosedAt, Col::Report));
    insert.addBindValue(number);
    insert.addBindValue(shift->id);
    insert.addBindValue(utcText(closedAt));
    insert.addBindValue(QString::fromUtf8(QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact)));
    if (!insert.exec())
        return abandon(tr("The Z report could not be stored: %1").arg(errorOf(insert)));
    insert.finish();

    QSqlQuery close(db);
    close.prepare(QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ?, %4 = ? WHERE %5 = ? AND %2 IS NULL")
                          .arg(Shifts, Col::ClosedAt, Col::ClosedBy, Col::ZNumber, Col::Id));
    close.addBindValue(utcText(closedAt));
    close.addBindValue(report->closedBy);
    close.addBindValue(number);
    close.addBindValue(shift->id);
    if (!close.exec() || close.numRowsAffected() != 1)
        return abandon(close.lastError().isValid() ? tr("The shift could not be closed: %1").arg(errorOf(close))
                                                   //: Another console closed it a moment before
                                                   : tr("The shift could not be closed: it is no longer open."));
    close.finish();
    if (!commit()) {
        fail(tr("The shift could not be closed: %1").arg(m_lastError));
        return std::nullopt;
    }
    m_lastError.clear();
    emit shiftChanged();
    return report;
}

std::optional<SalesReport> ShiftBook::storedReport(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, %2 FROM %3 %4").arg(Col::Number, Col::Report, ZReports, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(tr("The Z reports could not be read: %1").arg(errorOf(query)));
        return std::nullopt;
    }
    if (!query.next()) {
        if (query.lastError().isValid())
            fail(tr("The Z reports could not be read: %1").arg(errorOf(query)));
        else
            m_lastError.clear();
        return std::nullopt;
    }
    const qint64 number = query.value(0).toLongLong();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(1).toString().toUtf8(), &parseError);
    const auto report = document.isObject() ? SalesReport::fromJson(document.object()) : std::nullopt;
    if (!report || report->zNumber != number) {
        fail(tr("Z report %1 is damaged and cannot be shown.").arg(number));
        return std::nullopt;
    }
    m_lastError.clear();
    return report;
}

std::optional<SalesReport> ShiftBook::zReport(qint64 number) const
{
    return storedReport(QStringLiteral("WHERE %1 = ?").arg(Col::Number), {number});
}

std::optional<ShiftBook::PeriodStart> ShiftBook::periodStart(const Shift &shift) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery last(db);
    last.setForwardOnly(true);
    if (!last.exec(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %1 DESC LIMIT 1").arg(Col::Number, Col::ClosedAt, ZReports))) {
        fail(tr("The Z reports could not be read: %1").arg(errorOf(last)));
        return std::nullopt;
    }
    PeriodStart start;
    if (last.next()) {
        // Z reports follow one another: this one starts where the last ended,
        // before the shift's opening when sales were made between shifts.
        start.previousZ = last.value(0).toLongLong();
        start.from = fromUtcText(last.value(1).toString());
        if (!start.from.isValid()) {
            fail(tr("Z report %1 is damaged and cannot be shown.").arg(*start.previousZ));
            return std::nullopt;
        }
        return start;
    }
    if (last.lastError().isValid()) {
        fail(tr("The Z reports could not be read: %1").arg(errorOf(last)));
        return std::nullopt;
    }
    last.finish();
    // The first Z report starts at its shift's opening: a shop that begins
    // keeping shifts after years of sales would otherwise close years into
    // one Z (seconds of counting under the write lock). What was sold before
    // is in period reports; payments of it that arrive later are in the
    // reports' part for earlier invoices.
    start.from = shift.openedAt;
    return start;
}

std::optional<SalesReport> ShiftBook::lastZReport() const
{
    return storedReport(QStringLiteral("WHERE %1 = (SELECT MAX(%1) FROM %2)").arg(Col::Number, ZReports), {});
}

std::optional<QList<ZReportEntry>> ShiftBook::zReports() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT z.%1, z.%2, s.%3, z.%4, s.%5, s.%6 FROM %7 z JOIN %8 s ON s.%9 = z.%2 "
                                   "ORDER BY z.%1 DESC")
                            .arg(Col::Number, Col::ShiftId, Col::OpenedAt, Col::ClosedAt, Col::OpenedBy,
                                 Col::ClosedBy, ZReports, Shifts, Col::Id))) {
        fail(tr("The Z reports could not be read: %1").arg(errorOf(query)));
        return std::nullopt;
    }
    QList<ZReportEntry> entries;
    while (query.next()) {
        ZReportEntry entry;
        entry.number = query.value(0).toLongLong();
        entry.shiftId = query.value(1).toLongLong();
        entry.openedAt = fromUtcText(query.value(2).toString());
        entry.closedAt = fromUtcText(query.value(3).toString());
        entry.openedBy = query.value(4).toString();
        entry.closedBy = query.value(5).toString();
        entries << entry;
    }
    if (query.lastError().isValid()) {
        fail(tr("The Z reports could not be read: %1").arg(errorOf(query)));
        return std::nullopt;
    }
    m_lastError.clear();
    return entries;
}

std::optional<SalesReport> ShiftBook::periodReport(const QDateTime &from, const QDateTime &to, const QTimeZone &zone,
                                                   const QString &till, const QDateTime &now) const
{
    auto report = m_builder.build(SalesReport::Kind::Period, from, to, zone, till, now);
    if (!report)
        fail(m_builder.lastError());
    else
        m_lastError.clear();
    return report;
}
