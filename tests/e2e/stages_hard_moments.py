"""Stage 4: repair signals both ways, the breathing pause, and a timed pause with an extension."""

import re

from atspi_tree import BUTTON, LABEL, WaitTimeout, name_of
from stages import Stage
import steps

TIME = r"(\d{1,2})[:.](\d{2})(?:\s?([AP]M))?"
BREATH_TIMEOUT = 80.0  # "Ask for a pause" lasts one minute (SessionController kBreathSeconds)


def minutes_of(match, first_group):
    hours, minutes, half = match.group(first_group), match.group(first_group + 1), match.group(first_group + 2)
    hours = int(hours) % 12 + (12 if half == "PM" else 0) if half else int(hours)
    return hours * 60 + int(minutes)


class RepairAndPauses(Stage):
    title = "4 repair signals and pauses"

    def test_signals_both_ways_breathing_pause_timed_pause_with_extension(self):
        c, alex, sam = self.c, self.alex, self.sam
        steps.end_session(c, alex)
        steps.begin_conversation(c, first=alex)  # Alex types when stage 5 kills
        titles = {me.label: steps.step_title(c, me) for me in c.both()}
        speaker = steps.current_speaker(c)

        # Repair signals both ways; each card arrives in the receiver's language.
        steps.send_signal(c, alex, sam, "Could we slow down?")
        steps.send_signal(c, sam, alex, "I can see my part in this.")

        # "Ask for a pause": a shared breathing minute that ends by itself.
        sam.tree.press("Ask for a pause")
        sam.tree.wait(LABEL, "A short pause to breathe. The conversation waits for you both.")
        alex.tree.wait(LABEL, alex.tr("%1 asked for a short pause. Let's both breathe for a minute.", "Sam"))
        c.checkpoint("breathing pause")
        steps.send_signal(c, alex, sam, "I'm still here. I'm not going anywhere.")
        c.screenshot("4a breathing pause")
        for me in c.both():  # the conversation resumes where the pause began
            me.tree.wait(LABEL, titles[me.label], timeout=BREATH_TIMEOUT)

        # "I need 10 minutes": the partner is told when Alex is back, may only answer gently, and sees
        # the extension.
        alex.tree.press(alex.tr("I need %1 minutes", 10))
        headline = sam.tree.wait(LABEL, steps.pattern(
            sam, "%1 needs %2 minutes to come back to themselves. They're not leaving. Back at %3.", "Alex", "10",
            TIME), timeout=5)
        back = minutes_of(re.search(TIME + r"\.$", name_of(headline)), 1)
        alex.tree.wait(LABEL, steps.pattern(
            alex, "Take the time you need to come back to yourself. %1 knows you'll be back at %2.", "Sam", TIME))
        c.expect(sam.tree.find(BUTTON, "I'm ready to come back") is None, "only Alex may end Alex's pause")
        try:
            sam.tree.wait(LABEL, steps.pattern(sam, "Time left: %1", r"\d{1,2}:\d{2}"), timeout=3)
        except WaitTimeout:
            c.expect(False, "Sam: no label tells the countdown as %r" % sam.tr("Time left: %1", "m:ss"))
        c.checkpoint("timed pause")
        c.screenshot("4b timed pause")
        sam.tree.press("OK, take your time")
        alex.tree.wait(LABEL, re.compile(re.escape(alex.tr("%1 says: OK, take your time.", "Sam"))))
        alex.tree.press("A little more time, please")
        extended = steps.pattern(sam, "%1 asked for %2 more minutes. Back at %3.", "Alex", "10", TIME, partial=True)
        note = sam.tree.wait(LABEL, extended)
        later = minutes_of(extended.search(name_of(note)), 1)
        self.assertEqual((later - back) % (24 * 60), 10, "the extension adds ten minutes to the return time")
        alex.tree.wait(LABEL, steps.pattern(alex, "You asked for %1 more minutes. Back at %2.", "10", TIME,
                                            partial=True))

        # Coming back: each says in one line how they are, then the flow goes on where it stopped.
        alex.tree.press("I'm ready to come back")
        for me, line in ((alex, "calmer, ready to listen"), (sam, "ruhiger, danke")):
            me.tree.type_text("How are you now?", line)
            c.checkpoint("re-entry")
            me.tree.press("Come back")
        for me in c.both():
            me.tree.wait(LABEL, titles[me.label], timeout=10)
        steps.wait_speaker(c, speaker)
