"""Accounts of the team that signs in to `serve --sign-in` (issue 26)."""
