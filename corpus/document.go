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
	// Blocks are the lines of Body with what the format says of them: their
	// kind, the section and page they are in, a table row's header. A
	// reader that knows nothing of structure may leave Blocks nil; then
	// each line of Body is a paragraph.
	Blocks []Block
}

// Block is one block of a document: a paragraph, heading, list item, code
// line or table row, its white space normalised.
type Block struct {
	// Text is the block's text, as it stands on its line of Body. A table
	// row's cells are joined with "; ".
	Text string
	Kind BlockKind
	// Section is the path of the headings above the block, outermost
	// first, joined with " › " ("Pricing › Plans"); "" above the first
	// heading. A heading's own section includes itself.
	Section string
	// Page is the 1-based page a block of a paged format (PDF) starts on,
	// 0 for formats without pages.
	Page int
	// Cells are a table row's cells and Header the cells of its table's
	// header row, when the table has one; both nil for other blocks.
	Cells, Header []string
}
