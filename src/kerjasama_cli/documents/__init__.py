"""Documents attached to records (issue 22): reading a file once, in chunks, for its digest,
its kind and its text. The store keeps the bytes (store/dossier/attachments.py)."""
