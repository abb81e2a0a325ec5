"""WSGI entry point for gunicorn: `aiwatch.wsgi:app`."""

from .exporter import create_app

app = create_app()
