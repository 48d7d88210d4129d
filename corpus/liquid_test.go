package corpus

import (
	"slices"
	"testing"
)

// TestMarkdownLiquid checks that a Jekyll page's template syntax is read
// around: a link whose address opens with a placeholder reads as its
// text, raw tags go and leave what they hold, a row or line of nothing
// but placeholders is left out, and a placeholder inside a sentence, or
// in code, stays.
func TestMarkdownLiquid(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{
			name: "a link to a placeholder's address",
			in:   "# Install\n\nJekyll is a [Ruby Gem]({{ '/docs/ruby-101/#gems' | relative_url }}) that installs anywhere.\n",
			want: []string{"Install", "Jekyll is a Ruby Gem that installs anywhere."},
		},
		{
			name: "an issue's link and a tag's",
			in:   "# History\n\n- Fix the loader ([#9762]({{ site.repository }}/issues/9762))\n- The [guide]({% link _docs/guide.md %}) tells more\n",
			want: []string{"History", "Fix the loader (#9762)", "The guide tells more"},
		},
		{
			name: "a reference definition's address",
			in:   "# Docs\n\nRead [the docs][d] first.\n\n[d]: {{ site.url }}/docs\n",
			want: []string{"Docs", "Read the docs first."},
		},
		{
			name: "raw tags",
			in:   "# Notes\n\nPosts know their address, e.g. {% raw %}{{ page.url }}{% endraw %} in a layout.\n",
			want: []string{"Notes", "Posts know their address, e.g. {{ page.url }} in a layout."},
		},
		{
			name: "a row of placeholders",
			in:   "# Options\n\n| Setting | Flag |\n| --- | --- |\n| {{ setting.name }} | {{ setting.flag }} |\n\nRuby version {{ site.min_version }} or higher.\n",
			want: []string{"Options", "Setting; Flag", "Ruby version {{ site.min_version }} or higher."},
		},
		{
			name: "a placeholder in code",
			in:   "# Layout\n\nWrite this:\n\n```\n{{ page.title }}\n```\n",
			want: []string{"Layout", "Write this:", "{{ page.title }}"},
		},
	}
	for _, tt := range tests {
		blocks := pageBlocks(t, tt.in)
		if got := textsOf(blocks); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got blocks %q, want %q", tt.name, got, tt.want)
		}
	}
}
