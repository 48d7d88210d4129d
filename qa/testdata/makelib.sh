# Functions the make.sh scripts of the question sets (formats/make/,
# office15/make/, wiki9/make/) source to make their PDF and Word files; each
# script sets here (its folder) first, and this sets out (the corpus
# folder beside it) and work (a scratch folder, removed on exit). Needs
# LibreOffice (Debian's libreoffice-writer-nogui) and perl, and for latex
# Debian's texlive-latex-base and texlive-latex-recommended; qpdf, when
# installed, checks the PDFs after their dates are set.
out="$here/../corpus"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# office NAME FORMAT DEST converts $here/NAME.fodt, a LibreOffice document
# with a title, author and date in its properties, to FORMAT ("pdf", or
# "docx:MS Word 2007 XML") as $out/DEST.
office() {
	cp "$here/$1.fodt" "$work/"
	(cd "$work" && soffice --headless -env:UserInstallation="file://$work/profile" --convert-to "$2" "$1.fodt" >/dev/null 2>&1)
	mkdir -p "$(dirname "$out/$3")"
	cp "$work/$1.${2%%:*}" "$out/$3"
}

# pdfdate DEST YYYYMMDD gives the PDF $out/DEST the date of its document:
# LibreOffice stamps its PDFs with the time of the conversion (the new
# date has the same length, so the offsets hold).
pdfdate() {
	perl -0777 -pi -e "s{/CreationDate\(D:\d{8}}{/CreationDate(D:$2}g" "$out/$1"
	if command -v qpdf >/dev/null; then qpdf --check "$out/$1" >/dev/null; fi
}

# latex NAME DATE DEST makes $here/NAME.tex into the PDF $out/DEST. It runs
# pdflatex twice, so that references are resolved, with the document's
# DATE (YYYY-MM-DD) as the PDF's creation date, not the day the script ran.
latex() {
	cp "$here/$1.tex" "$work/"
	export SOURCE_DATE_EPOCH FORCE_SOURCE_DATE=1
	SOURCE_DATE_EPOCH=$(date -u -d "$2 09:00" +%s)
	(cd "$work" && pdflatex -interaction=batchmode "$1.tex" >/dev/null && pdflatex -interaction=batchmode "$1.tex" >/dev/null)
	mkdir -p "$(dirname "$out/$3")"
	cp "$work/$1.pdf" "$out/$3"
}
