package corpus

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// LibreOffice saves a text frame anchored in a paragraph as a floating
// <span> or <div> inside the paragraph, its own paragraphs inside it:
//
//	<p>F<span id="Frame3" style="float: right; …"><p>Lost a key card?</p></span>ourth paragraph.</p>
//
// The HTML parser ends the outer paragraph at the frame's first <p> (or at
// the <div>), and leaves the rest of the paragraph outside any paragraph,
// cut where the frame was anchored: mid-sentence, or mid-word ("F",
// "ourth paragraph."). liftFrames moves such a frame out of its paragraph,
// to just after it, before the page is parsed: the paragraph reads whole
// and the frame's text is a block of its own below it.
//
// (A frame LibreOffice saves as a picture, <img name="Notice"
// alt="Notice">, keeps none of its text in the page: there is nothing to
// read.)

// libreOfficeRE matches the generator meta tag of a page LibreOffice or
// OpenOffice saved.
var libreOfficeRE = regexp.MustCompile(`(?i)<meta\s+name="?generator"?\s+content="(?:LibreOffice|OpenOffice)`)

// liftFrames returns the page text with the text frames inside paragraphs
// moved to just after their paragraphs, or text itself when it holds none
// or was not saved by LibreOffice.
func liftFrames(text string) string {
	if !libreOfficeRE.MatchString(text) || !strings.Contains(text, "<span id=") && !strings.Contains(text, "<div id=") {
		return text
	}
	var (
		out, held strings.Builder
		inP       bool
		frame     atom.Atom // the tag of the frame being moved, or 0
		depth     int       // open elements of frame's tag within it
		moved     bool
	)
	release := func() {
		out.WriteString(held.String())
		held.Reset()
	}
	z := html.NewTokenizer(strings.NewReader(text))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := string(z.Raw())
		tok := z.Token()
		if frame != 0 {
			held.WriteString(raw)
			switch {
			case tt == html.StartTagToken && tok.DataAtom == frame:
				depth++
			case tt == html.EndTagToken && tok.DataAtom == frame:
				if depth--; depth == 0 {
					frame = 0
				}
			}
			continue
		}
		switch {
		case tt == html.StartTagToken && inP && isTextFrame(tok):
			frame, depth, moved = tok.DataAtom, 1, true
			held.WriteString(raw)
			continue
		case tt == html.EndTagToken && tok.DataAtom == atom.P:
			out.WriteString(raw)
			release()
			inP = false
			continue
		case tt == html.StartTagToken && closesParagraph(tok.DataAtom):
			// A block opened in a paragraph ends it.
			release()
			inP = tok.DataAtom == atom.P
		}
		out.WriteString(raw)
	}
	release()
	if !moved {
		return text
	}
	return out.String()
}

// isTextFrame reports whether a start tag opens a LibreOffice text frame:
// a <span> or <div> with an id, floated or placed absolutely.
func isTextFrame(t html.Token) bool {
	if t.DataAtom != atom.Span && t.DataAtom != atom.Div {
		return false
	}
	var id, style string
	for _, a := range t.Attr {
		switch strings.ToLower(a.Key) {
		case "id":
			id = a.Val
		case "style":
			style = strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
		}
	}
	return id != "" && (strings.Contains(style, "float:left") || strings.Contains(style, "float:right") || strings.Contains(style, "position:absolute"))
}

// closesParagraph reports whether a start tag of this kind ends an open
// <p>, as the HTML parser closes it.
func closesParagraph(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Dl,
		atom.Table, atom.Blockquote, atom.Pre, atom.Hr, atom.Section, atom.Article, atom.Aside, atom.Header,
		atom.Footer, atom.Nav, atom.Address, atom.Figure, atom.Form, atom.Center, atom.Details, atom.Main:
		return true
	}
	return false
}
