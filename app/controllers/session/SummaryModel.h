#pragma once

#include "core/Result.h"
#include "core/session/Summary.h"

#include <QObject>

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
    QString partnerName() const;
    quint64 sessionStartSeq() const;
    quint64 revision() const; // changes with every event: the page rebuilds only then

    bool iAgreedToExport() const;
    bool partnerAgreedToExport() const;
    bool exportAllowed() const; // both agreed
    // The copy as Markdown, in this partner's language. Error "no-flow" before any session.
    Result<QString> exportMarkdown() const;

Q_SIGNALS:
    void changed();

private:
    SessionContext& m_context;
};

} // namespace twofold::app
