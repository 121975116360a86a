#pragma once

#include <QFrame>

class QComboBox;
class QPushButton;

// The strip across the top of the window in training mode: no one may mistake a
// training invoice for a real payment.
class TrainingBanner : public QFrame
{
    Q_OBJECT

public:
    explicit TrainingBanner(QWidget *parent = nullptr);
    QPushButton *setUpButton() const { return m_setUp; }
    QComboBox *outcomeBox() const { return m_outcome; }
    // Back to the default after the invoice it was chosen for.
    void resetOutcome();

signals:
    void setUpRequested();
    // An index into TrainingGateway::outcomes(), or -1: the gateway goes down a while.
    void outcomeChosen(int outcome);

private:
    QPushButton *m_setUp;
    QComboBox *m_outcome;
};
