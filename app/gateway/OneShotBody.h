#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once and never rewound. Qt's HTTP code sends
// a request again by itself when the connection drops before any answer; for a
// create_invoice that is a second invoice. With a body it cannot rewind, Qt
// fails the request instead (ContentReSendError), and the console settles the
// invoice by asking the gateway, as for any answer that was lost.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray bytes, QObject *parent = nullptr)
        : QIODevice(parent), m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_read + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_bytes.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, qint64(m_bytes.size()) - m_read);
        if (count <= 0)
            return m_read >= m_bytes.size() ? -1 : 0;
        std::copy_n(m_bytes.constData() + m_read, count, data);
        m_read += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_read = 0;
};
