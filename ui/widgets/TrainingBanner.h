#pragma once

#include <QFrame>

class QPushButton;

// The strip across the top of the window in training mode: no one may mistake a
// training invoice for a real payment.
class TrainingBanner : public QFrame
{
    Q_OBJECT

public:
    explicit TrainingBanner(QWidget *parent = nullptr);
    QPushButton *setUpButton() const { return m_setUp; }

signals:
    void setUpRequested();

private:
    QPushButton *m_setUp;
};
