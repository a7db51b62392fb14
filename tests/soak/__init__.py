"""`make soak`: a crash soak of the store and a fuzz run of the input readers (short versions in make test)."""
