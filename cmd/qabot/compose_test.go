package main

import (
	"net"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestComposeExample checks that deploy/ holds together: the replicas'
// configuration is valid and shares state through the compose file's
// Redis, the compose file runs it with every variable it references, and
// the proxy sends Slack and the API to every replica on the ports the
// configuration listens on.
func TestComposeExample(t *testing.T) {
	deploy := filepath.Join("..", "..", "deploy")
	var compose struct {
		Services map[string]struct {
			Command     []string          `yaml:"command"`
			Environment map[string]string `yaml:"environment"`
			Volumes     []string          `yaml:"volumes"`
			Image       string            `yaml:"image"`
		} `yaml:"services"`
	}
	raw, err := os.ReadFile(filepath.Join(deploy, "compose.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(raw, &compose); err != nil {
		t.Fatalf("deploy/compose.yaml: %v", err)
	}
	// The replicas' command follows the image's entry point, the qabot
	// binary; the data volume is the home of the image's user.
	df := readDockerfile(t)
	final := len(df.stages) - 1
	entry, user := df.find(final, "ENTRYPOINT"), df.find(final, "USER")
	if len(entry) != 1 || !strings.Contains(entry[0], "/qabot\"") || len(user) != 1 || !strings.HasPrefix(user[0], "nonroot") {
		t.Fatalf("deploy/Dockerfile: got ENTRYPOINT %q and USER %q, want the qabot binary run as nonroot", entry, user)
	}
	var replicas []string
	for name := range compose.Services {
		if strings.HasPrefix(name, "qabot-") {
			replicas = append(replicas, name)
		}
	}
	slices.Sort(replicas)
	if len(replicas) < 2 || compose.Services["redis"].Image == "" || compose.Services["proxy"].Image == "" {
		t.Fatalf("deploy/compose.yaml: got services %v, want redis, a proxy and at least two qabot replicas", replicas)
	}

	qabotYAML, err := os.ReadFile(filepath.Join(deploy, "qabot.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	referenced := regexp.MustCompile(`\$\{([A-Z_][A-Z0-9_]*)\}`).FindAllStringSubmatch(string(qabotYAML), -1)
	nginx, err := os.ReadFile(filepath.Join(deploy, "nginx.conf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range replicas {
		svc := compose.Services[name]
		if strings.Join(svc.Command, " ") != "serve --config /etc/qabot/qabot.yaml" || !slices.Contains(svc.Volumes, "./qabot.yaml:/etc/qabot/qabot.yaml:ro") ||
			!slices.Contains(svc.Volumes, "qabot-data:/home/nonroot") {
			t.Errorf("%s: got command %q and volumes %q, want qabot serve on the mounted qabot.yaml, and the data volume as nonroot's home", name, svc.Command, svc.Volumes)
		}
		env := map[string]string{}
		for _, m := range referenced {
			if _, ok := svc.Environment[m[1]]; !ok {
				t.Errorf("%s: qabot.yaml references ${%s}, which the service does not set", name, m[1])
			}
			env[m[1]] = "xoxb-placeholder-0123456789"
		}
		cfg, err := parseConfig("deploy/qabot.yaml", qabotYAML, mapEnv(env))
		if err != nil {
			t.Fatalf("deploy/qabot.yaml: %v", err)
		}
		if !cfg.Redis.Enabled || !strings.HasPrefix(cfg.Redis.Address, "redis:") || !cfg.Slack.Enabled || cfg.Slack.Mode != "http" ||
			!strings.HasPrefix(cfg.DataDir, "/home/nonroot/") {
			t.Errorf("deploy/qabot.yaml: got redis %+v, slack mode %q, data_dir %q; want Redis at the redis service, Slack in http mode and data on the volume",
				cfg.Redis, cfg.Slack.Mode, cfg.DataDir)
		}
		for _, listen := range []string{cfg.Slack.Listen, cfg.HTTP.Listen} {
			_, port, _ := net.SplitHostPort(listen)
			if want := "server " + name + ":" + port; !strings.Contains(string(nginx), want) {
				t.Errorf("deploy/nginx.conf: no %q, want the proxy to reach %s on %s", want, name, listen)
			}
		}
	}
}
