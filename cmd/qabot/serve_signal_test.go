package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/qabot/qabot/bot"
)

// buildQabot builds the qabot binary into a temporary folder of t.
func buildQabot(t testing.TB) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("building the binary needs the go tool on PATH: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "qabot")
	out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// process is "qabot serve" running as a child process.
type process struct {
	cmd  *exec.Cmd
	log  *fileLog
	url  string
	done chan error // Wait's result
}

// startProcess runs bin serve with the config text cfg and waits until it
// serves. The process is killed at the end of the test if still running.
func startProcess(t testing.TB, bin, cfg string) *process {
	t.Helper()
	path := filepath.Join(t.TempDir(), "serve_config.yaml")
	writeFile(t, path, cfg)
	logPath := filepath.Join(t.TempDir(), "serve_stderr.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close() // the child has its own descriptor
	p := &process{log: &fileLog{path: logPath}, done: make(chan error, 1)}
	p.cmd = exec.Command(bin, "serve", "--config", path)
	p.cmd.Stdout = io.Discard
	p.cmd.Stderr = logFile
	p.cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start qabot: %v", err)
	}
	go func() { p.done <- p.cmd.Wait() }()
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			p.cmd.Process.Kill()
			<-p.done
		}
	})
	p.url = waitServing(t, p.log)
	return p
}

// wait waits for the process to exit and returns its exit status.
func (p *process) wait(t testing.TB) int {
	t.Helper()
	select {
	case err := <-p.done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			t.Fatalf("wait: %v", err)
		}
		return 0
	case <-time.After(waitLimit):
		t.Fatalf("qabot did not exit within %s; log:\n%s", waitLimit, p.log.String())
		return -1
	}
}

// TestServeSignals runs the built binary: SIGHUP reloads the corpus,
// SIGTERM during a stream of requests answers every request the server
// accepted, then exits 0, and SIGINT stops it as cleanly.
func TestServeSignals(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGHUP or SIGTERM on Windows")
	}
	bin := buildQabot(t)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "lighthouse.txt"), lighthouseDoc)
	cfg := fmt.Sprintf("%scorpus:\n  dir: %s\n  watch: false\nlog:\n  format: json\n", serveHTTPConfig, dir)
	p := startProcess(t, bin, cfg)
	s := &servedQabot{url: p.url, log: p.log}

	// SIGHUP: with watching off, a new file is seen only on the signal.
	writeFile(t, filepath.Join(dir, "orchard.txt"), orchardDoc)
	if _, a := s.ask(t, orchardQ); a.Answered {
		t.Fatalf("orchard before SIGHUP: got %+v, want not answered (watch is off)", a)
	}
	if err := p.cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	s.waitMetric(t, `qabot_reloads_total{result="ok"}`, 1)
	if _, a := s.ask(t, orchardQ); !a.Answered || a.Source != "orchard.txt" {
		t.Fatalf("orchard after SIGHUP: got %+v, want the answer from orchard.txt", a)
	}

	// SIGTERM during a stream of requests.
	const workers = 8
	var (
		mu               sync.Mutex
		answered, closed int
		failures         []string
		wg               sync.WaitGroup
	)
	client := &http.Client{Timeout: waitLimit, Transport: &http.Transport{MaxIdleConnsPerHost: workers}}
	defer client.CloseIdleConnections()
	target := p.url + "/v1/ask?q=" + url.QueryEscape("Who built the Orvana lighthouse?")
	started := make(chan struct{}, workers*100)
	stopAt := time.Now().Add(waitLimit)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Now().Before(stopAt) {
				ok, refused, failure := getAnswer(client, target)
				mu.Lock()
				switch {
				case ok:
					answered++
				case refused:
					closed++
				default:
					failures = append(failures, failure)
				}
				mu.Unlock()
				if refused || failure != "" {
					return // the server is gone; stop this client
				}
				select {
				case started <- struct{}{}:
				default:
				}
			}
		}()
	}
	for range 50 {
		<-started
	}
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	code := p.wait(t)
	wg.Wait()
	if code != 0 {
		t.Errorf("exit status after SIGTERM: got %d, want 0; log:\n%s", code, p.log.String())
	}
	if len(failures) > 0 {
		t.Errorf("got %d requests that failed after being accepted (%d answered), want none: %v", len(failures), answered, failures[:min(5, len(failures))])
	}
	// Every question the server took (one log line each; one more for the
	// orchard questions above) was answered to its client.
	logged := p.log.count(`"msg":"question"`) - 2
	if logged != answered {
		t.Errorf("questions logged by the server: %d, answered to clients: %d; want equal", logged, answered)
	}
	if answered < 50 {
		t.Errorf("answered %d requests before the shutdown, want at least 50", answered)
	}
	if !strings.Contains(p.log.String(), `"msg":"stopped"`) {
		t.Errorf("log:\n%s\nwant a \"stopped\" line", p.log.String())
	}
	t.Logf("SIGTERM: %d answered, %d refused after the listener closed", answered, closed)

	// SIGINT (Ctrl-C in a terminal) drains and exits 0 the same way.
	p2 := startProcess(t, bin, serveHTTPConfig+"log:\n  format: json\n")
	s2 := &servedQabot{url: p2.url, log: p2.log}
	if _, a := s2.ask(t, "When is the TikTok deadline?"); !a.Answered {
		t.Fatalf("before SIGINT: got %+v, want an answer from the embedded corpus", a)
	}
	if err := p2.cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if code := p2.wait(t); code != 0 {
		t.Errorf("exit status after SIGINT: got %d, want 0; log:\n%s", code, p2.log.String())
	}
	if !strings.Contains(p2.log.String(), `"msg":"stopped"`) {
		t.Errorf("log after SIGINT:\n%s\nwant a \"stopped\" line", p2.log.String())
	}
}

// getAnswer sends one GET and classifies the result: answered (200 with an
// answer), refused (the request was not taken: the server had stopped
// listening or closed the idle connection), or a failure described in
// words.
func getAnswer(client *http.Client, target string) (ok, refused bool, failure string) {
	resp, err := client.Get(target)
	if err != nil {
		// Refused: no listener any more. EOF or a reset: the server closed
		// an idle keep-alive connection as it shut down, before it read the
		// request, so the request was never taken (the caller checks that
		// every question the server logged was answered).
		if errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNRESET) {
			return false, true, ""
		}
		return false, false, err.Error()
	}
	defer resp.Body.Close()
	var a bot.AnswerJSON
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		return false, false, fmt.Sprintf("status %d, body not JSON: %v", resp.StatusCode, err)
	}
	if resp.StatusCode != 200 || !a.Answered {
		return false, false, fmt.Sprintf("status %d, answer %+v", resp.StatusCode, a)
	}
	return true, false, ""
}
