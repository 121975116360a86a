#include "widgets/QrCodeWidget.h"

#include <QPainter>

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("QR code of the payment page"));
}

void QrCodeWidget::setText(const QString &text)
{
    m_text = text;
    QrEncoding encoding = QrCode::encode(text);
    m_code = std::move(encoding.code);
    m_error = encoding.error;
    setAccessibleDescription(m_code ? text : m_error);
    update();
}

void QrCodeWidget::clear()
{
    m_text.clear();
    m_error.clear();
    m_code.reset();
    update();
}

QImage QrCodeWidget::image() const
{
    if (!m_code)
        return QImage();
    return m_code->toImage(m_code->modulePixelsFor(std::min(width(), height())));
}

QImage QrCodeWidget::exportImage() const
{
    if (!m_code)
        return QImage();
    return m_code->toImage(m_code->modulePixelsFor(800));
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_code) {
        if (!m_error.isEmpty()) {
            painter.setPen(QColor(0xb0, 0x00, 0x20));
            painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_error);
        }
        return;
    }
    const QImage code = image();
    const QPoint topLeft((width() - code.width()) / 2, (height() - code.height()) / 2);
    painter.drawImage(topLeft, code);
}
