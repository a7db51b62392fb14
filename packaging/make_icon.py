"""Draw Screener's icon (a shield with a tick on a teal tile) with Pillow; the outputs are committed.

Run from the repository root: .venv/bin/python packaging/make_icon.py
Writes packaging/screener.png (256 px, window icon and desktop entry) and packaging/screener.ico
(16-256 px, the Windows executable).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZE = 1024  # drawn large, scaled down smoothly
TEAL = (0, 105, 120, 255)
WHITE = (255, 255, 255, 255)


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((32, 32, SIZE - 32, SIZE - 32), radius=200, fill=TEAL)
    # the shield: a flat top, straight sides, a point at the bottom
    left, right, top, bottom = 250, SIZE - 250, 190, 860
    mid = SIZE // 2
    shield = [(left, top + 60), (mid, top), (right, top + 60), (right, 520), (mid, bottom), (left, 520)]
    pen.polygon(shield, fill=WHITE)
    # the tick, in the tile's colour
    pen.line([(380, 520), (480, 630), (660, 400)], fill=TEAL, width=70, joint="curve")
    return image


def main() -> None:
    big = draw()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(HERE / "screener.png", optimize=True)
    big.save(HERE / "screener.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
