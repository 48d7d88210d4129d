#!/usr/bin/env bash
# Makes the PDF and Word files of qa/testdata/ground32/corpus from their
# sources in this folder. The made files are committed: tests and CI never
# run this script. The Markdown and text files of the corpus are written
# by hand; the .fodt sources were written by a small throwaway script, and
# are the sources.
#
# Needs Debian's libreoffice-writer-nogui and qpdf:
#   apt-get install libreoffice-writer-nogui qpdf
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# out, work, and office, pdfdate, latex and settle
. "$here/../../makelib.sh"

# PDFs made by LibreOffice, each with a title page (document number,
# revision and revision date), a running header, a "Page n of m" footer,
# numbered headings and footnotes: the ground operations manual (a
# turnaround timeline table that runs over a page break), the baggage and
# cargo rules (a table of special items, a numbered list) beside the
# superseded revision with other figures, and the ramp safety bulletin (no
# title page: a text box and a two-column section).
office ground-operations-manual pdf manuals/ground-operations-manual.pdf
pdfdate manuals/ground-operations-manual.pdf 20260302
settle manuals/ground-operations-manual.pdf 20260302
office baggage-and-cargo-rules pdf procedures/baggage-and-cargo-rules.pdf
pdfdate procedures/baggage-and-cargo-rules.pdf 20260112
settle procedures/baggage-and-cargo-rules.pdf 20260112
office baggage-and-cargo-rules-rev-b pdf archive/baggage-and-cargo-rules-rev-b.pdf
pdfdate archive/baggage-and-cargo-rules-rev-b.pdf 20250303
settle archive/baggage-and-cargo-rules-rev-b.pdf 20250303
office ramp-safety-bulletin-2026-03 pdf safety/ramp-safety-bulletin-2026-03.pdf
pdfdate safety/ramp-safety-bulletin-2026-03.pdf 20260309
settle safety/ramp-safety-bulletin-2026-03.pdf 20260309

# Word files made by LibreOffice, with a title page, a running header and
# footer, numbered headings and footnotes: the de-icing procedure (a text
# box, a numbered list, a table of holdover times), the ramp agent training
# handbook (a numbered list, a table of eighteen modules, a
# two-column section) and the shifts and allowances (a table of shifts, a
# bullet list of allowances).
office de-icing-procedure 'docx:MS Word 2007 XML' procedures/de-icing-procedure.docx
settle procedures/de-icing-procedure.docx 20251001
office ramp-agent-training 'docx:MS Word 2007 XML' training/ramp-agent-training.docx
settle training/ramp-agent-training.docx 20260105
office shifts-and-allowances 'docx:MS Word 2007 XML' people/shifts-and-allowances.docx
settle people/shifts-and-allowances.docx 20260216
