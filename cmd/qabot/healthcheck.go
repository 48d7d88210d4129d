package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"
)

const healthcheckAbout = `Asks a running qabot serve whether it is alive (GET /healthz) and exits 0
when it answers 200, 1 otherwise. It finds the server the way serve does:
http.listen from --config, QABOT_HTTP_LISTEN or --listen (an address on
all interfaces is asked on the loopback), or --url. Made for a container's
HEALTHCHECK, where an image with nothing but the static binary has no curl.`

const healthcheckExamples = `  qabot healthcheck
  qabot healthcheck --config /etc/qabot/config.yaml
  qabot healthcheck --url http://127.0.0.1:8080/readyz`

// healthcheckOptions are the flags of `qabot healthcheck`.
type healthcheckOptions struct {
	config  configOptions
	url     string
	timeout time.Duration
}

func newHealthcheckCommand(e env, code *int) *cobra.Command {
	var o healthcheckOptions
	c := &cobra.Command{
		Use:     "healthcheck [flags]",
		Short:   "check that a running qabot serve is alive (for HEALTHCHECK)",
		Long:    healthcheckAbout,
		Example: healthcheckExamples,
		Args:    noArgs,
	}
	c.RunE = exits(code, func(ctx context.Context, _ []string) (int, error) { return runHealthcheck(ctx, o, e) })
	o.config.addFlags(c)
	c.Flags().StringVar(&o.url, "url", "", "ask this `URL` instead of /healthz at http.listen")
	c.Flags().DurationVar(&o.timeout, "timeout", 3*time.Second, "give up after this long (a `duration` such as 3s)")
	return c
}

// runHealthcheck is `qabot healthcheck`.
func runHealthcheck(ctx context.Context, o healthcheckOptions, e env) (int, error) {
	url := o.url
	if url == "" {
		cfg, _, err := o.config.load("healthcheck", e)
		if err != nil {
			return exitUsage, err
		}
		if url, err = healthURL(cfg.HTTP.Listen); err != nil {
			return exitUsage, usagef("healthcheck", "%v", err)
		}
	}
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return exitUsage, usagef("healthcheck", "--url %q: %v", url, err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return exitNotFound, &cmdError{cmd: "healthcheck", code: exitNotFound, err: fmt.Errorf("%s: not answering: %w", url, err)}
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode != http.StatusOK {
		return exitNotFound, &cmdError{cmd: "healthcheck", code: exitNotFound, err: fmt.Errorf("%s: %s", url, resp.Status)}
	}
	fmt.Fprintf(e.stdout, "%s: %s\n", url, resp.Status)
	return exitOK, nil
}

// healthURL is the /healthz URL of a server listening on listen. An
// address on every interface (":8080", "0.0.0.0:8080", "[::]:8080") is
// asked on the loopback.
func healthURL(listen string) (string, error) {
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return "", fmt.Errorf("http.listen %q is not host:port; give --url", listen)
	}
	if port == "0" {
		return "", fmt.Errorf("http.listen %q has no fixed port; give --url", listen)
	}
	switch host {
	case "", "0.0.0.0":
		host = "127.0.0.1"
	case "::":
		host = "::1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/healthz", nil
}
