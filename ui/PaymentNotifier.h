#pragma once

#include "store/InvoiceRecord.h"

#include <QObject>

class QSystemTrayIcon;
class TillSettings;

// A sound and a desktop notification when money comes in (paid, underpaid, paid
// late), unless Settings mutes them. Nothing for other changes: the screen shows
// those.
class PaymentNotifier : public QObject
{
    Q_OBJECT

public:
    PaymentNotifier(TillSettings *settings, QObject *parent = nullptr);

    static bool isWorthANotice(InvoiceState state);
    static QString noticeText(const InvoiceRecord &record);

public slots:
    void onPaymentChanged(const InvoiceRecord &record, InvoiceState previous);

signals:
    // Emitted for every notice given (tests count them).
    void notified(const InvoiceRecord &record);

private:
    TillSettings *m_settings;
    QSystemTrayIcon *m_tray = nullptr;
};
