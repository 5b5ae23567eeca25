from iria_archive.cli import cli

cli(prog_name="iria-archive")
