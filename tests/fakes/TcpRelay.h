#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <vector>

namespace twofold::test {

// A loopback TCP relay between a client and a target port: forwards bytes both ways untouched and
// keeps a copy of everything it forwarded (to check what is on the wire), and can cut all links.
class TcpRelay : public QObject {
public:
    explicit TcpRelay(quint16 targetPort, QObject* parent = nullptr) : QObject(parent), m_targetPort(targetPort) {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { acceptAll(); });
        m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    const QByteArray& captured() const { return m_captured; }
    qsizetype linkCount() const { return static_cast<qsizetype>(m_links.size()); }

    void cut() {
        for (auto& link : m_links) {
            if (link.first) {
                link.first->abort();
            }
            if (link.second) {
                link.second->abort();
            }
        }
    }

private:
    void acceptAll() {
        while (m_server.hasPendingConnections()) {
            QTcpSocket* client = m_server.nextPendingConnection();
            auto* target = new QTcpSocket(this);
            client->setParent(this);
            target->connectToHost(QHostAddress(QHostAddress::LocalHost), m_targetPort);
            pipe(client, target);
            pipe(target, client);
            m_links.emplace_back(client, target);
        }
    }

    void pipe(QTcpSocket* from, QTcpSocket* to) {
        QObject::connect(from, &QTcpSocket::readyRead, this, [this, from, to] { forward(from, to); });
        QObject::connect(to, &QTcpSocket::connected, this, [this, from, to] { forward(from, to); });
        QObject::connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
    }

    void forward(QTcpSocket* from, QTcpSocket* to) {
        if (to->state() != QAbstractSocket::ConnectedState) {
            return; // kept in from's buffer until `to` connects
        }
        const QByteArray bytes = from->readAll();
        m_captured.append(bytes);
        to->write(bytes);
    }

    quint16 m_targetPort;
    QTcpServer m_server;
    QByteArray m_captured;
    std::vector<std::pair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> m_links;
};

} // namespace twofold::test
