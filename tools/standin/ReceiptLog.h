#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>

// What reached the stand-in gateway, as a script counts it: one line per
// create_invoice received, "ORDER_ID<TAB>TIME", written and flushed before the
// answer goes out, so it survives a client killed mid-request.
class ReceiptLog
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptLog)

public:
    // Opens `path` for appending; returns an error sentence, or empty.
    QString open(const QString &path);
    bool isOpen() const { return m_file.isOpen(); }
    void record(const QString &orderId);

private:
    QFile m_file;
};
