"""A forger's toolbox: incremental updates appended to a genuinely signed report (pyHanko writers).

Every function takes the bytes of a signed report and returns a forged copy; none of them touches the
signed bytes, so every earlier signature stays cryptographically intact. `dpia verify` must still
reject each one and name what changed.
"""

from __future__ import annotations

from io import BytesIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import NameObject, pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field

PROCEED = b"BT /F1 20 Tf 4 20 Td (Outcome: PROCEED) Tj ET"


class QuietWriter(IncrementalPdfFileWriter):
    """Changes exactly what the forger asks for (no /ModDate, no XMP): the hardest case to spot."""

    def _update_meta(self) -> None:
        return None


def writer(pdf: bytes) -> QuietWriter:
    return QuietWriter(BytesIO(pdf), strict=False)


def done(w: IncrementalPdfFileWriter) -> bytes:
    out = BytesIO()
    w.write(out)
    return out.getvalue()


def appearance(w: IncrementalPdfFileWriter, content: bytes = PROCEED) -> generic.IndirectObject:
    font = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Font"),
            pdf_name("/Subtype"): pdf_name("/Type1"),
            pdf_name("/BaseFont"): pdf_name("/Helvetica-Bold"),
        }
    )
    stream = generic.StreamObject(
        {
            pdf_name("/Type"): pdf_name("/XObject"),
            pdf_name("/Subtype"): pdf_name("/Form"),
            pdf_name("/BBox"): generic.ArrayObject(map(generic.NumberObject, (0, 0, 300, 60))),
            pdf_name("/Resources"): generic.DictionaryObject(
                {pdf_name("/Font"): generic.DictionaryObject({pdf_name("/F1"): font})}
            ),
        },
        stream_data=content,
    )
    return w.add_object(stream)


def visible_unsigned_field(pdf: bytes) -> bytes:
    """A new, unsigned signature field whose appearance covers the cover page's verdict."""
    w = writer(pdf)
    append_signature_field(w, SigFieldSpec("Verdict", on_page=0, box=(50, 600, 350, 660)))
    form_fields = w.root["/AcroForm"]["/Fields"]
    new_field = next(f for f in form_fields if f.get_object().get("/T") == "Verdict").get_object()
    new_field[pdf_name("/AP")] = generic.DictionaryObject({pdf_name("/N"): appearance(w)})
    w.update_container(new_field)
    return done(w)


def unvalidatable_dpo_value(pdf: bytes) -> bytes:
    """The empty DPO field gets a 'signature' of a type pyHanko does not validate, with an appearance."""
    w = writer(pdf)
    sig_field = _field(w, "Signature_DPO")
    value = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Sig"),
            pdf_name("/Filter"): pdf_name("/Adobe.PPKLite"),
            pdf_name("/SubFilter"): pdf_name("/adbe.x509.rsa_sha1"),
            pdf_name("/Name"): generic.TextStringObject("Dirk de Vries"),
            pdf_name("/Contents"): generic.ByteStringObject(b"\x30" * 64),
            pdf_name("/ByteRange"): generic.ArrayObject(map(generic.NumberObject, (0, 10, 20, 10))),
        }
    )
    sig_field[pdf_name("/V")] = w.add_object(value)
    sig_field[pdf_name("/AP")] = generic.DictionaryObject(
        {pdf_name("/N"): appearance(w, b"BT /F1 12 Tf 4 20 Td (Signed: Dirk de Vries, DPO) Tj ET")}
    )
    w.update_container(sig_field)
    return done(w)


def change_field(pdf: bytes, name: str, text: str) -> bytes:
    """A new value and appearance for an existing field (the 'shadow' attack's second step)."""
    w = writer(pdf)
    target = _field(w, name)
    target[pdf_name("/V")] = generic.TextStringObject(text)
    target[pdf_name("/AP")] = generic.DictionaryObject({pdf_name("/N"): appearance(w)})
    w.update_container(target)
    return done(w)


def plant_text_field(pdf: bytes, name: str = "Note") -> bytes:
    """A harmless-looking empty text field on page 1 (the 'shadow' attack's first step, before signing)."""
    w = writer(pdf)
    page_ref = w.find_page_for_modification(0)[0]
    text_field = generic.DictionaryObject(
        {
            pdf_name("/FT"): pdf_name("/Tx"),
            pdf_name("/T"): generic.TextStringObject(name),
            pdf_name("/Type"): pdf_name("/Annot"),
            pdf_name("/Subtype"): pdf_name("/Widget"),
            pdf_name("/Rect"): generic.ArrayObject(map(generic.NumberObject, (50, 600, 350, 660))),
            pdf_name("/F"): generic.NumberObject(4),
            pdf_name("/P"): page_ref,
            pdf_name("/AP"): generic.DictionaryObject({pdf_name("/N"): appearance(w, b"")}),
        }
    )
    ref = w.add_object(text_field)
    w.root["/AcroForm"]["/Fields"].append(ref)
    w.update_container(w.root["/AcroForm"]["/Fields"])
    page = page_ref.get_object()
    annots = page["/Annots"] if "/Annots" in page else generic.ArrayObject()
    annots.append(ref)
    page[pdf_name("/Annots")] = annots
    w.update_container(page)
    return done(w)


def info_entry(pdf: bytes, key: str, value: str) -> bytes:
    w = writer(pdf)
    info = w.trailer["/Info"]
    info[NameObject(key)] = generic.TextStringObject(value)
    w.update_container(info)
    return done(w)


def add_xmp(pdf: bytes) -> bytes:
    w = writer(pdf)
    xmp = generic.StreamObject(
        {pdf_name("/Type"): pdf_name("/Metadata"), pdf_name("/Subtype"): pdf_name("/XML")},
        stream_data=b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:title>PROCEED</dc:title></x:xmpmeta>",
    )
    w.root[pdf_name("/Metadata")] = w.add_object(xmp)
    w.update_root()
    return done(w)


def free_text_annotation(pdf: bytes) -> bytes:
    """A plain FreeText annotation (not a form field) over the cover page."""
    w = writer(pdf)
    page_ref = w.find_page_for_modification(0)[0]
    annot = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Annot"),
            pdf_name("/Subtype"): pdf_name("/FreeText"),
            pdf_name("/Rect"): generic.ArrayObject(map(generic.NumberObject, (50, 600, 350, 660))),
            pdf_name("/Contents"): generic.TextStringObject("Outcome: PROCEED"),
            pdf_name("/DA"): generic.TextStringObject("/Helv 20 Tf 0 g"),
            pdf_name("/AP"): generic.DictionaryObject({pdf_name("/N"): appearance(w)}),
        }
    )
    page = page_ref.get_object()
    annots = page["/Annots"] if "/Annots" in page else generic.ArrayObject()
    annots.append(w.add_object(annot))
    page[pdf_name("/Annots")] = annots
    w.update_container(page)
    return done(w)


def replace_page_content(pdf: bytes, page_index: int = 0) -> bytes:
    w = writer(pdf)
    page_ref = w.find_page_for_modification(page_index)[0]
    page = page_ref.get_object()
    page[pdf_name("/Contents")] = w.add_object(generic.StreamObject(stream_data=b"q Q"))
    w.update_container(page)
    return done(w)


def replace_attachment(pdf: bytes, name: str, data: bytes) -> bytes:
    w = writer(pdf)
    pairs = w.root["/Names"]["/EmbeddedFiles"]["/Names"]
    for index in range(0, len(pairs) - 1, 2):
        if str(pairs[index]) == name:
            spec = pairs[index + 1]
            stream = generic.StreamObject({pdf_name("/Type"): pdf_name("/EmbeddedFile")}, stream_data=data)
            spec["/EF"] = generic.DictionaryObject({pdf_name("/F"): w.add_object(stream)})
            w.update_container(spec)
    return done(w)


def _field(w: IncrementalPdfFileWriter, name: str) -> generic.DictionaryObject:
    for ref in w.root["/AcroForm"]["/Fields"]:
        found = ref.get_object()
        if found.get("/T") == name:
            return found
    raise KeyError(name)
