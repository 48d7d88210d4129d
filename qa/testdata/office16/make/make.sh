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
# out, work, and office, pdfdate and latex
. "$here/../../makelib.sh"

# LaTeX: a rate card of booktabs tables with running headers (fancyhdr),
# the older rate card it replaced, and a review with a \maketitle title,
# numbered sections, a description list and a footnote.
latex pallet-rates-2026 2026-02-23 rates/pallet-rate-card-2026.pdf
latex pallet-rates-2025 2025-02-24 archive/pallet-rate-card-2025.pdf
latex annual-review-2025 2026-02-20 reports/annual-review-2025.pdf

# settle DEST YYYYMMDD makes a file LibreOffice wrote the same bytes
# whenever the script runs: a PDF gets its date at 09:00:00 (pdfdate sets
# only the day) and an /ID made from its name, in place of the time of
# the conversion and a random one, and a /DocChecksum to match (same
# lengths, so the offsets hold); a Word file is zipped again, its entries
# in their order, dated the document's day instead of the day the script
# ran.
settle() {
	case "$1" in
	*.pdf)
		local id
		id=$(printf '%s' "$1" | md5sum | cut -c1-32 | tr a-f A-F)
		perl -0777 -pi -e "s{/CreationDate\(D:$2\d{6}}{/CreationDate(D:${2}090000}g; s{/ID \[ <[0-9A-F]{32}>(\s)<[0-9A-F]{32}> \]}{/ID [ <$id>\$1<$id> ]}g; s{/DocChecksum /[0-9A-F]{32}}{/DocChecksum /$id}g" "$out/$1"
		if command -v qpdf >/dev/null; then qpdf --check "$out/$1" >/dev/null; fi
		;;
	*.docx)
		python3 - "$out/$1" "$2" <<'PY'
import sys, zipfile
path, day = sys.argv[1], sys.argv[2]
when = (int(day[:4]), int(day[4:6]), int(day[6:8]), 9, 0, 0)
with zipfile.ZipFile(path) as z:
    entries = [(i, z.read(i)) for i in z.infolist()]
with zipfile.ZipFile(path, "w") as z:
    for i, data in entries:
        info = zipfile.ZipInfo(i.filename, when)
        info.compress_type = i.compress_type
        info.external_attr = i.external_attr
        z.writestr(info, data)
PY
		;;
	esac
}

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
