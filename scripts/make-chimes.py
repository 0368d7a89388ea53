#!/usr/bin/env python3
"""Writes the soft chimes in resources/sounds: sine partials with a slow attack and a long decay,
44.1 kHz, 16-bit mono, quiet (peak about -12 dBFS), each well under 100 KB. Run from the repository root."""
import math
import struct
import wave
from pathlib import Path

RATE = 44100


def chime(path, notes, seconds, peak=0.25):
    """notes: (frequency Hz, start s, gain) tuples; each note has a soft attack and an exponential decay."""
    frames = int(RATE * seconds)
    samples = [0.0] * frames
    for freq, start, gain in notes:
        first = int(start * RATE)
        for i in range(first, frames):
            t = (i - first) / RATE
            attack = min(1.0, t / 0.06)                # 60 ms: no click, no sharp edge
            decay = math.exp(-t * 2.2)
            tone = math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(2 * math.pi * freq * 2 * t) * math.exp(-t * 4)
            samples[i] += gain * attack * decay * tone
    fade = int(0.25 * RATE)
    for i in range(fade):
        samples[frames - 1 - i] *= i / fade
    top = max(abs(s) for s in samples) or 1.0
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(32767 * peak * s / top)) for s in samples))


def main():
    folder = Path("resources/sounds")
    folder.mkdir(parents=True, exist_ok=True)
    # A gentle signal arrived: one soft high tone with a fifth above.
    chime(folder / "signal.wav", [(659.25, 0.0, 1.0), (987.77, 0.08, 0.35)], 1.0)
    # One minute left (only for the one who paused): two low, slow tones.
    chime(folder / "pause-warning.wav", [(523.25, 0.0, 1.0), (659.25, 0.35, 0.8)], 1.1)
    # The pause is over (both): a rising, warm triad.
    chime(folder / "pause-end.wav", [(392.0, 0.0, 0.9), (493.88, 0.25, 0.8), (587.33, 0.5, 0.8)], 1.1)


if __name__ == "__main__":
    main()
