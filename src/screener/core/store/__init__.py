"""The encrypted local store: one SQLCipher file, opened through SQLAlchemy 2 with sqlcipher3."""
