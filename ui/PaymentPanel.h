#pragma once

#include "store/InvoiceRecord.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QPushButton;
class Countdown;
class QrCodeWidget;
class StateBadge;

// What the customer scans: the payment page's QR code, large, with the amount
// above it and the address printed beneath so it can be checked by eye. The
// cashier copies, saves or opens it from here, and New sale (Esc) clears it.
class PaymentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentPanel(const QLocale &locale, QWidget *parent = nullptr);

    void showInvoice(const InvoiceRecord &record);
    // Follows the payment of the invoice on show; ignores any other invoice.
    void updatePayment(const InvoiceRecord &record);
    StateBadge *stateBadge() const { return m_stateBadge; }
    // The words under the badge: what is missing, what to do.
    static QString detailFor(const InvoiceRecord &record, const QLocale &locale);
    qint64 invoiceId() const { return m_record.id; }
    QrCodeWidget *qrWidget() const { return m_qr; }
    QPushButton *newSaleButton() const { return m_newSale; }
    // Writes the QR code as PNG; returns the reason when it could not.
    QString saveImageTo(const QString &path) const;

public slots:
    void copyLink();
    void copyImage();
    void saveImage();
    void openInBrowser();

signals:
    void newSaleRequested();
    void statusMessage(const QString &message);
    void expired();

private:
    QLocale m_locale;
    InvoiceRecord m_record;
    QLabel *m_amount;
    QLabel *m_details;
    QLabel *m_state;
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
