package main

import (
	"context"
	"errors"
	"fmt"
)

const configAbout = `Validates a configuration without connecting to anything: unknown keys,
bad values, unset ${ENV_VAR} references and every enabled front's section.
Prints the effective configuration (defaults filled in, secrets redacted)
and exits 0, or prints every problem and exits 2. With no --config, checks
and prints the built-in defaults.`

const configExamples = `  qabot config check --config config.yaml
  qabot config check
`

// runConfig handles "qabot config check".
func runConfig(ctx context.Context, args []string, e env) (int, error) {
	c := newCommand("config check", "qabot config check [--config FILE]", configAbout, configExamples)
	path := c.fs.String("config", "", "the configuration `file` to check")
	if len(args) == 0 || args[0] != "check" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			c.printUsage(e.stdout)
			return exitOK, nil
		}
		if len(args) == 0 {
			return exitUsage, usagef("config", "config needs a subcommand: run `qabot config check --config FILE`")
		}
		return exitUsage, usagef("config", "unknown subcommand %q: run `qabot config check --config FILE`", args[0])
	}
	cfg, helped, err := parseConfigArgs(c, args[1:], path, e)
	if helped {
		return exitOK, nil
	}
	if err != nil {
		return exitUsage, err
	}
	source := "built-in defaults (no --config)"
	if *path != "" {
		source = *path
	}
	out, err := effectiveYAML(cfg)
	if err != nil {
		return exitUsage, &cmdError{cmd: "config check", code: exitUsage, err: fmt.Errorf("print configuration: %w", err)}
	}
	fmt.Fprintf(e.stdout, "# %s: valid. Effective configuration, secrets redacted:\n", source)
	if _, err := e.stdout.Write(out); err != nil {
		return outputError("config check", err)
	}
	return exitOK, nil
}

// parseConfigArgs parses the command line of c, which takes flags only, and
// loads the configuration file its --config flag (path) names, or returns
// the built-in defaults when there is none. helped is set when --help was
// shown. A positional argument is most likely the file without its flag,
// and the error says so.
func parseConfigArgs(c *command, args []string, path *string, e env) (cfg Config, helped bool, err error) {
	pos, err := c.parse(args, e.stdout)
	if errors.Is(err, errHelpShown) {
		return Config{}, true, nil
	}
	if err != nil {
		return Config{}, false, err
	}
	if len(pos) > 0 {
		return Config{}, false, usagef(c.name, "%s takes no arguments, got %q: did you mean --config %s?", c.name, pos[0], pos[0])
	}
	if *path == "" {
		return defaultConfig(), false, nil
	}
	if cfg, err = loadConfig(*path, e.getenv); err != nil {
		return Config{}, false, &cmdError{cmd: c.name, code: exitUsage, err: err}
	}
	return cfg, false, nil
}
