"""YAML parsed, with the line each entry of each section starts on (for messages that name
where a record is); YAML's own errors said as one line naming the file and line."""

from __future__ import annotations

from typing import Any

from kerjasama_cli.domain.errors import Said
from kerjasama_cli.files.input_types import InputError


def parse_yaml(name: str, text: str) -> tuple[Any, dict[str, list[int]]]:
    """Parse YAML, keeping the line where each entry of each section starts."""
    import yaml

    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow (NUL, ESC, ...)
        line = text[: error.position].count("\n") + 1
        raise InputError(
            "{where}: not valid YAML: the character {character} is not allowed",
            where=f"{name}:{line}",
            character=f"U+{error.character:04X}",
        ) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        problem = str(getattr(error, "problem", None) or error).strip().splitlines()[:1]
        raise InputError(
            "{where}: not valid YAML: {problem}",
            where=where,
            problem=Said("".join(problem), "parser") if problem else Said("unreadable"),
        ) from None
    except RecursionError:
        raise InputError("{name}: not valid YAML here: nested too deeply", name=name) from None
    except ValueError:  # an integer of more than 4,300 digits
        raise InputError(
            "{name}: not valid YAML here: a number too long to read", name=name
        ) from None
    finally:
        loader.dispose()
    lines: dict[str, list[int]] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(value_node, yaml.SequenceNode):
                lines[str(key_node.value)] = [n.start_mark.line + 1 for n in value_node.value]
    elif isinstance(node, yaml.SequenceNode):
        lines[""] = [n.start_mark.line + 1 for n in node.value]
    return data, lines
