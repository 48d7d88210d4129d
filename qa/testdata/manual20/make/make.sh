#!/usr/bin/env bash
# Makes the PDF and Word files of qa/testdata/manual20/corpus from their
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

# LaTeX: the care and maintenance card, a booktabs table of parts, how
# often to clean them and when to replace them, with fancyhdr running
# headers.
latex maintenance-card 2026-01-12 guides/care-and-maintenance.pdf

# A PDF made by LibreOffice: the S5 and S5 Max user guide (a centred
# subtitle, numbered headings, a bulleted and a numbered list, a table of
# the robot's lights, a running header and a "Page n of m" footer).
office user-guide-s5 pdf guides/roveo-s5-user-guide.pdf
pdfdate guides/roveo-s5-user-guide.pdf 20260112
settle guides/roveo-s5-user-guide.pdf 20260112

# A Word file with a title, author and date in its properties: the
# warranty terms (a subtitle, a table of what is covered for how long, a
# bullet list of what is not).
office warranty-terms 'docx:MS Word 2007 XML' warranty/warranty-terms.docx
settle warranty/warranty-terms.docx 20251201
