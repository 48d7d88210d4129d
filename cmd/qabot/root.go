package main

// The command tree, built with github.com/spf13/cobra: one *cobra.Command
// per subcommand, made afresh for every run so that nothing is shared
// between runs (the in-process tests run many). Each subcommand's RunE
// returns its error and stores its exit status (0, 1, 2, 130) in the run's
// code; run prints the error as "qabot CMD: ERR".

import (
	"context"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/spf13/cobra"
)

const rootAbout = `qabot answers questions from documents with one verbatim sentence and its source.`

const rootExamples = `  qabot ask "when is the TikTok deadline?"
  qabot ask                                    (a prompt)
  qabot eval qa/testdata/seed-dev.jsonl
  qabot docs --corpus ./docs
  qabot serve --corpus ./docs --listen 127.0.0.1:8080
  qabot config check --config config.yaml`

// writeUsage writes c's help: the usage line first, as in "Usage: qabot
// ask [flags] [question]", then the description, the subcommands, the flags
// and the examples. It is plain Go rather than a cobra template: a template
// would link text/template's calls of methods by name, which keep every
// exported method of every library type in the binary (10 MB more).
func writeUsage(w io.Writer, c *cobra.Command) error {
	var b strings.Builder
	b.WriteString("Usage: ")
	if c.HasAvailableSubCommands() {
		b.WriteString(c.CommandPath() + " COMMAND [flags]")
	} else {
		b.WriteString(c.UseLine())
	}
	b.WriteString("\n")
	if c.Long != "" {
		b.WriteString("\n" + c.Long + "\n")
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\nCommands:")
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() || sub.Name() == "help" {
				fmt.Fprintf(&b, "\n  %-*s %s", sub.NamePadding(), sub.Name(), sub.Short)
			}
		}
		b.WriteString("\n")
	}
	if c.HasAvailableLocalFlags() {
		b.WriteString("\nFlags:\n" + strings.TrimRightFunc(c.LocalFlags().FlagUsages(), unicode.IsSpace) + "\n")
	}
	if c.HasAvailableInheritedFlags() {
		b.WriteString("\nGlobal flags:\n" + strings.TrimRightFunc(c.InheritedFlags().FlagUsages(), unicode.IsSpace) + "\n")
	}
	if c.Example != "" {
		b.WriteString("\nExamples:\n" + c.Example + "\n")
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\nRun '" + c.CommandPath() + " COMMAND --help' for the flags of a command.\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// newRootCommand returns qabot's command tree for one run with e. Each
// subcommand stores its exit status in *code.
func newRootCommand(e env, code *int) *cobra.Command {
	root := &cobra.Command{
		Use:     "qabot",
		Short:   "answer questions from documents",
		Long:    rootAbout,
		Example: rootExamples,
		// Unknown commands are worded by RunE rather than by cobra.
		Args:          cobra.ArbitraryArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE: func(c *cobra.Command, args []string) error {
			if v, _ := c.Flags().GetBool("version"); v {
				*code = exitOK
				if _, err := fmt.Fprint(e.stdout, versionText()); err != nil {
					_, err = outputError("version", err)
					return err
				}
				return nil
			}
			if len(args) == 0 {
				fmt.Fprint(e.stderr, c.UsageString())
				*code = exitUsage
				return nil
			}
			*code = exitUsage
			return fmt.Errorf("unknown command %q: use %s%s", args[0], commandList(c), suggest(c, args[0]))
		},
	}
	root.SuggestionsMinimumDistance = 2
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	// The version flag is the root's own: cobra's would print through a
	// template (see writeUsage).
	root.Flags().BoolP("version", "v", false, "version for qabot")
	root.SetUsageFunc(func(c *cobra.Command) error { return writeUsage(c.OutOrStderr(), c) })
	root.SetHelpFunc(func(c *cobra.Command, _ []string) {
		if err := writeUsage(c.OutOrStdout(), c); err != nil {
			c.PrintErrln(err)
		}
	})
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usagef(commandName(c), "%v: run `%s --help` for the flags", err, c.CommandPath())
	})
	root.AddCommand(
		newAskCommand(e, code),
		newEvalCommand(e, code),
		newDocsCommand(e, code),
		newServeCommand(e, code),
		newConfigCommand(e, code),
		newFeedbackCommand(e, code),
		newHealthcheckCommand(e, code),
		newVersionCommand(e),
	)
	return root
}

// runFunc is a subcommand's body: it returns the exit status and the error
// to print, if any.
type runFunc func(ctx context.Context, args []string) (int, error)

// exits adapts a runFunc to cobra's RunE, storing the status in *code.
func exits(code *int, f runFunc) func(*cobra.Command, []string) error {
	return func(c *cobra.Command, args []string) error {
		n, err := f(c.Context(), args)
		*code = n
		return err
	}
}

// commandName is c's name as error messages give it: "ask", "config check".
func commandName(c *cobra.Command) string {
	return strings.TrimPrefix(strings.TrimPrefix(c.CommandPath(), c.Root().Name()), " ")
}

// commandList names root's commands for a message: "ask, eval, serve or
// config".
func commandList(root *cobra.Command) string {
	var names []string
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() && c.Name() != "completion" {
			names = append(names, c.Name())
		}
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// suggest returns " (did you mean X?)" for a mistyped command, or "".
func suggest(c *cobra.Command, typed string) string {
	if s := c.SuggestionsFor(typed); len(s) > 0 {
		return fmt.Sprintf(" (did you mean %s?)", s[0])
	}
	return ""
}

// longFlags rewrites the long flags written with one dash, as Go's flag
// package takes them (-json, -corpus DIR, -help), to their two-dash form,
// so that command lines written for qabot before cobra keep working.
// Arguments after "--" and single-letter flags are left alone.
func longFlags(root *cobra.Command, args []string) []string {
	c, _, err := root.Find(args)
	if err != nil || c == nil {
		return args
	}
	out := make([]string, len(args))
	copy(out, args)
	for i, a := range out {
		if a == "--" {
			break
		}
		if len(a) < 3 || a[0] != '-' || a[1] == '-' {
			continue
		}
		name, _, _ := strings.Cut(a[1:], "=")
		if name == "help" || c.Flags().Lookup(name) != nil || c.InheritedFlags().Lookup(name) != nil {
			out[i] = "-" + a
		}
	}
	return out
}
