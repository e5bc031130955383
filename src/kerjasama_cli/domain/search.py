"""The search query language, translated to a well-formed SQLite FTS5 expression.

Users type words, "phrases", prefix*, OR, NOT, AND and parentheses. FTS5's own syntax refuses
ordinary text such as `Chungcheongnam-do` or `Dato'` (punctuation is not allowed in a bare word)
and reports mistakes as "fts5: syntax error near ...". So the query is parsed here: every word is
quoted before it reaches SQLite, and a mistake becomes a one-line ValidationError naming it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kerjasama_cli.domain.errors import ValidationError
from kerjasama_cli.domain.limits import MAX_QUERY_CHARS, MAX_QUERY_DEPTH, check_text
from kerjasama_cli.domain.text_forms import clean_name

# The searchable parts of a record, as users may name them in `column:word` (see SEARCH_HELP).
# store/fulltext/schema.py builds the FTS table with exactly these columns, in this order.
SEARCH_COLUMNS: tuple[str, ...] = (
    "title",
    "type",
    "partner",
    "people",
    "sectors",
    "country",
    "summary",
    "place",
    "sources",
    "notes",
    "partner_notes",
)

OPERATORS = ("AND", "OR", "NOT")

# The index holds each record's own words: a sector as its slug ("flood management"), a type as
# its slug, a country as its code, a signatory by name. What people type for them instead
# (banjir, nota kesepahaman, Korsel, Ahok) is expanded at query time: each vocabulary's column.
VOCABULARY_COLUMNS: dict[str, str] = {
    "sector": "sectors",
    "type": "type",
    "country": "country",
    "leader": "people",
}

# Given one term as an FTS5 expression ('"banjir"', '"transport"*') and the column the user
# restricted it to (or None): the (column, own text) pairs it also stands for.
Expander = Callable[[str, "str | None"], list[tuple[str, str]]]

SEARCH_HELP = """\
Words match whole words, ignoring case and accents (Jeju matches jeju); every word must
match (AND is implied). "sister city" matches the words in that order; prefix* matches
words that start with prefix (transport* finds transportasi). OR and NOT (in capitals)
combine terms, with parentheses for grouping: banjir OR flood, Korea NOT Pyongyang,
(health OR kesehatan) Korsel. column:word searches one part of a record (title, type, partner,
people, sectors, country, summary, place, sources, notes). Searched: titles, summaries,
notes, types in English and Indonesian (nota kesepahaman), partner names and aliases (DBKL),
countries in English and Indonesian (Korsel, Tiongkok), signatories and their aliases (Ahok),
sectors and their Indonesian names (banjir), and the titles of the sources."""


@dataclass(frozen=True)
class _Token:
    kind: str  # "word", "phrase", "op", "(", ")"
    text: str
    prefix: bool = False
    column: str | None = None


_WORD = re.compile(r'[^\s"()]+')


def _lex(text: str, field: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    depth = 0
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            # The parser recurses once per level: bounding the depth here, before it runs,
            # makes a RecursionError impossible whatever the query.
            depth += 1 if ch == "(" else -1
            if depth > MAX_QUERY_DEPTH:
                raise ValidationError(
                    field,
                    text,
                    "nests parentheses more than {n} levels deep",
                    n=MAX_QUERY_DEPTH,
                )
            tokens.append(_Token(ch, ch))
            i += 1
        elif ch == '"':
            end = text.find('"', i + 1)
            if end < 0:
                raise ValidationError(
                    field, text, 'unbalanced double quote: close the phrase with "'
                )
            phrase, i = text[i + 1 : end], end + 1
            prefix = i < n and text[i] == "*"
            i += prefix
            column = _column_before(tokens)
            if column:
                tokens.pop()
            if _has_letters(phrase):
                tokens.append(_Token("phrase", phrase, prefix, column))
        else:
            m = _WORD.match(text, i)
            assert m is not None
            word, i = m.group(), m.end()
            if word in OPERATORS:
                tokens.append(_Token("op", word))
                continue
            column, sep, rest = word.partition(":")
            if sep and column.lower() in SEARCH_COLUMNS:
                if not rest:  # `title:"a phrase"`: remember the column for the phrase
                    tokens.append(_Token("column", column.lower()))
                    continue
                word = rest
            else:
                column = ""
            prefix = word.endswith("*")
            word = word.rstrip("*")
            if _has_letters(word):
                tokens.append(_Token("word", word, prefix, column.lower() or None))
    if tokens and tokens[-1].kind == "column":
        raise ValidationError(
            field, text, "{column}: needs a word after it", column=tokens[-1].text
        )
    return tokens


def _column_before(tokens: list[_Token]) -> str | None:
    return tokens[-1].text if tokens and tokens[-1].kind == "column" else None


def _has_letters(text: str) -> bool:
    # A "word" of punctuation alone (& or -) has no token for FTS5 to match: it is ignored.
    return any(ch.isalnum() for ch in text)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


class _Parser:
    """Recursive descent: OR binds loosest, then AND (explicit or implied), then NOT.

    Only parentheses recurse (`primary` -> `or_expr`); `_lex` bounds their depth, and chains of
    OR, AND and NOT are loops, so the recursion depth is at most a few frames per level.
    """

    def __init__(
        self, tokens: list[_Token], text: str, field: str, expand: Expander | None = None
    ) -> None:
        self.tokens, self.pos, self.text, self.field = tokens, 0, text, field
        self.expand = expand

    def invalid(self, reason: str, **values: object) -> ValidationError:
        """The ValidationError for REASON (a msgid, filled with VALUES) about the query."""
        return ValidationError(self.field, self.text, reason, **values)

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> str:
        if not self.tokens:
            raise self.invalid('has nothing to search for; give a word or a "phrase"')
        expression = self.or_expr()
        if self.peek() is not None:
            token = self.take()
            if token.kind == ")":
                raise self.invalid("unbalanced parenthesis: ')' without '('")
            raise self.invalid("unexpected {token}", token=repr(token.text))  # pragma: no cover
        return expression

    def or_expr(self) -> str:
        parts = [self.and_expr(None)]
        while (t := self.peek()) is not None and t.kind == "op" and t.text == "OR":
            self.take()
            parts.append(self.and_expr("OR"))
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

    def and_expr(self, after: str | None) -> str:
        parts = [self.not_expr(after)]
        while (t := self.peek()) is not None and (
            t.kind in ("word", "phrase", "(") or (t.kind == "op" and t.text == "AND")
        ):
            if t.kind == "op":
                self.take()
                following = self.peek()
                if following is not None and following.kind == "op" and following.text == "NOT":
                    self.take()  # "a AND NOT b" is "a NOT b"
                    parts[-1] = f"({parts[-1]} NOT {self.primary('NOT')})"
                    continue
                parts.append(self.not_expr("AND"))
            else:
                parts.append(self.not_expr(None))
        return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"

    def not_expr(self, after: str | None) -> str:
        left = self.primary(after)
        while (t := self.peek()) is not None and t.kind == "op" and t.text == "NOT":
            self.take()
            left = f"({left} NOT {self.primary('NOT')})"
        return left

    def primary(self, after: str | None) -> str:
        token = self.peek()
        if token is None or token.kind in ("op", ")"):
            if token is not None and token.kind == "op" and token.text == "NOT" and after is None:
                raise self.invalid(
                    "NOT needs a term before it, as in 'banjir NOT Rotterdam' "
                    "(there is no search for 'everything but')"
                )
            operator = after or (token.text if token is not None and token.kind == "op" else None)
            if operator:
                raise self.invalid(
                    "{operator} needs a search term on each side, as in 'banjir {operator} flood'",
                    operator=operator,
                )
            if token is not None and token.kind == ")":
                raise self.invalid("unbalanced parenthesis: ')' without '('")
            raise self.invalid("unbalanced parenthesis: '(' without ')'")
        self.take()
        if token.kind == "(":
            if (t := self.peek()) is not None and t.kind == ")":
                raise self.invalid("empty parentheses")
            inner = self.or_expr()
            if (t := self.peek()) is None or t.kind != ")":
                raise self.invalid("unbalanced parenthesis: '(' without ')'")
            self.take()
            return inner
        term = _quote(token.text) + ("*" if token.prefix else "")
        own = f"{token.column} : {term}" if token.column else term
        extra = self.expand(term, token.column) if self.expand else []
        if not extra:
            return own
        alternatives = [own, *(f"{column} : {_quote(words)}" for column, words in extra)]
        return "(" + " OR ".join(alternatives) + ")"


def to_fts(text: str, field: str = "query", expand: Expander | None = None) -> str:
    """Translate a user's search text into an FTS5 MATCH expression, or raise ValidationError.

    With `expand`, each term also matches what it names in a vocabulary (see
    VOCABULARY_COLUMNS), in that vocabulary's column.

    >>> to_fts('banjir OR "sister city" Chungcheongnam-do')
    '("banjir" OR ("sister city" AND "Chungcheongnam-do"))'
    >>> to_fts('banjir', expand=lambda term, column: [("sectors", "flood management")])
    '("banjir" OR sectors : "flood management")'
    """
    if not text or not text.strip():
        raise ValidationError(field, text, "is empty")
    check_text(field, text, MAX_QUERY_CHARS, lines=True)
    # As names are stored (domain/text_forms.py): "Ｓｅｏｕｌ" or "Seoul" with a zero-width
    # space searches for Seoul.
    text = clean_name(text)
    if not text.strip():
        raise ValidationError(field, text, "is empty")
    return _Parser(_lex(text, field), text, field, expand).parse()
