"""The Net-Map influence tower drawn beside an actor box: the look, as plain geometry. No Qt.

Net-Map (Schiffer and Hauck 2010) asks the room to stack checkers beside each actor, as high
as its influence on the outcome; the app records that height (0-5) per actor and phase and,
on request (View ▸ Influence towers), draws it as a small stack of blocks standing beside
the box's right edge, on its bottom line, one block per level. A recorded 0 is an empty
base (the room said "no influence"), which is not the same as nothing recorded (no tower).
The tower's colour says how the actor stands towards the project's goal, but the height is
the fact: colour is never the only cue (the grid view and the tooltip name the alignment).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import vocabulary as voc

# Sizes in scene units at label scale 1; a view drawing larger names draws larger towers.
BLOCK_H = 8.0
BLOCK_GAP = 1.2
TOWER_W = 13.0
TOWER_GAP = 3.0  # between the box's right edge and the tower
BASE_H = 2.5  # the empty base drawn for a recorded 0

TOWER_RIM = "#FFFFFF"  # separates the blocks on any background
TOWER_BASE = "#5A5A5A"
# Alignment with the project's goal: blue-greys and ink, darker = more settled; none of
# them a trust hue (orange to violet) or a type tint, so the tower never reads as a score.
TOWER_FILL: dict[str | None, str] = {
    "supports": "#1C4E80",
    "neutral": "#7A8896",
    "opposes": "#1F1F1F",
    "mixed": "#4F6478",
    None: "#3C4A58",  # alignment not recorded
}
# A second cue beside the colour: an opposing actor's blocks are hollow, a mixed one's are
# half filled; supporting, neutral and unrecorded stances are solid in their shade.
TOWER_PATTERN: dict[str | None, str] = {"opposes": "hollow", "mixed": "half"}


@dataclass(frozen=True)
class Block:
    """One block of a tower, in the box's coordinates (the box centred on the origin)."""

    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class Tower:
    """The blocks of one tower, its fill and pattern, and the text of its tooltip."""

    blocks: tuple[Block, ...]
    fill: str
    pattern: str
    label: str

    def extent(self) -> Block:
        """The rectangle every block (and the base) lies in."""
        if not self.blocks:
            return Block(0.0, 0.0, 0.0, 0.0)
        left = min(b.x for b in self.blocks)
        top = min(b.y for b in self.blocks)
        right = max(b.x + b.w for b in self.blocks)
        bottom = max(b.y + b.h for b in self.blocks)
        return Block(left, top, right - left, bottom - top)


def tower_label(influence: int | None, alignment: str | None) -> str:
    """What the tower says, in words (its tooltip and the grid's)."""
    parts = []
    if influence is not None:
        parts.append(f"Influence {influence} of {voc.INFLUENCE_MAX}")
    if alignment is not None:
        parts.append(voc.ALIGNMENTS.get(alignment, alignment).lower())
    return " · ".join(parts)


def tower(box_w: float, box_h: float, influence: int | None, alignment: str | None,
          k: float = 1.0) -> Tower | None:
    """The tower beside a box of ``box_w`` × ``box_h`` centred on the origin, drawn at label
    scale ``k``; ``None`` when no influence is recorded."""
    if influence is None:
        return None
    level = max(0, min(voc.INFLUENCE_MAX, int(influence)))
    x = box_w / 2 + TOWER_GAP * k
    bottom = box_h / 2
    if level == 0:
        blocks: tuple[Block, ...] = (Block(x, bottom - BASE_H * k, TOWER_W * k, BASE_H * k),)
    else:
        step = (BLOCK_H + BLOCK_GAP) * k
        blocks = tuple(Block(x, bottom - (i + 1) * step + BLOCK_GAP * k, TOWER_W * k, BLOCK_H * k)
                       for i in range(level))
    fill = TOWER_BASE if level == 0 else TOWER_FILL.get(alignment, TOWER_FILL[None])
    return Tower(blocks, fill, TOWER_PATTERN.get(alignment or "", ""),
                 tower_label(influence, alignment))


__all__ = ["BLOCK_GAP", "BLOCK_H", "Block", "TOWER_FILL", "TOWER_GAP", "TOWER_RIM", "TOWER_W",
           "Tower", "tower", "tower_label"]
