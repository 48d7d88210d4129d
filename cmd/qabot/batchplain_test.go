package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// batchLineForms returns lines in the forms a batch file may hold its
// question q and id in: the plain form plainBatchLine reads, in both
// orders and with white space, and forms it must leave to encoding/json
// (escapes, other keys, keys twice or in capitals, numbers, trailing
// bytes).
func batchLineForms(id, q string) []string {
	quoted, _ := json.Marshal(q)
	qid, _ := json.Marshal(id)
	return []string{
		`{"id": "` + id + `", "question": "` + q + `"}`,
		`{"question":"` + q + `","id":"` + id + `"}`,
		"{ \"question\" :\t\"" + q + "\" \r\n}",
		`{"question": "` + q + `"}`,
		`{"id": ` + string(qid) + `, "question": ` + string(quoted) + `}`,
		`{"id": "` + id + `", "question": "` + q + `", "id": "again"}`,
		`{"id": "` + id + `", "question": "` + q + `", "question": "again"}`,
		`{"ID": "` + id + `", "Question": "` + q + `"}`,
		`{"id": 42, "question": "` + q + `"}`,
		`{"id": "` + id + `", "question": "` + q + `", "answers": ["x"]}`,
		`{"id": "` + id + `", "question": "` + q + `"}}`,
		`{"id": "` + id + `", "question": "` + q + `",}`,
		`{"id": "` + id + `" "question": "` + q + `"}`,
		`{"id": "` + id + `", "question": "` + q + `"`,
		`{"id": "` + id + `", "question": "` + q + "\x01\"}",
		`{"id": "` + id + `", "question": "` + q + "\xff\"}",
		`{"id": "` + id + `", "question": "` + q + `\u00e9"}`,
		`{"id": "` + id + `", "question": "  ` + q + "\u00a0 \"}",
		`{"id": null, "question": "` + q + `"}`,
		`{"id": "", "question": ""}`,
		`{}`,
	}
}

// TestPlainBatchLine checks that parseBatchLine, which reads the plain
// lines itself (plainBatchLine), gives what encoding/json gives
// (parseBatchObject) for the questions of the chat sets in many forms,
// and that it reads the plain forms itself. It fails when plainBatchLine
// takes a line encoding/json reads otherwise (checked: with escapes let
// through, or with bytes after the object's end accepted).
func TestPlainBatchLine(t *testing.T) {
	paths, err := filepath.Glob("../../qa/testdata/*/train.jsonl")
	if err != nil || len(paths) == 0 {
		t.Fatalf("chat sets: got %d files, error %v; want some", len(paths), err)
	}
	lines, plain := 0, 0
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var ex struct{ ID, Question string }
			if err := json.Unmarshal(sc.Bytes(), &ex); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			for _, line := range batchLineForms(ex.ID, ex.Question) {
				lines++
				if b, err := objectLine([]byte(line)); err == nil {
					if _, _, ok := plainBatchLine(b); ok {
						plain++
					}
				}
				comparePlainBatchLine(t, []byte(line))
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	// Four of the forms are plain whenever the question and the id need
	// no escape, as nearly all do.
	if plain < lines/7 {
		t.Errorf("plain lines: got %d of %d, want at least a seventh", plain, lines)
	}
}

// comparePlainBatchLine checks that parseBatchLine reads line as
// parseBatchObject does.
func comparePlainBatchLine(t *testing.T, line []byte) {
	t.Helper()
	b, err := objectLine(line)
	if err != nil {
		return
	}
	id, q, err := parseBatchLine(line)
	wantID, wantQ, wantErr := parseBatchObject(b)
	if id != wantID || q != wantQ || (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
		t.Errorf("%q: got %q %q %v, want %q %q %v (encoding/json)", line, id, q, err, wantID, wantQ, wantErr)
	}
}

// FuzzPlainBatchLine checks that parseBatchLine reads any line as
// encoding/json does.
func FuzzPlainBatchLine(f *testing.F) {
	for _, line := range batchLineForms("a\"b", "when is it open?") {
		f.Add([]byte(line))
	}
	for _, line := range batchLineForms("x1", strings.Repeat("é", 3)) {
		f.Add([]byte(line))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		comparePlainBatchLine(t, b)
	})
}
