"""The printed sheets: the result of a screening, and the blank paper form (PDF, A4)."""
