#pragma once

#include "store/InvoiceRecord.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QPushButton;
class CoinCatalogue;
class Countdown;
class QCheckBox;
class QListWidget;
class QMenu;
struct CoinOffer;
class QrCodeWidget;
class StateBadge;

// What the customer scans: the payment page's QR code, large, with the amount
// above it and the address printed beneath so it can be checked by eye. The
// cashier copies, saves or opens it from here, and New sale (Esc) clears it.
class PaymentPanel : public QWidget
{
    Q_OBJECT

public:
    PaymentPanel(const QLocale &locale, const CoinCatalogue *coins, QWidget *parent = nullptr);

    void showInvoice(const InvoiceRecord &record);
    // Follows the payment of the invoice on show; ignores any other invoice.
    void updatePayment(const InvoiceRecord &record);
    StateBadge *stateBadge() const { return m_stateBadge; }
    // White label: the gateway would not give an address for the chosen coin.
    void showCoinProblem(const QString &text, const QStringList &gatewayMessages);
    QListWidget *coinList() const { return m_coinList; }
    // What the QR code carries now.
    QString qrText() const;
    // Puts the keyboard where the cashier acts next: the coin list while a coin
    // is to be chosen, New sale otherwise. Call once the panel is on screen.
    void focusNextStep();
    // The words under the badge: what is missing, what to do.
    static QString detailFor(const InvoiceRecord &record, const QLocale &locale);
    qint64 invoiceId() const { return m_record.id; }
    QrCodeWidget *qrWidget() const { return m_qr; }
    // The receipt's ways (print, another printer, PDF), from the window's ReceiptFlow.
    void setReceiptMenu(QMenu *menu);
    QPushButton *receiptButton() const { return m_receipt; }
    // Writes the QR code as PNG; returns the reason when it could not.
    QString saveImageTo(const QString &path) const;

public slots:
    void copyLink();
    void copyAmount();
    void copyImage();
    void saveImage();
    void openInBrowser();

signals:
    void newSaleRequested();
    void coinChosen(qint64 invoiceId, const CoinOffer &offer);
    // The cashier asked for another coin: the one shown is no longer to be paid.
    void choosingAnotherCoin(qint64 invoiceId);
    void statusMessage(const QString &message);
    void expired();

private:
    void showWhiteLabel();
    void chooseAnotherCoin();

    QLocale m_locale;
    const CoinCatalogue *m_coins;
    InvoiceRecord m_record;
    QLabel *m_coinPrompt;
    QListWidget *m_coinList;
    QLabel *m_coinAmount;
    QLabel *m_network;
    QCheckBox *m_includeAmount;
    QPushButton *m_copyAmount;
    QPushButton *m_otherCoin;
    QPushButton *m_receipt;
    bool m_choosingCoin = false;
    QLabel *m_amount;
    QLabel *m_details;
    QLabel *m_testBanner;
    QLabel *m_note;
    StateBadge *m_stateBadge;
    Countdown *m_countdown;
    QrCodeWidget *m_qr;
    QLabel *m_address;
    QPushButton *m_copyLink;
    QPushButton *m_copyImage;
    QPushButton *m_saveImage;
    QPushButton *m_open;
    QPushButton *m_newSale;
};
