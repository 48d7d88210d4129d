package qa

import (
	"bytes"
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	gotoken "go/token"
	"math"
	"path/filepath"
	"strconv"
	"testing"
)

// featureRowSource returns the source of featurerow.go: candidateRow,
// which writes each feature of the table in file (the var
// candidateFeatures) at its place in a row, its value func's body written
// in place (an expression, or a func literal called where it stands, for
// a body of several statements).
func featureRowSource(file string) ([]byte, error) {
	fset := gotoken.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, 0)
	if err != nil {
		return nil, err
	}
	var table *ast.CompositeLit
	ast.Inspect(f, func(n ast.Node) bool {
		if vs, ok := n.(*ast.ValueSpec); ok && len(vs.Names) == 1 && vs.Names[0].Name == "candidateFeatures" && len(vs.Values) == 1 {
			table, _ = vs.Values[0].(*ast.CompositeLit)
		}
		return table == nil
	})
	if table == nil {
		return nil, fmt.Errorf("%s: no table candidateFeatures", file)
	}
	node := func(n ast.Node) (string, error) {
		var b bytes.Buffer
		err := printer.Fprint(&b, fset, n)
		return b.String(), err
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "// candidateRow writes the %d features of candidateFeatures read off f in\n", len(table.Elts))
	fmt.Fprintf(&b, "// x, in their order: each feature's value func, written in place, so\n")
	fmt.Fprintf(&b, "// that a row costs no call a feature and f's fields are loaded once.\n")
	fmt.Fprintf(&b, "func candidateRow(f *facts, x []float64) {\n\tx = x[:%d]\n", len(table.Elts))
	for i, e := range table.Elts {
		lit, ok := e.(*ast.CompositeLit)
		if !ok || len(lit.Elts) != 3 {
			return nil, fmt.Errorf("%s: feature %d is not {name, doc, value}", file, i)
		}
		name, ok := lit.Elts[0].(*ast.BasicLit)
		fn, ok2 := lit.Elts[2].(*ast.FuncLit)
		if !ok || !ok2 || len(fn.Type.Params.List) != 1 || len(fn.Type.Params.List[0].Names) != 1 || fn.Type.Params.List[0].Names[0].Name != "f" {
			return nil, fmt.Errorf("%s: feature %d is not {\"name\", doc, func(f *facts) float64 {...}}", file, i)
		}
		n, err := strconv.Unquote(name.Value)
		if err != nil {
			return nil, err
		}
		var src string
		if ret, ok := fn.Body.List[0].(*ast.ReturnStmt); ok && len(fn.Body.List) == 1 && len(ret.Results) == 1 {
			src, err = node(ret.Results[0])
		} else {
			src, err = node(fn.Body)
			src = "func() float64 " + src + "()"
		}
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "\t// %s\n\tx[%d] = %s\n", n, i, src)
	}
	fmt.Fprintf(&b, "}\n")
	return generatedSource(file, "the table of candidateFeatures", f.Imports, b.String())
}

// TestCandidateRowValues checks candidateRow against the value funcs of
// the table, to the bit, for every candidate of the seed questions on the
// embedded documents.
func TestCandidateRowValues(t *testing.T) {
	ix := Build(embedded(t))
	items := readEval(t, filepath.Join("testdata", "seed-dev.jsonl"))
	x := make([]float64, len(candidateFeatures))
	checked := 0
	for _, it := range items {
		q := Parse(it.Question)
		err := ix.withCandidates(context.Background(), &q, nil, func(sc *scratch, total float64) {
			for i, c := range sc.top {
				f := &sc.facts
				ix.gather(f, &q, sc, c, i, total)
				candidateRow(f, x)
				for j, ft := range candidateFeatures {
					if want := ft.value(f); math.Float64bits(x[j]) != math.Float64bits(want) {
						t.Errorf("%q, candidate %d: candidateRow's %s is %v, want %v", it.Question, i, ft.name, x[j], want)
					}
				}
				checked++
			}
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if checked < 100 {
		t.Errorf("checked %d candidates, want at least 100", checked)
	}
}
