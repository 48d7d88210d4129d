#!/usr/bin/env python3
"""Writes qa/testdata/housing22/corpus/policies/pets-and-parking.docx.

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

OUT = "../corpus/policies/pets-and-parking.docx"

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


if __name__ == "__main__":
    makedocx.write(OUT, BLOCKS, 'Pets and parking policy', 'Kestrel Vale Homes, Housing Services', "2025-11-26")
