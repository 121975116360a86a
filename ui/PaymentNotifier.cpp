#include "PaymentNotifier.h"

#include "settings/TillSettings.h"
#include "widgets/TestMark.h"

#include <QApplication>
#include <QSystemTrayIcon>

PaymentNotifier::PaymentNotifier(TillSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/merchant-console.svg")), this);
        m_tray->setToolTip(QStringLiteral("Merchant Console"));
        m_tray->show();
    }
}

bool PaymentNotifier::isWorthANotice(InvoiceState state)
{
    return state == InvoiceState::Paid || state == InvoiceState::Underpaid || state == InvoiceState::PaidLate;
}

QString PaymentNotifier::noticeText(const InvoiceRecord &r)
{
    const QString amount = r.fields.price.withUnit(r.fields.currency, QLocale(), 2);
    //: Desktop notice: "Paid: 12.50 USD, order K7QD-…"
    const QString text = tr("%1: %2, order %3").arg(InvoiceStates::displayName(r.state), amount, r.fields.orderId);
    // A test invoice "pays itself" with no money: the notice says so first.
    //: A notice of a test invoice: %1 is "TEST — NO MONEY", %2 the notice
    return r.fields.test ? tr("%1 · %2").arg(TestMark::words(), text) : text;
}

void PaymentNotifier::onPaymentChanged(const InvoiceRecord &record, InvoiceState previous)
{
    if (record.state == previous || !isWorthANotice(record.state) || m_settings->soundsMuted())
        return;
    QApplication::beep();
    if (m_tray)
        m_tray->showMessage(QStringLiteral("Merchant Console"), noticeText(record),
                            record.state == InvoiceState::Paid && !record.fields.test ? QSystemTrayIcon::Information
                                                                                      : QSystemTrayIcon::Warning);
    emit notified(record);
}
