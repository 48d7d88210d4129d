#!/usr/bin/env bash
# Makes the PDF and Word files of qa/testdata/bank24/corpus from their
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

# PDFs made by LibreOffice: the account terms and conditions (a centred
# title and subtitle, numbered headings, numbered clauses "3.2 If your
# card ...", a table of interest rates with gross and AER columns, a
# table of fees, a running header and a "Page n of m" footer).
office account-terms-2026 pdf terms/account-terms-2026.pdf
pdfdate terms/account-terms-2026.pdf 20251201
settle terms/account-terms-2026.pdf 20251201

# This year's savings rates sheet beside last year's (other rates): a
# title, a table of account, minimum, gross, AER and when interest is
# paid, and a bullet list of notes.
office savings-rates-2026 pdf rates/savings-rates-2026.pdf
pdfdate rates/savings-rates-2026.pdf 20260112
settle rates/savings-rates-2026.pdf 20260112
office savings-rates-2025 pdf archive/savings-rates-2025.pdf
pdfdate archive/savings-rates-2025.pdf 20250210
settle archive/savings-rates-2025.pdf 20250210

# A Word file made by LibreOffice, with a title, author and date in its
# properties, a running header and footer: the switching guide (a
# subtitle, Heading 1 sections, a bullet list of what moves, a table of
# the timetable).
office switching-guide 'docx:MS Word 2007 XML' guides/switching-guide.docx
settle guides/switching-guide.docx 20260203
