#pragma once

#include "history/HistoryTotals.h"
#include "store/InvoiceRecord.h"

#include <QString>

// One kind of export file (CSV, XLSX): a header, one row per invoice, and an end
// that may add the totals. Each step returns false on failure with error() saying
// why in a sentence; HistoryExport drives it and owns the file's life (temporary
// name, rename, removal on cancel).
class ExportWriter
{
public:
    virtual ~ExportWriter() = default;
    virtual bool begin() = 0;
    virtual bool row(const InvoiceRecord &record) = 0;
    // `totals`: of exactly the rows written.
    virtual bool end(const HistoryTotals &totals) = 0;
    QString error() const { return m_error; }

protected:
    QString m_error;
};
