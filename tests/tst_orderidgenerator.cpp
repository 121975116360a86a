#include "invoice/OrderIdGenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestOrderIdGenerator : public QObject
{
    Q_OBJECT

private slots:
    void makesReadableIdsOfThisTill()
    {
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 3, 1), Qt::UTC);
        const OrderIdGenerator generator(QStringLiteral("K7QD"), [now] { return now; }, nullptr);
        const QString id = generator.next();
        QVERIFY2(QRegularExpression(QStringLiteral("^K7QD-261125-120301-[2-9A-HJ-NP-Z]{3}$")).match(id).hasMatch(),
                 qPrintable(id));
        QVERIFY(id.size() <= 100);
    }

    void neverRepeatsAnIdTheTillHas()
    {
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 3, 1), Qt::UTC);
        QSet<QString> taken;
        const OrderIdGenerator generator(QStringLiteral("K7QD"), [now] { return now; },
                                         [&taken](const QString &id) { return taken.contains(id); });
        for (int i = 0; i < 3000; ++i) {
            const QString id = generator.next();
            QVERIFY2(!taken.contains(id), qPrintable(id));
            taken.insert(id);
        }
    }

    void tillCodesAreFourUnambiguousCharacters()
    {
        const QString code = OrderIdGenerator::randomTillCode();
        QVERIFY(QRegularExpression(QStringLiteral("^[2-9A-HJ-NP-Z]{4}$")).match(code).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestOrderIdGenerator)
#include "tst_orderidgenerator.moc"
