import sys

try:
    from kerjasama_cli.cli.app import app
except KeyboardInterrupt:  # Ctrl-C while the program is still loading: nothing was opened
    sys.stderr.write("kerjasama: interrupted: nothing was written\n")
    sys.exit(130)

app(prog_name="kerjasama")
