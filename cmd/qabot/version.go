package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// buildInfo is what `qabot version` reports, read from the binary's own
// build information (runtime/debug.ReadBuildInfo): the module version, the
// VCS revision and time that `go build` stamps from a git checkout, and the
// Go version.
type buildInfo struct {
	version  string // "v1.2.3", or "(devel)" for a build from a checkout
	commit   string // the full revision, or ""
	time     string // the commit's time, RFC 3339, or ""
	modified bool   // the work tree had uncommitted changes
	goVer    string
}

// readBuildInfo reads the running binary's build information.
func readBuildInfo() buildInfo {
	b := buildInfo{version: "(devel)", goVer: runtime.Version()}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	if v := bi.Main.Version; v != "" {
		b.version = v
	}
	if bi.GoVersion != "" {
		b.goVer = bi.GoVersion
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			b.commit = s.Value
		case "vcs.time":
			b.time = s.Value
		case "vcs.modified":
			b.modified = s.Value == "true"
		}
	}
	return b
}

// String renders the three lines of `qabot version`.
func (b buildInfo) String() string {
	commit := "unknown (built without version control information: build from a git checkout with -buildvcs=true)"
	if b.commit != "" {
		commit = b.commit
		if b.time != "" {
			commit += " (" + b.time + ")"
		}
		if b.modified {
			commit += ", with uncommitted changes"
		}
	}
	return fmt.Sprintf("qabot %s\ncommit: %s\ngo: %s %s/%s\n", b.version, commit, b.goVer, runtime.GOOS, runtime.GOARCH)
}

// versionText is what `qabot version` and `qabot --version` print.
func versionText() string { return readBuildInfo().String() }

func newVersionCommand(e env) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "print the version, the commit and the Go version",
		Long:  "Prints qabot's version, the commit it was built from and the Go version that built it.",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if _, err := fmt.Fprint(e.stdout, versionText()); err != nil {
				_, err = outputError("version", err)
				return err
			}
			return nil
		},
	}
}
