#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class CoinCatalogue;
class QCheckBox;

// The coins a customer may not pay with, as a checklist built from the catalogue.
// Ticking a whole coin (USDT) covers all its networks: they show as ticked and
// covered, and the invoice carries only the whole-coin code.
class CoinChecklist : public QWidget
{
    Q_OBJECT

public:
    CoinChecklist(const CoinCatalogue *catalogue, QWidget *parent = nullptr);

    QStringList bannedCoins() const;
    void setBannedCoins(const QStringList &codes);
    QCheckBox *checkBoxFor(const QString &code) const { return m_boxes.value(code); }

signals:
    void changed();

private:
    void updateCovered();

    const CoinCatalogue *m_catalogue;
    QHash<QString, QCheckBox *> m_boxes;
    QHash<QString, bool> m_ownChoice; // a network's tick of its own, kept while covered
};
