#pragma once

#include <QWidget>

// Screens meant to be read from a distance (amount, state, QR page) enlarge
// their fonts relative to the system's, never to fixed sizes.
namespace Fonts {
inline void enlarge(QWidget *widget, double scale, bool bold = false)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    widget->setFont(font);
}
}
