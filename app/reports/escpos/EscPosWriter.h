#pragma once

#include "reports/PrintDocument.h"

#include <QByteArray>
#include <QCoreApplication>

// How a thermal printer is set up: its paper, how it gets a QR code, and
// whether it has a cutter.
struct EscPosOptions
{
    enum class Paper { Mm58, Mm80 };
    // Raster: the console draws the code and sends it as a picture (GS v 0),
    // which every printer prints. Native: the printer draws it itself from the
    // text (GS ( k): fewer bytes, but not every printer has the command.
    enum class QrMode { Raster, Native };

    Paper paper = Paper::Mm80;
    QrMode qr = QrMode::Raster;
    bool cut = true;

    // Characters per line in font A (12 dots wide): 32 on 58 mm, 48 on 80 mm.
    int columns() const;
    // Printable dots per line at 203 dpi: 384 on 58 mm, 576 on 80 mm.
    int dots() const;
};

// A PrintDocument as ESC/POS commands, for a thermal receipt printer reached by
// EscPosSink. Everything is laid out here, in characters: lines are wrapped to
// the paper (wider characters counted wider), amounts are never broken, the QR
// code is sized to the paper, and the paper is cut at the end.
class EscPosWriter
{
    Q_DECLARE_TR_FUNCTIONS(EscPosWriter)

public:
    static QByteArray write(const PrintDocument &doc, const EscPosOptions &options);
};
