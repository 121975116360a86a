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
    // Choices beside the outcomes: not an ending of the invoice, but a mishap.
    static constexpr int GatewayDown = -1;
    static constexpr int AddressRefused = -2;

    explicit TrainingBanner(QWidget *parent = nullptr);
    QComboBox *outcomeBox() const { return m_outcome; }
    // Back to the default after the invoice it was chosen for.
    void resetOutcome();

signals:
    void setUpRequested();
    // A TrainingGateway::Outcome, or GatewayDown, or AddressRefused.
    void outcomeChosen(int outcome);

private:
    QPushButton *m_setUp;
    QComboBox *m_outcome;
};
