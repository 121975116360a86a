#include "gateway/CreateInvoiceRequest.h"
#include "invoice/CoinCatalogue.h"
#include "invoice/CurrencyCatalogue.h"
#include "invoice/InvoiceFieldTable.h"
#include "invoice/InvoiceValidator.h"
#include "settings/TillSettings.h"
#include "store/InvoiceSchema.h"
#include "store/InvoiceStore.h"

#include <QFile>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceFieldTable;

namespace {
// A value for each kind that differs from a new InvoiceFields' (and from every
// other row's), so that a field which does not travel shows up.
void fill(QString &text, int row) { text = QStringLiteral("value-%1").arg(row); }
void fill(Amount &amount, int row) { amount = Amount::fromDecimal(1000 + row, 2); }
void fill(std::optional<Amount> &amount, int row) { amount = Amount::fromDecimal(100 + row, 2); }
void fill(bool &on, int) { on = true; }
void fill(int &number, int row) { number = 1 + row; }
void fill(QStringList &list, int row) { list = QStringList{QStringLiteral("C%1").arg(row), QStringLiteral("LTC")}; }

// Every field of the table filled, by the table alone: a row added to the table
// is covered by the tests below without touching them.
InvoiceFields everyFieldFilled()
{
    InvoiceFields f;
    int row = 0;
    for (const FieldSpec &spec : fields()) {
        visit(spec, f, [row](auto &field) { fill(field, row); });
        ++row;
    }
    return f;
}

QString nameOf(const FieldSpec &spec)
{
    return QString(spec.wireName);
}
}

// The one table of the invoice's fields: every field's names pinned, and every
// row reaching the wire, the history and the till's defaults.
class TestInvoiceFieldTable : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldHasItsNames_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("wireName");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("defaultsKey");
        QTest::addColumn<bool>("required");
        QTest::addColumn<int>("position");
        // The gateway ignores a misspelt field and an old history file keeps its
        // columns: these spellings never change.
        int position = 0; // the rows follow InvoiceFields, which is the wire form's order
        auto row = [&position](const char *name, InvoiceField field, Kind kind, const char *wire, const char *column,
                      const char *key, bool required = false) {
            QTest::newRow(name) << int(field) << int(kind) << QString::fromLatin1(wire) << QString::fromLatin1(column)
                                << QString::fromLatin1(key) << required << position++;
        };
        row("price", InvoiceField::Price, Kind::Amount, "price_amount", "price_amount", "", true);
        row("currency", InvoiceField::Currency, Kind::Text, "price_currency", "price_currency", "currency", true);
        row("orderId", InvoiceField::OrderId, Kind::Text, "order_id", "order_id", "", true);
        row("email", InvoiceField::Email, Kind::Text, "email", "email", "");
        row("title", InvoiceField::Title, Kind::Text, "title", "title", "");
        row("description", InvoiceField::Description, Kind::Text, "description", "description", "");
        row("test", InvoiceField::Test, Kind::Flag, "test", "test", ""); // never a default
        row("addFeeToPrice", InvoiceField::AddFeeToPrice, Kind::Flag, "add_fee_to_price", "add_fee_to_price",
            "addFeeToPrice");
        row("margin", InvoiceField::Margin, Kind::OptionalAmount, "margin_ratio", "margin_ratio", "margin");
        row("expiryHours", InvoiceField::Expiry, Kind::WholeNumber, "expiration_date", "expiry_hours", "expiryHours");
        row("pageTemplate", InvoiceField::PageTemplate, Kind::Text, "template", "page_template", "template");
        row("successUrl", InvoiceField::SuccessUrl, Kind::Text, "success_url", "success_url", "successUrl");
        row("cancelUrl", InvoiceField::CancelUrl, Kind::Text, "cancel_url", "cancel_url", "cancelUrl");
        row("callbackUrl", InvoiceField::CallbackUrl, Kind::Text, "callback_url", "callback_url", "callbackUrl");
        row("merchantId", InvoiceField::MerchantId, Kind::Text, "merchant_id", "merchant_id", "merchantId");
        row("customerId", InvoiceField::CustomerId, Kind::Text, "customer_id", "customer_id", "");
        row("bannedCoins", InvoiceField::BannedCoins, Kind::List, "banned_coins", "banned_coins", "bannedCoins");
        row("whiteLabel", InvoiceField::WhiteLabel, Kind::Flag, "white_label", "white_label", "whiteLabel");
    }

    void everyFieldHasItsNames()
    {
        QFETCH(int, field);
        QFETCH(int, kind);
        QFETCH(QString, wireName);
        QFETCH(QString, column);
        QFETCH(QString, defaultsKey);
        QFETCH(bool, required);
        QFETCH(int, position);
        const FieldSpec &spec = InvoiceFieldTable::field(InvoiceField(field));
        QCOMPARE(int(spec.id), field);
        QCOMPARE(int(spec.kind()), kind);
        QCOMPARE(QString(spec.wireName), wireName);
        QCOMPARE(QString(spec.column), column);
        QCOMPARE(QString(spec.defaultsKey), defaultsKey);
        QCOMPARE(spec.isTillDefault(), !defaultsKey.isEmpty());
        QCOMPARE(spec.required, required);
        QCOMPARE(int(&spec - fields().data()), position);
    }

    void eachFieldHasExactlyOneRow()
    {
        QCOMPARE(int(fields().size()), 18);
        QSet<int> ids;
        QSet<QString> wireNames, columns, keys;
        for (const FieldSpec &spec : fields()) {
            ids.insert(int(spec.id));
            wireNames.insert(spec.wireName);
            columns.insert(spec.column);
            if (spec.isTillDefault())
                keys.insert(spec.defaultsKey);
            for (const FieldSpec &other : fields())
                QVERIFY2(&spec == &other || spec.member != other.member, qPrintable(nameOf(spec)));
        }
        QCOMPARE(ids.size(), int(fields().size()));
        QCOMPARE(wireNames.size(), int(fields().size()));
        QCOMPARE(columns.size(), int(fields().size()));
        // Every name of InvoiceField has its row.
        for (int id = 0; id < int(fields().size()); ++id)
            QVERIFY(ids.contains(id));
        // And operator== sees every row: changing any one field alone is a change.
        const InvoiceFields filled = everyFieldFilled();
        for (const FieldSpec &spec : fields()) {
            InvoiceFields one;
            copy(spec, filled, one);
            QVERIFY2(!(one == InvoiceFields()), qPrintable(nameOf(spec)));
            QVERIFY2(!same(spec, one, InvoiceFields()), qPrintable(nameOf(spec)));
        }
        QVERIFY(filled == everyFieldFilled());
    }

    void everyRowReachesTheWire()
    {
        const InvoiceFields filled = everyFieldFilled();
        const FormBody form = CreateInvoiceRequest::form(filled);
        QCOMPARE(form.fields().size(), qsizetype(fields().size()));
        int i = 0;
        for (const FieldSpec &spec : fields()) {
            QCOMPARE(form.fields().at(i).first, QString(spec.wireName));
            QVERIFY2(!form.fields().at(i).second.isEmpty(), qPrintable(nameOf(spec)));
            ++i;
        }
        // What a server decodes is what was meant.
        const FormBody decoded = FormBody::decode(form.encoded());
        QCOMPARE(decoded.fields(), form.fields());
        // A new InvoiceFields sends only what always has a value.
        QCOMPARE(CreateInvoiceRequest::form(InvoiceFields()).encoded(), QByteArray("price_amount=0&price_currency=USD"));
    }

    void everyRowReachesTheHistoryAndComesBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("invoices.sqlite"));
        const InvoiceFields filled = everyFieldFilled();
        InvoiceFields empty; // every optional field empty: NULL in the file, empty again when read
        empty.orderId = QStringLiteral("EMPTY-1");
        qint64 filledId = -1, emptyId = -1;
        {
            InvoiceStore store;
            QCOMPARE(store.open(path), QString());
            filledId = store.createSending(filled);
            emptyId = store.createSending(empty);
            QVERIFY(filledId > 0 && emptyId > 0);
        }
        InvoiceStore reopened;
        QCOMPARE(reopened.open(path), QString());
        const auto filledBack = reopened.find(filledId);
        const auto emptyBack = reopened.find(emptyId);
        QVERIFY(filledBack && emptyBack);
        for (const FieldSpec &spec : fields()) {
            QVERIFY2(same(spec, filledBack->fields, filled), qPrintable(nameOf(spec)));
            QVERIFY2(same(spec, emptyBack->fields, empty), qPrintable(nameOf(spec)));
        }

        // Each field in its own column: filled, it is there; empty and optional, NULL.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const FieldSpec &spec : fields()) {
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = %4")
                                       .arg(spec.column, InvoiceSchema::Invoices, InvoiceSchema::Col::Id)
                                       .arg(filledId)));
                QVERIFY(q.next());
                QVERIFY2(!q.isNull(0), qPrintable(nameOf(spec)));
                QVERIFY(q.exec(QStringLiteral("SELECT %1 IS NULL FROM %2 WHERE %3 = %4")
                                       .arg(spec.column, InvoiceSchema::Invoices, InvoiceSchema::Col::Id)
                                       .arg(emptyId)));
                QVERIFY(q.next());
                const bool storedAsNull = q.value(0).toBool();
                const bool emptyOptionalText = spec.kind() == Kind::Text && !spec.required && spec.text(empty).isEmpty();
                const bool nothing = spec.kind() == Kind::OptionalAmount || spec.kind() == Kind::List; // none, no coins
                QCOMPARE(storedAsNull, emptyOptionalText || nothing);
            }
            // The price is also kept as a whole number of 10^-8.
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = %4")
                                   .arg(InvoiceSchema::Col::PriceUnits, InvoiceSchema::Invoices, InvoiceSchema::Col::Id)
                                   .arg(filledId)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), filled.price.sortKey());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    void tillDefaultsAreTheRowsWithAKey()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        const InvoiceFields filled = everyFieldFilled();
        {
            QSettings file(path, QSettings::IniFormat);
            TillSettings settings(&file);
            settings.setInvoiceDefaults(filled);
        }
        QSettings file(path, QSettings::IniFormat);
        for (const FieldSpec &spec : fields()) {
            const QString key = QStringLiteral("defaults/") + spec.defaultsKey;
            QCOMPARE(spec.isTillDefault() && file.contains(key), spec.isTillDefault());
        }
        file.beginGroup(QStringLiteral("defaults"));
        QCOMPARE(file.childKeys().size(), int(std::count_if(fields().cbegin(), fields().cend(),
                                                            [](const FieldSpec &s) { return s.isTillDefault(); })));
        file.endGroup();

        TillSettings reread(&file);
        const InvoiceFields defaults = reread.invoiceDefaults();
        for (const FieldSpec &spec : fields()) {
            // A default comes back as it was; what belongs to one sale is never kept.
            QVERIFY2(same(spec, defaults, spec.isTillDefault() ? filled : InvoiceFields()), qPrintable(nameOf(spec)));
        }
        QVERIFY(!defaults.test);
    }

    void theSettingsFileKeepsItsFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        InvoiceFields f;
        f.currency = QStringLiteral("EUR");
        f.addFeeToPrice = true;
        f.margin = Amount::fromCanonical(QStringLiteral("0.5"));
        f.expiryHours = 12;
        f.pageTemplate = QStringLiteral("slate");
        f.successUrl = QStringLiteral("https://shop.example/ok");
        f.merchantId = QStringLiteral("shop 7");
        f.bannedCoins = {QStringLiteral("BTC"), QStringLiteral("LTC")};
        f.title = QStringLiteral("one sale's");
        f.test = true;
        {
            QSettings file(path, QSettings::IniFormat);
            TillSettings settings(&file);
            settings.setInvoiceDefaults(f);
        }
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("[defaults]\n"
                                               "addFeeToPrice=true\n"
                                               "bannedCoins=BTC, LTC\n"
                                               "callbackUrl=\n"
                                               "cancelUrl=\n"
                                               "currency=EUR\n"
                                               "expiryHours=12\n"
                                               "margin=0.5\n"
                                               "merchantId=shop 7\n"
                                               "successUrl=https://shop.example/ok\n"
                                               "template=slate\n"
                                               "whiteLabel=false\n"));
    }

    void theValidatorReadsLimitsAndFormatsFromTheTable()
    {
        CurrencyCatalogue currencies;
        CoinCatalogue coins;
        InvoiceValidator validator(&currencies, &coins);
        InvoiceFields valid;
        valid.price = *Amount::fromCanonical(QStringLiteral("10"));
        valid.orderId = QStringLiteral("K7QD-1");
        QVERIFY(validator.validate(valid).isEmpty());
        int limited = 0;
        for (const FieldSpec &spec : fields()) {
            if (spec.kind() != Kind::Text || spec.maxLength == 0)
                continue;
            ++limited;
            // A text of the right form, exactly at the limit and one past it.
            auto ofLength = [&spec](int length) {
                switch (spec.format) {
                case TextFormat::Digits:
                    return QString(length, QLatin1Char('7'));
                case TextFormat::WebAddress:
                case TextFormat::PublicWebAddress: {
                    const QString start = QStringLiteral("https://shop.example/");
                    return start + QString(length - start.size(), QLatin1Char('p'));
                }
                default:
                    return QString(length, QLatin1Char('x'));
                }
            };
            InvoiceFields f = valid;
            spec.text(f) = ofLength(spec.maxLength);
            QVERIFY2(validator.validate(f).isEmpty(), qPrintable(nameOf(spec)));
            spec.text(f) = ofLength(spec.maxLength + 1);
            const QList<FieldIssue> issues = validator.validate(f);
            QCOMPARE(issues.size(), 1);
            QCOMPARE(int(issues.constFirst().field), int(spec.id));
        }
        QCOMPARE(limited, 8); // order, title, description, three addresses, merchant, customer
        // The callback address must be public; the other addresses need not be.
        for (const FieldSpec &spec : fields()) {
            if (spec.format != TextFormat::WebAddress && spec.format != TextFormat::PublicWebAddress)
                continue;
            InvoiceFields f = valid;
            spec.text(f) = QStringLiteral("http://localhost:8080/hook");
            QCOMPARE(validator.validate(f).isEmpty(), spec.format == TextFormat::WebAddress);
        }
    }
};

QTEST_GUILESS_MAIN(TestInvoiceFieldTable)
#include "tst_invoicefieldtable.moc"
