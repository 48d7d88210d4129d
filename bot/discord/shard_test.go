package discord

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/bot/redisstate"
	"github.com/qabot/qabot/bot/redisstate/redistest"
)

// Guilds of the sharding tests: (id >> 22) % 2 is 0 for guildEven and 1
// for guildOdd, worked out by hand from Discord's formula.
const (
	guildEven = "881234567894317760"
	guildOdd  = "1056123456789012345"
)

func TestShardOf(t *testing.T) {
	tests := []struct {
		guild     string
		count     int
		want      int
		wantKnown bool
	}{
		{"", 2, 0, true}, // a DM: shard 0
		{guildEven, 2, 0, true},
		{guildOdd, 2, 1, true},
		{guildOdd, 3, 2, true},
		{guildOdd, 1, 0, true},
		{guildOdd, 0, 0, true},
		{"4194304", 2, 1, true}, // 1 << 22
		{"18446744073709551615", 16, 15, true},
		{"not-a-snowflake", 2, 0, false},
		{"-1", 2, 0, false},
	}
	for _, tt := range tests {
		got, known := ShardOf(tt.guild, tt.count)
		if got != tt.want || known != tt.wantKnown {
			t.Errorf("ShardOf(%q, %d): got %d, %v; want %d, %v", tt.guild, tt.count, got, known, tt.want, tt.wantKnown)
		}
	}
}

// discordShard is Discord's routing rule, written out again for the fake
// gateway: a guild's events go to (id >> 22) % count, DMs to shard 0.
func discordShard(guild string, count int) int {
	if guild == "" {
		return 0
	}
	id, _ := strconv.ParseUint(guild, 10, 64)
	return int((id >> 22) % uint64(count))
}

// TestShardsAnswerOnlyTheirGuilds runs two fronts, shards 0 and 1 of 2,
// each with its own gateway session, the way two processes would: each
// answers only its own guilds' messages and /ask, and a DM is answered
// once, by shard 0. It holds whether the gateway routes events as Discord
// does or hands every event to every session.
func TestShardsAnswerOnlyTheirGuilds(t *testing.T) {
	t.Parallel()
	events := []struct {
		kind  string // message or ask
		id    string
		guild string
	}{
		{"message", "7001", guildEven},
		{"message", "7002", guildOdd},
		{"message", "7003", ""},
		{"ask", "7004", guildOdd},
		{"ask", "7005", guildEven},
		{"message", "7006", guildOdd},
	}
	for _, route := range []string{"as Discord routes", "to every session"} {
		t.Run(route, func(t *testing.T) {
			t.Parallel()
			fd := newFakeDiscord(t)
			askers := []*fakeAsker{{}, {}}
			var stops []func()
			for shard := range 2 {
				cfg := fd.config()
				cfg.ShardID, cfg.ShardCount = shard, 2
				_, stop := startFront(t, fd, cfg, newHandler(askers[shard]))
				stops = append(stops, stop)
			}
			for _, ev := range events {
				q := "question " + ev.id
				var data map[string]any
				switch ev.kind {
				case "message":
					if ev.guild == "" {
						data = directMessage(ev.id, "42", q)
					} else {
						data = guildMessage(fd, ev.id, "42", fmt.Sprintf("<@%s> %s", fd.botID, q))
						data["guild_id"] = ev.guild
					}
				case "ask":
					data = askInteraction(ev.id, "42", q)
					data["guild_id"] = ev.guild
				}
				typ := map[string]string{"message": "MESSAGE_CREATE", "ask": "INTERACTION_CREATE"}[ev.kind]
				if route == "as Discord routes" {
					fd.dispatchToShard(discordShard(ev.guild, 2), typ, data)
				} else {
					fd.dispatchToShard(0, typ, data)
					fd.dispatchToShard(1, typ, data)
				}
			}
			fd.waitMessages(4)
			fd.waitCallbacks(2)
			for _, stop := range stops {
				stop() // waits for the questions in flight
			}

			for shard, want := range []string{"question 7001 question 7003 question 7005", "question 7002 question 7004 question 7006"} {
				got := askers[shard].asked()
				slices.Sort(got)
				if strings.Join(got, " ") != want {
					t.Errorf("shard %d answered %q, want %q", shard, got, want)
				}
			}
			var replied []string
			for _, m := range fd.messages() {
				if m.MessageReference != nil {
					replied = append(replied, m.MessageReference.MessageID)
				}
			}
			slices.Sort(replied)
			if got, want := strings.Join(replied, ","), "7001,7002,7003,7006"; got != want {
				t.Errorf("got replies to messages %s, want each of %s once", got, want)
			}
			var answered []string
			for _, c := range fd.callbacks() {
				answered = append(answered, strings.Split(c.Path, "/")[4])
			}
			slices.Sort(answered)
			if got, want := strings.Join(answered, ","), "7004,7005"; got != want {
				t.Errorf("got /ask answered for interactions %s, want each of %s once", got, want)
			}
		})
	}
}

// TestSameShardTwiceAnswersOnceThroughRedis runs two processes' fronts on
// the same shard, as a hot standby would, both receiving every event: with
// their duplicate filters shared through a real Redis, each message is
// answered once; without, twice.
func TestSameShardTwiceAnswersOnceThroughRedis(t *testing.T) {
	t.Parallel()
	srv := redistest.Start(t)
	for _, tc := range []struct {
		name   string
		shared bool
		want   int
	}{
		{"shared through redis", true, 1},
		{"each in process", false, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fd := newFakeDiscord(t)
			var stops []func()
			checked := make(chan bool, 2)
			for range 2 {
				var dedup bot.Deduper
				if tc.shared {
					store := redisstate.Open(redisstate.Config{Enabled: true, Address: srv.Addr(), KeyPrefix: "qabot:" + tc.name + ":"}, redisstate.Options{})
					t.Cleanup(func() { store.Close() })
					if err := store.Start(context.Background()); err != nil {
						t.Fatal(err)
					}
					dedup = store.Deduper("discord", DedupTTL)
				}
				_, stop := startFront(t, fd, fd.config(), newHandler(&fakeAsker{}), func(f *Front) {
					if dedup != nil {
						f.dedup = dedup
					}
					f.dedup = tellingDeduper{f.dedup, checked}
				})
				stops = append(stops, stop)
			}
			// Both must have seen READY: broadcast reaches only those.
			waitFor(t, "two sessions", func() bool { return fd.readiedCount() == 2 })
			msg := guildMessage(fd, "8001", "42", "<@"+fd.botID+"> when is the TikTok deadline?")
			fd.broadcast("MESSAGE_CREATE", msg)
			// Both sessions have decided whether to answer before the
			// replies are counted, so that none is still on its way.
			for range 2 {
				select {
				case <-checked:
				case <-time.After(10 * time.Second):
					t.Fatal("the two sessions did not both check the message within 10s")
				}
			}
			fd.waitMessages(tc.want)
			for _, stop := range stops {
				stop()
			}
			if got := len(fd.messages()); got != tc.want {
				t.Errorf("got %d replies to one message seen by two sessions, want %d", got, tc.want)
			}
		})
	}
}

// tellingDeduper is a front's duplicate filter that says on checked each
// time it has decided about an event.
type tellingDeduper struct {
	bot.Deduper
	checked chan<- bool
}

func (d tellingDeduper) First(ctx context.Context, id string) bool {
	first := d.Deduper.First(ctx, id)
	d.checked <- first
	return first
}
