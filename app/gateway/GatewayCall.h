#pragma once

#include "gateway/GatewayResult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

// One request to the gateway on its way. It finishes exactly once, with a result,
// whether the gateway answered, the network failed, the time ran out or the
// cashier pressed Cancel. It deletes itself after finishing.
class GatewayCall : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxAnswerBytes = 1024 * 1024;

    GatewayCall(QNetworkReply *reply, int timeoutMs, QObject *parent = nullptr);
    // A call that never went out, finished at the next turn of the event loop.
    static GatewayCall *failed(const GatewayResult &result, QObject *parent);

    // Whatever the gateway echoes, this never reaches a result (and so never the
    // history, a log or the screen): its callback is known to carry the key.
    void setSecret(const QString &secret) { m_secret = secret.toUtf8(); }

public slots:
    void cancel();

signals:
    void finished(const GatewayResult &result);

private:
    explicit GatewayCall(QObject *parent);
    void onDownloadProgress(qint64 received);
    void onReplyFinished();
    void finish(const GatewayResult &result);
    GatewayResult resultFromReply();
    GatewayResult readReply();

    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    GatewayResult::Failure m_abortReason = GatewayResult::Failure::None;
    QString m_abortDetail;
    bool m_finished = false;
    QByteArray m_secret;
};
