#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QVector>
#include <optional>

// A QR code as a square of dark and light modules, encoded from UTF-8 text with
// libqrencode. Painting adds the quiet zone of four modules that scanners need and
// uses a whole number of pixels per module, so that every module stays crisp.
struct QrEncoding;

class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    static constexpr int QuietZone = 4;
    // Longer text makes a code too dense to scan from a metre away.
    static constexpr int MaxBytes = 1000;

    static QrEncoding encode(const QString &text);

    int size() const { return m_size; } // modules per side, without quiet zone
    bool isDark(int x, int y) const { return m_modules[y * m_size + x]; }
    const QString &text() const { return m_text; }

    // Modules per side including the quiet zone on both sides.
    int sizeWithQuietZone() const { return m_size + 2 * QuietZone; }
    // The largest whole pixels per module that fit into `pixels`, at least 1.
    int modulePixelsFor(int pixels) const;
    // An image `modulePixels` pixels per module, quiet zone included (grayscale).
    QImage toImage(int modulePixels) const;
    // An image as large as fits into a square of `pixels`, centred on white.
    QImage toImageFitting(int pixels) const;

private:
    QrCode() = default;
    int m_size = 0;
    QVector<bool> m_modules;
    QString m_text;
};

struct QrEncoding
{
    std::optional<QrCode> code;
    QString error; // for the cashier, shown instead of a broken image
};
