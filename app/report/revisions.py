"""What one revision of a PDF looks like to an auditor, and what changed between two revisions.

A `RevisionView` is a fingerprint of everything a reader shows or a validator relies on: each page
(content and resources), each annotation, each form field (its value apart from its other properties),
the document information dictionary key by key, the XMP stream, the embedded files and the other
catalogue entries. `changes(old, new)` names every difference ("page 1: new annotation /Widget
(field 'Verdict')", "metadata /Keywords changed", "attachment 'assessment.json' changed"), so `verify`
can say what a later revision did instead of "other changes".
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.rw_common import PdfHandler

_BACK_REFERENCES = frozenset({"/P", "/Parent"})
_CATALOG_OWN = frozenset({"/Pages", "/AcroForm", "/Metadata", "/Names", "/Type"})
_FIELD_VALUE = "/V"
_Path = set[tuple[int, int]]  # the references on the way down, to stop at a cycle
_MAX_NODES = 2_000_000
_MAX_DEPTH = 64


class TooComplex(ValueError):
    """A PDF object graph too large or too deep to fingerprint."""


@dataclass(frozen=True)
class Annotation:
    page: int
    subtype: str
    field: str
    digest: str
    rect: str = ""  # digest of /Rect alone: a signing revision fills in a widget, never moves or grows it


@dataclass(frozen=True)
class FormField:
    kind: str
    value: str  # digest of /V, "" when empty
    properties: str  # digest of the rest of the field (appearance, flags, rectangle)


@dataclass(frozen=True)
class Change:
    """One difference: `kind` (page, annotation, field, field-value, metadata, xmp, attachment,
    catalog, form) and `subject` (page number, field name, key) let the caller decide what is allowed."""

    kind: str
    subject: str
    text: str
    verb: str = ""  # "new", "removed", "changed" (or a narrower word) when the kind has several


@dataclass
class RevisionView:
    pages: list[str] = field(default_factory=list)
    annotations: dict[str, Annotation] = field(default_factory=dict)
    fields: dict[str, FormField] = field(default_factory=dict)
    info: dict[str, str] = field(default_factory=dict)
    xmp: str | None = None
    attachments: dict[str, str] = field(default_factory=dict)
    catalog: dict[str, str] = field(default_factory=dict)
    form: dict[str, str] = field(default_factory=dict)


class _Digest:
    """Stable digests of PDF objects, following references (with cycle and size limits)."""

    def __init__(self) -> None:
        self.nodes = 0
        self.memo: dict[tuple[int, int], str] = {}

    def __call__(self, obj: object, skip: frozenset[str] = _BACK_REFERENCES) -> str:
        sink = hashlib.sha256()
        self._feed(obj, sink, set(), skip, 0)
        return sink.hexdigest()[:24]

    def _feed(self, obj: object, sink: hashlib._Hash, path: _Path, skip: frozenset[str], depth: int) -> None:
        self.nodes += 1
        if self.nodes > _MAX_NODES or depth > _MAX_DEPTH:
            raise TooComplex("the PDF's object graph is too large or too deep to check")
        if isinstance(obj, generic.IndirectObject):
            self._feed_reference(obj, sink, path, skip, depth)
        elif isinstance(obj, generic.StreamObject):
            self._feed_dict(obj, sink, path, skip, depth)
            sink.update(b"stream" + hashlib.sha256(obj.encoded_data).digest())
        elif isinstance(obj, generic.DictionaryObject):
            self._feed_dict(obj, sink, path, skip, depth)
        elif isinstance(obj, generic.ArrayObject):
            sink.update(b"[")
            for item in obj.iterate():
                self._feed(item, sink, path, _BACK_REFERENCES, depth + 1)
            sink.update(b"]")
        else:
            sink.update(repr(obj).encode("utf-8", "backslashreplace") + b";")

    def _feed_reference(
        self,
        obj: generic.IndirectObject,
        sink: hashlib._Hash,
        path: _Path,
        skip: frozenset[str],
        depth: int,
    ) -> None:
        key = (obj.idnum, obj.generation)
        if key in path:
            sink.update(b"@cycle;")
            return
        if skip is _BACK_REFERENCES and key in self.memo:
            sink.update(self.memo[key].encode())
            return
        target = obj.get_object()  # type: ignore[no-untyped-call]
        if isinstance(target, generic.DictionaryObject) and value_of(target, "/Type") == "/Page":
            sink.update(f"page@{key};".encode())  # pages are compared on their own, not via links
            return
        inner = hashlib.sha256()
        path.add(key)
        self._feed(target, inner, path, skip, depth + 1)
        path.discard(key)
        digest = inner.hexdigest()
        if skip is _BACK_REFERENCES:
            self.memo[key] = digest
        sink.update(digest.encode())

    def _feed_dict(
        self,
        obj: generic.DictionaryObject,
        sink: hashlib._Hash,
        path: _Path,
        skip: frozenset[str],
        depth: int,
    ) -> None:
        sink.update(b"<<")
        for key in sorted(obj.keys()):
            if key in skip:
                continue
            sink.update(str(key).encode("utf-8", "backslashreplace"))
            self._feed(obj.raw_get(key), sink, path, _BACK_REFERENCES, depth + 1)
        sink.update(b">>")


def value_of(container: object, key: str, default: object = None) -> object:
    """A dictionary value, dereferenced (pyHanko's `.get` returns the raw reference)."""
    if not isinstance(container, generic.DictionaryObject) or key not in container:
        return default
    return container[key]


def view_of(handler: PdfHandler) -> RevisionView:
    """Fingerprint one revision (a HistoricalResolver, or a reader for the latest one)."""
    digest = _Digest()
    view = RevisionView()
    root = handler.root
    _pages(handler, digest, view)
    _fields(root, digest, view)
    _info(handler, digest, view)
    # raw: dereferencing /Metadata through the catalogue takes pyHanko's XMP parsing path
    view.xmp = digest(root.raw_get("/Metadata")) if "/Metadata" in root else None
    _attachments(root, digest, view)
    view.catalog = {str(k): digest(root.raw_get(k)) for k in root if k not in _CATALOG_OWN}
    names = value_of(root, "/Names")
    if isinstance(names, generic.DictionaryObject):
        for key in names:
            if key != "/EmbeddedFiles":
                view.catalog[f"/Names {key}"] = digest(names.raw_get(key))
    form = value_of(root, "/AcroForm")
    if isinstance(form, generic.DictionaryObject):
        view.form = {str(k): digest(form.raw_get(k)) for k in form if k != "/Fields"}
    return view


def _pages(handler: PdfHandler, digest: _Digest, view: RevisionView) -> None:
    pages = handler.root["/Pages"]
    for number, (page, _ref) in enumerate(_walk_pages(pages, 0), start=1):
        view.pages.append(digest(page, _BACK_REFERENCES | {"/Annots"}))
        annots = value_of(page, "/Annots")
        if not isinstance(annots, generic.ArrayObject):
            continue
        for position, raw in enumerate(annots.iterate()):
            # keyed by page too: one widget listed on two pages is two annotations a reader shows
            key = f"page{number}:{_ref_key(raw, str(position))}"
            annot = raw.get_object()
            if isinstance(annot, generic.DictionaryObject):
                subtype = str(value_of(annot, "/Subtype", "?"))
                rect = digest(annot.raw_get("/Rect")) if "/Rect" in annot else ""
                view.annotations[key] = Annotation(number, subtype, _field_name(annot), digest(annot), rect)


def _walk_pages(node: generic.DictionaryObject, depth: int) -> list[tuple[generic.DictionaryObject, object]]:
    if depth > _MAX_DEPTH:
        raise TooComplex("the page tree is too deep")
    kids = value_of(node, "/Kids")
    if value_of(node, "/Type") == "/Page" or not isinstance(kids, generic.ArrayObject):
        return [(node, None)]
    found: list[tuple[generic.DictionaryObject, object]] = []
    for raw in kids.iterate():
        kid = raw.get_object()
        if isinstance(kid, generic.DictionaryObject):
            found += _walk_pages(kid, depth + 1)
    return found


def _ref_key(raw: object, fallback: str) -> str:
    if isinstance(raw, generic.IndirectObject):
        return f"obj{raw.idnum}.{raw.generation}"
    return fallback


def _field_name(annot: generic.DictionaryObject) -> str:
    parts: list[str] = []
    node: object = annot
    for _ in range(_MAX_DEPTH):
        if not isinstance(node, generic.DictionaryObject):
            break
        if "/T" in node:
            parts.append(str(node["/T"]))
        node = value_of(node, "/Parent")
    return ".".join(reversed(parts))


def _fields(root: generic.DictionaryObject, digest: _Digest, view: RevisionView) -> None:
    form = value_of(root, "/AcroForm")
    if not isinstance(form, generic.DictionaryObject):
        return
    fields = value_of(form, "/Fields")
    if isinstance(fields, generic.ArrayObject):
        _walk_fields(fields, "", None, digest, view, 0)


def _walk_fields(
    fields: generic.ArrayObject,
    prefix: str,
    kind: str | None,
    digest: _Digest,
    view: RevisionView,
    depth: int,
) -> None:
    if depth > _MAX_DEPTH:
        raise TooComplex("the form field tree is too deep")
    for raw in fields.iterate():
        node = raw.get_object()
        if not isinstance(node, generic.DictionaryObject) or "/T" not in node:
            continue
        name = f"{prefix}.{node['/T']}" if prefix else str(node["/T"])
        node_kind = str(value_of(node, "/FT", kind or "?"))
        value = node.raw_get(_FIELD_VALUE) if _FIELD_VALUE in node else None
        view.fields[name] = FormField(
            node_kind,
            digest(value) if value is not None else "",
            digest(node, _BACK_REFERENCES | {_FIELD_VALUE, "/Kids"}),
        )
        kids = value_of(node, "/Kids")
        if isinstance(kids, generic.ArrayObject):
            _walk_fields(kids, name, node_kind, digest, view, depth + 1)


def _info(handler: PdfHandler, digest: _Digest, view: RevisionView) -> None:
    trailer = handler.trailer_view
    raw = trailer.raw_get("/Info") if "/Info" in trailer else None
    # the trailer view's references resolve in the latest revision: resolve in this one instead
    info = handler.get_object(raw.reference) if isinstance(raw, generic.IndirectObject) else raw
    if isinstance(info, generic.DictionaryObject):
        view.info = {str(k): digest(info.raw_get(k)) for k in info}


def _attachments(root: generic.DictionaryObject, digest: _Digest, view: RevisionView) -> None:
    names = value_of(root, "/Names")
    tree = value_of(names, "/EmbeddedFiles") if isinstance(names, generic.DictionaryObject) else None
    if isinstance(tree, generic.DictionaryObject):
        _walk_name_tree(tree, digest, view, 0)


def _walk_name_tree(node: generic.DictionaryObject, digest: _Digest, view: RevisionView, depth: int) -> None:
    if depth > _MAX_DEPTH:
        raise TooComplex("the attachment tree is too deep")
    pairs = value_of(node, "/Names")
    if isinstance(pairs, generic.ArrayObject):
        for index in range(0, len(pairs) - 1, 2):
            view.attachments[str(pairs[index])] = digest(pairs.raw_get(index + 1))
    kids = value_of(node, "/Kids")
    if isinstance(kids, generic.ArrayObject):
        for raw in kids.iterate():
            kid = raw.get_object()
            if isinstance(kid, generic.DictionaryObject):
                _walk_name_tree(kid, digest, view, depth + 1)


def changes(old: RevisionView, new: RevisionView) -> list[Change]:
    """Every difference between two revisions, in reading order: pages, form, metadata, files."""
    found = _page_changes(old, new) + _annotation_changes(old, new) + _field_changes(old, new)
    found += _keyed("metadata", "metadata", old.info, new.info)
    if old.xmp != new.xmp:
        verb = "added" if old.xmp is None else "removed" if new.xmp is None else "changed"
        found.append(Change("xmp", "/Metadata", f"XMP metadata stream {verb}"))
    found += _keyed("attachment", "attachment", old.attachments, new.attachments, quote=True)
    found += _keyed("catalog", "document catalogue entry", old.catalog, new.catalog)
    found += _keyed("form", "form setting /AcroForm", old.form, new.form)
    return found


def _page_changes(old: RevisionView, new: RevisionView) -> list[Change]:
    found = []
    for number in range(1, max(len(old.pages), len(new.pages)) + 1):
        before = old.pages[number - 1] if number <= len(old.pages) else None
        after = new.pages[number - 1] if number <= len(new.pages) else None
        if before == after:
            continue
        what = "added" if before is None else "removed" if after is None else "content or resources changed"
        found.append(Change("page", str(number), f"page {number}: {what}"))
    return found


def _annotation_changes(old: RevisionView, new: RevisionView) -> list[Change]:
    found = []
    for key in list(old.annotations) + [k for k in new.annotations if k not in old.annotations]:
        before, after = old.annotations.get(key), new.annotations.get(key)
        if before == after:
            continue
        annot = after or before
        assert annot is not None
        of_field = f" (field '{annot.field}')" if annot.field else ""
        verb = "new" if before is None else "removed" if after is None else "changed"
        text = f"page {annot.page}: {verb} annotation {annot.subtype}{of_field}"
        found.append(Change("annotation", annot.field, text, verb))
        if before is not None and after is not None and before.rect != after.rect:
            text = f"page {annot.page}: annotation {annot.subtype}{of_field}: rectangle (/Rect) changed"
            found.append(Change("annotation", annot.field, text, "moved"))
    return found


def _field_changes(old: RevisionView, new: RevisionView) -> list[Change]:
    found = []
    for name in list(old.fields) + [n for n in new.fields if n not in old.fields]:
        before, after = old.fields.get(name), new.fields.get(name)
        if before == after:
            continue
        if before is None or after is None:
            kind = (after or before).kind  # type: ignore[union-attr]
            verb = "new" if before is None else "removed"
            found.append(Change("field", name, f"{verb} form field '{name}' ({kind})", verb))
            continue
        if before.value != after.value:
            verb = (
                "value set" if not before.value else "value removed" if not after.value else "value changed"
            )
            found.append(Change("field-value", name, f"form field '{name}': {verb}"))
        if before.properties != after.properties or before.kind != after.kind:
            found.append(Change("field", name, f"form field '{name}': appearance or properties changed"))
    return found


def _keyed(
    kind: str, label: str, old: dict[str, str], new: dict[str, str], quote: bool = False
) -> list[Change]:
    found = []
    for key in sorted(set(old) | set(new)):
        if old.get(key) == new.get(key):
            continue
        verb = "added" if key not in old else "removed" if key not in new else "changed"
        shown = f"'{key}'" if quote else key
        found.append(Change(kind, key, f"{label} {shown} {verb}"))
    return found
