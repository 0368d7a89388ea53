// docs/PROTOCOL.md §4.1: no session tickets, no resumption. A plain OpenSSL client that would gladly keep
// tickets counts the NewSessionTicket messages our server sends after the handshake: there must be none.
// (Qt's own client cannot tell: it keeps a session after every handshake, ticket or not.)
#include "NetTestSupport.h"

#include <atomic>
#include <netinet/in.h>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace twofold;
using namespace twofold::test;

namespace {

std::atomic<int> ticketsReceived{0};

int countTicket(SSL*, SSL_SESSION*) {
    ++ticketsReceived;
    return 0; // not kept
}

// Connects with OpenSSL in a thread of its own (blocking I/O), says hello and reads what comes back for
// a while, so that post-handshake messages (tickets) are processed. Returns false when TLS failed.
bool runOpenSslClient(quint16 port, const net::Identity& identity, const QByteArray& hello) {
    SSL_CTX* context = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_min_proto_version(context, TLS1_3_VERSION);
    SSL_CTX_set_session_cache_mode(context, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE);
    SSL_CTX_sess_set_new_cb(context, countTicket);
    const QByteArray certPem = identity.certificate().toPem();
    const QByteArray keyPem = identity.privateKey().toPem();
    BIO* certBio = BIO_new_mem_buf(certPem.constData(), int(certPem.size()));
    BIO* keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    X509* cert = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    EVP_PKEY* key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    SSL_CTX_use_certificate(context, cert);
    SSL_CTX_use_PrivateKey(context, key);

    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{0, 300'000}; // reads end 300 ms after the last byte
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    SSL* ssl = SSL_new(context);
    SSL_set_fd(ssl, fd);
    ok = ok && SSL_connect(ssl) == 1;
    if (ok) {
        SSL_write(ssl, hello.constData(), int(hello.size()));
        char buffer[4096];
        for (int reads = 0; reads < 20 && SSL_read(ssl, buffer, sizeof buffer) > 0; ++reads) {
        }
    }
    SSL_free(ssl);
    ::close(fd);
    X509_free(cert);
    EVP_PKEY_free(key);
    BIO_free(certBio);
    BIO_free(keyBio);
    SSL_CTX_free(context);
    return ok;
}

} // namespace

TEST(SessionTickets, the_server_sends_none_after_a_full_handshake) {
    net::Server server(makeIdentity(QStringLiteral("Sam")), QStringLiteral("Sam"), net::Scope::Loopback,
                       protocolOptions());
    ASSERT_TRUE(server.listen(0));
    bool helloTaken = false;
    QObject::connect(&server, &net::Server::connectionReady, &server, [&](net::Connection*) { helloTaken = true; });
    const auto identity = makeIdentity(QStringLiteral("Raw"));
    ticketsReceived = 0;
    std::atomic<bool> done{false};
    bool handshook = false;
    std::thread client([&] {
        handshook = runOpenSslClient(server.port(), identity, protocol::encodeFrame(helloFor(identity)));
        done = true;
    });
    const bool finished = QTest::qWaitFor([&] { return done.load(); }, 10000);
    client.join();
    ASSERT_TRUE(finished);
    ASSERT_TRUE(handshook) << "the OpenSSL client could not complete TLS 1.3 with the server";
    EXPECT_TRUE(helloTaken) << "the server never took the client's hello";
    EXPECT_EQ(ticketsReceived.load(), 0) << "session tickets were sent";
}
