#!/usr/bin/env bash
# Makes the PDF and Word files of corpus/testdata/wiki from their sources
# in this folder, and the encrypted PDF of corpus/testdata/bad. The made
# files are committed: tests and CI never run this script.
#
# Needs Debian's texlive-latex-base, texlive-fonts-recommended,
# libreoffice-writer-nogui and qpdf:
#   apt-get install texlive-latex-base texlive-fonts-recommended libreoffice-writer-nogui qpdf
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
wiki="$here/../wiki"
bad="$here/../bad"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

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

# The handbook again, locked with a user password.
qpdf --encrypt secret owner 128 --use-aes=y -- "$here/../pdf/travel-handbook.pdf" "$bad/encrypted.pdf"
