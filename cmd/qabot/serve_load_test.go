package main

// The load test: the built qabot binary serves the embedded corpus on
// 127.0.0.1 in its own process, and an open-loop generator sends it POST
// /v1/ask at a fixed rate. Latency is measured from the moment each request
// was due, not from when it was sent, so a server that falls behind cannot
// hide it (no coordinated omission).
//
// By default it runs briefly (500 questions a second for 1 s) as part of
// go test. The full run is gated:
//
//	QABOT_LOAD=1 go test -run TestServeLoad -v ./cmd/qabot
//
// holds 2,000 questions a second for 30 s; QABOT_LOAD_RATE and
// QABOT_LOAD_DURATION change the figures. It fails on any error, on a p99
// latency of 10 ms or more, or on memory that keeps growing. The short run
// checks only that every request is answered: timing is not asserted on a
// machine busy with the rest of the tests.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// loadQuestions are asked in turn: answerable ones and junk.
var loadQuestions = []string{
	"When is the TikTok deadline?",
	"Where did the US and China meet?",
	"Who led the Chinese delegation?",
	"zzqx vrrbl qqqj?",
	"What did the US Treasury say about the talks?",
}

// loadPlan is how hard and how long to push.
type loadPlan struct {
	rate     int // requests a second
	duration time.Duration
	workers  int
	full     bool
}

func loadPlanFromEnv(t *testing.T) loadPlan {
	p := loadPlan{rate: 500, duration: time.Second, workers: 16}
	if os.Getenv("QABOT_LOAD") == "" {
		return p
	}
	p = loadPlan{rate: 2000, duration: 30 * time.Second, workers: 64, full: true}
	if v := os.Getenv("QABOT_LOAD_RATE"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 || n > 100000 {
			t.Fatalf("QABOT_LOAD_RATE=%q: want a number of requests a second from 1 to 100000", v)
		}
		p.rate = n
	}
	if v := os.Getenv("QABOT_LOAD_DURATION"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 || d > 10*time.Minute {
			t.Fatalf("QABOT_LOAD_DURATION=%q: want a duration up to 10m, such as 30s", v)
		}
		p.duration = d
	}
	return p
}

// memory is a sample of the server process's memory and CPU time.
type memory struct {
	rss, heap float64 // bytes
	cpu       float64 // seconds of CPU time used so far
}

func (m memory) String() string {
	return fmt.Sprintf("RSS %.1f MiB, heap in use %.1f MiB", m.rss/(1<<20), m.heap/(1<<20))
}

// sampleMemory reads the server's memory from its /metrics.
func sampleMemory(base string) (memory, error) {
	rss, err := scrape(base, "process_resident_memory_bytes")
	if err != nil {
		return memory{}, err
	}
	heap, err := scrape(base, "go_memstats_heap_inuse_bytes")
	if err != nil {
		return memory{}, err
	}
	cpu, err := scrape(base, "process_cpu_seconds_total")
	return memory{rss: rss, heap: heap, cpu: cpu}, err
}

// loadResult is what a run measured.
type loadResult struct {
	sent      int
	latencies []time.Duration // of the successful requests, sorted
	failures  []string
	elapsed   time.Duration
}

func (r loadResult) percentile(p float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	i := int(float64(len(r.latencies)-1) * p)
	return r.latencies[i]
}

// leanClient sends requests on one kept-alive connection with as little
// work as it can (pre-built request bytes, no http.Transport), so that the
// generator takes little of the CPU the server is measured on. It is used
// by one goroutine at a time.
type leanClient struct {
	addr string
	conn net.Conn
	br   *bufio.Reader
}

// do sends the raw request req and returns the reply's status and body.
func (c *leanClient) do(req []byte) (int, []byte, error) {
	if c.conn == nil {
		conn, err := net.DialTimeout("tcp", c.addr, 5*time.Second)
		if err != nil {
			return 0, nil, err
		}
		c.conn, c.br = conn, bufio.NewReaderSize(conn, 4096)
	}
	c.conn.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := c.conn.Write(req); err != nil {
		c.close()
		return 0, nil, err
	}
	resp, err := http.ReadResponse(c.br, nil)
	if err != nil {
		c.close()
		return 0, nil, err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || resp.Close {
		c.close()
	}
	return resp.StatusCode, body, err
}

func (c *leanClient) close() {
	if c.conn != nil {
		c.conn.Close()
		c.conn = nil
	}
}

// askRequest returns the raw HTTP/1.1 request POST /v1/ask for q.
func askRequest(host, q string) []byte {
	body, _ := json.Marshal(map[string]string{"question": q})
	return fmt.Appendf(nil, "POST /v1/ask HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", host, len(body), body)
}

// generate sends plan.rate requests a second for plan.duration to the
// server at addr (host:port), and calls mid once, halfway.
func generate(plan loadPlan, addr string, mid func()) loadResult {
	n := int(float64(plan.rate) * plan.duration.Seconds())
	interval := time.Second / time.Duration(plan.rate)
	reqs := make([][]byte, len(loadQuestions))
	for i, q := range loadQuestions {
		reqs[i] = askRequest(addr, q)
	}

	type job struct {
		i   int
		due time.Time
	}
	jobs := make(chan job, 1024)
	lat := make([][]time.Duration, plan.workers)
	fails := make([][]string, plan.workers)
	var wg sync.WaitGroup
	for w := range plan.workers {
		lat[w] = make([]time.Duration, 0, n/plan.workers+16)
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := &leanClient{addr: addr}
			defer c.close()
			for j := range jobs {
				status, body, err := c.do(reqs[j.i%len(reqs)])
				d := time.Since(j.due)
				if err != nil {
					fails[w] = append(fails[w], err.Error())
					continue
				}
				var a struct {
					Answered *bool  `json:"answered"`
					Error    string `json:"error"`
				}
				if err := json.Unmarshal(body, &a); err != nil || status != 200 || a.Answered == nil || a.Error != "" {
					fails[w] = append(fails[w], fmt.Sprintf("status %d, body %q", status, body))
					continue
				}
				lat[w] = append(lat[w], d)
			}
		}()
	}
	start := time.Now()
	for i := range n {
		due := start.Add(time.Duration(i) * interval)
		if d := time.Until(due); d > 0 {
			time.Sleep(d)
		}
		if i == n/2 && mid != nil {
			mid()
		}
		jobs <- job{i: i, due: due}
	}
	close(jobs)
	wg.Wait()
	r := loadResult{sent: n, elapsed: time.Since(start)}
	for w := range plan.workers {
		r.latencies = append(r.latencies, lat[w]...)
		r.failures = append(r.failures, fails[w]...)
	}
	slices.Sort(r.latencies)
	return r
}

func TestServeLoad(t *testing.T) {
	plan := loadPlanFromEnv(t)
	bin := buildQabot(t)
	p := startProcess(t, bin, serveHTTPConfig+"log:\n  format: json\n  level: info\n")

	// Warm up, so that "before" is the steady state of an idle server.
	addr := strings.TrimPrefix(p.url, "http://")
	generate(loadPlan{rate: 500, duration: 200 * time.Millisecond, workers: 8}, addr, nil)
	before, err := sampleMemory(p.url)
	if err != nil {
		t.Fatal(err)
	}
	type sample struct {
		m   memory
		err error
	}
	midway := make(chan sample, 1)
	res := generate(plan, addr, func() {
		go func() {
			m, err := sampleMemory(p.url)
			midway <- sample{m, err}
		}()
	})
	after, err := sampleMemory(p.url)
	if err != nil {
		t.Fatal(err)
	}
	ms := <-midway
	if ms.err != nil {
		t.Fatal(ms.err)
	}
	mid := ms.m

	achieved := float64(res.sent) / res.elapsed.Seconds()
	t.Logf("load: %d requests in %s (%.0f/s asked, %.0f/s achieved), %d workers",
		res.sent, res.elapsed.Round(time.Millisecond), float64(plan.rate), achieved, plan.workers)
	t.Logf("latency: p50 %s, p90 %s, p99 %s, p99.9 %s, max %s",
		res.percentile(.50), res.percentile(.90), res.percentile(.99), res.percentile(.999), res.percentile(1))
	t.Logf("memory: before %s; halfway %s; after %s", before, mid, after)
	t.Logf("server CPU: %.0f µs a request, %.0f%% of one core",
		(after.cpu-before.cpu)/float64(res.sent)*1e6, (after.cpu-before.cpu)/res.elapsed.Seconds()*100)
	t.Logf("errors: %d", len(res.failures))

	if len(res.failures) > 0 {
		t.Errorf("got %d failed requests of %d, want none; first: %s", len(res.failures), res.sent, strings.Join(res.failures[:min(3, len(res.failures))], "; "))
	}
	if got := len(res.latencies) + len(res.failures); got != res.sent {
		t.Errorf("got %d replies, want %d", got, res.sent)
	}
	if plan.full {
		// The timing bars hold only for the full, gated run on a quiet
		// machine: the short run shares the machine with the rest of
		// go test ./... and checks that every request is answered.
		// The generator must have kept to its schedule for the rate to count.
		if res.elapsed > plan.duration+plan.duration/10+time.Second {
			t.Errorf("the run took %s for a %s plan: the server (or generator) fell behind", res.elapsed, plan.duration)
		}
		if p99 := res.percentile(.99); p99 >= 10*time.Millisecond {
			t.Errorf("got p99 latency %s, want under 10ms", p99)
		}
		// Flat memory: the second half of the run adds no more than a
		// little to what the first half reached.
		if grow := after.rss - mid.rss; grow > 16<<20 {
			t.Errorf("RSS grew by %.1f MiB in the second half of the run (%s → %s), want it flat", grow/(1<<20), mid, after)
		}
	}
	if logged := p.log.count(`"msg":"question"`); logged < res.sent {
		t.Errorf("question log lines: got %d, want at least %d", logged, res.sent)
	}
}
