#!/usr/bin/env bash
# Makes the PDF and Word files of qa/testdata/travel25/corpus from their
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

# PDFs made by LibreOffice: the conditions of carriage (a centred title
# and subtitle, numbered headings, numbered clauses "4.2 If you reach
# ...", a table of Delay Repay by length of delay and a table of refunds
# by ticket, a running header and a "Page n of m" footer).
office conditions-of-carriage-2026 pdf conditions/conditions-of-carriage-2026.pdf
pdfdate conditions/conditions-of-carriage-2026.pdf 20260209
settle conditions/conditions-of-carriage-2026.pdf 20260209

# This year's fares and railcards sheet beside last year's (other fares
# and prices): a title, a table of journey, Anytime, Off-Peak and Weekly
# Season fares, a table of railcard, price, discount and who can buy it,
# and a bullet list of notes.
office fares-and-railcards-2026 pdf fares/fares-and-railcards-2026.pdf
pdfdate fares/fares-and-railcards-2026.pdf 20260216
settle fares/fares-and-railcards-2026.pdf 20260216
office fares-and-railcards-2025 pdf archive/fares-and-railcards-2025.pdf
pdfdate archive/fares-and-railcards-2025.pdf 20250217
settle archive/fares-and-railcards-2025.pdf 20250217

# A Word file made by LibreOffice, with a title, author and date in its
# properties, a running header and footer: the assisted travel guide (a
# subtitle, Heading 1 sections, a bullet list of what to tell us, a table
# of services with where and the notice needed).
office assisted-travel-guide 'docx:MS Word 2007 XML' guides/assisted-travel-guide.docx
settle guides/assisted-travel-guide.docx 20260119
