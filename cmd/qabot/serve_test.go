package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/bot/bottest"
)

// waitLimit bounds every wait of these tests.
const waitLimit = 10 * time.Second

// logSink collects a server's log output and lets tests wait for a line.
// It is safe for concurrent use.
type logSink struct {
	bottest.LogBuffer
}

// waitFor polls the log until a line holds substr, and returns that line.
func (s *logSink) waitFor(t testing.TB, substr string) string {
	t.Helper()
	return waitForLine(t, s, substr)
}

// count returns the number of log lines holding substr.
func (s *logSink) count(substr string) int {
	return strings.Count(s.String(), substr)
}

// fileLog is the log a child process writes straight into a file, so that
// the test process does no work for it.
type fileLog struct{ path string }

func (f *fileLog) String() string {
	b, _ := os.ReadFile(f.path)
	return string(b)
}

func (f *fileLog) waitFor(t testing.TB, substr string) string {
	t.Helper()
	return waitForLine(t, f, substr)
}

func (f *fileLog) count(substr string) int {
	return strings.Count(f.String(), substr)
}

// serverLog is a server's log output as tests read it.
type serverLog interface {
	String() string
	waitFor(t testing.TB, substr string) string
	count(substr string) int
}

// waitForLine polls log until a line holds substr, and returns that line.
func waitForLine(t testing.TB, log interface{ String() string }, substr string) string {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for time.Now().Before(deadline) {
		for _, line := range strings.Split(log.String(), "\n") {
			if strings.Contains(line, substr) {
				return line
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("no log line with %q within %s; log:\n%s", substr, waitLimit, log.String())
	return ""
}

// servedQabot is a "qabot serve" running in process.
type servedQabot struct {
	url  string // http://127.0.0.1:PORT
	log  serverLog
	stop context.CancelFunc
	done chan int // the exit status, once run returns
}

// startServe runs "qabot serve --config FILE" in process with the config
// text cfg (JSON logs on a free port unless cfg says otherwise) and waits
// until it serves.
func startServe(t *testing.T, cfg string, getenv func(string) string) *servedQabot {
	t.Helper()
	path := filepath.Join(t.TempDir(), "serve_config.yaml")
	writeFile(t, path, cfg)
	ctx, cancel := context.WithCancel(context.Background())
	sink := &logSink{}
	s := &servedQabot{log: sink, stop: cancel, done: make(chan int, 1)}
	go func() {
		s.done <- run(ctx, []string{"serve", "--config", path}, env{
			stdin: strings.NewReader(""), stdout: io.Discard, stderr: sink, getenv: getenv,
		})
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-s.done:
		case <-time.After(waitLimit):
			t.Errorf("serve did not stop within %s", waitLimit)
		}
	})
	s.url = waitServing(t, s.log)
	return s
}

// waitServing waits for the JSON start-up line in log and returns the
// HTTP API's base URL from it.
func waitServing(t testing.TB, log serverLog) string {
	t.Helper()
	line := log.waitFor(t, `"msg":"qabot serving"`)
	var start struct{ HTTP string }
	if err := json.Unmarshal([]byte(line), &start); err != nil || start.HTTP == "" {
		t.Fatalf("start-up line %q: no http address (%v)", line, err)
	}
	return "http://" + start.HTTP
}

// ask asks q with POST /v1/ask and returns the status and the answer.
func (s *servedQabot) ask(t *testing.T, q string) (int, bot.AnswerJSON) {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"question": q})
	resp, err := http.Post(s.url+"/v1/ask", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("POST /v1/ask: %v", err)
	}
	defer resp.Body.Close()
	var a bot.AnswerJSON
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		t.Fatalf("POST /v1/ask: reply is not JSON: %v", err)
	}
	return resp.StatusCode, a
}

// get returns the status and body of GET path.
func (s *servedQabot) get(t *testing.T, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(s.url + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// metric returns the value of one series in /metrics, such as
// `qabot_reloads_total{result="ok"}`, or -1 when it is absent.
func (s *servedQabot) metric(t testing.TB, series string) float64 {
	t.Helper()
	v, err := scrape(s.url, series)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// scrape reads one series from the /metrics of the server at base, or -1
// when the series is absent.
func scrape(base, series string) (float64, error) {
	resp, err := http.Get(base + "/metrics")
	if err != nil {
		return 0, fmt.Errorf("GET /metrics: %w", err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, fmt.Errorf("GET /metrics: %w", err)
	}
	re := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(series) + ` (\S+)$`)
	m := re.FindSubmatch(body)
	if m == nil {
		return -1, nil
	}
	v, err := strconv.ParseFloat(string(m[1]), 64)
	if err != nil {
		return 0, fmt.Errorf("metric %s: %w", series, err)
	}
	return v, nil
}

// waitMetric polls /metrics until series reaches want.
func (s *servedQabot) waitMetric(t *testing.T, series string, want float64) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for time.Now().Before(deadline) {
		if s.metric(t, series) >= want {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("%s: got %v within %s, want %v; log:\n%s", series, s.metric(t, series), waitLimit, want, s.log.String())
}

// Test configurations: the HTTP API on a free port, no rate limit, JSON
// logs.
const (
	serveHTTPConfig = "http:\n  listen: 127.0.0.1:0\n  rate_limit: -1\nshutdown_timeout: 5s\n"
	serveBaseConfig = serveHTTPConfig + "log:\n  format: json\n  level: debug\n"
)

func TestServeEmbeddedCorpus(t *testing.T) {
	s := startServe(t, serveBaseConfig, mapEnv(nil))

	start := s.log.waitFor(t, `"msg":"qabot serving"`)
	for _, want := range []string{`"fronts":"http"`, `"corpus":"embedded"`, `"documents":5`, `"sentences":`} {
		if !strings.Contains(start, want) {
			t.Errorf("start-up line %s: want it to hold %s", start, want)
		}
	}
	if code, _ := s.get(t, "/healthz"); code != 200 {
		t.Errorf("/healthz: got %d, want 200", code)
	}
	if code, _ := s.get(t, "/readyz"); code != 200 {
		t.Errorf("/readyz: got %d, want 200", code)
	}

	code, a := s.ask(t, "When is the TikTok deadline?")
	if code != 200 || !a.Answered {
		t.Fatalf("got status %d, answer %+v; want 200 and answered", code, a)
	}
	if !strings.Contains(a.Sentence, "September 17") {
		t.Errorf("got sentence %q, want it to hold September 17", a.Sentence)
	}
	if a.Source == "" {
		t.Errorf("got no source, want the document's file name")
	}

	code, a = s.ask(t, "zzqx vrrbl qqqj?")
	if code != 200 || a.Answered || a.Message == "" {
		t.Errorf("junk: got status %d, answer %+v; want 200, answered false and a message", code, a)
	}

	if got := s.metric(t, `qabot_questions_total{front="http",outcome="answered"}`); got != 1 {
		t.Errorf("answered questions in /metrics: got %v, want 1", got)
	}
	if got := s.metric(t, `qabot_questions_total{front="http",outcome="not_found"}`); got != 1 {
		t.Errorf("not_found questions in /metrics: got %v, want 1", got)
	}
	if got := s.metric(t, `qabot_index_documents`); got != 5 {
		t.Errorf("qabot_index_documents: got %v, want 5", got)
	}
	if got := s.metric(t, `qabot_answer_duration_seconds_count{front="http"}`); got != 2 {
		t.Errorf("latency histogram count: got %v, want 2", got)
	}
	// One log line per question, with the question text.
	if line := s.log.waitFor(t, `"msg":"question"`); !strings.Contains(line, `"front":"http"`) ||
		!strings.Contains(line, `"outcome":"answered"`) || !strings.Contains(line, `"question":"When is the TikTok deadline?"`) ||
		!strings.Contains(line, `"latency":`) {
		t.Errorf("question log line %s: want front, outcome, latency and question", line)
	}

	s.shutdown(t)
}

// shutdown stops the server, waits for it and checks that it exits 0:
// the questions it took are answered by then.
func (s *servedQabot) shutdown(t *testing.T) {
	t.Helper()
	s.stop()
	select {
	case code := <-s.done:
		if code != exitOK {
			t.Errorf("serve exit status: got %d, want 0", code)
		}
		s.done <- code // for the cleanup
	case <-time.After(waitLimit):
		t.Fatalf("serve did not stop within %s", waitLimit)
	}
}

func TestServeQuestionsNotLogged(t *testing.T) {
	s := startServe(t, serveHTTPConfig+"log:\n  format: json\n  questions: false\n", mapEnv(nil))
	s.ask(t, "what did Marta Kessler build?")
	line := s.log.waitFor(t, `"msg":"question"`)
	if strings.Contains(line, "Kessler") || strings.Contains(line, `"question":`) {
		t.Errorf("got log line %s with log.questions false, want no question text", line)
	}
	if !strings.Contains(line, `"outcome":`) {
		t.Errorf("got log line %s, want the outcome still logged", line)
	}
}

// waitAnswer asks q until the answer meets ok, within waitLimit.
func (s *servedQabot) waitAnswer(t *testing.T, q, want string, ok func(bot.AnswerJSON) bool) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	var a bot.AnswerJSON
	for time.Now().Before(deadline) {
		if _, a = s.ask(t, q); ok(a) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("%q: got %+v within %s, want %s; log:\n%s", q, a, waitLimit, want, s.log.String())
}

// The corpus of the reload test. No sentence holds "when", so the stub and
// the real engine alike answer only what the documents say.
const (
	lighthouseDoc = "The Orvana lighthouse was built in 1872 by the engineer Marta Kessler.\n"
	orchardDoc    = "The Bellhaven orchard was planted in 1921 by the brothers Aldo and Piet Verhoef.\n"
	orchardQ      = "Who planted the Bellhaven orchard?"
)

func TestServeReloadsCorpus(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "lighthouse.txt"), lighthouseDoc)
	cfg := fmt.Sprintf("%s\ncorpus:\n  dir: %s\n  watch: true\n  debounce: 50ms\n", serveBaseConfig, dir)
	s := startServe(t, cfg, mapEnv(nil))

	if _, a := s.ask(t, "Who built the Orvana lighthouse?"); !a.Answered || a.Source != "lighthouse.txt" {
		t.Fatalf("lighthouse: got %+v, want an answer from lighthouse.txt", a)
	}
	if _, a := s.ask(t, orchardQ); a.Answered {
		t.Fatalf("orchard before it is added: got %+v, want not answered", a)
	}

	// A new document, in a new sub-folder, is answered without a restart.
	writeFile(t, filepath.Join(dir, "farms", "orchard.txt"), orchardDoc)
	s.waitAnswer(t, orchardQ, "the answer from farms/orchard.txt", func(a bot.AnswerJSON) bool {
		return a.Answered && a.Source == "farms/orchard.txt" && strings.Contains(a.Sentence, "Verhoef")
	})
	if got := s.metric(t, "qabot_index_documents"); got != 2 {
		t.Errorf("qabot_index_documents after the reload: got %v, want 2", got)
	}
	if got := s.metric(t, `qabot_reloads_total{result="ok"}`); got < 1 {
		t.Errorf("ok reloads: got %v, want at least 1", got)
	}

	// A file in the new sub-folder is watched too: an edit is seen.
	orchard := filepath.Join(dir, "farms", "orchard.txt")
	writeFile(t, orchard, strings.Replace(orchardDoc, "1921", "1923", 1))
	s.waitAnswer(t, orchardQ, "the edited sentence", func(a bot.AnswerJSON) bool {
		return strings.Contains(a.Sentence, "1923")
	})

	// A broken file (here: it can no longer be read) is skipped and its
	// last good version kept. It is replaced in one rename, as editors do.
	tmp := filepath.Join(dir, "farms", ".orchard.tmp")
	if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), tmp); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, orchard); err != nil {
		t.Fatal(err)
	}
	s.log.waitFor(t, "kept the last good version")
	if _, a := s.ask(t, orchardQ); !a.Answered || !strings.Contains(a.Sentence, "1923") {
		t.Fatalf("orchard after breaking its file: got %+v, want the last good answer", a)
	}
	if got := s.metric(t, "qabot_files_skipped"); got != 1 {
		t.Errorf("qabot_files_skipped: got %v, want 1", got)
	}

	// A reload that fails as a whole keeps the old index.
	failedBefore := s.metric(t, `qabot_reloads_total{result="failed"}`)
	for _, p := range []string{orchard, filepath.Join(dir, "lighthouse.txt")} {
		if err := os.Remove(p); err != nil {
			t.Fatal(err)
		}
	}
	s.waitMetric(t, `qabot_reloads_total{result="failed"}`, failedBefore+1)
	if _, a := s.ask(t, "Who built the Orvana lighthouse?"); !a.Answered || a.Source != "lighthouse.txt" {
		t.Fatalf("lighthouse after its folder was emptied: got %+v, want the old answer", a)
	}
	if code, _ := s.get(t, "/readyz"); code != 200 {
		t.Errorf("/readyz after a failed reload: got %d, want 200", code)
	}
}

func TestServeStartupErrors(t *testing.T) {
	empty := t.TempDir()
	tests := []struct {
		name string
		cfg  string
		env  map[string]string
		want []string
	}{
		{"unknown key", "http:\n  listen: 127.0.0.1:0\nslack:\n  bot_tokn: x\n", nil,
			[]string{"serve_config.yaml:4: unknown key slack.bot_tokn (did you mean bot_token?)"}},
		{"unset variable", "http:\n  listen: 127.0.0.1:0\n  token: ${QABOT_TEST_UNSET}\n", nil,
			[]string{"serve_config.yaml:3: http.token: environment variable QABOT_TEST_UNSET is not set"}},
		{"bad http token", "http:\n  listen: 127.0.0.1:0\n  token: ${TOKEN}\n", map[string]string{"TOKEN": "short"},
			[]string{"http.token: the token is 5 characters long"}},
		{"slack without a bot token", "http:\n  listen: 127.0.0.1:0\nslack:\n  enabled: true\n  app_token: xapp-1-A1-abc\n", nil,
			[]string{"slack.bot_token"}},
		{"slack with a bad token", "http:\n  listen: 127.0.0.1:0\nslack:\n  enabled: true\n  bot_token: ${BOT}\n  app_token: xapp-1-A1-abc\n", map[string]string{"BOT": "xoxp-user-token-oops"},
			[]string{"slack.bot_token"}},
		{"discord without a token", "http:\n  listen: 127.0.0.1:0\ndiscord:\n  enabled: true\n", nil,
			[]string{"discord.token"}},
		{"empty corpus folder", "http:\n  listen: 127.0.0.1:0\ncorpus:\n  dir: " + empty + "\n", nil,
			[]string{"load corpus", "no .txt, .md, .html, .pdf or .docx documents"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "serve_config.yaml")
			writeFile(t, path, tt.cfg)
			code, _, errOut := runCmd(t, mapEnv(tt.env), "serve", "--config", path)
			if code != exitUsage {
				t.Errorf("got exit %d, want 2", code)
			}
			for _, w := range tt.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("got stderr:\n%s\nwant it to hold %q", errOut, w)
				}
			}
			for _, secret := range tt.env {
				if strings.Contains(errOut, secret) {
					t.Errorf("got stderr %q, which holds the secret", errOut)
				}
			}
		})
	}
}

func TestServeAddressInUse(t *testing.T) {
	s := startServe(t, serveBaseConfig, mapEnv(nil))
	addr := strings.TrimPrefix(s.url, "http://")
	code, _, errOut := runCmd(t, mapEnv(nil), "serve", "--listen", addr)
	if code != exitUsage || !strings.Contains(errOut, "http.listen") {
		t.Errorf("got exit %d, stderr %q; want 2 naming http.listen", code, errOut)
	}
}

func TestServeFlags(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string // in stdout+stderr
	}{
		{[]string{"serve", "--help"}, exitOK, "--listen ADDR"},
		{[]string{"serve", "config.yaml"}, exitUsage, "did you mean --config config.yaml?"},
		{[]string{"serve", "--listen", "nowhere"}, exitUsage, `--listen: "nowhere" is not a host:port address`},
		{[]string{"serve", "--bogus"}, exitUsage, "bogus"},
	}
	for _, tt := range tests {
		code, out, errOut := runCmd(t, mapEnv(nil), tt.args...)
		if code != tt.code || !strings.Contains(out+errOut, tt.want) {
			t.Errorf("%v: got exit %d, output %q; want %d and %q", tt.args, code, out+errOut, tt.code, tt.want)
		}
	}
}

// TestServeNoConfig checks that "qabot serve" with no config serves the
// HTTP API over the embedded corpus with text logs (on another address
// than 8080, which may be taken on a test machine).
func TestServeNoConfig(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sink := &logSink{}
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--listen", "127.0.0.1:0"}, env{stdout: io.Discard, stderr: sink, getenv: mapEnv(nil)})
	}()
	line := sink.waitFor(t, "qabot serving")
	m := regexp.MustCompile(`http=(\S+)`).FindStringSubmatch(line)
	if m == nil || !strings.Contains(line, "corpus=embedded") || !strings.Contains(line, "fronts=http") {
		t.Fatalf("start-up line %q: want text format with fronts=http, corpus=embedded and http=ADDR", line)
	}
	resp, err := http.Get("http://" + m[1] + "/v1/ask?q=" + url.QueryEscape("when is the TikTok deadline?"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("GET /v1/ask: got %d, want 200", resp.StatusCode)
	}
	// The default log is text, one line per question.
	q := sink.waitFor(t, "msg=question")
	for _, want := range []string{"front=http", "outcome=answered", "latency=", `question="when is the TikTok deadline?"`} {
		if !strings.Contains(q, want) {
			t.Errorf("question log line %q: want it to hold %s", q, want)
		}
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("exit: got %d, want 0", code)
		}
	case <-time.After(waitLimit):
		t.Fatal("serve did not stop")
	}
}

// TestServeBearerToken checks that a token from the environment guards
// /v1/ask and never reaches the log, even at debug level.
func TestServeBearerToken(t *testing.T) {
	const token = "s3cret-token-for-the-serve-test"
	cfg := "http:\n  listen: 127.0.0.1:0\n  rate_limit: -1\n  token: ${QABOT_TEST_TOKEN}\nlog:\n  format: json\n  level: debug\n"
	s := startServe(t, cfg,
		mapEnv(map[string]string{"QABOT_TEST_TOKEN": token}))
	tests := []struct {
		name       string
		header     string
		wantStatus int
	}{
		{"no token", "", http.StatusUnauthorized},
		{"wrong token", "Bearer " + strings.Repeat("x", len(token)), http.StatusUnauthorized},
		{"right token", "Bearer " + token, http.StatusOK},
	}
	for _, tt := range tests {
		req, err := http.NewRequest("GET", s.url+"/v1/ask?q="+url.QueryEscape("When is the TikTok deadline?"), nil)
		if err != nil {
			t.Fatal(err)
		}
		if tt.header != "" {
			req.Header.Set("Authorization", tt.header)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var a bot.AnswerJSON
		json.NewDecoder(resp.Body).Decode(&a)
		resp.Body.Close()
		if resp.StatusCode != tt.wantStatus {
			t.Errorf("%s: got status %d (%+v), want %d", tt.name, resp.StatusCode, a, tt.wantStatus)
		}
		if tt.wantStatus == http.StatusUnauthorized && !strings.Contains(a.Error, "bearer token") {
			t.Errorf("%s: got error %q, want it to say a bearer token is required", tt.name, a.Error)
		}
	}
	if code, _ := s.get(t, "/healthz"); code != http.StatusOK {
		t.Errorf("/healthz with a token configured: got %d, want 200 without one", code)
	}
	s.log.waitFor(t, `"msg":"question"`)
	if strings.Contains(s.log.String(), token) {
		t.Errorf("log holds the token:\n%s", s.log.String())
	}
}

// TestServeHTTPDefaults checks, against `qabot serve --listen` with every
// other setting at its default, what a person trying the API with curl
// meets: a hundred questions in a row from one client without 429, 415
// for a text/plain POST, 400 without an echo for a 3,000-character
// question, 405 for DELETE /healthz.
func TestServeHTTPDefaults(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	sink := &logSink{}
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--listen", "127.0.0.1:0"}, env{stdout: io.Discard, stderr: sink, getenv: mapEnv(nil)})
	}()
	defer func() {
		cancel()
		<-done
	}()
	m := regexp.MustCompile(`http=(\S+)`).FindStringSubmatch(sink.waitFor(t, "qabot serving"))
	if m == nil {
		t.Fatalf("no http address in %q", sink.String())
	}
	base := "http://" + m[1]
	for i := range 100 {
		resp, err := http.Get(base + "/v1/ask?q=" + url.QueryEscape("when is the TikTok deadline?"))
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("question %d of 100: got %d, want 200", i+1, resp.StatusCode)
		}
	}
	tests := []struct {
		name, method, path, contentType, body string
		want                                  int
	}{
		{"text/plain POST", "POST", "/v1/ask", "text/plain", `{"question":"when is the TikTok deadline?"}`, 415},
		{"form POST", "POST", "/v1/ask", "application/x-www-form-urlencoded", `{"question":"x"}`, 415},
		{"long question", "POST", "/v1/ask", "application/json", `{"question":"` + strings.Repeat("z", 3000) + `"}`, 400},
		{"long question by GET", "GET", "/v1/ask?q=" + strings.Repeat("z", 3000), "", "", 400},
		{"DELETE /healthz", "DELETE", "/healthz", "", "", 405},
		{"POST /readyz", "POST", "/readyz", "", "", 405},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest(tt.method, base+tt.path, strings.NewReader(tt.body))
		if tt.contentType != "" {
			req.Header.Set("Content-Type", tt.contentType)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.want {
			t.Errorf("%s: got %d %s, want %d", tt.name, resp.StatusCode, body, tt.want)
		}
		if strings.Contains(string(body), "zzzzzzzzzz") {
			t.Errorf("%s: got the question echoed in %.100s…", tt.name, body)
		}
	}
}
