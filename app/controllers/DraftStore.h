#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <map>

namespace twofold::app {

// What a partner has typed but not sent yet, kept on disk so that a crash (even kill -9), a normal close
// or a lost link never loses it: <profile>/drafts.json, owner-only (0600), replaced atomically (QSaveFile)
// at most kWriteDelayMs after the last change and at once on flush(). Keys are opaque to the store (the
// session controller builds them); values are never logged — only counts and sizes are.
class DraftStore final : public QObject {
    Q_OBJECT
public:
    // How long typing may go on before the file follows (a kill -9 loses at most this much typing).
    static constexpr int kWriteDelayMs = 200;
    static QString fileName() { return QStringLiteral("drafts.json"); }

    explicit DraftStore(QString profileDirectory, QObject* parent = nullptr);
    ~DraftStore() override; // flushes

    // Reads the file. A missing file is an empty store. An unreadable or damaged one is kept aside as
    // drafts.json.damaged-<yyyyMMdd-HHmmss> (profile::keepAside: never over an earlier copy) and the store
    // starts empty; the error says so. When it cannot even be moved, nothing is written over it this run
    // (flush() then fails with "io", and what is typed stays in memory).
    Status load();

    QString value(const QString& key) const;
    // Empty text removes the key.
    void set(const QString& key, const QString& text);
    void removeIf(const std::function<bool(const QString& key, const QString& text)>& predicate);
    std::vector<QString> keys() const;

    // Writes pending changes now. Errors: "io" (the profile is not writable, the disk is full).
    Status flush();
    QString path() const;

Q_SIGNALS:
    // A write failed; what was typed stays in memory and the next change tries again.
    void writeFailed(const QString& message);

private:
    void scheduleWrite();

    QString m_directory;
    std::map<QString, QString> m_values;
    QTimer m_writeTimer;
    bool m_dirty = false;
    bool m_keepOff = false; // a damaged file could not be kept aside: never write over it
};

} // namespace twofold::app
