#pragma once

#include "core/Result.h"
#include "core/session/Summary.h"

#include <QObject>
#include <array>

namespace twofold::app {

class SessionContext;

// The close: what each partner named, and a copy kept only if both agree.
class SummaryModel final : public QObject {
    Q_OBJECT
public:
    explicit SummaryModel(SessionContext& context, QObject* parent = nullptr);

    session::Summary summary() const;
    QString title() const; // the flow's title in this partner's language
    bool ended() const;
    session::Partner me() const;
    QString partnerInText() const; // as it goes into a sentence (SessionContext::nameInText)
    QString sessionId() const;     // which conversation this is

    // Consent matches content: a copy of the summary and a copy of the whole transcript are separate
    // agreements, each needing both partners.
    bool iAgreedToExport(session::ExportContent content = session::ExportContent::Summary) const;
    bool partnerAgreedToExport(session::ExportContent content = session::ExportContent::Summary) const;
    bool exportAllowed(session::ExportContent content = session::ExportContent::Summary) const; // both agreed
    // The copy as Markdown, in this partner's language. Errors: "no-flow" before any session,
    // "export-not-agreed" unless both agreed to this content.
    Result<QString> exportMarkdown(session::ExportContent content = session::ExportContent::Summary) const;
    // A dated file name that says what it holds: "Twofold summary 2026-11-30 21.15.md".
    QString suggestedFileName(session::ExportContent content) const;

Q_SIGNALS:
    // Each only when what it names changed: a word said in the conversation that names nothing emits none.
    void summaryChanged();   // summary(), title(), ended(), the partner's name, sessionId()
    void agreementChanged(); // who agreed to keep which copy, exportAllowed()

private:
    struct Shown {
        session::Summary summary;
        QString title;
        bool ended = false;
        QString partner;
        QString sessionId;
        std::array<bool, 4> agreed{}; // summary mine, theirs; transcript mine, theirs
    };
    Shown shownNow() const;
    void update();

    SessionContext& m_context;
    Shown m_shown;
};

} // namespace twofold::app
