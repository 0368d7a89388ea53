"""Steps the stages share: the first run, choices, a speaking round, dialogs, signals, whose turn it is."""

import os
import re

from atspi_tree import (ALERT, BUTTON, CHECK_BOX, DIALOG, LABEL, RADIO, TEXT, WaitTimeout, attempt, dump, name_of,
                        role_of, states_of, walk)

TOPIC = "Weekend plans and chores"
FLOODED_NOTE = ("Thank you for noticing. It may help to take a few quiet minutes before you begin. The conversation "
                "can wait until you're ready, and you can ask for a pause at any time.")


def first_run(c, me):
    """Name, the agreement about pauses, Continue; ends on the partners page."""
    tree = me.tree
    tree.type_text("Your name", me.label)
    # Continue stays reachable by Tab (issue 17 §3); pressed before the agreement, it says what is missing.
    tree.press("Continue")
    tree.wait(LABEL, "To continue, tick the agreement about pauses above.", timeout=3)
    c.expect(tree.find(LABEL, "Find your partner") is None,
             "%s: Continue went on without the agreement being checked" % me.label)
    tree.toggle("I agree: a pause always comes back.")
    tree.wait_until(lambda: tree.checked(tree.find(CHECK_BOX, "I agree: a pause always comes back.")),
                    "the agreement check box to be checked")
    c.checkpoint("first run")
    tree.press("Continue")
    tree.wait(LABEL, "Find your partner")


def focused(me):
    """The showing widget that has the keyboard focus in me's window, or None."""
    return next((acc for acc, _ in walk(me.tree.app) if "focused" in states_of(acc)), None)


def shows(me, pattern):
    """Whether any showing widget's name matches pattern (a compiled regex)."""
    return any(pattern.search(name_of(acc)) for acc, _ in walk(me.tree.app))


def choose(me, option):
    """Checks the radio button `option` (a choice in a step's form or a page) through its Toggle action."""
    if not me.tree.checked(me.tree.wait(RADIO, option, enabled=True)):
        me.tree.toggle(option, role=RADIO)
    me.tree.wait_until(lambda: me.tree.checked(me.tree.find(RADIO, option)),
                       "the option %r to be checked" % me.tr(option), 3)


def text_value(acc):
    try:
        return acc.queryText().getText(0, -1)
    except Exception:
        return ""


def wait_speaker(c, speaker):
    """Waits until the floor banners say that `speaker` speaks and the other listens."""
    listener = c.other(speaker)
    speaker.tree.wait(LABEL, speaker.tr("You're speaking · %1 is listening", listener.label), timeout=10)
    listener.tree.wait(LABEL, listener.tr("%1 is speaking · you're listening", speaker.label), timeout=10)


FIRST_ROUND = {
    "blame": {"en": "you always", "de": "du immer", "fr": "tu pars toujours", "es": "porque siempre"},
    "blaming": {"en": "hurt because you always leave early", "de": "verletzt, weil du immer früh gehst",
                "fr": "triste parce que tu pars toujours tôt", "es": "triste porque siempre te vas temprano"},
    "feel": "lonely",
    "when": "the dishes pile up after dinner",
    "need": "to share the evening chores",
    "request": "take turns with me on weekdays",
    "heard": "You feel lonely when the dishes pile up",
    "clarification": "It is more about our evenings together than the dishes",
    "heard again": "You miss our evenings together, and the chores take them away",
    "because": "evenings are when we have time for each other",
    "empathy": "a bit unseen",
}
SECOND_ROUND = {
    "feel": "tense",
    "when": "plans change at the last minute",
    "need": "a little time to adjust",
    "request": "",
    "heard": "You feel tense when plans change late and need time to adjust",
}


def current_speaker(c):
    """Whoever the floor banners say speaks now."""
    def probe():
        for speaker in c.both():
            listener = c.other(speaker)
            if speaker.tree.find(LABEL, speaker.tr("You're speaking · %1 is listening", listener.label)):
                return speaker
        return None
    return c.alex.tree.wait_until(probe, "a floor banner saying who speaks")


def round_of_speaking(c, speaker, listener, words, clarify):
    """One partner's turn: "I" statement, reflection (with one "Not quite" if clarify), more?, validation."""
    if "blaming" in words:
        blaming = words["blaming"][speaker.language]
        speaker.tree.type_text("I feel …", blaming)
        phrase = words["blame"][speaker.language]

        def hinted():
            return any(phrase in text for text in exposed_texts(speaker))

        try:
            speaker.tree.wait_until(hinted, "the coach's hint about “%s”" % phrase, 3)
        except WaitTimeout:
            c.expect(False, "%s typed %r in %r: no readable text (name, description or Text of a widget that is "
                            "not the field) mentions “%s”, so the coach's hint is not exposed"
                     % (speaker.label, blaming, speaker.tr("I feel …"), phrase))
        c.checkpoint("statement with a coach hint")
        speaker.tree.type_text("I feel …", words["feel"])
        try:
            speaker.tree.wait_until(lambda: not hinted(), "the hint to go once the words are gentle", 3)
        except WaitTimeout:
            c.expect(False, "%s: the coach's hint about “%s” stayed after the field was rewritten"
                     % (speaker.label, phrase))
    for field, label in (("feel", "I feel …"), ("when", "when …"), ("need", "and what I need is …"),
                         ("request", "Would you be willing to …?")):
        if words.get(field):
            speaker.tree.type_text(label, words[field])
    speaker.tree.press("Share")

    listener.tree.wait_until(lambda: shows(listener, re.compile(re.escape(words["feel"]))),
                             "%s's statement (%r) on the listener's screen" % (speaker.label, words["feel"]))
    listener.tree.type_text("What I hear you saying is …", words["heard"])
    c.checkpoint("reflect back")
    listener.tree.press("Did I get that?")
    if clarify:
        speaker.tree.type_text("What I mean is …", words["clarification"])
        c.checkpoint("confirm or clarify")
        speaker.tree.press("Not quite")
        listener.tree.wait_until(lambda: shows(listener, re.compile(re.escape(words["clarification"]))),
                                 "the clarification on the listener's screen")
        listener.tree.type_text("What I hear you saying is …", words["heard again"])
        listener.tree.press("Did I get that?")
    speaker.tree.press("Yes, that's it")
    listener.tree.press("Is there more?")
    c.checkpoint("is there more")
    speaker.tree.press("No, that's it for now")
    if words.get("because"):
        listener.tree.type_text("That makes sense to me because …", words["because"])
        listener.tree.type_text("I imagine you might feel …", words["empathy"])
        c.checkpoint("validate")
        listener.tree.press("Share and pass the floor")
        # The one who was heard receives the validation (issue 17 §1): it stays on their screen.
        try:
            speaker.tree.wait_until(lambda: shows(speaker, re.compile(re.escape(words["because"]))),
                                    "%s's validation on %s's screen" % (listener.label, speaker.label), 5)
        except WaitTimeout:
            c.expect(False, "%s validated (%r), but %s's window does not show it"
                     % (listener.label, words["because"], speaker.label))
    else:
        listener.tree.press("Pass the floor without validating")


def exposed_texts(me):
    """Names, descriptions and Text contents of every showing widget a screen reader reads out (not the editable
    fields, which hold what was typed)."""
    texts = []
    for acc, _ in walk(me.tree.app):
        if "editable" in states_of(acc):
            continue
        texts.append(name_of(acc))
        texts.append(attempt(lambda: acc.description, "") or "")
        texts.append(text_value(acc))
    return texts


def save_in_file_dialog(c, me, title):
    """Accepts the file dialog's suggested name and returns the chosen path."""
    dialog = me.tree.wait(DIALOG, title, timeout=10)
    c.checkpoint("file dialog")
    field = None
    for acc, _ in walk(dialog):
        if role_of(acc) == TEXT and "editable" in states_of(acc):
            field = acc
    if field is None:
        raise AssertionError("%s: no editable file name in the dialog:\n%s" % (me.label, dump(dialog)))
    name = text_value(field)
    # Qt's own dialog, in its own translation (qtbase_<lang>.qm) of "&Save".
    me.tree.press(re.compile(r"^(&?Save|&?Speichern|&?Enregistrer|&?Guardar)$"), within=dialog)
    folder = me.documents
    return name if os.path.isabs(name) else os.path.join(folder, name)


def pattern(me, source, *parts, partial=False):
    """A regex for `source` as `me` shows it, with %1 … filled by the regex fragments in parts."""
    marks = ["\x01%d\x01" % i for i in range(len(parts))]
    # The app keeps a time together with the words before it (a no-break space): either space matches.
    text = re.escape(me.tr(source, *marks)).replace("\\ ", "[ \u00a0]")
    for mark, part in zip(marks, parts):
        text = text.replace(re.escape(mark), part)
    return re.compile(text if partial else "^" + text + "$")


def wait_dialog(me, title, timeout=10):
    """A dialog or message box by its title."""
    wanted = me.tr(title) if isinstance(title, str) else title
    return me.tree.wait_until(lambda: next((acc for acc in me.tree.find_all(None, wanted)
                                            if role_of(acc) in (DIALOG, ALERT)), None),
                              "a dialog titled %r" % (wanted,), timeout)


def ask_to_close(me):
    """Closes `me`'s window as a window manager does and returns the "Close Twofold?" question. Seen now and
    then (right after a partner's restart, and on a loaded machine): a WM_DELETE_WINDOW that brings no question
    (cause not found yet). A person clicks again; the window asks at most once, so the test asks again too."""
    me.request_close()
    try:
        return wait_dialog(me, "Close Twofold?", timeout=5)
    except WaitTimeout:
        print("  %s: no close question after the first request; asking again" % me.label)
        me.request_close()
        return wait_dialog(me, "Close Twofold?", timeout=10)


def end_session(c, me):
    """The quiet "End session", confirmed in its dialog; both screens then say it has ended."""
    me.tree.press("End session")
    dialog = wait_dialog(me, "End this session?")
    c.checkpoint("end session dialog")
    me.tree.press("End session", within=dialog)
    for partner in c.both():
        partner.tree.wait(LABEL, "This session has ended. Thank you both for the time you gave it.")


def begin_conversation(c, first, flow="A hard conversation", host=None):
    """From the ended summary: the host begins another and chooses the flow. For a flow with a check-in
    (first is not None) the host asks that `first` speaks first and both say they are ready."""
    host = host or c.alex
    guest = c.other(host)
    host.tree.press("Begin another conversation")
    host.tree.wait(LABEL, "Check in with yourself")
    choose(host, flow)
    host.tree.press("Begin together")
    # The partner is told that another conversation began, checks in privately, then joins.
    guest.tree.wait(LABEL, guest.tr("%1 began another conversation. Check in with yourself first, then join when "
                                    "you're ready.", host.label), timeout=10)
    guest.tree.press("Join the conversation")
    if first is None:
        return
    choose(host, "I'd like to start" if first is host else host.tr("%1 starts", guest.label))
    host.tree.press("Set the topic")
    for me in (host, guest):
        me.tree.press("I'm ready")
    wait_speaker(c, first)


RESUME_TIMEOUT = 20.0  # a restart, a reconnect with backoff (at most 4 s), the replay


def wait_linked(c, titles):
    """Both screens show the conversation at the given step titles again, without the reconnect banner."""
    for me in c.both():
        me.tree.wait(LABEL, titles[me.label], timeout=RESUME_TIMEOUT)
    for me in c.both():
        me.tree.wait_gone(LABEL, "Reconnecting… Everything you've written is kept.", timeout=RESUME_TIMEOUT)
    current_speaker(c)


def step_title(c, me):
    """The title of the conversation step on me's screen (the label just under the floor banner)."""
    titles = ["Check-in", "“I” statement", "Reflect back", "Did they get it?", "Is there more?", "Validate",
              "Closing"]
    wanted = {me.tr(title) for title in titles}
    return me.tree.wait_until(lambda: next((name_of(acc) for acc in me.tree.find_all(LABEL) if name_of(acc) in wanted),
                                           None), "a step title")


def send_signal(c, sender, receiver, text):
    """A repair button on one screen; its card on the other, in the receiver's language."""
    sender.tree.press(text)
    receiver.tree.wait(None, receiver.tr("Signal from %1: %2", sender.label, receiver.tr(text)), timeout=5)
    c.expect(any(sender.tr(text) in exposed and exposed != sender.tr(text) for exposed in exposed_texts(sender)),
             "%s: no readable text confirms that “%s” was sent" % (sender.label, sender.tr(text)))


def share(c, me, step, fields, button="Share"):
    """Waits for `step` on me's screen, fills its fields (label, text) and presses the button."""
    me.tree.wait(LABEL, step, timeout=10)
    for label, text in fields:
        me.tree.type_text(label, text)
    c.checkpoint(step)
    me.tree.press(button)
