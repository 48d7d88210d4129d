#!/usr/bin/env bash
# Makes the PDF and Word files of qa/testdata/ops19/corpus from their
# sources in this folder. The made files are committed: tests and CI never
# run this script. The Markdown, HTML and text files of the corpus are
# written by hand; the .fodt sources were written by a small throwaway
# script, and are the sources.
#
# Needs Debian's texlive-latex-base, texlive-latex-recommended (geometry,
# fancyhdr, booktabs), libreoffice-writer-nogui and qpdf:
#   apt-get install texlive-latex-base texlive-latex-recommended libreoffice-writer-nogui qpdf
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# out, work, and office, pdfdate, latex and settle
. "$here/../../makelib.sh"

# LaTeX: the trading hut's price list, a booktabs table of items, units
# and prices, with fancyhdr running headers.
latex trading-hut 2026-02-10 shop/trading-hut-prices-2026.pdf

# A PDF made by LibreOffice: the minutes of the 2025 AGM (numbered
# headings, a bullet list, a running header and a "Page n of m" footer).
office agm-minutes-2025 pdf reports/agm-minutes-2025.pdf
pdfdate reports/agm-minutes-2025.pdf 20251120
settle reports/agm-minutes-2025.pdf 20251120

# A Word file with a title, author and date in its properties: the tool
# store's guide (a table of hire charges, a bullet list, a subtitle).
office tool-store 'docx:MS Word 2007 XML' tools/tool-store-and-hire.docx
settle tools/tool-store-and-hire.docx 20260202
