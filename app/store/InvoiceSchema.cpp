#include "store/InvoiceSchema.h"

#include "invoice/Amount.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace {
class SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceSchema)
};

QStringList version1()
{
    using namespace InvoiceSchema;
    using namespace InvoiceSchema::Col;
    return {
        QStringLiteral("CREATE TABLE %1 (%2 INTEGER NOT NULL)").arg(Meta, Version),
        QStringLiteral("CREATE TABLE %1 ("
                       "%2 INTEGER PRIMARY KEY AUTOINCREMENT, %3 TEXT NOT NULL UNIQUE, "
                       "%4 TEXT NOT NULL, %5 TEXT NOT NULL, %6 TEXT NOT NULL, "
                       "%7 TEXT NOT NULL, %8 TEXT NOT NULL, %9 TEXT, %10 TEXT, %11 TEXT, "
                       "%12 INTEGER NOT NULL DEFAULT 0, %13 INTEGER NOT NULL DEFAULT 0, %14 TEXT, "
                       "%15 INTEGER NOT NULL DEFAULT 0, %16 TEXT, %17 TEXT, %18 TEXT, %19 TEXT, "
                       "%20 TEXT, %21 TEXT, %22 TEXT, %23 INTEGER NOT NULL DEFAULT 0, "
                       "%24 TEXT, %25 TEXT, %26 TEXT)")
                .arg(Invoices, Id, OrderId, CreatedAt, UpdatedAt, State, PriceAmount,
                     PriceCurrency, Email)
                .arg(Title, Description, Test, AddFee, Margin, ExpiryHours, Template,
                     SuccessUrl, CancelUrl)
                .arg(CallbackUrl, MerchantId, CustomerId, BannedCoins, WhiteLabel, PaymentUrl,
                     FailureText, GatewayMessages),
        QStringLiteral("CREATE INDEX invoices_created ON %1 (%2)").arg(Invoices, CreatedAt),
        QStringLiteral("CREATE INDEX invoices_state ON %1 (%2)").arg(Invoices, State),
        QStringLiteral("CREATE TABLE %1 (%2 INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "%3 INTEGER NOT NULL REFERENCES %4(%5), %6 TEXT NOT NULL, "
                       "%7 TEXT NOT NULL, %8 TEXT)")
                .arg(Events, Id, InvoiceId, Invoices, Id, At, State, RawAnswer),
        QStringLiteral("CREATE INDEX events_invoice ON %1 (%2)").arg(Events, InvoiceId),
        QStringLiteral("INSERT INTO %1 (%2) VALUES (0)").arg(Meta, Version),
    };
}
QStringList version2()
{
    using namespace InvoiceSchema;
    using namespace InvoiceSchema::Col;
    return {
        QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT").arg(Invoices, ExpiresAt),
        QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT").arg(Invoices, PaidAmount),
        QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT").arg(Invoices, PaidCurrency),
    };
}

QStringList version3()
{
    using namespace InvoiceSchema;
    using namespace InvoiceSchema::Col;
    return {QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT").arg(Invoices, Gateway)};
}

QStringList version4()
{
    using namespace InvoiceSchema;
    using namespace InvoiceSchema::Col;
    QStringList statements;
    for (QLatin1String column : {CoinOffers, Coin, Network, CoinAddress, CoinAmount})
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT").arg(Invoices, column);
    return statements;
}
QStringList version5()
{
    using namespace InvoiceSchema;
    using namespace InvoiceSchema::Col;
    return {
        QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 0").arg(Invoices, ExpiryConfirmed),
        // Following payments asks for one account's invoices in a few states.
        QStringLiteral("CREATE INDEX invoices_gateway_state ON %1 (%2, %3)").arg(Invoices, Gateway, State),
        QStringLiteral("CREATE INDEX invoices_order ON %1 (%2)").arg(Invoices, OrderId),
    };
}
QStringList version6()
{
    using namespace InvoiceSchema;
    using namespace InvoiceSchema::Col;
    return {QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT").arg(Invoices, Sender)};
}
// The columns a search looks in: what a shop remembers of a sale.
QList<QLatin1String> searchedColumns()
{
    using namespace InvoiceSchema::Col;
    return {OrderId, Title, Email, CustomerId, CoinAddress};
}

QStringList version7()
{
    using namespace InvoiceSchema;
    using namespace InvoiceSchema::Col;
    QStringList columns, fresh, stale;
    for (QLatin1String column : searchedColumns()) {
        columns << column;
        fresh << QStringLiteral("new.") + column;
        stale << QStringLiteral("old.") + column;
    }
    const QString list = columns.join(QLatin1Char(','));
    const QString insert = QStringLiteral("INSERT INTO %1(rowid,%2) VALUES (new.%3,%4);")
                                   .arg(Search, list, Id, fresh.join(QLatin1Char(',')));
    const QString remove = QStringLiteral("INSERT INTO %1(%1,rowid,%2) VALUES ('delete',old.%3,%4);")
                                   .arg(Search, list, Id, stale.join(QLatin1Char(',')));
    return {
        QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 INTEGER").arg(Invoices, PriceUnits),
        QStringLiteral("CREATE INDEX invoices_price ON %1 (%2)").arg(Invoices, PriceUnits),
        QStringLiteral("CREATE INDEX invoices_currency ON %1 (%2)").arg(Invoices, PriceCurrency),
        // Totals group by these and sum the last: read from the index alone,
        // never from the wide rows.
        QStringLiteral("CREATE INDEX invoices_totals ON %1 (%2, %3, %4, %5)").arg(Invoices, PriceCurrency, State, Test, PriceUnits),
        // External content: the text stays in the invoices table, the index
        // holds trigrams only.
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='%4', tokenize='trigram')")
                .arg(Search, list, Invoices, Id),
        QStringLiteral("CREATE TRIGGER invoice_search_insert AFTER INSERT ON %1 BEGIN %2 END").arg(Invoices, insert),
        QStringLiteral("CREATE TRIGGER invoice_search_delete AFTER DELETE ON %1 BEGIN %2 END").arg(Invoices, remove),
        QStringLiteral("CREATE TRIGGER invoice_search_update AFTER UPDATE OF %1 ON %2 BEGIN %3 %4 END")
                .arg(list, Invoices, remove, insert),
        QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(Search),
    };
}

QStringList version8(const QSqlDatabase &db)
{
    using namespace InvoiceSchema;
    using namespace InvoiceSchema::Col;
    // Written as PostgreSQL would take them too, except the triggers' bodies
    // (RAISE is SQLite's; PostgreSQL needs a PL/pgSQL function for each).
    // IF NOT EXISTS: a file taken back to an older version by hand (as tests
    // do) keeps these tables, and comes up again without losing a Z report.
    const auto refuse = [](const QString &name, const QString &when, const QString &message) {
        return QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 %2 BEGIN SELECT RAISE(ABORT, '%3'); END").arg(name, when, message);
    };
    QStringList statements;
    // ALTER TABLE has no IF NOT EXISTS: a file taken back to version 7 by hand
    // keeps its column.
    if (db.record(Invoices).indexOf(Till) < 0)
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT").arg(Invoices, Till);
    return statements + QStringList{
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2 INTEGER PRIMARY KEY AUTOINCREMENT, %3 TEXT NOT NULL, %4 TEXT NOT NULL, "
                       "%5 TEXT, %6 TEXT, %7 TEXT, %8 INTEGER UNIQUE)")
                .arg(Shifts, Id, OpenedAt, OpenedBy, OpeningNote, ClosedAt, ClosedBy, ZNumber),
        // At most one shift open at a time, whichever console opens it: every
        // open shift has the same key (true), and the index holds open ones only.
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS shifts_one_open ON %1 ((%2 IS NULL)) WHERE %2 IS NULL").arg(Shifts, ClosedAt),
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2 INTEGER PRIMARY KEY, %3 INTEGER NOT NULL UNIQUE REFERENCES %4(%5), "
                       "%6 TEXT NOT NULL, %7 TEXT NOT NULL)")
                .arg(ZReports, Number, ShiftId, Shifts, Id, ClosedAt, Report),
        // A Z report is a fiscal document: what was printed stays as printed. A
        // correction is a new document, never an edit.
        refuse(QStringLiteral("z_reports_no_update"), QStringLiteral("BEFORE UPDATE ON %1").arg(ZReports),
               QStringLiteral("A Z report cannot be changed")),
        refuse(QStringLiteral("z_reports_no_delete"), QStringLiteral("BEFORE DELETE ON %1").arg(ZReports),
               QStringLiteral("A Z report cannot be deleted")),
        refuse(QStringLiteral("shifts_closed_no_update"),
               QStringLiteral("BEFORE UPDATE ON %1 FOR EACH ROW WHEN old.%2 IS NOT NULL").arg(Shifts, ClosedAt),
               QStringLiteral("A closed shift cannot be changed")),
        refuse(QStringLiteral("shifts_no_delete"), QStringLiteral("BEFORE DELETE ON %1").arg(Shifts),
               QStringLiteral("A shift cannot be deleted")),
        // INSERT OR REPLACE (and UPDATE OR REPLACE) deletes the row in its way
        // without firing delete triggers: whatever would take the place of a
        // Z report or a shift is refused before SQLite gets to replace it.
        refuse(QStringLiteral("z_reports_no_replace"),
               QStringLiteral("BEFORE INSERT ON %1 FOR EACH ROW WHEN EXISTS (SELECT 1 FROM %1 WHERE %2 = new.%2 OR %3 = new.%3)")
                       .arg(ZReports, Number, ShiftId),
               QStringLiteral("A Z report cannot be replaced")),
        refuse(QStringLiteral("shifts_no_replace"),
               QStringLiteral("BEFORE INSERT ON %1 FOR EACH ROW WHEN EXISTS (SELECT 1 FROM %1 WHERE %2 = new.%2 OR %3 = new.%3 "
                              "OR (%4 IS NULL AND new.%4 IS NULL))")
                       .arg(Shifts, Id, ZNumber, ClosedAt),
               QStringLiteral("A shift cannot be replaced, and only one shift can be open")),
        refuse(QStringLiteral("shifts_no_replace_on_update"),
               QStringLiteral("BEFORE UPDATE ON %1 FOR EACH ROW WHEN EXISTS (SELECT 1 FROM %1 WHERE %2 <> old.%2 AND "
                              "(%2 = new.%2 OR %3 = new.%3 OR (%4 IS NULL AND new.%4 IS NULL)))")
                       .arg(Shifts, Id, ZNumber, ClosedAt),
               QStringLiteral("A shift cannot take the place of another")),
        // A row is a receipt printed, or one being printed (status "printing":
        // a console's claim, so that two consoles seeing one payment print one
        // original). `state` is the invoice's state the receipt printed: a
        // bill printed before the payment is no copy of the paid receipt.
        // `paper` tells a printer from a file: only paper makes a duplicate.
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (%2 INTEGER PRIMARY KEY AUTOINCREMENT, %3 INTEGER NOT NULL REFERENCES %4(%2), "
                       "%5 TEXT NOT NULL, %6 TEXT NOT NULL, %7 INTEGER NOT NULL, %8 TEXT NOT NULL, "
                       "%9 INTEGER NOT NULL CHECK (%9 IN (0, 1)), %10 TEXT NOT NULL CHECK (%10 IN ('printing', 'printed')))")
                .arg(ReceiptPrints, Id, InvoiceId, Invoices, PrintedAt, Target, Duplicate, State, Paper)
                .arg(Status),
        QStringLiteral("CREATE INDEX IF NOT EXISTS receipt_prints_invoice ON %1 (%2)").arg(ReceiptPrints, InvoiceId),
        // A report finds the payments of earlier invoices made in its period
        // by the time of the change (a day: 2 ms instead of a scan of every
        // change of every invoice, 0.6 s at a million invoices).
        QStringLiteral("CREATE INDEX IF NOT EXISTS events_at ON %1 (%2, %3, %4)").arg(Events, At, State, InvoiceId),
    };
}

// Fills price_units of rows written before version 7, from the exact text (SQL
// would go through a double).
QString fillPriceUnits(QSqlDatabase &db)
{
    using namespace InvoiceSchema;
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    if (!read.exec(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 IS NULL").arg(Col::Id, Col::PriceAmount, Invoices, Col::PriceUnits))
        || !write.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(Invoices, Col::PriceUnits, Col::Id)))
        return read.lastError().isValid() ? read.lastError().text() : write.lastError().text();
    while (read.next()) {
        const auto price = Amount::fromCanonical(read.value(1).toString());
        write.addBindValue(price ? price->sortKey() : 0);
        write.addBindValue(read.value(0));
        if (!write.exec())
            return write.lastError().text();
    }
    return QString();
}
} // namespace

QList<QLatin1String> InvoiceSchema::searchedColumns()
{
    return ::searchedColumns();
}

int InvoiceSchema::versionOf(QSqlDatabase &db)
{
    if (!db.tables().contains(Meta))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(Col::Version, Meta)) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString InvoiceSchema::migrate(QSqlDatabase &db)
{
    const int version = versionOf(db);
    if (version < 0)
        return SchemaText::tr("The invoice history could not be read: %1").arg(db.lastError().text());
    if (version > CurrentVersion)
        return SchemaText::tr("The invoice history was written by a newer version of Merchant Console. Update the console to open it.");
    if (version == CurrentVersion)
        return QString();

    const QList<QStringList> steps = {version1(), version2(), version3(), version4(), version5(), version6(), version7(),
                                     version8(db)};
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery query(db);
    for (int step = version; step < CurrentVersion; ++step) {
        for (const QString &statement : steps.at(step)) {
            if (!query.exec(statement)) {
                const QString error = query.lastError().text();
                db.rollback();
                return SchemaText::tr("The invoice history could not be prepared: %1").arg(error);
            }
        }
        if (step + 1 == 7) {
            const QString error = fillPriceUnits(db);
            if (!error.isEmpty()) {
                db.rollback();
                return SchemaText::tr("The invoice history could not be prepared: %1").arg(error);
            }
        }
    }
    if (!query.exec(QStringLiteral("UPDATE %1 SET %2 = %3").arg(Meta, Col::Version).arg(CurrentVersion))
        || !db.commit()) {
        const QString error = query.lastError().text();
        db.rollback();
        return error;
    }
    return QString();
}
