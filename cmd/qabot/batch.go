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
// Output is flushed whenever the input has no line ready, so that a
// program feeding questions one at a time gets each answer at once.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/qabot/qabot/bot"
)

// utf8BOM is the byte order mark some editors put at the start of a file.
var utf8BOM = []byte("\xef\xbb\xbf")

// runBatch answers the JSON lines of e.stdin onto e.stdout, with the best
// top answers to each (the 2nd to the top-th under "alternatives").
func runBatch(ctx context.Context, asker bot.Asker, top int, e env) (int, error) {
	w := bufio.NewWriter(e.stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	feed := feedLines(e.stdin, maxLineBytes)
	defer feed.stop()

	lines, failed := 0, 0
	for {
		l, err := feed.next(ctx, func() { w.Flush() })
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			w.Flush()
			return inputError("ask", ctx, err)
		}
		lines++
		out, err := answerLine(ctx, asker, top, l, e)
		if ctx.Err() != nil {
			w.Flush()
			return inputError("ask", ctx, ctx.Err())
		}
		if err != nil {
			out.Error = fmt.Sprintf("line %d: %v", l.n, err)
			failed++
		}
		if err := enc.Encode(out); err != nil {
			return outputError("ask", err)
		}
	}
	if err := w.Flush(); err != nil {
		return outputError("ask", err)
	}
	if failed > 0 {
		fmt.Fprintf(e.stderr, "qabot ask: %d of %d lines failed: see their \"error\" fields\n", failed, lines)
		return exitNotFound, nil
	}
	return exitOK, nil
}

// answerLine answers one batch line. The error, if any, is the user-facing
// reason the line failed; the returned AnswerJSON then carries what is
// known of the line (its id). Small talk ("hello", "thanks") is not asked:
// it gets "answered": false and the help text, as on every front.
func answerLine(ctx context.Context, asker bot.Asker, top int, l line, e env) (bot.AnswerJSON, error) {
	if l.tooLong {
		return bot.AnswerJSON{ID: idFromPrefix(l.text)}, errLineTooLong
	}
	id, question, err := parseBatchLine(l.text)
	if err != nil {
		return bot.AnswerJSON{ID: id}, err
	}
	if bot.IsHelp(question) {
		return bot.AnswerJSON{ID: id, Message: bot.HelpText(bot.DefaultExample)}, nil
	}
	as, err := bot.SafeAskTop(ctx, asker, question, top)
	if err != nil {
		fmt.Fprintf(e.stderr, "qabot ask: line %d: %v\n", l.n, err)
		return bot.AnswerJSON{ID: id}, errEngine
	}
	out := bot.ReplyJSON(bot.AnswerReply(as))
	out.ID = id
	return out, nil
}

// parseBatchLine reads one batch input line: a JSON object with a string
// "question" and an optional string or number "id". The question comes
// back cleaned (bot.CleanQuestion). On error, id is still returned when it
// could be read.
func parseBatchLine(b []byte) (id, question string, err error) {
	if b, err = objectLine(b); err != nil {
		return "", "", err
	}
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
