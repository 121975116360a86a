#include "widgets/StateBadge.h"

StateBadge::StateBadge(QWidget *parent) : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Payment state"));
    setState(InvoiceState::Open);
}

QString StateBadge::symbolOf(InvoiceState state)
{
    switch (state) {
    case InvoiceState::Paid: return QStringLiteral("✔");
    case InvoiceState::PaidLate: return QStringLiteral("✔");
    case InvoiceState::Underpaid: return QStringLiteral("⚠");
    case InvoiceState::Expired: return QStringLiteral("⌛");
    case InvoiceState::Failed: return QStringLiteral("✖");
    case InvoiceState::Unknown: return QStringLiteral("?");
    case InvoiceState::PaymentSeen: return QStringLiteral("◔");
    case InvoiceState::Conflict: return QStringLiteral("⚠");
    case InvoiceState::Sending:
    case InvoiceState::Open: return QStringLiteral("…");
    }
    return QString();
}

QColor StateBadge::colourOf(InvoiceState state)
{
    switch (state) {
    case InvoiceState::Paid: return QColor(0x1b, 0x5e, 0x20);
    case InvoiceState::PaidLate:
    case InvoiceState::Underpaid: return QColor(0xe6, 0x51, 0x00);
    case InvoiceState::Expired:
    case InvoiceState::Failed: return QColor(0xb7, 0x1c, 0x1c);
    case InvoiceState::Unknown:
    case InvoiceState::Conflict: return QColor(0x4a, 0x14, 0x8c);
    case InvoiceState::PaymentSeen: return QColor(0x0d, 0x47, 0xa1);
    case InvoiceState::Sending:
    case InvoiceState::Open: return QColor(0x0d, 0x47, 0xa1);
    }
    return Qt::black;
}

void StateBadge::setState(InvoiceState state, const QString &detail)
{
    m_state = state;
    QString text = symbolOf(state) + QLatin1Char(' ') + InvoiceStates::displayName(state);
    if (!detail.isEmpty())
        text += QLatin1Char('\n') + detail;
    setText(text);
    setAccessibleDescription(text);
    setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 6px; padding: 6px 14px; }")
                          .arg(colourOf(state).name()));
}
