package qa

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var updateGenerated = flag.Bool("update-generated", false, "rewrite the files the package generates from its own source (featurerow.go, spanscore.go)")

// TestGeneratedFiles checks that each file generated from the package's
// own source is what its generator makes of that source now, and rewrites
// it with -update-generated (go generate ./qa): the rows of the answer
// model's features from their table (featureRowSource), the span model's
// scores from its values funcs (wholeScoreSource).
func TestGeneratedFiles(t *testing.T) {
	tests := []struct {
		file, from string
		source     func(file string) ([]byte, error)
	}{
		{"featurerow.go", "features.go", featureRowSource},
		{"spanscore.go", "spanfeatures.go", wholeScoreSource},
	}
	for _, tt := range tests {
		want, err := tt.source(tt.from)
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		if *updateGenerated {
			if err := os.WriteFile(tt.file, want, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := os.ReadFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is not what %s makes: run go generate ./qa", tt.file, tt.from)
		}
	}
}
