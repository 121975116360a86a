#pragma once

#include <QLockFile>
#include <QString>
#include <memory>

// Which consoles sharing one history are running. The window and the command
// line (or two windows) may use the same history at once, and an invoice that
// one of them is sending must not be settled by another as if the sender had
// died: that would mark a sale on its way "not sent" and invite a second one.
// Each running console holds a lock file named by its token in `folder` for its
// whole life; an invoice records the token of the console that sent it. A lock
// that nobody holds (its process gone) means that send is over.
class LiveSenders
{
public:
    explicit LiveSenders(QString folder);
    ~LiveSenders();

    // Takes this console's lock; returns an error text or empty.
    QString start();
    QString token() const { return m_token; }
    // Whether the console with `token` is still running (this one is).
    bool isRunning(const QString &token) const;

private:
    QString pathOf(const QString &token) const;

    QString m_folder;
    QString m_token;
    std::unique_ptr<QLockFile> m_lock;
};
