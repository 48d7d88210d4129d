#!/usr/bin/env bash
# Makes the PDF and Word files of qa/testdata/office16/corpus from their
# sources in this folder. The made files are committed: tests and CI never
# run this script. The Markdown, HTML and text files of the corpus are
# written by hand.
#
# Needs Debian's texlive-latex-base, texlive-latex-recommended (geometry,
# fancyhdr, booktabs), libreoffice-writer-nogui and qpdf:
#   apt-get install texlive-latex-base texlive-latex-recommended libreoffice-writer-nogui qpdf
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# out, work, and office, pdfdate, latex and settle
. "$here/../../makelib.sh"

# LaTeX: a rate card of booktabs tables with running headers (fancyhdr),
# the older rate card it replaced, and a review with a \maketitle title,
# numbered sections, a description list and a footnote.
latex pallet-rates-2026 2026-02-23 rates/pallet-rate-card-2026.pdf
latex pallet-rates-2025 2025-02-24 archive/pallet-rate-card-2025.pdf
latex annual-review-2025 2026-02-20 reports/annual-review-2025.pdf

# PDFs made by LibreOffice (not LaTeX): the drivers' hours policy and the
# issue it replaced, with tables, a numbered list, running headers and
# "Page n of m" footers. LibreOffice stamps the conversion time; pdfdate
# sets the document's date instead.
office drivers-hours-2026 pdf policies/drivers-hours-policy-2026.pdf
pdfdate policies/drivers-hours-policy-2026.pdf 20260126
settle policies/drivers-hours-policy-2026.pdf 20260126
office drivers-hours-2023 pdf archive/drivers-hours-policy-2023.pdf
pdfdate archive/drivers-hours-policy-2023.pdf 20230403
settle archive/drivers-hours-policy-2023.pdf 20230403

# Word files with a title, author and date in their properties, a running
# header and "Page n of m" footers; the fuel card policy has a text box.
office driver-handbook 'docx:MS Word 2007 XML' drivers/driver-handbook.docx
settle drivers/driver-handbook.docx 20251110
office fuel-card 'docx:MS Word 2007 XML' policies/fuel-card-policy.docx
settle policies/fuel-card-policy.docx 20250901
office expenses 'docx:MS Word 2007 XML' policies/expenses-and-nights-out.docx
settle policies/expenses-and-nights-out.docx 20260105
office hr-handbook 'docx:MS Word 2007 XML' staff/staff-handbook-2026.docx
settle staff/staff-handbook-2026.docx 20260112
