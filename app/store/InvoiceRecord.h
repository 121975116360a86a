#pragma once

#include "invoice/InvoiceFields.h"
#include "invoice/InvoiceState.h"

#include <QDateTime>
#include <QMetaType>
#include <QStringList>

// An invoice as the history keeps it: what was asked, and what became of it.
struct InvoiceRecord
{
    qint64 id = -1;
    InvoiceFields fields;
    InvoiceState state = InvoiceState::Sending;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QString paymentUrl;
    QString failureText;          // the console's sentence for the cashier
    QStringList gatewayMessages;  // the gateway's own words, when it refused
};
Q_DECLARE_METATYPE(InvoiceRecord)

// One change of state, with the gateway's raw answer that caused it.
struct InvoiceEvent
{
    QDateTime at; // UTC
    InvoiceState state = InvoiceState::Sending;
    QString rawAnswer;
};
