// Package corpus reads the documents qabot answers from: the default corpus
// embedded in the binary, or a folder of .txt, .md, .html, .pdf and .docx
// files.
//
// Each file becomes one Document. Its Path (relative to the corpus root,
// slash-separated) is its identity; Title, Publisher and Date come from YAML
// front matter, HTML meta tags or the PDF or Word properties when present
// and otherwise from the document itself, and Document.From says which.
// Body holds the text with page chrome (navigation, sign-in prompts, "also
// read" links, image credits, lone words, a PDF's running headers and page
// numbers) removed, one block (paragraph, heading, list item or table row)
// per line; Blocks say what each line is and the section (the path of
// headings) and page it is in; Dropped lists what was left out and why.
//
// # Reading a file
//
// Parse runs the same stages for every format:
//
//  1. decode (decode.go): UTF-8 byte order marks are dropped, UTF-16 is
//     converted, NUL bytes mean binary (ErrBinary), invalid UTF-8 becomes
//     U+FFFD, line endings become "\n".
//  2. front matter (frontmatter.go): a leading "---" … "---" block of YAML
//     gives title, source (or publisher, author), date and url. Broken
//     front matter is passed over with a warning (Document.Warnings,
//     ErrFrontMatter's message) and the body read all the same.
//  3. blocks, by format: text.go (a line is a block; wrapped lines are
//     joined; list markers dropped), markdown.go (github.com/yuin/goldmark
//     with the GitHub extensions, inline syntax reduced to text), html.go
//     (golang.org/x/net/html; the article, main or body, without scripts,
//     navigation, header, footer, asides (but of footnotes), forms, hidden
//     elements and furniture; meta tags read; an FAQ's <summary>, <dt> or accordion
//     button heads its answer until the answer ends; htmlframe.go lifts
//     the text frames LibreOffice writes inside paragraphs out of them),
//     pdf.go and pdflayout.go (the text layer, laid out in reading order)
//     and docx.go (paragraphs, headings, lists and tables of a Word file). PDF and Word files skip steps 1 and 2
//     and are read within limits of time and unpacked size (limits.go).
//     The cells of merged table cells are filled by one rule for every
//     format (table.go).
//  4. clean (parse.go): the title line (the one that reads as the title
//     of the front matter or properties, when one does above the first
//     sentence), the byline and date lines below it
//     and the dateline of the first paragraph are read; then page chrome is
//     dropped by its shape (chrome.go) and by its place (before the title,
//     after the last sentence, a label no paragraph follows).
//  5. structure (parse.go): each block gets its section, the path of the
//     headings above it ("Pricing › Plans"), and each dropped line its
//     place and reason.
//
// Metadata precedence is front matter, then HTML meta tags or PDF and Word
// properties, then the text; but for the date, the text under the title
// comes before the tags and properties, whose date is often only when the
// file was made. A name next to a date under the title is a
// byline only when it is not the label of a section (a label repeats, or a
// list follows it: the "NEW" and "FIXED" of release notes).
//
// # Loading a folder
//
// Load and LoadFS walk a folder and read its files several at a time,
// returning the documents in path order. Scan lists the files with their
// sizes and modification times without reading them, and ReadFiles reads
// a listing, reusing the documents of unchanged files when asked to: a
// caller can tell whether a folder changed, and read only what did. A
// file that cannot be read
// or parsed is reported as a *FileError (path and reason) and skipped; the
// others still load. Names starting with "." are ignored, files above
// MaxFileSize are skipped unread, symbolic links are followed only to files
// inside the folder, and linked folders are not entered.
//
// The functions keep no state: they are safe for concurrent use. The package
// knows nothing about questions or chat.
package corpus
