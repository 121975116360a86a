#include "invoice/CoinCatalogue.h"

#include <QTest>

class TestCoinCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void holdsTheNineKnownCodes()
    {
        const CoinCatalogue catalogue;
        QStringList codes;
        for (const Coin &coin : catalogue.coins())
            codes << coin.code;
        QCOMPARE(codes, (QStringList{"USDT", "USDT-TRC20", "USDT-ERC20", "USDT-BEP20", "BTC", "ETH", "TRX", "BNB", "LTC"}));
        QCOMPARE(catalogue.find(QStringLiteral("USDT-TRC20"))->name, QStringLiteral("USDT on TRON (TRC20)"));
    }

    void wholeCoinCoversItsNetworks()
    {
        const CoinCatalogue catalogue;
        QCOMPARE(catalogue.networksOf(QStringLiteral("USDT")),
                 (QStringList{"USDT-TRC20", "USDT-ERC20", "USDT-BEP20"}));
        QCOMPARE(catalogue.parentOf(QStringLiteral("USDT-ERC20")), QStringLiteral("USDT"));
        QCOMPARE(catalogue.parentOf(QStringLiteral("BTC")), QString());
        QCOMPARE(catalogue.normalizedBan({"USDT-ERC20", "usdt", "BTC"}), (QStringList{"USDT", "BTC"}));
        QCOMPARE(catalogue.normalizedBan({"LTC", "USDT-ERC20"}), (QStringList{"USDT-ERC20", "LTC"}));
    }

    void knowsWhenNothingIsLeftToPayWith()
    {
        const CoinCatalogue catalogue;
        QVERIFY(!catalogue.bansEverything({}));
        QVERIFY(!catalogue.bansEverything({"USDT", "BTC", "ETH", "TRX", "BNB"}));
        QVERIFY(catalogue.bansEverything({"USDT", "BTC", "ETH", "TRX", "BNB", "LTC"}));
        QVERIFY(catalogue.bansEverything({"USDT-TRC20", "USDT-ERC20", "USDT-BEP20", "BTC", "ETH", "TRX", "BNB", "LTC"}));
        QVERIFY(!catalogue.bansEverything({"USDT-TRC20", "USDT-ERC20", "BTC", "ETH", "TRX", "BNB", "LTC"}));
    }

    void readableNamesForGatewayPairs()
    {
        const CoinCatalogue catalogue;
        QCOMPARE(catalogue.readableName(QStringLiteral("BTC"), QStringLiteral("BTC")), QStringLiteral("Bitcoin"));
        QCOMPARE(catalogue.readableName(QStringLiteral("USDT"), QStringLiteral("TRC20")), QStringLiteral("USDT on TRON (TRC20)"));
        QCOMPARE(catalogue.readableName(QStringLiteral("USDT"), QStringLiteral("SOL")), QStringLiteral("USDT on SOL"));
    }
};

QTEST_GUILESS_MAIN(TestCoinCatalogue)
#include "tst_coincatalogue.moc"
