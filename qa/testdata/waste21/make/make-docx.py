#!/usr/bin/env python3
"""Writes qa/testdata/waste21/corpus/policies/side-waste-and-fly-tipping.docx.

A Word file made without Word by ../../makedocx.py, with a title, an
author and a date in its properties, headings in Heading styles, a
bulleted list and a table. The made file is committed; tests and CI never
run this script. It is deterministic.

usage: python3 make-docx.py  (from this folder)
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import makedocx  # noqa: E402

OUT = "../corpus/policies/side-waste-and-fly-tipping.docx"

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


if __name__ == "__main__":
    makedocx.write(OUT, BLOCKS, 'Side waste, contamination and fly-tipping policy', 'Fernhill District Council, Waste Services', "2025-12-09")
