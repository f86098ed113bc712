"""Writing files safely: a temporary file in the target folder, then an atomic rename."""
from __future__ import annotations

import os


def atomic_write(target, data: bytes, mode_from=None, durable: bool = True) -> None:
    """Write `data` to `target` so that readers see the old file or the new one, never half of it.
    `mode_from` copies that file's permissions (mkstemp's 0600 would hide the file from others).
    `durable=False` skips the flush to disk (a cache entry, checked against its SHA-256 when read)."""
    target = str(target)
    directory = os.path.dirname(os.path.abspath(target))
    os.makedirs(directory, exist_ok=True)
    fd, tmp = _new_file(directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        if mode_from is not None:
            import shutil
            shutil.copymode(str(mode_from), tmp)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _new_file(directory: str):
    """(descriptor, path) of a new file of mode 0600 in `directory`, as tempfile.mkstemp makes it (whose
    import costs a single-draft check about 1 ms): a random name, created only if it does not exist."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(100):
        path = os.path.join(directory, f".lintdoc-{os.urandom(6).hex()}.tmp")
        try:
            return os.open(path, flags, 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {directory}")


def shown(path: str) -> str:
    """A file name as reports show it: bytes that are not UTF-8 (a GBK name on a Linux share, kept by
    Python as surrogate escapes) written as \\xNN, so that every output can encode it."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
