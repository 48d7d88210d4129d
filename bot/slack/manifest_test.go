package slack

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/qabot/qabot/bot"
)

// TestManifest checks the app manifest in the repository's root against
// what the front needs: the events and scopes it reads, and a usage hint
// that fits any corpus rather than naming the demo one.
func TestManifest(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "slack-app-manifest.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Features struct {
			SlashCommands []struct {
				Command   string `yaml:"command"`
				UsageHint string `yaml:"usage_hint"`
			} `yaml:"slash_commands"`
		} `yaml:"features"`
		OAuth struct {
			Scopes struct {
				Bot []string `yaml:"bot"`
			} `yaml:"scopes"`
		} `yaml:"oauth_config"`
		Settings struct {
			Events struct {
				Bot []string `yaml:"bot_events"`
			} `yaml:"event_subscriptions"`
		} `yaml:"settings"`
	}
	if err := yaml.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != "/ask" {
		t.Fatalf("got slash commands %+v, want /ask", m.Features.SlashCommands)
	}
	hint := strings.ToLower(m.Features.SlashCommands[0].UsageHint)
	for _, word := range strings.Fields(strings.Trim(strings.ToLower(bot.DefaultExample), "?")) {
		if len(word) > 4 && strings.Contains(hint, word) {
			t.Errorf("usage_hint %q names %q from the demo question; want a hint that fits any documents", hint, word)
		}
	}
	if hint == "" {
		t.Error("usage_hint is empty; want a hint")
	}
	for _, scope := range []string{"app_mentions:read", "chat:write", "commands", "im:history"} {
		if !slices.Contains(m.OAuth.Scopes.Bot, scope) {
			t.Errorf("scopes %v: want %s", m.OAuth.Scopes.Bot, scope)
		}
	}
	for _, ev := range []string{"app_mention", "message.im"} {
		if !slices.Contains(m.Settings.Events.Bot, ev) {
			t.Errorf("bot events %v: want %s", m.Settings.Events.Bot, ev)
		}
	}
}
