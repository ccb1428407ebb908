from luytre.cli.main import run

run()
