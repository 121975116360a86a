#include "widgets/TrainingBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

TrainingBanner::TrainingBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("trainingBanner"));
    setStyleSheet(QStringLiteral("#trainingBanner { background: #ffd54f; }"
                                 "#trainingBanner QLabel { color: #000; font-weight: bold; }"));
    auto *layout = new QHBoxLayout(this);
    auto *text = new QLabel(tr("TRAINING MODE: no real money moves. Invoices go to the built-in training gateway."), this);
    text->setWordWrap(true);
    text->setAccessibleName(text->text());
    m_setUp = new QPushButton(tr("Set up the real gateway…"), this);
    m_setUp->setAccessibleName(tr("Set up the real gateway"));
    layout->addWidget(text, 1);
    layout->addWidget(m_setUp);
    connect(m_setUp, &QPushButton::clicked, this, &TrainingBanner::setUpRequested);
}
