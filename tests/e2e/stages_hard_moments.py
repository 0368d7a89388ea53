"""Stages 4–6: repair signals and pauses, a crash and a close, and the practice flow."""

from stages import Stage


class RepairAndPauses(Stage):
    title = "4 repair and pauses"


class KillAndRestart(Stage):
    title = "5 kill and restart"


class Practice(Stage):
    title = "6 practice"
