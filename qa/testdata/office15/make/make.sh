#!/usr/bin/env bash
# Makes the PDF and Word files of qa/testdata/office15/corpus from their
# sources in this folder. The made files are committed: tests and CI never
# run this script. The Markdown and HTML files of the corpus are written by
# hand.
#
# Needs Debian's texlive-latex-base, texlive-latex-recommended (geometry,
# fancyhdr, booktabs), libreoffice-writer-nogui and qpdf:
#   apt-get install texlive-latex-base texlive-latex-recommended libreoffice-writer-nogui qpdf
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# out, work, and office, pdfdate and latex
. "$here/../../makelib.sh"

# LaTeX: a two-column report with a table and footnotes, two policies with
# numbered lists and running headers and footers (fancyhdr), minutes with
# numbered items, and a page of tables (booktabs). Run twice so that
# references are resolved; the PDF's creation date is the document's date,
# not the day the script ran.
latex annual-report-2025 2026-03-09 reports/annual-report-2025.pdf
latex repairs-policy-2026 2026-01-05 policies/repairs-policy-2026.pdf
latex repairs-policy-2023 2023-03-01 archive/repairs-policy-2023.pdf
latex board-minutes-2026-02 2026-02-19 board/minutes-2026-02-12.pdf
latex rents-2026 2026-03-02 rents-and-service-charges-2026.pdf

# Word files with a title, author and date in their properties, a running
# header and "Page n of m" footers; the pets policy has a text box.
office tenant-handbook 'docx:MS Word 2007 XML' tenant-handbook.docx
office pets-policy 'docx:MS Word 2007 XML' policies/pets-policy.docx
office complaints-policy 'docx:MS Word 2007 XML' policies/complaints-policy.docx
office staff-it-guide 'docx:MS Word 2007 XML' staff/it-guide.docx
office staff-handbook 'docx:MS Word 2007 XML' staff/staff-handbook-2026.docx
