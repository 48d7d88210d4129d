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
//     shows "{{ page.url }}"): they go, the text between them stays, and
//     a line that is only such a tag goes with its line end;
//   - a line that is only another tag (Hugo's shortcode "{{< note >}}",
//     GitBook's and Jekyll's "{% hint style=\"info\" %}") stands for a
//     piece of the site, so it is left out as a blank line, outside fenced
//     code (admonitionsOnce);
//   - a placeholder that opens a link's address ("[Ruby Gem]({{
//     '/docs/ruby-101/' | relative_url }})", "[#9762]({{ site.repository
//     }}/issues/9762)", a reference's "[docs]: {{ site.url }}/docs") loses
//     its spaces, which CommonMark allows in no address: the link reads as
//     its text, as the site shows it, not as its brackets and template;
//   - a line of nothing but placeholders ("{{ setting.name }} {{
//     setting.description }}", a table row a loop fills) has no words of
//     the file's own and is dropped (templateOnly, in clean).
//
// The first two are one test, templateTagLine, and the third is the same
// test of a block's text once the file is read, with placeholders too.
var (
	// templateTag matches a line that is only a template's tag: a Hugo
	// shortcode ("{{< note >}}", "{{% /tip %}}") or a Liquid or Jinja
	// tag ("{% hint style=\"info\" %}", "{% endhint %}").
	templateTag = regexp.MustCompile(`^[ \t]*(?:\{\{[<%].*[%>]\}\}|\{%.*%\})[ \t]*$`)
	// liquidRaw matches a raw or endraw tag.
	liquidRaw = regexp.MustCompile(`\{%-?[ \t]*(?:end)?raw[ \t]*-?%\}`)
	// liquidAddress matches a placeholder or tag that opens a link's
	// address, after "](" or a link reference definition's label.
	liquidAddress = regexp.MustCompile(`(?m)(?:\]\(|^ {0,3}\[[^\]\n]+\]:[ \t]*)(?:\{\{[^\n}]*\}\}|\{%[^\n%]*%\})`)
	// liquidPlaceholder matches one placeholder or tag within a line.
	liquidPlaceholder = regexp.MustCompile(`\{\{[^\n}]*\}\}|\{%[^\n%]*%\}`)
)

// templateTagLine reports whether the line s (without its line end) is
// only a template's tag, and whether that tag is a raw or endraw tag.
func templateTagLine(s string) (tag, raw bool) {
	if !templateTag.MatchString(s) {
		return false, false
	}
	t := strings.TrimSpace(s)
	return true, liquidRaw.FindString(t) == t
}

// liquid rewrites a Markdown file's template syntax as the comment above
// says, before it is parsed: its raw tags; the other tag lines are
// admonitionsOnce's.
func liquid(src string) string {
	if !strings.Contains(src, "{{") && !strings.Contains(src, "{%") {
		return src
	}
	if strings.Contains(src, "raw") {
		var b strings.Builder
		b.Grow(len(src))
		for line := range strings.Lines(src) {
			if body, ok := strings.CutSuffix(line, "\n"); ok {
				if _, raw := templateTagLine(body); raw {
					continue
				}
			}
			b.WriteString(line)
		}
		src = liquidRaw.ReplaceAllString(b.String(), "")
	}
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
