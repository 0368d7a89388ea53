#pragma once

#include "core/session/CheckIn.h"

#include <QObject>
#include <vector>

namespace twofold::app {

class SessionContext;

// The check-in screen: the private level (it never leaves this computer), which flow to begin, and
// "begin another conversation" after the last one ended.
class CheckInModel final : public QObject {
    Q_OBJECT
public:
    struct FlowChoice {
        QString id;
        QString title;
        QString description;
    };

    explicit CheckInModel(SessionContext& context, QObject* parent = nullptr);

    session::Activation activation() const { return m_activation; }
    void setActivation(session::Activation activation);
    bool suggestsPause() const;

    // The flows to choose from: the conversation first, then the practice, then any added later.
    std::vector<FlowChoice> flows() const;
    // This partner may begin: the host, before a session or after the last one ended.
    bool canStart() const;
    void start(const QString& flowId);
    // Host, after a session ended: back to the check-in.
    void beginAgain();
    bool wantsBeginAgain() const { return m_beginAgain; }

    QString partnerName() const;
    bool linked() const;

Q_SIGNALS:
    void changed();

private:
    SessionContext& m_context;
    session::Activation m_activation = session::Activation::Settled;
    bool m_beginAgain = false;
};

} // namespace twofold::app
