#pragma once

#include <QObject>
#include <QUrl>

class CredentialStore;
class GatewayClient;
class TillSettings;
class TrainingGateway;

// Decides which gateway the console talks to: the real one once both keys are
// set, the built-in training gateway otherwise. It switches at once when keys are
// saved or removed.
class GatewaySelector : public QObject
{
    Q_OBJECT

public:
    GatewaySelector(TillSettings *settings, CredentialStore *credentials, TrainingGateway *training,
                    GatewayClient *client, QObject *parent = nullptr);

    // --api-base: overrides the saved address for this run only.
    void setApiBaseOverride(const QUrl &base);
    bool isTraining() const { return m_training; }
    bool hasApiBaseOverride() const { return !m_override.isEmpty(); }

public slots:
    void apply();

signals:
    void modeChanged(bool training);
    // The client was given an endpoint (another account, address or key).
    void endpointApplied();

private:
    TillSettings *m_settings;
    CredentialStore *m_credentials;
    TrainingGateway *m_trainingGateway;
    GatewayClient *m_client;
    QUrl m_override;
    bool m_training = true;
    bool m_applied = false;
};
