// Package corpus reads the documents qabot answers from: the default corpus
// embedded in the binary, or a folder of .txt, .md and .html files.
//
// Each file becomes one Document. Its Path (relative to the corpus root,
// slash-separated) is its identity; Title, Publisher and Date come from YAML
// front matter when present and otherwise from the document itself. Body
// holds the text with page chrome (navigation, sign-in prompts, "also read"
// links, image credits, lone words) removed, one block (paragraph, heading or
// list item) per line.
//
// The package knows nothing about questions or chat.
package corpus
