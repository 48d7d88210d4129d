package bot

// Where 👍/👎 votes are kept.
//
// Without Redis, votes go to an append-only JSON Lines file in qabot's data
// folder, one Feedback a line (FeedbackFile). Each vote is one write(2) on a
// file opened with O_APPEND, so several processes may append to the same
// file; the file is created readable by its owner only, since it holds
// people's questions; `qabot feedback` reads it. Package bot/redisstate keeps them in Redis instead,
// and falls back to this file while Redis is away.

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

// FeedbackStore keeps votes. Implementations must be safe for concurrent
// use.
type FeedbackStore interface {
	Add(ctx context.Context, f Feedback) error
}

// FeedbackFileName is the name of the feedback file in the data folder.
const FeedbackFileName = "feedback.jsonl"

// FeedbackFile is an append-only JSON Lines file of votes. It is safe for
// concurrent use.
type FeedbackFile struct {
	path string
	mu   sync.Mutex
}

// NewFeedbackFile returns the feedback file at path. Nothing is created
// until the first vote.
func NewFeedbackFile(path string) *FeedbackFile { return &FeedbackFile{path: path} }

// Path returns the file's path.
func (f *FeedbackFile) Path() string { return f.path }

// Add appends one vote, creating the file (mode 0600) and its folder (0700)
// when missing.
func (f *FeedbackFile) Add(_ context.Context, rec Feedback) error {
	line, err := json.Marshal(rec)
	if err != nil {
		return fmt.Errorf("encode feedback: %w", err)
	}
	line = append(line, '\n')
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := os.MkdirAll(filepath.Dir(f.path), 0o700); err != nil {
		return fmt.Errorf("feedback folder: %w", err)
	}
	file, err := os.OpenFile(f.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("open feedback file: %w", err)
	}
	if _, err := file.Write(line); err != nil {
		file.Close()
		return fmt.Errorf("append feedback: %w", err)
	}
	if err := file.Close(); err != nil {
		return fmt.Errorf("append feedback: %w", err)
	}
	return nil
}
