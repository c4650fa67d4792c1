"""A script (话术) of the library: Markdown with YAML front matter, parsed and validated.

A script file looks like::

    ---
    id: price-zh-value-breakdown
    title: 客户嫌贵：拆解单价里的价值
    scenario: price_objection
    stage: [proposal, negotiation]
    tags: [price_sensitive]
    language: zh
    products: [textiles]
    ---
    ## 适用情境
    ...

Validation errors always name the file, so an admin can fix a broken library quickly.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.crm.stages import STAGES
from assistant.text import lazy_re
from knowledge.scenarios import SCENARIOS

CUSTOMER_TYPES: tuple[str, ...] = ("price_sensitive", "quality_first", "fast_delivery", "long_term")
"""Customer-profile tags (seed 000 §2 scenario 2) that scripts are tailored to."""

SCRIPT_STAGES: tuple[str, ...] = STAGES
LANGUAGES: tuple[str, ...] = ("zh", "en")
PACKAGED_SCRIPTS_DIR = Path(__file__).with_name("scripts")
EMBED_CHARS = 240

_ID_RE = lazy_re.compile(r"^[a-z0-9][a-z0-9_-]{2,79}$")
_TAG_RE = lazy_re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_FRONT_RE = lazy_re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)(.*)\Z", re.DOTALL)


class ScriptError(ValueError):
    """A script file (or the library) is invalid; the message names the file(s)."""


class FrontMatter(BaseModel):
    """The validated front matter of a script file."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str
    title: str = Field(min_length=2, max_length=120)
    scenario: Literal[SCENARIOS]
    stage: list[Literal[SCRIPT_STAGES]] | Literal["any"] = "any"
    tags: list[str] = Field(default_factory=list)
    language: Literal[LANGUAGES]
    products: list[str] = Field(default_factory=list)

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        if not _ID_RE.match(value):
            raise ValueError(
                "must be 3-80 characters of a-z, 0-9, '-' or '_', starting with a letter or digit"
            )
        return value

    @field_validator("stage", mode="before")
    @classmethod
    def _stage_list(cls, value: object) -> object:
        if isinstance(value, str) and value != "any":
            return [value]
        return value

    @field_validator("tags", "products")
    @classmethod
    def _check_tags(cls, value: list[str]) -> list[str]:
        for tag in value:
            if not _TAG_RE.match(tag):
                raise ValueError(f"{tag!r} is not a valid tag (lower-case a-z, 0-9, '-' or '_')")
        return sorted(set(value))


@dataclass(frozen=True)
class Script:
    """One validated script of the library."""

    id: str
    title: str
    scenario: str
    stages: tuple[str, ...]
    tags: tuple[str, ...]
    language: str
    products: tuple[str, ...]
    body: str
    source: str

    @property
    def customer_types(self) -> tuple[str, ...]:
        """The customer-profile tags among ``tags`` (price_sensitive, quality_first...)."""
        return tuple(t for t in self.tags if t in CUSTOMER_TYPES)

    @property
    def document(self) -> str:
        """The text that is embedded and keyword-indexed: title plus body."""
        return f"{self.title}\n{self.body}"

    @property
    def embedding_text(self) -> str:
        """The text that is embedded: the title and the opening of the body (situation, first lines).

        Embedding cost grows with length and the opening says when the script applies, which
        is what queries describe; keyword search still sees the whole document.
        """
        lines = [ln.lstrip("#").strip() for ln in self.body.splitlines() if ln.strip()]
        return f"{self.title}\n" + "\n".join(lines)[:EMBED_CHARS]

    @property
    def content_hash(self) -> str:
        """SHA-256 of everything that affects the index (metadata and text)."""
        key = "\x1f".join(
            [
                self.id,
                self.title,
                self.scenario,
                ",".join(self.stages),
                ",".join(self.tags),
                self.language,
                ",".join(self.products),
                self.body,
            ]
        )
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    def applies_to_stage(self, stage: str) -> bool:
        """Whether the script is meant for deals in ``stage`` (scripts without a stage fit all)."""
        return not self.stages or stage in self.stages

    def to_markdown(self) -> str:
        """Render the script back to a front-matter Markdown file."""
        meta: dict[str, object] = {"id": self.id, "title": self.title, "scenario": self.scenario}
        meta["stage"] = list(self.stages) if self.stages else "any"
        meta["tags"] = list(self.tags)
        meta["language"] = self.language
        if self.products:
            meta["products"] = list(self.products)
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, default_flow_style=None).strip()
        return f"---\n{front}\n---\n{self.body.strip()}\n"


def _format_validation(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"] if not isinstance(p, int) or len(err["loc"]) == 1)
        parts.append(f"{loc or 'front matter'}: {err['msg']}")
    return "; ".join(parts)


def parse_script(text: str, source: str = "<text>") -> Script:
    """Parse and validate one script from Markdown text.

    Args:
        text: The whole file: ``---`` front matter ``---`` then the Markdown body.
        source: The file name used in error messages and stored with the script.

    Raises:
        ScriptError: With the file name and what is wrong.
    """
    match = _FRONT_RE.match(text.lstrip("\ufeff"))
    if not match:
        raise ScriptError(f"{source}: missing front matter (the file must start with a '---' block)")
    try:
        raw = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        raise ScriptError(f"{source}: front matter is not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise ScriptError(f"{source}: front matter must be a mapping of fields")
    try:
        meta = FrontMatter.model_validate(raw)
    except ValidationError as exc:
        raise ScriptError(f"{source}: {_format_validation(exc)}") from exc
    body = match.group(2).strip()
    if len(body) < 20:
        raise ScriptError(f"{source}: the script body is empty or too short")
    return Script(
        id=meta.id,
        title=meta.title,
        scenario=meta.scenario,
        stages=() if meta.stage == "any" else tuple(dict.fromkeys(meta.stage)),
        tags=tuple(meta.tags),
        language=meta.language,
        products=tuple(meta.products),
        body=body,
        source=source,
    )


def load_script(path: Path) -> Script:
    """Read and validate one script file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScriptError(f"{path}: cannot read the file: {exc}") from exc
    return parse_script(text, source=str(path))


def load_library(directory: Path) -> list[Script]:
    """Load every ``*.md`` script under ``directory`` (recursively), all or nothing.

    Raises:
        ScriptError: Listing every invalid file and every duplicated id, one per line.
    """
    if not directory.is_dir():
        raise ScriptError(f"{directory}: not a directory")
    scripts: list[Script] = []
    errors: list[str] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.rglob("*.md")):
        if path.name.lower() == "readme.md":
            continue
        try:
            script = load_script(path)
        except ScriptError as exc:
            errors.append(str(exc))
            continue
        if script.id in seen:
            errors.append(f"{path}: duplicate id {script.id!r} (also in {seen[script.id]})")
            continue
        seen[script.id] = str(path)
        scripts.append(script)
    if errors:
        raise ScriptError(f"{len(errors)} invalid script file(s):\n" + "\n".join(errors))
    return scripts


SCENARIO_LABELS: dict[str, tuple[str, str]] = {
    "price_objection": ("价格异议", "price objection"),
    "quality_concern": ("质量顾虑", "quality concern"),
    "delivery_time": ("交期", "delivery time"),
    "payment_terms": ("付款方式", "payment terms"),
    "moq": ("起订量", "MOQ"),
    "sample_request": ("样品", "samples"),
    "competitor": ("竞品对比", "competitor"),
    "trust_building": ("建立信任", "trust building"),
    "opening": ("开场", "opening"),
    "follow_up": ("跟进", "follow-up"),
    "closing": ("促成", "closing"),
    "reactivation": ("老客激活", "reactivation"),
    "after_sales_complaint": ("售后投诉", "after-sales complaint"),
    "product_faq": ("产品问答", "product FAQ"),
    "compliance_safe": ("合规表达", "compliance-safe wording"),
}
"""Chinese and English display names of the scenarios."""

CUSTOMER_TYPE_LABELS: dict[str, tuple[str, str]] = {
    "price_sensitive": ("价格敏感型", "price-sensitive"),
    "quality_first": ("质量优先型", "quality-first"),
    "fast_delivery": ("快速交付型", "fast-delivery"),
    "long_term": ("长期合作型", "long-term partner"),
}
"""Chinese and English display names of the customer types."""
