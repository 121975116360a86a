#include "commands/ListCommand.h"

#include "CliOutput.h"
#include "CliSession.h"
#include "ExitCode.h"

#include "history/HistoryReader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <array>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define STDERR_FILENO 2
#else
#include <unistd.h>
#endif

namespace Opt {
const QString From = QStringLiteral("from");
const QString To = QStringLiteral("to");
const QString State = QStringLiteral("state");
const QString Currency = QStringLiteral("currency");
const QString Test = QStringLiteral("test");
const QString Live = QStringLiteral("live");
const QString Min = QStringLiteral("min");
const QString Max = QStringLiteral("max");
const QString Search = QStringLiteral("search");
const QString Format = QStringLiteral("format");
const QString Output = QStringLiteral("output");
const QString Limit = QStringLiteral("limit");
}

namespace {
// Rows are read a page at a time, newest first, by keyset paging.
constexpr int PageRows = 1000;
// A table's columns are as wide as the widest value among its first rows; a
// longer value further down only pushes its own line out.
constexpr int MeasuredRows = 1000;

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return text;
}

QJsonObject jsonOf(const InvoiceRecord &r)
{
    // The names `status` and `create` use (InvoiceReport); amounts as exact text.
    QJsonObject o{
            {QStringLiteral("order_id"), r.fields.orderId},
            {QStringLiteral("created_at"), r.createdAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("updated_at"), r.updatedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("state"), InvoiceStates::storageName(r.state)},
            {QStringLiteral("state_text"), InvoiceStates::displayName(r.state)},
            {QStringLiteral("test"), r.fields.test},
            {QStringLiteral("white_label"), r.fields.whiteLabel},
            {QStringLiteral("price_amount"), r.fields.price.toCanonical()},
            {QStringLiteral("price_currency"), r.fields.currency},
            {QStringLiteral("gateway"), r.gateway},
    };
    const auto setText = [&o](const QString &key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    setText(QStringLiteral("title"), r.fields.title);
    setText(QStringLiteral("email"), r.fields.email);
    setText(QStringLiteral("customer_id"), r.fields.customerId);
    setText(QStringLiteral("merchant_id"), r.fields.merchantId);
    setText(QStringLiteral("description"), r.fields.description);
    setText(QStringLiteral("payment_url"), r.paymentUrl);
    setText(QStringLiteral("failure"), r.failureText);
    if (!r.gatewayMessages.isEmpty())
        o.insert(QStringLiteral("messages"), QJsonArray::fromStringList(r.gatewayMessages));
    if (r.paidAmount) {
        o.insert(QStringLiteral("paid_amount"), r.paidAmount->toCanonical());
        o.insert(QStringLiteral("paid_currency"), r.paidCurrency);
    }
    setText(QStringLiteral("coin"), r.coin);
    setText(QStringLiteral("network"), r.network);
    setText(QStringLiteral("coin_address"), r.coinAddress);
    if (r.coinAmount)
        o.insert(QStringLiteral("coin_amount"), r.coinAmount->toCanonical());
    if (r.expiresAt.isValid())
        o.insert(QStringLiteral("expires_at"), r.expiresAt.toUTC().toString(Qt::ISODate));
    return o;
}

QJsonObject jsonOf(const HistoryTotals &totals)
{
    const auto part = [](const HistoryTotals::Part &p) {
        return QJsonObject{{QStringLiteral("amount"), p.amount.toCanonical()}, {QStringLiteral("count"), p.count}};
    };
    QJsonArray currencies;
    for (const HistoryTotals::Currency &c : totals.currencies) {
        currencies.append(QJsonObject{{QStringLiteral("currency"), c.currency},
                                      {QStringLiteral("paid"), part(c.paid)},
                                      {QStringLiteral("underpaid"), part(c.underpaid)},
                                      {QStringLiteral("unpaid"), part(c.unpaid)}});
    }
    return QJsonObject{{QStringLiteral("count"), totals.count},
                       {QStringLiteral("test_count"), totals.testCount},
                       {QStringLiteral("currencies"), currencies}};
}

// Calls `row` for each invoice the filter shows, newest first, at most `limit`
// (-1: all). Returns false when the history could not be read.
bool newestFirst(const HistoryReader &reader, const HistoryFilter &filter, qint64 limit,
                 const std::function<void(const InvoiceRecord &)> &row)
{
    const HistorySort sort; // by creation, newest first
    std::optional<PageKey> after;
    qint64 shown = 0;
    while (limit < 0 || shown < limit) {
        const int want = int(limit < 0 ? PageRows : std::min<qint64>(PageRows, limit - shown));
        const auto page = reader.page(filter, sort, after, want);
        if (!page)
            return false;
        for (const InvoiceRecord &record : *page)
            row(record);
        shown += page->size();
        if (page->size() < want)
            break;
        after = HistoryReader::keyOf(page->constLast(), sort);
    }
    return true;
}
}

QString ListCommand::summary() const
{
    return tr("List the invoices of the history that match the filters, as a table, JSON, CSV or an XLSX "
              "workbook (needs no keys and no network).");
}

QList<QCommandLineOption> ListCommand::options() const
{
    QStringList states;
    for (InvoiceState state : InvoiceStates::all())
        states << InvoiceStates::storageName(state);
    return {
        {Opt::From, tr("Invoices made on or after this day (YYYY-MM-DD in the till's time zone, today, "
                       "yesterday) or time (ISO 8601)."), tr("DATE")},
        {Opt::To, tr("Invoices made up to this day, the whole day included (same forms as --from)."), tr("DATE")},
        {Opt::State, tr("Only invoices in this state; may be repeated or separated by commas: %1.")
                             .arg(states.join(QStringLiteral(", "))), tr("STATE")},
        {Opt::Currency, tr("Only invoices priced in this currency."), tr("CODE")},
        {Opt::Test, tr("Only test invoices.")},
        {Opt::Live, tr("Only real (not test) invoices.")},
        {Opt::Min, tr("Only prices of at least this amount ('.' for decimals)."), tr("AMOUNT")},
        {Opt::Max, tr("Only prices of at most this amount ('.' for decimals)."), tr("AMOUNT")},
        {Opt::Search, tr("Only invoices whose order number, title, e-mail, customer number or address "
                         "contain every word of this text."), tr("TEXT")},
        {Opt::Format, tr("table (default), json, csv or xlsx (xlsx needs --output)."), tr("FORMAT")},
        {Opt::Output, tr("Write the csv or xlsx file here instead of to standard output."), tr("FILE")},
        {Opt::Limit, tr("Show at most this many invoices, the newest (table and json)."), tr("N")},
    };
}

QDateTime ListCommand::readBound(const QString &text, bool isTo, const QDateTime &now, const QTimeZone &zone)
{
    const QString value = text.trimmed();
    QDate day;
    const QDate today = now.toTimeZone(zone).date();
    if (value.compare(QLatin1String("today"), Qt::CaseInsensitive) == 0)
        day = today;
    else if (value.compare(QLatin1String("yesterday"), Qt::CaseInsensitive) == 0)
        day = today.addDays(-1);
    else if (value.size() == 10)
        day = QDate::fromString(value, Qt::ISODate);
    if (day.isValid())
        return HistoryPeriods::startOfDay(isTo ? day.addDays(1) : day, zone);
    if (value.size() <= 10)
        return QDateTime();

    QString iso = value;
    if (iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    if (iso.at(10) != QLatin1Char('T'))
        return QDateTime();
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return QDateTime();
    if (time.timeSpec() == Qt::LocalTime) // no offset given: the till's clock
        time = QDateTime(time.date(), time.time(), zone);
    // --to names the last moment wanted; the filter's bound is the first one not.
    return isTo ? time.toUTC().addMSecs(1) : time.toUTC();
}

QString ListCommand::read(CommandContext &c, Request &request) const
{
    const QCommandLineParser &p = c.parser;
    if (!c.arguments.isEmpty())
        return tr("list takes no arguments, only options (\"%1\" is not one).").arg(c.arguments.constFirst());
    HistoryFilter &filter = request.filter;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[option, isTo] : {std::pair{Opt::From, false}, std::pair{Opt::To, true}}) {
        if (!p.isSet(option))
            continue;
        const QDateTime bound = readBound(p.value(option), isTo, now, zone);
        if (!bound.isValid()) {
            return tr("--%1 needs a day as YYYY-MM-DD, today, yesterday or a time such as 2026-11-28T14:03:07Z "
                      "(\"%2\" is none of these).").arg(option, p.value(option));
        }
        (isTo ? filter.to : filter.from) = bound;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from >= filter.to)
        return tr("--from is after --to: no invoice could match.");

    QStringList names;
    for (InvoiceState state : InvoiceStates::all())
        names << InvoiceStates::storageName(state);
    for (const QString &value : p.values(Opt::State)) {
        for (const QString &word : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto state = InvoiceStates::fromStorageName(word.trimmed().toLower());
            if (!state)
                return tr("There is no state \"%1\"; the states are %2.").arg(word.trimmed(), names.join(QStringLiteral(", ")));
            if (!filter.states.contains(*state))
                filter.states << *state;
        }
    }
    if (p.isSet(Opt::State) && filter.states.isEmpty())
        return tr("--state needs a state: %1.").arg(names.join(QStringLiteral(", ")));

    if (p.isSet(Opt::Currency)) {
        filter.currency = p.value(Opt::Currency).trimmed().toUpper();
        // Checked against the history too, once it is open (run()).
    }
    if (p.isSet(Opt::Test) && p.isSet(Opt::Live))
        return tr("--test and --live exclude each other; give neither for both kinds.");
    if (p.isSet(Opt::Test))
        filter.money = HistoryFilter::Money::TestOnly;
    if (p.isSet(Opt::Live))
        filter.money = HistoryFilter::Money::LiveOnly;
    for (const auto &[option, bound] : {std::pair{Opt::Min, &filter.minPrice}, std::pair{Opt::Max, &filter.maxPrice}}) {
        if (!p.isSet(option))
            continue;
        *bound = Amount::fromCanonical(p.value(option).trimmed());
        if (!*bound)
            return tr("--%1 needs an amount with '.' for decimals, such as 12.50 (\"%2\" is not one).")
                    .arg(option, p.value(option));
    }
    if (filter.minPrice && filter.maxPrice && *filter.minPrice > *filter.maxPrice)
        return tr("--min is more than --max: no invoice could match.");
    filter.text = p.value(Opt::Search).trimmed();

    request.output = p.value(Opt::Output).trimmed();
    if (p.isSet(Opt::Format)) {
        const QString format = p.value(Opt::Format).trimmed().toLower();
        if (format == QLatin1String("table"))
            request.format = Format::Table;
        else if (format == QLatin1String("json"))
            request.format = Format::Json;
        else if (format == QLatin1String("csv"))
            request.format = Format::Csv;
        else if (format == QLatin1String("xlsx"))
            request.format = Format::Xlsx;
        else
            return tr("--format is table, json, csv or xlsx (\"%1\" is none of these).").arg(p.value(Opt::Format));
    } else if (!request.output.isEmpty()) {
        const auto format = HistoryExport::formatOf(request.output);
        if (!format)
            return tr("Say which file to write with --format csv or --format xlsx.");
        request.format = *format == HistoryExport::Format::Xlsx ? Format::Xlsx : Format::Csv;
    } else if (c.out.isJson()) {
        request.format = Format::Json;
    }
    if (request.format == Format::Table && c.out.isJson())
        request.format = Format::Json; // --json: the table's machine form
    if (p.isSet(Opt::Output) && request.output.isEmpty())
        return tr("--output needs a file name.");
    if (request.format == Format::Xlsx && request.output.isEmpty())
        return tr("An XLSX workbook cannot go to standard output: name the file with --output.");
    if ((request.format == Format::Table || request.format == Format::Json) && !request.output.isEmpty())
        return tr("--output writes csv or xlsx files; a table or JSON goes to standard output.");
    if (request.format == Format::Csv && request.output.isEmpty() && c.out.isJson())
        return tr("With --json, a CSV export needs --output: standard output carries the JSON object.");

    if (p.isSet(Opt::Limit)) {
        bool ok = false;
        request.limit = p.value(Opt::Limit).trimmed().toLongLong(&ok);
        if (!ok || request.limit < 1)
            return tr("--limit needs a whole number of invoices, at least 1.");
        if (request.format == Format::Csv || request.format == Format::Xlsx)
            return tr("--limit is for table and json; an export holds every invoice the filters show.");
    }
    return QString();
}

int ListCommand::run(CommandContext &c)
{
    Request request;
    if (const QString problem = read(c, request); !problem.isEmpty()) {
        c.out.error(problem);
        return ExitCode::Usage;
    }
    // The history alone: list asks no gateway and needs no keys.
    if (const QString problem = c.session.openHistory(); !problem.isEmpty()) {
        c.out.error(problem);
        return ExitCode::Failure;
    }
    const HistoryReader reader(c.session.engine().store.connectionName());
    // A currency the till prices in, or one the history holds (a coin-priced
    // invoice, a currency the till no longer offers).
    if (const QString currency = request.filter.currency; !currency.isEmpty()) {
        const auto held = reader.currencies();
        if (!c.session.engine().currencies.contains(currency) && !(held && held->contains(currency))) {
            c.out.error(tr("--currency: there is no currency \"%1\" among those the till prices in or the history holds.")
                                .arg(currency));
            return ExitCode::Usage;
        }
    }
    switch (request.format) {
    case Format::Table: return table(c, reader, request);
    case Format::Json: return json(c, reader, request);
    case Format::Csv:
    case Format::Xlsx: return exportFile(c, reader, request);
    }
    return ExitCode::Failure;
}

int ListCommand::table(CommandContext &c, const HistoryReader &reader, const Request &request) const
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QLocale numbers = QLocale::c(); // '.' decimals, as every other command prints amounts
    struct Line {
        QString order, time, amount, state, title;
    };
    //: Column headers of `list`; the time is in the till's time zone
    const Line header{tr("Order"), tr("Created"), tr("Price"), tr("State"), tr("Title")};
    QList<Line> pending{header};
    std::array<qsizetype, 4> width{};
    bool measured = false;
    QByteArray buffer;
    const auto print = [&](const Line &line) {
        QString text = line.order.leftJustified(width[0] + 2) + line.time.leftJustified(width[1] + 2)
                + line.amount.rightJustified(width[2]) + QStringLiteral("  ") + line.state.leftJustified(width[3] + 2)
                + line.title;
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        buffer += text.toUtf8() + '\n';
        if (buffer.size() > 64 * 1024) {
            writeOut(buffer);
            buffer.clear();
        }
    };
    const auto release = [&] {
        for (const Line &line : qAsConst(pending)) {
            width[0] = std::max(width[0], line.order.size());
            width[1] = std::max(width[1], line.time.size());
            width[2] = std::max(width[2], line.amount.size());
            width[3] = std::max(width[3], line.state.size());
        }
        for (const Line &line : qAsConst(pending))
            print(line);
        pending.clear();
        measured = true;
    };
    qint64 shown = 0;
    const bool read = newestFirst(reader, request.filter, request.limit, [&](const InvoiceRecord &r) {
        QString state = InvoiceStates::displayName(r.state);
        if (r.fields.test)
            //: `list` table: a test invoice's state, e.g. "Paid (test)"
            state = tr("%1 (test)").arg(state);
        const Line line{oneLine(r.fields.orderId), r.createdAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        r.fields.price.withUnit(r.fields.currency, numbers, 2), state, oneLine(r.fields.title)};
        ++shown;
        if (measured) {
            print(line);
            return;
        }
        pending << line;
        if (pending.size() > MeasuredRows)
            release();
    });
    if (!measured && shown > 0)
        release();
    writeOut(buffer);
    std::fflush(stdout);
    if (!read) {
        c.out.error(reader.lastError());
        return ExitCode::Failure;
    }
    const auto totals = reader.totals(request.filter);
    if (!totals) {
        c.out.error(reader.lastError());
        return ExitCode::Failure;
    }
    if (shown == 0)
        c.out.line(tr("No invoice matches these filters."));
    if (request.limit > 0 && totals->count > shown)
        c.out.line(tr("Showing the newest %1 of %n invoice(s).", nullptr, int(std::min<qint64>(totals->count, INT_MAX)))
                           .arg(shown));
    c.out.line(totals->summary(numbers));
    return ExitCode::Ok;
}

int ListCommand::json(CommandContext &c, const HistoryReader &reader, const Request &request) const
{
    // One JSON object, as every command's --json writes it (CliOutput); with
    // --format json alone, through an output of this command's own.
    std::optional<CliOutput> own;
    if (!c.out.isJson()) {
        own.emplace(true);
        own->setCommand(name());
    }
    CliOutput &out = own ? *own : c.out;
    // Streamed as they are read: a million invoices are never held at once.
    out.beginList(QStringLiteral("invoices"));
    qint64 count = 0;
    const bool read = newestFirst(reader, request.filter, request.limit, [&](const InvoiceRecord &r) {
        out.listItem(jsonOf(r));
        ++count;
    });
    const auto totals = read ? reader.totals(request.filter) : std::nullopt;
    if (!totals) {
        out.error(reader.lastError());
        return own ? out.finish(ExitCode::Failure) : ExitCode::Failure;
    }
    out.set(QStringLiteral("count"), count);
    out.set(QStringLiteral("totals"), jsonOf(*totals));
    return own ? out.finish(ExitCode::Ok) : ExitCode::Ok;
}

int ListCommand::exportFile(CommandContext &c, const HistoryReader &reader, const Request &request) const
{
    // Progress on a terminal only, a few times a second, on standard error.
    const bool showProgress = !c.out.isJson() && ::isatty(STDERR_FILENO) && !request.output.isEmpty();
    QElapsedTimer clock;
    clock.start();
    qint64 last = -1000;
    const HistoryExport::Progress progress = [&](qint64 done, qint64 total) {
        if (showProgress && (clock.elapsed() - last >= 200 || done == total)) {
            last = clock.elapsed();
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            std::fprintf(stderr, "\r%s", qPrintable(tr("%1% (%2 of %3 invoices)").arg(percent).arg(done).arg(total)));
            std::fflush(stderr);
        }
        return true;
    };
    HistoryExport::Result result;
    if (request.output.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            c.out.error(tr("Standard output could not be written."));
            return ExitCode::Failure;
        }
        result = HistoryExport::csvToDevice(reader, request.filter, &out);
        out.close();
        std::fflush(stdout);
    } else {
        const auto format = request.format == Format::Xlsx ? HistoryExport::Format::Xlsx : HistoryExport::Format::Csv;
        result = HistoryExport::toFile(reader, request.filter, format, request.output, progress);
        if (showProgress)
            std::fputs("\n", stderr);
    }
    if (!result.ok()) {
        c.out.error(result.message);
        return ExitCode::Failure;
    }
    c.out.set(QStringLiteral("count"), result.rows);
    c.out.set(QStringLiteral("totals"), jsonOf(result.totals));
    if (!request.output.isEmpty()) {
        c.out.set(QStringLiteral("output"), QDir::toNativeSeparators(result.path));
        c.out.line(result.message);
        c.out.line(result.totals.summary(QLocale::c()));
    }
    return ExitCode::Ok;
}
