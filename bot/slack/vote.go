package slack

// What a feedback button carries.
//
// A click reaches qabot as the button's value and the message's IDs, not
// the answer itself, and it may reach another replica than the one that
// answered. So the value says what a vote is about: the question, the
// answer's sentence and its source, as compact JSON,
//
//	{"q":"when is the tiktok deadline?","s":"The deadline was …","src":"002_doc.txt"}
//
// each part clipped so that the whole fits in Slack's 2,000 characters.
// The question is the asker's own message, already in the channel. The
// buttons of replies posted before this format hold the source path alone,
// and are still read.

import (
	"bytes"
	"encoding/json"
	"strings"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/qa"
)

// voteValue is the JSON in a feedback button's value.
type voteValue struct {
	Question string `json:"q,omitempty"`
	Sentence string `json:"s,omitempty"`
	Source   string `json:"src,omitempty"`
}

// Room for each part of a button's value, in bytes: the source and the
// question first, the sentence gets the rest.
const (
	maxVoteSource   = 300
	maxVoteQuestion = 500
)

// encodeVote returns the button value for an answer to question.
func encodeVote(question string, a qa.Answer) string {
	v := voteValue{
		Question: clip(question, maxVoteQuestion),
		Sentence: a.Sentence,
		Source:   clip(a.Source.Path, maxVoteSource),
	}
	for {
		out := marshalVote(v)
		over := len(out) - maxButtonValue
		if over <= 0 {
			return out
		}
		// JSON escaping can make the value longer than its parts; cut
		// the sentence, then the question, then the source by the excess.
		switch {
		case v.Sentence != "":
			v.Sentence = shorten(v.Sentence, over)
		case v.Question != "":
			v.Question = shorten(v.Question, over)
		default:
			v.Source = shorten(v.Source, over)
		}
	}
}

// shorten cuts by bytes off the end of s, or all of it when too little
// would be left to be worth an ellipsis.
func shorten(s string, by int) string {
	n := len(s) - by
	if n <= 2*len("…") {
		return ""
	}
	return clip(s, n)
}

func marshalVote(v voteValue) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // strings only: cannot fail
	return strings.TrimSuffix(b.String(), "\n")
}

// decodeVote reads a button value as a vote: JSON as encodeVote writes it,
// or a bare source path from an older reply.
func decodeVote(value string, helpful bool) bot.Vote {
	var v voteValue
	if strings.HasPrefix(value, "{") && json.Unmarshal([]byte(value), &v) == nil {
		return bot.Vote{Helpful: helpful, Question: v.Question, Sentence: v.Sentence, Source: v.Source}
	}
	return bot.Vote{Helpful: helpful, Source: value}
}
