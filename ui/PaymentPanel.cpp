#include "PaymentPanel.h"

#include "gateway/PaymentRule.h"
#include "gateway/WhiteLabel.h"
#include "invoice/CoinCatalogue.h"
#include "widgets/Countdown.h"
#include "widgets/Fonts.h"
#include "widgets/QrCodeWidget.h"
#include "widgets/StateBadge.h"
#include "widgets/TestMark.h"

#include <QApplication>
#include <QCheckBox>
#include <QListWidget>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QMessageBox>
#include <QFontDatabase>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

PaymentPanel::PaymentPanel(const QLocale &locale, const CoinCatalogue *coins, QWidget *parent)
    : QWidget(parent), m_locale(locale), m_coins(coins)
{
    auto *layout = new QVBoxLayout(this);
    m_amount = new QLabel(this);
    Fonts::enlarge(m_amount, 2.2, true);
    m_amount->setAlignment(Qt::AlignCenter);
    m_amount->setAccessibleName(tr("Amount"));
    m_details = new QLabel(this);
    m_details->setAlignment(Qt::AlignCenter);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setAccessibleName(tr("Invoice"));
    m_testBanner = TestMark::banner(this, 1.8);
    m_testBanner->setText(TestMark::words() + QLatin1Char('\n')
                          + tr("No real money moves: do not hand over goods."));
    m_stateBadge = new StateBadge(this);
    Fonts::enlarge(m_stateBadge, 1.6, true);
    m_countdown = new Countdown(this);
    m_qr = new QrCodeWidget(this);
    m_address = new QLabel(this);
    m_address->setAlignment(Qt::AlignCenter);
    m_address->setWordWrap(true);
    m_address->setTextFormat(Qt::PlainText);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_address->setAccessibleName(tr("Payment page address"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_address->setFont(mono);

    m_note = new QLabel(this);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setAccessibleName(tr("Note"));
    m_note->hide();

    layout->addWidget(m_testBanner);
    layout->addWidget(m_amount);
    layout->addWidget(m_details);
    layout->addWidget(m_stateBadge);
    layout->addWidget(m_countdown);

    // White label: the coins on offer, then the chosen coin's amount and network.
    m_coinPrompt = new QLabel(tr("Choose the coin the customer pays with (Enter):"), this);
    m_coinPrompt->setWordWrap(true);
    m_coinList = new QListWidget(this);
    m_coinList->setAccessibleName(tr("Coins the customer can pay with"));
    m_coinPrompt->setBuddy(m_coinList);
    m_coinAmount = new QLabel(this);
    Fonts::enlarge(m_coinAmount, 2.2, true);
    m_coinAmount->setAlignment(Qt::AlignCenter);
    m_coinAmount->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_coinAmount->setAccessibleName(tr("Exact amount in the coin"));
    m_network = new QLabel(this);
    m_network->setAlignment(Qt::AlignCenter);
    m_network->setWordWrap(true);
    m_network->setTextFormat(Qt::PlainText);
    m_network->setStyleSheet(QStringLiteral("QLabel { background: #fff3e0; color: #7a3b00; padding: 6px; border-radius: 4px; }"));
    m_network->setAccessibleName(tr("Network"));
    m_includeAmount = new QCheckBox(tr("Put the amount in the code (wallets fill it in)"), this);
    m_includeAmount->setAccessibleName(m_includeAmount->text());
    m_includeAmount->setChecked(true);
    layout->addWidget(m_coinPrompt);
    layout->addWidget(m_coinList, 1);
    layout->addWidget(m_coinAmount);
    layout->addWidget(m_network);
    layout->addWidget(m_qr, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_includeAmount, 0, Qt::AlignHCenter);
    layout->addWidget(m_address);
    // Takes the room the code leaves when there is none (no page address, or a
    // coin still to choose), so the rest stays together at the top.
    layout->addStretch(0);

    auto *buttons = new QHBoxLayout;
    m_copyLink = new QPushButton(tr("Copy &link"), this);
    m_copyImage = new QPushButton(tr("Copy &image"), this);
    m_saveImage = new QPushButton(tr("Sa&ve image…"), this);
    m_open = new QPushButton(tr("&Open in browser"), this);
    m_copyAmount = new QPushButton(tr("Copy a&mount"), this);
    m_otherCoin = new QPushButton(tr("Another coi&n"), this);
    m_newSale = new QPushButton(tr("&New sale"), this);
    m_newSale->setToolTip(tr("Clear the screen for the next customer (Esc)"));
    m_receipt = new QPushButton(tr("&Receipt"), this);
    m_receipt->setToolTip(tr("Print this invoice's receipt (Ctrl+P), or save it as a PDF"));
    for (QPushButton *button : {m_copyLink, m_copyAmount, m_copyImage, m_saveImage, m_open, m_otherCoin, m_receipt, m_newSale}) {
        button->setAccessibleName(QString(button->text()).remove(QLatin1Char('&')).remove(QChar(0x2026)));
        buttons->addWidget(button);
    }
    buttons->insertStretch(7, 1);
    layout->addLayout(buttons);

    connect(m_copyLink, &QPushButton::clicked, this, &PaymentPanel::copyLink);
    connect(m_copyImage, &QPushButton::clicked, this, &PaymentPanel::copyImage);
    connect(m_saveImage, &QPushButton::clicked, this, &PaymentPanel::saveImage);
    connect(m_open, &QPushButton::clicked, this, &PaymentPanel::openInBrowser);
    connect(m_newSale, &QPushButton::clicked, this, &PaymentPanel::newSaleRequested);
    connect(m_countdown, &Countdown::expired, this, &PaymentPanel::expired);
    connect(m_copyAmount, &QPushButton::clicked, this, &PaymentPanel::copyAmount);
    connect(m_otherCoin, &QPushButton::clicked, this, &PaymentPanel::chooseAnotherCoin);
    connect(m_includeAmount, &QCheckBox::toggled, this, &PaymentPanel::showWhiteLabel);
    connect(m_coinList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QList<CoinOffer> offers = WhiteLabel::fromJson(m_record.coinOffers, *m_coins);
        const int index = m_coinList->row(item);
        if (index >= 0 && index < offers.size())
            emit coinChosen(m_record.id, offers.at(index));
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &PaymentPanel::newSaleRequested);
}

void PaymentPanel::showInvoice(const InvoiceRecord &record)
{
    m_record = record;
    const InvoiceFields &f = record.fields;
    m_amount->setText(f.price.withUnit(f.currency, m_locale, 2));
    QStringList details;
    if (!f.title.isEmpty())
        details << f.title;
    details << tr("Order %1").arg(f.orderId);
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_testBanner->setVisible(f.test);
    updatePayment(record);

    m_choosingCoin = f.whiteLabel && record.coinAddress.isEmpty();
    const bool hasPage = !record.paymentUrl.isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *>{m_coinPrompt, m_coinList, m_coinAmount, m_network,
                                                       m_includeAmount, m_copyAmount, m_otherCoin})
        w->setVisible(false);
    m_copyLink->setText(f.whiteLabel ? tr("Copy &address") : tr("Copy &link"));
    m_copyLink->setAccessibleName(f.whiteLabel ? tr("Copy address") : tr("Copy link"));
    if (f.whiteLabel) {
        showWhiteLabel();
    } else if (hasPage) {
        m_qr->show();
        m_qr->setText(record.paymentUrl);
        m_address->setText(record.paymentUrl);
    } else {
        m_qr->clear();
        m_qr->hide(); // no empty square where a code would be
        m_address->clear();
    }
    // An invoice the gateway has but whose page address never reached the
    // console (its answer was lost, then it was found by order number): say so
    // rather than show an empty space where the code would be.
    const bool pageLost = !f.whiteLabel && !hasPage && record.state != InvoiceState::Failed
            && record.state != InvoiceState::Sending && record.state != InvoiceState::Unknown;
    m_note->setText(pageLost ? tr("The payment page address was lost with the gateway's answer, so its code cannot be shown here. "
                                  "The state above is the gateway's.")
                             : QString());
    m_note->setVisible(pageLost);
    m_copyLink->setEnabled(hasPage || !record.coinAddress.isEmpty());
    m_copyImage->setEnabled(m_qr->hasCode());
    m_saveImage->setEnabled(m_qr->hasCode());
    const QString scheme = QUrl(record.paymentUrl).scheme().toLower();
    m_open->setEnabled(scheme == QLatin1String("http") || scheme == QLatin1String("https"));
    focusNextStep();
}

QString PaymentPanel::detailFor(const InvoiceRecord &r, const QLocale &locale)
{
    if (r.fields.test && (r.state == InvoiceState::Paid || r.state == InvoiceState::PaidLate))
        return tr("A test invoice pays itself: no money was received.");
    switch (r.state) {
    case InvoiceState::Underpaid: {
        // Underpaid is only ever said where asked and paid share a unit.
        const auto paid = r.paid();
        const auto missing = PaymentRule::missing(r);
        if (!paid || !missing)
            return tr("Not all of the amount has come in: ask the customer to pay the rest.");
        //: %1 amount missing with its unit, %2 amount received with its unit
        QString text = tr("%1 missing (%2 received).")
                               .arg(missing->amount.withUnit(missing->unit, locale), paid->amount.withUnit(paid->unit, locale));
        text += QLatin1Char(' ');
        // The tolerance is in USDT: it says something only of a USDT shortfall.
        const bool inUsdt = missing->unit.startsWith(QLatin1String("USDT"), Qt::CaseInsensitive);
        text += r.fields.margin && inUsdt
                ? tr("More than the tolerance of %1: ask the customer to pay the rest.").arg(r.fields.margin->withUnit(QStringLiteral("USDT"), locale, 2))
                : tr("Ask the customer to pay the rest.");
        return text;
    }
    case InvoiceState::Expired:
        if (!r.expiryConfirmed)
            return tr("Time is up on this till's clock. Checking with the gateway whether it was paid…");
        return tr("Not paid in time. Make a new invoice if the customer still wants to pay.");
    case InvoiceState::PaidLate:
        return tr("The payment came in after the invoice had expired.");
    case InvoiceState::Paid:
        return r.paidAmount ? tr("%1 %2 received.").arg(r.paidAmount->toLocaleString(locale, 2), r.paidCurrency) : QString();
    case InvoiceState::PaymentSeen:
        // What came in is in a coin; the price may be in another unit, so nothing
        // is said of what is missing: only the gateway can call it paid.
        return r.paidAmount && !r.paidAmount->isZero()
                //: %1 is what came in with its coin, e.g. "0.00016667 BTC"
                ? tr("Payment seen: %1, waiting for the gateway to confirm.").arg(r.paidAmount->withUnit(r.paidCurrency, locale))
                : tr("A payment was seen; waiting for the gateway to confirm it.");
    case InvoiceState::Conflict: {
        QString text = tr("The gateway holds a different invoice under this order number. "
                          "Do not hand over the goods: ask a manager to check it in the gateway account.");
        if (!r.failureText.isEmpty())
            text += QLatin1Char('\n') + r.failureText;
        return text;
    }
    default:
        return QString();
    }
}

void PaymentPanel::updatePayment(const InvoiceRecord &record)
{
    if (record.id != m_record.id)
        return;
    const bool coinChanged = record.coinAddress != m_record.coinAddress;
    m_record = record;
    if (coinChanged)
        showInvoice(record);
    m_stateBadge->setState(record.state, detailFor(record, m_locale));
    if (record.fields.test) // a green "Paid" must not be read as money received
        m_stateBadge->setStyleSheet(TestMark::styleSheet());
    m_otherCoin->setVisible(record.fields.whiteLabel && !m_choosingCoin && record.state == InvoiceState::Open
                            && !(record.paidAmount && !record.paidAmount->isZero()));
    m_countdown->setDeadline(record.state == InvoiceState::Open ? record.expiresAt : QDateTime());
    m_countdown->setVisible(record.state == InvoiceState::Open && record.expiresAt.isValid());
}

void PaymentPanel::showWhiteLabel()
{
    const InvoiceRecord &r = m_record;
    if (!r.fields.whiteLabel)
        return;
    const bool awaiting = r.state == InvoiceState::Open && !(r.paidAmount && !r.paidAmount->isZero());
    if (m_choosingCoin) {
        const QList<CoinOffer> offers = WhiteLabel::fromJson(r.coinOffers, *m_coins);
        m_coinList->clear();
        for (const CoinOffer &offer : offers)
            m_coinList->addItem(offer.name);
        m_coinPrompt->setText(r.failureText.isEmpty() ? tr("Choose the coin the customer pays with (Enter):") : r.failureText);
        m_coinPrompt->show();
        m_coinList->setVisible(!offers.isEmpty());
        m_coinList->setEnabled(awaiting);
        m_qr->clear();
        m_qr->hide();
        m_address->clear();
        if (!offers.isEmpty())
            m_coinList->setCurrentRow(0);
        return;
    }
    const QString name = m_coins->readableName(r.coin, r.network);
    const Amount amount = r.coinAmount.value_or(Amount());
    m_coinAmount->setText(amount.withUnit(r.coin, m_locale));
    //: %1 is the network spelled out, e.g. "USDT on TRON (TRC20)"
    m_network->setText(tr("Pay %1 only. A payment sent on another network is lost.").arg(name));
    const bool uri = WhiteLabel::hasPaymentUri(r.coin);
    m_includeAmount->setVisible(uri);
    m_qr->setText(uri && m_includeAmount->isChecked() ? WhiteLabel::paymentUri(r.coin, r.coinAddress, amount)
                                                      : r.coinAddress);
    m_qr->show();
    m_address->setText(r.coinAddress);
    for (QWidget *w : std::initializer_list<QWidget *>{m_coinAmount, m_network, m_copyAmount})
        w->show();
    m_otherCoin->setVisible(awaiting);
    m_copyImage->setEnabled(m_qr->hasCode());
    m_saveImage->setEnabled(m_qr->hasCode());
}

void PaymentPanel::chooseAnotherCoin()
{
    m_choosingCoin = true;
    emit choosingAnotherCoin(m_record.id); // the old coin's code leaves the customer's screen too
    for (QWidget *w : std::initializer_list<QWidget *>{m_coinAmount, m_network, m_includeAmount, m_copyAmount, m_otherCoin})
        w->hide();
    showWhiteLabel();
}

void PaymentPanel::showCoinProblem(const QString &text, const QStringList &gatewayMessages)
{
    QString message = text;
    for (const QString &line : gatewayMessages)
        message += QStringLiteral("\n• ") + line;
    //: After a coin's address could not be had
    message += QLatin1Char('\n') + tr("Choose the coin again or another coin.");
    m_coinPrompt->setText(message);
    m_coinPrompt->show();
    emit statusMessage(text);
}

void PaymentPanel::focusNextStep()
{
    if (m_coinList->isVisible() && m_coinList->count() > 0 && m_coinList->isEnabled())
        m_coinList->setFocus();
    else
        m_newSale->setFocus();
}

QString PaymentPanel::qrText() const
{
    return m_qr->hasCode() ? m_qr->text() : QString();
}

void PaymentPanel::copyAmount()
{
    if (!m_record.coinAmount)
        return;
    QGuiApplication::clipboard()->setText(m_record.coinAmount->toCanonical());
    emit statusMessage(tr("Amount copied."));
}

void PaymentPanel::copyLink()
{
    if (m_record.fields.whiteLabel) {
        QGuiApplication::clipboard()->setText(m_record.coinAddress);
        emit statusMessage(tr("Address copied."));
        return;
    }
    QGuiApplication::clipboard()->setText(m_record.paymentUrl);
    emit statusMessage(tr("Link copied."));
}

void PaymentPanel::copyImage()
{
    const QImage image = m_qr->exportImage();
    if (image.isNull())
        return;
    QGuiApplication::clipboard()->setImage(image);
    emit statusMessage(tr("QR code image copied."));
}

QString PaymentPanel::saveImageTo(const QString &path) const
{
    const QImage image = m_qr->exportImage();
    if (image.isNull())
        return tr("There is no QR code to save.");
    QImageWriter writer(path, "png");
    if (!writer.write(image))
        return tr("The image could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), writer.errorString());
    return QString();
}

void PaymentPanel::saveImage()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QDir(folder).filePath(tr("invoice-%1.png").arg(m_record.fields.orderId));
    QString path = QFileDialog::getSaveFileName(this, tr("Save QR code"), suggested, tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    const QString error = saveImageTo(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Image not saved"), error);
        return;
    }
    emit statusMessage(tr("QR code saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void PaymentPanel::openInBrowser()
{
    const QUrl url(m_record.paymentUrl);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return;
    if (!QDesktopServices::openUrl(url))
        emit statusMessage(tr("No web browser could be opened. Copy the link instead."));
}

void PaymentPanel::setReceiptMenu(QMenu *menu)
{
    m_receipt->setMenu(menu);
}
