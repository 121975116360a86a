#pragma once

#include <QString>

// Who the receipt is from: printed at its head.
struct ShopProfile
{
    QString name;
    QString address;   // may hold several lines
    QString taxNumber;
    QString tillName;  // the till's name on receipts and reports
};

// Where receipts go by default, and whether a paid invoice prints by itself.
struct ReceiptPrinterChoice
{
    enum class Kind { None, System, EscPos };
    enum class Paper { Mm58, Mm80 };
    enum class QrMode { Raster, Native };

    Kind kind = Kind::None;
    QString systemPrinter;  // a printer the system knows; empty: its default one
    QString escposTarget;   // "host[:port]" (raw TCP, 9100) or a device path such as /dev/usb/lp0
    Paper paper = Paper::Mm80;
    QrMode qrMode = QrMode::Raster; // Native: the printer draws the QR itself (GS ( k)
    bool autoPrintPaid = false;     // print, with no dialog, when an invoice turns paid

    friend bool operator==(const ReceiptPrinterChoice &a, const ReceiptPrinterChoice &b)
    {
        return a.kind == b.kind && a.systemPrinter == b.systemPrinter && a.escposTarget == b.escposTarget
                && a.paper == b.paper && a.qrMode == b.qrMode && a.autoPrintPaid == b.autoPrintPaid;
    }
    friend bool operator!=(const ReceiptPrinterChoice &a, const ReceiptPrinterChoice &b) { return !(a == b); }
};
