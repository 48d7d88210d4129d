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
# out, work, and office and pdfdate
. "$here/../../makelib.sh"

office member-handbook 'docx:MS Word 2007 XML' policies/member-handbook.docx
office onboarding-guide 'docx:MS Word 2007 XML' onboarding-guide.docx
office rider-safety-policy pdf policies/rider-safety-policy.pdf
office 2026-03-09-general-meeting pdf meetings/2026-03-09-general-meeting.pdf

pdfdate policies/rider-safety-policy.pdf 20260126
pdfdate meetings/2026-03-09-general-meeting.pdf 20260309
