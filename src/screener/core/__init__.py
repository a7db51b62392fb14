"""The instrument and everything it means. No Qt here: a test proves it."""
