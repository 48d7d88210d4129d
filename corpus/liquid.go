package corpus

import (
	"regexp"
	"strings"
	"unicode"
)

// Jekyll and other static site generators run a Markdown file through a
// template language (Liquid, Jinja) before Markdown: "{{ site.url }}"
// stands for a value and "{% include note.html %}" for a piece of the
// site, neither of which the file holds. The reader cannot run them, so
// it reads around them:
//
//   - "{% raw %}" and "{% endraw %}" only keep the template from reading
//     what stands between them ("{% raw %}{{ page.url }}{% endraw %}"
//     shows "{{ page.url }}"): they go, the text between them stays;
//   - a placeholder that opens a link's address ("[Ruby Gem]({{
//     '/docs/ruby-101/' | relative_url }})", "[#9762]({{ site.repository
//     }}/issues/9762)", a reference's "[docs]: {{ site.url }}/docs") loses
//     its spaces, which CommonMark allows in no address: the link reads as
//     its text, as the site shows it, not as its brackets and template;
//   - a line of nothing but placeholders ("{{ setting.name }} {{
//     setting.description }}", a table row a loop fills) has no words of
//     the file's own and is dropped (templateOnly, in clean).
var (
	// liquidRawLine matches a line that is only a raw or endraw tag, with
	// its line end; liquidRaw matches one inside a line.
	liquidRawLine = regexp.MustCompile(`(?m)^[ \t]*\{%-?[ \t]*(?:end)?raw[ \t]*-?%\}[ \t]*\n`)
	liquidRaw     = regexp.MustCompile(`\{%-?[ \t]*(?:end)?raw[ \t]*-?%\}`)
	// liquidAddress matches a placeholder or tag that opens a link's
	// address, after "](" or a link reference definition's label.
	liquidAddress = regexp.MustCompile(`(?m)(?:\]\(|^ {0,3}\[[^\]\n]+\]:[ \t]*)(?:\{\{[^\n}]*\}\}|\{%[^\n%]*%\})`)
	// liquidPlaceholder matches one placeholder or tag within a line.
	liquidPlaceholder = regexp.MustCompile(`\{\{[^\n}]*\}\}|\{%[^\n%]*%\}`)
)

// liquid rewrites a Markdown file's template syntax as the comment above
// says, before it is parsed.
func liquid(src string) string {
	if !strings.Contains(src, "{{") && !strings.Contains(src, "{%") {
		return src
	}
	src = liquidRawLine.ReplaceAllString(src, "")
	src = liquidRaw.ReplaceAllString(src, "")
	return liquidAddress.ReplaceAllStringFunc(src, func(m string) string {
		return addressSpaces.Replace(m)
	})
}

// addressSpaces deletes the spaces of a placeholder in a link's address.
var addressSpaces = strings.NewReplacer(" ", "", "\t", "")

// templateOnly reports whether the line s is nothing but template
// placeholders and tags, with spaces and signs between them: no letter or
// digit stands outside one.
func templateOnly(s string) bool {
	if !strings.Contains(s, "{{") && !strings.Contains(s, "{%") {
		return false
	}
	rest := liquidPlaceholder.ReplaceAllString(s, "")
	return rest != s && strings.IndexFunc(rest, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
}
