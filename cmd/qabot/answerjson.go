package main

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/qabot/qabot/bot"
)

// appendAnswerJSON appends a as the batch's json.Encoder (HTML left
// unescaped) writes it, its line end included, and returns true; or
// returns false, appending nothing, for an answer with sources that
// agree, conflicts or alternatives, or a score that is not a number,
// which the encoder writes instead. encoding/json took some 14k
// instructions an answer, 1% of the sq48 batch's CPU (TestAnswerJSON
// compares the two).
func appendAnswerJSON(b []byte, a *bot.AnswerJSON) ([]byte, bool) {
	if len(a.Also) > 0 || len(a.Conflicts) > 0 || len(a.Alternatives) > 0 {
		return b, false
	}
	for _, f := range [...]float64{a.Score, a.Confidence, a.SpanConfidence} {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return b, false
		}
	}
	b = append(b, '{')
	if a.ID != "" {
		b = appendJSONString(append(b, `"id":`...), a.ID)
		b = append(b, ',')
	}
	if a.Question != "" {
		b = appendJSONString(append(b, `"question":`...), a.Question)
		b = append(b, ',')
	}
	b = strconv.AppendBool(append(b, `"answered":`...), a.Answered)
	b = appendJSONString(append(b, `,"answer":`...), a.Answer)
	b = appendJSONString(append(b, `,"sentence":`...), a.Sentence)
	b = appendJSONString(append(b, `,"source":`...), a.Source)
	b = appendJSONFloat(append(b, `,"score":`...), a.Score)
	b = appendJSONFloat(append(b, `,"confidence":`...), a.Confidence)
	b = appendJSONFloat(append(b, `,"span_confidence":`...), a.SpanConfidence)
	for _, f := range [...]struct{ key, v string }{
		{`,"title":`, a.Title}, {`,"publisher":`, a.Publisher}, {`,"date":`, a.Date}, {`,"section":`, a.Section},
	} {
		if f.v != "" {
			b = appendJSONString(append(b, f.key...), f.v)
		}
	}
	if a.Page != 0 {
		b = strconv.AppendInt(append(b, `,"page":`...), int64(a.Page), 10)
	}
	if a.Message != "" {
		b = appendJSONString(append(b, `,"message":`...), a.Message)
	}
	if a.Error != "" {
		b = appendJSONString(append(b, `,"error":`...), a.Error)
	}
	return append(b, '}', '\n'), true
}

// appendJSONFloat appends f as encoding/json writes a float64: in 'f'
// form, or in 'e' form below 1e-6 or from 1e21 with a one-digit exponent
// written without its leading 0 ("1e-07" -> "1e-7").
func appendJSONFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendJSONString appends s quoted as encoding/json writes a string with
// HTML left unescaped: a quote, a backslash and the control bytes
// escaped, invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
