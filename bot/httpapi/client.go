package httpapi

// Who is asking: the key of the per-client rate limit.
//
// The client is the peer of the connection, unless the peer is a trusted
// proxy (http.trusted_proxies). Then X-Forwarded-For is read from the
// right, the end the proxies appended to, and the first address that is
// not itself a trusted proxy is the client: everything left of it was
// written by the client and may be forged. X-Forwarded-For is never read
// from a peer that is not trusted, so no client can pick its own key.

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// proxies is the set of trusted proxies.
type proxies []netip.Prefix

// parseProxies reads a list of IP addresses and CIDR ranges.
func parseProxies(list []string) (proxies, error) {
	var ps proxies
	for _, s := range list {
		s = strings.TrimSpace(s)
		if strings.Contains(s, "/") {
			p, err := netip.ParsePrefix(s)
			if err != nil {
				return nil, fmt.Errorf("%q is not an IP address or a CIDR range like 10.0.0.0/8", s)
			}
			ps = append(ps, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(s)
		if err != nil {
			return nil, fmt.Errorf("%q is not an IP address or a CIDR range like 10.0.0.0/8", s)
		}
		ps = append(ps, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
	}
	return ps, nil
}

// trusts reports whether a is a trusted proxy.
func (ps proxies) trusts(a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range ps {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// client returns the address of the client that sent r, as a string.
func (ps proxies) client(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil || len(ps) == 0 || !ps.trusts(peer) {
		return host
	}
	hops := forwardedFor(r.Header)
	client := peer.Unmap()
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(hops[i])
		if err != nil {
			break // a garbled hop: trust nothing left of it
		}
		client = a.Unmap()
		if !ps.trusts(client) {
			break
		}
	}
	return client.String()
}

// forwardedFor lists the addresses of every X-Forwarded-For header of h, in
// order.
func forwardedFor(h http.Header) []string {
	var hops []string
	for _, v := range h.Values("X-Forwarded-For") {
		for _, hop := range strings.Split(v, ",") {
			if hop = strings.TrimSpace(hop); hop != "" {
				hops = append(hops, hop)
			}
		}
	}
	return hops
}
