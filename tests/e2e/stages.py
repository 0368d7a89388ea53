"""The stages of the suite, in the order a couple lives them, sharing one pair of processes.

Each stage is a unittest.TestCase with one test method. After every stage (passed or not) both
screens are photographed and checked for focusable widgets without an accessible name and for text cut
off (as at every checkpoint inside the stage); checks made
with couple.expect() fail the stage at its end, so that one wrong text does not hide the rest.
"""

import time
import unittest

from couple import Couple

_config = {}
_state = {"couple": None}


def configure(binary, source_dir, work_dir, screenshot_dir, languages=("en", "de")):
    _config.update(binary=binary, source_dir=source_dir, work_dir=work_dir, screenshot_dir=screenshot_dir,
                   languages=tuple(languages))


class Stage(unittest.TestCase):
    """Base of every stage: the shared couple, and the checks that close each stage."""

    title = "stage"

    @classmethod
    def couple(cls):
        if _state["couple"] is None:
            _state["couple"] = Couple(_config["binary"], _config["source_dir"], _config["work_dir"],
                                      _config["screenshot_dir"], _config["languages"])
        return _state["couple"]

    def setUp(self):
        if _state.get("broken"):
            self.skipTest("stage %r broke off, and this stage builds on it" % _state["broken"])
        self.started = time.monotonic()
        self.c = self.couple()
        self.alex = self.c.alex
        self.sam = self.c.sam

    def tearDown(self):
        try:
            self.c.checkpoint("end of " + self.title)
        except Exception as error:  # a dead process must not hide the stage's own failure
            self.c.soft_failures.append("could not look at the screens at the end: %s" % error)
        try:
            print("\n  screenshot: %s" % self.c.screenshot(self.title))
        except Exception as error:
            print("\n  no screenshot: %s" % error)
        failures = self.c.take_failures()
        walks, seconds, longest = self.c.fit_walk_time()
        print("  stage time: %.1f s, of it %.2f s in %d fit walk(s) (longest %.2f s)"
              % (time.monotonic() - self.started, seconds, walks, longest))
        if self._body_failed():
            _state["broken"] = self.title
            for partner in self.c.both():
                print("\n---- last lines of %s's log\n%s" % (partner.label, partner.log_tail()))
        if failures:
            self.fail("\n".join(failures))


    def _body_failed(self):
        result = getattr(getattr(self, "_outcome", None), "result", None)
        return result is not None and any(test is self for test, _ in result.failures + result.errors)


def all_stages():
    from stages_meeting import FirstRunAndPairing, CheckIn, WholeRound
    from stages_hard_moments import RepairAndPauses
    from stages_return import KillAndRestart, Practice
    from stages_listening import WhatAScreenReaderHeard
    return [FirstRunAndPairing, CheckIn, WholeRound, RepairAndPauses, KillAndRestart, Practice,
            WhatAScreenReaderHeard]


def shutdown():
    if _state["couple"] is not None:
        _state["couple"].stop()


def suite(until=None, only=None):
    """All stages in order, or those up to and including the first whose name contains `until`, or the named ones."""
    tests = unittest.TestSuite()
    loader = unittest.TestLoader()
    for stage in all_stages():
        if only and stage.__name__ not in only:
            continue
        tests.addTests(loader.loadTestsFromTestCase(stage))
        if until and until.lower() in stage.__name__.lower():
            break
    return tests
