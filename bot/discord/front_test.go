package discord

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/qa"
)

// fakeAsker answers with answer and records the questions it was asked.
// When block is set, Ask waits for it to be closed.
type fakeAsker struct {
	answer func(q string) (qa.Answer, error)
	block  chan struct{}

	mu        sync.Mutex
	questions []string
}

func (a *fakeAsker) Ask(ctx context.Context, q string) (qa.Answer, error) {
	a.mu.Lock()
	a.questions = append(a.questions, q)
	a.mu.Unlock()
	if a.block != nil {
		select {
		case <-a.block:
		case <-ctx.Done():
			return qa.Answer{}, ctx.Err()
		}
	}
	if a.answer == nil {
		return deadlineAnswer, nil
	}
	return a.answer(q)
}

func (a *fakeAsker) asked() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.questions...)
}

var deadlineAnswer = qa.Answer{
	Found:          true,
	Span:           "September 17",
	SpanConfidence: 0.9,
	Sentence:       "The deadline for TikTok is September 17.",
	Source:         qa.Source{Path: "004_tiktok.txt", Title: "TikTok deal", Publisher: "Reuters", Date: "2025-09-15"},
	Score:          12.5,
	Also:           []qa.Source{{Path: "001_madrid.txt"}},
}

// startFront runs a front against fd until the test ends or stop is
// called; stop waits (bounded) for Run to return nil. Each edit changes
// the front before it runs.
func startFront(t *testing.T, fd *fakeDiscord, cfg Config, h *bot.Handler, edits ...func(*Front)) (*Front, func()) {
	t.Helper()
	f, err := New(cfg, h, nil, Options{})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	f.deferAfter = 2 * time.Second
	for _, edit := range edits {
		edit(f)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()
	var once sync.Once
	stop := func() {
		t.Helper()
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run returned %v, want nil", err)
				}
			case <-time.After(15 * time.Second):
				t.Errorf("Run did not return within 15s of cancel")
			}
		})
	}
	t.Cleanup(stop)
	return f, stop
}

func newHandler(a bot.Asker) *bot.Handler {
	return bot.NewHandler(a, bot.Config{Front: "discord"})
}

func guildMessage(fd *fakeDiscord, id, authorID, content string) map[string]any {
	return map[string]any{
		"id": id, "channel_id": "300", "guild_id": "400", "type": 0,
		"author":   map[string]any{"id": authorID, "username": "user" + authorID},
		"content":  content,
		"mentions": []any{map[string]any{"id": fd.botID, "username": "qabot", "bot": true}},
	}
}

func directMessage(id, authorID, content string) map[string]any {
	return map[string]any{
		"id": id, "channel_id": "301", "type": 0,
		"author":  map[string]any{"id": authorID, "username": "user" + authorID},
		"content": content,
	}
}

func askInteraction(id, userID, question string) map[string]any {
	return map[string]any{
		"id": id, "application_id": "2000", "type": 2, "token": "itoken-" + id,
		"guild_id": "400", "channel_id": "300", "version": 1,
		"member": map[string]any{"user": map[string]any{"id": userID, "username": "user" + userID}},
		"data": map[string]any{"id": "777", "name": "ask", "type": 1,
			"options": []any{map[string]any{"name": "question", "type": 3, "value": question}}},
	}
}

// checkNoMentions fails unless raw is exactly an allowed_mentions object
// that allows nothing.
func checkNoMentions(t *testing.T, raw json.RawMessage) {
	t.Helper()
	var am map[string]any
	if err := json.Unmarshal(raw, &am); err != nil || am == nil {
		t.Fatalf("allowed_mentions = %s, want an object", raw)
	}
	parse, ok := am["parse"].([]any)
	if !ok || len(parse) != 0 {
		t.Errorf("allowed_mentions.parse = %v, want []", am["parse"])
	}
	if am["replied_user"] != false {
		t.Errorf("allowed_mentions.replied_user = %v, want false", am["replied_user"])
	}
	for _, k := range []string{"users", "roles"} {
		if v, ok := am[k]; ok && v != nil {
			if l, _ := v.([]any); len(l) != 0 {
				t.Errorf("allowed_mentions.%s = %v, want none", k, v)
			}
		}
	}
}

// checkAnswerEmbed fails unless embeds is the one embed answering with
// deadlineAnswer.
func checkAnswerEmbed(t *testing.T, what string, embeds []*discordgo.MessageEmbed) {
	t.Helper()
	if len(embeds) != 1 || embeds[0].Title != deadlineAnswer.Span {
		t.Errorf("%s: got embeds %+v, want one titled %q", what, embeds, deadlineAnswer.Span)
	}
}

func TestMentionGetsOneEmbedReply(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	asker := &fakeAsker{}
	_, stop := startFront(t, fd, fd.config(), newHandler(asker))

	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "900", "42", "<@1000> when is the   TikTok deadline? <@!1000>"))
	fd.waitMessages(1)
	stop()

	calls := fd.callsTo("POST", "/api/v9/channels/", "/messages")
	if len(calls) != 1 {
		t.Fatalf("got %d message posts, want 1", len(calls))
	}
	if got, want := calls[0].Path, "/api/v9/channels/300/messages"; got != want {
		t.Errorf("posted to %s, want %s", got, want)
	}
	if got, want := calls[0].Auth, "Bot "+testToken; got != want {
		t.Errorf("Authorization = %q, want %q", got, want)
	}
	m := decodeSent(t, calls[0].Body)
	if m.MessageReference == nil || m.MessageReference.MessageID != "900" {
		t.Errorf("message_reference = %+v, want message 900", m.MessageReference)
	}
	checkNoMentions(t, m.AllowedMentions)
	if len(m.Embeds) != 1 {
		t.Fatalf("got %d embeds, want 1", len(m.Embeds))
	}
	e := m.Embeds[0]
	if e.Title != "September 17" {
		t.Errorf("embed title = %q, want %q", e.Title, "September 17")
	}
	if want := "> The deadline for TikTok is September 17."; e.Description != want {
		t.Errorf("embed description = %q, want %q", e.Description, want)
	}
	if e.Footer == nil || e.Footer.Text != "TikTok deal · Reuters · 2025-09-15 · 004_tiktok.txt" {
		t.Errorf("embed footer = %+v, want the source line", e.Footer)
	}
	if len(e.Fields) != 1 || !strings.Contains(e.Fields[0].Value, "001") {
		t.Errorf("embed fields = %+v, want one naming 001_madrid.txt", e.Fields)
	}
	if got := asker.asked(); len(got) != 1 || got[0] != "when is the TikTok deadline?" {
		t.Errorf("asked %q, want [\"when is the TikTok deadline?\"]", got)
	}
}

func TestDirectMessageIsAnswered(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	asker := &fakeAsker{}
	_, stop := startFront(t, fd, fd.config(), newHandler(asker))

	fd.dispatch("MESSAGE_CREATE", directMessage("901", "42", "when is the TikTok deadline?"))
	fd.waitMessages(1)
	stop()

	calls := fd.callsTo("POST", "/api/v9/channels/", "/messages")
	if len(calls) != 1 || calls[0].Path != "/api/v9/channels/301/messages" {
		t.Fatalf("got posts %+v, want one to channel 301", calls)
	}
	m := decodeSent(t, calls[0].Body)
	checkAnswerEmbed(t, "reply", m.Embeds)
	checkNoMentions(t, m.AllowedMentions)
}

func TestGuildMessageWithoutMentionIsIgnored(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	asker := &fakeAsker{}
	_, stop := startFront(t, fd, fd.config(), newHandler(asker))

	plain := guildMessage(fd, "902", "42", "when is the TikTok deadline?")
	plain["mentions"] = []any{}
	fd.dispatch("MESSAGE_CREATE", plain)
	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "903", "42", "<@1000> who met in Madrid?"))
	fd.waitMessages(1)
	stop()

	msgs := fd.messages()
	if len(msgs) != 1 || msgs[0].MessageReference.MessageID != "903" {
		t.Errorf("got %d replies, want 1 to message 903", len(msgs))
	}
}

func TestSlashCommandAnsweredThroughCallback(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	asker := &fakeAsker{}
	_, stop := startFront(t, fd, fd.config(), newHandler(asker))

	fd.dispatch("INTERACTION_CREATE", askInteraction("600", "42", "when is the TikTok deadline?"))
	fd.waitCallbacks(1)
	stop()

	calls := fd.callbacks()
	if len(calls) != 1 || calls[0].Path != "/api/v9/interactions/600/itoken-600/callback" {
		t.Fatalf("got callbacks %+v, want one for interaction 600", calls)
	}
	r := decodeSent(t, calls[0].Body)
	if r.Type != 4 || r.Data == nil {
		t.Fatalf("callback type = %d, want 4 with data", r.Type)
	}
	checkAnswerEmbed(t, "callback", r.Data.Embeds)
	if r.Data.Flags&64 != 0 {
		t.Errorf("answer is ephemeral (flags %d), want public", r.Data.Flags)
	}
	checkNoMentions(t, r.Data.AllowedMentions)
	if n := len(fd.messages()) + len(fd.callsTo("PATCH", "/api/v9/webhooks/", "")); n != 0 {
		t.Errorf("got %d other replies, want 0", n)
	}
	if got := asker.asked(); len(got) != 1 || got[0] != "when is the TikTok deadline?" {
		t.Errorf("asked %q, want the option's text", got)
	}
}

func TestSlashCommandInDirectMessageAndFromBots(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	asker := &fakeAsker{}
	_, stop := startFront(t, fd, fd.config(), newHandler(asker))

	fromBot := askInteraction("602", "77", "when is the deadline?")
	fromBot["member"].(map[string]any)["user"].(map[string]any)["bot"] = true
	inDM := askInteraction("603", "42", "when is the TikTok deadline?")
	delete(inDM, "member")
	delete(inDM, "guild_id")
	inDM["user"] = map[string]any{"id": "42", "username": "user42"}
	fd.dispatch("INTERACTION_CREATE", fromBot)
	fd.dispatch("INTERACTION_CREATE", inDM)
	fd.waitCallbacks(1)
	stop()

	calls := fd.callbacks()
	if len(calls) != 1 || calls[0].Path != "/api/v9/interactions/603/itoken-603/callback" {
		t.Fatalf("got callbacks %+v, want one, for the DM interaction 603", calls)
	}
	r := decodeSent(t, calls[0].Body)
	if r.Data == nil {
		t.Fatalf("got callback %+v, want one with data", r)
	}
	checkAnswerEmbed(t, "callback", r.Data.Embeds)
	checkNoMentions(t, r.Data.AllowedMentions)
	if got := asker.asked(); len(got) != 1 || got[0] != "when is the TikTok deadline?" {
		t.Errorf("asked %q, want only the DM question", got)
	}
}

func TestSlowSlashCommandIsDeferredThenEdited(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	asker := &fakeAsker{block: make(chan struct{})}
	_, stop := startFront(t, fd, fd.config(), newHandler(asker), func(f *Front) { f.deferAfter = 20 * time.Millisecond })

	fd.dispatch("INTERACTION_CREATE", askInteraction("601", "42", "when is the TikTok deadline?"))
	fd.waitCallbacks(1)
	close(asker.block)
	waitFor(t, "edit of the original response", func() bool { return len(fd.callsTo("PATCH", "/api/v9/webhooks/", "")) >= 1 })
	stop()

	callbacks := fd.callbacks()
	if len(callbacks) != 1 {
		t.Fatalf("got %d callbacks, want 1", len(callbacks))
	}
	if r := decodeSent(t, callbacks[0].Body); r.Type != 5 || r.Data == nil {
		t.Errorf("callback type = %d with data %v, want 5 (deferred) with data", r.Type, r.Data)
	} else {
		checkNoMentions(t, r.Data.AllowedMentions)
	}
	edits := fd.callsTo("PATCH", "/api/v9/webhooks/", "")
	if len(edits) != 1 || edits[0].Path != "/api/v9/webhooks/2000/itoken-601/messages/@original" {
		t.Fatalf("got edits %+v, want one of @original", edits)
	}
	e := decodeSent(t, edits[0].Body)
	checkAnswerEmbed(t, "edit", e.Embeds)
	checkNoMentions(t, e.AllowedMentions)
}

func TestIgnoresItselfAndOtherBots(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	asker := &fakeAsker{}
	_, stop := startFront(t, fd, fd.config(), newHandler(asker))

	own := guildMessage(fd, "910", fd.botID, "<@1000> when is the deadline?")
	other := guildMessage(fd, "911", "77", "<@1000> when is the deadline?")
	other["author"].(map[string]any)["bot"] = true
	hook := guildMessage(fd, "912", "78", "<@1000> when is the deadline?")
	hook["webhook_id"] = "79"
	ownDM := directMessage("913", fd.botID, "when is the deadline?")
	for _, m := range []map[string]any{own, other, hook, ownDM} {
		fd.dispatch("MESSAGE_CREATE", m)
	}
	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "914", "42", "<@1000> when is the deadline?"))
	fd.waitMessages(1)
	stop()

	msgs := fd.messages()
	if len(msgs) != 1 || msgs[0].MessageReference.MessageID != "914" {
		t.Errorf("got %d replies, want exactly 1, to the person's message 914", len(msgs))
	}
	if got := asker.asked(); len(got) != 1 {
		t.Errorf("engine asked %d times, want 1", len(got))
	}
}

func TestEveryoneNeverPings(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	asker := &fakeAsker{answer: func(q string) (qa.Answer, error) {
		if strings.Contains(q, "missing") {
			return qa.Answer{}, nil
		}
		a := deadlineAnswer
		a.Span = "@everyone"
		a.Sentence = "@everyone @here <@&55> <@66> the deadline is September 17."
		return a, nil
	}}
	_, stop := startFront(t, fd, fd.config(), newHandler(asker))

	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "920", "42", "<@1000> @everyone @here <@&55> <@66> when is the deadline?"))
	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "921", "42", "<@1000> @everyone missing"))
	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "922", "42", "<@1000>"))
	fd.dispatch("INTERACTION_CREATE", askInteraction("620", "42", "@everyone when is the deadline?"))
	fd.waitMessages(3)
	fd.waitCallbacks(1)
	stop()

	msgs := fd.messages()
	if len(msgs) != 3 {
		t.Fatalf("got %d replies, want 3", len(msgs))
	}
	for i, m := range msgs {
		checkNoMentions(t, m.AllowedMentions)
		if m.MessageReference == nil {
			t.Errorf("reply %d has no message_reference", i)
		}
	}
	cb := decodeSent(t, fd.callbacks()[0].Body)
	checkNoMentions(t, cb.Data.AllowedMentions)
}

func TestBareMentionGetsHelpAndErrorsGetApology(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	asker := &fakeAsker{answer: func(q string) (qa.Answer, error) {
		switch {
		case strings.Contains(q, "boom"):
			return qa.Answer{}, errors.New("index exploded at /secret/path")
		case strings.Contains(q, "weather"):
			return qa.Answer{}, nil
		}
		return deadlineAnswer, nil
	}}
	_, stop := startFront(t, fd, fd.config(), newHandler(asker))

	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "930", "42", "<@1000>"))
	fd.waitMessages(1)
	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "931", "42", "<@!1000> help"))
	fd.waitMessages(2)
	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "932", "42", "<@1000> boom?"))
	fd.waitMessages(3)
	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "933", "42", "<@1000> what is the weather on Mars?"))
	fd.waitMessages(4)
	fd.dispatch("MESSAGE_CREATE", directMessage("934", "43", strings.Repeat("why ", 600)))
	fd.waitMessages(5)
	stop()

	msgs := fd.messages()
	if len(msgs) != 5 {
		t.Fatalf("got %d replies, want 5", len(msgs))
	}
	help := newHandler(asker).Help()
	for i, want := range []string{help, help, "Sorry, something went wrong", "couldn't find that in the documents", "too long"} {
		m := msgs[i]
		if len(m.Embeds) != 0 || !strings.Contains(m.Content, want) {
			t.Errorf("reply %d = %q with %d embeds, want text containing %q", i, m.Content, len(m.Embeds), want)
		}
		if strings.Contains(m.Content, "/secret/path") {
			t.Errorf("reply %d leaks the internal error: %q", i, m.Content)
		}
		if len(m.Content) > 300 {
			t.Errorf("reply %d is %d bytes, want a short line", i, len(m.Content))
		}
	}
	if !strings.Contains(help, bot.DefaultExample) {
		t.Errorf("help %q has no example question", help)
	}
	if got := asker.asked(); len(got) != 2 {
		t.Errorf("engine asked %q, want only the two real questions", got)
	}
}

func TestRateLimitAnswersExcessPolitely(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	asker := &fakeAsker{}
	var mu sync.Mutex
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	h := bot.NewHandler(asker, bot.Config{Front: "discord", RateLimit: 2, Now: clock})
	_, stop := startFront(t, fd, fd.config(), h)

	for i, id := range []string{"940", "941", "942"} {
		fd.dispatch("MESSAGE_CREATE", guildMessage(fd, id, "42", "<@1000> when is the deadline?"))
		fd.waitMessages(i + 1)
	}
	fd.dispatch("INTERACTION_CREATE", askInteraction("640", "42", "when is the deadline?"))
	fd.waitCallbacks(1)
	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "943", "43", "<@1000> when is the deadline?"))
	fd.waitMessages(4)
	mu.Lock()
	now = now.Add(61 * time.Second)
	mu.Unlock()
	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "944", "42", "<@1000> when is the deadline?"))
	fd.waitMessages(5)
	stop()

	msgs := fd.messages()
	wantEmbed := []bool{true, true, false, true, true}
	for i, m := range msgs {
		if got := len(m.Embeds) == 1; got != wantEmbed[i] {
			t.Errorf("reply %d: answered = %v, want %v (content %q)", i, got, wantEmbed[i], m.Content)
		}
	}
	if !strings.Contains(msgs[2].Content, "wait a minute") {
		t.Errorf("rate-limited reply = %q, want a polite wait message", msgs[2].Content)
	}
	cb := decodeSent(t, fd.callbacks()[0].Body)
	if cb.Type != 4 || cb.Data == nil || cb.Data.Flags&64 == 0 || !strings.Contains(cb.Data.Content, "wait a minute") {
		t.Errorf("rate-limited /ask = %+v, want an ephemeral wait message", cb.Data)
	}
}

func TestEmbedForbiddenFallsBackToPlainText(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	fd.mu.Lock()
	fd.failEmbeds = true
	fd.mu.Unlock()
	_, stop := startFront(t, fd, fd.config(), newHandler(&fakeAsker{}))

	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "950", "42", "<@1000> when is the deadline?"))
	fd.waitMessages(2)
	stop()

	msgs := fd.messages()
	if len(msgs) != 2 {
		t.Fatalf("got %d posts, want 2 (embed refused, then plain text)", len(msgs))
	}
	plain := msgs[1]
	if len(plain.Embeds) != 0 {
		t.Errorf("retry has %d embeds, want none", len(plain.Embeds))
	}
	for _, want := range []string{"September 17", "> The deadline for TikTok is September 17.", "004\\_tiktok.txt"} {
		if !strings.Contains(plain.Content, want) {
			t.Errorf("plain reply %q lacks %q", plain.Content, want)
		}
	}
	if plain.MessageReference == nil || plain.MessageReference.MessageID != "950" {
		t.Errorf("plain reply reference = %+v, want message 950", plain.MessageReference)
	}
	checkNoMentions(t, plain.AllowedMentions)
}

func TestResumesAfterReconnectAndDroppedSocket(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	_, stop := startFront(t, fd, fd.config(), newHandler(&fakeAsker{}))

	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "960", "42", "<@1000> when is the deadline?"))
	fd.waitMessages(1)

	fd.reconnect() // op 7
	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "961", "42", "<@1000> when is the deadline?"))
	fd.waitMessages(2)

	fd.drop()
	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "962", "42", "<@1000> when is the deadline?"))
	fd.waitMessages(3)
	// Redelivered after the resume: must not be answered twice.
	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "962", "42", "<@1000> when is the deadline?"))
	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "963", "42", "<@1000> when is the deadline?"))
	fd.waitMessages(4)
	stop()

	resumes := fd.resumeList()
	if len(resumes) != 2 {
		t.Fatalf("got %d RESUMEs, want 2 (after op 7 and after the drop)", len(resumes))
	}
	for i, r := range resumes {
		if r.SessionID != "session-1" || r.Seq == 0 || r.Token != "Bot "+testToken {
			t.Errorf("RESUME %d = session %q seq %d, want session-1 with a sequence and the token", i, r.SessionID, r.Seq)
		}
	}
	if n := fd.identifyCount(); n != 1 {
		t.Errorf("got %d IDENTIFYs, want 1", n)
	}
	var ids []string
	for _, m := range fd.messages() {
		ids = append(ids, m.MessageReference.MessageID)
	}
	if strings.Join(ids, ",") != "960,961,962,963" {
		t.Errorf("replied to %v, want 960,961,962,963 once each", ids)
	}
}

func TestInvalidSessionReidentifies(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	_, stop := startFront(t, fd, fd.config(), newHandler(&fakeAsker{}))

	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "970", "42", "<@1000> when is the deadline?"))
	fd.waitMessages(1)
	fd.invalidSession(false) // op 9
	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "971", "42", "<@1000> when is the deadline?"))
	fd.waitMessages(2)
	stop()

	if n := fd.identifyCount(); n != 2 {
		t.Errorf("got %d IDENTIFYs, want 2", n)
	}
	if n := len(fd.messages()); n != 2 {
		t.Errorf("got %d replies, want 2", n)
	}
}

func TestIdentifyCarriesIntentsAndShard(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name      string
		id, count int
		want      *[2]int
	}{
		{"unsharded", 0, 1, nil},
		{"shard 1 of 3", 1, 3, &[2]int{1, 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fd := newFakeDiscord(t)
			cfg := fd.config()
			cfg.ShardID, cfg.ShardCount = tc.id, tc.count
			_, stop := startFront(t, fd, cfg, newHandler(&fakeAsker{}))
			fd.ready(false)
			stop()

			ids := fd.identifyList()
			if len(ids) != 1 {
				t.Fatalf("got %d IDENTIFYs, want 1", len(ids))
			}
			id := ids[0]
			if got, want := id.Intents, 1|1<<9|1<<12; got != want {
				t.Errorf("intents = %d, want %d (guilds, guild messages, direct messages)", got, want)
			}
			if id.Intents&(1<<15) != 0 {
				t.Errorf("intents %d ask for the privileged Message Content intent", id.Intents)
			}
			switch {
			case tc.want == nil && id.Shard != nil:
				t.Errorf("shard = %v, want none", *id.Shard)
			case tc.want != nil && (id.Shard == nil || *id.Shard != *tc.want):
				t.Errorf("shard = %v, want %v", id.Shard, *tc.want)
			}
			if id.Token != "Bot "+testToken {
				t.Errorf("IDENTIFY token is not the configured one with its Bot prefix")
			}
		})
	}
}

func TestCommandRegisteredOnceAcrossRestarts(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		guilds []string
		scopes []string
	}{
		{"global", nil, []string{""}},
		{"two guilds", []string{"401", "402"}, []string{"401", "402"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			fd := newFakeDiscord(t)
			cfg := fd.config()
			cfg.Guilds = tc.guilds
			writes := func() int {
				return len(fd.callsTo("POST", "/api/v9/applications/", "/commands")) +
					len(fd.callsTo("PUT", "/api/v9/applications/", "")) +
					len(fd.callsTo("PATCH", "/api/v9/applications/", ""))
			}
			lists := func() int { return len(fd.callsTo("GET", "/api/v9/applications/", "/commands")) }

			_, stop := startFront(t, fd, cfg, newHandler(&fakeAsker{}))
			waitFor(t, "registration", func() bool { return writes() >= len(tc.scopes) })
			stop()
			first := writes()
			_, stop = startFront(t, fd, cfg, newHandler(&fakeAsker{}))
			waitFor(t, "second lookup", func() bool { return lists() >= 2*len(tc.scopes) })
			stop()

			if first != len(tc.scopes) || writes() != first {
				t.Errorf("command writes: %d on first start, %d in all; want %d then none", first, writes(), len(tc.scopes))
			}
			for _, s := range tc.scopes {
				cmds := fd.commandsIn(s)
				if len(cmds) != 1 || cmds[0].Name != "ask" || len(cmds[0].Options) != 1 || cmds[0].Options[0].Name != "question" {
					t.Errorf("scope %q has commands %+v, want exactly /ask question", s, cmds)
				}
			}
			for _, c := range fd.callsTo("GET", "/api/v9/applications/", "/commands") {
				if !strings.HasPrefix(c.Path, "/api/v9/applications/2000/") {
					t.Errorf("registration used %s, want the application ID from READY (2000)", c.Path)
				}
			}
		})
	}
}

func TestStaleCommandIsEditedNotDuplicated(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	stale := askCommand()
	stale.ID, stale.Description = "3000", "old text"
	fd.mu.Lock()
	fd.commands[""] = append(fd.commands[""], stale)
	fd.mu.Unlock()
	cfg := fd.config()
	cfg.ApplicationID = "2001"
	_, stop := startFront(t, fd, cfg, newHandler(&fakeAsker{}))
	waitFor(t, "edit", func() bool { return len(fd.callsTo("PATCH", "/api/v9/applications/", "")) >= 1 })
	stop()

	edits := fd.callsTo("PATCH", "/api/v9/applications/", "")
	if len(edits) != 1 || edits[0].Path != "/api/v9/applications/2001/commands/3000" {
		t.Errorf("edits = %+v, want one of command 3000 under the configured application 2001", edits)
	}
	if n := len(fd.callsTo("POST", "/api/v9/applications/", "")); n != 0 {
		t.Errorf("got %d creates, want 0", n)
	}
	if cmds := fd.commandsIn(""); len(cmds) != 1 || cmds[0].Description != askCommand().Description {
		t.Errorf("commands = %+v, want the one /ask, updated", cmds)
	}
}

func TestShutdownWaitsForQuestionsInFlight(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	asker := &fakeAsker{block: make(chan struct{})}
	_, stop := startFront(t, fd, fd.config(), newHandler(asker))

	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "980", "42", "<@1000> when is the deadline?"))
	waitFor(t, "question asked", func() bool { return len(asker.asked()) == 1 })
	stopped := make(chan struct{})
	go func() { stop(); close(stopped) }()
	select {
	case <-stopped:
		t.Fatal("Run returned while a question was in flight")
	case <-time.After(100 * time.Millisecond):
	}
	close(asker.block)
	select {
	case <-stopped:
	case <-time.After(15 * time.Second):
		t.Fatal("Run did not return after the question finished")
	}
	if n := len(fd.messages()); n != 1 {
		t.Errorf("got %d replies, want the in-flight question answered once", n)
	}
}

func TestRealEngineAnswersTikTokDeadline(t *testing.T) {
	t.Parallel()
	ix := realIndex(t)
	fd := newFakeDiscord(t)
	_, stop := startFront(t, fd, fd.config(), newHandler(ix))

	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "990", "42", "<@1000> When is the TikTok deadline?"))
	fd.dispatch("INTERACTION_CREATE", askInteraction("690", "43", "When is the TikTok deadline?"))
	fd.waitMessages(1)
	fd.waitCallbacks(1)
	stop()

	m := fd.messages()[0]
	cb := decodeSent(t, fd.callbacks()[0].Body)
	for name, embeds := range map[string][]any{"reply": toAny(m.Embeds), "/ask": toAny(cb.Data.Embeds)} {
		if len(embeds) != 1 {
			t.Errorf("%s has %d embeds, want 1", name, len(embeds))
			continue
		}
		raw, _ := json.Marshal(embeds[0])
		if !strings.Contains(string(raw), "September 17") {
			t.Errorf("%s embed %s does not contain September 17", name, raw)
		}
	}
}

func toAny[T any](s []T) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

func TestGatewayURLIsDialledWithoutDiscovery(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	cfg := fd.config()
	cfg.GatewayURL = "ws://" + fd.srv.Listener.Addr().String() + "/ws/"
	_, stop := startFront(t, fd, cfg, newHandler(&fakeAsker{}))
	fd.dispatch("MESSAGE_CREATE", directMessage("995", "42", "when is the deadline?"))
	fd.waitMessages(1)
	stop()

	if n := len(fd.callsTo("GET", "/api/v9/gateway", "")); n != 0 {
		t.Errorf("got %d GET /gateway, want 0 with gateway_url set", n)
	}
	if n := fd.identifyCount(); n != 1 {
		t.Errorf("got %d IDENTIFYs through gateway_url, want 1", n)
	}
}
