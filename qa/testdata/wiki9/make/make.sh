#!/usr/bin/env bash
# Makes the PDF and Word files of qa/testdata/wiki9/corpus from their
# sources in this folder. The made files are committed: tests and CI never
# run this script. The Markdown and HTML files of the corpus are written by
# hand.
#
# Needs LibreOffice (Debian's libreoffice-writer-nogui) and perl:
#   apt-get install libreoffice-writer-nogui
# qpdf, when installed, checks the PDFs after their dates are set.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../corpus"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# LibreOffice: documents with a title, author and date in the document
# properties, a running header and "Page n of m" footers, headings, lists
# and tables; as Word files and as PDF.
office() { # office NAME FORMAT DEST
	cp "$here/$1.fodt" "$work/"
	(cd "$work" && soffice --headless -env:UserInstallation="file://$work/profile" --convert-to "$2" "$1.fodt" >/dev/null 2>&1)
	mkdir -p "$(dirname "$out/$3")"
	cp "$work/$1.${2%%:*}" "$out/$3"
}
office member-handbook 'docx:MS Word 2007 XML' policies/member-handbook.docx
office onboarding-guide 'docx:MS Word 2007 XML' onboarding-guide.docx
office rider-safety-policy pdf policies/rider-safety-policy.pdf
office 2026-03-09-general-meeting pdf meetings/2026-03-09-general-meeting.pdf

# LibreOffice stamps its PDFs with the time of the conversion; give them
# the date of the document instead (same length, so the offsets hold).
pdfdate() { # pdfdate DEST YYYYMMDD
	perl -0777 -pi -e "s{/CreationDate\(D:\d{8}}{/CreationDate(D:$2}g" "$out/$1"
	if command -v qpdf >/dev/null; then qpdf --check "$out/$1" >/dev/null; fi
}
pdfdate policies/rider-safety-policy.pdf 20260126
pdfdate meetings/2026-03-09-general-meeting.pdf 20260309
