#!/usr/bin/env python3
"""Writes qa/testdata/housing22/corpus/policies/pets-and-parking.docx.

A Word file made without Word: the smallest set of parts a .docx needs
(content types, relationships, document, styles, core properties), with a
title, an author and a date in its properties, headings in Heading styles,
a bulleted list and a table. The made file is committed; tests and CI never
run this script. It is deterministic: every zip entry has a fixed time.

usage: python3 make-docx.py  (from this folder)
"""
import zipfile
from xml.sax.saxutils import escape

OUT = "../corpus/policies/pets-and-parking.docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

BLOCKS = [
    ("title", "Pets and parking policy"),
    ("p", "This policy says when tenants of Kestrel Vale Homes may keep pets and where they may park. It was approved by the board on 26 November 2025 and applies from 5 January 2026."),
    ("h1", "Pets"),
    ("p", "You must ask us in writing before you get a pet, and we reply within 28 days. We do not refuse without a good reason."),
    ("p", "In a house with its own garden you may keep up to two cats or dogs without asking. In a flat you may keep one cat, and a dog only if the flat has its own front door at ground level."),
    ("p", "You never need to ask before keeping these:"),
    ("li", "fish in a tank of up to 60 litres;"),
    ("li", "small caged animals such as hamsters, gerbils and guinea pigs;"),
    ("li", "up to two caged birds."),
    ("p", "Dogs must be kept on a lead in all shared areas. Dog fouling in shared areas is a breach of your tenancy. Assistance dogs are always allowed."),
    ("h1", "Parking"),
    ("p", "Parking on our estates is free, but a parking permit is needed on estates with marked bays. Each home can have one permit."),
    ("table", [["vehicle", "allowed in a bay", "permit"],
               ["car or small van", "yes", "free"],
               ["motorbike", "yes, in motorbike bays only", "free"],
               ["caravan, boat or trailer", "no", "none issued"],
               ["untaxed or broken-down vehicle", "no", "none issued"]]),
    ("p", "A vehicle parked without a permit is given a warning notice, and after a second notice it may be removed. Vehicles that are untaxed or abandoned are removed after 7 days' notice."),
    ("p", "You may charge an electric car from your home only if the cable does not cross a path or shared area."),
]


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text, style=None, num=False):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{run(text)}</w:p>"


def table(rows):
    out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>"
    for row in rows:
        out += "<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in row) + "</w:tr>"
    return out + "</w:tbl>"


def document():
    body = ""
    for kind, v in BLOCKS:
        body += {"title": lambda: para(v, "Title"), "h1": lambda: para(v, "Heading1"),
                 "p": lambda: para(v), "li": lambda: para(v, "ListParagraph", True),
                 "table": lambda: table(v)}[kind]()
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>'


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>
</w:styles>'''

NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'''

CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Pets and parking policy</dc:title><dc:creator>Kestrel Vale Homes, Housing Services</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2025-11-26T10:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-11-26T10:00:00Z</dcterms:modified></cp:coreProperties>'''

CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'''

RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'''

DOC_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'''


def main():
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
             ("word/_rels/document.xml.rels", DOC_RELS), ("word/document.xml", document()),
             ("word/styles.xml", STYLES), ("word/numbering.xml", NUMBERING), ("docProps/core.xml", CORE)]
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2025, 11, 26, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    main()
