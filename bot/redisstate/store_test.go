package redisstate

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/bot/bottest"
	"github.com/qabot/qabot/bot/redisstate/redistest"
)

// waitLimit bounds every wait of these tests.
const waitLimit = 10 * time.Second

// fakeRecorder records the Store's observations.
type fakeRecorder struct {
	mu        sync.Mutex
	states    []bool
	fallbacks map[string]int
}

func (r *fakeRecorder) RedisState(up bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.states = append(r.states, up)
}

func (r *fakeRecorder) RedisFallback(kind string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fallbacks == nil {
		r.fallbacks = map[string]int{}
	}
	r.fallbacks[kind]++
}

func (r *fakeRecorder) snapshot() ([]bool, map[string]int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	f := map[string]int{}
	for k, v := range r.fallbacks {
		f[k] = v
	}
	return append([]bool(nil), r.states...), f
}

// timers is a hand-driven time.After for the reconnection probe: each
// call is queued with the wait asked for, and fires when the test says.
type timers struct{ asked chan timer }

type timer struct {
	wait time.Duration
	c    chan time.Time
}

func newTimers() *timers { return &timers{asked: make(chan timer, 100)} }

func (ts *timers) after(d time.Duration) <-chan time.Time {
	c := make(chan time.Time, 1)
	ts.asked <- timer{wait: d, c: c}
	return c
}

// next waits for the probe to ask for a timer and returns it.
func (ts *timers) next(t *testing.T) timer {
	t.Helper()
	select {
	case tm := <-ts.asked:
		return tm
	case <-time.After(waitLimit):
		t.Fatal("the reconnection probe never waited")
		return timer{}
	}
}

// memVotes is a bot.FeedbackStore in memory, standing for the feedback
// file.
type memVotes struct {
	mu    sync.Mutex
	votes []bot.Feedback
}

func (m *memVotes) Add(_ context.Context, f bot.Feedback) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.votes = append(m.votes, f)
	return nil
}

func (m *memVotes) all() []bot.Feedback {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]bot.Feedback(nil), m.votes...)
}

// replica is one Store, as one qabot process would have it.
type replica struct {
	*Store
	rec    *fakeRecorder
	logs   *bottest.LogBuffer
	timers *timers
	backup *memVotes
}

func testConfig(addr string) Config {
	return Config{Enabled: true, Address: addr, KeyPrefix: DefaultKeyPrefix}
}

// open opens and starts a Store on cfg, closed when the test ends.
func open(t *testing.T, cfg Config) *replica {
	t.Helper()
	r := &replica{rec: &fakeRecorder{}, logs: &bottest.LogBuffer{}, timers: newTimers(), backup: &memVotes{}}
	r.Store = Open(cfg, Options{
		Logger:           slog.New(slog.NewTextHandler(r.logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Recorder:         r.rec,
		FeedbackFallback: r.backup,
		After:            r.timers.after,
		MinBackoff:       10 * time.Millisecond,
		MaxBackoff:       40 * time.Millisecond,
	})
	t.Cleanup(func() {
		if err := r.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	if err := r.Start(context.Background()); err != nil {
		t.Fatalf("Start: %v", err)
	}
	return r
}

// direct is a plain client of the test server, to look at what qabot
// wrote.
func direct(t *testing.T, addr string) *redis.Client {
	t.Helper()
	c := redis.NewClient(&redis.Options{Addr: addr})
	t.Cleanup(func() { c.Close() })
	return c
}

// exists reports whether key is in the test server at addr.
func exists(t *testing.T, addr, key string) bool {
	t.Helper()
	n, err := direct(t, addr).Exists(context.Background(), key).Result()
	if err != nil {
		t.Fatalf("EXISTS %s: %v", key, err)
	}
	return n == 1
}

func TestDeduperSharedAcrossReplicas(t *testing.T) {
	srv := redistest.Start(t)
	a, b := open(t, testConfig(srv.Addr())), open(t, testConfig(srv.Addr()))
	ctx := context.Background()
	slackA, slackB := a.Deduper("slack", time.Hour), b.Deduper("slack", time.Hour)
	discordB := b.Deduper("discord", 15*time.Minute)

	steps := []struct {
		d    bot.Deduper
		name string
		id   string
		want bool
	}{
		{slackA, "replica A", "evt:Ev1", true},
		{slackB, "replica B", "evt:Ev1", false},
		{slackA, "replica A", "evt:Ev1", false},
		{slackB, "replica B", "evt:Ev2", true},
		{slackA, "replica A", "evt:Ev2", false},
		{discordB, "replica B, discord", "evt:Ev1", true},
		{slackA, "replica A", "", true},
		{slackB, "replica B", "", true},
	}
	for i, s := range steps {
		if got := s.d.First(ctx, s.id); got != s.want {
			t.Errorf("step %d, %s: First(%q): got %v, want %v", i+1, s.name, s.id, got, s.want)
		}
	}
	ttl, err := direct(t, srv.Addr()).PTTL(ctx, "qabot:dedup:slack:evt:Ev1").Result()
	if err != nil || ttl <= 59*time.Minute || ttl > time.Hour {
		t.Errorf("got the key qabot:dedup:slack:evt:Ev1 expiring in %v (%v), want just under an hour", ttl, err)
	}
}

func TestDeduperOneWinnerUnderRace(t *testing.T) {
	srv := redistest.Start(t)
	replicas := []bot.Deduper{open(t, testConfig(srv.Addr())).Deduper("slack", time.Hour), open(t, testConfig(srv.Addr())).Deduper("slack", time.Hour)}
	const tries = 100
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		firsts int
	)
	for i := range tries {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if replicas[i%2].First(context.Background(), "evt:same") {
				mu.Lock()
				firsts++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if firsts != 1 {
		t.Errorf("got %d of %d concurrent deliveries over two replicas taken as first, want exactly 1", firsts, tries)
	}
}

func TestLimiterSharedAcrossReplicas(t *testing.T) {
	srv := redistest.Start(t)
	a, b := open(t, testConfig(srv.Addr())), open(t, testConfig(srv.Addr()))
	la, lb := a.Limiter("http", 3), b.Limiter("http", 3)
	ctx := context.Background()
	var got []bool
	for i := range 6 {
		l := la
		if i%2 == 1 {
			l = lb
		}
		got = append(got, l.Allow(ctx, "192.0.2.1"))
	}
	if want := []bool{true, true, true, false, false, false}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v for six questions over two replicas with a limit of 3, want %v", got, want)
	}
	if !la.Allow(ctx, "192.0.2.2") {
		t.Errorf("got another client refused, want each key counted on its own")
	}
	if !exists(t, srv.Addr(), "rate:qabot:http:192.0.2.1") {
		t.Errorf("got no key rate:qabot:http:192.0.2.1, want the count in Redis")
	}
}

// TestRedisKilledAndBack kills Redis under two replicas: every operation
// still gets an answer from in-process state, the loss is logged once and
// counted, votes go to the fallback, the probe backs off, and once Redis
// is back state is shared again and the votes kept are in the stream.
func TestRedisKilledAndBack(t *testing.T) {
	srv := redistest.Start(t)
	a, b := open(t, testConfig(srv.Addr())), open(t, testConfig(srv.Addr()))
	ctx := context.Background()
	da, db := a.Deduper("slack", time.Hour), b.Deduper("slack", time.Hour)
	la := a.Limiter("slack", 2)
	fa := a.Feedback()
	vote := bot.Feedback{Time: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), Front: "slack", Question: "q?", Sentence: "S.", Source: "a.txt"}

	if !da.First(ctx, "evt:before") || db.First(ctx, "evt:before") {
		t.Fatalf("before the kill: want the event first on A only")
	}
	srv.Kill()

	for i := range 5 {
		id := fmt.Sprint("evt:during", i)
		if !da.First(ctx, id) {
			t.Errorf("Redis down: got %s taken as a repeat on A, want first", id)
		}
		if da.First(ctx, id) {
			t.Errorf("Redis down: got %s first twice on A, want the in-process filter to catch the repeat", id)
		}
	}
	if a.Up() {
		t.Errorf("got Up true with Redis killed, want false")
	}
	allowed := 0
	for range 4 {
		if la.Allow(ctx, "U1") {
			allowed++
		}
	}
	if allowed != 2 {
		t.Errorf("Redis down: got %d of 4 questions allowed with a limit of 2, want 2 (counted in process)", allowed)
	}
	if err := fa.Add(ctx, vote); err != nil {
		t.Errorf("Redis down: Add: got %v, want the vote kept in the fallback", err)
	}
	if got := a.backup.all(); len(got) != 1 || got[0] != vote {
		t.Errorf("Redis down: got fallback votes %+v, want the vote", got)
	}
	if n := strings.Count(a.logs.String(), "redis unreachable"); n != 1 {
		t.Errorf("got %d 'redis unreachable' lines, want exactly 1 for one outage:\n%s", n, a.logs.String())
	}
	states, fallbacks := a.rec.snapshot()
	if fmt.Sprint(states) != "[true false]" {
		t.Errorf("got states %v, want [true false] (up at start, lost once)", states)
	}
	if fallbacks[KindDedup] < 5 || fallbacks[KindRateLimit] != 4 || fallbacks[KindFeedback] != 1 {
		t.Errorf("got fallbacks %v, want at least 5 dedup, 4 rate_limit, 1 feedback", fallbacks)
	}

	// The probe backs off while Redis stays away.
	var waits []time.Duration
	for range 4 {
		tm := a.timers.next(t)
		waits = append(waits, tm.wait)
		tm.c <- time.Time{}
	}
	if want := []time.Duration{10 * time.Millisecond, 20 * time.Millisecond, 40 * time.Millisecond, 40 * time.Millisecond}; fmt.Sprint(waits) != fmt.Sprint(want) {
		t.Errorf("got probe waits %v, want %v (doubling, capped)", waits, want)
	}

	srv.Restart()
	waitUp(t, a)
	// B has not tried Redis since the kill; its next operation finds its
	// connection dead, or a new one. Either way it is shared again soon.
	db.First(ctx, "evt:wake-b")
	waitUp(t, b)

	if !da.First(ctx, "evt:after") || db.First(ctx, "evt:after") {
		t.Errorf("after Redis is back: want an event first on A and a repeat on B (shared again)")
	}
	if !strings.Contains(a.logs.String(), "redis reachable again") {
		t.Errorf("got no 'redis reachable again' line:\n%s", a.logs.String())
	}
	votes, bad, err := fa.List(ctx, time.Time{})
	if err != nil || bad != 0 || len(votes) != 1 || !votes[0].Time.Equal(vote.Time) || votes[0].Question != vote.Question {
		t.Errorf("after Redis is back: got votes %+v, %d bad, %v; want the vote kept during the outage", votes, bad, err)
	}
}

// waitUp fires the probe's timers until r shares state through Redis
// again.
func waitUp(t *testing.T, r *replica) {
	t.Helper()
	deadline := time.After(waitLimit)
	for !r.Up() {
		select {
		case tm := <-r.timers.asked:
			tm.c <- time.Time{}
		case <-time.After(time.Millisecond):
		case <-deadline:
			t.Fatalf("Redis did not come back within %s:\n%s", waitLimit, r.logs.String())
		}
	}
}

func TestStartWithPassword(t *testing.T) {
	const password = "correct-horse-battery-staple"
	srv := redistest.StartWith(t, redistest.Options{Password: password})
	tests := []struct {
		name     string
		password string
		wantErr  string
	}{
		{"right password", password, ""},
		{"wrong password", "wrong-horse-0123", "check redis.username, redis.password and redis.db"},
		{"no password", "", "check redis.username, redis.password and redis.db"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig(srv.Addr())
			cfg.Password = tt.password
			s := Open(cfg, Options{})
			defer s.Close()
			err := s.Start(context.Background())
			switch {
			case tt.wantErr == "" && (err != nil || !s.Up()):
				t.Errorf("got %v, up %v; want started and up", err, s.Up())
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("got %v, want an error holding %q", err, tt.wantErr)
			case err != nil && (strings.Contains(err.Error(), password) || strings.Contains(err.Error(), "wrong-horse")):
				t.Errorf("got %q, which holds a password", err)
			}
		})
	}
}

// TestStartUnreachable starts with no Redis at the address: qabot starts
// all the same, on in-process state, and shares once Redis comes up.
func TestStartUnreachable(t *testing.T) {
	srv := redistest.Start(t)
	srv.Kill()
	r := open(t, testConfig(srv.Addr()))
	if r.Up() {
		t.Fatalf("got Up with no Redis, want in-process state")
	}
	if !r.Deduper("slack", time.Hour).First(context.Background(), "evt:1") {
		t.Errorf("got the first event taken as a repeat, want it answered")
	}
	if states, _ := r.rec.snapshot(); fmt.Sprint(states) != "[false]" {
		t.Errorf("got states %v, want [false]", states)
	}
	srv.Restart()
	waitUp(t, r)
	if states, _ := r.rec.snapshot(); fmt.Sprint(states) != "[false true]" {
		t.Errorf("got states %v, want [false true]", states)
	}
}

// TestRefusedOperationsFallBackQuietly runs qabot as an ACL user allowed
// only keys under its prefix: redis_rate's keys ("rate:qabot:…") are
// refused, which is logged once and falls back to in-process counting,
// while the duplicate filter, allowed, stays shared. A refusal is not an
// outage.
func TestRefusedOperationsFallBackQuietly(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	if err := direct(t, srv.Addr()).Do(ctx, "ACL", "SETUSER", "narrow", "on", ">narrow-pass-0123", "~qabot:*", "+@all").Err(); err != nil {
		t.Fatal(err)
	}
	cfg := testConfig(srv.Addr())
	cfg.Username, cfg.Password = "narrow", "narrow-pass-0123"
	r := open(t, cfg)
	l := r.Limiter("slack", 2)
	allowed := 0
	for range 4 {
		if l.Allow(ctx, "U1") {
			allowed++
		}
	}
	if allowed != 2 {
		t.Errorf("got %d of 4 allowed with a limit of 2, want 2 (counted in process)", allowed)
	}
	if n := strings.Count(r.logs.String(), "redis refused an operation"); n != 1 {
		t.Errorf("got %d refusal lines, want 1:\n%s", n, r.logs.String())
	}
	if !r.Up() {
		t.Errorf("got Up false after refusals, want true: Redis is there")
	}
	d := r.Deduper("slack", time.Hour)
	if !d.First(ctx, "evt:x") {
		t.Fatalf("got a new event taken as a repeat")
	}
	if !exists(t, srv.Addr(), "qabot:dedup:slack:evt:x") {
		t.Errorf("got no dedup key in Redis, want it: still shared")
	}
}

func TestFeedbackList(t *testing.T) {
	srv := redistest.Start(t)
	r := open(t, testConfig(srv.Addr()))
	ctx := context.Background()
	f := r.Feedback()
	day := time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC)
	for i, q := range []string{"old?", "new?", "newer?"} {
		if err := f.Add(ctx, bot.Feedback{Time: day.Add(time.Duration(i-1) * 48 * time.Hour), Front: "slack", Question: q}); err != nil {
			t.Fatal(err)
		}
	}
	c := direct(t, srv.Addr())
	for _, values := range [][]any{{"vote", "not json"}, {"other", "x"}} {
		if err := c.XAdd(ctx, &redis.XAddArgs{Stream: "qabot:feedback", Values: values}).Err(); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		since   time.Time
		want    string
		wantBad int
	}{
		{time.Time{}, "old? new? newer?", 2},
		{day, "new? newer?", 2},
		{day.Add(time.Hour), "newer?", 2},
	}
	for _, tt := range tests {
		votes, bad, err := f.List(ctx, tt.since)
		var qs []string
		for _, v := range votes {
			qs = append(qs, v.Question)
		}
		if err != nil || strings.Join(qs, " ") != tt.want || bad != tt.wantBad {
			t.Errorf("List(since %v): got %q, %d bad, %v; want %q, %d bad", tt.since, qs, bad, err, tt.want, tt.wantBad)
		}
	}
	if _, _, err := open(t, Config{Enabled: true, Address: "127.0.0.1:1", KeyPrefix: "q:"}).Feedback().List(ctx, time.Time{}); err == nil || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Errorf("List with no Redis: got %v, want an error naming the address", err)
	}
}

func TestCloseStopsTheProbe(t *testing.T) {
	srv := redistest.Start(t)
	srv.Kill()
	s := Open(testConfig(srv.Addr()), Options{MinBackoff: time.Hour})
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.Close() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Close: %v", err)
		}
	case <-time.After(waitLimit):
		t.Fatal("Close did not return while the probe waited")
	}
}
