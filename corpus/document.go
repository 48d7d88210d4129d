package corpus

// Document is one file of the corpus, read and cleaned.
type Document struct {
	// Path is the file's path relative to the corpus root, with forward
	// slashes. It is the document's identity.
	Path string
	// Format is how the file was written: text, Markdown, HTML, PDF or
	// Word.
	Format Format
	// Title is the document's title, or "" when none was found.
	Title string
	// Publisher names who published the document, or "" when unknown.
	Publisher string
	// Date is the publication date as written in the document, or "".
	Date string
	// URL is the document's address when front matter gives one.
	URL string
	// From says where Title, Publisher and Date were read.
	From Origins
	// Pages is the number of pages of a paged format (PDF), 0 otherwise.
	Pages int
	// Body is the cleaned text: one block (paragraph, heading or list item)
	// per line, page chrome dropped.
	Body string
	// Blocks are the lines of Body with what the format says of them: their
	// kind, the section and page they are in, a table row's header. A
	// reader that knows nothing of structure may leave Blocks nil; then
	// each line of Body is a paragraph.
	Blocks []Block
	// CodeWords are the one-word code spans of a Markdown file ("man",
	// "stdout") and the one-word <code> elements of an HTML page or of a
	// Markdown file's HTML, each once: names the text writes as code,
	// which may open a sentence in lower case. Nil for other formats.
	CodeWords []string
	// Dropped are the lines of the file left out of Body, in order: page
	// chrome, and the byline and date lines read as metadata.
	Dropped []Dropped
	// Warnings say what was wrong in a file that was read all the same,
	// one sentence each: front matter not closed, not YAML or not
	// "key: value" lines (ErrFrontMatter's message), whose body was read
	// without it. Nil when nothing was.
	Warnings []string
}

// Format names a document's file format.
type Format string

// The formats the loader reads.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
	FormatPDF      Format = "pdf"
	FormatDOCX     Format = "docx"
)

// Origin says where a piece of metadata was read.
type Origin string

// The places metadata comes from, in order of precedence.
const (
	FromFrontMatter Origin = "front matter"
	FromHTMLMeta    Origin = "HTML meta"
	FromPDFInfo     Origin = "PDF properties"
	FromWordProps   Origin = "Word properties"
	FromText        Origin = "text"
)

// Origins says where a document's title, publisher and date came from; an
// empty Origin goes with an empty value.
type Origins struct {
	Title, Publisher, Date Origin
}

// Dropped is a line of a file that is not in the document's Body.
type Dropped struct {
	// Text is the line, its white space normalised.
	Text string
	// Why says why it was left out: "page chrome", "running header",
	// "page number", "byline" and so on.
	Why string
	// Before is the index in Blocks of the first kept block after the
	// line (len(Blocks) after the last one).
	Before int
	// Page is the page the line was on, for paged formats.
	Page int
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
	// Caption is a table row's caption: the words of the line that titles
	// its table ("Key figures for 2025." of "Table 1: Key figures for
	// 2025.", an HTML <caption>), "" when the table has none and for
	// other blocks. The caption's line stays a block of its own.
	Caption string
	// Parent is a nested list item's parent item: the text of the item
	// whose sub-list holds it ("Hybrid search: exact + semantic" over
	// "Supports RRF and RSF"), which names what the item is about; "" for
	// other blocks.
	Parent string
	// Asks marks a heading that is a FAQ's question though it is not
	// written as one (zlib's numbered "I found a bug in zlib." over its
	// answer; faqQuestions): like a heading that ends with a question
	// mark, it states no answer.
	Asks bool
}
