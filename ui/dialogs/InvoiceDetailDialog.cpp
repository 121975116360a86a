#include "dialogs/InvoiceDetailDialog.h"

#include "PaymentPanel.h"
#include "gateway/WhiteLabel.h"
#include "widgets/Fonts.h"
#include "widgets/QrCodeWidget.h"
#include "widgets/StateBadge.h"
#include "widgets/TestMark.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const Qt::TextInteractionFlags Selectable = Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard;

// Selectable by mouse and keyboard, and on the Tab chain: QLabel alone takes
// focus only on a click, so a keyboard or screen reader user could not reach it.
void makeSelectable(QLabel *label)
{
    label->setTextInteractionFlags(Selectable);
    label->setFocusPolicy(Qt::StrongFocus);
}

// What a label's text reads without its mnemonic and colon: its accessible name.
QString spoken(const QString &labelText)
{
    QString text = labelText;
    text.remove(QLatin1Char('&'));
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}
}

InvoiceDetailDialog::InvoiceDetailDialog(const InvoiceRecord &record, const QList<InvoiceEvent> &events,
                                         const QLocale &locale, QWidget *parent)
    : QDialog(parent), m_locale(locale)
{
    setAccessibleName(tr("Invoice details"));
    auto *layout = new QVBoxLayout(this);

    // What a cashier reads first: test or not, how much, which sale, and its state.
    m_testBanner = TestMark::banner(this, 1.4);
    m_testBanner->setText(TestMark::words());
    layout->addWidget(m_testBanner);

    auto *header = new QHBoxLayout;
    auto *headerText = new QVBoxLayout;
    m_price = new QLabel(this);
    Fonts::enlarge(m_price, 1.9, true);
    m_price->setTextFormat(Qt::PlainText);
    makeSelectable(m_price);
    m_price->setAccessibleName(tr("Amount"));
    m_summary = new QLabel(this);
    Fonts::enlarge(m_summary, 1.15);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    makeSelectable(m_summary);
    m_summary->setAccessibleName(tr("Sale"));
    headerText->addWidget(m_price);
    headerText->addWidget(m_summary);
    header->addLayout(headerText, 1);
    m_badge = new StateBadge(this);
    Fonts::enlarge(m_badge, 1.3, true);
    m_badge->setMinimumWidth(260);
    m_badge->setMaximumWidth(420);
    header->addWidget(m_badge, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    makeSelectable(m_problem);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #e57373; "
                                            "border-radius: 4px; padding: 6px; }"));
    layout->addWidget(m_problem);

    // Every field, in a form that scrolls; rows of empty fields are hidden.
    // The fields and code above, the changes below, split where staff drag it.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    auto *upper = new QWidget(split);
    auto *middle = new QHBoxLayout(upper);
    middle->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setAccessibleName(tr("Invoice fields"));
    auto *fields = new QWidget(scroll);
    // A grid rather than a QFormLayout: with rows hidden (setRowVisible), Qt
    // 6.4.2's QFormLayout::heightForWidth writes past its buffer (valgrind saw it,
    // then the heap broke); a grid folds the rows of hidden widgets away too.
    m_grid = new QGridLayout(fields);
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(4);

    addSection(tr("Sale"));
    addRow(Field::Price, tr("&Price:"), tr("Copy price"));
    addRow(Field::OrderId, tr("&Order number:"), tr("Copy order number"));
    addRow(Field::Title, tr("Title:"));
    addRow(Field::Description, tr("Description:"));
    addRow(Field::Email, tr("Customer e-mail:"));
    addRow(Field::CustomerId, tr("Customer number:"));
    addRow(Field::MerchantId, tr("Merchant id:"));

    addSection(tr("Payment"));
    addRow(Field::State, tr("State:"));
    addRow(Field::Created, tr("Created:"));
    addRow(Field::Updated, tr("Last change:"));
    addRow(Field::Expires, tr("Expires at:"));
    addRow(Field::Received, tr("Received:"));
    addRow(Field::PaymentPage, tr("Payment pa&ge:"), tr("Copy payment page address"));
    addRow(Field::Coin, tr("Coin:"));
    addRow(Field::Network, tr("Network:"));
    addRow(Field::CoinAddress, tr("Coin a&ddress:"), tr("Copy coin address"));
    addRow(Field::CoinAmount, tr("Coin a&mount:"), tr("Copy coin amount"));
    //: The gateway's address and the till's public key, e.g. "https://payid19.com key=pk_…"
    addRow(Field::Gateway, tr("Gateway account:"));

    addSection(tr("Options"));
    addRow(Field::Test, tr("Test invoice:"));
    addRow(Field::AddFee, tr("Customer pays the fee:"));
    addRow(Field::Margin, tr("Accept underpayment up to:"));
    addRow(Field::Expiry, tr("Expires after:"));
    addRow(Field::PageTemplate, tr("Payment page design:"));
    addRow(Field::SuccessUrl, tr("After payment, go to:"));
    addRow(Field::CancelUrl, tr("If cancelled, go to:"));
    addRow(Field::CallbackUrl, tr("Callback address:"));
    addRow(Field::BannedCoins, tr("Do not accept:"));
    addRow(Field::WhiteLabel, tr("White label:"));
    m_grid->setRowStretch(m_grid->rowCount(), 1); // rows stay together at the top
    scroll->setWidget(fields);
    middle->addWidget(scroll, 1);

    // The code again, with what it carries printed beneath, or why there is none;
    // a column of its own width, so that the fields keep the room they need.
    auto *qrBox = new QWidget(this);
    qrBox->setFixedWidth(320);
    auto *qrColumn = new QVBoxLayout(qrBox);
    qrColumn->setContentsMargins(0, 0, 0, 0);
    m_qrCaption = new QLabel(this);
    m_qrCaption->setAlignment(Qt::AlignCenter);
    m_qrCaption->setWordWrap(true);
    m_qrCaption->setTextFormat(Qt::PlainText);
    Fonts::enlarge(m_qrCaption, 1.0, true);
    m_qr = new QrCodeWidget(this);
    m_qr->setMinimumSize(220, 220);
    m_qr->setMaximumSize(300, 300);
    m_qrText = new QLabel(this);
    m_qrText->setAlignment(Qt::AlignCenter);
    m_qrText->setWordWrap(true);
    m_qrText->setTextFormat(Qt::PlainText);
    makeSelectable(m_qrText);
    m_qrText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_qrText->setAccessibleName(tr("Address in the QR code"));
    m_noQr = new QLabel(this);
    m_noQr->setAlignment(Qt::AlignCenter);
    m_noQr->setWordWrap(true);
    m_noQr->setTextFormat(Qt::PlainText);
    m_noQr->setAccessibleName(tr("No QR code"));
    m_noQr->setStyleSheet(QStringLiteral("QLabel { color: #444; border: 1px dashed #999; border-radius: 4px; padding: 16px; }"));
    qrColumn->addWidget(m_qrCaption);
    qrColumn->addWidget(m_qr, 1, Qt::AlignHCenter);
    qrColumn->addWidget(m_qrText);
    qrColumn->addWidget(m_noQr);
    qrColumn->addStretch(0);
    middle->addWidget(qrBox);

    // Every change of state, oldest first; the one selected shows the gateway's answer.
    auto *lower = new QWidget(split);
    auto *bottom = new QHBoxLayout(lower);
    bottom->setContentsMargins(0, 0, 0, 0);
    auto *eventColumn = new QVBoxLayout;
    auto *eventLabel = new QLabel(tr("&State changes, oldest first:"), this);
    m_events = new QTableWidget(0, 2, this);
    m_events->setHorizontalHeaderLabels({tr("Time"), tr("State")});
    m_events->verticalHeader()->hide();
    m_events->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->setSelectionMode(QAbstractItemView::SingleSelection);
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->verticalHeader()->setDefaultSectionSize(m_events->fontMetrics().height() + 8);
    m_events->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_events->setAccessibleName(tr("State changes"));
    eventLabel->setBuddy(m_events);
    eventColumn->addWidget(eventLabel);
    eventColumn->addWidget(m_events);
    auto *rawColumn = new QVBoxLayout;
    auto *rawLabel = new QLabel(tr("Gateway's &raw answer:"), this);
    m_raw = new QPlainTextEdit(this);
    m_raw->setReadOnly(true);
    m_raw->setTextInteractionFlags(Selectable);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setTabChangesFocus(true);
    m_raw->setPlaceholderText(tr("No answer from the gateway was kept for this change."));
    m_raw->setAccessibleName(tr("Gateway's raw answer"));
    rawLabel->setBuddy(m_raw);
    rawColumn->addWidget(rawLabel);
    rawColumn->addWidget(m_raw);
    bottom->addLayout(eventColumn, 2);
    bottom->addLayout(rawColumn, 3);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_resend = new QPushButton(tr("Correct and send &again"), this);
    m_resend->setAccessibleName(tr("Correct and send again"));
    m_resend->setToolTip(tr("Opens the invoice in the form, to be corrected and sent again"));
    m_resend->setAutoDefault(false);
    buttons->addButton(m_resend, QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setText(tr("&Close"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setToolTip(tr("Close (Esc)"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resend, &QPushButton::clicked, this, [this] {
        if (m_record.state != InvoiceState::Failed)
            return;
        emit resendRequested(m_record.id);
        accept();
    });
    connect(m_events, &QTableWidget::itemSelectionChanged, this, &InvoiceDetailDialog::showSelectedAnswer);

    setRecord(record, events);
    resize(1000, 760);
    m_close->setFocus();
}

void InvoiceDetailDialog::addSection(const QString &title)
{
    auto *label = new QLabel(title, this);
    label->setTextFormat(Qt::PlainText);
    Fonts::enlarge(label, 1.05, true);
    const int row = m_grid->rowCount();
    label->setContentsMargins(0, row ? 10 : 0, 0, 2);
    m_grid->addWidget(label, row, 0, 1, 3);
}

void InvoiceDetailDialog::addRow(Field field, const QString &labelText, const QString &copyName)
{
    Row row;
    row.label = new QLabel(labelText, this);
    row.label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    row.value = new QLabel(this);
    row.value->setTextFormat(Qt::PlainText);
    row.value->setWordWrap(true);
    makeSelectable(row.value);
    row.value->setAccessibleName(spoken(labelText));
    row.label->setBuddy(row.value);
    const int line = m_grid->rowCount();
    m_grid->addWidget(row.label, line, 0);
    m_grid->addWidget(row.value, line, 1);
    if (!copyName.isEmpty()) {
        row.copy = new QPushButton(tr("Copy"), this);
        row.copy->setAccessibleName(copyName);
        row.copy->setToolTip(copyName);
        row.copy->setAutoDefault(false);
        m_grid->addWidget(row.copy, line, 2, Qt::AlignTop);
        connect(row.copy, &QPushButton::clicked, this, [this, field] {
            QGuiApplication::clipboard()->setText(m_copyTexts.value(field));
        });
    }
    m_rows.insert(field, row);
}

void InvoiceDetailDialog::setValue(Field field, const QString &text, const QString &copyText)
{
    const Row &row = m_rows[field];
    row.value->setText(text);
    m_copyTexts.insert(field, copyText.isEmpty() ? text : copyText);
    for (QWidget *widget : {static_cast<QWidget *>(row.label), static_cast<QWidget *>(row.value),
                            static_cast<QWidget *>(row.copy)}) {
        if (widget)
            widget->setVisible(!text.isEmpty());
    }
}

QString InvoiceDetailDialog::yesNo(bool value) const
{
    return value ? tr("Yes") : tr("No");
}

QString InvoiceDetailDialog::timeText(const QDateTime &utc) const
{
    if (!utc.isValid())
        return QString();
    // The till's local time with seconds (several changes can fall in one minute);
    // the long time format without its time zone name, which says nothing here.
    const QString longFormat = m_locale.timeFormat(QLocale::LongFormat);
    QString timeFormat;
    bool quoted = false;
    for (const QChar c : longFormat) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (quoted || c != QLatin1Char('t'))
            timeFormat += c;
    }
    const QDateTime local = utc.toLocalTime();
    return m_locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
            + m_locale.toString(local.time(), timeFormat.trimmed());
}

void InvoiceDetailDialog::setRecord(const InvoiceRecord &record, const QList<InvoiceEvent> &events)
{
    const bool sameInvoice = record.id == m_record.id;
    m_record = record;
    const InvoiceRecord &r = record;
    const InvoiceFields &f = r.fields;
    setWindowTitle(tr("Invoice %1").arg(f.orderId));

    m_testBanner->setVisible(f.test);
    m_price->setText(f.price.withUnit(f.currency, m_locale, 2));
    QStringList summary;
    if (!f.title.isEmpty())
        summary << f.title;
    summary << tr("Order %1").arg(f.orderId);
    m_summary->setText(summary.join(QStringLiteral(" · ")));

    // The same words under the state as on the payment screen.
    const QString detail = PaymentPanel::detailFor(r, m_locale);
    m_badge->setState(r.state, detail);
    if (f.test) // a green "Paid" must not be read as money received
        m_badge->setStyleSheet(TestMark::styleSheet());

    QStringList problem;
    if (!r.failureText.isEmpty() && !detail.contains(r.failureText))
        problem << r.failureText;
    if (!r.gatewayMessages.isEmpty()) {
        problem << tr("The gateway said:");
        for (const QString &message : r.gatewayMessages)
            problem << QStringLiteral("• ") + message;
    }
    m_problem->setText(problem.join(QLatin1Char('\n')));
    m_problem->setVisible(!problem.isEmpty());

    setValue(Field::Price, f.price.withUnit(f.currency, m_locale, 2),
             // What the invoice form reads back in this locale: digits and its decimal sign.
             f.price.toLocaleString(m_locale, 2));
    setValue(Field::OrderId, f.orderId);
    setValue(Field::Title, f.title);
    setValue(Field::Description, f.description);
    setValue(Field::Email, f.email);
    setValue(Field::CustomerId, f.customerId);
    setValue(Field::MerchantId, f.merchantId);

    setValue(Field::State, f.test ? tr("%1 · %2").arg(TestMark::words(), InvoiceStates::displayName(r.state))
                                  : InvoiceStates::displayName(r.state));
    setValue(Field::Created, timeText(r.createdAt));
    setValue(Field::Updated, timeText(r.updatedAt));
    setValue(Field::Expires, timeText(r.expiresAt));
    const auto paid = r.paid();
    setValue(Field::Received, paid ? paid->amount.withUnit(paid->unit, m_locale) : QString());
    setValue(Field::PaymentPage, r.paymentUrl);
    setValue(Field::Coin, r.coin);
    setValue(Field::Network, r.network);
    setValue(Field::CoinAddress, r.coinAddress);
    // A wallet reads the amount with '.', whatever the till's language.
    setValue(Field::CoinAmount, r.coinAmount ? r.coinAmount->withUnit(r.coin, m_locale) : QString(),
             r.coinAmount ? r.coinAmount->toCanonical() : QString());
    setValue(Field::Gateway, r.gateway);

    setValue(Field::Test, f.test ? tr("Yes: %1").arg(TestMark::words()) : yesNo(false));
    setValue(Field::AddFee, yesNo(f.addFeeToPrice));
    // The tolerance is what the gateway calls margin, always in USDT.
    setValue(Field::Margin, f.margin ? f.margin->withUnit(QStringLiteral("USDT"), m_locale, 2) : QString());
    setValue(Field::Expiry, f.expiryHours > 0 ? tr("%n h", nullptr, f.expiryHours) : tr("Gateway default"));
    setValue(Field::PageTemplate, f.pageTemplate.isEmpty() ? tr("Gateway default") : f.pageTemplate);
    setValue(Field::SuccessUrl, f.successUrl);
    setValue(Field::CancelUrl, f.cancelUrl);
    setValue(Field::CallbackUrl, f.callbackUrl);
    setValue(Field::BannedCoins, f.bannedCoins.join(QStringLiteral(", ")));
    setValue(Field::WhiteLabel, yesNo(f.whiteLabel));

    const int selected = sameInvoice ? m_events->currentRow() : -1;
    showEvents(events);
    // Keep the change being read; otherwise show the newest.
    m_events->selectRow(selected >= 0 && selected < m_events->rowCount() ? selected : m_events->rowCount() - 1);
    showSelectedAnswer();

    showQr();
    m_resend->setVisible(r.state == InvoiceState::Failed);
}

void InvoiceDetailDialog::showEvents(const QList<InvoiceEvent> &events)
{
    m_eventList = events;
    const QSignalBlocker blocker(m_events);
    m_events->clearContents();
    m_events->setRowCount(events.size());
    for (int i = 0; i < events.size(); ++i) {
        const InvoiceEvent &event = events.at(i);
        auto *time = new QTableWidgetItem(timeText(event.at));
        auto *state = new QTableWidgetItem(StateBadge::symbolOf(event.state) + QLatin1Char(' ')
                                           + InvoiceStates::displayName(event.state));
        state->setForeground(StateBadge::colourOf(event.state));
        m_events->setItem(i, 0, time);
        m_events->setItem(i, 1, state);
    }
}

void InvoiceDetailDialog::showSelectedAnswer()
{
    const QList<QTableWidgetItem *> items = m_events->selectedItems();
    const int row = items.isEmpty() ? -1 : items.first()->row();
    m_raw->setPlainText(row >= 0 && row < m_eventList.size() ? prettyAnswer(m_eventList.at(row).rawAnswer) : QString());
}

QString InvoiceDetailDialog::prettyAnswer(const QString &raw)
{
    const QByteArray utf8 = raw.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return raw;
    // QJsonDocument::toJson would print numbers through a double (an ETH amount of
    // 0.123456789012345678 as 0.12345678901234568), so the layout of its
    // Indented form is rebuilt on the text itself, every literal as it came.
    QString out;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newLine = [&] { out += QLatin1Char('\n') + QString(4 * depth, QLatin1Char(' ')); };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            qsizetype next = i + 1;
            while (next < raw.size() && raw.at(next).isSpace())
                ++next;
            if (next < raw.size() && (raw.at(next) == QLatin1Char('}') || raw.at(next) == QLatin1Char(']'))) {
                out += c;
                out += raw.at(next); // an empty object or list stays on its line
                i = next;
                break;
            }
            out += c;
            ++depth;
            newLine();
            break;
        }
        case '}':
        case ']':
            --depth;
            newLine();
            out += c;
            break;
        case ',':
            out += c;
            newLine();
            break;
        case ':':
            out += QStringLiteral(": ");
            break;
        default:
            if (!c.isSpace())
                out += c;
        }
    }
    return out;
}

void InvoiceDetailDialog::showQr()
{
    const InvoiceRecord &r = m_record;
    QString text;
    QString caption;
    QString reason;
    const bool somethingCameIn = r.paidAmount && !r.paidAmount->isZero();
    switch (r.state) {
    case InvoiceState::Sending:
        reason = tr("The invoice is still on its way to the gateway: there is nothing to pay to yet.");
        break;
    case InvoiceState::Failed:
        reason = tr("The gateway did not make this invoice, so there is nothing to pay to.");
        break;
    case InvoiceState::Unknown:
        reason = tr("It is not known yet whether the gateway made this invoice, so there is nothing to pay to. "
                    "The console asks the gateway by its order number.");
        break;
    default:
        if (r.fields.whiteLabel) {
            const bool awaiting = r.state == InvoiceState::Open || r.state == InvoiceState::Underpaid
                    || r.state == InvoiceState::PaymentSeen;
            if (r.coinAddress.isEmpty()) {
                reason = tr("The customer has not chosen a coin yet, so there is no address to pay to.");
            } else if (!awaiting) {
                reason = tr("This invoice no longer waits for a payment, so its address is not shown as a code: "
                            "nobody should pay to it again.");
            } else if (!somethingCameIn) {
                // The same code as on the payment screen: for Bitcoin and Litecoin
                // the payment URI with the amount, otherwise the bare address.
                const Amount amount = r.coinAmount.value_or(Amount());
                text = WhiteLabel::hasPaymentUri(r.coin) ? WhiteLabel::paymentUri(r.coin, r.coinAddress, amount)
                                                         : r.coinAddress;
                //: %1 is the coin's amount with its code, e.g. "0.00016667 BTC"
                caption = tr("Pay %1 to this address").arg(amount.withUnit(r.coin, m_locale));
            } else {
                // Part has come in: an amount in the code would ask for all of it again.
                text = r.coinAddress;
                caption = tr("Coin address (part of the amount has come in)");
            }
        } else if (r.paymentUrl.isEmpty()) {
            reason = tr("The payment page address was lost with the gateway's answer, so its code cannot be shown.");
        } else {
            text = r.paymentUrl;
            caption = tr("Payment page");
        }
    }
    if (text.isEmpty())
        m_qr->clear();
    else
        m_qr->setText(text);
    m_qr->setVisible(!text.isEmpty());
    m_qr->setAccessibleName(r.fields.whiteLabel ? tr("QR code of the coin address") : tr("QR code of the payment page"));
    m_qrCaption->setText(caption);
    m_qrCaption->setVisible(!text.isEmpty());
    // Under the code, what a person checks by eye: the address or the page.
    m_qrText->setText(r.fields.whiteLabel ? r.coinAddress : text);
    m_qrText->setVisible(!text.isEmpty());
    m_noQr->setText(reason);
    m_noQr->setVisible(!reason.isEmpty());
}

QString InvoiceDetailDialog::qrText() const
{
    return m_qr->hasCode() ? m_qr->text() : QString();
}

QString InvoiceDetailDialog::noQrReason() const
{
    return m_noQr->text();
}

QLabel *InvoiceDetailDialog::valueLabel(Field field) const
{
    return m_rows.value(field).value;
}

QPushButton *InvoiceDetailDialog::copyButton(Field field) const
{
    return m_rows.value(field).copy;
}

bool InvoiceDetailDialog::isFieldShown(Field field) const
{
    const Row row = m_rows.value(field);
    return row.value && !row.value->isHidden();
}
