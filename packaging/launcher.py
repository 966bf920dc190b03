"""Entry script for the PyInstaller bundle: the same ``workshop-app`` command as a pip install."""

from workshop_app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
