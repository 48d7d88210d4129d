# Functions the make.sh scripts of the question sets (formats/make/,
# office15/make/, office16/make/, oss18/make/, wiki9/make/) source to make their PDF and Word files; each
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
