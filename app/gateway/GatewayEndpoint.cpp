#include "gateway/GatewayEndpoint.h"

#include <QHostAddress>

QUrl GatewayEndpoint::commandUrl(const QString &command) const
{
    QUrl url = base;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + command);
    return url;
}

QString GatewayEndpoint::name() const
{
    if (training)
        return QStringLiteral("training");
    // The public key is no secret; it names the account.
    return legacyName() + QStringLiteral(" key=") + publicKey;
}

QString GatewayEndpoint::legacyName() const
{
    return training ? QStringLiteral("training") : base.toString(QUrl::StripTrailingSlash);
}

bool GatewayEndpoint::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString GatewayEndpoint::whyNotAllowed(const QUrl &base)
{
    if (!base.isValid() || base.host().isEmpty())
        return tr("The API address is not a valid web address.");
    const QString scheme = base.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return QString();
    if (scheme == QLatin1String("http") && isLoopbackHost(base.host()))
        return QString();
    if (scheme == QLatin1String("http"))
        return tr("The API address must start with https:// (plain http is allowed only for this computer).");
    return tr("The API address must start with https://.");
}
