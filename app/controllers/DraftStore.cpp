#include "app/controllers/DraftStore.h"

#include "core/log/Log.h"
#include "core/profile/ProfileFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace twofold::app {
namespace {

constexpr int kFormatVersion = 1;
constexpr qint64 kMaxFileSize = 4 * 1024 * 1024;

std::shared_ptr<spdlog::logger> logger() {
    return log::get(log::Module::AppDrafts);
}

} // namespace

DraftStore::DraftStore(QString profileDirectory, QObject* parent)
    : QObject(parent), m_directory(std::move(profileDirectory)) {
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(kWriteDelayMs);
    connect(&m_writeTimer, &QTimer::timeout, this, [this] {
        if (auto status = flush(); !status) {
            Q_EMIT writeFailed(status.error().message);
        }
    });
}

DraftStore::~DraftStore() {
    if (auto status = flush(); !status) {
        logger()->error("drafts not saved at exit code={}", status.error().code.toStdString());
    }
}

QString DraftStore::path() const {
    return QDir(m_directory).filePath(fileName());
}

Status DraftStore::load() {
    m_values.clear();
    QFile file(path());
    if (auto moved = profile::moveSymlinkAside(path(), QStringLiteral("damaged")); !moved || !moved->isEmpty()) {
        // A link in the drafts' place: never read or written through (its target stays as it was).
        logger()->error("drafts file is a symbolic link; not followed, moved aside={}", moved.ok());
        return Error{QStringLiteral("damaged"),
                     moved ? tr("Your saved drafts file was a link to another file. Twofold did not use it; the "
                                "link was kept as %1.")
                                 .arg(*moved)
                           : tr("Your saved drafts could not be read (%1).").arg(path())};
    }
    if (!file.exists()) {
        return Ok{};
    }
    QByteArray bytes;
    bool readable = file.open(QIODevice::ReadOnly);
    if (readable) {
        bytes = file.read(kMaxFileSize + 1);
        file.close();
    }
    QJsonParseError parseError{};
    const auto document = QJsonDocument::fromJson(bytes, &parseError);
    const auto drafts = document.object().value(QLatin1String("drafts"));
    if (!readable || bytes.size() > kMaxFileSize || parseError.error != QJsonParseError::NoError ||
        !document.isObject() || !drafts.isObject()) {
        // The profile's one policy (core/profile): renamed to drafts.json.damaged-<time>, never over an
        // earlier copy. Kept as it is when even that fails: then nothing writes over it this run.
        const QString aside = profile::keepAside(path(), profile::AsideMode::Move);
        const bool kept = !aside.isEmpty();
        m_keepOff = !kept;
        logger()->error("drafts file damaged or unreadable ({} bytes); kept aside={}", bytes.size(), kept);
        return Error{QStringLiteral("damaged"),
                     kept ? tr("Your saved drafts could not be read. The file was kept as %1.").arg(aside)
                          : tr("Your saved drafts could not be read (%1).").arg(path())};
    }
    const auto object = drafts.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it->isString() && !it->toString().isEmpty()) {
            m_values[it.key()] = it->toString();
        }
    }
    logger()->info("drafts loaded count={}", m_values.size());
    return Ok{};
}

QString DraftStore::value(const QString& key) const {
    const auto it = m_values.find(key);
    return it == m_values.end() ? QString() : it->second;
}

void DraftStore::set(const QString& key, const QString& text) {
    if (text.isEmpty()) {
        if (m_values.erase(key) > 0) {
            scheduleWrite();
        }
        return;
    }
    auto& slot = m_values[key];
    if (slot != text) {
        slot = text;
        scheduleWrite();
    }
}

void DraftStore::removeIf(const std::function<bool(const QString& key, const QString& text)>& predicate) {
    const auto removed =
        std::erase_if(m_values, [&](const auto& entry) { return predicate(entry.first, entry.second); });
    if (removed > 0) {
        scheduleWrite();
    }
}

std::vector<QString> DraftStore::keys() const {
    std::vector<QString> keys;
    for (const auto& entry : m_values) {
        keys.push_back(entry.first);
    }
    return keys;
}

void DraftStore::scheduleWrite() {
    m_dirty = true;
    if (!m_writeTimer.isActive()) {
        m_writeTimer.start();
    }
}

Status DraftStore::flush() {
    if (!m_dirty) {
        return Ok{};
    }
    m_writeTimer.stop();
    if (m_keepOff) { // a damaged file that could not be kept aside stays as it is (see load())
        return Error{QStringLiteral("io"), tr("Twofold couldn't update your saved drafts in %1.").arg(m_directory)};
    }
    if (m_values.empty()) {
        if (QFile::exists(path()) && !QFile::remove(path())) {
            logger()->error("drafts file could not be removed");
            return Error{QStringLiteral("io"), tr("Twofold couldn't update your saved drafts in %1.").arg(m_directory)};
        }
        m_dirty = false;
        return Ok{};
    }
    QJsonObject drafts;
    for (const auto& [key, text] : m_values) {
        drafts.insert(key, text);
    }
    const QJsonObject root{{QLatin1String("version"), kFormatVersion}, {QLatin1String("drafts"), drafts}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Compact);
    const auto permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // Atomic, owner-only, never through a symbolic link, flush checked (net/ProfileFiles.h).
    const bool written =
        QDir().mkpath(m_directory) && profile::writeAtomically(path(), bytes, permissions, QStringLiteral("io")).ok();
    if (!written) {
        logger()->error("drafts write failed entries={} bytes={}", m_values.size(), bytes.size());
        return Error{QStringLiteral("io"),
                     tr("Twofold couldn't save your draft in %1. What you typed is still here; please check "
                        "the disk space.")
                         .arg(m_directory)};
    }
    m_dirty = false;
    logger()->debug("drafts saved entries={} bytes={}", m_values.size(), bytes.size());
    return Ok{};
}

} // namespace twofold::app
