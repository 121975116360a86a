#include "invoice/CoinCatalogue.h"

#include <QSet>

CoinCatalogue::CoinCatalogue()
{
    m_coins = {
        {QStringLiteral("USDT"), QStringLiteral("USDT"), QString(),
         tr("USDT (Tether) on every network")},
        {QStringLiteral("USDT-TRC20"), QStringLiteral("USDT"), QStringLiteral("TRC20"),
         tr("USDT on TRON (TRC20)")},
        {QStringLiteral("USDT-ERC20"), QStringLiteral("USDT"), QStringLiteral("ERC20"),
         tr("USDT on Ethereum (ERC20)")},
        {QStringLiteral("USDT-BEP20"), QStringLiteral("USDT"), QStringLiteral("BEP20"),
         tr("USDT on BNB Smart Chain (BEP20)")},
        {QStringLiteral("BTC"), QStringLiteral("BTC"), QStringLiteral("BTC"), tr("Bitcoin")},
        {QStringLiteral("ETH"), QStringLiteral("ETH"), QStringLiteral("ETH"), tr("Ethereum")},
        {QStringLiteral("TRX"), QStringLiteral("TRX"), QStringLiteral("TRX"), tr("TRON")},
        {QStringLiteral("BNB"), QStringLiteral("BNB"), QStringLiteral("BNB"), tr("BNB")},
        {QStringLiteral("LTC"), QStringLiteral("LTC"), QStringLiteral("LTC"), tr("Litecoin")},
    };
}

std::optional<Coin> CoinCatalogue::find(const QString &code) const
{
    for (const Coin &coin : m_coins) {
        if (coin.code.compare(code, Qt::CaseInsensitive) == 0)
            return coin;
    }
    return std::nullopt;
}

QStringList CoinCatalogue::networksOf(const QString &wholeCoinCode) const
{
    QStringList result;
    const QString prefix = wholeCoinCode + QLatin1Char('-');
    for (const Coin &coin : m_coins) {
        if (coin.code.startsWith(prefix))
            result << coin.code;
    }
    return result;
}

QString CoinCatalogue::parentOf(const QString &code) const
{
    const int dash = code.indexOf(QLatin1Char('-'));
    if (dash <= 0)
        return QString();
    const QString parent = code.left(dash);
    return find(parent) ? parent : QString();
}

QStringList CoinCatalogue::normalizedBan(const QStringList &codes) const
{
    QSet<QString> wanted;
    for (const QString &code : codes)
        wanted.insert(code.trimmed().toUpper());
    QStringList result;
    for (const Coin &coin : m_coins) {
        if (!wanted.contains(coin.code))
            continue;
        const QString parent = parentOf(coin.code);
        if (!parent.isEmpty() && wanted.contains(parent))
            continue;
        result << coin.code;
    }
    return result;
}

bool CoinCatalogue::bansEverything(const QStringList &codes) const
{
    // What a customer actually pays with are the leaves: one network of a coin, or a
    // native coin. Everything is banned when no leaf is left.
    const QStringList ban = normalizedBan(codes);
    for (const Coin &coin : m_coins) {
        if (!networksOf(coin.code).isEmpty())
            continue;
        if (!ban.contains(coin.code) && !ban.contains(parentOf(coin.code)))
            return false;
    }
    return true;
}

QString CoinCatalogue::readableName(const QString &coin, const QString &network) const
{
    const QString code = (network.isEmpty() || network.compare(coin, Qt::CaseInsensitive) == 0)
            ? coin
            : coin + QLatin1Char('-') + network;
    if (const auto known = find(code))
        return known->name;
    if (network.isEmpty() || network.compare(coin, Qt::CaseInsensitive) == 0)
        return coin;
    //: A coin on a network the console does not know by name, e.g. "USDT on SOL"
    return tr("%1 on %2").arg(coin, network);
}
