#include "qr/QrCode.h"

#include <QPainter>
#include <qrencode.h>

#include <memory>

QrEncoding QrCode::encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.isEmpty())
        return {std::nullopt, tr("There is nothing to show as a QR code.")};
    if (utf8.size() > MaxBytes || utf8.contains('\0'))
        return {std::nullopt, tr("This address is too long to show as a QR code. Copy the link instead.")};

    std::unique_ptr<QRcode, decltype(&QRcode_free)> raw(
            QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!raw)
        return {std::nullopt, tr("The QR code could not be made. Copy the link instead.")};

    QrCode code;
    code.m_size = raw->width;
    code.m_text = text;
    code.m_modules.resize(raw->width * raw->width);
    for (int i = 0; i < raw->width * raw->width; ++i)
        code.m_modules[i] = (raw->data[i] & 1) != 0; // bit 0: dark module
    return {code, QString()};
}

int QrCode::modulePixelsFor(int pixels) const
{
    return std::max(1, pixels / sizeWithQuietZone());
}

QImage QrCode::toImage(int modulePixels) const
{
    const int side = sizeWithQuietZone() * modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            const int top = (y + QuietZone) * modulePixels;
            const int left = (x + QuietZone) * modulePixels;
            for (int row = top; row < top + modulePixels; ++row)
                memset(image.scanLine(row) + left, 0, size_t(modulePixels));
        }
    }
    return image;
}

QImage QrCode::toImageFitting(int pixels) const
{
    const QImage code = toImage(modulePixelsFor(pixels));
    if (code.width() >= pixels)
        return code;
    QImage image(pixels, pixels, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter painter(&image);
    const int offset = (pixels - code.width()) / 2;
    painter.drawImage(offset, offset, code);
    return image;
}
