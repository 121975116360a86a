#include "CustomerDisplay.h"

#include "gateway/WhiteLabel.h"
#include "invoice/CoinCatalogue.h"
#include "widgets/Countdown.h"
#include "widgets/Fonts.h"
#include "widgets/QrCodeWidget.h"
#include "widgets/StateBadge.h"
#include "widgets/TestMark.h"

#include <QLabel>
#include <QScreen>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace {
QLabel *bigLabel(QWidget *parent, double scale, bool bold = true)
{
    auto *label = new QLabel(parent);
    Fonts::enlarge(label, scale, bold);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
}

CustomerDisplay::CustomerDisplay(const QLocale &locale, const CoinCatalogue *coins, QWidget *parent)
    : QWidget(parent), m_locale(locale), m_coins(coins)
{
    setWindowTitle(tr("Customer display"));
    setAccessibleName(tr("Customer display"));
    setStyleSheet(QStringLiteral("CustomerDisplay { background: white; }"));
    setAttribute(Qt::WA_StyledBackground);
    m_pages = new QStackedLayout(this);

    m_idlePage = new QWidget(this);
    auto *idle = new QVBoxLayout(m_idlePage);
    m_shopName = bigLabel(m_idlePage, 3.0);
    m_shopName->setAccessibleName(tr("Shop"));
    auto *welcome = bigLabel(m_idlePage, 1.6, false);
    welcome->setText(tr("Welcome"));
    welcome->setAccessibleName(welcome->text());
    idle->addStretch(1);
    idle->addWidget(m_shopName);
    idle->addWidget(welcome);
    idle->addStretch(1);
    m_pages->addWidget(m_idlePage);

    m_invoicePage = new QWidget(this);
    auto *invoice = new QVBoxLayout(m_invoicePage);
    m_amount = bigLabel(m_invoicePage, 3.0);
    m_amount->setAccessibleName(tr("Amount to pay"));
    m_title = bigLabel(m_invoicePage, 1.4, false);
    m_title->setAccessibleName(tr("Purchase"));
    m_state = new StateBadge(m_invoicePage);
    Fonts::enlarge(m_state, 1.6, true);
    m_qr = new QrCodeWidget(m_invoicePage);
    m_countdown = new Countdown(m_invoicePage);
    Fonts::enlarge(m_countdown, 1.4);
    m_hint = bigLabel(m_invoicePage, 1.2, false);
    m_hint->setAccessibleName(tr("What to do"));
    m_coinAmount = bigLabel(m_invoicePage, 2.0);
    m_coinAmount->setAccessibleName(tr("Exact amount in the coin"));
    m_network = bigLabel(m_invoicePage, 1.1, true);
    m_network->setStyleSheet(QStringLiteral("QLabel { background: #fff3e0; color: #7a3b00; padding: 6px; }"));
    m_network->setAccessibleName(tr("Network"));
    m_testBanner = TestMark::banner(m_invoicePage, 2.2);
    m_testBanner->setText(TestMark::words() + QLatin1Char('\n') + tr("This is a test. Do not pay."));
    invoice->addWidget(m_testBanner);
    invoice->addWidget(m_amount);
    invoice->addWidget(m_title);
    invoice->addWidget(m_state);
    invoice->addWidget(m_coinAmount);
    invoice->addWidget(m_network);
    invoice->addWidget(m_qr, 1);
    invoice->addWidget(m_hint);
    invoice->addWidget(m_countdown);
    m_pages->addWidget(m_invoicePage);

    m_thanksPage = new QWidget(this);
    auto *thanks = new QVBoxLayout(m_thanksPage);
    m_thanks = bigLabel(m_thanksPage, 3.2);
    thanks->addStretch(1);
    thanks->addWidget(m_thanks);
    thanks->addStretch(1);
    m_pages->addWidget(m_thanksPage);

    m_thanksTimer.setSingleShot(true);
    m_thanksTimer.setInterval(ThankYouMs);
    connect(&m_thanksTimer, &QTimer::timeout, this, &CustomerDisplay::showIdle);
    connect(m_countdown, &Countdown::expired, this, &CustomerDisplay::expired);
    resize(600, 760);
    showIdle();
}

void CustomerDisplay::setShopName(const QString &name)
{
    m_shopName->setText(name);
}

bool CustomerDisplay::concernsTheCustomer(const InvoiceRecord &r)
{
    switch (r.state) {
    case InvoiceState::Open:
    case InvoiceState::Underpaid:
        return r.fields.whiteLabel || !r.paymentUrl.isEmpty();
    case InvoiceState::PaymentSeen: // "being confirmed": the customer waits for it
    case InvoiceState::Conflict:    // the customer waits while staff look into it
        return true;
    case InvoiceState::Expired: // only on the till's clock: being checked
        return !r.expiryConfirmed;
    default:
        return false;
    }
}

void CustomerDisplay::showInvoice(const InvoiceRecord &record)
{
    if (!concernsTheCustomer(record)) {
        showIdle();
        return;
    }
    m_thanksTimer.stop();
    m_invoiceId = record.id;
    m_shownAddress = record.coinAddress;
    m_amount->setText(record.fields.price.withUnit(record.fields.currency, m_locale, 2));
    m_title->setText(record.fields.title);
    m_testBanner->setVisible(record.fields.test);
    m_payHint = record.fields.test ? tr("A test: nothing is to be paid.") : tr("Scan the code with your phone to pay");
    if (!record.fields.whiteLabel) {
        m_qr->setText(record.paymentUrl);
    } else if (record.coinAddress.isEmpty()) {
        // The customer picks a coin and tells the cashier.
        QStringList names;
        for (const CoinOffer &offer : WhiteLabel::fromJson(record.coinOffers, *m_coins))
            names << offer.name;
        m_qr->clear();
        m_payHint = tr("Tell the cashier which coin you will pay with:") + QLatin1Char('\n')
                + names.join(QLatin1Char('\n'));
    } else {
        const Amount amount = record.coinAmount.value_or(Amount());
        m_coinAmount->setText(amount.withUnit(record.coin, m_locale));
        m_network->setText(tr("Pay %1 only. A payment sent on another network is lost.")
                                   .arg(m_coins->readableName(record.coin, record.network)));
        m_qr->setText(WhiteLabel::hasPaymentUri(record.coin)
                      ? WhiteLabel::paymentUri(record.coin, record.coinAddress, amount)
                      : record.coinAddress);
    }
    m_pages->setCurrentWidget(m_invoicePage);
    updatePayment(record);
}

void CustomerDisplay::updatePayment(const InvoiceRecord &record)
{
    if (record.id != m_invoiceId)
        return;
    if (record.fields.whiteLabel && record.coinAddress != m_shownAddress) {
        m_shownAddress = record.coinAddress;
        showInvoice(record); // a coin was chosen, or another one
        return;
    }
    if (record.state == InvoiceState::Paid || record.state == InvoiceState::PaidLate) {
        m_countdown->setDeadline(QDateTime());
        // A test invoice "pays itself" without money: it must never read as paid.
        m_thanks->setText(record.fields.test ? tr("TEST — no money was paid") : tr("Paid — thank you"));
        m_thanks->setAccessibleName(m_thanks->text());
        m_thanks->setStyleSheet(record.fields.test ? TestMark::styleSheet() : QStringLiteral("QLabel { color: #1b5e20; }"));
        m_pages->setCurrentWidget(m_thanksPage);
        m_thanksTimer.start();
        return;
    }
    // The code stays only while there is something left to pay with it.
    const bool payable = record.state == InvoiceState::Open || record.state == InvoiceState::Underpaid;
    const bool coinChosen = record.fields.whiteLabel && !record.coinAddress.isEmpty();
    m_qr->setVisible(payable && m_qr->hasCode());
    m_coinAmount->setVisible(payable && coinChosen);
    m_network->setVisible(payable && coinChosen);
    m_hint->setText(payable ? m_payHint : QString());
    m_state->setState(record.state);
    switch (record.state) {
    case InvoiceState::PaymentSeen:
        // In the customer's words; no amounts: the gateway has not confirmed them.
        m_state->hide();
        m_hint->setText(tr("Payment received, waiting for confirmation"));
        break;
    case InvoiceState::Conflict:
        // Staff must look into it; nothing for the customer to read into.
        m_state->hide();
        m_hint->setText(tr("One moment please, the cashier will be with you."));
        break;
    case InvoiceState::Open:
        m_state->hide();
        break;
    case InvoiceState::Expired:
        if (!record.expiryConfirmed) {
            // Only the till's countdown ran out: the gateway has the last word.
            m_state->hide();
            m_hint->setText(tr("One moment please, the payment is being checked."));
            break;
        }
        m_state->show();
        m_hint->setText(tr("This payment request has expired. Please ask the cashier."));
        break;
    default:
        m_state->show();
        break;
    }
    m_countdown->setDeadline(record.state == InvoiceState::Open ? record.expiresAt : QDateTime());
}

void CustomerDisplay::showIdle()
{
    m_thanksTimer.stop();
    m_invoiceId = -1;
    m_qr->clear();
    m_countdown->setDeadline(QDateTime());
    m_amount->clear();
    m_title->clear();
    m_testBanner->hide();
    m_pages->setCurrentWidget(m_idlePage);
}

bool CustomerDisplay::isIdle() const
{
    return m_pages->currentWidget() == m_idlePage;
}

bool CustomerDisplay::isThanking() const
{
    return m_pages->currentWidget() == m_thanksPage;
}

void CustomerDisplay::placeOn(QScreen *screen, bool fullScreen)
{
    if (screen) {
        setScreen(screen);
        move(screen->availableGeometry().topLeft());
    }
    if (fullScreen)
        showFullScreen();
    else
        showNormal();
}
