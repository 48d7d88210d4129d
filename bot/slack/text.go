package slack

// Text in and out of Slack.
//
// Slack message text is "mrkdwn": the characters & < > arrive escaped as
// &amp; &lt; &gt;, and angle brackets wrap the special tokens: user mentions
// <@U123> or <@U123|name>, channel links <#C123|name>, broadcasts <!here>,
// <!channel>, <!everyone>, user-group mentions <!subteam^S123|@group>, dates
// <!date^…|fallback> and links <https://…|label>.
//
// Coming in, questionText removes the bot's own mention and turns the rest
// into the plain words a person would read, so the engine sees "@here" and
// "#general" rather than markup. Going out, escape makes any text from the
// question or the corpus inert: & < > are escaped, so no <!channel> or <@U…>
// can form, and the bare words @channel, @here and @everyone get an
// invisible word joiner after the @ so that no client links them either.

import (
	"strings"
	"unicode/utf8"
)

// questionText turns the text of a Slack message addressed to the bot into
// the plain question: the bot's own mentions are removed and the rest of
// the markup is read as words. The result is not yet cleaned of white space
// (bot.Handler does that).
func questionText(text, botUserID string) string {
	var b strings.Builder
	b.Grow(len(text))
	for {
		i := strings.IndexByte(text, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(text[i:], '>')
		if j < 0 {
			break
		}
		b.WriteString(unescape(text[:i]))
		b.WriteString(readToken(text[i+1:i+j], botUserID))
		text = text[i+j+1:]
	}
	b.WriteString(unescape(text))
	return b.String()
}

// readToken renders the inside of one <…> token as plain words. The bot's
// own mention becomes a space.
func readToken(tok, botUserID string) string {
	id, label, hasLabel := strings.Cut(tok, "|")
	switch {
	case strings.HasPrefix(id, "@"):
		if botUserID != "" && id[1:] == botUserID {
			return " "
		}
		if hasLabel && label != "" {
			return "@" + strings.TrimPrefix(unescape(label), "@")
		}
		return id
	case strings.HasPrefix(id, "#"):
		if hasLabel && label != "" {
			return "#" + unescape(label)
		}
		return id
	case strings.HasPrefix(id, "!"):
		name, _, _ := strings.Cut(id[1:], "^")
		switch name {
		case "here", "channel", "everyone":
			return "@" + name
		case "subteam":
			if hasLabel && label != "" {
				return "@" + strings.TrimPrefix(unescape(label), "@")
			}
			return "@group"
		}
		if hasLabel {
			return unescape(label)
		}
		return ""
	}
	if hasLabel && label != "" {
		return unescape(label)
	}
	return strings.TrimPrefix(unescape(id), "mailto:")
}

// unescape undoes Slack's escaping of & < >.
func unescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return htmlUnescaper.Replace(s)
}

var htmlUnescaper = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")

// escape makes text safe to show in a Slack message or block: & < > are
// escaped, so no mention, broadcast or link token can form, and the words
// @channel, @here and @everyone are broken with an invisible word joiner.
func escape(s string) string {
	s = escaper.Replace(s)
	if strings.IndexByte(s, '@') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for {
		i := strings.IndexByte(s, '@')
		if i < 0 {
			break
		}
		b.WriteString(s[:i+1])
		s = s[i+1:]
		if isBroadcastWord(s) {
			b.WriteString(wordJoiner)
		}
	}
	b.WriteString(s)
	return b.String()
}

const wordJoiner = "\u2060"

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// isBroadcastWord reports whether s starts with here, channel or everyone
// (any case), the words that follow an @ to notify a whole channel.
func isBroadcastWord(s string) bool {
	for _, w := range [...]string{"here", "channel", "everyone"} {
		if len(s) >= len(w) && strings.EqualFold(s[:len(w)], w) {
			return true
		}
	}
	return false
}

// bold renders s in bold mrkdwn. Asterisks inside would end the bold early,
// so they are replaced with a look-alike.
func bold(s string) string {
	return "*" + strings.ReplaceAll(escape(s), "*", "\u2217") + "*"
}

// quote renders s as a mrkdwn block quote.
func quote(s string) string {
	return "> " + strings.ReplaceAll(escape(s), "\n", "\n> ")
}

// clip shortens escaped text to at most n bytes without cutting a rune or
// an &…; entity in two, ending with "…" when it cut anything.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	const ell = "…"
	cut := n - len(ell)
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	s = s[:cut]
	if amp := strings.LastIndexByte(s, '&'); amp >= 0 && !strings.Contains(s[amp:], ";") {
		s = s[:amp]
	}
	return s + ell
}
