package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestParseConfigRedis(t *testing.T) {
	const secret = "hunter2-redis-0123"
	env := mapEnv(map[string]string{"REDIS_PASSWORD": secret, "REDIS_ADDR": "redis:6380"})
	cfg, err := parseConfig("c.yaml", []byte("redis:\n  enabled: true\n  address: ${REDIS_ADDR}\n  password: ${REDIS_PASSWORD}\n  db: 2\n  key_prefix: \"team-a:\"\n"), env)
	if err != nil {
		t.Fatalf("got %v, want a valid redis section", err)
	}
	if r := cfg.Redis; !r.Enabled || r.Address != "redis:6380" || r.Password != secret || r.DB != 2 || r.KeyPrefix != "team-a:" || r.TLS {
		t.Errorf("got %+v, want the section as written", r)
	}

	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"password written out", "redis:\n  enabled: true\n  password: " + secret + "\n",
			[]string{"c.yaml:3: redis.password: write it as an environment variable reference such as ${REDIS_PASSWORD}, never in the file"}},
		{"password written out, section disabled", "redis:\n  enabled: false\n  password: \"" + secret + "\"\n",
			[]string{"redis.password: write it as an environment variable reference"}},
		{"password variable unset", "redis:\n  enabled: true\n  password: ${NOT_SET}\n",
			[]string{"c.yaml:3: redis.password: environment variable NOT_SET is not set"}},
		{"bad address and prefix", "redis:\n  enabled: true\n  address: redis\n  key_prefix: \"\"\n",
			[]string{`c.yaml:3: redis.address: "redis" is not a host:port address`, "c.yaml:4: redis.key_prefix: is empty"}},
		{"unknown key", "redis:\n  enabled: true\n  adress: x:1\n", []string{"unknown key redis.adress (did you mean address?)"}},
		{"data_dir is a file", "data_dir: " + filepath.Join("..", "..", "go.mod") + "\n", []string{"c.yaml:1: data_dir:", "is a file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseConfig("c.yaml", []byte(tt.src), env)
			if err == nil {
				t.Fatalf("got no error, want %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("got %q, want it to hold %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "hunter2") {
				t.Errorf("got %q, which holds the password", err)
			}
		})
	}
	if _, err := parseConfig("c.yaml", []byte("redis:\n  password: ${NOT_SET}\n"), env); err != nil {
		t.Errorf("unset variable in a disabled redis section: got %v, want none", err)
	}
}

func TestConfigCheckRedactsRedisPassword(t *testing.T) {
	const secret = "hunter2-redis-0123"
	path := filepath.Join(t.TempDir(), "c.yaml")
	writeFile(t, path, "redis:\n  enabled: true\n  password: ${REDIS_PASSWORD}\n")
	code, out, errOut := runCmd(t, mapEnv(map[string]string{"REDIS_PASSWORD": secret}), "config", "check", "--config", path)
	if code != exitOK {
		t.Fatalf("got exit %d (%s), want 0", code, errOut)
	}
	for _, want := range []string{"redis:", "password: <redacted>", "address: 127.0.0.1:6379", `key_prefix: 'qabot:'`} {
		if !strings.Contains(out, want) {
			t.Errorf("got:\n%s\nwant it to hold %q", out, want)
		}
	}
	if strings.Contains(out+errOut, "hunter2") {
		t.Errorf("got output holding the password:\n%s%s", out, errOut)
	}
}

func TestDataDir(t *testing.T) {
	tests := []struct {
		name       string
		configured string
		env        map[string]string
		want       string
	}{
		{"configured", "/srv/qabot", map[string]string{"XDG_STATE_HOME": "/x", "HOME": "/home/ann"}, "/srv/qabot"},
		{"XDG state home", "", map[string]string{"XDG_STATE_HOME": "/x", "HOME": "/home/ann"}, "/x/qabot"},
		{"home", "", map[string]string{"HOME": "/home/ann"}, "/home/ann/.local/state/qabot"},
		{"neither", "", nil, "qabot-data"},
	}
	for _, tt := range tests {
		if got := dataDir(tt.configured, mapEnv(tt.env)); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
