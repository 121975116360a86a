#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QLabel;
class QWidget;

// How a test invoice is marked wherever it shows (panel, customer display,
// notices, history, the recent strip): the same words and the same black on
// yellow, so that nobody takes a test for money received.
class TestMark
{
    Q_DECLARE_TR_FUNCTIONS(TestMark)

public:
    // "TEST — NO MONEY"
    static QString words();
    static QColor background() { return QColor(0xff, 0xd6, 0x00); }
    static QColor foreground() { return Qt::black; }
    // A large banner, hidden until shown; its accessible name is "Test invoice".
    static QLabel *banner(QWidget *parent, double scale);
    static QString styleSheet();
};
