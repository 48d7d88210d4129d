package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
)

// maxLineBytes is the longest input line read whole (1 MiB). The start of a
// longer line is kept, the rest is skipped, and the line is reported as too
// long rather than read into memory.
const maxLineBytes = 1 << 20

// line is one line of input without its line ending.
type line struct {
	// n is the line's number, from 1.
	n int
	// text holds at most maxLineBytes bytes of the line.
	text []byte
	// tooLong is set when the line was longer than the limit and text holds
	// only its start.
	tooLong bool
}

// lineReader reads lines of any length with a bounded amount of memory,
// unlike bufio.Scanner, which fails on lines over 64 KiB.
type lineReader struct {
	r   *bufio.Reader
	max int
	n   int
}

// newLineReader returns a reader of lines of r that keeps at most max bytes
// of each line.
func newLineReader(r io.Reader, max int) *lineReader {
	return newLineReaderSize(r, max, 64<<10)
}

// newLineReaderSize is newLineReader with a read buffer of size bytes (at
// least 16), so that tests can cross buffer boundaries with short input.
func newLineReaderSize(r io.Reader, max, size int) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, size), max: max}
}

// next returns the next line, or io.EOF after the last one. A last line
// without a final newline is still returned. "\r\n" endings are accepted.
func (lr *lineReader) next() (line, error) {
	var (
		buf     []byte
		tooLong bool
		seen    bool
	)
	for {
		chunk, err := lr.r.ReadSlice('\n')
		if len(chunk) > 0 {
			seen = true
		}
		body := bytes.TrimSuffix(chunk, []byte("\n"))
		if room := lr.max - len(buf); len(body) > room {
			buf = append(buf, body[:max(room, 0)]...)
			tooLong = true
		} else {
			buf = append(buf, body...)
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == nil:
		case errors.Is(err, io.EOF) && seen:
		default:
			return line{}, err
		}
		lr.n++
		if !tooLong {
			buf = bytes.TrimSuffix(buf, []byte("\r"))
		}
		return line{n: lr.n, text: buf, tooLong: tooLong}, nil
	}
}

// lineFeed reads lines in its own goroutine so that a reader blocked on a
// terminal or a pipe never keeps the command from noticing Ctrl-C.
type lineFeed struct {
	c    chan lineItem
	done chan struct{}
}

type lineItem struct {
	l   line
	err error
}

// feedLines starts reading r line by line. Call stop when done with it.
// If the reader blocks for ever, its goroutine ends with the process.
func feedLines(r io.Reader, max int) *lineFeed {
	return feedLinesAhead(r, max, 0)
}

// feedLinesAhead is feedLines reading up to ahead lines before they are
// taken, so that a reader of a file finds a line ready at once where the
// reading goroutine has not yet come back to hand it over.
func feedLinesAhead(r io.Reader, max, ahead int) *lineFeed {
	f := &lineFeed{c: make(chan lineItem, ahead), done: make(chan struct{})}
	lr := newLineReader(r, max)
	go func() {
		for {
			l, err := lr.next()
			select {
			case f.c <- lineItem{l, err}:
			case <-f.done:
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return f
}

// next returns the next line, io.EOF at the end of input, a read error, or
// the context's error. If no line is ready yet, it calls beforeWait (when
// not nil) before blocking, so that buffered output can be flushed.
func (f *lineFeed) next(ctx context.Context, beforeWait func()) (line, error) {
	if err := ctx.Err(); err != nil {
		return line{}, err
	}
	select {
	case it := <-f.c:
		return it.l, it.err
	default:
	}
	if beforeWait != nil {
		beforeWait()
	}
	select {
	case it := <-f.c:
		return it.l, it.err
	case <-ctx.Done():
		return line{}, ctx.Err()
	}
}

// stop ends the reading goroutine unless it is blocked in a read.
func (f *lineFeed) stop() { close(f.done) }
