#!/usr/bin/env bash
# Makes the PDF and Word files of qa/testdata/insure23/corpus from their
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

# PDFs made by LibreOffice: this year's travel policy wording and last
# year's (version 6, other limits), each a centred title and subtitle,
# numbered headings, numbered clauses ("5.3 If your baggage ..."), an
# (a) to (d) list, a table of benefits and limits by level of cover, a
# running header and a "Page n of m" footer.
office travel-policy-wording-2026 pdf policies/travel-policy-wording-2026.pdf
pdfdate policies/travel-policy-wording-2026.pdf 20260216
settle policies/travel-policy-wording-2026.pdf 20260216
office travel-policy-wording-2025 pdf archive/travel-policy-wording-2025.pdf
pdfdate archive/travel-policy-wording-2025.pdf 20250217
settle archive/travel-policy-wording-2025.pdf 20250217

# A Word file made by LibreOffice, with a title, author and date in its
# properties, a running header and footer: the claims guide (a subtitle,
# Heading 1 sections, a table of what to send for each kind of claim, a
# bullet list of what happens next).
office claims-guide 'docx:MS Word 2007 XML' claims/claims-guide.docx
settle claims/claims-guide.docx 20260119
