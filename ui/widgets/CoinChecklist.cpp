#include "widgets/CoinChecklist.h"

#include "invoice/CoinCatalogue.h"

#include <QCheckBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

CoinChecklist::CoinChecklist(const CoinCatalogue *catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (const Coin &coin : catalogue->coins()) {
        //: A coin in the banned-coins list: readable name, then the gateway's code
        auto *box = new QCheckBox(tr("%1 (%2)").arg(coin.name, coin.code), this);
        box->setAccessibleName(box->text());
        if (!m_catalogue->parentOf(coin.code).isEmpty())
            box->setContentsMargins(24, 0, 0, 0);
        layout->addWidget(box);
        m_boxes.insert(coin.code, box);
        connect(box, &QCheckBox::toggled, this, [this, code = coin.code](bool on) {
            if (m_boxes.value(code)->isEnabled())
                m_ownChoice[code] = on;
            updateCovered();
            emit changed();
        });
    }
}

void CoinChecklist::updateCovered()
{
    for (const Coin &coin : m_catalogue->coins()) {
        const QString parent = m_catalogue->parentOf(coin.code);
        if (parent.isEmpty())
            continue;
        QCheckBox *box = m_boxes.value(coin.code);
        const bool covered = m_boxes.value(parent)->isChecked();
        const QSignalBlocker blocker(box);
        box->setEnabled(!covered);
        box->setChecked(covered || m_ownChoice.value(coin.code));
        box->setText(covered
                     //: A network ticked because its whole coin is banned, e.g. "USDT on TRON (TRC20), covered by USDT"
                     ? tr("%1 (%2), covered by %3").arg(coin.name, coin.code, parent)
                     : tr("%1 (%2)").arg(coin.name, coin.code));
        box->setAccessibleName(box->text());
    }
}

QStringList CoinChecklist::bannedCoins() const
{
    QStringList ticked;
    for (const Coin &coin : m_catalogue->coins()) {
        if (m_boxes.value(coin.code)->isChecked())
            ticked << coin.code;
    }
    return m_catalogue->normalizedBan(ticked);
}

void CoinChecklist::setBannedCoins(const QStringList &codes)
{
    const QStringList wanted = m_catalogue->normalizedBan(codes);
    for (const Coin &coin : m_catalogue->coins()) {
        QCheckBox *box = m_boxes.value(coin.code);
        const QSignalBlocker blocker(box);
        m_ownChoice[coin.code] = wanted.contains(coin.code);
        box->setChecked(wanted.contains(coin.code));
    }
    updateCovered();
    emit changed();
}
