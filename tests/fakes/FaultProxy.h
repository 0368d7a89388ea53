#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <vector>

namespace twofold::test {

// A loopback TCP proxy that misbehaves on demand, for fault tests: it forwards bytes both ways,
// optionally after a delay; setDown(true) cuts every link and refuses new ones until setDown(false)
// (the network is gone); setBlackhole(true) keeps links open but silently drops all bytes.
class FaultProxy : public QObject {
public:
    explicit FaultProxy(quint16 targetPort, QObject* parent = nullptr) : QObject(parent), m_targetPort(targetPort) {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { acceptAll(); });
        m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    const QByteArray& captured() const { return m_captured; }
    int accepted() const { return m_accepted; }

    void setDelayMs(int ms) { m_delayMs = ms; }
    void setBlackhole(bool on) { m_blackhole = on; }
    void setDown(bool down) {
        m_down = down;
        if (down) {
            for (auto& link : m_links) {
                if (link.first) {
                    link.first->abort();
                }
                if (link.second) {
                    link.second->abort();
                }
            }
            m_links.clear();
        }
    }

private:
    void acceptAll() {
        while (m_server.hasPendingConnections()) {
            QTcpSocket* client = m_server.nextPendingConnection();
            client->setParent(this);
            if (m_down) {
                client->abort();
                client->deleteLater();
                continue;
            }
            ++m_accepted;
            auto* target = new QTcpSocket(this);
            target->connectToHost(QHostAddress(QHostAddress::LocalHost), m_targetPort);
            pipe(client, target);
            pipe(target, client);
            m_links.emplace_back(client, target);
        }
    }

    void pipe(QTcpSocket* from, QTcpSocket* to) {
        QObject::connect(from, &QTcpSocket::readyRead, this, [this, from, to] { forward(from, to); });
        QObject::connect(to, &QTcpSocket::connected, this, [this, from, to] { forward(from, to); });
        QObject::connect(from, &QTcpSocket::disconnected, this, [to = QPointer<QTcpSocket>(to)] {
            if (to) {
                to->disconnectFromHost();
            }
        });
    }

    void forward(QTcpSocket* from, QTcpSocket* to) {
        if (to->state() != QAbstractSocket::ConnectedState) {
            return; // kept in from's buffer until `to` connects
        }
        const QByteArray bytes = from->readAll();
        if (m_blackhole || bytes.isEmpty()) {
            return;
        }
        m_captured.append(bytes);
        if (m_delayMs <= 0) {
            to->write(bytes);
            return;
        }
        QTimer::singleShot(m_delayMs, to, [to = QPointer<QTcpSocket>(to), bytes] {
            if (to && to->state() == QAbstractSocket::ConnectedState) {
                to->write(bytes);
            }
        });
    }

    quint16 m_targetPort;
    QTcpServer m_server;
    QByteArray m_captured;
    std::vector<std::pair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> m_links;
    int m_delayMs = 0;
    int m_accepted = 0;
    bool m_blackhole = false;
    bool m_down = false;
};

} // namespace twofold::test
