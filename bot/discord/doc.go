// Package discord is qabot's Discord front. It answers three kinds of
// question: a mention of the bot in a guild channel, a direct message, and
// the /ask slash command. Answers are replies to the asking message (or the
// interaction's response), rendered as an embed: the answer span as its
// title, the sentence quoted, the source in the footer and other documents
// in a field; plain text where a channel does not allow embeds.
//
// The front connects with github.com/bwmarrin/discordgo using the guilds,
// guild messages and direct messages intents only: mentions, DMs and
// interactions carry their text without the privileged Message Content
// intent. No message it sends can ping anyone.
//
// Concurrency: a Front serves once. Run connects and serves until its
// context is done, then stops taking questions, waits for those in flight,
// closes the gateway connection and returns. Each question is answered in
// its own goroutine; discordgo's event handlers only filter and dispatch.
package discord
