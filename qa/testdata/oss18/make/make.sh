#!/usr/bin/env bash
# Makes the PDF and Word files of qa/testdata/oss18/corpus from their
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

# LaTeX: the maintainers' release process, with numbered sections, a
# booktabs table of the coming releases and fancyhdr running headers.
latex release-process 2026-01-12 docs/release-process.pdf

# PDFs made by LibreOffice: the TSC's annual report (a table of income, a
# bullet list) and the 2.x to 3.0 migration guide (a text box, a numbered
# list, a table of renamed options), with running headers and "Page n of
# m" footers.
office annual-report-2025 pdf reports/annual-report-2025.pdf
pdfdate reports/annual-report-2025.pdf 20260209
settle reports/annual-report-2025.pdf 20260209
office migration-3 pdf docs/migration-3.0.pdf
pdfdate docs/migration-3.0.pdf 20250630
settle docs/migration-3.0.pdf 20250630

# Word files with a title, author and date in their properties: the code
# of conduct (a table of enforcement steps, a bullet list) and the
# foundation's trademark policy (bullet lists).
office code-of-conduct 'docx:MS Word 2007 XML' community/code-of-conduct.docx
settle community/code-of-conduct.docx 20250303
office trademark-policy 'docx:MS Word 2007 XML' legal/trademark-policy.docx
settle legal/trademark-policy.docx 20241118
