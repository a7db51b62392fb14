"""What a window system adds around a window (title bar, borders), kept free on the screen
when a window or dialog is sized: at 1366x768 the window's status bar was cut off."""

from __future__ import annotations

FRAME_ALLOWANCE = (16, 48)  # width, height in pixels
