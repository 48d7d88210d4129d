package discord

// Sharding across processes, as Discord documents it: a bot in many guilds
// runs shard_count gateway sessions, each identifying with its own
// [shard_id, shard_count], and Discord sends each session the events of
// the guilds with
//
//	shard_id = (guild_id >> 22) % shard_count
//
// and every direct message to shard 0. Each session can be its own `qabot
// serve` process. The front checks the same rule on what it receives, so
// that a gateway or proxy that delivers an event to the wrong session
// never gets it answered twice; with Redis configured, the duplicate
// filter is shared too, for processes that run the same shard.

import "strconv"

// ShardOf returns the shard that Discord routes a guild's events to, out
// of count shards; "" (a direct message) is shard 0. A guild ID that is
// not a number is reported as ok false.
func ShardOf(guildID string, count int) (shard int, ok bool) {
	if guildID == "" || count <= 1 {
		return 0, true
	}
	id, err := strconv.ParseUint(guildID, 10, 64)
	if err != nil {
		return 0, false
	}
	return int((id >> 22) % uint64(count)), true
}

// owns reports whether an event of guildID ("" for a direct message) is
// this front's to answer. An ID that cannot be read is answered rather
// than dropped.
func (f *Front) owns(guildID string) bool {
	shard, ok := ShardOf(guildID, f.session.ShardCount)
	if !ok || shard == f.session.ShardID {
		return true
	}
	f.log.Debug("event for another shard ignored", "guild", guildID, "its_shard", shard, "shard", f.session.ShardID)
	return false
}
