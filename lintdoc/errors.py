"""Errors that end in a clear one-line message and exit code 2, never a traceback."""


class LintdocError(Exception):
    """Base class: `str(err)` is the whole message shown to the user."""


class InputError(LintdocError):
    """A file that cannot be read as a draft (missing, empty, corrupt, wrong kind)."""

    def __init__(self, path, problem, hint="", transient=False):
        self.path, self.problem, self.hint = str(path), problem, hint
        self.transient = transient   # what a file still being written looks like: worth a second try
        self.detail = problem + (f" ({hint})" if hint else "")
        super().__init__(f"{self.path}: {self.detail}")


class ConfigError(LintdocError):
    """A configuration or rule pack that is not valid: names the file, the key or line, and what is expected."""

    def __init__(self, source, problem, where=""):
        self.source, self.problem, self.where = str(source), problem, where
        loc = f"{self.source}:{where}" if where else self.source
        super().__init__(f"{loc}: {problem}")
