#include "gateway/GatewayResult.h"

bool GatewayResult::mayHaveReachedGateway() const
{
    if (outcome != Outcome::Transport)
        return true;
    switch (failure) {
    case Failure::ConnectionRefused:
    case Failure::HostNotFound:
    case Failure::Tls:
    case Failure::InsecureAddress:
    case Failure::OrderNumberTaken:
        return false;
    case Failure::Redirected:
        // A 3xx comes back after the server has read the whole POST: the gateway
        // may have made the invoice before pointing elsewhere.
    default:
        return true;
    }
}

QString GatewayResult::cashierText() const
{
    if (outcome == Outcome::Success)
        return tr("The gateway accepted the request.");
    if (outcome == Outcome::Rejected)
        return tr("The gateway refused the request.");
    switch (failure) {
    case Failure::None:
    case Failure::Other:
        return tr("The gateway could not be reached.");
    case Failure::Timeout:
        return tr("The gateway did not answer in time.");
    case Failure::Cancelled:
        return tr("Sending was cancelled.");
    case Failure::ConnectionRefused:
        return tr("The gateway refused the connection; nothing was sent. Check the API address in Settings.");
    case Failure::HostNotFound:
        return tr("The gateway's address could not be found. Check the internet connection and the API address in Settings.");
    case Failure::Tls:
        return tr("The gateway's identity could not be verified, so nothing was sent.");
    case Failure::Redirected:
        return tr("The gateway answered with a redirect instead of an answer. It may have made the invoice, so the invoice is kept as unconfirmed and will be checked.");
    case Failure::InsecureAddress:
        return tr("The API address must start with https:// (plain http is allowed only for this computer).");
    case Failure::EmptyBody:
        return tr("The gateway sent an empty answer.");
    case Failure::NotJson:
    case Failure::NoStatus:
        return tr("The gateway sent an answer the console cannot read.");
    case Failure::TooLarge:
        return tr("The gateway's answer was too large to be read.");
    case Failure::ConnectionLost:
        return tr("The connection to the gateway was lost before it answered.");
    case Failure::OrderNumberTaken:
        return tr("The gateway already holds an invoice under this order number, so nothing was sent. Enter another "
                  "order number, or leave it empty for one made by the till.");
    }
    return QString();
}

GatewayResult GatewayResult::transportFailure(Failure failure, const QString &detail, int httpStatus,
                                              const QByteArray &body)
{
    GatewayResult result;
    result.outcome = Outcome::Transport;
    result.failure = failure;
    result.detail = detail;
    result.httpStatus = httpStatus;
    result.body = body;
    return result;
}
