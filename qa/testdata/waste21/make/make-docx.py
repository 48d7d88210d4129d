#!/usr/bin/env python3
"""Writes qa/testdata/waste21/corpus/policies/side-waste-and-fly-tipping.docx.

A Word file made without Word: the smallest set of parts a .docx needs
(content types, relationships, document, styles, core properties), with a
title, an author and a date in its properties, headings in Heading styles,
a bulleted list and a table. The made file is committed; tests and CI never
run this script. It is deterministic: every zip entry has a fixed time.

usage: python3 make-docx.py  (from this folder)
"""
import zipfile
from xml.sax.saxutils import escape

OUT = "../corpus/policies/side-waste-and-fly-tipping.docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

BLOCKS = [
    ("title", "Side waste, contamination and fly-tipping policy"),
    ("p", "This policy says what Fernhill District Council does when waste is put out in the wrong way, and the fines it can give. It was approved by the council's cabinet on 9 December 2025 and applies from 1 February 2026."),
    ("h1", "Side waste"),
    ("p", "Side waste is any extra bag or box left next to or on top of a grey bin. Crews do not collect side waste, and the lid of the grey bin must close. Households that often have too much waste are offered a visit from a recycling adviser, who checks what could go in the blue bin instead."),
    ("p", "Side waste is collected only in these cases:"),
    ("li", "extra flattened cardboard beside the blue bin on the first recycling collection after Christmas;"),
    ("li", "bags of clinical waste collected by arrangement;"),
    ("li", "households given a larger grey bin who are waiting for it to be delivered."),
    ("h1", "Contaminated recycling"),
    ("p", "A blue bin holding the wrong things is tagged and left unemptied. After a third tag within six months, the household gets a letter and a visit, and the blue bin may be taken away for up to three months."),
    ("h1", "Fly-tipping"),
    ("p", "Fly-tipping is dumping waste on land or a road where it is not allowed. It is a crime. The council can give a fixed penalty notice instead of taking the case to court."),
    ("table", [["offence", "fixed penalty", "if paid within 10 days"],
               ["fly-tipping of a small amount, up to a car boot", "£400", "£250"],
               ["failing to check that a waste carrier is licensed", "£300", "£200"],
               ["leaving waste out on the wrong day, after a warning", "£80", "£60"]]),
    ("p", "A household that pays someone to take its waste away must check that they hold a waste carrier licence. If a carrier without a licence dumps the waste, the household can be fined too."),
    ("p", "Report fly-tipping in the Fernhill Bins app or online with a photo and the place. Do not touch it: it may hold needles or chemicals."),
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
<dc:title>Side waste, contamination and fly-tipping policy</dc:title><dc:creator>Fernhill District Council, Waste Services</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2025-12-09T10:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-12-09T10:00:00Z</dcterms:modified></cp:coreProperties>'''

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
            info = zipfile.ZipInfo(name, date_time=(2025, 12, 9, 10, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    main()
