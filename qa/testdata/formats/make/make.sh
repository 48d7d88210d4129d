#!/usr/bin/env bash
# Makes the PDF and Word files of qa/testdata/formats/corpus from their
# sources in this folder. The made files are committed: tests and CI never
# run this script. The Markdown files of the corpus are written by hand.
#
# Needs Debian's texlive-latex-base, texlive-latex-recommended (geometry)
# and libreoffice-writer-nogui and qpdf:
#   apt-get install texlive-latex-base texlive-latex-recommended libreoffice-writer-nogui qpdf
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# out, work, and office, pdfdate and latex
. "$here/../../makelib.sh"

# LaTeX: a two-column paper (ligatures, hyphenation, running heads), a
# report with a table and footnotes, and a plan with numbered sections and
# subsections. Run twice so that references are resolved; the PDF's
# creation date is the document's date, not the day the script ran.
latex seagrass-recovery 2025-11-10 papers/seagrass-recovery.pdf
latex annual-report-2025 2026-02-16 reports/annual-report-2025.pdf
latex data-management-plan 2026-01-12 policies/data-management-plan.pdf

office vessel-policy-2025 'docx:MS Word 2007 XML' policies/vessel-policy-2025.docx
office diving-rules 'docx:MS Word 2007 XML' policies/diving-rules.docx
office onboarding-guide 'docx:MS Word 2007 XML' onboarding-guide.docx
office vessel-policy-2023 pdf archive/vessel-policy-2023.pdf
office seminars-spring-2026 pdf seminars-spring-2026.pdf

pdfdate archive/vessel-policy-2023.pdf 20230417
pdfdate seminars-spring-2026.pdf 20260112
