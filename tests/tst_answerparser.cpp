#include "gateway/GatewayAnswerParser.h"

#include <QJsonArray>
#include <QTest>

Q_DECLARE_METATYPE(GatewayResult::Outcome)
Q_DECLARE_METATYPE(GatewayResult::Failure)

class TestAnswerParser : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryEnvelope_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<GatewayResult::Outcome>("outcome");
        QTest::addColumn<GatewayResult::Failure>("failure");
        QTest::addColumn<QStringList>("messages");
        using O = GatewayResult::Outcome;
        using F = GatewayResult::Failure;
        QTest::newRow("success") << 200 << QByteArray("{\"status\":\"success\",\"message\":\"https://payid19.com/invoice/abc\"}")
                                 << O::Success << F::None << QStringList();
        QTest::newRow("error array 421") << 421 << QByteArray("{\"status\":\"error\",\"message\":[\"Invalid public key\",\"Second\"]}")
                                         << O::Rejected << F::None << QStringList{"Invalid public key", "Second"};
        QTest::newRow("error string 422") << 422 << QByteArray("{\"status\":\"error\",\"message\":\"Bad amount\"}")
                                          << O::Rejected << F::None << QStringList{"Bad amount"};
        QTest::newRow("error at 200") << 200 << QByteArray("{\"status\":\"error\",\"message\":[\"Down for maintenance\"]}")
                                      << O::Rejected << F::None << QStringList{"Down for maintenance"};
        QTest::newRow("error at 500") << 500 << QByteArray("{\"status\":\"error\",\"message\":{\"price_amount\":[\"Too small\"]}}")
                                      << O::Rejected << F::None << QStringList{"Too small"};
        QTest::newRow("success at 421") << 421 << QByteArray("{\"status\":\"success\",\"message\":\"x\"}")
                                        << O::Success << F::None << QStringList();
        QTest::newRow("html 502") << 502 << QByteArray("<html><body>502 Bad Gateway</body></html>")
                                  << O::Transport << F::NotJson << QStringList();
        QTest::newRow("empty") << 200 << QByteArray("  \n") << O::Transport << F::EmptyBody << QStringList();
        QTest::newRow("broken json") << 200 << QByteArray("{\"status\": \"success\", \"message\": ")
                                     << O::Transport << F::NotJson << QStringList();
        QTest::newRow("json array") << 200 << QByteArray("[1,2]") << O::Transport << F::NotJson << QStringList();
        QTest::newRow("no status") << 200 << QByteArray("{\"result\":\"ok\"}") << O::Transport << F::NoStatus << QStringList();
    }

    void readsEveryEnvelope()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        QFETCH(GatewayResult::Outcome, outcome);
        QFETCH(GatewayResult::Failure, failure);
        QFETCH(QStringList, messages);
        const GatewayResult result = GatewayAnswerParser::parse(http, body);
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.failure, failure);
        QCOMPARE(result.messages, messages);
        QCOMPARE(result.httpStatus, http);
        QCOMPARE(result.body, body);
        QVERIFY(!result.cashierText().isEmpty());
    }

    void cashierSentencesAreDistinct()
    {
        using F = GatewayResult::Failure;
        QSet<QString> sentences;
        for (F failure : {F::Timeout, F::Cancelled, F::ConnectionRefused, F::HostNotFound, F::Tls, F::Redirected,
                          F::InsecureAddress, F::EmptyBody, F::NotJson, F::TooLarge, F::ConnectionLost}) {
            const QString text = GatewayResult::transportFailure(failure).cashierText();
            QVERIFY(!text.isEmpty());
            sentences.insert(text);
        }
        QCOMPARE(sentences.size(), 11);
        GatewayResult rejected = GatewayAnswerParser::parse(421, "{\"status\":\"error\",\"message\":[\"x\"]}");
        QCOMPARE(rejected.cashierText(), QStringLiteral("The gateway refused the request."));
    }

    void whatMayHaveReachedTheGateway()
    {
        using F = GatewayResult::Failure;
        QVERIFY(!GatewayResult::transportFailure(F::ConnectionRefused).mayHaveReachedGateway());
        QVERIFY(!GatewayResult::transportFailure(F::Tls).mayHaveReachedGateway());
        QVERIFY(GatewayResult::transportFailure(F::Timeout).mayHaveReachedGateway());
        QVERIFY(GatewayResult::transportFailure(F::NotJson).mayHaveReachedGateway());
    }

    void decodesJsonInsideAString()
    {
        const auto list = GatewayAnswerParser::decodeInnerJson(QJsonValue(QStringLiteral("[{\"order_id\":\"A\"}]")));
        QVERIFY(list);
        QCOMPARE(list->toArray().size(), 1);
        const auto empty = GatewayAnswerParser::decodeInnerJson(QJsonValue(QStringLiteral("[]")));
        QVERIFY(empty && empty->toArray().isEmpty());
        QVERIFY(!GatewayAnswerParser::decodeInnerJson(QJsonValue(QStringLiteral("[{broken"))));
        const auto structured = GatewayAnswerParser::decodeInnerJson(QJsonArray{1, 2});
        QVERIFY(structured && structured->toArray().size() == 2);
    }
};

QTEST_GUILESS_MAIN(TestAnswerParser)
#include "tst_answerparser.moc"
