package slack

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/bot/bottest"
	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa"
)

// blockTexts returns every "text" string in a blocks JSON array, in order.
func blockTexts(t *testing.T, raw string) []string {
	t.Helper()
	if raw == "" {
		return nil
	}
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		t.Fatalf("blocks are not JSON: %v: %s", err, raw)
	}
	var out []string
	var walk func(any)
	walk = func(x any) {
		switch x := x.(type) {
		case map[string]any:
			if s, ok := x["text"].(string); ok {
				out = append(out, s)
			}
			for k, y := range x {
				if k != "text" || !isString(y) {
					walk(y)
				}
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	walk(v)
	return out
}

func isString(x any) bool { _, ok := x.(string); return ok }

func TestSocketMentionRepliesOnceInThread(t *testing.T) {
	hs := start(t, harnessOptions{})
	tests := []struct {
		name, env, ts, threadTS, wantThread string
	}{
		{"top-level message", "env-1", "1000.000100", "", "1000.000100"},
		{"message in a thread", "env-2", "1001.000100", "900.000100", "900.000100"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hs.slack.send(eventsEnvelope(tt.env, "Ev"+tt.env, mention("U1", "C1", tt.ts, tt.threadTS, "<@UBOT> when is the TikTok deadline?")))
			posts := hs.slack.waitPosts(i + 1)
			p := posts[i]
			if p.method != "chat.postMessage" || p.channel != "C1" || p.threadTS != tt.wantThread {
				t.Errorf("got %s to %s in thread %q, want chat.postMessage to C1 in thread %q", p.method, p.channel, p.threadTS, tt.wantThread)
			}
			hs.slack.waitAck(tt.env)
			if p.unfurlLinks != "false" || p.unfurlMedia != "false" {
				t.Errorf("got unfurl_links=%q unfurl_media=%q, want both false", p.unfurlLinks, p.unfurlMedia)
			}
			if p.token != testBotToken {
				t.Errorf("got the reply posted with token %q, want the bot token", p.token)
			}
			texts := strings.Join(blockTexts(t, p.blocks), "\n")
			for _, want := range []string{"*September 17*", "> The deadline for TikTok was extended to September 17.",
				"Talks in Madrid · Reuters · 2025-09-15 · 002_doc.txt", "1 other document agrees: 004_doc.txt.", "👍 Helpful", "👎 Not helpful"} {
				if !strings.Contains(texts, want) {
					t.Errorf("got blocks %q, want them to contain %q", texts, want)
				}
			}
			if !strings.Contains(p.text, "September 17") || !strings.Contains(p.text, "002_doc.txt") {
				t.Errorf("got fallback text %q, want the span and the source", p.text)
			}
		})
	}
	if got, want := hs.asker.asked(), []string{"when is the TikTok deadline?", "when is the TikTok deadline?"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got questions %q, want %q (mention removed)", got, want)
	}
	if err := hs.stop(); err != nil {
		t.Errorf("Run: got %v, want nil after cancel", err)
	}
	if n := len(hs.slack.allPosts()); n != 2 {
		t.Errorf("got %d replies, want 2", n)
	}
}

func TestSocketDirectMessage(t *testing.T) {
	hs := start(t, harnessOptions{})
	hs.slack.send(eventsEnvelope("env-dm", "Ev-dm", messageEvent("U1", "D1", "im", "1000.1", "when is the TikTok deadline?")))
	p := hs.slack.waitPosts(1)[0]
	if p.method != "chat.postMessage" || p.channel != "D1" || p.threadTS != "1000.1" {
		t.Errorf("got %s to %s thread %q, want chat.postMessage to D1 thread 1000.1", p.method, p.channel, p.threadTS)
	}
}

func TestSocketSlashCommand(t *testing.T) {
	hs := start(t, harnessOptions{})
	tests := []struct {
		name, text, wantType string
		wantIn               []string
	}{
		{"with a question", "when is the TikTok deadline?", "in_channel", []string{"/ask when is the TikTok deadline?", "*September 17*"}},
		{"without text", "", "ephemeral", nil},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := "slash-" + string(rune('a'+i))
			hs.slack.send(slashEnvelope(id, tt.text, hs.slack.responseURL(id)))
			p := hs.slack.waitPosts(i + 1)[i]
			if p.method != "response" || p.channel != id || p.responseType != tt.wantType {
				t.Errorf("got %s %q type %q, want a response to %q of type %q", p.method, p.channel, p.responseType, id, tt.wantType)
			}
			hs.slack.waitAck(id)
			texts := strings.Join(blockTexts(t, p.blocks), "\n")
			for _, want := range tt.wantIn {
				if !strings.Contains(texts, want) {
					t.Errorf("got blocks %q, want %q in them", texts, want)
				}
			}
			if tt.text == "" && !strings.Contains(p.text, "for example") {
				t.Errorf("got %q for a bare /ask, want the usage text with an example", p.text)
			}
		})
	}
}

func TestSocketIgnoresBotsEditsAndOwnMessages(t *testing.T) {
	hs := start(t, harnessOptions{})
	own := messageEvent(botUser, "D1", "im", "1.1", "when is the deadline?")
	otherBot := messageEvent("U2", "D1", "im", "1.2", "when is the deadline?")
	otherBot["bot_id"] = "B999"
	botMessage := map[string]any{"type": "message", "subtype": "bot_message", "bot_id": "B999", "channel": "D1", "channel_type": "im", "ts": "1.3", "text": "when?"}
	changed := map[string]any{"type": "message", "subtype": "message_changed", "channel": "D1", "channel_type": "im", "ts": "1.4",
		"message": map[string]any{"type": "message", "user": "U1", "text": "when is the deadline?", "ts": "1.0"}}
	deleted := map[string]any{"type": "message", "subtype": "message_deleted", "channel": "D1", "channel_type": "im", "ts": "1.5", "deleted_ts": "1.0"}
	botMention := mention("U2", "C1", "1.6", "", "<@UBOT> when is the deadline?")
	botMention["bot_id"] = "B999"
	ownMention := mention(botUser, "C1", "1.7", "", "<@UBOT> when?")
	unaddressed := messageEvent("U1", "C9", "channel", "1.8", "when is the deadline?")
	for i, ev := range []map[string]any{own, otherBot, botMessage, changed, deleted, botMention, ownMention, unaddressed} {
		hs.slack.send(eventsEnvelope("ign-"+string(rune('a'+i)), "Ev-ign-"+string(rune('a'+i)), ev))
	}
	hs.slack.send(eventsEnvelope("marker", "Ev-marker", mention("U1", "C1", "2.0", "", "<@UBOT> the marker question")))
	hs.slack.waitAck("marker")
	if err := hs.stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	posts := hs.slack.allPosts()
	if len(posts) != 1 || posts[0].threadTS != "2.0" {
		t.Errorf("got replies %+v, want exactly one, to the marker question", posts)
	}
	if got := hs.asker.asked(); len(got) != 1 || got[0] != "the marker question" {
		t.Errorf("got the engine asked %q, want only the marker question", got)
	}
}

func TestSocketRedeliveryAnsweredOnce(t *testing.T) {
	hs := start(t, harnessOptions{})
	q := mention("U1", "C1", "3.0", "", "<@UBOT> when is the deadline?")
	hs.slack.send(eventsEnvelope("dup-env", "Ev-dup", q))
	hs.slack.send(eventsEnvelope("dup-env", "Ev-dup", q)) // the same envelope again
	retry := mustJSON(map[string]any{"type": "events_api", "envelope_id": "dup-env-2", "retry_attempt": 1, "retry_reason": "timeout",
		"payload": callback("Ev-dup", q)}) // Slack's retry: a new envelope, the same event
	hs.slack.send(retry)
	sameMessage := messageEvent("U1", "C1", "channel", "3.0", "<@UBOT> when is the deadline?")
	sameMessage["channel_type"] = "im" // the same message seen as message.im
	hs.slack.send(eventsEnvelope("dup-env-3", "Ev-dup-3", sameMessage))
	hs.slack.send(eventsEnvelope("last", "Ev-last", mention("U1", "C1", "4.0", "", "<@UBOT> another question")))
	hs.slack.waitAck("last")
	if err := hs.stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if got := hs.slack.ackCount("dup-env"); got != 2 {
		t.Errorf("got %d acks of the redelivered envelope, want 2 (each delivery is acknowledged)", got)
	}
	var threads []string
	for _, p := range hs.slack.allPosts() {
		threads = append(threads, p.threadTS)
	}
	if strings.Join(threads, ",") != "3.0,4.0" && strings.Join(threads, ",") != "4.0,3.0" {
		t.Errorf("got replies in threads %q, want one for 3.0 and one for 4.0", threads)
	}
}

func TestSocketReconnectsAfterDrop(t *testing.T) {
	hs := start(t, harnessOptions{})
	hs.slack.send(eventsEnvelope("before", "Ev-before", mention("U1", "C1", "5.0", "", "<@UBOT> first question")))
	hs.slack.waitPosts(1)
	hs.slack.drop()
	hs.slack.waitConns(2)
	hs.slack.send(eventsEnvelope("after", "Ev-after", mention("U1", "C1", "6.0", "", "<@UBOT> second question")))
	if p := hs.slack.waitPosts(2)[1]; p.threadTS != "6.0" {
		t.Errorf("got the reply after reconnecting in thread %q, want 6.0", p.threadTS)
	}
	// Slack asks for a reconnection before it refreshes a connection.
	hs.slack.send(`{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"fake"}}`)
	hs.slack.waitConns(3)
	hs.slack.send(eventsEnvelope("third", "Ev-third", mention("U1", "C1", "6.1", "", "<@UBOT> third question")))
	if p := hs.slack.waitPosts(3)[2]; p.threadTS != "6.1" {
		t.Errorf("got the reply after a requested reconnection in thread %q, want 6.1", p.threadTS)
	}
}

func TestSocketAcknowledgesUnknownEnvelopes(t *testing.T) {
	hs := start(t, harnessOptions{})
	hs.slack.send(eventsEnvelope("odd", "Ev-odd", map[string]any{"type": "event_from_the_future", "user": "U1"}))
	hs.slack.waitAck("odd")
	if err := hs.stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if n := len(hs.slack.allPosts()); n != 0 {
		t.Errorf("got %d replies to an unknown event, want none", n)
	}
}

func TestSocketNeverPings(t *testing.T) {
	echo := &fakeAsker{answer: func(_ context.Context, q string) (qa.Answer, error) {
		a := cannedAnswer()
		a.Span, a.Sentence, a.Source.Title = q, "A sentence that says "+q, "Title "+q
		return a, nil
	}}
	hs := start(t, harnessOptions{asker: echo})
	q := "<@UBOT> is <!channel> or <!everyone> or <!here> or <@U999> or <!subteam^S1|@devs> or @everyone & @Here told <https://evil.example|this>?"
	hs.slack.send(eventsEnvelope("ping", "Ev-ping", mention("U1", "C1", "7.0", "", q)))
	p := hs.slack.waitPosts(1)[0]
	all := append(blockTexts(t, p.blocks), p.text)
	for _, s := range all {
		for _, bad := range []string{"<!", "<@", "<#", "<http", "@everyone", "@channel", "@here", "@Here"} {
			if strings.Contains(s, bad) {
				t.Errorf("got %q in the reply text %q, want no live mention or link", bad, s)
			}
		}
	}
	if joined := strings.Join(all, "\n"); !strings.Contains(joined, "&amp;") || !strings.Contains(joined, "@\u2060everyone") {
		t.Errorf("got %q, want & escaped and @everyone kept visible but inert", joined)
	}
	if got := echo.asked(); len(got) != 1 || !strings.Contains(got[0], "@channel") || strings.Contains(got[0], "UBOT") {
		t.Errorf("got the engine asked %q, want plain words without the bot's mention", got)
	}
}

func TestSocketRateLimit(t *testing.T) {
	clk := newClock()
	hs := start(t, harnessOptions{rateLimit: 2, now: clk.Now})
	for i, ts := range []string{"8.1", "8.2", "8.3"} {
		hs.slack.send(eventsEnvelope("rl-"+ts, "Ev-rl-"+ts, mention("U1", "C1", ts, "", "<@UBOT> when is the deadline?")))
		hs.slack.waitPosts(i + 1)
	}
	posts := hs.slack.allPosts()
	var methods []string
	for _, p := range posts {
		methods = append(methods, p.method)
	}
	if strings.Join(methods, ",") != "chat.postMessage,chat.postMessage,chat.postEphemeral" {
		t.Fatalf("got %q, want two answers then one ephemeral notice", methods)
	}
	notice := posts[2]
	if notice.user != "U1" || notice.channel != "C1" || notice.threadTS != "8.3" || !strings.Contains(notice.text, "wait a minute") {
		t.Errorf("got notice %+v, want a polite ephemeral to U1 in C1 thread 8.3", notice)
	}
	hs.slack.send(slashEnvelope("rl-slash", "when is the deadline?", hs.slack.responseURL("rl-slash")))
	if p := hs.slack.waitPosts(4)[3]; p.method != "response" || p.responseType != "ephemeral" || !strings.Contains(p.text, "wait a minute") || p.blocks != "" {
		t.Errorf("got %+v for /ask over the limit, want the notice only the asker sees", p)
	}
	clk.Add(61 * time.Second)
	hs.slack.send(eventsEnvelope("rl-late", "Ev-rl-late", mention("U1", "C1", "8.4", "", "<@UBOT> when is the deadline?")))
	if p := hs.slack.waitPosts(5)[4]; p.method != "chat.postMessage" {
		t.Errorf("got %s a minute later, want an answer", p.method)
	}
}

func TestSocketRefusalsAndErrors(t *testing.T) {
	fail := &fakeAsker{answer: func(_ context.Context, q string) (qa.Answer, error) {
		if strings.HasPrefix(q, "not found") {
			return qa.Answer{}, nil
		}
		return qa.Answer{}, errors.New("index shard 7 corrupt")
	}}
	hs := start(t, harnessOptions{asker: fail})
	tests := []struct {
		name, text, method, want string
	}{
		{"too long", "<@UBOT> " + strings.Repeat("why ", 600), "chat.postEphemeral", "too long"},
		{"engine error", "<@UBOT> when is it?", "chat.postMessage", "Sorry"},
		{"not in the documents", "<@UBOT> not found here", "chat.postMessage", "couldn't find"},
		{"bare mention", "<@UBOT>", "chat.postMessage", "for example"},
		{"help", "<@UBOT> help", "chat.postMessage", "for example"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := "9." + string(rune('0'+i))
			hs.slack.send(eventsEnvelope("err-"+ts, "Ev-err-"+ts, mention("U1", "C1", ts, "", tt.text)))
			p := hs.slack.waitPosts(i + 1)[i]
			if p.method != tt.method || p.threadTS != ts || !strings.Contains(p.text, tt.want) {
				t.Errorf("got %s in thread %q: %q, want %s in thread %s containing %q", p.method, p.threadTS, p.text, tt.method, ts, tt.want)
			}
			if p.blocks != "" {
				t.Errorf("got blocks %s, want one plain line", p.blocks)
			}
			if strings.Contains(p.text, "shard") {
				t.Errorf("got the internal error in the reply %q", p.text)
			}
		})
	}
	if !strings.Contains(hs.logs.String(), "index shard 7 corrupt") {
		t.Errorf("got no engine error in the log, want its details there")
	}
}

func TestSocketPassiveChannels(t *testing.T) {
	maybe := &fakeAsker{answer: func(_ context.Context, q string) (qa.Answer, error) {
		if strings.Contains(q, "unknown") {
			return qa.Answer{}, nil
		}
		return cannedAnswer(), nil
	}}
	hs := start(t, harnessOptions{asker: maybe, channels: []string{"CQ"}})
	hs.slack.send(eventsEnvelope("p1", "Ev-p1", messageEvent("U1", "CQ", "channel", "10.1", "lunch at noon everyone")))
	hs.slack.send(eventsEnvelope("p2", "Ev-p2", messageEvent("U1", "CQ", "channel", "10.2", "who knows the unknown thing?")))
	hs.slack.send(eventsEnvelope("p3", "Ev-p3", messageEvent("U1", "C2", "channel", "10.3", "when is the TikTok deadline?")))
	hs.slack.send(eventsEnvelope("p4", "Ev-p4", messageEvent("U1", "CQ", "channel", "10.4", "<@UBOT> when is the TikTok deadline?")))
	hs.slack.send(eventsEnvelope("p5", "Ev-p5", messageEvent("U1", "CQ", "channel", "10.5", "when is the TikTok deadline?")))
	hs.slack.waitAck("p5")
	if err := hs.stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	posts := hs.slack.allPosts()
	if len(posts) != 1 || posts[0].channel != "CQ" || posts[0].threadTS != "10.5" {
		t.Errorf("got replies %+v, want one, to the answerable question in the allow-listed channel", posts)
	}
	if got := maybe.asked(); len(got) != 2 {
		t.Errorf("got the engine asked %q, want the two plain questions in CQ only", got)
	}
}

func TestSocketFeedback(t *testing.T) {
	hs := start(t, harnessOptions{})
	hs.slack.send(clickEnvelope("fb-1", actionHelpful, "11.1", hs.slack.responseURL("fb-1")))
	p := hs.slack.waitPosts(1)[0]
	if p.method != "response" || p.responseType != "ephemeral" || !strings.Contains(p.text, "Thanks") {
		t.Errorf("got %+v, want an ephemeral thanks through the response URL", p)
	}
	hs.slack.send(clickEnvelope("fb-2", actionHelpful, "11.1", hs.slack.responseURL("fb-2"))) // clicked again
	hs.slack.send(clickEnvelope("fb-3", actionNotHelpful, "11.2", hs.slack.responseURL("fb-3")))
	hs.slack.waitPosts(3)
	if got := hs.rec.helpful(); len(got) != 2 || got[0] != true || got[1] != false {
		t.Errorf("got feedback %v recorded, want [true false] (a second click on one answer counts once)", got)
	}
	hs.slack.waitAck("fb-3")
	if !strings.Contains(hs.logs.String(), "slack feedback") || hs.slack.ackCount("fb-1") != 1 {
		t.Errorf("got no feedback log line or no ack, want both")
	}
}

func TestSocketShutdownWaitsForQuestionsInFlight(t *testing.T) {
	release := make(chan struct{})
	var once sync.Once
	started := make(chan struct{})
	slow := &fakeAsker{answer: func(ctx context.Context, q string) (qa.Answer, error) {
		once.Do(func() { close(started) })
		<-release
		return cannedAnswer(), nil
	}}
	hs := start(t, harnessOptions{asker: slow})
	hs.slack.send(eventsEnvelope("slow", "Ev-slow", mention("U1", "C1", "12.0", "", "<@UBOT> slow question")))
	select {
	case <-started:
	case <-time.After(waitLimit):
		t.Fatal("the question never reached the engine")
	}
	hs.slack.waitAck("slow") // acknowledged while the engine is still busy
	stopped := make(chan error, 1)
	go func() { stopped <- hs.stop() }()
	select {
	case err := <-stopped:
		t.Fatalf("Run returned (%v) with a question in flight", err)
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	select {
	case err := <-stopped:
		if err != nil {
			t.Errorf("Run: got %v, want nil", err)
		}
	case <-time.After(waitLimit):
		t.Fatal("Run did not return after the question finished")
	}
	if n := len(hs.slack.allPosts()); n != 1 {
		t.Errorf("got %d replies, want the question in flight answered", n)
	}
}

func TestRunRefusedToken(t *testing.T) {
	fs := newFakeSlack(t)
	fs.authFail = "invalid_auth"
	logs := &bottest.LogBuffer{}
	h := bot.NewHandler(&fakeAsker{}, bot.Config{Front: "slack"})
	f, err := New(Config{Enabled: true, AppToken: testAppToken, BotToken: testBotToken, APIURL: fs.apiURL()}, h, slog.New(slog.NewTextHandler(logs, nil)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	err = f.Run(ctx)
	if !errors.Is(err, ErrAuth) || !strings.Contains(err.Error(), "invalid_auth") {
		t.Errorf("got %v, want ErrAuth naming invalid_auth", err)
	}
	if err != nil && strings.Contains(err.Error(), testBotToken) {
		t.Errorf("got the token in the error %q", err)
	}
}

func TestSocketRealEngine(t *testing.T) {
	docs, err := corpus.Embedded()
	if err != nil {
		t.Fatalf("corpus.Embedded: %v", err)
	}
	hs := start(t, harnessOptions{asker: qa.Build(docs)})
	hs.slack.send(eventsEnvelope("real", "Ev-real", mention("U1", "C1", "13.0", "", "<@UBOT> When is the TikTok deadline?")))
	p := hs.slack.waitPosts(1)[0]
	if texts := strings.Join(blockTexts(t, p.blocks), "\n"); !strings.Contains(texts, "September 17") {
		t.Errorf("got %q, want the answer to mention September 17", texts)
	}
}

func TestSocketBoundsQuestionsAnsweredAtOnce(t *testing.T) {
	var mu sync.Mutex
	running, most := 0, 0
	release := make(chan struct{})
	slow := &fakeAsker{answer: func(ctx context.Context, q string) (qa.Answer, error) {
		mu.Lock()
		running++
		most = max(most, running)
		mu.Unlock()
		<-release
		mu.Lock()
		running--
		mu.Unlock()
		return cannedAnswer(), nil
	}}
	hs := start(t, harnessOptions{asker: slow, concurrency: 2})
	for i := range 6 {
		ts := "14." + string(rune('0'+i))
		hs.slack.send(eventsEnvelope("many-"+ts, "Ev-many-"+ts, mention("U1", "C1", ts, "", "<@UBOT> question "+ts)))
	}
	hs.slack.waitAck("many-14.5")
	deadline := time.Now().Add(waitLimit)
	for {
		mu.Lock()
		n := running
		mu.Unlock()
		if n == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("got %d questions running, want 2", n)
		}
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond) // room for a third to start, were there no bound
	close(release)
	hs.slack.waitPosts(6)
	mu.Lock()
	defer mu.Unlock()
	if most != 2 {
		t.Errorf("got at most %d questions answered at once, want 2", most)
	}
}

// TestSocketTooBusyStillReplies fills the only slot with a question the
// engine holds; the next question, unable to get a turn in time, is told so
// in its thread rather than left unanswered.
func TestSocketTooBusyStillReplies(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 1)
	held := &fakeAsker{answer: func(ctx context.Context, q string) (qa.Answer, error) {
		started <- struct{}{}
		<-release
		return cannedAnswer(), nil
	}}
	hs := start(t, harnessOptions{asker: held, concurrency: 1, replyTimeout: 200 * time.Millisecond})
	defer close(release)
	hs.slack.send(eventsEnvelope("busy-1", "Ev-busy-1", mention("U1", "C1", "15.1", "", "<@UBOT> first question")))
	select {
	case <-started:
	case <-time.After(waitLimit):
		t.Fatal("the first question never reached the engine")
	}
	hs.slack.send(eventsEnvelope("busy-2", "Ev-busy-2", mention("U2", "C1", "15.2", "", "<@UBOT> second question")))
	p := hs.slack.waitPosts(1)[0]
	if p.method != "chat.postMessage" || p.threadTS != "15.2" || p.text != msgBusy {
		t.Errorf("got %s in thread %q: %q, want %q in thread 15.2", p.method, p.threadTS, p.text, msgBusy)
	}
	if got := held.asked(); len(got) != 1 {
		t.Errorf("got the engine asked %q, want only the first question", got)
	}
}
