#pragma once

#include "reports/SalesReport.h"
#include "reports/shifts/SalesReportBuilder.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimeZone>
#include <optional>

// A shift: opened by someone with a note, closed by someone with its Z report.
struct Shift
{
    qint64 id = -1;
    QDateTime openedAt; // UTC
    QString openedBy;
    QString openingNote;
    QDateTime closedAt; // UTC; invalid while open
    QString closedBy;
    std::optional<qint64> zNumber;

    bool isOpen() const { return !closedAt.isValid(); }
};

// One line of the list of Z reports, for a view to choose one to print again.
struct ZReportEntry
{
    qint64 number = 0;
    qint64 shiftId = -1;
    QDateTime openedAt; // UTC
    QDateTime closedAt; // UTC
    QString openedBy;
    QString closedBy;
};

// The shop's shifts and their Z reports, in the history's database: one shift
// open at a time (whichever console opened it), an X report of the running
// shift at any time, and a Z report that closes it. A Z report is numbered
// without gaps (1, 2, 3... across restarts and consoles), stored as it was
// computed and printed again from that text, never recomputed: an invoice paid
// late after the close leaves Z 3 as it was. Nothing here changes a Z report
// or a closed shift, and the database refuses it too (schema 8's triggers). A
// correction is a new document.
//
// An X or Z report covers everything since the close of the Z report before
// (the first one: since its shift's opening; what was sold before shifts were
// kept is in period reports), so that Z reports follow one another without a gap: a sale
// made while no shift was open is in the next Z report. The shift's opening
// (time, who, note) is in the report apart from its period.
//
// Answers are nullopt on failure, with lastError() saying why in a sentence
// for the cashier; current(), zReport() and lastZReport() are nullopt with an
// empty lastError() when there is simply none (as the store answers).
class ShiftBook : public QObject
{
    Q_OBJECT

public:
    // `connectionName`: the store's connection (InvoiceStore::connectionName()),
    // used on the thread that opened it. `builder` computes the reports; it
    // reads through the same connection.
    ShiftBook(const QString &connectionName, const SalesReportBuilder &builder, QObject *parent = nullptr);

    // Refused while a shift is open (the sentence names who opened it and
    // when), without a name, or when the clock is before the last close.
    std::optional<Shift> openShift(const QString &by, const QString &note, const QDateTime &now);
    // The open shift; nullopt with an empty lastError() when none is open.
    std::optional<Shift> current() const;
    // The running shift's report, from the last Z report's close (see above)
    // to `now`; not stored.
    std::optional<SalesReport> xReport(const QDateTime &now, const QTimeZone &zone, const QString &till) const;
    // Closes the open shift and returns its Z report, numbered and stored, all
    // in one transaction that holds the database's write lock from the first
    // read (two consoles closing at once get numbers one after the other, or
    // one finds the shift already closed).
    std::optional<SalesReport> closeShift(const QString &by, const QDateTime &now, const QTimeZone &zone,
                                          const QString &till);
    // A stored Z report, exactly as it was when its shift closed; nullopt with
    // an empty lastError() when there is no such number, with a sentence when
    // it is there but could not be read.
    std::optional<SalesReport> zReport(qint64 number) const;
    // The newest Z report; nullopt with an empty lastError() when there is none.
    std::optional<SalesReport> lastZReport() const;
    // Every Z report, newest first.
    std::optional<QList<ZReportEntry>> zReports() const;
    // Any period [from, to), shift or not; not stored.
    std::optional<SalesReport> periodReport(const QDateTime &from, const QDateTime &to, const QTimeZone &zone,
                                            const QString &till, const QDateTime &now) const;

    QString lastError() const { return m_lastError; }

signals:
    // A shift opened or closed (a Z report was stored).
    void shiftChanged();

private:
    struct PeriodStart {
        QDateTime from; // UTC
        std::optional<qint64> previousZ;
    };
    // Where the running shift's report starts (see above).
    std::optional<PeriodStart> periodStart(const Shift &shift) const;
    bool beginWriting() const;
    void rollback() const;
    bool commit() const;
    std::optional<Shift> openShiftRow() const;
    std::optional<SalesReport> storedReport(const QString &where, const QVariantList &values) const;
    bool fail(const QString &error) const;

    QString m_connectionName;
    SalesReportBuilder m_builder;
    mutable QString m_lastError;
};
