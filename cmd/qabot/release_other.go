//go:build !linux

package main

import "sync/atomic"

// binaryReleases counts the calls of releaseBinary that handed pages back:
// none here.
var binaryReleases atomic.Int64

// releaseBinary hands nothing back on systems other than Linux.
func releaseBinary() int { return 0 }

// binaryReleaser returns a function that hands nothing back.
func binaryReleaser() func() int { return releaseBinary }
