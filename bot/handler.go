package bot

import (
	"context"
	"log/slog"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/qabot/qabot/qa"
)

// Asker is what the bot needs from the engine: an answer to question text.
// It must be safe for concurrent use.
type Asker interface {
	Ask(ctx context.Context, question string) (qa.Answer, error)
}

// TopAsker is an Asker that can also give the best n answers to a
// question, best first (see qa.Index.AnswerTop). A Handler whose Asker is
// one honours Request.Top; with any other Asker it answers with one.
type TopAsker interface {
	Asker
	AskTop(ctx context.Context, question string, n int) ([]qa.Answer, error)
}

// Recorder receives one observation per question and per feedback click,
// for metrics. It must be safe for concurrent use.
type Recorder interface {
	Question(front string, outcome Outcome, elapsed time.Duration)
	Feedback(front string, helpful bool)
}

// Outcome is how a question ended.
type Outcome string

// The outcomes of a question.
const (
	OutcomeAnswered    Outcome = "answered"
	OutcomeNotFound    Outcome = "not_found"
	OutcomeRefused     Outcome = "refused"
	OutcomeRateLimited Outcome = "rate_limited"
	OutcomeError       Outcome = "error"
	OutcomeHelp        Outcome = "help"
)

// Outcomes returns every Outcome, in a fixed order.
func Outcomes() []Outcome {
	return []Outcome{OutcomeAnswered, OutcomeNotFound, OutcomeRefused, OutcomeRateLimited, OutcomeError, OutcomeHelp}
}

// Request is one question as a front received it.
type Request struct {
	// User identifies the asker on the platform, for rate limiting.
	User string
	// Text is the question with the bot's own mention removed.
	Text string
	// Top asks for the best Top answers rather than one; 0 and 1 mean
	// one.
	Top int
}

// Reply is what the bot answers to a Request.
type Reply struct {
	Outcome Outcome
	// Answer is the answer when Outcome is OutcomeAnswered, and the
	// engine's abstention (Found false, with its score) when it is
	// OutcomeNotFound.
	Answer qa.Answer
	// Alternatives are the 2nd to Nth best answers when the request asked
	// for more than one; each was found.
	Alternatives []qa.Answer
	// Text is the user-facing message for every outcome but
	// OutcomeAnswered.
	Text string
}

// Config sets up a Handler. Zero values take the defaults.
type Config struct {
	// Front names the front in logs and metrics: "slack", "discord", "http".
	Front string
	// RateLimit is the number of questions one user may ask a minute;
	// 0 means DefaultRateLimit and a negative value turns the limit off.
	RateLimit int
	// MaxRunes is the longest question accepted; 0 means DefaultMaxRunes.
	MaxRunes int
	// Example is the example question in help text; "" means DefaultExample.
	Example string
	// LogQuestions adds the question text to each log line.
	LogQuestions bool
	// Limiter, when set, enforces the rate limit in place of an in-process
	// limiter of RateLimit questions a minute: a limiter shared between
	// replicas, say. A negative RateLimit turns the limit off all the same.
	Limiter Limiter
	// Feedback, when set, stores each vote with its question and answer.
	// Nothing is stored when LogQuestions is false: an operator who keeps
	// questions out of the logs keeps them out of the feedback record too.
	Feedback FeedbackStore
	// Logger receives one line per question; nil discards.
	Logger *slog.Logger
	// Recorder receives metrics; nil discards.
	Recorder Recorder
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Defaults for Config.
const (
	DefaultRateLimit = 10
	DefaultMaxRunes  = 2000
)

// MaxTop is the most answers one request may ask for (Request.Top).
const MaxTop = 10

// Handler turns requests into replies. It is safe for concurrent use.
type Handler struct {
	asker   Asker
	cfg     Config
	limiter Limiter // nil: no limit
}

// NewHandler returns a Handler that answers with asker.
func NewHandler(asker Asker, cfg Config) *Handler {
	if cfg.MaxRunes <= 0 {
		cfg.MaxRunes = DefaultMaxRunes
	}
	if cfg.Example == "" {
		cfg.Example = DefaultExample
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	limit := cfg.RateLimit
	if limit == 0 {
		limit = DefaultRateLimit
	}
	h := &Handler{asker: asker, cfg: cfg}
	switch {
	case limit < 0:
	case cfg.Limiter != nil:
		h.limiter = cfg.Limiter
	default:
		h.limiter = NewRateLimiter(limit, time.Minute, cfg.Now)
	}
	return h
}

// Help returns the usage text with an example question.
func (h *Handler) Help() string { return HelpText(h.cfg.Example) }

// Handle answers one request. It never panics on any input, and every
// request gets exactly one Reply.
func (h *Handler) Handle(ctx context.Context, req Request) Reply {
	start := h.cfg.Now()
	text := CleanQuestion(req.Text)
	r := h.handle(ctx, req.User, text, req.Top)
	elapsed := h.cfg.Now().Sub(start)
	h.observe(req, text, r, elapsed)
	return r
}

func (h *Handler) handle(ctx context.Context, user, text string, top int) Reply {
	if utf8.RuneCountInString(text) > h.cfg.MaxRunes {
		return Reply{Outcome: OutcomeRefused, Text: tooLongText(h.cfg.MaxRunes)}
	}
	if IsHelp(text) {
		return Reply{Outcome: OutcomeHelp, Text: h.Help()}
	}
	if h.limiter != nil && !h.limiter.Allow(ctx, user) {
		return Reply{Outcome: OutcomeRateLimited, Text: msgRateLimited}
	}
	as, err := SafeAskTop(ctx, h.asker, text, min(top, MaxTop))
	if err != nil {
		h.cfg.Logger.Error("engine error", "front", h.cfg.Front, "err", err)
		return Reply{Outcome: OutcomeError, Text: msgError}
	}
	return AnswerReply(as)
}

// AnswerReply is the reply to a question the engine answered with as,
// best first (at least one): OutcomeNotFound when the best is not found,
// else OutcomeAnswered with the others that were found as alternatives.
func AnswerReply(as []qa.Answer) Reply {
	if len(as) == 0 || !as[0].Found {
		r := Reply{Outcome: OutcomeNotFound, Text: msgNotFound}
		if len(as) > 0 {
			r.Answer = as[0]
		}
		return r
	}
	r := Reply{Outcome: OutcomeAnswered, Answer: as[0]}
	for _, a := range as[1:] {
		if a.Found {
			r.Alternatives = append(r.Alternatives, a)
		}
	}
	return r
}

// SafeAsk asks asker, turning a panic of the engine into an error, so that
// one bad question never takes a front, or a batch run, down.
func SafeAsk(ctx context.Context, asker Asker, question string) (qa.Answer, error) {
	as, err := SafeAskTop(ctx, asker, question, 1)
	if err != nil {
		return qa.Answer{}, err
	}
	return as[0], nil
}

// SafeAskTop is SafeAsk for the best n answers, best first: it asks
// AskTop when asker is a TopAsker and n is over 1, and Ask otherwise. On
// success it returns at least one answer.
func SafeAskTop(ctx context.Context, asker Asker, question string, n int) (as []qa.Answer, err error) {
	defer func() {
		if p := recover(); p != nil {
			as, err = nil, &panicError{value: p}
		}
	}()
	if ta, ok := asker.(TopAsker); ok && n > 1 {
		as, err = ta.AskTop(ctx, question, n)
		if err == nil && len(as) == 0 {
			as = []qa.Answer{{}}
		}
		return as, err
	}
	a, err := asker.Ask(ctx, question)
	if err != nil {
		return nil, err
	}
	return []qa.Answer{a}, nil
}

func (h *Handler) observe(req Request, text string, r Reply, elapsed time.Duration) {
	attrs := []any{"front", h.cfg.Front, "outcome", string(r.Outcome), "latency", elapsed}
	if r.Outcome == OutcomeAnswered {
		attrs = append(attrs, "source", r.Answer.Source.Path, "score", r.Answer.Score)
	}
	if h.cfg.LogQuestions {
		attrs = append(attrs, "question", truncate(text, 200))
	}
	h.cfg.Logger.Info("question", attrs...)
	if h.cfg.Recorder != nil {
		h.cfg.Recorder.Question(h.cfg.Front, r.Outcome, elapsed)
	}
}

// Vote is a 👍 or 👎 click on an answer, with what the front knows of the
// answer voted on.
type Vote struct {
	Helpful bool
	// Question is the question the answer was given to, "" when unknown.
	Question string
	// Sentence and Source are the answer's sentence and its document's
	// path.
	Sentence string
	Source   string
}

// Feedback records a vote: in the metrics and the log, and in
// Config.Feedback when it is set and questions may be kept. A vote that
// cannot be stored is logged and counted all the same.
func (h *Handler) Feedback(ctx context.Context, v Vote) {
	stored := false
	if h.cfg.Feedback != nil && h.cfg.LogQuestions {
		rec := Feedback{
			Time:     h.cfg.Now().UTC(),
			Front:    h.cfg.Front,
			Helpful:  v.Helpful,
			Question: truncate(CleanQuestion(v.Question), h.cfg.MaxRunes),
			Sentence: v.Sentence,
			Source:   v.Source,
		}
		if err := h.cfg.Feedback.Add(ctx, rec); err != nil {
			h.cfg.Logger.Error("feedback not stored", "front", h.cfg.Front, "err", err)
		} else {
			stored = true
		}
	}
	h.cfg.Logger.Info("feedback", "front", h.cfg.Front, "helpful", v.Helpful, "source", v.Source, "stored", stored)
	if h.cfg.Recorder != nil {
		h.cfg.Recorder.Feedback(h.cfg.Front, v.Helpful)
	}
}

// CleanQuestion trims a question, drops control characters and invalid
// UTF-8, and folds runs of white space into one space.
func CleanQuestion(s string) string {
	if isClean(s) {
		return s
	}
	return cleanQuestion(s)
}

// isClean reports whether s is printable ASCII with single spaces between
// its words and none at its ends, which CleanQuestion gives back as it
// is: most questions, which it copied rune by rune (TestIsClean).
func isClean(s string) bool {
	if s != "" && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || c == ' ' && s[i+1] == ' ' {
			return false
		}
	}
	return true
}

// cleanQuestion is CleanQuestion read rune by rune.
func cleanQuestion(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError, unicode.IsControl(r) && !unicode.IsSpace(r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// IsQuestion reports whether a message not addressed to the bot is plainly
// a question, for passive answering in allow-listed channels: it ends with
// a question mark or opens with a question word, and is not too short.
func IsQuestion(text string) bool {
	t := strings.ToLower(CleanQuestion(text))
	if len(strings.Fields(t)) < 3 {
		return false
	}
	if strings.HasSuffix(t, "?") {
		return true
	}
	first, _, _ := strings.Cut(t, " ")
	switch first {
	case "who", "what", "when", "where", "why", "how", "which", "whose", "whom":
		return true
	}
	return false
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

type panicError struct{ value any }

func (e *panicError) Error() string { return "engine panicked: " + slog.AnyValue(e.value).String() }
