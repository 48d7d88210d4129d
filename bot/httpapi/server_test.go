package httpapi

import (
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
