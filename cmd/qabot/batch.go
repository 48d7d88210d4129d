package main

// The batch interface (DESIGN.md), which evaluation tools depend on:
//
//	qabot ask [--corpus DIR] --jsonl < questions.jsonl > predictions.jsonl
//
// Each input line is a JSON object {"id":"...","question":"..."}; other
// fields are ignored, so an evaluation file can be fed as it is. Each input
// line, blank or bad ones included, gets exactly one output line, in input
// order: bot.AnswerJSON with the line's id, or {"id":...,"error":"..."} when
// the line could not be read (the id is kept when it can be recovered).
// The run goes on after a bad line, and exits 1 if any line failed.
// Output is flushed whenever the input has no line ready and no answer is
// waiting to be written, so that a program feeding questions one at a
// time gets each answer at once.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"unicode/utf8"

	"github.com/qabot/qabot/bot"
)

// utf8BOM is the byte order mark some editors put at the start of a file.
var utf8BOM = []byte("\xef\xbb\xbf")

// runBatch answers the JSON lines of e.stdin onto e.stdout, with the best
// top answers to each (the 2nd to the top-th under "alternatives").
//
// Lines are answered on every core (the index is safe for concurrent use)
// and written in input order: each line read goes to the next free
// worker, and its answer waits for those of the lines before it. At most
// batchWindow lines per core are in flight. Whenever the input has no line
// ready and no answer is waiting, the answers written so far are flushed.
// release, when not nil, is called after every batchReleaseLines lines
// handed to the workers, to hand back the binary's pages (binaryReleaser).
func runBatch(ctx context.Context, asker bot.Asker, top int, release func() int, e env) (int, error) {
	w := bufio.NewWriter(e.stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	workers := runtime.GOMAXPROCS(0)
	window := batchWindow * workers
	feed := feedLinesAhead(e.stdin, maxLineBytes, window)
	defer feed.stop()

	jobs := make(chan batchJob)
	// results has room for every line in flight, so that no worker ever
	// waits to hand its answer over.
	results := make(chan batchAnswer, window)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				out, err, internal := answerLine(ctx, asker, top, j.l)
				results <- batchAnswer{batchJob: j, out: out, err: err, internal: internal}
			}
		})
	}
	defer func() {
		close(jobs)
		wg.Wait()
	}()

	o := newBatchOutput(enc, e.stderr, window)
	eof := false
	for !eof || o.written < o.sent {
		var lines <-chan lineItem
		if !eof && o.sent-o.written < window {
			lines = feed.c
		}
		// A line ready is taken at once; when none is, an answer ready
		// is written, and when none is either, what is written goes out
		// and the batch waits for a line or an answer. (Flushing whenever
		// no line was ready wrote every other answer on its own, some
		// 5,000 writes for 10,000 lines.)
		it, read := lineItem{}, false
		if lines != nil {
			select {
			case it = <-lines:
				read = true
			default:
				select {
				case a := <-results:
					if err := o.put(a); err != nil {
						return outputError("ask", err)
					}
					continue
				default:
				}
				if err := w.Flush(); err != nil {
					return outputError("ask", err)
				}
			}
		}
		if !read {
			select {
			case it = <-lines:
			case a := <-results:
				if err := o.put(a); err != nil {
					return outputError("ask", err)
				}
				continue
			case <-ctx.Done():
				w.Flush()
				return inputError("ask", ctx, ctx.Err())
			}
		}
		if eof = errors.Is(it.err, io.EOF); !eof && it.err != nil {
			w.Flush()
			return inputError("ask", ctx, it.err)
		}
		if !eof {
			jobs <- batchJob{seq: o.sent, l: it.l}
			o.sent++
			if release != nil && o.sent%batchReleaseLines == 0 {
				release()
			}
		}
	}
	if err := w.Flush(); err != nil {
		return outputError("ask", err)
	}
	if ctx.Err() != nil {
		return inputError("ask", ctx, ctx.Err())
	}
	if o.failed > 0 {
		fmt.Fprintf(e.stderr, "qabot ask: %d of %d lines failed: see their \"error\" fields\n", o.failed, o.sent)
		return exitNotFound, nil
	}
	return exitOK, nil
}

// batchReleaseLines is how many lines a batch answers between two hand-backs
// of the binary's pages (runBatch's release). Its peak RSS is at its end,
// where the heap holds the index and the memories of the words met, and
// the binary's pages resident then are all those any question read since
// the last hand-back: code and function-table entries of paths few
// questions take, English tables' pages of words met early. On the
// 9,982-question batch over 48 SQuAD articles, handing them back every
// 1,000 lines lowered the peak by about 1 MB; see docs/engine-log.md
// "Memory" for the figures and the other spacings measured.
const batchReleaseLines = 1000

// batchWindow is how many lines per core the batch keeps in flight.
const batchWindow = 4

// batchJob is a line to answer, the seq-th of the input (from 0).
type batchJob struct {
	seq int
	l   line
}

// batchAnswer is one line answered.
type batchAnswer struct {
	batchJob
	out bot.AnswerJSON
	// err is the user-facing reason the line failed; internal the
	// engine's error behind it, for stderr.
	err, internal error
}

// batchOutput writes the answers of a batch in input order.
type batchOutput struct {
	enc    *json.Encoder
	stderr io.Writer
	// sent counts the lines handed to the workers, written those
	// answered and written; waiting holds the answers that came before
	// their turn, the seq-th at seq modulo its length, which is the
	// number of lines in flight at most (ready says which slots hold
	// one): no allocation an answer, where a map of answers allocated
	// each one it held (some 600 bytes an answer, a fifth of the batch's
	// garbage while answering).
	sent, written, failed int
	waiting               []batchAnswer
	ready                 []bool
	// cut is true from the first line the interruption stopped: no line
	// after it is written, so the output is every line up to a point, with
	// no gap, even when another worker answered a later line first.
	cut bool
}

// newBatchOutput returns the output of a batch that keeps at most
// inFlight lines in flight.
func newBatchOutput(enc *json.Encoder, stderr io.Writer, inFlight int) batchOutput {
	return batchOutput{enc: enc, stderr: stderr, waiting: make([]batchAnswer, inFlight), ready: make([]bool, inFlight)}
}

// put takes one answer and writes every answer whose turn has come.
// Answers from the first line an interruption stopped on are not written.
func (o *batchOutput) put(in batchAnswer) error {
	o.waiting[in.seq%len(o.waiting)] = in
	o.ready[in.seq%len(o.waiting)] = true
	for {
		slot := o.written % len(o.waiting)
		if !o.ready[slot] {
			return nil
		}
		a := &o.waiting[slot]
		o.ready[slot] = false
		o.written++
		if errors.Is(a.err, context.Canceled) || errors.Is(a.err, context.DeadlineExceeded) {
			o.cut = true
		}
		if o.cut {
			*a = batchAnswer{}
			continue
		}
		if a.internal != nil {
			fmt.Fprintf(o.stderr, "qabot ask: line %d: %v\n", a.l.n, a.internal)
		}
		if a.err != nil {
			a.out.Error = fmt.Sprintf("line %d: %v", a.l.n, a.err)
			o.failed++
		}
		err := o.enc.Encode(&a.out)
		*a = batchAnswer{} // nor keep the answer alive
		if err != nil {
			return err
		}
	}
}

// answerLine answers one batch line. err, if any, is the user-facing
// reason the line failed, and internal the engine's error behind it; the
// returned AnswerJSON then carries what is known of the line (its id).
// Small talk ("hello", "thanks") is not asked: it gets "answered": false
// and the help text, as on every front.
func answerLine(ctx context.Context, asker bot.Asker, top int, l line) (out bot.AnswerJSON, err, internal error) {
	if l.tooLong {
		return bot.AnswerJSON{ID: idFromPrefix(l.text)}, errLineTooLong, nil
	}
	id, question, err := parseBatchLine(l.text)
	if err != nil {
		return bot.AnswerJSON{ID: id}, err, nil
	}
	if bot.IsHelp(question) {
		return bot.AnswerJSON{ID: id, Message: bot.HelpText(bot.DefaultExample)}, nil, nil
	}
	as, err := bot.SafeAskTop(ctx, asker, question, top)
	if ctx.Err() != nil {
		return bot.AnswerJSON{ID: id}, ctx.Err(), nil
	}
	if err != nil {
		return bot.AnswerJSON{ID: id}, errEngine, err
	}
	out = bot.ReplyJSON(bot.AnswerReply(as))
	out.ID = id
	return out, nil, nil
}

// parseBatchLine reads one batch input line: a JSON object with a string
// "question" and an optional string or number "id". The question comes
// back cleaned (bot.CleanQuestion). On error, id is still returned when it
// could be read.
//
// A line is read in one typed pass of encoding/json (batchLine): the line
// checked, and its id and question decoded where they are, once. A line
// that pass cannot read (not JSON, an id or question of the wrong kind)
// goes to decodeBatchLine, whose reading of the raw values one by one
// says which error is the line's; a line the pass reads, decodeBatchLine
// would read the same (TestParseBatchLineOnePass, FuzzParseBatchLine).
func parseBatchLine(b []byte) (id, question string, err error) {
	if b, err = objectLine(b); err != nil {
		return "", "", err
	}
	var v batchLine
	if json.Unmarshal(b, &v) != nil {
		return decodeBatchLine(b)
	}
	if v.Question == nil {
		return string(v.ID), "", errNoQuestion
	}
	q := *v.Question
	if err := checkQuestion(&q); err != nil {
		return string(v.ID), "", err
	}
	return string(v.ID), q, nil
}

// batchLine is what a batch line holds for the batch: its id and its
// question (nil when absent or null). The last of repeated keys counts,
// as in decodeBatchLine, and a key matches without regard to case, as
// encoding/json matches it there too.
type batchLine struct {
	ID       batchID `json:"id"`
	Question *string `json:"question"`
}

// batchID is a line's "id" as parseID reads it: "" for null.
type batchID string

// UnmarshalJSON reads the id's value (parseID), failing with errIDType.
func (id *batchID) UnmarshalJSON(b []byte) error {
	s, err := parseID(b)
	*id = batchID(s)
	return err
}

// decodeBatchLine is parseBatchLine for a line its typed pass cannot
// read, b an object's trimmed line: the line decoded into raw values, then
// the id and the question each on its own, so that the error returned is
// the first of: not JSON, an id that is neither string nor number, no
// question, a question that is no string, one that cannot be asked.
func decodeBatchLine(b []byte) (id, question string, err error) {
	var raw struct {
		ID       json.RawMessage `json:"id"`
		Question json.RawMessage `json:"question"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return idFromPrefix(b), "", fmt.Errorf("invalid JSON: %w", err)
	}
	id, err = parseID(raw.ID)
	if err != nil {
		return "", "", err
	}
	if len(raw.Question) == 0 || string(raw.Question) == "null" {
		return id, "", errNoQuestion
	}
	var q string
	if err := json.Unmarshal(raw.Question, &q); err != nil {
		return id, "", errQuestionNotString
	}
	if err := checkQuestion(&q); err != nil {
		return id, "", err
	}
	return id, q, nil
}

// objectLine trims a JSON line (a byte order mark, white space) and checks
// that it holds an object, returning errBlankLine or errNotObject if not.
func objectLine(b []byte) ([]byte, error) {
	b = bytes.TrimSpace(bytes.TrimPrefix(b, utf8BOM))
	switch {
	case len(b) == 0:
		return nil, errBlankLine
	case b[0] != '{':
		return nil, errNotObject
	}
	return b, nil
}

// checkQuestion cleans *q in place and says whether it can be asked.
func checkQuestion(q *string) error {
	*q = bot.CleanQuestion(*q)
	if *q == "" {
		return errEmptyQuestion
	}
	if utf8.RuneCountInString(*q) > bot.DefaultMaxRunes {
		return errQuestionTooLong
	}
	return nil
}

// parseID reads an "id" value: a string, a number (kept as written) or
// absent.
func parseID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch c := raw[0]; {
	case c == '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", errIDType
		}
		return s, nil
	case c == '-' || ('0' <= c && c <= '9'):
		return string(raw), nil
	}
	return "", errIDType
}

// idFromPrefix recovers the top-level "id" of a JSON object from the start
// of a line that is too long or not valid JSON as a whole, or returns "".
func idFromPrefix(b []byte) string {
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(b, utf8BOM)))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return ""
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return ""
		}
		if key == "id" {
			v, err := dec.Token()
			if err != nil {
				return ""
			}
			switch v := v.(type) {
			case string:
				return v
			case json.Number:
				return v.String()
			}
			return ""
		}
		if err := skipValue(dec); err != nil {
			return ""
		}
	}
	return ""
}

// skipValue reads past one JSON value of dec, nested or not.
func skipValue(dec *json.Decoder) error {
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return nil
		}
	}
}
