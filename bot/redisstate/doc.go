// Package redisstate shares the little state that qabot's replicas must
// agree on through one Redis server (github.com/redis/go-redis/v9), so that
// several `qabot serve` processes behind a load balancer, several Slack
// Socket Mode connections or several Discord shards act as one bot:
//
//   - the fronts' duplicate filters (bot.Deduper): an event ID is claimed
//     with SET NX and a TTL covering the platform's retry window, so a
//     retried event is answered once whichever replica it reaches;
//   - the per-user and per-IP rate limits (bot.Limiter), counted atomically
//     across replicas by github.com/go-redis/redis_rate (GCRA: a burst of
//     the limit, then one question every minute/limit);
//   - the 👍/👎 votes (bot.FeedbackStore), appended to a Redis stream that
//     `qabot feedback` reads.
//
// Keys, with the configured prefix (default "qabot:"):
//
//	{prefix}dedup:{front}:{event}   "1", expires after the front's TTL
//	rate:{prefix}{front}:{user}     redis_rate's GCRA state (it puts "rate:" first)
//	{prefix}feedback                stream of votes, field "vote" = bot.Feedback as JSON,
//	                                trimmed to about 100,000 entries
//
// Redis going away never loses a question. Every operation has a short
// timeout; the first failure switches the Store to in-process state (the
// same bot.Dedup and bot.RateLimiter a single process uses, and the
// feedback file for votes), logs that once, and counts it in the metrics.
// A background probe then pings Redis with exponential backoff; once it
// answers, state is shared again and the votes kept meanwhile are written
// to the stream. Each duplicate filter also remembers IDs in process all
// along, so that a retry of an event answered while Redis was away is still
// caught by the replica that answered it.
package redisstate
