#pragma once

#include "qr/QrCode.h"

#include <QWidget>
#include <optional>

// Paints a QR code as large as the widget allows, at a whole number of pixels per
// module with its quiet zone, or, when the text cannot be encoded, says why in
// place of a broken image.
class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setText(const QString &text);
    void clear();
    QString text() const { return m_text; }
    QString errorText() const { return m_error; }
    bool hasCode() const { return m_code.has_value(); }
    // The image as painted now, quiet zone included; null without a code.
    QImage image() const;
    // A larger image for copying and saving, independent of the window size.
    QImage exportImage() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }
    QSize sizeHint() const override { return {360, 360}; }
    QSize minimumSizeHint() const override { return {180, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    QString m_error;
    std::optional<QrCode> m_code;
};
