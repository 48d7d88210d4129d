package qa

import (
	"cmp"
	"slices"
)

// Word families. Snowball removes inflections but leaves most derivations:
// "citizen" and "citizenship", "introduced" ("introduc") and "introduction"
// ("introduct") keep different stems. A question word therefore also
// matches, at weightFamily, the corpus words of its family: those whose
// stem extends its stem by a derivational ending, and those whose stem it
// extends by one. Stems shorter than minFamilyStem take no part: short
// stems share prefixes by chance ("art", "artist").

// family appends to out the term ids of the corpus words in the family of
// stem s, other than s's own term, most frequent first, at most maxFamily.
func (ix *Index) family(s string, out []int32) []int32 {
	if len(s) < minFamilyStem || !allLetters(s) {
		return out
	}
	own, hasOwn := ix.stemTerm(s)
	n := len(out)
	add := func(id int32) {
		if hasOwn && id == own {
			return
		}
		for _, x := range out[n:] {
			if x == id {
				return
			}
		}
		out = append(out, id)
	}
	// Shorter roots: the corpus holds "introduc", the question "introduct".
	for k := len(s) - 1; k >= max(minFamilyStem, len(s)-maxFamilyExtra); k-- {
		if id, ok := ix.stemTerm(s[:k]); ok {
			add(id)
			break
		}
	}
	// Longer words: the question says "citizen", the corpus "citizenship".
	lo, hi := ix.surface.prefixed(s)
	for k := lo; k < hi; k++ {
		if len(ix.surface.word(k))-len(s) > maxFamilyExtra+3 { // the word, not its stem, is compared
			continue
		}
		add(ix.surfaceIDs[k])
	}
	fam := out[n:]
	// Most frequent first, keeping the order of equals (a stable sort, not
	// sort.SliceStable, which would make out escape to the heap).
	slices.SortStableFunc(fam, func(a, b int32) int { return cmp.Compare(ix.df(b), ix.df(a)) })
	if len(fam) > maxFamily {
		out = out[:n+maxFamily]
	}
	return out
}

// df is the number of sentences holding term id.
func (ix *Index) df(id int32) int32 { return ix.sentDF[id] }
