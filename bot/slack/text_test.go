package slack

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

func TestQuestionText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<@UBOT> when is the deadline?", "  when is the deadline?"},
		{"<@UBOT|qabot> when?", "  when?"},
		{"hey <@UBOT>, who met in Madrid?", "hey  , who met in Madrid?"},
		{"did <@U123> say so?", "did @U123 say so?"},
		{"did <@U123|ann> say so?", "did @ann say so?"},
		{"is <!channel> or <!here> or <!everyone> told?", "is @channel or @here or @everyone told?"},
		{"ask <!subteam^S1|@devs> or <!subteam^S2>", "ask @devs or @group"},
		{"in <#C1|general> or <#C2>?", "in #general or #C2?"},
		{"see <https://example.com/a?b=1&amp;c=2|the page> or <https://x.org>", "see the page or https://x.org"},
		{"mail <mailto:a@b.org|a@b.org>", "mail a@b.org"},
		{"on <!date^1392734382^{date}|Feb 18, 2014>", "on Feb 18, 2014"},
		{"tariffs &lt; 10% &amp; &gt; 5%?", "tariffs < 10% & > 5%?"},
		{"an open < bracket", "an open < bracket"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := questionText(tt.in, "UBOT"); got != tt.want {
			t.Errorf("questionText(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"<!channel> & <@U1>", "&lt;!channel&gt; &amp; &lt;@U1&gt;"},
		{"hi @everyone and @Here, @channel!", "hi @\u2060everyone and @\u2060Here, @\u2060channel!"},
		{"mail me@example.com", "mail me@example.com"},
		{"@", "@"},
	}
	for _, tt := range tests {
		if got := escape(tt.in); got != tt.want {
			t.Errorf("escape(%q): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"abcdefghij", 8, "abcde…"},
		{"abc&amp;defg", 9, "abc…"},
		{"ééééé", 8, "éé…"},
	}
	for _, tt := range tests {
		if got := clip(tt.in, tt.n); got != tt.want {
			t.Errorf("clip(%q, %d): got %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

// FuzzQuestionText feeds arbitrary message text through the way in
// (mention stripping, markup reading) and the way out (escaping, clipping):
// nothing may panic, the bot's mention never survives, and the escaped
// result can never hold a live mention, broadcast or link.
func FuzzQuestionText(f *testing.F) {
	for _, s := range []string{
		"<@UBOT> when is the TikTok deadline?",
		"<!channel> <!here|here> <!everyone>",
		"<@U1|ann> <#C1|general> <!subteam^S1|@devs>",
		"<https://a.example|x> &amp;&lt;&gt; <<>>",
		"@everyone @here @channel",
		"\xff\xfe<@UBOT",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := questionText(s, "UBOT")
		if strings.Contains(s, "<@UBOT>") && strings.Contains(q, "<@UBOT>") {
			t.Errorf("questionText(%q) = %q kept the bot's mention", s, q)
		}
		out := escape(q)
		if strings.ContainsAny(out, "<>") {
			t.Errorf("escape(%q) = %q has an angle bracket", q, out)
		}
		low := strings.ToLower(out)
		for _, w := range []string{"@here", "@channel", "@everyone"} {
			if strings.Contains(low, w) {
				t.Errorf("escape(%q) = %q has a live %s", q, out, w)
			}
		}
		c := clip(out, 50)
		if len(c) > 50 || (utf8.ValidString(out) && !utf8.ValidString(c)) {
			t.Errorf("clip(%q, 50) = %q: too long or cut a rune", out, c)
		}
	})
}

// FuzzEvent feeds arbitrary JSON through the Events API parser and the
// translation into a question: it must never panic, and whatever it takes
// as a question is addressed from a user, never from the bot itself.
func FuzzEvent(f *testing.F) {
	for _, s := range []string{
		mustJSON(callback("Ev1", mention("U1", "C1", "1.0", "", "<@UBOT> when?"))),
		mustJSON(callback("Ev2", messageEvent("U1", "D1", "im", "1.0", "hello"))),
		mustJSON(callback("Ev3", map[string]any{"type": "message", "subtype": "message_changed", "channel": "D1"})),
		mustJSON(callback("Ev4", map[string]any{"type": "app_mention", "user": "UBOT", "text": "<@UBOT>"})),
		`{"type":"event_callback","event":null}`,
		`{"type":"url_verification","challenge":"x"}`,
	} {
		f.Add(s)
	}
	me := identity{userID: "UBOT", botID: "BBOT"}
	passive := map[string]bool{"CQ": true}
	f.Fuzz(func(t *testing.T, s string) {
		ev, err := slackevents.ParseEvent([]byte(s), slackevents.OptionNoVerifyToken())
		if err != nil || ev.Type != slackevents.CallbackEvent {
			return
		}
		in, ok := fromEvent(ev.InnerEvent.Data, me, passive)
		if !ok {
			return
		}
		if in.user == "" || in.user == me.userID {
			t.Errorf("took a question from user %q in %s", in.user, s)
		}
		if in.threadTS == "" && in.ts != "" {
			t.Errorf("got no thread for message %q", in.ts)
		}
		_ = render(replyFor(in.text), in.text, in.trigger == triggerSlash)
	})
}

func TestFromSlash(t *testing.T) {
	in := fromSlash(slack.SlashCommand{Command: "/ask", Text: "who met &lt;here&gt;?", UserID: "U1", ChannelID: "C1", ResponseURL: "https://hooks/x"})
	if in.trigger != triggerSlash || in.user != "U1" || in.channel != "C1" || in.text != "who met <here>?" || in.responseURL != "https://hooks/x" || in.ts != "" {
		t.Errorf("got %+v, want a slash question from U1 in C1 with plain text", in)
	}
}
