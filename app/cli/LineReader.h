#pragma once

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>

namespace twofold::cli {

// Reads lines from a file descriptor (stdin) without blocking the event loop.
class LineReader : public QObject {
    Q_OBJECT
public:
    explicit LineReader(int fd, QObject* parent = nullptr);

Q_SIGNALS:
    void lineRead(const QByteArray& line);
    void finished(); // end of input

private:
    void onReadable();

    int m_fd;
    QSocketNotifier m_notifier;
    QByteArray m_buffer;
};

} // namespace twofold::cli
