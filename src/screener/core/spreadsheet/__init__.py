"""Spreadsheets: exports and statistics as Excel workbooks with their codebook, and indicator lists
a ministry edits in a spreadsheet."""
