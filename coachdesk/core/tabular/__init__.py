"""Reading CSV/.xlsx tables and parsing their cells (dates, counts, money, durations), for every import."""
