package redisstate

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/qabot/qabot/bot"
)

// Votes are entries of one stream, each with one field holding the vote as
// JSON. The stream is trimmed, approximately, to maxVotes entries.
const (
	feedbackKey   = "feedback"
	voteField     = "vote"
	maxVotes      = 100_000
	listPageCount = 1000
	// clockSkew is how far ahead of Redis's clock a replica's may run
	// without List missing its votes.
	clockSkew = time.Hour
)

// Feedback returns the vote store: the Redis stream, or while Redis is
// away the fallback file, with the votes written to the stream once Redis
// is back.
func (s *Store) Feedback() *Feedback { return &Feedback{s: s} }

// Feedback keeps votes in Redis. It implements bot.FeedbackStore and is
// safe for concurrent use.
type Feedback struct{ s *Store }

// Add stores one vote.
func (f *Feedback) Add(ctx context.Context, rec bot.Feedback) error {
	s := f.s
	if s.up.Load() {
		opCtx, cancel := s.opContext(ctx)
		err := s.addVote(opCtx, rec)
		cancel()
		if err == nil {
			return nil
		}
		s.failed(ctx, KindFeedback, err)
	}
	s.fellBack(KindFeedback)
	s.mu.Lock()
	if len(s.pending) == maxPending {
		s.pending = s.pending[1:]
	}
	s.pending = append(s.pending, rec)
	s.mu.Unlock()
	if s.backup == nil {
		return nil
	}
	return s.backup.Add(ctx, rec)
}

func (s *Store) addVote(ctx context.Context, rec bot.Feedback) error {
	raw, err := json.Marshal(rec)
	if err != nil {
		return fmt.Errorf("encode vote: %w", err)
	}
	return s.rdb.XAdd(ctx, &redis.XAddArgs{
		Stream: s.cfg.KeyPrefix + feedbackKey,
		MaxLen: maxVotes,
		Approx: true,
		Values: []any{voteField, raw},
	}).Err()
}

// flushPending writes the votes kept while Redis was away to the stream.
// If Redis fails again, the rest wait for the next time it is back.
func (s *Store) flushPending() {
	s.mu.Lock()
	votes := s.pending
	s.pending = nil
	s.mu.Unlock()
	for i, rec := range votes {
		ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
		err := s.addVote(ctx, rec)
		cancel()
		if err != nil {
			s.mu.Lock()
			s.pending = append(votes[i:], s.pending...)
			s.mu.Unlock()
			s.failed(context.Background(), KindFeedback, err)
			return
		}
	}
	if len(votes) > 0 {
		s.log.Info("votes kept while redis was away are stored in redis", "votes", len(votes))
	}
}

// List returns the votes in the stream cast at or after since, oldest
// first, and the number of entries that could not be read as a vote. It
// needs Redis: there is no fallback for reading.
func (f *Feedback) List(ctx context.Context, since time.Time) (votes []bot.Feedback, bad int, err error) {
	s := f.s
	start := "-"
	if !since.IsZero() {
		// Stream IDs are the milliseconds of insertion by Redis's clock,
		// after the vote by the replica's: a vote written late is found,
		// and clockSkew covers a replica whose clock runs ahead.
		start = strconv.FormatInt(since.Add(-clockSkew).UnixMilli(), 10)
	}
	for {
		page, err := s.rdb.XRangeN(ctx, s.cfg.KeyPrefix+feedbackKey, start, "+", listPageCount).Result()
		if err != nil {
			return nil, 0, fmt.Errorf("read votes from redis at %s: %w", s.cfg.Address, err)
		}
		for _, m := range page {
			raw, ok := m.Values[voteField].(string)
			if !ok {
				bad++
				continue
			}
			rec, err := bot.ParseFeedback([]byte(raw))
			if err != nil {
				bad++
				continue
			}
			if !rec.Time.Before(since) {
				votes = append(votes, rec)
			}
		}
		if len(page) < listPageCount {
			return votes, bad, nil
		}
		start = "(" + page[len(page)-1].ID
	}
}
