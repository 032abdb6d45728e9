"""``python -m baoxun``: the same command line as ``baoxun`` (for an environment whose
scripts folder is not on PATH)."""
from baoxun.cli import app

if __name__ == "__main__":
    app(prog_name="baoxun")
