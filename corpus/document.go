package corpus

// Document is one file of the corpus, read and cleaned.
type Document struct {
	// Path is the file's path relative to the corpus root, with forward
	// slashes. It is the document's identity.
	Path string
	// Title is the document's title, or "" when none was found.
	Title string
	// Publisher names who published the document, or "" when unknown.
	Publisher string
	// Date is the publication date as written in the document, or "".
	Date string
	// URL is the document's address when front matter gives one.
	URL string
	// Body is the cleaned text: one block (paragraph, heading or list item)
	// per line, page chrome dropped.
	Body string
}
