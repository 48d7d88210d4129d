package qa

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// The span model's file (span.txt) is text, one weight a line, in the
// order of the features (SpanFeatureNames), of the confidence inputs
// (SpanConfidenceNames) and of the lead model's (LeadInputNames):
//
//	qabot span model 1
//	about trained by cmd/qabot-train span on ...
//	rank-bias 0
//	rank left-3 0.1234
//	rank class-kind:who|name 1.5
//	...
//	confidence-bias -1.2
//	confidence probability 3.1
//	...
//	lead-bias -0.69
//	lead span 1
//	...
//
// A weight not listed weighs 0. Numbers are written in Go's shortest form
// that reads back to the same float64, so a model written and read back
// has exactly its weights. Because the names come in the features' order,
// the engine reads the file in place, walking the features beside its
// lines, with no map and no list of the 16,000 names; a name out of order
// or unknown is an error. cmd/qabot-train span writes it (WriteTo).

// spanFileHeader is the first line of a span model file.
const spanFileHeader = "qabot span model 1"

// WriteTo writes m in the span model file's layout: every weight of its
// maps, in the order of the features and of the confidence inputs. It
// fails, writing nothing, on a weight that names no feature or is not a
// finite number, and on an About of more than one line.
func (m *SpanModel) WriteTo(w io.Writer) (int64, error) {
	if strings.ContainsAny(m.About, "\r\n") {
		return 0, fmt.Errorf("%w: span model: about %q holds a line break", ErrModel, m.About)
	}
	var b []byte
	b = append(b, spanFileHeader+"\nabout "...)
	b = append(b, m.About...)
	b = append(b, '\n')
	for _, p := range []struct {
		part  string
		lin   Linear
		names func(func([]byte) bool)
	}{
		{"rank", m.Rank, eachSpanFeatureName},
		{"confidence", m.Confidence, eachSpanConfidenceName},
		{"lead", m.Lead, eachLeadName},
	} {
		var err error
		if b, err = appendSpanWeight(b, p.part+"-bias", nil, p.lin.Bias); err != nil {
			return 0, err
		}
		written := 0
		for name := range p.names {
			if v, ok := p.lin.Weights[string(name)]; ok {
				if b, err = appendSpanWeight(b, p.part, name, v); err != nil {
					return 0, err
				}
				written++
			}
		}
		if written < len(p.lin.Weights) {
			known := map[string]bool{}
			for name := range p.names {
				known[string(name)] = true
			}
			for name := range p.lin.Weights {
				if !known[name] {
					return 0, fmt.Errorf("%w: span %s weight %q names no feature", ErrModel, p.part, name)
				}
			}
		}
	}
	n, err := w.Write(b)
	return int64(n), err
}

// appendSpanWeight appends the line of one weight: key, name (unless ""),
// value.
func appendSpanWeight(b []byte, key string, name []byte, v float64) ([]byte, error) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return nil, fmt.Errorf("%w: span %s %q is %v", ErrModel, key, name, v)
	}
	b = append(b, key...)
	if name != nil {
		b = append(b, ' ')
		b = append(b, name...)
	}
	b = append(b, ' ')
	b = strconv.AppendFloat(b, v, 'g', -1, 64)
	return append(b, '\n'), nil
}

// spanFile reads a span model file line by line.
type spanFile struct {
	s    string
	line int
}

// next returns the next line's key and the rest of the line, or ok false
// at the end.
func (f *spanFile) next() (key, rest string, ok bool) {
	if f.s == "" {
		return "", "", false
	}
	line, s, _ := strings.Cut(f.s, "\n")
	f.s, f.line = s, f.line+1
	key, rest, _ = strings.Cut(line, " ")
	return key, rest, true
}

// peek returns the next line's key without reading it.
func (f *spanFile) peek() string {
	line, _, _ := strings.Cut(f.s, "\n")
	key, _, _ := strings.Cut(line, " ")
	return key
}

// errorf returns an ErrModel error that names the line last read.
func (f *spanFile) errorf(format string, a ...any) error {
	return fmt.Errorf("%w: span model line %d: %s", ErrModel, f.line, fmt.Sprintf(format, a...))
}

// number reads a finite number.
func (f *spanFile) number(s string) (float64, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, f.errorf("%q is not a finite number", s)
	}
	return v, nil
}

// readSpanModel reads a span model file into compiled weights, calling
// keep (when not nil) with each weight read: part is "rank",
// "confidence" or "lead", name "" for the bias. It reads s in place.
func readSpanModel(s string, keep func(part, name string, v float64)) (c *compiledSpan, about string, err error) {
	f := &spanFile{s: s}
	if key, rest, _ := f.next(); key+" "+rest != spanFileHeader {
		return nil, "", f.errorf("want %q, the first line of a span model", spanFileHeader)
	}
	if key, rest, ok := f.next(); !ok || key != "about" {
		return nil, "", f.errorf("want the about line")
	} else {
		about = rest
	}
	c = &compiledSpan{rank: make([]float64, spanFeatureLayout().size), conf: make([]float64, len(SpanConfidenceNames()))}
	if c.rankBias, err = f.weights("rank", c.rank, eachSpanFeatureName, keep); err != nil {
		return nil, "", err
	}
	if c.confBias, err = f.weights("confidence", c.conf, eachSpanConfidenceName, keep); err != nil {
		return nil, "", err
	}
	c.leadW = make([]float64, len(LeadInputNames()))
	if c.leadBias, err = f.weights("lead", c.leadW, eachLeadName, keep); err != nil {
		return nil, "", err
	}
	if f.s != "" {
		f.line++
		return nil, "", f.errorf("want the end of the file after the lead weights")
	}
	return c, about, nil
}

// weights reads the bias line of part and its weight lines, laying the
// weights out in out in the order of names.
func (f *spanFile) weights(part string, out []float64, names func(func([]byte) bool), keep func(part, name string, v float64)) (float64, error) {
	key, rest, _ := f.next()
	if key != part+"-bias" {
		return 0, f.errorf("want %s-bias", part)
	}
	bias, err := f.number(rest)
	if err != nil {
		return 0, err
	}
	if keep != nil {
		keep(part, "", bias)
	}
	i := 0
	var (
		name, value string
		pending     bool
	)
	read := func() bool {
		if f.peek() != part {
			return false
		}
		_, rest, _ := f.next()
		var ok bool
		if name, value, ok = strings.Cut(rest, " "); !ok {
			name, value = rest, ""
		}
		return true
	}
	pending = read()
	for feature := range names {
		if !pending {
			break
		}
		if string(feature) == name {
			v, err := f.number(value)
			if err != nil {
				return 0, err
			}
			out[i] = v
			if keep != nil {
				keep(part, name, v)
			}
			pending = read()
		}
		i++
	}
	if pending {
		return 0, f.errorf("%s weight %q names no feature, or comes out of order", part, name)
	}
	return bias, nil
}

// ParseSpanModel reads a span model file written by cmd/qabot-train
// (SpanModel.WriteTo) and checks that every weight names a feature of
// this engine, in order.
func ParseSpanModel(data []byte) (*SpanModel, error) {
	m := &SpanModel{Rank: Linear{Weights: map[string]float64{}}, Confidence: Linear{Weights: map[string]float64{}}, Lead: Linear{Weights: map[string]float64{}}}
	c, about, err := readSpanModel(string(data), func(part, name string, v float64) {
		lin := &m.Rank
		switch part {
		case "confidence":
			lin = &m.Confidence
		case "lead":
			lin = &m.Lead
		}
		if name == "" {
			lin.Bias = v
		} else {
			lin.Weights[name] = v
		}
	})
	if err != nil {
		return nil, err
	}
	m.About, m.compiled = about, c
	return m, nil
}
