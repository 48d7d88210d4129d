// Package slack is qabot's Slack front: it turns Slack messages into
// questions for a bot.Handler and its replies into Slack messages.
//
// # Modes
//
// In Socket Mode (the default) the front dials Slack over a websocket with
// an app-level token (xapp-…), so it needs no public URL; slack-go's
// socketmode client keeps the connection up and reconnects when it drops.
// In http mode it serves the Events API, slash commands and interactivity
// on Config.Listen (see http.go), verifying every request with the signing
// secret; several replicas can share one load balancer. Both post replies
// with the bot token (xoxb-…) through the Web API at Config.APIURL.
//
// # Questions and replies
//
// A question is an @mention in a channel, a direct message, /ask, or, in
// channels on the Config.Channels allow-list, a message that is plainly a
// question (event.go). The reply goes in the thread of the asking message,
// as Block Kit with a plain-text fallback (blocks.go); refusals and the
// rate-limit notice are shown only to the asker (answer.go). Nothing echoed
// from a question or a document can notify anyone (text.go), and links are
// never unfurled. 👍/👎 buttons under each answer record feedback
// (dispatch.go).
//
// # Exactly one reply
//
// Envelopes are acknowledged before the question is answered. A
// redelivered envelope (same envelope_id), a retried event (same event_id)
// and one message seen twice (as app_mention and message.im) are answered
// once, by a bot.Dedup that remembers IDs for an hour within one process.
//
// # Concurrency
//
// Each question is answered in its own goroutine, a bounded number at a
// time; one that waits too long for its turn is told so in its thread
// rather than left without a reply. When Run's context ends,
// the front stops taking questions, waits for those in flight, then closes
// the connection. A Front serves once; its methods other than Run are not
// for callers.
package slack
