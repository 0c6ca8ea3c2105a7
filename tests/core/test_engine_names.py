"""The flags and texts the engine reads by name are checked at load, with file and line (inline YAML)."""

import ast
import re
from pathlib import Path

import pytest

from app.core.engine_names import ENGINE_FLAGS, ENGINE_TEXTS
from app.core.errors import FormsError
from app.core.knowledge import load_knowledge_from
from tests.helpers.tiny_kb import ENGINE_FLAGS_YAML, settings_yaml, tiny_knowledge, write_tiny_kb

CORE = Path(__file__).resolve().parents[2] / "app" / "core"


def _rules(flags_yaml: str) -> str:
    return "derived:\n" + flags_yaml + "rules: []\n"


def test_the_tiny_knowledge_base_loads(tmp_path):
    knowledge = tiny_knowledge(tmp_path, _rules(ENGINE_FLAGS_YAML))
    assert set(ENGINE_FLAGS) <= set(knowledge.flags)


def test_a_renamed_flag_fails_the_load_instead_of_reading_false(tmp_path):
    renamed = ENGINE_FLAGS_YAML.replace("id: dpia_required", "id: dpia_needed")
    with pytest.raises(FormsError, match="declares the derived flag 'dpia_required'") as info:
        tiny_knowledge(tmp_path, _rules(renamed))
    assert str(tmp_path / "forms" / "rules") in str(info.value)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('values: ["false", "true"]}\n  - {id: art9_applies', 'values: ["true", "false"]}\n  - {id: art9_applies'),
        ('values: ["true", "unknown", "false"]', 'values: ["true", "unverified", "false"]'),
        ("values: [gdpr, led]", "values: [gdpr, led, other]"),
    ],
)
def test_a_flag_with_other_values_fails_at_its_line(tmp_path, old, new):
    flags = ENGINE_FLAGS_YAML.replace(old, new)
    assert flags != ENGINE_FLAGS_YAML
    line = next(i for i, text in enumerate(flags.splitlines(), start=2) if new.split("\n")[0] in text)
    with pytest.raises(FormsError, match=rf"10_rules\.yaml:{line}: item '\w+': the engine reads"):
        tiny_knowledge(tmp_path, _rules(flags))


def test_a_missing_question_the_engine_reads_fails_the_load(tmp_path):
    forms, res = write_tiny_kb(tmp_path, _rules(ENGINE_FLAGS_YAML))
    section = forms / "sections" / "01_facts.yaml"
    section.write_text(section.read_text().replace("id: art9_exception,", "id: art9_ground,"))
    with pytest.raises(FormsError, match="no section asks the question 'art9_exception'") as info:
        load_knowledge_from(forms, res)
    assert str(forms / "sections") in str(info.value)


def test_a_missing_text_fails_at_the_texts_line(tmp_path):
    settings = settings_yaml().replace("  residual_medium:", "  residual_middle:")
    texts_line = settings.splitlines().index("texts:") + 2  # the first entry of the mapping
    with pytest.raises(FormsError, match=rf"settings\.yaml:{texts_line}: texts: missing 'residual_medium'"):
        tiny_knowledge(tmp_path, _rules(ENGINE_FLAGS_YAML), settings=settings)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Residual risk {level}", r"uses \{level\}; it may use only \['risk'\]"),
        ("Residual risk {risk", "broken text template"),
    ],
)
def test_a_text_with_a_placeholder_the_engine_does_not_fill_fails(tmp_path, text, message):
    settings = settings_yaml({"residual_medium": text})
    line = next(i for i, t in enumerate(settings.splitlines(), start=1) if "residual_medium:" in t)
    with pytest.raises(FormsError, match=rf"settings\.yaml:{line}: item 'residual_medium': .*{message}"):
        tiny_knowledge(tmp_path, _rules(ENGINE_FLAGS_YAML), settings=settings)


def _text_keys_read_by(path: Path) -> set[str]:
    """First arguments of `.text(...)` / `text(...)` calls: literals, or f-string prefixes + '*'."""
    keys = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name != "text":
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            keys.add(first.value)
        elif isinstance(first, ast.JoinedStr):
            keys.add("".join(v.value for v in first.values if isinstance(v, ast.Constant)) + "*")
    return keys


def test_every_text_the_core_reads_is_in_the_table():
    read = set().union(*(_text_keys_read_by(p) for p in CORE.glob("*.py")))
    assert {"assumed", "residual_high", "summary_outcome_*"} <= read  # the walker finds them
    for key in read:
        if key.endswith("*"):
            assert any(k.startswith(key[:-1]) for k in ENGINE_TEXTS), key
        else:
            assert key in ENGINE_TEXTS, key


def test_every_flag_the_engine_reads_is_in_the_table():
    source = (CORE / "engine.py").read_text(encoding="utf-8")
    assert not re.search(r"flags(\.get\(|\[)\"", source), "read flags through engine_names constants"
    names = ast.parse((CORE / "engine_names.py").read_text(encoding="utf-8"))
    constants = {
        node.targets[0].id: node.value.value
        for node in names.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id.isupper()
    }
    used = {name for name in constants if re.search(rf"flags\[{name}\]", source)}
    assert used and {constants[name] for name in used} <= set(ENGINE_FLAGS)


def test_no_core_module_keys_anything_by_id():
    """Compiled conditions and effects live on the loaded objects: a cache keyed by id() gives stale
    results once an address is reused and grows without bound."""
    for path in CORE.glob("*.py"):
        calls = [
            node
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "id"
        ]
        assert calls == [], f"{path.name}:{calls[0].lineno if calls else 0} calls id()"
