package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa"
)

// fakeAsker answers with its function field.
type fakeAsker struct {
	ask func(ctx context.Context, q string) (qa.Answer, error)
}

func (f fakeAsker) Ask(ctx context.Context, q string) (qa.Answer, error) { return f.ask(ctx, q) }

const tiktokSentence = "The deadline for TikTok's sale is September 17."

// tiktok answers every question containing "tiktok" and no other.
func tiktok(ctx context.Context, q string) (qa.Answer, error) {
	if !strings.Contains(strings.ToLower(q), "tiktok") {
		return qa.Answer{}, nil
	}
	return qa.Answer{
		Found: true, Span: "September 17", Sentence: tiktokSentence, Score: 12.3456,
		Source: qa.Source{Path: "004.txt", Title: "Talks", Publisher: "Reuters", Date: "2025-09-15"},
		Also:   []qa.Source{{Path: "001.txt"}},
	}, nil
}

// fakeClock is a clock tests move by hand.
type fakeClock struct{ t atomic.Int64 }

func (c *fakeClock) now() time.Time { return time.Unix(0, c.t.Load()) }

func newTestAPI(t testing.TB, cfg Config, rateLimit int, opt Options) *API {
	t.Helper()
	clock := &fakeClock{}
	clock.t.Store(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).UnixNano())
	h := bot.NewHandler(fakeAsker{ask: tiktok}, bot.Config{Front: "http", RateLimit: rateLimit, Now: clock.now})
	return New(cfg, h, opt)
}

// do sends one request to api and decodes the JSON reply.
func do(t testing.TB, api http.Handler, r *http.Request) (*http.Response, bot.AnswerJSON) {
	t.Helper()
	if r.RemoteAddr == "" {
		r.RemoteAddr = "192.0.2.1:5555"
	}
	rec := httptest.NewRecorder()
	api.ServeHTTP(rec, r)
	resp := rec.Result()
	var out bot.AnswerJSON
	body, _ := io.ReadAll(resp.Body)
	if ct := resp.Header.Get("Content-Type"); strings.HasPrefix(ct, "application/json") {
		if err := json.Unmarshal(body, &out); err != nil {
			t.Fatalf("reply is not JSON: %v: %s", err, body)
		}
	}
	return resp, out
}

// post is a JSON POST /v1/ask of body.
func post(body string) *http.Request {
	r := httptest.NewRequest(http.MethodPost, "/v1/ask", strings.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	return r
}

func get(q string) *http.Request {
	return httptest.NewRequest(http.MethodGet, "/v1/ask?q="+url.QueryEscape(q), nil)
}

func TestAsk(t *testing.T) {
	api := newTestAPI(t, Config{}, -1, Options{})
	tests := []struct {
		name       string
		req        *http.Request
		wantStatus int
		wantAnswer string
		wantErr    string // substring of "error"
		wantMsg    string // substring of "message"
	}{
		{"post answers", post(`{"question":"When is the TikTok deadline?"}`), 200, "September 17", "", ""},
		{"get answers", get("when is the tiktok deadline"), 200, "September 17", "", ""},
		{"get with question=", httptest.NewRequest("GET", "/v1/ask?question=tiktok+deadline", nil), 200, "September 17", "", ""},
		{"not found is 200", post(`{"question":"what is the capital of Peru?"}`), 200, "", "", "couldn't find"},
		{"help is 200", post(`{"question":"help"}`), 200, "", "", "for example"},
		{"no question", post(`{"question":"   "}`), 400, "", "no question", ""},
		{"empty object", post(`{}`), 400, "", "no question", ""},
		{"empty body", post(``), 400, "", "body is empty", ""},
		{"not JSON", post(`question=hi`), 400, "", "not JSON", ""},
		{"truncated JSON", post(`{"question":`), 400, "", "not JSON", ""},
		{"array", post(`["tiktok"]`), 400, "", "JSON object", ""},
		{"number", post(`{"question":5}`), 400, "", `"question" must be a string`, ""},
		{"other fields are ignored", post(`{"question":"tiktok deadline?","answers":["x"],"kind":"date"}`), 200, "September 17", "", ""},
		{"misnamed question field", post(`{"q":"tiktok"}`), 400, "", "no question", ""},
		{"two values", post(`{"question":"tiktok"} {"question":"x"}`), 400, "", "more than one", ""},
		{"over 64 KiB", post(`{"question":"` + strings.Repeat("a", MaxBodyBytes) + `"}`), 413, "", "over 64 KiB", ""},
		{"too long question", post(`{"question":"` + strings.Repeat("tiktok ", 1000) + `"}`), 400, "", "too long", ""},
		{"too long question by GET", get(strings.Repeat("tiktok ", 500)), 400, "", "too long", ""},
		{"top 3", post(`{"question":"tiktok deadline?","top":3}`), 200, "September 17", "", ""},
		{"top in the query", httptest.NewRequest("GET", "/v1/ask?q=tiktok&top=2", nil), 200, "September 17", "", ""},
		{"top 0 by GET", httptest.NewRequest("GET", "/v1/ask?q=tiktok&top=0", nil), 400, "", "from 1 to 10", ""},
		{"top 11", httptest.NewRequest("GET", "/v1/ask?q=tiktok&top=11", nil), 400, "", "from 1 to 10", ""},
		{"top not a number", httptest.NewRequest("GET", "/v1/ask?q=tiktok&top=all", nil), 400, "", "from 1 to 10", ""},
		{"top -1 in the body", post(`{"question":"tiktok","top":-1}`), 400, "", "from 1 to 10", ""},
		{"get without q", httptest.NewRequest("GET", "/v1/ask", nil), 400, "", "no question", ""},
		{"put", httptest.NewRequest("PUT", "/v1/ask", nil), 405, "", "not supported", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, out := do(t, api, tt.req)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("got status %d, want %d (body %+v)", resp.StatusCode, tt.wantStatus, out)
			}
			if out.Answer != tt.wantAnswer {
				t.Errorf("got answer %q, want %q", out.Answer, tt.wantAnswer)
			}
			if out.Answered != (tt.wantAnswer != "") {
				t.Errorf("got answered %v, want %v", out.Answered, tt.wantAnswer != "")
			}
			if !strings.Contains(out.Error, tt.wantErr) || (tt.wantErr == "") != (out.Error == "") {
				t.Errorf("got error %q, want it to hold %q", out.Error, tt.wantErr)
			}
			if !strings.Contains(out.Message, tt.wantMsg) || (tt.wantMsg == "") != (out.Message == "") {
				t.Errorf("got message %q, want it to hold %q", out.Message, tt.wantMsg)
			}
		})
	}
}

func TestAskAnswerFields(t *testing.T) {
	api := newTestAPI(t, Config{}, -1, Options{})
	resp, out := do(t, api, post(`{"id":"q1","question":"tiktok deadline?"}`))
	if resp.StatusCode != 200 {
		t.Fatalf("got status %d, want 200", resp.StatusCode)
	}
	want := bot.AnswerJSON{
		ID: "q1", Question: "tiktok deadline?", Answered: true, Answer: "September 17",
		Sentence: tiktokSentence, Source: "004.txt", Score: 12.346,
		Title: "Talks", Publisher: "Reuters", Date: "2025-09-15",
	}
	if out.ID != want.ID || out.Question != want.Question || out.Sentence != want.Sentence ||
		out.Source != want.Source || out.Score != want.Score || out.Title != want.Title ||
		out.Publisher != want.Publisher || out.Date != want.Date {
		t.Errorf("got %+v, want %+v", out, want)
	}
	if len(out.Also) != 1 || out.Also[0].Path != "001.txt" {
		t.Errorf("got also %+v, want [001.txt]", out.Also)
	}
	if got := resp.Header.Get("Content-Type"); got != "application/json; charset=utf-8" {
		t.Errorf("got Content-Type %q, want application/json; charset=utf-8", got)
	}
}

func TestAskEngineError(t *testing.T) {
	h := bot.NewHandler(fakeAsker{ask: func(context.Context, string) (qa.Answer, error) {
		return qa.Answer{}, errors.New("index exploded at /secret/path")
	}}, bot.Config{Front: "http", RateLimit: -1})
	resp, out := do(t, New(Config{}, h, Options{}), post(`{"question":"tiktok"}`))
	if resp.StatusCode != http.StatusInternalServerError {
		t.Fatalf("got status %d, want 500", resp.StatusCode)
	}
	if strings.Contains(out.Error, "secret") || out.Error == "" {
		t.Errorf("got error %q, want the user-facing wording without internal details", out.Error)
	}
}

func TestRateLimitByClientIP(t *testing.T) {
	api := newTestAPI(t, Config{}, 2, Options{})
	from := func(ip string) *http.Request {
		r := post(`{"question":"tiktok"}`)
		r.RemoteAddr = ip + ":4000"
		return r
	}
	for i, want := range []int{200, 200, 429} {
		resp, out := do(t, api, from("192.0.2.7"))
		if resp.StatusCode != want {
			t.Fatalf("request %d: got status %d, want %d", i+1, resp.StatusCode, want)
		}
		if want == 429 {
			if out.Error == "" || resp.Header.Get("Retry-After") == "" {
				t.Errorf("got error %q and Retry-After %q, want both set", out.Error, resp.Header.Get("Retry-After"))
			}
		}
	}
	if resp, _ := do(t, api, from("192.0.2.8")); resp.StatusCode != 200 {
		t.Errorf("another client: got status %d, want 200", resp.StatusCode)
	}
}

func TestBearerToken(t *testing.T) {
	const token = "0123456789abcdef0123"
	api := newTestAPI(t, Config{Token: token}, -1, Options{})
	tests := []struct {
		name   string
		header string
		want   int
	}{
		{"missing", "", 401},
		{"wrong", "Bearer 0123456789abcdef0124", 401},
		{"prefix of the token", "Bearer 0123456789", 401},
		{"not bearer", "Basic " + token, 401},
		{"right", "Bearer " + token, 200},
		{"scheme case-insensitive", "bearer " + token, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, r := range []*http.Request{post(`{"question":"tiktok"}`), get("tiktok")} {
				if tt.header != "" {
					r.Header.Set("Authorization", tt.header)
				}
				resp, out := do(t, api, r)
				if resp.StatusCode != tt.want {
					t.Fatalf("%s: got status %d, want %d", r.Method, resp.StatusCode, tt.want)
				}
				if tt.want == 401 {
					if resp.Header.Get("WWW-Authenticate") == "" || out.Error == "" {
						t.Errorf("got WWW-Authenticate %q and error %q, want both set", resp.Header.Get("WWW-Authenticate"), out.Error)
					}
					if strings.Contains(out.Error, token[:8]) {
						t.Errorf("got error %q, which repeats the token", out.Error)
					}
				}
			}
		})
	}
	// Health endpoints stay open.
	if resp, _ := do(t, api, httptest.NewRequest("GET", "/healthz", nil)); resp.StatusCode != 200 {
		t.Errorf("/healthz with a token configured: got %d, want 200", resp.StatusCode)
	}
}

func TestCORS(t *testing.T) {
	preflight := func(origin string) *http.Request {
		r := httptest.NewRequest(http.MethodOptions, "/v1/ask", nil)
		r.Header.Set("Origin", origin)
		r.Header.Set("Access-Control-Request-Method", "POST")
		return r
	}
	withOrigin := func(origin string) *http.Request {
		r := post(`{"question":"tiktok"}`)
		r.Header.Set("Origin", origin)
		return r
	}
	off := newTestAPI(t, Config{}, -1, Options{})
	on := newTestAPI(t, Config{CORSOrigins: []string{"https://docs.example.com/"}}, -1, Options{})
	anyOrigin := newTestAPI(t, Config{CORSOrigins: []string{"*"}}, -1, Options{})
	tests := []struct {
		name       string
		api        http.Handler
		req        *http.Request
		wantStatus int
		wantAllow  string
	}{
		{"off: request", off, withOrigin("https://docs.example.com"), 200, ""},
		{"off: preflight", off, preflight("https://docs.example.com"), 405, ""},
		{"on: allowed request", on, withOrigin("https://docs.example.com"), 200, "https://docs.example.com"},
		{"on: allowed preflight", on, preflight("https://docs.example.com"), 204, "https://docs.example.com"},
		{"on: other origin request", on, withOrigin("https://evil.example"), 200, ""},
		{"on: other origin preflight", on, preflight("https://evil.example"), 403, ""},
		{"on: no origin", on, post(`{"question":"tiktok"}`), 200, ""},
		{"any: request", anyOrigin, withOrigin("https://x.example"), 200, "https://x.example"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, _ := do(t, tt.api, tt.req)
			if resp.StatusCode != tt.wantStatus {
				t.Errorf("got status %d, want %d", resp.StatusCode, tt.wantStatus)
			}
			if got := resp.Header.Get("Access-Control-Allow-Origin"); got != tt.wantAllow {
				t.Errorf("got Access-Control-Allow-Origin %q, want %q", got, tt.wantAllow)
			}
			if tt.api == off {
				for k := range resp.Header {
					if strings.HasPrefix(k, "Access-Control-") {
						t.Errorf("got header %s with CORS off, want none", k)
					}
				}
			}
			if tt.wantStatus == 204 && resp.Header.Get("Access-Control-Allow-Methods") == "" {
				t.Errorf("preflight: got no Access-Control-Allow-Methods, want it set")
			}
		})
	}
}

func TestHealthAndReady(t *testing.T) {
	var ready atomic.Bool
	api := newTestAPI(t, Config{}, -1, Options{Loaded: ready.Load})
	status := func(path string) int {
		resp, _ := do(t, api, httptest.NewRequest("GET", path, nil))
		return resp.StatusCode
	}
	if got := status("/healthz"); got != 200 {
		t.Errorf("/healthz: got %d, want 200", got)
	}
	if got := status("/readyz"); got != 503 {
		t.Errorf("/readyz before load: got %d, want 503", got)
	}
	resp, out := do(t, api, post(`{"question":"tiktok"}`))
	if resp.StatusCode != 503 || out.Error == "" || resp.Header.Get("Retry-After") == "" {
		t.Errorf("/v1/ask before load: got %d, error %q, Retry-After %q; want 503 with both", resp.StatusCode, out.Error, resp.Header.Get("Retry-After"))
	}
	ready.Store(true)
	if resp, out := do(t, api, post(`{"question":"tiktok"}`)); resp.StatusCode != 200 || !out.Answered {
		t.Errorf("/v1/ask after load: got %d, %+v; want 200 answered", resp.StatusCode, out)
	}
	if got := status("/readyz"); got != 200 {
		t.Errorf("/readyz after load: got %d, want 200", got)
	}
	if got := status("/nope"); got != 404 {
		t.Errorf("/nope: got %d, want 404", got)
	}
	if got := status("/metrics"); got != 404 {
		t.Errorf("/metrics with no metrics handler: got %d, want 404", got)
	}
}

// BenchmarkAskPOST measures POST /v1/ask through the API, the bot handler,
// metrics and the real index over the embedded corpus (no network).
func BenchmarkAskPOST(b *testing.B) {
	docs, err := corpus.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	h := bot.NewHandler(qa.Build(docs), bot.Config{Front: "http", RateLimit: -1, Recorder: NewMetrics("http")})
	api := New(Config{}, h, Options{})
	body := `{"question":"When is the TikTok deadline?"}`
	b.ReportAllocs()
	for b.Loop() {
		r := httptest.NewRequest(http.MethodPost, "/v1/ask", strings.NewReader(body))
		r.RemoteAddr = "192.0.2.1:5555"
		r.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		api.ServeHTTP(rec, r)
		if rec.Code != 200 {
			b.Fatalf("got status %d, want 200", rec.Code)
		}
	}
}

// FuzzAsk checks that any body to POST /v1/ask and any query to GET gets
// a JSON reply with a status the API documents, and never a crash.
func FuzzAsk(f *testing.F) {
	// The seed corpus is in testdata/fuzz/FuzzAsk.
	api := newTestAPI(f, Config{}, -1, Options{})
	allowed := map[int]bool{200: true, 400: true, 413: true}
	f.Fuzz(func(t *testing.T, body string) {
		for _, r := range []*http.Request{post(body), get(body)} {
			resp, out := do(t, api, r)
			if !allowed[resp.StatusCode] {
				t.Fatalf("%s %q: got status %d, want 200, 400 or 413", r.Method, body, resp.StatusCode)
			}
			if resp.StatusCode != 200 && out.Error == "" {
				t.Fatalf("%s %q: got status %d with no error message", r.Method, body, resp.StatusCode)
			}
		}
	})
}

func TestReadyWhileDraining(t *testing.T) {
	var draining atomic.Bool
	api := newTestAPI(t, Config{}, -1, Options{Ready: func() error {
		if draining.Load() {
			return errors.New("shutting down")
		}
		return nil
	}})
	draining.Store(true)
	rec := httptest.NewRecorder()
	api.ServeHTTP(rec, httptest.NewRequest("GET", "/readyz", nil))
	if rec.Code != 503 || !strings.Contains(rec.Body.String(), "not ready: shutting down") {
		t.Errorf("/readyz while draining: got %d %q, want 503 saying why", rec.Code, rec.Body.String())
	}
	// Questions already on their way are still answered.
	if resp, out := do(t, api, post(`{"question":"tiktok"}`)); resp.StatusCode != 200 || !out.Answered {
		t.Errorf("/v1/ask while draining: got %d, %+v; want 200 answered", resp.StatusCode, out)
	}
}

// topAsker answers "tiktok" questions with n answers, the last not found.
type topAsker struct{ fakeAsker }

func (a topAsker) AskTop(ctx context.Context, q string, n int) ([]qa.Answer, error) {
	first, err := tiktok(ctx, q)
	out := []qa.Answer{first}
	for i := 1; i < n; i++ {
		alt := first
		alt.Sentence = fmt.Sprintf("Alternative %d.", i)
		alt.Confidence = 0.5 / float64(i)
		alt.Found = i < n-1
		out = append(out, alt)
	}
	return out, err
}

func TestAskTop(t *testing.T) {
	h := bot.NewHandler(topAsker{fakeAsker{ask: tiktok}}, bot.Config{Front: "http", RateLimit: -1})
	api := New(Config{}, h, Options{})
	tests := []struct {
		req  *http.Request
		want []string // the sentences of the alternatives
	}{
		{get("tiktok deadline"), nil},
		{httptest.NewRequest("GET", "/v1/ask?q=tiktok&top=1", nil), nil},
		{httptest.NewRequest("GET", "/v1/ask?q=tiktok&top=4", nil), []string{"Alternative 1.", "Alternative 2."}},
		{post(`{"question":"tiktok","top":3}`), []string{"Alternative 1."}},
	}
	for _, tt := range tests {
		resp, out := do(t, api, tt.req)
		if resp.StatusCode != 200 || out.Sentence != tiktokSentence {
			t.Fatalf("%s: got %d %+v, want 200 and the best answer first", tt.req.URL, resp.StatusCode, out)
		}
		var got []string
		for _, a := range out.Alternatives {
			got = append(got, a.Sentence)
			if !a.Answered || a.Confidence == 0 {
				t.Errorf("%s: got alternative %+v, want an answer with its confidence", tt.req.URL, a)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got alternatives %q, want %q (the found ones, in order)", tt.req.URL, got, tt.want)
		}
	}
}

func TestContentType(t *testing.T) {
	api := newTestAPI(t, Config{}, -1, Options{})
	body := `{"question":"tiktok deadline?"}`
	tests := []struct {
		contentType string
		want        int
	}{
		{"application/json", 200},
		{"application/json; charset=utf-8", 200},
		{"Application/JSON", 200},
		{"text/plain", 415},
		{"text/plain;charset=UTF-8", 415},
		{"application/x-www-form-urlencoded", 415},
		{"multipart/form-data; boundary=x", 415},
		{"", 415},
		{"application/json-seq", 415},
	}
	for _, tt := range tests {
		r := httptest.NewRequest(http.MethodPost, "/v1/ask", strings.NewReader(body))
		if tt.contentType != "" {
			r.Header.Set("Content-Type", tt.contentType)
		}
		resp, out := do(t, api, r)
		if resp.StatusCode != tt.want {
			t.Errorf("Content-Type %q: got %d, want %d", tt.contentType, resp.StatusCode, tt.want)
		}
		if tt.want == 415 && !strings.Contains(out.Error, "Content-Type: application/json") {
			t.Errorf("Content-Type %q: got error %q, want it to name the header to send", tt.contentType, out.Error)
		}
	}
}

func TestMethodNotAllowedEverywhere(t *testing.T) {
	api := newTestAPI(t, Config{}, -1, Options{Metrics: http.NotFoundHandler()})
	tests := []struct {
		method, path, allow string
	}{
		{"DELETE", "/healthz", "GET, HEAD"},
		{"POST", "/healthz", "GET, HEAD"},
		{"PUT", "/readyz", "GET, HEAD"},
		{"DELETE", "/metrics", "GET, HEAD"},
		{"PUT", "/v1/ask", "GET, POST"},
		{"DELETE", "/v1/ask", "GET, POST"},
		{"PATCH", "/v1/ask", "GET, POST"},
	}
	for _, tt := range tests {
		resp, out := do(t, api, httptest.NewRequest(tt.method, tt.path, nil))
		if resp.StatusCode != 405 || resp.Header.Get("Allow") != tt.allow || !strings.Contains(out.Error, "not supported") {
			t.Errorf("%s %s: got %d, Allow %q, error %q; want 405, Allow %q and a message", tt.method, tt.path,
				resp.StatusCode, resp.Header.Get("Allow"), out.Error, tt.allow)
		}
	}
	for _, path := range []string{"/healthz", "/readyz"} {
		if resp, _ := do(t, api, httptest.NewRequest("HEAD", path, nil)); resp.StatusCode != 200 {
			t.Errorf("HEAD %s: got %d, want 200", path, resp.StatusCode)
		}
	}
}

// TestNeverEchoesLongQuestions checks that a question over the limit gets
// 400 and that the reply does not hold it.
func TestNeverEchoesLongQuestions(t *testing.T) {
	api := newTestAPI(t, Config{}, -1, Options{})
	long := strings.Repeat("q", 3000)
	for _, r := range []*http.Request{post(`{"question":"` + long + `"}`), get(long)} {
		rec := httptest.NewRecorder()
		r.RemoteAddr = "192.0.2.1:5555"
		api.ServeHTTP(rec, r)
		if rec.Code != 400 || strings.Contains(rec.Body.String(), "qqqqqqqqqq") || rec.Body.Len() > 500 {
			t.Errorf("%s: got %d and %d bytes %.80q…, want 400 without the question", r.Method, rec.Code, rec.Body.Len(), rec.Body.String())
		}
	}
}

func TestNoHTMLEscaping(t *testing.T) {
	api := newTestAPI(t, Config{Token: "0123456789abcdef"}, -1, Options{})
	rec := httptest.NewRecorder()
	api.ServeHTTP(rec, post(`{"question":"tiktok"}`))
	if body := rec.Body.String(); rec.Code != 401 || !strings.Contains(body, "Bearer <token>") || strings.Contains(body, `\u003c`) {
		t.Errorf("got %d %q, want 401 naming Bearer <token> as written", rec.Code, body)
	}
}

// TestClientBehindProxy checks the rate limit's key: the peer, or the
// client a trusted proxy names in X-Forwarded-For.
func TestClientBehindProxy(t *testing.T) {
	tests := []struct {
		name    string
		trusted []string
		peer    string
		xff     []string
		want    string
	}{
		{"no proxy configured: the header is ignored", nil, "203.0.113.9:1", []string{"198.51.100.1"}, "203.0.113.9"},
		{"untrusted peer: the header is ignored", []string{"10.0.0.0/8"}, "203.0.113.9:1", []string{"198.51.100.1"}, "203.0.113.9"},
		{"trusted proxy", []string{"10.0.0.0/8"}, "10.1.2.3:1", []string{"198.51.100.1"}, "198.51.100.1"},
		{"forged hops left of the real client", []string{"10.0.0.0/8"}, "10.1.2.3:1", []string{"1.2.3.4, 198.51.100.1"}, "198.51.100.1"},
		{"two trusted proxies", []string{"10.0.0.0/8", "192.0.2.7"}, "10.1.2.3:1", []string{"198.51.100.1, 192.0.2.7"}, "198.51.100.1"},
		{"two headers", []string{"10.0.0.0/8"}, "10.1.2.3:1", []string{"1.2.3.4", "198.51.100.2"}, "198.51.100.2"},
		{"trusted proxy, no header", []string{"10.0.0.0/8"}, "10.1.2.3:1", nil, "10.1.2.3"},
		{"garbage hop", []string{"10.0.0.0/8"}, "10.1.2.3:1", []string{"nonsense"}, "10.1.2.3"},
		{"IPv6 proxy", []string{"::1"}, "[::1]:1", []string{"2001:db8::1"}, "2001:db8::1"},
		{"IPv4-mapped peer", []string{"127.0.0.1"}, "[::ffff:127.0.0.1]:1", []string{"198.51.100.3"}, "198.51.100.3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, err := parseProxies(tt.trusted)
			if err != nil {
				t.Fatal(err)
			}
			r := httptest.NewRequest("GET", "/v1/ask?q=x", nil)
			r.RemoteAddr = tt.peer
			for _, v := range tt.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			if got := ps.client(r); got != tt.want {
				t.Errorf("got client %q, want %q", got, tt.want)
			}
		})
	}
}

// TestRateLimitPerForwardedClient checks that two clients behind one
// trusted proxy have a limit each, and that the default limit lets a
// person's hundred questions through.
func TestRateLimitPerForwardedClient(t *testing.T) {
	clock := &fakeClock{}
	h := bot.NewHandler(fakeAsker{ask: tiktok}, bot.Config{Front: "http", RateLimit: 2, Now: clock.now})
	api := New(Config{TrustedProxies: []string{"10.0.0.1"}}, h, Options{})
	ask := func(client string) int {
		r := get("tiktok")
		r.RemoteAddr = "10.0.0.1:4444"
		r.Header.Set("X-Forwarded-For", client)
		resp, _ := do(t, api, r)
		return resp.StatusCode
	}
	got := []int{ask("198.51.100.1"), ask("198.51.100.1"), ask("198.51.100.1"), ask("198.51.100.2")}
	if want := []int{200, 200, 429, 200}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got statuses %v, want %v", got, want)
	}

	h = bot.NewHandler(fakeAsker{ask: tiktok}, bot.Config{Front: "http", RateLimit: DefaultRateLimit, Now: clock.now})
	api = New(Config{}, h, Options{})
	for i := range 100 {
		if resp, _ := do(t, api, get("tiktok")); resp.StatusCode != 200 {
			t.Fatalf("question %d of 100 in a minute: got %d, want 200", i+1, resp.StatusCode)
		}
	}
}

func TestConfigTrustedProxies(t *testing.T) {
	err := Config{Listen: "127.0.0.1:1", TrustedProxies: []string{"10.0.0.0/8", "nope", "1.2.3.4/99"}}.Validate()
	if err == nil || !strings.Contains(err.Error(), `http.trusted_proxies: "nope" is not an IP address or a CIDR range`) {
		t.Errorf("got %v, want the bad entry named", err)
	}
	if err := (Config{Listen: "127.0.0.1:1", TrustedProxies: []string{"10.0.0.0/8", "::1", "192.0.2.7"}}).Validate(); err != nil {
		t.Errorf("got %v, want none", err)
	}
}

// FuzzClient checks the rate limit's key for any peer and X-Forwarded-For
// header: never a panic, and the key is the peer's address unless the peer
// is a trusted proxy, when it is an address the header names or the peer.
func FuzzClient(f *testing.F) {
	// The seed corpus is in testdata/fuzz/FuzzClient.
	ps, err := parseProxies([]string{"10.0.0.0/8", "::1"})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, peer, xff string) {
		r := httptest.NewRequest("GET", "/v1/ask?q=x", nil)
		r.RemoteAddr = peer
		r.Header.Set("X-Forwarded-For", xff)
		got := ps.client(r)
		host, _, err := net.SplitHostPort(peer)
		if err != nil {
			host = peer
		}
		a, perr := netip.ParseAddr(host)
		if perr != nil || !ps.trusts(a) {
			if got != host {
				t.Errorf("peer %q (not trusted), header %q: got %q, want the peer %q", peer, xff, got, host)
			}
			return
		}
		// The client is named in the canonical form of its address, so
		// that "::010" and "::10" are one client (to rate limits as well).
		want := map[string]bool{a.Unmap().String(): true}
		for _, hop := range forwardedFor(r.Header) {
			if h, err := netip.ParseAddr(hop); err == nil {
				want[h.Unmap().String()] = true
			}
		}
		if !want[got] {
			t.Errorf("trusted peer %q, header %q: got %q, want the peer or an address of the header", peer, xff, got)
		}
	})
}
