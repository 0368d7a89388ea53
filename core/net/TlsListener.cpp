#include "core/net/TlsListener.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace twofold::net {

TlsListener::TlsListener(std::function<bool()> admit, QObject* parent)
    : QSslServer(parent), m_admit(std::move(admit)) {}

int TlsListener::socketsInHandshake() const {
    return static_cast<int>(findChildren<QSslSocket*>(Qt::FindDirectChildrenOnly).size());
}

void TlsListener::incomingConnection(qintptr descriptor) {
    if (m_admit && !m_admit()) {
        QTcpSocket refused;
        refused.setSocketDescriptor(descriptor);
        refused.abort();
        Q_EMIT connectionRefused();
        return;
    }
    QSslServer::incomingConnection(descriptor);
}

} // namespace twofold::net
