#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What came of one call to the gateway: its payload, its refusal with its own
// words, or a failure to hear from it at all.
struct GatewayResult
{
    Q_DECLARE_TR_FUNCTIONS(GatewayResult)

public:
    enum class Outcome {
        Success,   // status "success"; payload holds "message"
        Rejected,  // status "error"; messages hold the gateway's words
        Transport, // no readable answer; failure says why
    };
    enum class Failure {
        None,
        Timeout,
        Cancelled,
        ConnectionRefused,
        HostNotFound,
        Tls,
        Redirected,
        InsecureAddress,
        EmptyBody,
        NotJson,
        NoStatus,
        TooLarge,
        ConnectionLost,
        // Not the gateway's refusal but the till's: the gateway already holds an
        // invoice under the order number staff typed, so nothing was sent.
        OrderNumberTaken,
        Other,
    };

    Outcome outcome = Outcome::Transport;
    Failure failure = Failure::None;
    int httpStatus = 0;
    QJsonValue payload;       // "message" of a success
    QStringList messages;     // the gateway's own words of a refusal
    QString detail;           // technical detail: Qt's error text, a redirect target
    QByteArray body;          // the raw answer, kept for diagnosis
    QJsonObject object;       // the whole answer object, numbers as their text
    // The gateway's own clock (its HTTP Date header), UTC; invalid when not sent.
    // Expiry is judged by it, so a till whose clock is off cannot expire an
    // invoice early.
    QDateTime serverTime;

    bool isSuccess() const { return outcome == Outcome::Success; }
    // Whether the gateway may have acted on the request even though no answer
    // was read: the invoice must then be checked before it is sent again.
    bool mayHaveReachedGateway() const;
    // One plain sentence for the cashier; the gateway's words go beside it.
    QString cashierText() const;

    static GatewayResult transportFailure(Failure failure, const QString &detail = QString(),
                                          int httpStatus = 0, const QByteArray &body = QByteArray());
};
Q_DECLARE_METATYPE(GatewayResult)
