package corpus

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// frontMatter is the optional YAML header of a document:
//
//	---
//	title: US, China kick off talks on trade
//	source: DW
//	date: 2025-09-14
//	url: https://example.org/article
//	---
//
// "publisher" and "author" are accepted in place of "source"; the page's
// lead is taken from "intro", "description" or "summary" (leadOf); other
// keys are ignored.
type frontMatter struct {
	Title     string `yaml:"title"`
	Source    string `yaml:"source"`
	Publisher string `yaml:"publisher"`
	Author    string `yaml:"author"`
	Date      string `yaml:"date"`
	URL       string `yaml:"url"`
	// Lead is the page's lead sentence given by the first of the keys
	// leadKeys holding a plain value (leadOf).
	Lead string `yaml:"-"`
}

// leadKeys are the front matter keys whose value a site shows as the
// page's lead, under its title: GitHub Docs' "intro", Hugo's and
// Docusaurus' "description" and "summary". No line of the body says it.
var leadKeys = []string{"intro", "description", "summary"}

// leadOf returns the plain value of the first of leadKeys in the mapping
// m, "" when none holds one (a key holding a list or a mapping is
// passed over, not an error).
func leadOf(m *yaml.Node) string {
	for _, key := range leadKeys {
		for i := 0; i+1 < len(m.Content); i += 2 {
			if k, v := m.Content[i], m.Content[i+1]; k.Value == key && v.Kind == yaml.ScalarNode {
				if lead := normSpace(v.Value); lead != "" {
					return lead
				}
			}
		}
	}
	return ""
}

// publisher returns the first of source, publisher and author that is set.
func (fm frontMatter) publisher() string {
	return firstOf(normSpace(fm.Source), normSpace(fm.Publisher), normSpace(fm.Author))
}

// metadata returns the front matter's title, publisher, date and address.
func (fm frontMatter) metadata() metadata {
	return metadata{
		title:     metaValue{normSpace(fm.Title), FromFrontMatter},
		publisher: metaValue{fm.publisher(), FromFrontMatter},
		date:      metaValue{normSpace(fm.Date), FromFrontMatter},
		url:       metaValue{normSpace(fm.URL), FromFrontMatter},
	}
}

// maxFrontMatter bounds the YAML header: real ones hold a few lines, and
// the YAML decoder is slow on huge mappings.
const maxFrontMatter = 16 << 10

// splitFrontMatter separates YAML front matter from the text that follows
// it. Front matter starts on the first line with "---" and ends with a line
// "---" or "...". Text that does not start with "---" has none.
//
// Front matter that is broken never loses the file: the error, wrapping
// ErrFrontMatter, says what was wrong, and the text returned is still the
// body to read. Front matter never closed is no front matter (Jekyll
// copies such a file as it is), so the body is the whole text; closed
// front matter that is not YAML, or not a mapping of keys to values, is
// passed over and the body is what follows it; a key whose value has the
// wrong shape (a list for the title) is left empty and the other keys are
// kept.
func splitFrontMatter(text string) (frontMatter, string, error) {
	var fm frontMatter
	first, rest, ok := strings.Cut(text, "\n")
	if strings.TrimRight(first, " \t") != "---" {
		return fm, text, nil
	}
	if !ok {
		return fm, text, fmt.Errorf("%w: the opening --- is never closed", ErrFrontMatter)
	}
	var (
		header, body string
		found        bool
		off          int // where line starts in rest
	)
	for line := range strings.Lines(rest) {
		if l := strings.TrimRight(line, " \t\n"); l == "---" || l == "..." {
			header, body, found = rest[:off], rest[off+len(line):], true
			break
		}
		off += len(line)
	}
	if !found {
		return fm, text, fmt.Errorf("%w: the opening --- is never closed", ErrFrontMatter)
	}
	if strings.TrimSpace(header) == "" {
		return fm, body, nil
	}
	if len(header) > maxFrontMatter {
		return fm, body, fmt.Errorf("%w: longer than %d KB", ErrFrontMatter, maxFrontMatter>>10)
	}
	var node yaml.Node
	if err := yaml.Unmarshal([]byte(header), &node); err != nil {
		return fm, body, fmt.Errorf("%w: %s", ErrFrontMatter, yamlReason(err))
	}
	if len(node.Content) == 0 || node.Content[0].Kind != yaml.MappingNode {
		return fm, body, fmt.Errorf("%w: expected \"key: value\" lines", ErrFrontMatter)
	}
	lastValues(node.Content[0])
	fm.Lead = leadOf(node.Content[0])
	if err := node.Content[0].Decode(&fm); err != nil {
		// yaml.v3 decodes every key it can before it reports the
		// others (a *yaml.TypeError), so fm holds the good ones.
		return fm, body, fmt.Errorf("%w: %s", ErrFrontMatter, yamlReason(err))
	}
	return fm, body, nil
}

// lastValues keeps, of a key the mapping m repeats, only its last value,
// as Jekyll reads front matter (Ruby's YAML loader lets a later key
// overwrite an earlier one: cloud.gov's runbooks write "layout" twice),
// where yaml.v3 would refuse the mapping ("mapping key already
// defined") and the document would be lost for a key no site reads.
func lastValues(m *yaml.Node) {
	last := make(map[string]int, len(m.Content)/2)
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k := m.Content[i]; k.Kind == yaml.ScalarNode {
			last[k.Value] = i
		}
	}
	if len(last) == len(m.Content)/2 {
		return
	}
	kept := m.Content[:0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k := m.Content[i]; k.Kind != yaml.ScalarNode || last[k.Value] == i {
			kept = append(kept, k, m.Content[i+1])
		}
	}
	m.Content = kept
}

// yamlReason shortens a yaml.v3 error to its message, without the
// "yaml: " prefix.
func yamlReason(err error) string {
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "yaml: unmarshal errors:\n  ")
	msg = strings.TrimPrefix(msg, "yaml: ")
	return strings.ReplaceAll(msg, "\n ", ";")
}
