"""Another window editing a session: a child process the concurrency tests drive and kill.

Run as ``python editor_child.py SESSION``; it opens SESSION for editing and answers one line
per command read from stdin:

* ``EDIT NAME`` adds an actor called NAME: ``ACK NAME`` once saved, ``ERR message`` if not;
* ``QUIT`` closes the session and exits (``CLOSED``).

It prints ``OPEN <pid>`` once the session is open, or ``ERR message`` if it cannot be opened.
"""

from __future__ import annotations

import os
import sys

from workshop_app import Session, SessionFileError


def main() -> None:
    try:
        session = Session.open(sys.argv[1])
    except SessionFileError as exc:
        print("ERR", " ".join(str(exc).split()), flush=True)
        return
    print("OPEN", os.getpid(), flush=True)
    for line in sys.stdin:
        word, _, rest = line.strip().partition(" ")
        if word == "EDIT":
            try:
                session.add_actor(rest)
            except SessionFileError as exc:
                print("ERR", " ".join(str(exc).split()), flush=True)
            else:
                print("ACK", rest, flush=True)
        elif word == "QUIT":
            session.close()
            print("CLOSED", flush=True)
            return


if __name__ == "__main__":
    main()
