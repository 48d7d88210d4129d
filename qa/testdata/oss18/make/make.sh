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
# out, work, and office, pdfdate and latex
. "$here/../../makelib.sh"

# LaTeX: the maintainers' release process, with numbered sections, a
# booktabs table of the coming releases and fancyhdr running headers.
latex release-process 2026-01-12 docs/release-process.pdf

# settle DEST YYYYMMDD makes a file LibreOffice wrote the same bytes
# whenever the script runs (as in office16/make/make.sh): a PDF gets its
# date at 09:00:00 and an /ID made from its name; a Word file is zipped
# again, its entries dated the document's day.
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
