#pragma once

#include "store/InvoiceRecord.h"

#include <QLocale>
#include <QTimer>
#include <QWidget>

class CoinCatalogue;
class Countdown;
class QLabel;
class QStackedLayout;
class QrCodeWidget;
class StateBadge;

// The window meant for a screen that faces the customer. It shows only what the
// customer needs: the amount, the QR code and the time left; then "Paid — thank
// you" for a few seconds; otherwise a calm idle screen with the shop's name.
// It is never given keys, settings or any invoice but the one being paid.
class CustomerDisplay : public QWidget
{
    Q_OBJECT

public:
    static constexpr int ThankYouMs = 6000;

    CustomerDisplay(const QLocale &locale, const CoinCatalogue *coins, QWidget *parent = nullptr);

    void setShopName(const QString &name);
    // Shows the invoice the cashier shows, as far as it concerns the customer:
    // one that can still be paid (or whose payment is being confirmed) gets its
    // page; one that is over, or has nothing to scan, leaves the screen idle.
    void showInvoice(const InvoiceRecord &record);
    static bool concernsTheCustomer(const InvoiceRecord &record);
    // Follows the payment of the invoice on show; ignores any other invoice.
    void updatePayment(const InvoiceRecord &record);
    void showIdle();

    bool isIdle() const;
    bool isThanking() const;
    qint64 invoiceId() const { return m_invoiceId; }
    QrCodeWidget *qrWidget() const { return m_qr; }
    // Full screen on `screen` when there is more than one, else a plain window.
    void placeOn(class QScreen *screen, bool fullScreen);

signals:
    void expired();

private:
    QLocale m_locale;
    const CoinCatalogue *m_coins;
    QLabel *m_coinAmount;
    QLabel *m_network;
    QLabel *m_hint;
    QString m_payHint; // what to do while the invoice can be paid
    QLabel *m_testBanner;
    QLabel *m_thanks;
    qint64 m_invoiceId = -1;
    QString m_shownAddress;
    QStackedLayout *m_pages;
    QWidget *m_idlePage;
    QWidget *m_invoicePage;
    QWidget *m_thanksPage;
    QLabel *m_shopName;
    QLabel *m_amount;
    QLabel *m_title;
    StateBadge *m_state;
    QrCodeWidget *m_qr;
    Countdown *m_countdown;
    QTimer m_thanksTimer;
};
