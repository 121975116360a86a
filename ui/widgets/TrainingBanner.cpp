#include "widgets/TrainingBanner.h"

#include "training/TrainingGateway.h"

#include <QComboBox>
#include <QVBoxLayout>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

TrainingBanner::TrainingBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("trainingBanner"));
    setStyleSheet(QStringLiteral("#trainingBanner { background: #ffd54f; }"
                                 "#trainingBanner QLabel { color: #000; font-weight: bold; }"));
    auto *outer = new QVBoxLayout(this);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout);
    auto *text = new QLabel(tr("TRAINING MODE: no real money moves. Invoices go to the built-in training gateway."), this);
    text->setWordWrap(true);
    text->setAccessibleName(text->text());
    m_setUp = new QPushButton(tr("Set up the real gateway…"), this);
    m_setUp->setAccessibleName(tr("Set up the real gateway"));
    layout->addWidget(text, 1);
    layout->addWidget(m_setUp);
    connect(m_setUp, &QPushButton::clicked, this, &TrainingBanner::setUpRequested);

    // Staff rehearse each ending a payment can have on the next invoice.
    auto *rehearse = new QHBoxLayout;
    auto *caption = new QLabel(tr("Next training invoice:"), this);
    m_outcome = new QComboBox(this);
    for (TrainingGateway::Outcome outcome : TrainingGateway::outcomes())
        m_outcome->addItem(TrainingGateway::outcomeName(outcome), int(outcome));
    m_outcome->addItem(tr("The gateway is down for 30 seconds"), GatewayDown);
    m_outcome->addItem(tr("White label: the next coin address is refused"), AddressRefused);
    m_outcome->setAccessibleName(tr("Next training invoice"));
    caption->setBuddy(m_outcome);
    rehearse->addWidget(caption);
    rehearse->addWidget(m_outcome, 1);
    outer->addLayout(rehearse);
    connect(m_outcome, &QComboBox::activated, this, [this](int index) {
        emit outcomeChosen(m_outcome->itemData(index).toInt());
    });
}

void TrainingBanner::resetOutcome()
{
    m_outcome->setCurrentIndex(0);
}
