"""kerjasama: a command-line registry of a local government's international cooperation."""

__version__ = "0.1.0"
