package qa

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	gotoken "go/token"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestSpanWholeScoreOrder checks that the generator refuses a wholeValues
// that sets its features out of the order of their index, or sets one
// again after a value that may not be 0: wholeScore would then add them
// up otherwise than weigh, and could differ in the last bit.
func TestSpanWholeScoreOrder(t *testing.T) {
	src, err := os.ReadFile("spanfeatures.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ old, new string }{
		{"\tv.flag(dCoordination, t.conj > 0)\n\tv.flag(dHasHead, t.heads > 0)\n", "\tv.flag(dHasHead, t.heads > 0)\n\tv.flag(dCoordination, t.conj > 0)\n"},
		{"\tv.flag(dHasHead, t.heads > 0)\n", "\tv.flag(dHasHead, t.heads > 0)\n\tv.set(dHasHead, 0)\n"},
		{"\tv.flag(dHasHead, t.heads > 0)\n", "\tv.flag(dHasHead, t.heads > 0)\n\tv.flag(dHasHead, t.heads > 1)\n"},
		{"\tv.flag(dHasHead, t.heads > 0)\n", "\tv.flag(dHasHead, t.heads > 0)\n\tv.flag(dLeft3, true)\n"},
	} {
		if !bytes.Contains(src, []byte(tc.old)) {
			t.Fatalf("spanfeatures.go has no %q", tc.old)
		}
		file := filepath.Join(t.TempDir(), "spanfeatures.go")
		if err := os.WriteFile(file, bytes.Replace(src, []byte(tc.old), []byte(tc.new), 1), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := wholeScoreSource(file); err == nil {
			t.Errorf("wholeValues with %q: generated, want an error", tc.new)
		} else {
			t.Log(err)
		}
	}
}

// scoredPart is a part of the span features whose score spanscore.go
// has a func for, generated from the part's values func.
type scoredPart struct {
	values, score, readsName, what string
	reads                          spanReads
	// fn is the score func, once generated.
	fn func(f *spanFacts, c *spanCand, s []spanTok) float64
}

// scoredParts are the parts whose score is worked out once per candidate
// (the whole) or once per token (where a candidate starts or ends):
// spanSentences reads their score funcs.
var scoredParts = []scoredPart{
	{"wholeValues", "wholeScore", "readsWhole", "the whole of c", readsWhole, (*spanFacts).wholeScore},
	{"startValues", "startScore", "readsStart", "where c starts", readsStart, (*spanFacts).startScore},
	{"endValues", "endScore", "readsEnd", "where c ends", readsEnd, (*spanFacts).endScore},
	{"kindValues", "kindScore", "readsKind", "c's kind", readsKind, (*spanFacts).kindScore},
	{"lengthValues", "lengthScore", "readsLength", "c's length", readsLength, (*spanFacts).lengthScore},
}

// wholeScoreSource returns the source of spanscore.go: for each part of
// scoredParts, its score func (wholeScore ...), the body of its values
// func (wholeValues ..., in file) with each v.set(j, x) made "add x at its
// weight when it is not 0", each v.flag(j, b) "add the weight when b",
// v.keys the keys of f.w.vals, then the families that
// read what the part reads added as weigh adds them. weigh adds the dense
// features in the order of their index, so a values func must set them
// in that order, each at most once to a value that may not be 0 (a v.set
// to the literal 0 before, which adds nothing, aside); and every feature
// it sets must read what its part reads (spanDense).
func wholeScoreSource(file string) ([]byte, error) {
	fset := gotoken.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, 0)
	if err != nil {
		return nil, err
	}
	// The index of each dense feature: the const block of dLeft3.
	index := map[string]int{}
	var families []string // the names of the families, by index
	bodies := map[string]*ast.BlockStmt{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch d := n.(type) {
		case *ast.GenDecl:
			if d.Tok == gotoken.CONST && len(d.Specs) > 0 {
				if vs, ok := d.Specs[0].(*ast.ValueSpec); ok && vs.Names[0].Name == "dLeft3" {
					for i, sp := range d.Specs {
						index[sp.(*ast.ValueSpec).Names[0].Name] = i
					}
				}
				if vs, ok := d.Specs[0].(*ast.ValueSpec); ok && vs.Names[0].Name == "fClassKind" {
					for _, sp := range d.Specs {
						families = append(families, sp.(*ast.ValueSpec).Names[0].Name)
					}
				}
			}
		case *ast.FuncDecl:
			if d.Recv != nil {
				bodies[d.Name.Name] = d.Body
			}
		}
		return true
	})
	if len(index) == 0 || len(families) != numFamilies+1 {
		return nil, fmt.Errorf("%s: no const dLeft3, or the consts from fClassKind are not the families and their number", file)
	}
	text, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	node := func(n ast.Node) string {
		var b bytes.Buffer
		printer.Fprint(&b, fset, n)
		return b.String()
	}
	// gen returns the body of the score func of the part p, from its
	// values func.
	gen := func(p scoredPart) (string, error) {
		body := bodies[p.values]
		if body == nil {
			return "", fmt.Errorf("%s: no %s", file, p.values)
		}
		// The names the score func declares around and in the body must be free.
		if m := regexp.MustCompile(`\b(x|score|wq|keys|rank|fam|k)\b`).FindString(regexp.MustCompile(`\bv\.keys\b`).ReplaceAllString(node(body), "")); m != "" {
			return "", fmt.Errorf("%s: %s uses the name %s, which %s declares", file, p.values, m, p.score)
		}
		// The body is rewritten in its text, statement by statement, so that
		// it keeps its layout and its comments.
		type edit struct {
			from, to int
			text     string
		}
		var edits []edit
		off := func(p gotoken.Pos) int { return fset.Position(p).Offset }
		last, nonzero := -1, map[int]bool{}
		var walkErr error
		ast.Inspect(body, func(n ast.Node) bool {
			if walkErr != nil {
				return false
			}
			if ix, ok := n.(*ast.IndexExpr); ok && node(ix.X) == "v.keys" {
				edits = append(edits, edit{off(ix.X.Pos()), off(ix.X.End()), "keys"})
				return true
			}
			s, ok := n.(*ast.ExprStmt)
			if !ok {
				return true
			}
			call, ok := s.X.(*ast.CallExpr)
			if !ok {
				return true
			}
			se, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || node(se.X) != "v" {
				return true
			}
			at := fset.Position(s.Pos())
			name := se.Sel.Name
			drop := edit{off(s.Pos()), off(s.End()), ""}
			switch {
			case name != "set" && name != "flag" || len(call.Args) != 2:
				walkErr = fmt.Errorf("%s: v.%s is not v.set(j, x) or v.flag(j, b)", at, name)
				return false
			}
			jn := node(call.Args[0])
			j, ok := index[jn]
			switch {
			case !ok:
				walkErr = fmt.Errorf("%s: %s is no dense feature", at, jn)
			case spanDense[j].reads != p.reads:
				walkErr = fmt.Errorf("%s: %s does not read what %s reads", at, jn, p.values)
			case name == "set" && node(call.Args[1]) == "0":
				if nonzero[j] {
					walkErr = fmt.Errorf("%s: %s set to 0 after a value", at, jn)
				}
				edits = append(edits, drop)
			case j <= last:
				walkErr = fmt.Errorf("%s: %s set after a feature of a later index, or again", at, jn)
			case name == "set":
				last, nonzero[j] = j, true
				edits = append(edits, edit{drop.from, drop.to, fmt.Sprintf("if x := %s; x != 0 {\nscore += wq[%s] * x\n}", node(call.Args[1]), jn)})
			default:
				last, nonzero[j] = j, true
				edits = append(edits, edit{drop.from, drop.to, fmt.Sprintf("if %s {\nscore += wq[%s]\n}", node(call.Args[1]), jn)})
			}
			return false
		})
		if walkErr != nil {
			return "", walkErr
		}
		var out []byte
		at := off(body.Lbrace) + 1
		for _, e := range edits { // in the order of the text: Inspect walks it so
			from, to := e.from, e.to
			if e.text == "" {
				// A dropped statement takes its line with it.
				for from > at && text[from-1] == '\t' {
					from--
				}
				if to < len(text) && text[to] == '\n' {
					to++
				}
			}
			out = append(append(out, text[at:from]...), e.text...)
			at = to
		}
		out = append(out, text[at:off(body.Rbrace)]...)
		src := strings.TrimSpace(string(out))
		if m := regexp.MustCompile(`\bv\.[a-z]+`).FindString(src); m != "" {
			return "", fmt.Errorf("%s: %s reads %s, which %s has not", file, p.values, m, p.score)
		}
		return src, nil
	}
	var funcs bytes.Buffer
	for _, p := range scoredParts {
		src, err := gen(p)
		if err != nil {
			return nil, err
		}
		// The families the part reads, in their order, as weigh adds them.
		var fams strings.Builder
		for fi, fam := range spanFamilies {
			if fam.reads == p.reads {
				fmt.Fprintf(&fams, "\tfam, k = &f.parts.all[%[1]s], keys[%[1]s]\n\tscore += rank[fam.at+k.row*fam.cols+k.col]\n", families[fi])
			}
		}
		fmt.Fprintf(&funcs, `
// %[1]s is f.weigh(%[3]s, v) once f.%[2]s has set v for c, to the
// bit: %[2]s's body with each feature's value, where it is set and when
// it is not 0, added at its weight in the order of the features' index,
// as weigh adds them, then the families that read %[4]s; so that
// the features are neither stored nor walked again. Like %[2]s, it
// sets the keys of those families in f.w.vals.
func (f *spanFacts) %[1]s(c *spanCand, s []spanTok) float64 {
	wq := &f.w.wq
	keys := &f.w.vals.keys
	score := 0.0
	%[5]s
	rank := f.model.rank
	var fam *familyAt
	var k familyKey
%[6]s	return score
}
`, p.score, p.values, p.readsName, p.what, src, fams.String())
	}
	return generatedSource(file, "the values funcs", f.Imports, funcs.String())
}

// TestSpanWholeScoreValues checks each score func of spanscore.go
// against weigh over its values func, to the bit, for every candidate of
// the seed questions that may answer, and that it leaves the same keys in
// f.w.vals.
func TestSpanWholeScoreValues(t *testing.T) {
	checked := 0
	eachSpanFacts(t, func(question string, f *spanFacts) {
		for i := range f.w.cands {
			c := &f.w.cands[i]
			toks := f.sentence(c)
			if !f.canAnswer(c, toks) {
				continue
			}
			stretchInto(&c.in, toks, c.a, c.b)
			for _, p := range scoredParts {
				var v spanValues
				f.values(p.reads, c, toks, &v)
				want := f.weigh(p.reads, &v)
				f.w.vals.keys = [numFamilies]familyKey{}
				got := p.fn(f, c, toks)
				if math.Float64bits(got) != math.Float64bits(want) {
					t.Fatalf("%q, %q: %s %v, weigh over %s %v", question, f.ix.sents[c.sent].text[c.start:c.end], p.score, got, p.values, want)
				}
				for _, fam := range f.parts.families[p.reads] {
					if f.w.vals.keys[fam.family] != v.keys[fam.family] {
						t.Fatalf("%q: %s's key of family %d %v, want %v", question, p.score, fam.family, f.w.vals.keys[fam.family], v.keys[fam.family])
					}
				}
			}
			checked++
		}
	})
	t.Logf("%d candidates", checked)
	if checked < 1000 {
		t.Errorf("checked %d candidates, want at least 1000", checked)
	}
}
