#pragma once

#include "commands/Command.h"

#include <QCoreApplication>

// `keys set --public-key PK` (the private key on standard input, never on the
// command line where other users and the shell's history would see it) and
// `keys forget`. Kept where the window keeps them: the public key in the
// settings, the private key in the keychain or the owner-only file.
class KeysCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KeysCommand)

public:
    // A private key longer than this is not one (and standard input is not read further).
    static constexpr qint64 MaxKeyBytes = 4096;

    QString name() const override { return QStringLiteral("keys"); }
    QString syntax() const override { return QStringLiteral("set|forget"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    int run(CommandContext &context) override;

private:
    int set(CommandContext &c);
    int forget(CommandContext &c);
    // Saves (or, when empty, removes) the private key and waits for the store.
    static QString savePrivateKey(CommandContext &c, const QString &key);
    // Reads the private key from standard input: one line without echo from a
    // terminal, or everything piped in (trimmed). Sets `problem` when it cannot.
    static QString readPrivateKey(QString *problem);
};
