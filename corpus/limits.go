package corpus

import "time"

// limits bound the time and memory one PDF or Word file may take. Parse
// uses defaultLimits; tests shrink them and inject a clock.
type limits struct {
	// maxTime is how long reading one file may take.
	maxTime time.Duration
	// maxUnpacked bounds the bytes a file may unpack to: a PDF's
	// decompressed streams, or the parts of a Word file's zip archive.
	maxUnpacked int64
	// maxPart bounds one part of a Word file once unpacked.
	maxPart int64
	// maxGlyphs bounds the characters drawn on the pages of a PDF.
	maxGlyphs int
	// now tells the time; time.Now unless a test injects a clock.
	now func() time.Time
}

// defaultLimits allow a PDF of several hundred pages and any Word file a
// person writes, and stop a crafted one (a zip or flate bomb, a content
// stream drawing the same text a million times) within seconds.
func defaultLimits() limits {
	return limits{
		maxTime:     20 * time.Second,
		maxUnpacked: 256 << 20,
		maxPart:     64 << 20,
		maxGlyphs:   10_000_000,
		now:         time.Now,
	}
}
