#pragma once

#include "core/session/CheckIn.h"
#include "core/session/Event.h"

#include <QObject>
#include <optional>
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

    // Nothing is chosen until the partner chooses, and nothing carries over to the next conversation.
    std::optional<session::Activation> activation() const { return m_activation; }
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
    // The partner began another conversation after the last one ended: this partner checks in with
    // themselves first, then joins (join()).
    bool joinPending() const { return m_joinPending; }
    QString joinNote() const;
    void join();
    // Flooded when the partner began: the session waits for this partner's own choice (issue 17 §4,
    // "regulate first, then speak"). The partner only learns that this one is taking a moment; join()
    // goes on to the conversation.
    bool holding() const { return m_holding; }

    QString partnerInText() const; // as it goes into a sentence (SessionContext::nameInText)
    bool linked() const;
    // "You and Sam are connected." once linked, else that we wait for the partner's computer.
    QString connectionNote() const;

Q_SIGNALS:
    // Each only when what it names changed: an event in the conversation itself emits none of them.
    void connectionChanged(); // linked(), connectionNote()
    void levelChanged();      // activation(), suggestsPause()
    // Who begins and how: canStart(), wantsBeginAgain(), joinPending(), holding(), joinNote(), the partner's
    // name in the page's sentences.
    void stageChanged();

private:
    struct Shown {
        bool linked = false;
        QString connection;
        std::optional<session::Activation> activation;
        bool canStart = false;
        bool beginAgain = false;
        bool joinPending = false;
        bool holding = false;
        QString joinNote;
        QString partner;
    };
    Shown shownNow() const;
    void update();
    SessionContext& m_context;
    void onEventApplied(const session::Event& event);

    std::optional<session::Activation> m_activation;
    bool m_beginAgain = false;
    bool m_joinPending = false;
    bool m_holding = false;
    bool m_sawConversation = false;
    Shown m_shown;
};

} // namespace twofold::app
