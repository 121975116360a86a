#include "checkout/GatewaySelector.h"

#include "gateway/GatewayClient.h"
#include "settings/CredentialStore.h"
#include "settings/TillSettings.h"
#include "training/TrainingGateway.h"

GatewaySelector::GatewaySelector(TillSettings *settings, CredentialStore *credentials,
                                 TrainingGateway *training, GatewayClient *client, QObject *parent)
    : QObject(parent), m_settings(settings), m_credentials(credentials), m_trainingGateway(training),
      m_client(client)
{
    connect(m_settings, &TillSettings::gatewayChanged, this, &GatewaySelector::apply);
    connect(m_credentials, &CredentialStore::privateKeyLoaded, this, &GatewaySelector::apply);
    connect(m_credentials, &CredentialStore::privateKeySaved, this, &GatewaySelector::apply);
    apply();
}

void GatewaySelector::setApiBaseOverride(const QUrl &base)
{
    m_override = base;
    apply();
}

void GatewaySelector::apply()
{
    const bool training = m_settings->publicKey().isEmpty() || !m_credentials->hasPrivateKey();
    if (training) {
        m_client->setEndpoint(m_trainingGateway->endpoint());
    } else {
        GatewayEndpoint endpoint;
        endpoint.base = m_override.isEmpty() ? m_settings->apiBase() : m_override;
        endpoint.publicKey = m_settings->publicKey();
        endpoint.privateKey = m_credentials->privateKey();
        m_client->setEndpoint(endpoint);
    }
    emit endpointApplied();
    if (training != m_training || !m_applied) {
        m_training = training;
        m_applied = true;
        emit modeChanged(training);
    }
}
