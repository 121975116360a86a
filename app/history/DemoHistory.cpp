#include "history/DemoHistory.h"

#include "history/demo/DemoCalendar.h"
#include "history/demo/DemoGenerator.h"
#include "history/demo/DemoPipe.h"
#include "history/demo/DemoRandom.h"
#include "history/demo/DemoText.h"
#include "history/demo/DemoTime.h"
#include "history/demo/DemoWriter.h"
#include "store/InvoiceSchema.h"
#include "store/InvoiceStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <algorithm>
#include <array>
#include <climits>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <vector>

using namespace InvoiceSchema;
using namespace Demo;

DemoHistory::DemoHistory(InvoiceStore *store) : m_store(store)
{
}

QString DemoHistory::gatewayName()
{
    return QStringLiteral("demo");
}

std::optional<qint64> DemoHistory::countReal() const
{
    QSqlQuery query(QSqlDatabase::database(m_store->connectionName(), false));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NULL OR %2 <> ?").arg(Invoices, Col::Gateway));
    query.addBindValue(gatewayName());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

DemoHistory::Result DemoHistory::fill(const Options &options, const Progress &progress) const
{
    Result result;
    const QSqlDatabase store = QSqlDatabase::database(m_store->connectionName(), false);
    if (options.invoices < 0 || options.invoices > MaxInvoices) {
        result.error = tr("The number of demo invoices must be from 0 to %1.").arg(MaxInvoices);
        return result;
    }
    if (!store.isOpen()) {
        result.error = tr("The invoice history is not open.");
        return result;
    }
    if (store.driverName() != QLatin1String("QSQLITE")) {
        result.error = tr("Demo invoices can only be written into a history kept in a file on this computer (SQLite).");
        return result;
    }
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();

    Connection db;
    auto failed = [&](const QString &error) {
        db.run("ROLLBACK");
        result.outcome = Outcome::Failed;
        result.error = tr("The demo invoices could not be written: %1").arg(error);
        return result;
    };
    if (!db.open(store.databaseName()))
        return failed(db.error());
    // Take the write lock at once; the question below and the writing are one.
    if (!db.run("BEGIN IMMEDIATE"))
        return failed(db.error());
    sqlite3_stmt *real = db.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NULL OR %2 <> ?")
                                            .arg(Invoices, Col::Gateway));
    if (!real)
        return failed(db.error());
    Connection::bind(real, 1, gatewayName());
    if (sqlite3_step(real) != SQLITE_ROW)
        return failed(db.error());
    result.realInvoices = sqlite3_column_int64(real, 0);
    sqlite3_reset(real);
    if (result.realInvoices > 0 && !options.force) {
        db.run("ROLLBACK");
        result.outcome = Outcome::Refused;
        result.error = tr("The history holds %n real invoice(s), so no demo invoices were written. Add --force to "
                          "add demo invoices beside them (the real ones are kept).",
                          nullptr, int(std::min<qint64>(result.realInvoices, INT_MAX)));
        return result;
    }

    // The search index's triggers would flush the index once per row written
    // (FTS5 writes its pending terms at every statement's savepoint), which
    // costs more than all the rest: they are off during the load, and the
    // index is rebuilt once at the end, as the schema first builds it. Their
    // own text, read from the file, puts them back unchanged; all of it within
    // the transaction, so a failure leaves them as they were.
    QStringList searchTriggers;
    {
        sqlite3_stmt *triggers = db.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"));
        if (!triggers)
            return failed(db.error());
        Connection::bind(triggers, 1, QString(Invoices));
        QStringList names;
        while (sqlite3_step(triggers) == SQLITE_ROW) {
            const QString sql = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(triggers, 1)));
            if (sql.contains(Search)) {
                names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(triggers, 0)));
                searchTriggers << sql;
            }
        }
        sqlite3_reset(triggers);
        for (const QString &name : std::as_const(names)) {
            if (!db.run(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)))
                return failed(db.error());
        }
    }

    // The earlier demo invoices go; the real ones stay. With none of those,
    // both tables are emptied whole, which SQLite does without visiting rows.
    const QString onlyDemo = result.realInvoices > 0 ? QStringLiteral(" WHERE %1 = ?").arg(Col::Gateway) : QString();
    sqlite3_stmt *dropEvents = db.prepare(QStringLiteral("DELETE FROM %1%2")
                                                  .arg(Events, result.realInvoices > 0
                                                                   ? QStringLiteral(" WHERE %1 IN (SELECT %2 FROM %3%4)")
                                                                             .arg(Col::InvoiceId, Col::Id, Invoices, onlyDemo)
                                                                   : QString()));
    sqlite3_stmt *dropInvoices = db.prepare(QStringLiteral("DELETE FROM %1%2").arg(Invoices, onlyDemo));
    if (!dropEvents || !dropInvoices)
        return failed(db.error());
    if (result.realInvoices > 0) {
        Connection::bind(dropEvents, 1, gatewayName());
        Connection::bind(dropInvoices, 1, gatewayName());
    }
    if (!db.write(dropEvents) || !db.write(dropInvoices))
        return failed(db.error());
    result.replaced = db.changes();

    // Ids are given, not drawn one statement at a time, so that many rows go
    // in one statement; AUTOINCREMENT's counter follows them.
    qint64 nextId = 1;
    {
        sqlite3_stmt *last = db.prepare(QStringLiteral("SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), "
                                                       "COALESCE((SELECT MAX(%1) FROM %2), 0))")
                                                .arg(Col::Id, Invoices));
        if (!last)
            return failed(db.error());
        Connection::bind(last, 1, QString(Invoices));
        if (sqlite3_step(last) != SQLITE_ROW)
            return failed(db.error());
        nextId = sqlite3_column_int64(last, 0) + 1;
        sqlite3_reset(last);
    }
    QStringList invoiceColumns{Col::Id};
    for (QLatin1String column : Generator::columns())
        invoiceColumns << column;
    RowsInsert invoices(db, Invoices, invoiceColumns, 64);
    RowsInsert events(db, Events, {Col::InvoiceId, Col::At, Col::State, Col::RawAnswer}, 256);
    sqlite3_stmt *taken = db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(Invoices, Col::OrderId));
    if (!taken)
        return failed(db.error());

    // When each invoice was made, by its fate, then in time order (the history
    // pages by id: creation order).
    const qint64 total = options.invoices;
    Random random(options.seed);
    const Calendar calendar(nowMs, options.zone, options.years);
    std::vector<Slot> timeline;
    timeline.reserve(size_t(total));
    {
        const std::vector<State> states = statesFor(total, random);
        const qint64 first = calendar.firstMs();
        for (State state : states) {
            qint64 low = first, high = nowMs - HourMs;
            switch (state) {
            case State::Open: low = nowMs - 6 * HourMs; high = nowMs - MinuteMs; break;
            case State::PaymentSeen: low = nowMs - 3 * DayMs; high = nowMs - 30 * MinuteMs; break;
            case State::Expired:
            case State::PaidLate: high = nowMs - 50 * HourMs; break;
            default: break;
            }
            timeline.push_back({calendar.sample(random, std::max(low, first), std::max(high, first)), state});
        }
    }
    std::stable_sort(timeline.begin(), timeline.end(), [](const Slot &a, const Slot &b) { return a.createdMs < b.createdMs; });

    // The invoices are made on a thread of their own while this one writes
    // them: the two cores share the work.
    constexpr qint32 BatchRows = 2048;
    Pipe pipe(4);
    Worker worker(pipe);
    // Regular customers: about one for every 25 sales.
    auto generator = std::make_shared<Generator>(options, nowMs, std::clamp<qint64>(total / 25, 20, 40000));
    worker.start([&pipe, &timeline, generator, total] {
        qint64 next = 0;
        while (next < total) {
            Batch *batch = pipe.takeSpare();
            if (!batch)
                return;
            batch->clear();
            for (qint32 i = 0; i < BatchRows && next < total; ++i)
                generator->make(timeline[size_t(next++)], *batch);
            pipe.giveReady(batch);
        }
        pipe.finish();
    });

    const qint64 step = std::max<qint64>(1, total / 100);
    Random renamer(options.seed ^ 0x85ebca6bu);
    while (Batch *batch = pipe.takeReady()) {
        size_t nextEvent = 0;
        for (qint32 row = 0; row < batch->rows; ++row) {
            const Cell *cells = batch->cells.data() + size_t(row) * Generator::ValueCount;
            const qint64 id = nextId++;
            std::array<Cell, Generator::ValueCount + 1> values;
            values[0] = batch->number(id);
            std::copy(cells, cells + Generator::ValueCount, values.begin() + 1);
            // With --force, a real invoice may hold the order number already.
            std::string renamed;
            if (result.realInvoices > 0) {
                std::string orderId = batch->string(cells[Generator::OrderIdV]);
                for (;;) {
                    sqlite3_bind_text(taken, 1, orderId.data(), int(orderId.size()), SQLITE_STATIC);
                    const int found = sqlite3_step(taken);
                    sqlite3_reset(taken);
                    if (found == SQLITE_DONE)
                        break;
                    if (found != SQLITE_ROW)
                        return failed(db.error());
                    // Four characters where the generator writes three: never a
                    // demo invoice's.
                    orderId.resize(orderId.size() - 3);
                    for (int i = 0; i < 4; ++i)
                        orderId += "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"[renamer.below(32)];
                    renamed = orderId;
                }
            }
            if (!renamed.empty() ? !invoices.writeAlone(*batch, values.data(), 1 + Generator::OrderIdV, renamed)
                                 : !invoices.add(*batch, values.data()))
                return failed(db.error());
            for (; nextEvent < batch->events.size() && batch->events[nextEvent].row == row; ++nextEvent) {
                const Batch::Event &change = batch->events[nextEvent];
                const Cell eventValues[] = {batch->number(id), change.at, change.state, change.raw};
                if (!events.add(*batch, eventValues))
                    return failed(db.error());
                ++result.events;
            }
            ++result.invoices;
            if (progress && (result.invoices % step == 0 || result.invoices == total)
                && !progress(result.invoices, total)) {
                db.run("ROLLBACK");
                return Result{Outcome::Cancelled, 0, 0, 0, result.realInvoices, tr("Stopped; no demo invoices were written.")};
            }
        }
        // The batch's text is bound in place: written before it goes back.
        if (!invoices.flush(*batch) || !events.flush(*batch))
            return failed(db.error());
        pipe.giveSpare(batch);
    }
    worker.join();
    if (!searchTriggers.isEmpty()) {
        if (!db.run(QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(Search)))
            return failed(db.error());
        for (const QString &sql : std::as_const(searchTriggers)) {
            if (!db.run(sql))
                return failed(db.error());
        }
    }
    if (!db.run("COMMIT"))
        return failed(db.error());
    // One big transaction leaves a WAL file as large as the data: give the
    // space back now that the history holds it.
    db.run("PRAGMA wal_checkpoint(TRUNCATE)");
    result.outcome = Outcome::Done;
    return result;
}
