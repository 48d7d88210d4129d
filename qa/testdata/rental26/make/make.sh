#!/usr/bin/env bash
# Makes the PDF and Word files of qa/testdata/rental26/corpus from their
# sources in this folder. The made files are committed: tests and CI never
# run this script. The Markdown, HTML and text files of the corpus are
# written by hand; the .fodt sources were written by a small throwaway
# script, and are the sources.
#
# Needs Debian's libreoffice-writer-nogui and qpdf:
#   apt-get install libreoffice-writer-nogui qpdf
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# out, work, and office, pdfdate, latex and settle
. "$here/../../makelib.sh"

# PDFs made by LibreOffice: the rental terms and conditions (a centred
# title and subtitle, numbered headings, numbered clauses "4.2 We allow
# ...", a table of charges with car and van columns, a running header and
# a "Page n of m" footer).
office rental-terms-2026 pdf terms/rental-terms-2026.pdf
pdfdate terms/rental-terms-2026.pdf 20260302
settle terms/rental-terms-2026.pdf 20260302

# This year's price list beside last year's (other prices and notes): a
# title, a table of vehicle, seats, one-day, weekend and seven-day
# prices, a table of extras and their prices, and a bullet list of notes.
office price-list-2026 pdf prices/price-list-2026.pdf
pdfdate prices/price-list-2026.pdf 20260309
settle prices/price-list-2026.pdf 20260309
office price-list-2025 pdf archive/price-list-2025.pdf
pdfdate archive/price-list-2025.pdf 20250310
settle archive/price-list-2025.pdf 20250310

# A Word file made by LibreOffice, with a title, author and date in its
# properties, a running header and footer: the guide to picking up and
# returning a vehicle (a subtitle, Heading 1 sections, a bullet list of
# what to bring, a table of vehicle, fuel and fuel cap release).
office pick-up-and-return-guide 'docx:MS Word 2007 XML' guides/pick-up-and-return-guide.docx
settle guides/pick-up-and-return-guide.docx 20260216
