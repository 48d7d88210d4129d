package qa_test

import (
	"context"
	"fmt"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa"
)

func ExampleIndex_Ask() {
	ix := qa.Build([]corpus.Document{
		{Path: "talks.txt", Body: "Senior officials met in Madrid on Sunday.\nTreasury Secretary Scott Bessent and Vice Premier He Lifeng led the talks.\nByteDance must divest TikTok by September 17 or face a ban."},
	})
	a, err := ix.Ask(context.Background(), "when must bytedance divest tiktok")
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(a.Found, a.Span)
	fmt.Println(a.Sentence)
	fmt.Println(a.Source.Path)

	a, _ = ix.Ask(context.Background(), "how do I reset my vpn password")
	fmt.Println(a.Found)
	// Output:
	// true September 17
	// ByteDance must divest TikTok by September 17 or face a ban.
	// talks.txt
	// false
}
