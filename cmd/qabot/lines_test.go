package main

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// readAll reads every line of in with a lineReader keeping max bytes a line
// and a read buffer of size bytes.
func readAll(t *testing.T, in string, max, size int) []line {
	t.Helper()
	lr := newLineReaderSize(strings.NewReader(in), max, size)
	var got []line
	for range len(in) + 2 {
		l, err := lr.next()
		if errors.Is(err, io.EOF) {
			return got
		}
		if err != nil {
			t.Fatalf("next: got error %v, want none", err)
		}
		got = append(got, l)
	}
	t.Fatalf("next: got more lines than bytes in %q", in)
	return nil
}

func TestLineReader(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		max, size int
		want      []string // "…" marks a line that was too long
	}{
		{"empty", "", 100, 16, nil},
		{"one without newline", "abc", 100, 16, []string{"abc"}},
		{"blank lines kept", "a\n\nb\n", 100, 16, []string{"a", "", "b"}},
		{"crlf", "a\r\nb\r\n", 100, 16, []string{"a", "b"}},
		{"longer than the buffer", strings.Repeat("x", 50) + "\nend", 100, 16, []string{strings.Repeat("x", 50), "end"}},
		{"exactly max", "12345\n6", 5, 16, []string{"12345", "6"}},
		{"over max", "123456789012345678901234567890\nnext\n", 5, 16, []string{"12345…", "next"}},
		{"over max at the end", "123456789", 5, 16, []string{"12345…"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := readAll(t, tt.in, tt.max, tt.size)
			var got []string
			for i, l := range lines {
				if l.n != i+1 {
					t.Errorf("line %d: got number %d", i+1, l.n)
				}
				s := string(l.text)
				if l.tooLong {
					s += "…"
				}
				got = append(got, s)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzLineReader checks the line reader against strings.Split with a small
// buffer and limit, so that every boundary is crossed.
func FuzzLineReader(f *testing.F) {
	f.Fuzz(func(t *testing.T, in []byte, max uint8) {
		limit := int(max%40) + 1
		want := strings.Split(string(in), "\n")
		if len(in) == 0 || in[len(in)-1] == '\n' {
			want = want[:len(want)-1]
		}
		got := readAll(t, string(in), limit, 16)
		if len(got) != len(want) {
			t.Fatalf("lines: got %d, want %d", len(got), len(want))
		}
		for i, w := range want {
			g := got[i]
			if len(w) > limit {
				if !g.tooLong || !bytes.Equal(g.text, []byte(w[:limit])) {
					t.Errorf("line %d: got %q (too long %v), want the first %d bytes of %q", i+1, g.text, g.tooLong, limit, w)
				}
				continue
			}
			if g.tooLong || string(g.text) != strings.TrimSuffix(w, "\r") {
				t.Errorf("line %d: got %q (too long %v), want %q", i+1, g.text, g.tooLong, w)
			}
		}
	})
}
