#!/usr/bin/env bash
# Makes the Word file of qa/testdata/parks30/corpus from its source in this
# folder. The made file is committed: tests and CI never run this script.
# The Markdown, HTML and text files of the corpus are written by hand; the
# .fodt source was written by a small throwaway script, and is the source.
#
# Needs Debian's libreoffice-writer-nogui:
#   apt-get install libreoffice-writer-nogui
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# out, work, and office, pdfdate, latex and settle
. "$here/../../makelib.sh"

# A Word file made by LibreOffice, with a title, author and date in its
# properties, a running header and a "Page n of m" footer: the new starter
# guide (a subtitle, Heading 1 sections, a bullet list of what to bring,
# a table of the training courses of the first three months).
office new-starter-guide 'docx:MS Word 2007 XML' training/new-starter-guide.docx
settle training/new-starter-guide.docx 20260212
