#!/usr/bin/env bash
# Makes the PDF and Word files of corpus/testdata/wiki from their sources
# in this folder, and the encrypted PDF of corpus/testdata/bad. The made
# files are committed: tests and CI never run this script.
#
# Needs Debian's texlive-latex-base, texlive-latex-recommended (url),
# texlive-fonts-recommended, libreoffice-writer-nogui and qpdf:
#   apt-get install texlive-latex-base texlive-latex-recommended texlive-fonts-recommended libreoffice-writer-nogui qpdf
# and, for the wkhtmltopdf page, pandoc and wkhtmltopdf.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
wiki="$here/../wiki"
bad="$here/../bad"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# office NAME DATE: NAME.fodt made a Word file (in ../docx) and a PDF (in
# ../pdf) by LibreOffice, which stamps the PDF with the time of the
# conversion; the PDF gets the date DATE (YYYYMMDD) instead (same length,
# so the offsets hold).
office() {
	mkdir -p "$here/../docx"
	cp "$here/$1.fodt" "$work/"
	(cd "$work" && libreoffice --headless --convert-to 'docx:MS Word 2007 XML' "$1.fodt" >/dev/null 2>&1)
	(cd "$work" && libreoffice --headless --convert-to pdf "$1.fodt" >/dev/null 2>&1)
	cp "$work/$1.docx" "$here/../docx/"
	cp "$work/$1.pdf" "$here/../pdf/"
	perl -0777 -pi -e "s{/CreationDate\\(D:\\d{8}}{/CreationDate(D:$2}g" "$here/../pdf/$1.pdf"
}

# A two-column paper set by LaTeX: ligatures, hyphenation, running heads.
cp "$here/caching-paper.tex" "$work/"
(cd "$work" && pdflatex -interaction=batchmode caching-paper.tex >/dev/null)
cp "$work/caching-paper.pdf" "$wiki/"

# A handbook written in LibreOffice: headings, a list, a table, document
# properties, a running header and page numbers; as Word (for the wiki)
# and as PDF (for the PDF tests, in ../pdf: one copy of a document a corpus).
cp "$here/travel-handbook.fodt" "$work/"
(cd "$work" && libreoffice --headless --convert-to 'docx:MS Word 2007 XML' travel-handbook.fodt >/dev/null 2>&1)
(cd "$work" && libreoffice --headless --convert-to pdf travel-handbook.fodt >/dev/null 2>&1)
cp "$work/travel-handbook.docx" "$wiki/"
cp "$work/travel-handbook.pdf" "$here/../pdf/"

# Two probes of what real documents hold, as PDF (in ../pdf). A LaTeX
# article: a table of contents (run twice to fill it), footnotes, a list,
# a URL, an equation, identifiers with underscores, a ruled table with a
# header, a key/value table without one and a table whose first column
# wraps.
export SOURCE_DATE_EPOCH FORCE_SOURCE_DATE=1
SOURCE_DATE_EPOCH=$(date -u -d "2025-09-01 09:00" +%s)
cp "$here/buoy-network.tex" "$work/"
(cd "$work" && pdflatex -interaction=batchmode buoy-network.tex >/dev/null && pdflatex -interaction=batchmode buoy-network.tex >/dev/null)
cp "$work/buoy-network.pdf" "$here/../pdf/"
# A notice set in LaTeX's T1 encoding without scalable fonts for it
# (build it where Debian's cm-super is not installed): pdfTeX writes
# bitmap fonts, as Type 3 fonts whose glyphs are named by their codes
# only (ligatures, dashes, quotes and £ at T1's codes).
cp "$here/bitmap-notice.tex" "$work/"
(cd "$work" && pdflatex -interaction=batchmode bitmap-notice.tex >/dev/null)
cp "$work/bitmap-notice.pdf" "$here/../pdf/"
# A LibreOffice guide: a running header, "Page n of m" footers, a bulleted
# and a numbered list, tables with a bold header row (one whose row is cut
# by a page break), a caption.
cp "$here/field-station.fodt" "$work/"
(cd "$work" && libreoffice --headless --convert-to pdf field-station.fodt >/dev/null 2>&1)
cp "$work/field-station.pdf" "$here/../pdf/"
# LibreOffice stamps the PDF with the time of the conversion; give it the
# date of the document instead (same length, so the offsets hold).
perl -0777 -pi -e 's{/CreationDate\(D:\d{8}}{/CreationDate(D:20250314}g' "$here/../pdf/field-station.pdf"
qpdf --check "$here/../pdf/field-station.pdf" >/dev/null

# A LibreOffice policy with what real office files hold: a contents
# page with dot leaders and page numbers, numbered headings ("2.1 Scope"),
# a text box beside a paragraph, footnotes and an endnote, a bulleted list
# and a table with a bold two-row header and merged cells; as a Word file
# (in ../docx) and as PDF.
office loan-policy 20260202

# The policy saved as HTML by LibreOffice (in ../html; its picture of the
# text box is not kept): contents, running header and footer, footnote
# and endnote anchors as LibreOffice writes them.
mkdir -p "$here/../html"
(cd "$work" && libreoffice --headless --convert-to html loan-policy.fodt >/dev/null 2>&1)
cp "$work/loan-policy.html" "$here/../html/"

# A LibreOffice newsletter whose middle is set in two justified columns
# that end on the second page in a few lines (in ../pdf).
cp "$here/harbour-newsletter.fodt" "$work/"
(cd "$work" && libreoffice --headless --convert-to pdf harbour-newsletter.fodt >/dev/null 2>&1)
cp "$work/harbour-newsletter.pdf" "$here/../pdf/"
perl -0777 -pi -e 's{/CreationDate\(D:\d{8}}{/CreationDate(D:20260302}g' "$here/../pdf/harbour-newsletter.pdf"

# A rules page written in Markdown, made HTML by pandoc (its footnotes
# end in "↩︎" links back to their marks, its table header is centred th
# cells) and printed to PDF by wkhtmltopdf. Needs pandoc and wkhtmltopdf.
pandoc -s "$here/permit-rules.md" -o "$work/permit-rules.html"
wkhtmltopdf -q --enable-local-file-access "$work/permit-rules.html" "$here/../pdf/permit-rules.pdf" 2>/dev/null
perl -0777 -pi -e 's{/CreationDate ?\(D:\d{8}}{/CreationDate (D:20260309}g' "$here/../pdf/permit-rules.pdf"

# Release notes written in Markdown, made a Word file by pandoc (in
# ../docx): its title, author and date paragraphs under the title (the
# date in the Date style), a table, a footnote. pandoc stamps the file's
# properties with the time of the conversion.
pandoc "$here/release-notes.md" -o "$here/../docx/release-notes.docx"

# A fee schedule written in LibreOffice whose date is printed under its
# title, as Word (in ../docx) and as PDF (in ../pdf), their properties
# dated two months before: the date under the title is the document's.
office fee-schedule 20250105

# A web page's FAQ kept in LibreOffice with its navigation, as Word (in
# ../docx) and as PDF (in ../pdf), with no title in its properties: a
# breadcrumb trail, "Table of contents" and "Previous | Next" above the
# title, "Back to top" under each answer.
office store-faq 20260210

# Depot rules written in LibreOffice whose headings are numbered by its
# outline numbering ("1.", then "1.1" followed by a space), with numbered
# lists ("1.", then "a)"), one of them going on in the next
# (text:continue-numbering), as Word (in ../docx): the numbers are in
# word/numbering.xml, not in the text.
cp "$here/depot-rules.fodt" "$work/"
(cd "$work" && libreoffice --headless --convert-to 'docx:MS Word 2007 XML' depot-rules.fodt >/dev/null 2>&1)
cp "$work/depot-rules.docx" "$here/../docx/"

# A notice with text frames saved as HTML by LibreOffice (in ../html): a
# frame anchored to a paragraph and one to a character mid-word, each
# written as a floating <span> inside the paragraph; a frame anchored as
# a character, which the page leaves out.
cp "$here/store-notice.fodt" "$work/"
(cd "$work" && libreoffice --headless --convert-to html store-notice.fodt >/dev/null 2>&1)
cp "$work/store-notice.html" "$here/../html/"

# The handbook again, locked with a user password.
qpdf --encrypt secret owner 128 --use-aes=y -- "$here/../pdf/travel-handbook.pdf" "$bad/encrypted.pdf"
