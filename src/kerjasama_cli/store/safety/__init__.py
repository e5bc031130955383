"""What keeps the registry safe: every change in the history table (`history`), undoing
one (`restore`), and backups (`backup`)."""
