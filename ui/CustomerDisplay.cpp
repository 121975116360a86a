#include "CustomerDisplay.h"

#include "gateway/WhiteLabel.h"
#include "invoice/CoinCatalogue.h"
#include "widgets/Countdown.h"
#include "widgets/Fonts.h"
#include "widgets/QrCodeWidget.h"
#include "widgets/StateBadge.h"

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
    auto *paid = bigLabel(m_thanksPage, 3.2);
    paid->setText(tr("Paid — thank you"));
    paid->setAccessibleName(paid->text());
    paid->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    thanks->addStretch(1);
    thanks->addWidget(paid);
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

void CustomerDisplay::showInvoice(const InvoiceRecord &record)
{
    m_thanksTimer.stop();
    m_invoiceId = record.id;
    m_shownAddress = record.coinAddress;
    m_amount->setText(record.fields.price.withUnit(record.fields.currency, m_locale, 2));
    m_title->setText(record.fields.title);
    m_hint->setText(tr("Scan the code with your phone to pay"));
    m_coinAmount->hide();
    m_network->hide();
    m_qr->show();
    if (!record.fields.whiteLabel) {
        m_qr->setText(record.paymentUrl);
    } else if (record.coinAddress.isEmpty()) {
        // The customer picks a coin and tells the cashier.
        QStringList names;
        for (const CoinOffer &offer : WhiteLabel::fromJson(record.coinOffers, *m_coins))
            names << offer.name;
        m_qr->clear();
        m_qr->hide();
        m_hint->setText(tr("Tell the cashier which coin you will pay with:") + QLatin1Char('\n')
                        + names.join(QLatin1Char('\n')));
    } else {
        const Amount amount = record.coinAmount.value_or(Amount());
        m_coinAmount->setText(amount.withUnit(record.coin, m_locale));
        m_coinAmount->show();
        m_network->setText(tr("Pay %1 only. A payment sent on another network is lost.")
                                   .arg(m_coins->readableName(record.coin, record.network)));
        m_network->show();
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
        m_pages->setCurrentWidget(m_thanksPage);
        m_thanksTimer.start();
        return;
    }
    m_state->setState(record.state);
    m_state->setVisible(record.state != InvoiceState::Open);
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
