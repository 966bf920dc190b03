"""Research across workshops: a corpus of sessions, canonical actors, comparisons, agreement.

Researchers collect sessions from many workshops and compare them; this room holds what
reads several sessions at once. It sits above ``io`` (it writes networks and tables through
the io writers) and below the windows, and imports no Qt, so every part of it runs in a
plain script or notebook.
"""

from .frames import frames

__all__ = ["frames"]
