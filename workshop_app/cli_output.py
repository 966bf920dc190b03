"""The command line's standard output, and what happens when its reader goes away.

``workshop-app import x.gexf -o s.workshop | head -1`` closes the pipe after one line. The
work is done by then (every command prints only after it wrote its files), so that is not
an error: the rest of the output is dropped quietly and the command keeps its exit status,
instead of ending in "Broken pipe" and status 2. Python ignores SIGPIPE, so the closed pipe
shows up as BrokenPipeError on a write; only writes made here are treated that way, so a
broken pipe anywhere else (a helper process, a socket) stays an error.
"""

from __future__ import annotations

import os
import sys


class OutputClosed(Exception):
    """The reader of standard output closed it; nothing more can be shown."""


def say(text: str = "") -> None:
    """Print one block of text to standard output."""
    try:
        print(text)
    except BrokenPipeError:
        raise OutputClosed from None


def flush() -> None:
    """Push what is buffered out now, so a closed pipe is noticed while we can handle it."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise OutputClosed from None


def drop_the_rest() -> None:
    """Send whatever is still buffered (and all later output) to the null device, so the
    interpreter's last flush at exit does not report the broken pipe again."""
    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError):
        return  # not a real file (a test's capture): nothing is flushed at exit
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)


__all__ = ["OutputClosed", "say", "flush", "drop_the_rest"]
