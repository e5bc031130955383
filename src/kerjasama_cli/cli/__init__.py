"""The command-line layer: parses options, calls the store, hands rows to the renderers."""
