#pragma once

#include <QDateTime>
#include <QLabel>
#include <QTimer>

// Time left until an invoice expires, ticking each second. It says when it ran
// out, so the state can move to expired even before the gateway is asked again.
class Countdown : public QLabel
{
    Q_OBJECT

public:
    explicit Countdown(QWidget *parent = nullptr);

    void setDeadline(const QDateTime &utc);
    static QString remainingText(qint64 seconds);

signals:
    void expired();

private:
    void tick();

    QDateTime m_deadline;
    QTimer m_timer;
    bool m_announced = false;
};
