#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The coins and networks the gateway is known to take. A code is either a whole
// coin ("USDT": every network of it) or COIN-NETWORK ("USDT-TRC20": one network),
// which is exactly how the gateway's banned_coins list spells them.
struct Coin
{
    QString code;     // as on the wire: "BTC", "USDT-TRC20"
    QString coin;     // "USDT"
    QString network;  // "TRC20"; empty for a whole coin that spans networks
    QString name;     // translated, readable: "USDT on TRON (TRC20)"

    bool isWholeCoin() const { return network.isEmpty(); }
};

class CoinCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(CoinCatalogue)

public:
    CoinCatalogue();

    const QList<Coin> &coins() const { return m_coins; }
    std::optional<Coin> find(const QString &code) const;
    // Network codes that a whole-coin code covers ("USDT" -> USDT-TRC20, ...).
    QStringList networksOf(const QString &wholeCoinCode) const;
    // The whole coin that covers a network code, or an empty string.
    QString parentOf(const QString &code) const;

    // Codes in catalogue order, without network codes already covered by their coin.
    QStringList normalizedBan(const QStringList &codes) const;
    // True when the ban leaves the customer no coin to pay with.
    bool bansEverything(const QStringList &codes) const;

    // A readable name for a coin and network as the gateway reports them
    // ("USDT" + "TRC20", or "BTC" + "BTC" for a native coin).
    QString readableName(const QString &coin, const QString &network) const;

private:
    QList<Coin> m_coins;
};
