"""Configuration: built-in rule packs (YAML in `rules/`), a project's `.lintdoc.yaml` (or
`[tool.lintdoc]` in pyproject.toml) found from the checked file upward, `extends:`, per-rule
settings, rules defined in the config itself, and ignore globs. Every error names the file,
the line or key, and what is expected.

A project config:

    extends: default            # built-in packs by name, or paths to other YAML files
    rules:
      placeholder-mou: off      # off | error | warning | info | {severity:, enabled:, <option>: …}
      my-rule:                  # a new rule: any rule kind, described in the config itself
        kind: pattern
        category: placeholder
        patterns: ['待定']
    ignore: ['archive/**']
"""
from __future__ import annotations

import copy
import fnmatch
import functools
import os
import re
from pathlib import Path

from lintdoc import rx
from lintdoc.errors import ConfigError
from lintdoc.record import dataclass, field

CONFIG_NAMES = (".lintdoc.yaml", ".lintdoc.yml", "lintdoc.yaml")
TOP_KEYS = {"extends", "rules", "ignore", "fail-on", "template", "profile", "common", "description", "overrides",
            "categories"}
PROFILES = ("draft", "template")
SEVERITY_WORDS = {"error", "warning", "info"}


@functools.lru_cache(maxsize=1)
def packs_dir() -> Path:
    """Where the built-in packs are: inside the installed package, or `rules/` of a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "packs", here.parent / "rules"):
        if (candidate / "default.yaml").is_file():
            return candidate
    raise ConfigError(str(here), "the built-in rule packs are missing (reinstall lintdoc)")


_PARSED: dict = {}          # (path, mtime, size) -> (data, lines): each pack is parsed once per process


def load_yaml(path, text: str | None = None, cache: str | None = None):
    """(data, lines) where lines maps a key path tuple to its 1-based line number. With a `cache`
    folder, a file's parse is kept there under a SHA-256 of its text (PyYAML is then not even imported)."""
    source = str(path)
    key = None
    if text is None:
        try:
            st = os.stat(path)
            key = (os.path.abspath(source), st.st_mtime_ns, st.st_size)
            if key in _PARSED:
                data, lines = _PARSED[key]
                return copy.deepcopy(data), lines
            text = Path(path).read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise ConfigError(source, "configuration file not found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(source, f"cannot read the configuration: {exc}") from None
    if cache and key is not None:
        from lintdoc.cache import pickled
        data, lines = pickled(cache, "yaml", f"{YAML_FORMAT}|{_yaml_stamp()}|{text}", lambda: _parse_yaml(source, text))
    else:
        data, lines = _parse_yaml(source, text)
    if key is not None:
        _PARSED[key] = (data, lines)     # never changed by its readers; a second reader gets a copy
    return data, lines


YAML_FORMAT = 1


@functools.lru_cache(maxsize=1)
def _yaml_stamp() -> str:
    """Which PyYAML parses (its package's place, size and time), without importing it."""
    import importlib.util
    spec = importlib.util.find_spec("yaml")
    try:
        st = os.stat(spec.origin)
        return f"{spec.origin}:{st.st_size}:{st.st_mtime_ns}"
    except (AttributeError, TypeError, OSError):
        return "?"


def _parse_yaml(source: str, text: str):
    try:
        return _parse_yaml_of(source, text)
    except ConfigError as exc:
        if exc.source:
            raise
        raise ConfigError(source, exc.problem, exc.where) from None


def _parse_yaml_of(source: str, text: str):
    import yaml
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)     # libyaml's parser when PyYAML was built with it
    try:
        node = yaml.compose(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(source, f"invalid YAML: {problem}", where) from None
    lines: dict = {}
    try:
        data = _to_python(node, (), lines, [MAX_NODES]) if node is not None else None
    except yaml.YAMLError as exc:          # a tag this loader does not build (!!python/name:…), bad !!binary
        mark = getattr(exc, "problem_mark", None)
        where = f"{mark.line + 1}" if mark else ""
        raise ConfigError(source, f"invalid YAML: {getattr(exc, 'problem', None) or exc}", where) from None
    except RecursionError:
        raise ConfigError(source, "invalid YAML: an alias refers to itself") from None
    return data, lines


MAX_NODES = 100_000    # a configuration is a few thousand values; aliases nested 9 deep would be 9^9


def _to_python(node, path, lines, budget):
    import yaml
    budget[0] -= 1
    if budget[0] < 0:
        raise ConfigError("", "too many values once aliases are expanded (an alias bomb?)")
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise ConfigError("", "a key must be a plain name, not a list or a mapping",
                                  str(key_node.start_mark.line + 1))
            key = _scalar(key_node)
            out[key] = _to_python(value_node, path + (key,), lines, budget)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(v, path + (i,), lines, budget) for i, v in enumerate(node.value)]
    return _scalar(node)


def _scalar(node):
    import yaml
    return yaml.SafeLoader(" ").construct_object(node, deep=True) if node.tag != "tag:yaml.org,2002:str" \
        else node.value


@dataclass
class Config:
    """Rule definitions by id (merged from packs and the project config), plus settings."""
    rules: dict = field(default_factory=dict)        # id -> spec dict
    where: dict = field(default_factory=dict)        # id -> (source file, line)
    ignore: list = field(default_factory=list)
    fail_on: str | None = None
    sources: list = field(default_factory=list)
    root: str | None = None                          # folder of the project config
    template: str | None = None
    profile: str | None = None
    overrides: list = field(default_factory=list)   # [(globs, {rule id: setting}, source, lines, template)]
    select: frozenset | None = None                  # --select: only these rules run
    unselect: frozenset = frozenset()                # --ignore: these do not

    def for_file(self, path) -> "Config":
        """This configuration with the `overrides` whose globs match `path` applied (self if none)."""
        rel = self._relative(path)
        matching = [o for o in self.overrides
                    if any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(os.path.basename(path), g) for g in o[0])]
        if not matching:
            return self
        derived = Config(dict(self.rules), dict(self.where), self.ignore, self.fail_on,
                         self.sources + [f"overrides:{i}" for i, o in enumerate(self.overrides) if o in matching],
                         self.root, self.template, self.profile, select=self.select, unselect=self.unselect)
        for globs, settings, source, lines, template in matching:
            for rule_id, setting in settings.items():
                _apply_setting(derived, source, lines, rule_id, setting)
            if template:
                derived.template = template
        derived.choose()
        return derived

    def choose(self) -> None:
        """Apply --select and --ignore (the command line wins over any file's setting)."""
        for rule_id, spec in self.rules.items():
            if (self.select is not None and rule_id not in self.select) or rule_id in self.unselect:
                self.rules[rule_id] = {**spec, "enabled": False}

    def _relative(self, path) -> str:
        return os.path.relpath(os.path.abspath(path), self.root or os.getcwd()).replace(os.sep, "/")

    def ignored(self, path: str) -> bool:
        if not self.ignore:
            return False
        rel = self._relative(path)
        return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(os.path.basename(path), pat) for pat in self.ignore)


def _pack_path(name: str, base: Path | None) -> Path:
    if name.endswith((".yaml", ".yml")) or "/" in name or os.sep in name:
        p = Path(name)
        return p if p.is_absolute() or base is None else base / p
    return packs_dir() / f"{name}.yaml"


def load_file(path, config: Config, seen: set | None = None, top: bool = True, cache: str | None = None) -> Config:
    """Merge one pack or config file (and what it extends) into `config` (`cache`: see load_yaml)."""
    path = Path(path)
    seen = set() if seen is None else seen
    key = str(path.resolve())
    if key in seen:
        raise ConfigError(str(path), "`extends` forms a cycle")
    seen.add(key)
    if path.name == "pyproject.toml":
        data, lines = _pyproject(path)
    else:
        data, lines = load_yaml(path, cache=cache)
    if data is None:
        data = {}
    source = str(path)
    if not isinstance(data, dict):
        raise ConfigError(source, "expected a mapping with keys such as extends, rules, ignore", "1")
    unknown = set(data) - TOP_KEYS
    if unknown:
        k = sorted(unknown)[0]
        raise ConfigError(source, f"unknown key {k!r} (expected one of: {', '.join(sorted(TOP_KEYS))})",
                          str(lines.get((k,), "")))
    extends = data.get("extends") or []
    if isinstance(extends, str):
        extends = [extends]
    if top and not extends:
        extends = ["default"]          # a project config builds on the default packs
    if not isinstance(extends, list):
        raise ConfigError(source, "`extends` must be a pack name or a list of them", str(lines.get(("extends",), "")))
    for i, name in enumerate(extends):
        target = _pack_path(str(name), path.parent)
        if not target.is_file():
            raise ConfigError(source, f"extends {name!r}: no such built-in pack or file "
                              f"(built-in packs: {', '.join(sorted(builtin_packs()))})",
                              str(lines.get(("extends", i), lines.get(("extends",), ""))))
        load_file(target, config, seen, top=False, cache=cache)
    rules = data.get("rules")
    if isinstance(rules, list):                 # a pack: a list of rule definitions
        for i, spec in enumerate(rules):
            if not isinstance(spec, dict) or "id" not in spec:
                raise ConfigError(source, "each rule in `rules` needs an `id`", str(lines.get(("rules", i), "")))
            config.rules[spec["id"]] = dict(spec)
            config.where[spec["id"]] = (source, lines.get(("rules", i)))
    elif isinstance(rules, dict):               # a config: per-rule settings or new definitions
        for rule_id, setting in rules.items():
            _apply_setting(config, source, lines, rule_id, setting)
    elif rules is not None:
        raise ConfigError(source, "`rules` must be a mapping of rule id to settings (or, in a pack, a list)",
                          str(lines.get(("rules",), "")))
    categories = data.get("categories") or {}
    if not isinstance(categories, dict):
        raise ConfigError(source, "`categories` must map a category to a setting (off, error, warning, …)",
                          str(lines.get(("categories",), "")))
    for category, setting in categories.items():
        for rule_id, spec in list(config.rules.items()):
            if spec.get("category") == category:
                _apply_setting(config, source, {("rules", rule_id): lines.get(("categories", category))},
                               rule_id, setting)
    ignore = data.get("ignore") or []
    if isinstance(ignore, str):
        ignore = [ignore]
    if not isinstance(ignore, list) or not all(isinstance(x, str) for x in ignore):
        raise ConfigError(source, "`ignore` must be a list of glob patterns", str(lines.get(("ignore",), "")))
    config.ignore.extend(ignore)
    overrides = data.get("overrides") or []
    if not isinstance(overrides, list):
        raise ConfigError(source, "`overrides` must be a list of {files: [globs], rules: {...}}",
                          str(lines.get(("overrides",), "")))
    for i, o in enumerate(overrides):
        where = str(lines.get(("overrides", i), ""))
        if isinstance(o, dict) and "profile" in o:
            raise ConfigError(source, "`profile` belongs at the top level of the configuration (or on the command "
                              "line, --profile), not in an override; give such drafts their own config file", where)
        if not isinstance(o, dict) or set(o) - {"files", "rules", "template"} or "files" not in o:
            raise ConfigError(source, "each override needs `files` (globs), and `rules` (rule settings) "
                              "and/or `template`", where)
        globs = [o["files"]] if isinstance(o["files"], str) else o["files"]
        if not isinstance(globs, list) or not globs or not all(isinstance(g, str) for g in globs):
            raise ConfigError(source, "an override's `files` must be a glob or a list of globs", where)
        rules_set = o.get("rules") or {}
        if not isinstance(rules_set, dict):
            raise ConfigError(source, "an override's `rules` must map rule ids to settings", where)
        sub_lines = {("rules",) + k[3:]: v for k, v in lines.items() if k[:3] == ("overrides", i, "rules")}
        template = o.get("template")
        if template is not None:
            template = _template_path(template, path, source, str(lines.get(("overrides", i, "template"), where)))
        config.overrides.append((globs, rules_set, source, sub_lines, template))
    if "fail-on" in data:
        if not isinstance(data["fail-on"], str) or data["fail-on"] not in SEVERITY_WORDS:
            raise ConfigError(source, "`fail-on` must be error, warning or info", str(lines.get(("fail-on",), "")))
        config.fail_on = data["fail-on"]
    if "template" in data:
        config.template = _template_path(data["template"], path, source, str(lines.get(("template",), "")))
    if "profile" in data:
        if data["profile"] not in PROFILES:
            raise ConfigError(source, f"`profile` must be one of {', '.join(PROFILES)}", str(lines.get(("profile",), "")))
        config.profile = data["profile"]
    config.sources.append(source)
    if top:
        config.root = str(path.parent.resolve())
    return config


TEMPLATE_TYPES = (".docx", ".md", ".markdown", ".txt")
MAX_TEMPLATE_BYTES = 64 * 1024 * 1024


def template_problem(template) -> str | None:
    """Why `template` cannot be a template (missing, or not a type lintdoc reads), or None."""
    if not os.path.exists(template):
        return "no such file"
    if not os.path.isfile(template):
        return "not a regular file (a folder, pipe or device)"
    if os.path.splitext(str(template))[1].lower() not in TEMPLATE_TYPES:
        return "a template is a .docx, .md or .txt file"
    if os.path.getsize(template) > MAX_TEMPLATE_BYTES:
        return f"larger than {MAX_TEMPLATE_BYTES // (1024 * 1024)} MiB; a template is a document, not an archive"
    return None


def _template_path(value, path: Path, source: str, where: str) -> str:
    """A config's `template:`, relative to the config's folder, checked now rather than at the first draft."""
    if not isinstance(value, str) or not value:
        raise ConfigError(source, "`template` must be the path of a .docx, .md or .txt template", where)
    full = value if os.path.isabs(value) else str(path.parent / value)
    problem = template_problem(full)
    if problem:
        raise ConfigError(source, f"template {value}: {problem}", where)
    return full


def _apply_setting(config, source, lines, rule_id, setting):
    where = str(lines.get(("rules", rule_id), ""))
    if setting is False or setting == "off":
        setting = {"enabled": False}
    elif setting is True or setting == "on":
        setting = {"enabled": True}
    elif isinstance(setting, str) and setting in SEVERITY_WORDS:
        setting = {"severity": setting}
    if not isinstance(setting, dict):
        raise ConfigError(source, f"rules.{rule_id}: expected off, on, error, warning, info or a mapping of "
                          f"settings, not {setting!r}", where)
    if "kind" in setting:                         # a rule defined in the config itself
        config.rules[rule_id] = {"id": rule_id, **setting}
        config.where[rule_id] = (source, lines.get(("rules", rule_id)))
        return
    if rule_id not in config.rules:
        raise ConfigError(source, f"rules.{rule_id}: {no_such_rule(rule_id, config.rules)} (see `lintdoc rules`; "
                          "to define a new rule, give it a `kind`)", where)
    merged = dict(config.rules[rule_id])
    for key, value in setting.items():
        if isinstance(value, list) and key.startswith("extra-"):
            base = key[len("extra-"):]
            merged[base] = list(merged.get(base) or []) + value
        else:
            merged[key] = value
    config.rules[rule_id] = merged
    config.where[rule_id] = (source, lines.get(("rules", rule_id)))


def _pyproject(path: Path):
    try:
        import tomllib
    except ModuleNotFoundError:  # Python < 3.11
        import tomli as tomllib  # type: ignore
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, ValueError) as exc:
        raise ConfigError(str(path), f"cannot read [tool.lintdoc]: {exc}") from None
    return data.get("tool", {}).get("lintdoc", {}), _toml_lines(text)


TOOL_TABLE = rx.lazy_re(r"^\s*\[\s*tool\.lintdoc\s*[.\]]", re.M)     # [tool.lintdoc] or [tool.lintdoc.rules]
TOML_TABLE = rx.lazy_re(r"^\s*\[\s*([^\]]+?)\s*\]\s*(?:#.*)?$")
TOML_KEY = rx.lazy_re(r"""^\s*("[^"]+"|'[^']+'|[\w.-]+)\s*=""")
TOML_INLINE_KEY = rx.lazy_re(r"""[{,]\s*("[^"]+"|'[^']+'|[\w-]+)\s*=""")


def _toml_lines(text: str) -> dict:
    """Line numbers of the keys of [tool.lintdoc] (and its rules, inline or as [tool.lintdoc.rules]),
    so that an error in pyproject.toml names its line as one in .lintdoc.yaml does."""
    lines, table = {}, None
    for n, line in enumerate(text.splitlines(), 1):
        m = TOML_TABLE.match(line)
        if m:
            table = m.group(1).replace('"', "").replace("'", "")
            continue
        if table not in ("tool.lintdoc", "tool.lintdoc.rules"):
            continue
        m = TOML_KEY.match(line)
        if not m:
            continue
        key = m.group(1).strip("'\"")
        if table == "tool.lintdoc.rules":
            lines.setdefault(("rules", key), n)
            lines.setdefault(("rules",), n)
            continue
        lines.setdefault((key,), n)
        if key == "rules":
            for inner in TOML_INLINE_KEY.finditer(line):
                lines.setdefault(("rules", inner.group(1).strip("'\"")), n)
    return lines


def builtin_packs() -> list[str]:
    return sorted(p.stem for p in packs_dir().glob("*.yaml"))


def find_config(start) -> Path | None:
    """The nearest .lintdoc.yaml (or pyproject.toml with [tool.lintdoc]) from `start` upward."""
    here = Path(start).resolve()
    if here.is_file() or not here.exists():
        here = here.parent
    for folder in (here, *here.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pp = folder / "pyproject.toml"
        if pp.is_file():
            try:
                if TOOL_TABLE.search(pp.read_text(encoding="utf-8", errors="replace")):
                    return pp
            except OSError:
                pass
    return None


def no_such_rule(rule_id: str, known) -> str:
    """"no such rule X", with the nearest ids when the name looks mistyped."""
    import difflib
    near = difflib.get_close_matches(rule_id, list(known), n=3, cutoff=0.6)
    return f"no such rule {rule_id!r}" + (f" (did you mean {', '.join(near)}?)" if near else "")


_CONFIGS: dict = {}     # the arguments of load_config -> (stamps of the files read, Config)


def _stamps(sources) -> tuple:
    out = []
    for source in sources:
        try:
            st = os.stat(source)
            out.append((source, st.st_mtime_ns, st.st_size))
        except OSError:
            out.append((source, None, None))
    return tuple(out)


def load_config(explicit=None, start=None, profile=None, template=None, select=None, ignore=None,
                cache=None) -> Config:
    """The configuration for a run: `explicit` file, else the nearest project config, else the
    defaults; `profile`, `template`, `select` and `ignore` (from the command line) win over the file's.
    Loaded once per process while none of the files it was read from changes; `cache`: a folder where
    the loaded configuration and the files' parses are kept (see _kept and load_yaml)."""
    path = Path(explicit) if explicit else (find_config(start) if start else None)
    key = (str(path) if path else None, profile, template, tuple(select or ()), tuple(ignore or ()))
    hit = _CONFIGS.get(key)
    if hit is not None and hit[0] == _stamps(hit[1].sources):
        return hit[1]
    where = (key, os.path.realpath(path) if path else None)     # a relative path, a symlink: its real place
    config = _kept(cache, where)
    if config is None:
        config = _load_config(path, profile, template, select, ignore, cache)
        _keep(cache, where, config)
    _CONFIGS[key] = (_stamps(config.sources), config)
    return config


KEPT_FORMAT = 2


def _kept(cache, key):
    """The configuration kept in `cache` for these arguments, when every file it was read from still has
    the same bytes (SHA-256); else None."""
    if not cache:
        return None
    from lintdoc.cache import _MISSING, load_pickle
    kept = load_pickle(cache, "config", f"{KEPT_FORMAT}|{key!r}")
    if kept is _MISSING or not isinstance(kept, tuple) or len(kept) != 3:
        return None
    digests, config, fingerprint = kept
    if not isinstance(config, Config) or digests != _digests(config.sources):
        return None
    config.kept_fingerprint = fingerprint
    return config


def _keep(cache, key, config) -> None:
    """Keep a configuration that names no template (whose presence is checked when it is loaded)."""
    if cache and not config.template and not any(o[4] for o in config.overrides):
        from lintdoc.cache import config_fingerprint, save_pickle
        save_pickle(cache, "config", f"{KEPT_FORMAT}|{key!r}",
                    (_digests(config.sources), config, config_fingerprint(config)))


def _digests(sources) -> list:
    import hashlib
    out = []
    for source in sources:
        try:
            with open(source, "rb") as fh:
                out.append(hashlib.sha256(fh.read()).hexdigest())
        except OSError:
            out.append(None)
    return out


def _load_config(path, profile, template, select, ignore, cache=None) -> Config:
    config = load_file(path or packs_dir() / "default.yaml", Config(), top=path is not None, cache=cache)
    if profile:
        config.profile = profile
    if template:
        config.template = template
    if config.profile == "template":
        load_file(packs_dir() / "profile-template.yaml", config, top=False, cache=cache)
    for globs, settings, source, lines, _ in config.overrides:   # check overrides now, not on first match
        probe = Config(dict(config.rules), dict(config.where))
        for rule_id, setting in settings.items():
            _apply_setting(probe, source, lines, rule_id, setting)
    for option, ids in (("--select", select), ("--ignore", ignore)):
        for rule_id in ids or ():
            if rule_id not in config.rules:
                raise ConfigError(option, no_such_rule(rule_id, config.rules) + " (see `lintdoc rules`)")
    config.select = frozenset(select) if select else None
    config.unselect = frozenset(ignore or ())
    config.choose()
    return config
