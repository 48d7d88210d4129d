package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// maxBinaryBytes is the ceiling of issue 8 on the size of the binary that
// `go build ./cmd/qabot` gives, word vectors and WordNet included.
const maxBinaryBytes = 40_000_000

// TestBinarySize builds qabot the way the README says, with no flags, and
// checks that it stays under maxBinaryBytes. The likeliest way to break it
// is a cobra help or version template: text/template calls methods by
// name, so the linker then keeps every exported method of every library
// type (50 MB instead of 35).
func TestBinarySize(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skipf("building needs the go tool: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "qabot")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/qabot")
	cmd.Dir = filepath.Join("..", "..")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	st, err := os.Stat(bin)
	if err != nil {
		t.Fatal(err)
	}
	if st.Size() >= maxBinaryBytes {
		t.Errorf("got a binary of %d bytes, want under %d", st.Size(), maxBinaryBytes)
	}
}
