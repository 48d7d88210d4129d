package discord_test

import (
	"fmt"

	"github.com/qabot/qabot/bot/discord"
)

// Validate names each bad key and says what a valid value looks like,
// without ever printing the token.
func ExampleConfig_Validate() {
	cfg := discord.Config{
		Enabled:    true,
		Token:      "hunter2",
		ShardID:    2,
		ShardCount: 2,
	}
	fmt.Println(cfg.Validate())
	// Output:
	// discord.token: is not a bot token (7 characters); want a bot token from the Developer Portal's Bot page: three dot-separated base64url parts such as "MTA1NjE….GaBcDe.x1Y2z3…", optionally prefixed with "Bot "
	// discord.shard_id: is 2; want a number from 0 to shard_count-1 (shard_count is 2)
}
