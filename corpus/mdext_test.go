package corpus

import (
	"slices"
	"testing"
)

// TestMarkdownMathAndAbbreviations checks that display math reads as code
// lines and an abbreviation's definition as the abbreviation and its
// meaning, each its own block, while inline "$$", "$$$", an unclosed "$$"
// and both in fenced code stay as written.
func TestMarkdownMathAndAbbreviations(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		kinds    []BlockKind
	}{
		{
			name:  "display math over lines",
			in:    "# M\n\nThe product is defined as:\n\n$$\na \\cdot b = c\n$$\n\nThe sum is next.\n",
			want:  []string{"M", "The product is defined as:", "a \\cdot b = c", "The sum is next."},
			kinds: []BlockKind{KindHeading, KindParagraph, KindCode, KindParagraph},
		},
		{
			name:  "display math on one line, inline math",
			in:    "# M\n\n$$ x = y^2 $$\n\nThis works $$\\int x dx$$ inline.\n",
			want:  []string{"M", "x = y^2", "This works $$\\int x dx$$ inline."},
			kinds: []BlockKind{KindHeading, KindCode, KindParagraph},
		},
		{
			name: "an opening with no close, and dollars",
			in:   "# M\n\n$$ is the shell's process number\n\nCosts $$$ a lot.\n",
			want: []string{"M", "$$ is the shell's process number", "Costs $$$ a lot."},
		},
		{
			name: "abbreviations after text",
			in:   "# A\n\nThe HTML specification is maintained by the W3C.\n\n*[HTML]: Hyper Text Markup Language\n*[W3C]:  World Wide Web Consortium\n",
			want: []string{"A", "The HTML specification is maintained by the W3C.", "HTML: Hyper Text Markup Language", "W3C: World Wide Web Consortium"},
		},
		{
			name: "abbreviations glued to text",
			in:   "# A\n\n*[W3C]: World Wide Web Consortium\nThe specification\nis maintained by the W3C.\n",
			want: []string{"A", "W3C: World Wide Web Consortium", "The specification is maintained by the W3C."},
		},
		{
			name: "in fenced code",
			in:   "# A\n\nWrite:\n\n```\n*[HTML]: Hyper Text\n$$\nx\n$$\n```\n",
			want: []string{"A", "Write:", "*[HTML]: Hyper Text", "x"}, // "$$" has no letters: a code line dropped
		},
	}
	for _, tt := range tests {
		blocks := pageBlocks(t, tt.in)
		if got := textsOf(blocks); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got blocks %q, want %q", tt.name, got, tt.want)
			continue
		}
		for i, k := range tt.kinds {
			if got := blocks[i].Kind; got != k {
				t.Errorf("%s: block %q: got kind %v, want %v", tt.name, blocks[i].Text, got, k)
			}
		}
	}
}

// TestMarkdownAttributeLists checks that Python-Markdown's attribute lists
// are dropped at a heading's end, on a block's last line and after an
// inline element, while a placeholder in braces, a list in code and one
// after a blank line stay as written.
func TestMarkdownAttributeLists(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{
			name: "heading ends",
			in:   "# Upgrade\n\n## Changes to files { data-search-exclude }\n\nThe templates changed.\n\n### With pip { #with-pip data-toc-label=\"with pip\" }\n\nRun it.\n",
			want: []string{"Upgrade", "Changes to files", "The templates changed.", "With pip", "Run it."},
		},
		{
			name: "a block's last line",
			in:   "# A\n\n## Contents\n{: .no_toc }\n\nThe code is annotated.\n{ .annotate }\n\n- one item\n{: #first }\n",
			want: []string{"A", "Contents", "The code is annotated.", "one item"},
		},
		{
			name: "after inline elements",
			in:   "# A\n\n[Get started](start.md){ .md-button } now, or read *the guide*{: #guide } and `mkdocs.yml`{ data-x=1 }.\n",
			want: []string{"A", "Get started now, or read the guide and mkdocs.yml."},
		},
		{
			name: "placeholders, TeX and code kept",
			in:   "# A\n\nSwitch to {title} and { url } in the template.\n\n$\\sum_{i=1}^{n}$ sums the queries.\n\n{: .alone }\n\n```\nfunction f(){ a=1 }\n## x { .y }\n```\n",
			want: []string{"A", "Switch to {title} and { url } in the template.", "$\\sum_{i=1}^{n}$ sums the queries.", "{: .alone }", "function f(){ a=1 }", "## x { .y }"},
		},
	}
	for _, tt := range tests {
		blocks := pageBlocks(t, tt.in)
		if got := textsOf(blocks); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got blocks %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestMarkdownIcons checks that Material for MkDocs' icon shortcodes are
// dropped and the text beside them kept, a line of icons leaving nothing,
// while GitHub's emoji, an unknown set and code stay as written.
func TestMarkdownIcons(t *testing.T) {
	in := "# Upgrade\n\n:octicons-file-code-16: The base.html template changed.\n\n" +
		":fontawesome-brands-youtube:{ style=\"color: #EE0F0F\" } How to set up, by Ann – :octicons-clock-24: 27m – a guide.\n\n" +
		"- :material-check: Search works offline\n- :material-close:\n\n:simple-python: :fontawesome-solid-gear:\n\n" +
		"Ship it :rocket: with :custom-logo: now.\n\n```\necho :material-check:\n```\n"
	want := []string{"Upgrade", "The base.html template changed.", "How to set up, by Ann – 27m – a guide.", "Search works offline",
		"Ship it 🚀 with :custom-logo: now.", "echo :material-check:"}
	blocks := pageBlocks(t, in)
	if got := textsOf(blocks); !slices.Equal(got, want) {
		t.Errorf("got blocks %q, want %q", got, want)
	}
}

// TestMarkdownAnnotationMarkers checks that a code annotation's marker is
// dropped from code a numbered list follows, the list kept after the
// code, while a marker in code no list follows stays.
func TestMarkdownAnnotationMarkers(t *testing.T) {
	in := "# Install\n\nPin the version:\n\n```sh\npip install widget==\"9.*\" # (1)!\nwidget serve // (2)\n```\n\n" +
		"1.  Widget uses semantic versioning.\n2.  The server reloads on change.\n\nA plain block:\n\n```sh\nls # (1)\n```\n\nThe list is printed in columns.\n"
	want := []string{"Install", "Pin the version:", "pip install widget==\"9.*\"", "widget serve",
		"Widget uses semantic versioning.", "The server reloads on change.", "A plain block:", "ls # (1)", "The list is printed in columns."}
	blocks := pageBlocks(t, in)
	if got := textsOf(blocks); !slices.Equal(got, want) {
		t.Errorf("got blocks %q, want %q", got, want)
	}
}
