"""Stages 5–6: a crash mid-sentence and a normal close, then the practice flow from start to end."""

import os
import re

from atspi_tree import BUTTON, LABEL, TEXT, WaitTimeout
from stages import Stage
import steps

DRAFT = "unsicher wegen der Reise nach Ostende"
DRAFT_MARK = "Ostende"


def files_holding(folder, text):
    """Files under folder whose bytes contain text (UTF-8)."""
    found = []
    needle = text.encode("utf-8")
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            try:
                with open(path, "rb") as handle:
                    if needle in handle.read():
                        found.append(path)
            except OSError:
                pass
    return found


class KillAndRestart(Stage):
    title = "5 kill -9 mid-sentence, restart, close"

    def test_draft_survives_kill_then_close_asks_first(self):
        c = self.c
        typist = steps.current_speaker(c)  # Alex, who hosts, when "Who speaks first" could be set in stage 4
        partner = c.other(typist)
        titles = {me.label: steps.step_title(c, me) for me in c.both()}

        # The typist is in the middle of a statement: the draft reaches the profile on disk, never a log.
        typist.tree.type_text("I feel …", DRAFT)
        try:
            typist.tree.wait_until(lambda: files_holding(typist.profile, DRAFT_MARK),
                                   "the draft in %s's profile" % typist.label, 5)
        except WaitTimeout:
            c.expect(False, "%s's draft never reached a file in the profile (%s) within 5 s"
                     % (typist.label, typist.profile))
        for path in files_holding(os.path.dirname(typist.profile), DRAFT_MARK):
            c.expect(not path.endswith(".log"), "a log holds what %s wrote: %s" % (typist.label, path))
            c.expect(os.stat(path).st_mode & 0o077 == 0, "the draft file %s is readable by others" % path)

        typist.kill_hard()
        partner.tree.wait(LABEL, "Reconnecting… Everything you've written is kept.", timeout=15)
        c.screenshot("5a %s killed" % typist.label)

        # The same profile again: the session is back at the same step, and so is the draft.
        typist.start()
        steps.wait_linked(c, titles)
        field = typist.tree.wait(TEXT, "I feel …", enabled=True)
        c.expect(steps.text_value(field) == DRAFT, "after kill -9 and a restart, %s's %r holds %r instead of the "
                                                   "draft %r" % (typist.label, typist.tr("I feel …"),
                                                                 steps.text_value(field), DRAFT))
        c.checkpoint("resumed after kill -9")

        # A normal close asks first and offers the pause; the partner learns it kindly.
        closing = partner
        dialog = steps.ask_to_close(closing)
        closing.tree.wait(BUTTON, closing.tr("I need %1 minutes", 10), within=dialog)
        c.checkpoint("close question")
        c.screenshot("5b close question")
        closing.tree.press("Keep going", within=dialog)
        closing.tree.wait_until(lambda: closing.tree.find(None, closing.tr("Close Twofold?")) is None,
                                "the question to go after 'Keep going'", 5)
        self.assertIsNone(closing.process.poll(), "'Keep going' must keep %s's Twofold open" % closing.label)
        closing.tree.press("Close anyway", within=steps.ask_to_close(closing))
        closing.wait_exit()
        stayed = c.other(closing)
        stayed.tree.wait(LABEL, re.compile("^" + re.escape(stayed.tr(
            "%1's Twofold closed. Your conversation is kept and continues when %1 opens it again.", closing.label))),
            timeout=10)
        c.screenshot("5c %s closed" % closing.label)

        # Opened again, the conversation continues where it was.
        closing.start()
        steps.wait_linked(c, titles)

        # Issue 17 §6: a logout or shutdown (SIGTERM) closes the same way, without a question: the partner
        # reads that Twofold closed, not "Reconnecting…", and what was just typed is kept.
        ended, stayed = typist, partner
        more = " und zurück"
        ended.tree.type_text("I feel …", more, append=True)
        ended.terminate_quietly()
        ended.wait_exit(timeout=5)
        stayed.tree.wait(LABEL, re.compile("^" + re.escape(stayed.tr(
            "%1's Twofold closed. Your conversation is kept and continues when %1 opens it again.", ended.label))),
            timeout=10)
        c.checkpoint("closed by SIGTERM")
        c.screenshot("5d %s closed by SIGTERM" % ended.label)
        ended.start()
        steps.wait_linked(c, titles)
        field = ended.tree.wait(TEXT, "I feel …", enabled=True)
        c.expect(steps.text_value(field) == DRAFT + more,
                 "after SIGTERM and a restart, %s's %r holds %r instead of %r"
                 % (ended.label, ended.tr("I feel …"), steps.text_value(field), DRAFT + more))


class Practice(Stage):
    title = "6 practice flow"

    def test_practice_from_start_to_end(self):
        c, alex, sam = self.c, self.alex, self.sam
        steps.end_session(c, alex)
        # Practice begins with the same check-in and ready step as every flow: nobody is pulled in.
        steps.begin_conversation(c, first=alex, flow="Rupture and repair practice")

        # 1. Each names the feeling they had.
        first = steps.current_speaker(c)
        second = c.other(first)
        for speaker in (first, second):
            steps.share(c, speaker, "1. Name the feeling", [("I felt …", "left out")])
        # 2. Each tells their version; the other summarises and validates a part.
        for speaker in (first, second):
            listener = c.other(speaker)
            steps.share(c, speaker, "2. Your version", [("How I saw it:", "We both rushed and nobody asked")])
            steps.share(c, listener, "2. Summarise and validate",
                        [("What I heard is …", "You felt rushed and unasked"),
                         ("The part that makes sense to me is …", "rushing makes it hard to ask")])
        # 3. What may have triggered each.
        for speaker in (first, second):
            steps.share(c, speaker, "3. What may have triggered you", [("What may have triggered me:", "a long day")])
        # 4. Each owns their part; the other answers with willingness.
        for speaker, answer in ((first, "Thanks for telling me."),
                                (second, "I need some time, but I want to come back to this.")):
            steps.share(c, speaker, "4. Own your part",
                        [("My part in this:", "I got defensive earlier. That's not what I want.")])
            listener = c.other(speaker)
            listener.tree.wait(LABEL, "4. Answer with willingness")
            c.checkpoint("answer with willingness")
            listener.tree.press(answer)
            # The answer reaches the one who owned their part.
            speaker.tree.wait_until(lambda: steps.shows(speaker, re.compile(re.escape(speaker.tr(answer)))),
                                    "%s to see the answer %r" % (speaker.label, answer))
            if answer.startswith("I need some time"):
                # It does not just move on: the pause is offered, or the item is kept to come back to.
                listener.tree.wait(BUTTON, listener.tr("I need %1 minutes now", 10))
                listener.tree.press("Let's come back to it later, and go on for now")
        # 5. One thing each could do next time, then the end.
        for me, text in ((alex, "ask before I assume"), (sam, "say when I need a break")):
            steps.share(c, me, "5. Next time", [("Next time I could …", text)])
        for me in c.both():
            me.tree.wait(LABEL, me.tr("Summary · %1", me.tr("Rupture and repair practice")), timeout=10)
            c.expect(not steps.shows(me, re.compile("^" + re.escape(me.tr("Saved to %1", "")))),
                     "%s's new summary still says the earlier conversation was 'Saved to …'" % me.label)
            me.tree.wait(LABEL, "You practised repair together. That is what matters.")
            for text in ("ask before I assume", "say when I need a break"):
                c.expect(steps.shows(me, re.compile(re.escape(text))),
                         "%s's practice summary should list %r" % (me.label, text))
        c.checkpoint("practice summary")
