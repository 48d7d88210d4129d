package main

// qabot feedback: the answers people marked wrong (👎), most often first,
// with the questions they were given to: the list a maintainer reads to
// improve the corpus. Votes come from Redis when the configuration has a
// redis section, plus the feedback file in the data folder (where votes go
// without Redis, and while Redis is away).

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/bot/redisstate"
)

const feedbackAbout = `Lists the answers people marked wrong with 👎, most often first: the answer's
source and sentence, how many marked it wrong (and helpful), and the
questions it was given to. Votes are read from Redis when the configuration
enables it, and from the feedback file in the data folder (data_dir). It
reads qabot serve's configuration: --config and the QABOT_* variables.
Votes are stored only while log.questions is true.`

const feedbackExamples = `  qabot feedback --config config.yaml
  qabot feedback --config config.yaml --since 7d
  qabot feedback --since 2026-01-01 --json`

// maxQuestionsShown bounds the questions listed under one answer.
const maxQuestionsShown = 5

// voteLister is a place votes are kept: Redis, or the feedback file.
type voteLister interface {
	List(ctx context.Context, since time.Time) (votes []bot.Feedback, bad int, err error)
}

// feedbackOptions are the flags of qabot feedback.
type feedbackOptions struct {
	config configOptions // only --config
	since  string
	json   bool
}

func newFeedbackCommand(e env, code *int) *cobra.Command {
	var o feedbackOptions
	c := &cobra.Command{
		Use:     "feedback [flags]",
		Short:   "list the answers people marked wrong, most often first",
		Long:    feedbackAbout,
		Example: feedbackExamples,
		Args:    noArgs,
	}
	c.RunE = exits(code, func(ctx context.Context, _ []string) (int, error) { return runFeedback(ctx, o, e) })
	f := c.Flags()
	f.StringVar(&o.config.path, "config", "", "qabot serve's configuration `FILE` (for data_dir and redis)")
	f.StringVar(&o.since, "since", "", "only votes of the last `AGE` (7d, 24h, 30m, 2w) or since a date (2026-01-02); default: all")
	f.BoolVar(&o.json, "json", false, "print the answers as a JSON array")
	return c
}

// runFeedback is "qabot feedback".
func runFeedback(ctx context.Context, o feedbackOptions, e env) (int, error) {
	cfg, _, err := o.config.load("feedback", e)
	if err != nil {
		return exitUsage, err
	}
	since, err := parseSince(o.since, time.Now())
	if err != nil {
		return exitUsage, usagef("feedback", "--since %q: %v", o.since, err)
	}
	if !cfg.Log.Questions {
		fmt.Fprintln(e.stderr, "qabot feedback: note: log.questions is false in this configuration, so new votes are not stored")
	}
	sources := []voteLister{fileVotes{path: filepath.Join(dataDir(cfg.DataDir, e.getenv), bot.FeedbackFileName)}}
	if cfg.Redis.Enabled {
		store := redisstate.Open(cfg.Redis, redisstate.Options{Logger: slog.New(slog.DiscardHandler)})
		defer store.Close()
		sources = append(sources, store.Feedback())
	}
	votes, bad, err := collectVotes(ctx, since, sources)
	if err != nil {
		return exitUsage, &cmdError{cmd: "feedback", code: exitUsage, err: err}
	}
	if bad > 0 {
		fmt.Fprintf(e.stderr, "qabot feedback: skipped %d stored records that are not votes\n", bad)
	}
	answers := wrongAnswers(votes)
	if o.json {
		err = writeWrongJSON(e.stdout, answers)
	} else {
		err = writeWrongText(e.stdout, answers, len(votes), since, o.since)
	}
	if err != nil {
		return outputError("feedback", err)
	}
	return exitOK, nil
}

// collectVotes lists the votes of every source since since, each vote once
// (a vote kept in the file while Redis was away is in both).
func collectVotes(ctx context.Context, since time.Time, sources []voteLister) ([]bot.Feedback, int, error) {
	var (
		all  []bot.Feedback
		bad  int
		seen = map[string]bool{}
	)
	for _, s := range sources {
		votes, n, err := s.List(ctx, since)
		if err != nil {
			return nil, 0, err
		}
		bad += n
		for _, v := range votes {
			k := voteKey(v)
			if !seen[k] {
				seen[k] = true
				all = append(all, v)
			}
		}
	}
	return all, bad, nil
}

// voteKey identifies a vote: the same vote read from two places has the
// same key.
func voteKey(v bot.Feedback) string {
	return strings.Join([]string{strconv.FormatInt(v.Time.UnixNano(), 10), v.Front, strconv.FormatBool(v.Helpful), v.Question, v.Sentence, v.Source}, "\x00")
}

// fileVotes reads the feedback file.
type fileVotes struct{ path string }

// List implements voteLister. A missing file holds no votes.
func (f fileVotes) List(ctx context.Context, since time.Time) ([]bot.Feedback, int, error) {
	file, err := os.Open(f.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, 0, nil
	}
	if err != nil {
		return nil, 0, fmt.Errorf("read votes: %w", err)
	}
	defer file.Close()
	var (
		votes []bot.Feedback
		bad   int
	)
	lr := newLineReader(file, maxLineBytes)
	for {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		l, err := lr.next()
		if errors.Is(err, io.EOF) {
			return votes, bad, nil
		}
		if err != nil {
			return nil, 0, fmt.Errorf("read votes from %s: %w", f.path, err)
		}
		if strings.TrimSpace(string(l.text)) == "" {
			continue
		}
		v, perr := bot.ParseFeedback(l.text)
		switch {
		case l.tooLong || perr != nil:
			bad++
		case !v.Time.Before(since):
			votes = append(votes, v)
		}
	}
}

// wrongAnswer is one answer people marked wrong, as listed.
type wrongAnswer struct {
	Source   string `json:"source"`
	Sentence string `json:"sentence"`
	// Wrong and Helpful count the 👎 and 👍 votes on the answer.
	Wrong   int `json:"wrong"`
	Helpful int `json:"helpful"`
	// Questions are the questions it was marked wrong for, most often
	// first, at most maxQuestionsShown.
	Questions []string  `json:"questions"`
	Fronts    []string  `json:"fronts"`
	Last      time.Time `json:"last_marked_wrong"`

	asked map[string]int
}

// wrongAnswers groups votes by answer (source and sentence) and returns
// those marked wrong at least once: most 👎 first, then the most recently
// marked.
func wrongAnswers(votes []bot.Feedback) []wrongAnswer {
	byAnswer := map[[2]string]*wrongAnswer{}
	for _, v := range votes {
		k := [2]string{v.Source, v.Sentence}
		a := byAnswer[k]
		if a == nil {
			a = &wrongAnswer{Source: v.Source, Sentence: v.Sentence, asked: map[string]int{}}
			byAnswer[k] = a
		}
		if v.Helpful {
			a.Helpful++
			continue
		}
		a.Wrong++
		if v.Question != "" {
			a.asked[v.Question]++
		}
		if !slices.Contains(a.Fronts, v.Front) {
			a.Fronts = append(a.Fronts, v.Front)
		}
		if v.Time.After(a.Last) {
			a.Last = v.Time.UTC()
		}
	}
	var out []wrongAnswer
	for _, a := range byAnswer {
		if a.Wrong == 0 {
			continue
		}
		for q := range a.asked {
			a.Questions = append(a.Questions, q)
		}
		slices.SortFunc(a.Questions, func(x, y string) int {
			return cmp.Or(cmp.Compare(a.asked[y], a.asked[x]), cmp.Compare(x, y))
		})
		a.Questions = a.Questions[:min(len(a.Questions), maxQuestionsShown)]
		if a.Questions == nil {
			a.Questions = []string{}
		}
		slices.Sort(a.Fronts)
		out = append(out, *a)
	}
	slices.SortFunc(out, func(x, y wrongAnswer) int {
		return cmp.Or(cmp.Compare(y.Wrong, x.Wrong), y.Last.Compare(x.Last), cmp.Compare(x.Source, y.Source), cmp.Compare(x.Sentence, y.Sentence))
	})
	return out
}

func writeWrongJSON(w io.Writer, answers []wrongAnswer) error {
	if answers == nil {
		answers = []wrongAnswer{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(answers)
}

func writeWrongText(w io.Writer, answers []wrongAnswer, votes int, since time.Time, sinceFlag string) error {
	when := "ever"
	if !since.IsZero() {
		when = "since " + since.UTC().Format("2006-01-02 15:04 MST")
		if sinceFlag != "" && !strings.Contains(sinceFlag, "-") {
			when += " (the last " + sinceFlag + ")"
		}
	}
	var b strings.Builder
	if len(answers) == 0 {
		fmt.Fprintf(&b, "No answer was marked wrong %s (%s).\n", when, plural(votes, "vote"))
		_, err := io.WriteString(w, b.String())
		return err
	}
	wrong := 0
	for _, a := range answers {
		wrong += a.Wrong
	}
	fmt.Fprintf(&b, "Answers marked wrong %s: %s on %s, most often first.\n", when, plural(wrong, "vote"), plural(len(answers), "answer"))
	for i, a := range answers {
		source := a.Source
		if source == "" {
			source = "(source unknown)"
		}
		fmt.Fprintf(&b, "\n%d. %d marked wrong, %d helpful: %s\n", i+1, a.Wrong, a.Helpful, source)
		if a.Sentence != "" {
			fmt.Fprintf(&b, "   %q\n", a.Sentence)
		}
		if len(a.Questions) > 0 {
			qs := make([]string, len(a.Questions))
			for j, q := range a.Questions {
				qs[j] = strconv.Quote(q)
				if n := a.asked[q]; n > 1 {
					qs[j] += fmt.Sprintf(" (%d)", n)
				}
			}
			fmt.Fprintf(&b, "   asked: %s\n", strings.Join(qs, ", "))
		}
		fmt.Fprintf(&b, "   last marked wrong: %s on %s\n", a.Last.Format("2006-01-02 15:04 MST"), strings.Join(a.Fronts, ", "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// agePattern is an age for --since: a number and a unit, minutes to weeks.
var agePattern = regexp.MustCompile(`^([0-9]{1,6})([mhdw])$`)

// parseSince reads --since: "" (all votes), an age such as 7d, 24h, 30m or
// 2w, a Go duration such as 36h30m, a date (2026-01-02, midnight UTC) or an
// RFC 3339 time. The result is never after now.
func parseSince(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	var since time.Time
	if m := agePattern.FindStringSubmatch(strings.ToLower(s)); m != nil {
		n, _ := strconv.Atoi(m[1])
		unit := map[string]time.Duration{"m": time.Minute, "h": time.Hour, "d": 24 * time.Hour, "w": 7 * 24 * time.Hour}[m[2]]
		since = now.Add(-time.Duration(n) * unit)
	} else if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		since = now.Add(-d)
	} else if t, err := time.Parse("2006-01-02", s); err == nil {
		since = t
	} else if t, err := time.Parse(time.RFC3339, s); err == nil {
		since = t
	} else {
		return time.Time{}, errors.New("want an age such as 7d, 24h, 30m or 2w, or a date such as 2026-01-02")
	}
	if since.After(now) {
		return time.Time{}, errors.New("is in the future; want an age such as 7d or a past date")
	}
	return since, nil
}
