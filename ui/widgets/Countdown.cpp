#include "widgets/Countdown.h"

Countdown::Countdown(QWidget *parent) : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setAccessibleName(tr("Time left to pay"));
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &Countdown::tick);
}

QString Countdown::remainingText(qint64 s)
{
    const qint64 hours = s / 3600;
    const qint64 minutes = (s % 3600) / 60;
    const qint64 seconds = s % 60;
    const QString clock = hours > 0
            ? QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(seconds, 2, 10, QLatin1Char('0'))
            : QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
    //: Time left to pay, e.g. "Expires in 14:59" or "Expires in 47:59:12"
    return tr("Expires in %1").arg(clock);
}

void Countdown::setDeadline(const QDateTime &utc)
{
    m_deadline = utc;
    m_announced = false;
    if (!utc.isValid()) {
        m_timer.stop();
        clear();
        return;
    }
    m_timer.start();
    tick();
}

void Countdown::tick()
{
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_deadline);
    if (left > 0) {
        setText(remainingText(left));
        return;
    }
    m_timer.stop();
    setText(tr("Expired"));
    if (!m_announced) {
        m_announced = true;
        emit expired();
    }
}
