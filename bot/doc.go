// Package bot is the platform-neutral part of qabot's chat fronts: what
// counts as a question, help text (and small talk, from smalltalk.txt),
// per-user rate limits, duplicate suppression, the questions in flight at
// shutdown, a front's connection state and the wording of every reply.
//
// A front (bot/slack, bot/discord, bot/httpapi) turns a platform event into a
// Request, calls Handler.Handle, and renders the Reply in its platform's
// format. The package declares what it needs from the engine (Asker) and
// from metrics (Recorder); it knows nothing about how a platform is reached.
package bot
