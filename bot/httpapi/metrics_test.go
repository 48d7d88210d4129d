package httpapi

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"

	"github.com/qabot/qabot/bot"
)

func TestMetricsRecord(t *testing.T) {
	m := NewMetrics("http", "slack")
	m.Question("http", bot.OutcomeAnswered, 3*time.Millisecond)
	m.Question("http", bot.OutcomeAnswered, 1*time.Millisecond)
	m.Question("slack", bot.OutcomeRateLimited, time.Millisecond)
	m.Feedback("slack", true)
	m.Feedback("slack", false)
	m.Feedback("slack", false)
	m.SetIndex(5, 108, 1)
	m.Reload(true)
	m.Reload(false)
	m.Reload(false)

	tests := []struct {
		name string
		got  float64
		want float64
	}{
		{"http answered", value(t, m, "qabot_questions_total", "front", "http", "outcome", "answered"), 2},
		{"http not_found", value(t, m, "qabot_questions_total", "front", "http", "outcome", "not_found"), 0},
		{"slack rate_limited", value(t, m, "qabot_questions_total", "front", "slack", "outcome", "rate_limited"), 1},
		{"slack helpful", value(t, m, "qabot_feedback_total", "front", "slack", "vote", "helpful"), 1},
		{"slack unhelpful", value(t, m, "qabot_feedback_total", "front", "slack", "vote", "unhelpful"), 2},
		{"documents", value(t, m, "qabot_index_documents"), 5},
		{"sentences", value(t, m, "qabot_index_sentences"), 108},
		{"skipped", value(t, m, "qabot_files_skipped"), 1},
		{"reloads ok", value(t, m, "qabot_reloads_total", "result", "ok"), 1},
		{"reloads failed", value(t, m, "qabot_reloads_total", "result", "failed"), 2},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	if got := value(t, m, "qabot_answer_duration_seconds", "front", "http"); got != 2 {
		t.Errorf("http latency count: got %v, want 2", got)
	}
	if got := value(t, m, "qabot_answer_duration_seconds", "front", "slack"); got != 1 {
		t.Errorf("slack latency count: got %v, want 1", got)
	}
}

func TestMetricsRedis(t *testing.T) {
	m := NewMetrics("slack")
	m.RedisState(false) // before TrackRedis: ignored
	if body := scrapeAll(t, m); strings.Contains(body, "qabot_redis") {
		t.Errorf("got redis series without Redis configured:\n%s", body)
	}
	m.TrackRedis("dedup", "rate_limit", "feedback")
	if got := value(t, m, "qabot_redis_fallback_operations_total", "kind", "feedback"); got != 0 {
		t.Errorf("feedback fallbacks at start: got %v, want 0 (present)", got)
	}
	m.RedisState(true)
	m.RedisState(false)
	m.RedisFallback("dedup")
	m.RedisFallback("dedup")
	m.RedisFallback("rate_limit")
	tests := []struct {
		name      string
		got, want float64
	}{
		{"down", value(t, m, "qabot_redis_up"), 0},
		{"fallbacks", value(t, m, "qabot_redis_fallbacks_total"), 1},
		{"dedup operations", value(t, m, "qabot_redis_fallback_operations_total", "kind", "dedup"), 2},
		{"rate_limit operations", value(t, m, "qabot_redis_fallback_operations_total", "kind", "rate_limit"), 1},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	m.RedisState(true)
	if got := value(t, m, "qabot_redis_up"); got != 1 {
		t.Errorf("back: got qabot_redis_up %v, want 1", got)
	}
}

// scrapeAll returns the text m's handler serves.
func scrapeAll(t *testing.T, m *Metrics) string {
	t.Helper()
	rr := httptest.NewRecorder()
	m.Handler().ServeHTTP(rr, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rr.Body)
	return string(body)
}

// value gathers m and returns the value of the series of metric name with
// the given label pairs: a counter's or gauge's value, a histogram's count.
func value(t *testing.T, m *Metrics, name string, labels ...string) float64 {
	t.Helper()
	families, err := m.Registry().Gather()
	if err != nil {
		t.Fatalf("gather: %v", err)
	}
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
		for _, s := range f.GetMetric() {
			if hasLabels(s, labels) {
				switch {
				case s.Counter != nil:
					return s.Counter.GetValue()
				case s.Gauge != nil:
					return s.Gauge.GetValue()
				case s.Histogram != nil:
					return float64(s.Histogram.GetSampleCount())
				}
			}
		}
	}
	t.Fatalf("no series %s%v", name, labels)
	return 0
}

func hasLabels(s *dto.Metric, pairs []string) bool {
	have := map[string]string{}
	for _, l := range s.GetLabel() {
		have[l.GetName()] = l.GetValue()
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		if have[pairs[i]] != pairs[i+1] {
			return false
		}
	}
	return len(have) == len(pairs)/2
}

func TestMetricsEndpoint(t *testing.T) {
	m := NewMetrics("http")
	h := bot.NewHandler(fakeAsker{ask: tiktok}, bot.Config{Front: "http", RateLimit: -1, Recorder: m})
	api := New(Config{}, h, Options{Metrics: m.Handler()})
	do(t, api, post(`{"question":"tiktok deadline"}`))
	do(t, api, post(`{"question":"weather in Lima"}`))

	rec := httptest.NewRecorder()
	api.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Result().Body)
	text := string(body)
	for _, want := range []string{
		`qabot_questions_total{front="http",outcome="answered"} 1`,
		`qabot_questions_total{front="http",outcome="not_found"} 1`,
		`qabot_answer_duration_seconds_count{front="http"} 2`,
		`qabot_reloads_total{result="failed"} 0`,
		`go_goroutines`,
		`process_resident_memory_bytes`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("/metrics: got no line %q", want)
		}
	}
}
