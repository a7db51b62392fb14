"""De-identified exports of finalised screenings (CSV and JSON Lines) and their reader."""
