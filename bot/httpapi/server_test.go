package httpapi

import (
	"net"
	"net/http"
	"testing"
	"time"
)

func TestNewServerTimeouts(t *testing.T) {
	s := NewServer(http.NotFoundHandler(), nil)
	tests := []struct {
		name string
		got  time.Duration
		want time.Duration
	}{
		{"ReadHeaderTimeout", s.ReadHeaderTimeout, ReadHeaderTimeout},
		{"ReadTimeout", s.ReadTimeout, ReadTimeout},
		{"WriteTimeout", s.WriteTimeout, WriteTimeout},
		{"IdleTimeout", s.IdleTimeout, IdleTimeout},
	}
	for _, tt := range tests {
		if tt.got != tt.want || tt.got <= 0 {
			t.Errorf("%s: got %v, want %v (and more than 0)", tt.name, tt.got, tt.want)
		}
	}
	if s.MaxHeaderBytes <= 0 || s.ErrorLog == nil {
		t.Errorf("got MaxHeaderBytes %d and ErrorLog %v, want a header limit and a logger", s.MaxHeaderBytes, s.ErrorLog)
	}
}

// TestIdleTimeoutIsShort checks that an idle keep-alive connection gives
// its place back within half a minute.
func TestIdleTimeoutIsShort(t *testing.T) {
	if s := NewServer(http.NotFoundHandler(), nil); s.IdleTimeout > 30*time.Second {
		t.Errorf("got IdleTimeout %v, want at most 30s", s.IdleTimeout)
	}
}

// TestLimitListener checks that no more than max connections are
// accepted at once, and that the next is accepted once one closes.
func TestLimitListener(t *testing.T) {
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln := LimitListener(inner, 2)
	defer ln.Close()
	accepted := make(chan net.Conn, 3)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			accepted <- c
		}
	}()
	for range 3 {
		c, err := net.Dial("tcp", inner.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
	}
	first, second := <-accepted, <-accepted
	select {
	case <-accepted:
		t.Fatal("a third connection was accepted while two were open; want it to wait")
	case <-time.After(50 * time.Millisecond):
	}
	first.Close()
	select {
	case c := <-accepted:
		c.Close()
	case <-time.After(5 * time.Second):
		t.Fatal("the third connection was not accepted after one closed")
	}
	second.Close()

	if got := LimitListener(inner, -1); got != inner {
		t.Errorf("max -1: got %T, want the listener itself (no cap)", got)
	}
}
