"""The desktop app: PySide6 widgets that render the core's state and call the core."""
