#!/usr/bin/env bash
# Makes the PDF and Word files of qa/testdata/lab28/corpus from their
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

# This year's price list for GP practices and private patients beside last
# year's (other prices and notes): a centred title and subtitle, a table
# of test, LIMS code, GP practice price and private patient price, and a
# bullet list of notes, with a running header and a "Page n of m" footer.
office price-list-2026 pdf prices/price-list-2026.pdf
pdfdate prices/price-list-2026.pdf 20260330
settle prices/price-list-2026.pdf 20260330
office price-list-2025 pdf archive/price-list-2025.pdf
pdfdate archive/price-list-2025.pdf 20250328
settle archive/price-list-2025.pdf 20250328

# A Word file made by LibreOffice, with a title, author and date in its
# properties, a running header and footer: the new starter induction guide
# (a subtitle, Heading 1 sections, a bullet list of what to bring, a table
# of the first four weeks).
office new-starter-induction 'docx:MS Word 2007 XML' training/new-starter-induction.docx
settle training/new-starter-induction.docx 20260220
