package main

import (
	"flag"
	"io"
	"strings"
	"testing"
)

func TestParseInterspersed(t *testing.T) {
	tests := []struct {
		args   []string
		pos    string
		corpus string
		json   bool
	}{
		{[]string{"FILE"}, "FILE", "", false},
		{[]string{"--json", "FILE"}, "FILE", "", true},
		{[]string{"FILE", "--json"}, "FILE", "", true},
		{[]string{"a", "--corpus", "dir", "b", "-json", "c"}, "a b c", "dir", true},
		{[]string{"a", "--corpus=dir", "b"}, "a b", "dir", false},
		{[]string{"--", "--json", "x"}, "--json x", "", false},
		{[]string{"a", "--json", "--", "-b"}, "a -b", "", true},
		{[]string{"--corpus", "--", "x"}, "x", "--", false},
		{[]string{"--corpus", "--", "--", "--json"}, "--json", "--", false},
		{[]string{"-"}, "-", "", false},
		{nil, "", "", false},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			corpus := fs.String("corpus", "", "")
			asJSON := fs.Bool("json", false, "")
			pos, err := parseInterspersed(fs, tt.args)
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			if got := strings.Join(pos, " "); got != tt.pos || *corpus != tt.corpus || *asJSON != tt.json {
				t.Errorf("got positional %q corpus %q json %v, want %q %q %v", got, *corpus, *asJSON, tt.pos, tt.corpus, tt.json)
			}
		})
	}
}
