from kerjasama_cli.cli.app import app

app(prog_name="kerjasama")
