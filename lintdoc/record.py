"""`dataclass` and `field`: the part of the standard dataclasses that lintdoc's records use (an __init__
with defaults and default factories, __post_init__, __repr__, field-wise __eq__, unhashable), made the
same way, without importing dataclasses: it brings inspect, ast, dis and tokenize, about 10 ms of every
lintdoc process.
"""
from __future__ import annotations

from reprlib import recursive_repr

_MISSING = object()


class _Field:
    __slots__ = ("default", "default_factory", "repr")

    def __init__(self, default=_MISSING, default_factory=_MISSING, repr=True):  # noqa: A002 - dataclasses' name
        self.default, self.default_factory, self.repr = default, default_factory, repr


def field(*, default=_MISSING, default_factory=_MISSING, repr=True):  # noqa: A002 - dataclasses' name
    return _Field(default, default_factory, repr)


def dataclass(cls):
    """Add __init__, __repr__ and __eq__ (and __hash__ = None) for the annotated fields of `cls`."""
    fields = []
    for name in cls.__dict__.get("__annotations__", {}):
        value = cls.__dict__.get(name, _MISSING)
        spec = value if isinstance(value, _Field) else _Field(value)
        if isinstance(value, _Field):
            if spec.default is _MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, spec.default)
        fields.append((name, spec))
    scope = {"_MISSING": _MISSING}
    params, body = ["self"], []
    for name, spec in fields:
        if spec.default_factory is not _MISSING:
            scope[f"_factory_{name}"] = spec.default_factory
            params.append(f"{name}=_MISSING")
            body.append(f"    self.{name} = _factory_{name}() if {name} is _MISSING else {name}")
        elif spec.default is not _MISSING:
            scope[f"_default_{name}"] = spec.default
            params.append(f"{name}=_default_{name}")
            body.append(f"    self.{name} = {name}")
        else:
            params.append(name)
            body.append(f"    self.{name} = {name}")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    names = [name for name, _ in fields]
    shown = [name for name, spec in fields if spec.repr]
    source = "\n".join([
        f"def __init__({', '.join(params)}):", *(body or ["    pass"]),
        "def __repr__(self):",
        "    return self.__class__.__qualname__ + f'(" + ", ".join(f"{n}={{self.{n}!r}}" for n in shown) + ")'",
        "def __eq__(self, other):",
        "    if other.__class__ is self.__class__:",
        f"        return ({''.join(f'self.{n}, ' for n in names)}) == ({''.join(f'other.{n}, ' for n in names)})",
        "    return NotImplemented",
    ])
    exec(source, scope)  # noqa: S102 - code made here from the class's own field names, as dataclasses does
    for method in ("__init__", "__repr__", "__eq__"):
        function = scope[method]
        function.__qualname__ = f"{cls.__qualname__}.{method}"
        if method == "__repr__":
            function = recursive_repr()(function)
        setattr(cls, method, function)
    cls.__hash__ = None
    cls.__match_args__ = tuple(names)
    return cls
