"""lintdoc: a linter and template validator for report drafts (工作总结, status reports)."""
__version__ = "0.39.0"
