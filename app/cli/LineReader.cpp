#include "app/cli/LineReader.h"

#include <cerrno>
#include <unistd.h>

namespace twofold::cli {
namespace {
constexpr qsizetype kMaxLine = 256 * 1024; // longer lines are dropped whole
}

LineReader::LineReader(int fd, QObject* parent) : QObject(parent), m_fd(fd), m_notifier(fd, QSocketNotifier::Read) {
    connect(&m_notifier, &QSocketNotifier::activated, this, &LineReader::onReadable);
}

void LineReader::onReadable() {
    char chunk[4096];
    const auto count = ::read(m_fd, chunk, sizeof chunk);
    if (count < 0 && (errno == EINTR || errno == EAGAIN)) {
        return;
    }
    if (count <= 0) {
        m_notifier.setEnabled(false);
        if (!m_buffer.trimmed().isEmpty()) {
            Q_EMIT lineRead(m_buffer);
        }
        m_buffer.clear();
        Q_EMIT finished();
        return;
    }
    m_buffer.append(chunk, count);
    qsizetype newline = 0;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const auto line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (!line.trimmed().isEmpty()) {
            Q_EMIT lineRead(line);
        }
    }
    if (m_buffer.size() > kMaxLine) {
        m_buffer.clear();
    }
}

} // namespace twofold::cli
