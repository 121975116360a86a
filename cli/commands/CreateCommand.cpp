#include "commands/CreateCommand.h"

#include "CliOutput.h"
#include "CliSession.h"
#include "EventWait.h"
#include "ExitCode.h"
#include "commands/InvoiceReport.h"

#include <QCommandLineParser>

namespace Opt {
const QString Amount = QStringLiteral("amount");
const QString Currency = QStringLiteral("currency");
const QString OrderId = QStringLiteral("order-id");
const QString Title = QStringLiteral("title");
const QString Email = QStringLiteral("email");
const QString Description = QStringLiteral("description");
const QString Test = QStringLiteral("test");
const QString WhiteLabel = QStringLiteral("white-label");
const QString Banned = QStringLiteral("banned");
const QString Margin = QStringLiteral("margin");
const QString ExpiryHours = QStringLiteral("expiry-hours");
const QString Template = QStringLiteral("template");
const QString SuccessUrl = QStringLiteral("success-url");
const QString CancelUrl = QStringLiteral("cancel-url");
const QString CallbackUrl = QStringLiteral("callback-url");
const QString MerchantId = QStringLiteral("merchant-id");
const QString CustomerId = QStringLiteral("customer-id");
const QString AddFee = QStringLiteral("add-fee");
}

QString CreateCommand::summary() const
{
    return tr("Create an invoice as the window's Create button does, and print its order number and payment "
              "page (or, for white label, the coins offered).");
}

QList<QCommandLineOption> CreateCommand::options() const
{
    return {
        {Opt::Amount, tr("The price, with '.' for decimals (required)."), tr("AMOUNT")},
        {Opt::Currency, tr("The price's currency (default USD)."), tr("CODE"), QStringLiteral("USD")},
        {Opt::OrderId, tr("The order number (default: a new one made by the till)."), tr("ID")},
        {Opt::Title, tr("A title shown on the payment page."), tr("TEXT")},
        {Opt::Email, tr("The customer's e-mail address."), tr("ADDRESS")},
        {Opt::Description, tr("A description shown on the payment page."), tr("TEXT")},
        {Opt::Test, tr("A TEST invoice: no money moves, it pays itself. Never remembered.")},
        {Opt::WhiteLabel, tr("White label: ask for the coins offered instead of a payment page.")},
        {Opt::Banned, tr("Coins the customer may not pay with, separated by commas (BTC,USDT-ERC20)."), tr("CODES")},
        {Opt::Margin, tr("The underpayment tolerance in USDT (at least 0.01)."), tr("AMOUNT")},
        {Opt::ExpiryHours, tr("Hours until the invoice expires (the gateway may keep its own)."), tr("HOURS")},
        {Opt::Template, tr("The payment page's design: classic, slate, paper or mint."), tr("NAME")},
        {Opt::SuccessUrl, tr("Where the customer's browser goes after paying."), tr("URL")},
        {Opt::CancelUrl, tr("Where the customer's browser goes on cancelling."), tr("URL")},
        {Opt::CallbackUrl, tr("Where the gateway reports the payment (a public domain)."), tr("URL")},
        {Opt::MerchantId, tr("Your own reference for the shop."), tr("ID")},
        {Opt::CustomerId, tr("The customer's number (digits only)."), tr("NUMBER")},
        {Opt::AddFee, tr("The customer pays the gateway's commission.")},
    };
}

QString CreateCommand::optionFor(InvoiceField field)
{
    switch (field) {
    case InvoiceField::Price: return Opt::Amount;
    case InvoiceField::Currency: return Opt::Currency;
    case InvoiceField::OrderId: return Opt::OrderId;
    case InvoiceField::Email: return Opt::Email;
    case InvoiceField::Title: return Opt::Title;
    case InvoiceField::Description: return Opt::Description;
    case InvoiceField::Margin: return Opt::Margin;
    case InvoiceField::Expiry: return Opt::ExpiryHours;
    case InvoiceField::PageTemplate: return Opt::Template;
    case InvoiceField::SuccessUrl: return Opt::SuccessUrl;
    case InvoiceField::CancelUrl: return Opt::CancelUrl;
    case InvoiceField::CallbackUrl: return Opt::CallbackUrl;
    case InvoiceField::MerchantId: return Opt::MerchantId;
    case InvoiceField::CustomerId: return Opt::CustomerId;
    case InvoiceField::BannedCoins: return Opt::Banned;
    }
    return QString();
}

QStringList CreateCommand::readFields(const QCommandLineParser &parser, InvoiceFields *f)
{
    QStringList problems;
    if (!parser.isSet(Opt::Amount)) {
        problems << tr("Give the price with --amount, such as --amount 12.50.");
    } else if (const auto price = Amount::fromCanonical(parser.value(Opt::Amount).trimmed())) {
        f->price = *price;
        // As the form: a price has at most 8 decimals (the gateway's own unit).
        if (price->decimalsUsed() > Amount::TypedDecimals)
            problems << tr("--amount: use at most %n decimals.", nullptr, Amount::TypedDecimals);
    } else {
        problems << tr("--amount: \"%1\" is not an amount; write it with '.' for decimals and no "
                       "thousands separator, such as 1250.50.").arg(parser.value(Opt::Amount));
    }
    f->currency = parser.value(Opt::Currency).trimmed().toUpper();
    f->orderId = parser.value(Opt::OrderId).trimmed();
    f->title = parser.value(Opt::Title).trimmed();
    f->email = parser.value(Opt::Email).trimmed();
    f->description = parser.value(Opt::Description).trimmed();
    f->test = parser.isSet(Opt::Test);
    f->whiteLabel = parser.isSet(Opt::WhiteLabel);
    f->addFeeToPrice = parser.isSet(Opt::AddFee);
    for (const QString &code : parser.value(Opt::Banned).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!code.trimmed().isEmpty())
            f->bannedCoins << code.trimmed().toUpper();
    }
    if (parser.isSet(Opt::Margin)) {
        const auto margin = Amount::fromCanonical(parser.value(Opt::Margin).trimmed());
        if (margin && margin->decimalsUsed() <= Amount::TypedDecimals)
            f->margin = *margin;
        else
            problems << tr("--margin: \"%1\" is not an amount; write it with '.' for decimals, such as 0.5.")
                                .arg(parser.value(Opt::Margin));
    }
    if (parser.isSet(Opt::ExpiryHours)) {
        bool ok = false;
        f->expiryHours = parser.value(Opt::ExpiryHours).trimmed().toInt(&ok);
        if (!ok || f->expiryHours < 1)
            problems << tr("--expiry-hours needs a whole number of hours, such as 12.");
    }
    f->pageTemplate = parser.value(Opt::Template).trimmed();
    f->successUrl = parser.value(Opt::SuccessUrl).trimmed();
    f->cancelUrl = parser.value(Opt::CancelUrl).trimmed();
    f->callbackUrl = parser.value(Opt::CallbackUrl).trimmed();
    f->merchantId = parser.value(Opt::MerchantId).trimmed();
    f->customerId = parser.value(Opt::CustomerId).trimmed();
    return problems;
}

int CreateCommand::run(CommandContext &c)
{
    if (!c.arguments.isEmpty()) {
        c.out.error(tr("create takes options only; \"%1\" is not one.").arg(c.arguments.constFirst()));
        return ExitCode::Usage;
    }
    InvoiceFields fields;
    const QStringList problems = readFields(c.parser, &fields);
    for (const QString &problem : problems)
        c.out.error(problem);
    if (!problems.isEmpty())
        return ExitCode::Usage;

    ConsoleEngine &engine = c.session.engine();
    // Checked as the form checks them, before anything is opened or sent.
    const QList<FieldIssue> issues = engine.validator.validate(fields);
    for (const FieldIssue &issue : issues)
        c.out.error(QStringLiteral("--%1: %2").arg(optionFor(issue.field), issue.message));
    if (!issues.isEmpty())
        return ExitCode::Usage;

    if (const int code = c.openWithGateway(); code != ExitCode::Ok)
        return code;
    if (const int code = c.requireKeys(); code != ExitCode::Ok)
        return code;
    c.out.set(QStringLiteral("training"), c.session.isTraining());
    if (c.session.isTraining())
        c.out.line(tr("Training gateway: no real money moves."));

    EventWait answered;
    std::optional<InvoiceRecord> opened;
    std::optional<QPair<InvoiceRecord, GatewayResult>> refused;
    QObject::connect(&engine.checkout, &InvoiceCheckout::invoiceOpened, &engine.checkout,
                     [&](const InvoiceRecord &record) { opened = record; answered.done(); });
    QObject::connect(&engine.checkout, &InvoiceCheckout::invoiceNotCreated, &engine.checkout,
                     [&](const InvoiceRecord &record, const GatewayResult &result) {
        refused = qMakePair(record, result);
        answered.done();
    });

    // Stored as `sending` before it leaves, exactly as the window's Create.
    const InvoiceCheckout::Submission submission = engine.checkout.submit(fields);
    if (!submission.accepted) {
        for (const FieldIssue &issue : submission.issues)
            c.out.error(QStringLiteral("--%1: %2").arg(optionFor(issue.field), issue.message));
        if (!submission.issues.isEmpty())
            return ExitCode::Usage;
        c.out.error(submission.problem);
        return ExitCode::Failure;
    }
    c.out.set(QStringLiteral("order_id"), submission.orderId);
    if (!answered.wait(c.session.answerLimitMs())) {
        // The engine's own time-out should have ended it; never wait for ever.
        engine.checkout.cancel();
        answered.wait(5000);
    }

    // What the gateway said is kept in the history before the program ends: a
    // write the disk refused is tried again (PendingWrites) for a while.
    const QString unstored = waitForHistory(engine);

    if (opened) {
        InvoiceReport::describe(*opened, engine.coins, c.out);
        if (!unstored.isEmpty()) {
            c.out.error(tr("The gateway made invoice %1, but the history could not keep its answer: %2 "
                           "Run \"merchant-console-cli reconcile\" once the disk is writable.")
                                .arg(opened->fields.orderId, unstored));
            return ExitCode::Failure;
        }
        return ExitCode::Ok;
    }
    if (!refused) {
        c.out.error(tr("Invoice %1 may or may not have reached the gateway: no answer came. Run "
                       "\"merchant-console-cli reconcile\" before creating it again.").arg(submission.orderId));
        return ExitCode::Unconfirmed;
    }
    const InvoiceRecord &record = refused->first;
    const GatewayResult &result = refused->second;
    InvoiceReport::describe(record, engine.coins, c.out, false);
    if (!unstored.isEmpty())
        c.out.error(unstored);
    if (record.state == InvoiceState::Unknown) {
        c.out.error(tr("%1 The gateway may have made invoice %2: run \"merchant-console-cli status %2\" or "
                       "\"merchant-console-cli reconcile\" to find out before creating it again.")
                            .arg(result.cashierText(), record.fields.orderId),
                    result.messages);
        return ExitCode::Unconfirmed;
    }
    if (result.outcome == GatewayResult::Outcome::Rejected) {
        c.out.error(tr("The gateway refused invoice %1.").arg(record.fields.orderId), result.messages);
        return ExitCode::Refused;
    }
    if (result.failure == GatewayResult::Failure::OrderNumberTaken) {
        c.out.error(result.cashierText());
        return ExitCode::Usage; // another --order-id will do
    }
    // Not made at the gateway (the history says failed): nothing was sent, or the
    // gateway could not be asked about a typed order number first.
    c.out.error(tr("%1 Invoice %2 was not sent.").arg(result.cashierText(), record.fields.orderId), result.messages);
    return ExitCode::Unreachable;
}

QString CreateCommand::waitForHistory(ConsoleEngine &engine)
{
    if (engine.writes.waiting() == 0)
        return QString();
    EventWait stored;
    QObject::connect(&engine.writes, &PendingWrites::problem, &engine.writes, [&stored](const QString &text) {
        if (text.isEmpty()) // all stored
            stored.done();
    });
    if (stored.wait(HistoryRetryLimitMs) || engine.writes.waiting() == 0)
        return QString();
    // The window's sentence asks to keep it open; here the words of the store say more.
    return tr("The invoice history could not be written (%1).").arg(engine.store.lastError());
}
