#include "widgets/TestMark.h"

#include "widgets/Fonts.h"

#include <QLabel>

QString TestMark::words()
{
    //: Marks a test invoice everywhere it shows; keep it short and loud
    return tr("TEST — NO MONEY");
}

QString TestMark::styleSheet()
{
    return QStringLiteral("QLabel { background: %1; color: %2; border: 3px solid %2; border-radius: 6px; padding: 8px; }")
            .arg(background().name(), foreground().name());
}

QLabel *TestMark::banner(QWidget *parent, double scale)
{
    auto *label = new QLabel(parent);
    Fonts::enlarge(label, scale, true);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(styleSheet());
    label->setAccessibleName(tr("Test invoice"));
    label->hide();
    return label;
}
