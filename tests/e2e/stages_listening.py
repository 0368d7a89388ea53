"""Stage 7: what a screen reader heard over the whole run (issue 17 §2).

Looks back over the AT-SPI events both apps raised during stages 1–6 (couple.events, recorded from
before the apps started): each change that matters to the couple was announced to the partner it
concerns (the partner's words arriving, a signal card, the floor passing, a pause starting and ending,
the partner closing Twofold), none twice, and no widget took the focus while hidden.
"""

import re

from stages import Stage
import steps

TIME = r"\d{1,2}[:.]\d{2}(?:\s?[AP]M)?"


class WhatAScreenReaderHeard(Stage):
    title = "7 what a screen reader heard"

    def test_each_change_was_announced_once_and_hidden_widgets_kept_still(self):
        c, alex, sam = self.c, self.alex, self.sam
        events = c.events
        events.settle(1.0)  # the last announcement waits a moment after its change
        for me in c.both():
            other = c.other(me)
            heard = events.heard(me.label)
            timed = ["%6.1f s  %s" % (at - events.started, text) for where, text, at in events.notifications
                     if where == me.label]
            print("\n  %s heard %d announcement(s):\n    %s" % (me.label, len(heard), "\n    ".join(timed)))

            def said(text):
                return any(text in line for line in heard)

            c.expect(any(re.match(re.escape(other.label) + r" · \S", line) for line in heard),
                     "%s: the partner's words were never announced (heard: %r)" % (me.label, heard))
            c.expect(said(me.tr("%1 is speaking · you're listening", other.label)),
                     "%s: the floor passing to %s was never announced" % (me.label, other.label))
            c.expect(said(me.tr("The pause is over. You're back in the conversation.")),
                     "%s: the end of a pause was never announced" % me.label)
            twice = events.repeats(me.label)
            c.expect(not twice, "%s: one change announced twice in a row within 3 s: %r" % (me.label, twice))

        c.expect(any(sam.tr("Signal from %1: %2", "Alex", sam.tr("Could we slow down?")) in line
                     for line in events.heard("Sam")), "Sam: Alex's signal card was never announced")
        c.expect(any(alex.tr("Signal from %1: %2", "Sam", alex.tr("I can see my part in this.")) in line
                     for line in events.heard("Alex")), "Alex: Sam's signal card was never announced")
        started = steps.pattern(sam, "%1 needs %2 minutes to come back to themselves. They're not leaving. Back at %3.",
                                "Alex", "10", TIME, partial=True)
        c.expect(any(started.search(line) for line in events.heard("Sam")),
                 "Sam: Alex's timed pause was never announced")
        c.expect(any(alex.tr("%1 asked for a short pause. Let's both breathe for a minute.", "Sam") in line
                     for line in events.heard("Alex")), "Alex: Sam's breathing pause was never announced")
        closed = [(me, other) for me in c.both() for other in [c.other(me)]
                  if any(me.tr("%1's Twofold closed. Your conversation is kept and continues when %1 opens it again.",
                               other.label) in line for line in events.heard(me.label))]
        c.expect(closed, "neither partner heard that the other closed Twofold")
        c.expect(not events.hidden_focus,
                 "widgets took the focus while hidden (a screen reader reads each one): %r" % events.hidden_focus[:10])
