"""The central PostgreSQL database that de-identified exports from many laptops are imported into."""
