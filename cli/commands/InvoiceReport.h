#pragma once

#include "store/InvoiceRecord.h"

#include <QCoreApplication>

class CliOutput;
class CoinCatalogue;

// Says how an invoice stands, for `create` and `status`: sentences for people,
// fields of the JSON object for scripts (states by their stable storage names).
class InvoiceReport
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceReport)

public:
    // `withFailure`: also say why it failed (left out where the error was just said).
    static void describe(const InvoiceRecord &record, const CoinCatalogue &coins, CliOutput &out,
                         bool withFailure = true);
};
