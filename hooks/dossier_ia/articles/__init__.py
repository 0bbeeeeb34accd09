"""Article pages: each ``Article`` → its Markdown page, and the paginated list of articles."""
