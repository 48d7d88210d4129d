package main

import (
	"bytes"
	"debug/elf"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// dockerfile is deploy/Dockerfile read into stages of instructions, each
// one line (continuations joined, comments dropped).
type dockerfile struct {
	stages [][]string
}

func readDockerfile(t *testing.T) dockerfile {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "deploy", "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	var (
		df   dockerfile
		cur  strings.Builder
		flat []string
	)
	for _, l := range strings.Split(string(raw), "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "#") || (l == "" && cur.Len() == 0) {
			continue
		}
		if strings.HasSuffix(l, `\`) {
			cur.WriteString(strings.TrimSuffix(l, `\`) + " ")
			continue
		}
		cur.WriteString(l)
		flat = append(flat, strings.Join(strings.Fields(cur.String()), " "))
		cur.Reset()
	}
	for _, in := range flat {
		if strings.HasPrefix(in, "FROM ") {
			df.stages = append(df.stages, nil)
		}
		if len(df.stages) == 0 {
			t.Fatalf("Dockerfile: %q before the first FROM", in)
		}
		df.stages[len(df.stages)-1] = append(df.stages[len(df.stages)-1], in)
	}
	return df
}

// find returns the instructions of stage s that start with op.
func (df dockerfile) find(s int, op string) []string {
	var out []string
	for _, in := range df.stages[s] {
		if strings.HasPrefix(in, op+" ") {
			out = append(out, strings.TrimPrefix(in, op+" "))
		}
	}
	return out
}

// env returns the variables the ENV instructions of stage s set.
func (df dockerfile) env(s int) []string {
	var vars []string
	for _, e := range df.find(s, "ENV") {
		vars = append(vars, strings.Fields(e)...)
	}
	return vars
}

// TestDockerfile checks the image's shape: a build stage and a final one
// from a static base, a non-root user, a health check the binary does
// itself; then it builds the binary with the build stage's own `go build`
// line and variables, and checks that the result is static and that its
// health check tells a serving qabot from a stopped one.
func TestDockerfile(t *testing.T) {
	df := readDockerfile(t)
	if len(df.stages) < 2 {
		t.Fatalf("got %d stages, want a build stage and a final one", len(df.stages))
	}
	final := len(df.stages) - 1
	if from := df.stages[final][0]; !strings.Contains(from, "distroless/static") && from != "FROM scratch" {
		t.Errorf("final stage %q: want a static base (distroless/static or scratch)", from)
	}
	users := df.find(final, "USER")
	if len(users) == 0 || regexp.MustCompile(`^(root|0)(:|$)`).MatchString(users[len(users)-1]) {
		t.Errorf("final stage USER %v: want a non-root user", users)
	}
	hc := df.find(final, "HEALTHCHECK")
	if len(hc) != 1 || !strings.Contains(hc[0], `"/usr/local/bin/qabot", "healthcheck"`) {
		t.Errorf("HEALTHCHECK %v: want the binary's own healthcheck (the image has no curl)", hc)
	}
	var build string
	for _, run := range df.find(0, "RUN") {
		if strings.HasPrefix(run, "go build ") {
			build = run
		}
	}
	buildEnv := df.env(0)
	if build == "" || !strings.Contains(strings.Join(buildEnv, " "), "CGO_ENABLED=0") {
		t.Fatalf("build stage: got RUN %q and ENV %v, want a go build with CGO_ENABLED=0", build, buildEnv)
	}

	// Build as the Dockerfile does, from the repository's root, into a
	// folder of the test's.
	if _, err := exec.LookPath("go"); err != nil {
		t.Skipf("building needs the go tool: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "qabot")
	cmd := exec.Command("sh", "-c", strings.Replace(build, "/out/qabot", bin, 1))
	cmd.Dir = filepath.Join("..", "..")
	cmd.Env = append(os.Environ(), buildEnv...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", build, err, out)
	}
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	libs, _ := f.ImportedLibraries()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Errorf("the binary asks for a dynamic loader; want a static binary")
		}
	}
	f.Close()
	if len(libs) > 0 {
		t.Errorf("the binary needs %v; want a static binary", libs)
	}

	// The image's variables, on a free loopback port instead of
	// 0.0.0.0:8080.
	port := freePort(t)
	runEnv := append(os.Environ(), "QABOT_HTTP_LISTEN=127.0.0.1:"+port)
	for _, v := range df.env(final) {
		if !strings.HasPrefix(v, "QABOT_HTTP_LISTEN=") {
			runEnv = append(runEnv, v)
		}
	}
	health := func() (int, string) {
		c := exec.Command(bin, "healthcheck", "--timeout", "2s")
		c.Env = runEnv
		out, _ := c.CombinedOutput()
		return c.ProcessState.ExitCode(), string(out)
	}
	if code, out := health(); code != exitNotFound || !strings.Contains(out, "not answering") {
		t.Errorf("healthcheck with nothing serving: got exit %d, %q; want 1", code, out)
	}
	var log bytes.Buffer
	srv := exec.Command(bin, "serve")
	srv.Env = runEnv
	srv.Stderr = &log
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer srv.Process.Kill()
	deadline := time.Now().Add(waitLimit)
	for {
		code, out := health()
		if code == exitOK && strings.Contains(out, "/healthz: 200 OK") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("healthcheck of a serving qabot: got exit %d, %q; log:\n%s", code, out, log.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := srv.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	srv.Wait()
	if code, _ := health(); code != exitNotFound {
		t.Errorf("healthcheck after the server stopped: got exit %d, want 1", code)
	}
	if !strings.Contains(log.String(), `"msg":"qabot serving"`) {
		t.Errorf("log:\n%s\nwant JSON lines, as QABOT_LOG_FORMAT=json asks", log.String())
	}
}

// freePort returns a TCP port free on 127.0.0.1 a moment ago.
func freePort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
}

func TestHealthURL(t *testing.T) {
	tests := []struct{ listen, want, err string }{
		{"127.0.0.1:8080", "http://127.0.0.1:8080/healthz", ""},
		{"0.0.0.0:8080", "http://127.0.0.1:8080/healthz", ""},
		{":9000", "http://127.0.0.1:9000/healthz", ""},
		{"[::]:8080", "http://[::1]:8080/healthz", ""},
		{"example.internal:80", "http://example.internal:80/healthz", ""},
		{"127.0.0.1:0", "", "no fixed port"},
		{"nonsense", "", "not host:port"},
	}
	for _, tt := range tests {
		got, err := healthURL(tt.listen)
		if got != tt.want || (err == nil) != (tt.err == "") || (err != nil && !strings.Contains(err.Error(), tt.err)) {
			t.Errorf("%q: got %q, %v; want %q, %q", tt.listen, got, err, tt.want, tt.err)
		}
	}
}

// TestSystemdUnit checks deploy/qabot.service with systemd's own tools,
// when they are installed: it must verify cleanly, and its sandboxing must
// keep the exposure systemd-analyze reports low.
func TestSystemdUnit(t *testing.T) {
	sa, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze is not installed")
	}
	raw, err := os.ReadFile(filepath.Join("..", "..", "deploy", "qabot.service"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"ExecStart=/usr/local/bin/qabot serve", "ExecReload=/bin/kill -HUP $MAINPID", "DynamicUser=yes", "NoNewPrivileges=yes", "ProtectSystem=strict"} {
		if !bytes.Contains(raw, []byte(want)) {
			t.Errorf("qabot.service: want %s", want)
		}
	}
	// verify wants the binary where ExecStart says: point it at a file of
	// the test's.
	dir := t.TempDir()
	bin := filepath.Join(dir, "qabot")
	if err := os.WriteFile(bin, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	unit := filepath.Join(dir, "qabot.service")
	if err := os.WriteFile(unit, bytes.ReplaceAll(raw, []byte("/usr/local/bin/qabot"), []byte(bin)), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(sa, "verify", unit).CombinedOutput(); err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
	out, err := exec.Command(sa, "security", "--offline=yes", unit).CombinedOutput()
	m := regexp.MustCompile(`Overall exposure level for qabot.service: ([0-9.]+)`).FindSubmatch(out)
	if m == nil {
		t.Skipf("systemd-analyze security --offline is not supported here (%v): %s", err, out)
	}
	if level, _ := strconv.ParseFloat(string(m[1]), 64); level > 2.0 {
		t.Errorf("got exposure level %v, want 2.0 or less (sandboxing options)", level)
	}
}
