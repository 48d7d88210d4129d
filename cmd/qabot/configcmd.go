package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/qabot/qabot/bot/httpapi"
)

const configAbout = `Validates the configuration qabot serve would run with, without connecting
to anything: unknown keys, bad values, unset ${ENV_VAR} references and
every enabled front's section. It takes serve's flags and reads the same
QABOT_* environment variables. Prints the effective configuration
(defaults filled in, secrets redacted), each value followed by where it
came from (default, FILE:LINE, a variable or a flag), and exits 0; or
prints every problem and exits 2.`

const configExamples = `  qabot config check --config config.yaml
  QABOT_HTTP_LISTEN=0.0.0.0:8080 qabot config check --corpus ./docs
  qabot config check`

func newConfigCommand(e env, code *int) *cobra.Command {
	c := &cobra.Command{
		Use:   "config",
		Short: "check a configuration (qabot config check)",
		Long:  "Commands about qabot serve's configuration.",
		Args:  cobra.ArbitraryArgs,
	}
	c.RunE = exits(code, func(_ context.Context, args []string) (int, error) {
		if len(args) == 0 {
			return exitUsage, usagef("config", "config needs a subcommand: run `qabot config check --config FILE`")
		}
		return exitUsage, usagef("config", "unknown subcommand %q: run `qabot config check --config FILE`", args[0])
	})
	var o configOptions
	check := &cobra.Command{
		Use:     "check [flags]",
		Short:   "validate a configuration and print it, secrets redacted",
		Long:    configAbout,
		Example: configExamples,
		Args:    noArgs,
	}
	check.RunE = exits(code, func(context.Context, []string) (int, error) { return runConfigCheck(o, e) })
	o.addFlags(check)
	c.AddCommand(check)
	return c
}

// runConfigCheck is "qabot config check".
func runConfigCheck(o configOptions, e env) (int, error) {
	cfg, origins, err := o.load("config check", e)
	if err != nil {
		return exitUsage, err
	}
	source := "built-in defaults (no --config)"
	if o.path != "" {
		source = o.path
	}
	out, err := effectiveYAML(cfg, origins)
	if err != nil {
		return exitUsage, &cmdError{cmd: "config check", code: exitUsage, err: fmt.Errorf("print configuration: %w", err)}
	}
	fmt.Fprintf(e.stdout, "# %s: valid. Effective configuration, secrets redacted; each value's origin\n"+
		"# (default, FILE:LINE, a QABOT_* environment variable or a flag) follows it:\n", source)
	if _, err := e.stdout.Write(out); err != nil {
		return outputError("config check", err)
	}
	return exitOK, nil
}

// configOptions are the flags that say where serve's configuration comes
// from; `qabot serve` and `qabot config check` share them, so that the
// check sees what serve would run.
type configOptions struct {
	path   string
	corpus string
	listen string
	snap   snapshotFlags
}

func (o *configOptions) addFlags(c *cobra.Command) {
	f := c.Flags()
	f.StringVar(&o.path, "config", "", "the configuration `FILE` (see config.example.yaml); QABOT_* environment variables override it")
	f.StringVar(&o.corpus, "corpus", "", "answer from the .txt, .md, .html, .pdf and .docx files below `DIR` (corpus.dir)")
	f.StringVar(&o.listen, "listen", "", "serve the HTTP API on `ADDR`, host:port (http.listen; turns http.enabled on)")
	o.snap.addFlags(c, " (corpus.snapshot_dir)", " (corpus.snapshot: false)")
}

// load reads the configuration the options name for the command cmd: the
// defaults, the file given with --config, the QABOT_* environment and the
// flags, each over the one before.
func (o *configOptions) load(cmd string, e env) (Config, configOrigins, error) {
	src := configSource{getenv: e.getenv}
	if o.path != "" {
		raw, err := os.ReadFile(o.path)
		if err != nil {
			return Config{}, nil, usagef(cmd, "read config: %v", err)
		}
		src.file, src.raw = o.path, raw
	}
	if o.corpus != "" {
		src.flags = append(src.flags, flagSetting{key: "corpus.dir", flag: "--corpus", value: o.corpus})
	}
	if o.snap.dir != "" {
		src.flags = append(src.flags, flagSetting{key: "corpus.snapshot_dir", flag: "--snapshot-dir", value: o.snap.dir})
	}
	if o.snap.off {
		src.flags = append(src.flags, flagSetting{key: "corpus.snapshot", flag: "--no-snapshot", value: "false"})
	}
	if o.listen != "" {
		if err := httpapi.CheckListen(o.listen); err != nil {
			return Config{}, nil, usagef(cmd, "--listen: %v", err)
		}
		src.flags = append(src.flags,
			flagSetting{key: "http.listen", flag: "--listen", value: o.listen},
			flagSetting{key: "http.enabled", flag: "--listen", value: "true"})
	}
	cfg, origins, err := resolveConfig(src)
	if err != nil {
		return Config{}, nil, &cmdError{cmd: cmd, code: exitUsage, err: err}
	}
	return cfg, origins, nil
}

// noArgs refuses positional arguments to a command that takes flags only.
// An argument there is most likely a file given without its flag, and the
// error says so.
func noArgs(c *cobra.Command, args []string) error {
	if len(args) > 0 {
		name := commandName(c)
		return usagef(name, "%s takes no arguments, got %q: did you mean --config %s?", name, args[0], args[0])
	}
	return nil
}
