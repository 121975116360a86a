#pragma once

// A loopback relay in front of the training gateway that can lose answers: every
// request reaches the gateway whole, but while losing() is set the gateway's
// answer is dropped, as when the network fails after the POST. The console then
// waits for its time-out (or the cashier cancels) although the gateway has the
// invoice: the case that must never lead to a second invoice of the same sale.
//
// Real HTTP over TCP both ways, no mock. It also keeps the gateway's side of a
// connection open until the gateway has answered, so the gateway never answers
// a socket that its client has already closed.
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <memory>

class LossyRelay : public QObject
{
public:
    explicit LossyRelay(quint16 targetPort, QObject *parent = nullptr)
        : QObject(parent), m_target(targetPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                relay(client);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    // The sockets die with the relay: silence them first, or a socket's destructor
    // (which disconnects) runs the lambdas below on its half-destroyed peer (UBSan).
    ~LossyRelay() override
    {
        const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>() + m_server.findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->disconnect();
    }

    void setLosing(bool losing) { m_losing = losing; }
    bool losing() const { return m_losing; }
    int answersLost() const { return m_lost; }
    // The gateway's API address, reached through the relay.
    QUrl apiBase() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(m_server.serverPort())); }

private:
    void relay(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(this);
        QPointer<QTcpSocket> downstream(client);
        auto answered = std::make_shared<bool>(false);
        upstream->connectToHost(QHostAddress::LocalHost, m_target); // writes wait for the connection
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::readyRead, this, [this, upstream, downstream, answered] {
            const QByteArray answer = upstream->readAll();
            *answered = true;
            if (m_losing) {
                ++m_lost;
                return;
            }
            if (downstream && downstream->state() == QAbstractSocket::ConnectedState)
                downstream->write(answer);
        });
        connect(client, &QTcpSocket::disconnected, upstream, [upstream, answered] {
            if (*answered)
                upstream->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::disconnected, this, [upstream, downstream] {
            upstream->deleteLater();
            if (downstream)
                downstream->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        // The gateway's answer to a client that left closes the gateway's side.
        connect(upstream, &QTcpSocket::readyRead, upstream, [upstream, downstream] {
            if (!downstream || downstream->state() != QAbstractSocket::ConnectedState)
                upstream->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    quint16 m_target;
    bool m_losing = false;
    int m_lost = 0;
};
