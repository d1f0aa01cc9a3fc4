"""Rule files the user installed: where they live, installing and removing them, loading them.

A user follows a change in the law before the program is updated by
installing a rule file (the format of ``resources/rules/*.json``) into their
data folder: ``<platformdirs user_data_dir>/rules/`` or, when the environment
variable ``STAY_PLANNER_DATA_DIR`` is set, ``$STAY_PLANNER_DATA_DIR/rules/``
(tests and portable installs use it). :func:`load_rules` reads the bundled
files, then the installed ones in name order, then any ``--rules`` files, so
an installed rule with a bundled rule's id replaces it everywhere: in the
window and in every command.

:func:`install` validates a file with the same loader and limits as the
bundled data (together with everything already installed) and only then
writes it, atomically: a temporary file in the folder renamed over the
target, so nothing is ever half-installed. A broken file raises
:class:`~planner.core.rules.RuleDataError` with the reason and changes
nothing. Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from planner import limits, log
from planner.core.rule_files import (
    bundled_rule_paths,
    bundled_rules,
    load_rule_files,
    read_rule_file,
)
from planner.core.rules import MAX_RULE_FILE_BYTES, Rule, RuleDataError, RuleSet
from planner.i18n import _
from planner.storage.errors import ItineraryError
from planner.storage.folders import data_dir
from planner.storage.output import Kind, write_output

ENV_DATA_DIR = "STAY_PLANNER_DATA_DIR"


def rules_dir() -> Path:
    """The folder installed rule files live in (it may not exist yet)."""
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env) / "rules"
    return data_dir() / "rules"


def installed_rule_paths(folder: Path | None = None) -> list[Path]:
    """Installed rule files in the order they are loaded (by name)."""
    folder = folder or rules_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.json") if not p.name.startswith("."))


def load_rules(extra: Iterable[str | Path] = (), folder: Path | None = None) -> RuleSet:
    """Bundled rules, then the installed files, then ``extra`` (``--rules``) on top."""
    files = [*installed_rule_paths(folder), *(Path(p) for p in extra)]
    if not files:
        return bundled_rules()
    return load_rule_files([*bundled_rule_paths(), *files])


class InstalledFile(NamedTuple):
    """One installed rule file, as ``stay-planner rules`` lists it."""

    path: Path
    rules: tuple[Rule, ...]
    # Ids of bundled rules this file replaces.
    overrides: tuple[str, ...]

    @property
    def checked(self) -> dt.date | None:
        """The newest ``checked`` day of the file's own rules."""
        return max((r.checked for r in self.rules if r.checked), default=None)


def installed_files(folder: Path | None = None) -> list[InstalledFile]:
    """Each installed file with its rules and the bundled rules it overrides.

    Raises :class:`RuleDataError` (naming the file) when one cannot be read.
    """
    bundled = bundled_rules()
    bundled_ids = {r.id for r in bundled.rules}
    base = bundled
    out = []
    for path in installed_rule_paths(folder):
        own = read_rule_file(path, base)
        base = base.merged(own)
        out.append(InstalledFile(path, own.rules,
                                 tuple(r.id for r in own.rules if r.id in bundled_ids)))
    return out


def _target_name(source: Path) -> str:
    name = source.name if source.suffix.lower() == ".json" else source.name + ".json"
    return name.lstrip(".") or "rules.json"


def install(source: Path, folder: Path | None = None) -> InstalledFile:
    """Validate ``source`` and copy it into the rules folder, atomically.

    An installed file of the same name is replaced. Raises
    :class:`RuleDataError` with the reason when the file cannot be used
    (it is then not installed, and what was installed stays as it was).
    """
    folder = folder or rules_dir()
    target = folder / _target_name(source)
    try:
        data = limits.read_regular(source, MAX_RULE_FILE_BYTES, _("a rule file"))
    except limits.FileRefused as e:
        raise RuleDataError(f"{source}: {e}") from None
    except FileNotFoundError:
        raise RuleDataError(_("{file}: no such rule file").format(file=source)) from None
    except OSError as e:
        raise RuleDataError(_("{file}: cannot read rule file ({reason})")
                            .format(file=source, reason=e.strerror or e)) from None
    others = [p for p in installed_rule_paths(folder) if p.name != target.name]
    # The same loader and limits as at start-up, on the whole set it will join.
    merged = load_rule_files([*bundled_rule_paths(), *others, source])
    own = read_rule_file(source, merged)
    _refuse_own_country(own, source)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_output(target, data, Kind.RULES, force=True)
    except (OSError, ItineraryError) as e:
        log.rules.error("installing %s into %s failed: %s", source, folder, e)
        raise RuleDataError(_("{file}: cannot install into {folder}: {reason}")
                            .format(file=source, folder=folder, reason=e)) from None
    log.rules.info("installed rule file %s", target)
    bundled_ids = {r.id for r in bundled_rules().rules}
    return InstalledFile(target, own.rules, tuple(r.id for r in own.rules if r.id in bundled_ids))


def _refuse_own_country(rs: RuleSet, origin: Path) -> None:
    """Citizens have no limit in their own country: such a rule is a mistake."""
    for r in rs.rules:
        if "*" in r.nationalities:
            raise RuleDataError(_("{file}: rule {rule} is for every nationality (\"*\"), which "
                                  "would limit citizens in their own country; list the "
                                  "nationalities instead").format(file=origin, rule=r.id))
        if r.destination in r.nationalities:
            raise RuleDataError(_("{file}: rule {rule} limits {code} citizens in their own "
                                  "country").format(file=origin, rule=r.id, code=r.destination))


def remove(name: str, folder: Path | None = None) -> tuple[Path, Sequence[str]]:
    """Remove an installed file (by file name or stem) or one installed rule (by id).

    Returns the file changed and the rule ids removed. A rule that is only
    bundled cannot be removed: :class:`RuleDataError` says so.
    """
    folder = folder or rules_dir()
    for path in installed_rule_paths(folder):
        if name in (path.name, path.stem):
            ids = [r.id for r in read_rule_file(path, bundled_rules()).rules]
            path.unlink()
            log.rules.info("removed rule file %s", path)
            return path, ids
    for path in installed_rule_paths(folder):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            log.rules.warning("skipping unreadable installed rule file %s: %s", path, e)
            continue
        rules = doc.get("rules", []) if isinstance(doc, dict) else []
        kept = [r for r in rules if not (isinstance(r, dict) and r.get("id") == name)]
        if len(kept) == len(rules):
            continue
        if not kept and not doc.get("zones") and not doc.get("groups"):
            path.unlink()
        else:
            doc["rules"] = kept
            try:
                write_output(path, (json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
                             .encode("utf-8"), Kind.RULES, force=True)
            except ItineraryError as e:
                raise RuleDataError(str(e)) from None
        log.rules.info("removed rule %s from %s", name, path)
        return path, [name]
    if bundled_rules().rule(name) is not None:
        raise RuleDataError(_("{rule} is a bundled rule, not an installed one; install a file "
                              "with a rule of the same id to override it").format(rule=name))
    raise RuleDataError(_("no installed rule file or rule is called {name}").format(name=name))
