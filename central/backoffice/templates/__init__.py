"""The back office's Jinja2 templates (autoescaped; a package so a wheel carries them)."""
