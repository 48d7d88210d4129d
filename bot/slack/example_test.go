package slack_test

import (
	"fmt"

	"github.com/qabot/qabot/bot/slack"
)

func ExampleConfig_Validate() {
	cfg := slack.Config{Enabled: true, Mode: "http", BotToken: "xoxp-a-user-token", Listen: "127.0.0.1:3000"}
	fmt.Println(cfg.Validate())
	// Output:
	// slack.bot_token: must be a bot token starting with "xoxb-", from the app's OAuth & Permissions page
	// slack.signing_secret: required in http mode: the signing secret from the app's Basic Information page
}
