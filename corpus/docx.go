package corpus

// Reading Word (.docx) files.
//
// A .docx file is a zip archive of XML parts (Office Open XML,
// ECMA-376). Three are read, with archive/zip and encoding/xml:
// word/document.xml (the text), word/styles.xml (which paragraph styles
// are headings, and of which level) and docProps/core.xml (title, creator,
// date). No Go library for .docx reads more of what matters here than
// these two packages do, and the ones that exist bring writing code and
// dependencies the loader does not need.
//
//   - A paragraph (w:p) is a block; its runs' text (w:t), tabs and breaks
//     are its text. Deleted revisions (w:del), field codes (w:instrText)
//     and the fallback copy of alternate content (mc:Fallback) are skipped.
//   - A paragraph whose style has an outline level, or is named
//     "heading N" or "Title", is a heading of that level.
//   - A paragraph with numbering (w:numPr, in itself or its style) is a
//     list item.
//   - A table row (w:tr) is a row, its cells' paragraphs joined; rows
//     marked as header rows (w:tblHeader), else the first row, give the
//     header of the rows below.
//
// The archive is checked before anything is unpacked: a part larger than
// maxPart, or parts adding up to more than maxUnpacked, once unpacked, are
// refused with ErrUnpackLimit, whatever sizes the archive claims. A
// password-protected file (an OLE container, not a zip) is ErrEncrypted.

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// oleMagic starts the compound files that hold encrypted Office documents.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// readDOCX reads a Word file into blocks, with its core properties.
func readDOCX(raw []byte, lim limits) (read, error) {
	r := read{format: FormatDOCX}
	if bytes.HasPrefix(raw, oleMagic) {
		return r, fmt.Errorf("%w: a password-protected Word file (or an old .doc renamed .docx)", ErrEncrypted)
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil {
		return r, fmt.Errorf("%w: not a Word file (%v)", ErrBroken, err)
	}
	u := unpacker{files: map[string]*zip.File{}, lim: lim, left: lim.maxUnpacked}
	for _, f := range zr.File {
		u.files[strings.TrimPrefix(f.Name, "/")] = f
	}
	body, err := u.part("word/document.xml")
	if err != nil {
		return r, err
	}
	if body == nil {
		return r, fmt.Errorf("%w: no word/document.xml in the archive", ErrBroken)
	}
	styles := docxStyles{}
	if raw, err := u.part("word/styles.xml"); err != nil {
		return r, err
	} else if raw != nil {
		styles = readStyles(raw)
	}
	if raw, err := u.part("docProps/core.xml"); err != nil {
		return r, err
	} else if raw != nil {
		r.meta = readCore(raw)
	}
	r.blocks, err = docxBlocks(body, styles, lim)
	return r, err
}

// unpacker reads parts of a zip archive within the limits.
type unpacker struct {
	files map[string]*zip.File
	lim   limits
	left  int64 // bytes still allowed
}

// part returns the unpacked bytes of the named part, or nil when the
// archive has none.
func (u *unpacker) part(name string) ([]byte, error) {
	f := u.files[name]
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > uint64(u.lim.maxPart) || f.UncompressedSize64 > uint64(u.left) {
		return nil, fmt.Errorf("%w: %s is %d MB unpacked", ErrUnpackLimit, name, f.UncompressedSize64>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBroken, name, err)
	}
	defer rc.Close()
	// The sizes in the archive may lie: read one byte past the limit.
	max := min(u.lim.maxPart, u.left)
	b, err := io.ReadAll(io.LimitReader(rc, max+1))
	if errors.Is(err, zip.ErrFormat) {
		// archive/zip stops a part at the size the archive gives it.
		return nil, fmt.Errorf("%w: %s unpacks to more than the archive says", ErrUnpackLimit, name)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBroken, name, err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: %s unpacks to more than %d MB", ErrUnpackLimit, name, max>>20)
	}
	u.left -= int64(len(b))
	return b, nil
}

// docxStyle is what a paragraph style says of its paragraphs.
type docxStyle struct {
	level    int // heading level, 0 for none
	list     bool
	basedOn  string
	resolved bool
}

// docxStyles maps style IDs to styles.
type docxStyles map[string]*docxStyle

// readStyles reads the paragraph styles of word/styles.xml.
func readStyles(raw []byte) docxStyles {
	var doc struct {
		Styles []struct {
			Type string `xml:"type,attr"`
			ID   string `xml:"styleId,attr"`
			Name struct {
				Val string `xml:"val,attr"`
			} `xml:"name"`
			BasedOn struct {
				Val string `xml:"val,attr"`
			} `xml:"basedOn"`
			PPr struct {
				Outline *struct {
					Val string `xml:"val,attr"`
				} `xml:"outlineLvl"`
				NumPr *struct{} `xml:"numPr"`
			} `xml:"pPr"`
		} `xml:"style"`
	}
	out := docxStyles{}
	if err := xml.Unmarshal(raw, &doc); err != nil {
		return out
	}
	for _, s := range doc.Styles {
		if s.Type != "" && s.Type != "paragraph" {
			continue
		}
		st := &docxStyle{basedOn: s.BasedOn.Val, list: s.PPr.NumPr != nil}
		name := strings.ToLower(s.Name.Val)
		switch {
		case s.PPr.Outline != nil:
			if n, err := strconv.Atoi(s.PPr.Outline.Val); err == nil && n >= 0 && n < 9 {
				st.level = n + 2 // outline level 0 is "heading 1"; the title is above it
			}
		case name == "title":
			st.level = 1
		case strings.HasPrefix(name, "heading "):
			if n, err := strconv.Atoi(strings.TrimPrefix(name, "heading ")); err == nil && n > 0 && n < 10 {
				st.level = n + 1
			}
		}
		if name == "title" {
			st.level = 1
		}
		out[s.ID] = st
	}
	return out
}

// style returns the style of a paragraph, with what it inherits.
func (ss docxStyles) style(id string) docxStyle {
	s := ss[id]
	if s == nil {
		return docxStyle{}
	}
	if !s.resolved {
		s.resolved = true
		base, seen := s.basedOn, map[string]bool{id: true}
		for base != "" && !seen[base] && (s.level == 0 || !s.list) {
			seen[base] = true
			b := ss[base]
			if b == nil {
				break
			}
			if s.level == 0 {
				s.level = b.level
			}
			s.list = s.list || b.list
			base = b.basedOn
		}
	}
	return *s
}

// readCore reads the title, creator and creation date of
// docProps/core.xml.
func readCore(raw []byte) metadata {
	var core struct {
		Title   string `xml:"title"`
		Creator string `xml:"creator"`
		Created string `xml:"created"`
	}
	if err := xml.Unmarshal(raw, &core); err != nil {
		return metadata{}
	}
	return metadata{
		title:     metaValue{normSpace(core.Title), FromWordProps},
		publisher: metaValue{normSpace(core.Creator), FromWordProps},
		date:      metaValue{shortDate(normSpace(core.Created)), FromWordProps},
	}
}

// maxXMLDepth bounds the nesting of elements in document.xml.
const maxXMLDepth = 256

// docxBlocks reads the paragraphs and tables of word/document.xml.
func docxBlocks(raw []byte, styles docxStyles, lim limits) (blocks, error) {
	var (
		out   blocks
		d     = xml.NewDecoder(bytes.NewReader(raw))
		depth int
		skip  int // depth at which a skipped element opened, 0 when none
		// the paragraph being read
		para     strings.Builder
		inPara   bool
		pStyle   string
		numbered bool
		outline  = -1
		inText   bool
		// the table being read: a stack, for tables in cells
		tables []*docxTable
	)
	deadline := lim.now().Add(lim.maxTime)
	for n := 0; ; n++ {
		if n&1023 == 0 && lim.now().After(deadline) {
			return nil, fmt.Errorf("%w (over %s)", ErrTooSlow, lim.maxTime)
		}
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: word/document.xml: %v", ErrBroken, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > maxXMLDepth {
				return nil, fmt.Errorf("%w: word/document.xml nests deeper than %d elements", ErrBroken, maxXMLDepth)
			}
			if skip > 0 {
				continue
			}
			switch t.Name.Local {
			case "del", "instrText", "delText", "Fallback", "footnoteReference", "commentReference":
				skip = depth
			case "p":
				inPara, pStyle, numbered, outline = true, "", false, -1
				para.Reset()
			case "pStyle":
				pStyle = attrVal(t, "val")
			case "numPr":
				numbered = true
			case "outlineLvl":
				if n, err := strconv.Atoi(attrVal(t, "val")); err == nil && n >= 0 && n < 9 {
					outline = n
				}
			case "t":
				inText = true
			case "tab", "br", "cr":
				if inPara {
					para.WriteByte(' ')
				}
			case "tbl":
				tables = append(tables, &docxTable{})
			case "tr":
				if k := len(tables); k > 0 {
					tables[k-1].row = nil
					tables[k-1].header = false
				}
			case "tblHeader":
				if k := len(tables); k > 0 {
					tables[k-1].header = true
				}
			case "tc":
				if k := len(tables); k > 0 {
					tables[k-1].cell.Reset()
				}
			}
		case xml.EndElement:
			if skip > 0 {
				if depth == skip {
					skip = 0
				}
				depth--
				continue
			}
			depth--
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				inPara = false
				text := normSpace(para.String())
				if k := len(tables); k > 0 {
					tb := tables[k-1]
					if tb.cell.Len() > 0 {
						tb.cell.WriteByte(' ')
					}
					tb.cell.WriteString(text)
					continue
				}
				st := styles.style(pStyle)
				level := st.level
				if outline >= 0 {
					level = outline + 2
				}
				switch {
				case level > 0:
					out.addHeading(text, level)
				case numbered || st.list:
					out.add(text, KindItem)
				default:
					out.add(text, KindParagraph)
				}
			case "tc":
				if k := len(tables); k > 0 {
					tb := tables[k-1]
					tb.row = append(tb.row, normSpace(tb.cell.String()))
				}
			case "tr":
				if k := len(tables); k > 0 {
					tb := tables[k-1]
					switch {
					case tb.rows == 0:
						tb.head = tb.row
						out.addRow(tb.row, nil)
					case tb.header:
						out.addRow(tb.row, nil) // a header row repeated
					default:
						out.addRow(tb.row, tb.head)
					}
					tb.rows++
				}
			case "tbl":
				if k := len(tables); k > 0 {
					tables = tables[:k-1]
				}
			}
		case xml.CharData:
			if inText && inPara && skip == 0 {
				para.Write(t)
			}
		}
	}
	return out, nil
}

// docxTable is a table being read.
type docxTable struct {
	row    []string // the cells of the row being read
	cell   strings.Builder
	head   []string // the header row's cells
	header bool     // the row being read is marked as a header row
	rows   int
}

// attrVal returns the value of the attribute with the local name key.
func attrVal(t xml.StartElement, key string) string {
	for _, a := range t.Attr {
		if a.Name.Local == key {
			return a.Value
		}
	}
	return ""
}
