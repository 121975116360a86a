#pragma once

#include "invoice/InvoiceState.h"

#include <QLabel>

// An invoice's state as a badge: a symbol, the words, and a colour, so that it
// reads at a glance and without colour alike.
class StateBadge : public QLabel
{
    Q_OBJECT

public:
    explicit StateBadge(QWidget *parent = nullptr);

    void setState(InvoiceState state, const QString &detail = QString());
    InvoiceState state() const { return m_state; }

    static QString symbolOf(InvoiceState state);
    static QColor colourOf(InvoiceState state);

private:
    InvoiceState m_state = InvoiceState::Open;
};
