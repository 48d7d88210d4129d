package qa

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/qabot/qabot/corpus"
)

// Newer wins. Team wikis keep outdated pages beside current ones: last
// year's policy, an old FAQ. When candidates from documents of different
// dates say the same thing, the model reads which is newer (the features
// "newest" and "outdated"), and corroborate names the older document that
// says otherwise. A document without a date never counts as newer or older.

// dating says whether candidate c's document is the newest dated one among
// the candidates' documents, and whether a candidate of a later-dated
// document holds at least as much of the question (outdated). When the
// question names a year that a candidate's document is of (yearAsked),
// the documents of that year count as the newest instead.
func (ix *Index) dating(sc *scratch, c cand) (newest, outdated bool) {
	if year := sc.askedYear; year != 0 {
		// Asked for a year: its documents are the current ones.
		if ix.ofYear(ix.sents[c.sent].doc, year) {
			return true, false
		}
		for _, o := range sc.top {
			if o.mass >= c.mass*outdatedShare && ix.ofYear(ix.sents[o.sent].doc, year) {
				return false, true
			}
		}
		return false, false
	}
	day := ix.docDay[ix.sents[c.sent].doc]
	if day == 0 {
		return false, false
	}
	newest = true
	mass := c.mass
	for _, o := range sc.top {
		od := ix.docDay[ix.sents[o.sent].doc]
		if od <= day {
			continue
		}
		newest = false
		if o.mass >= mass*outdatedShare {
			outdated = true
			break
		}
	}
	return newest, outdated
}

// supersedes reports whether candidate w's document is dated later than
// candidate o's and o holds at least outdatedShare of w's matched question
// weight: o is an older version of what w says.
func (ix *Index) supersedes(w, o cand) bool {
	wd, od := ix.docDay[ix.sents[w.sent].doc], ix.docDay[ix.sents[o.sent].doc]
	return od != 0 && wd > od && o.mass >= w.mass*outdatedShare
}

// preferNewer moves to the top of sc.top (sorted by model score) the
// candidate of a later-dated document that says nearly the same as the
// winner of a dated one: it holds at least outdatedShare of the winner's
// matched question weight, and the model scores it at most newerMargin
// below the winner, or stands anywhere below it in a newer version of the
// winner's own page (samePage) or in the release notes of a later version
// (laterVersion: "Dropline 2.4" after "Dropline 2.3 release notes"), which
// count as a day newer when they are undated. Of several, the newest wins;
// one that cannot hold the kind of answer asked (mayAnswer: no amount for
// "family car weekly price", in a newer FAQ that names family cars) is
// passed over.
// It revises the winner (cand.revises) on a newer version of its page, or
// when the winner's page is archived and its own is not (archived): the
// older page shows that the documents answer, whichever of preferNewer and
// preferCurrent moves it up. Last year's policy beside this year's states
// the same rule with another figure; the answer is this year's.
func (ix *Index) preferNewer(q *Question, sc *scratch) {
	if len(sc.top) < 2 {
		return
	}
	w := sc.top[0]
	wdoc := ix.sents[w.sent].doc
	day := ix.docDay[wdoc]
	if day == 0 {
		return
	}
	best, bestDay, revises := 0, day, false
	for i, c := range sc.top[1:] {
		d := ix.docDay[ix.sents[c.sent].doc]
		if d == 0 && best == 0 && ix.laterVersion(ix.sents[c.sent].doc, wdoc) {
			// An undated page of a later version than the winner's:
			// newer than it, by a day.
			d = day + 1
		}
		if d <= bestDay || c.mass < w.mass*outdatedShare || !ix.resembles(&ix.sents[w.sent], &ix.sents[c.sent]) || !ix.mayAnswer(q, c.sent) {
			continue
		}
		cdoc := ix.sents[c.sent].doc
		same := ix.samePage(wdoc, cdoc) || ix.laterVersion(cdoc, wdoc)
		if same || c.score >= w.score-newerMargin {
			// A current page's candidate over an archived page's winner
			// revises it too, as preferCurrent's does.
			best, bestDay, revises = i+1, d, same || ix.archived(wdoc) && !ix.archived(cdoc)
		}
	}
	if best > 0 {
		sc.promote(best, revises)
	}
}

// promote moves sc.top[i] to the top of sc.top, the candidates above it
// one place down; revises says whether it revises the winner it displaces
// (cand.revises): a later or current version of the same statement.
func (sc *scratch) promote(i int, revises bool) {
	c := sc.top[i]
	c.revises = revises
	copy(sc.top[1:i+1], sc.top[:i])
	sc.top[0] = c
}

// preferAskedYear moves to the top of sc.top (sorted by model score, after
// preferNewer) the best candidate of a document of the year the question
// names ("what did a standard consult cost in 2025"; sc.askedYear), when
// the winner's document is of another and the candidate says nearly the
// same (resembles) or holds at least outdatedShare of the winner's matched
// question weight. A wiki keeps last year's policy in its archive: asked
// for that year, its figure is the answer, not this year's.
func (ix *Index) preferAskedYear(sc *scratch) {
	year := sc.askedYear
	if year == 0 || len(sc.top) < 2 {
		return
	}
	w := sc.top[0]
	if ix.ofYear(ix.sents[w.sent].doc, year) {
		return
	}
	for i, c := range sc.top[1:] {
		if !ix.ofYear(ix.sents[c.sent].doc, year) || c.mass < w.mass*outdatedShare && !ix.resembles(&ix.sents[w.sent], &ix.sents[c.sent]) {
			continue
		}
		// It revises the winner: the other year's version shows that the
		// documents answer, this one what they said then (lenders).
		sc.promote(i+1, true)
		return
	}
}

// preferReplacement moves to the top of sc.top (sorted by model score) a
// candidate of the winner's document, or of one dated later, that says
// nearly the same as the winner (resembles) and states that its figure
// replaces one of the winner's: "Proof-of-delivery photos
// are now kept for 180 days instead of 90" over "POD photos in the Driver
// app, kept for 90 days", the older section of the same release notes
// (replacedFigure). It revises the winner, as preferNewer's candidate does.
// It says what the figure is now, not why the old one was: a why question
// keeps its order ("why are lab sections capped at 24").
func (ix *Index) preferReplacement(q *Question, sc *scratch) {
	if len(sc.top) < 2 || sc.askedYear != 0 || q.Type == TypeReason {
		return
	}
	w := &ix.sents[sc.top[0].sent]
	if !slices.ContainsFunc(w.phrases, func(ph phrase) bool { return ph.kind == TypeNumber }) {
		return // no figure of the winner's for another to replace
	}
	for i, c := range sc.top[1:] {
		st := &ix.sents[c.sent]
		if st.doc != w.doc && ix.docDay[st.doc] <= ix.docDay[w.doc] || !st.replaces && ix.docDay[st.doc] <= ix.docDay[w.doc] || !ix.resembles(w, st) || !slices.ContainsFunc(w.phrases, func(ph phrase) bool {
			return ph.kind == TypeNumber && replacedFigure(st.text, numberOf(ph.value))
		}) {
			continue
		}
		sc.promote(i+1, true)
		return
	}
}

// preferCurrent moves to the top of sc.top (sorted by model score, after
// preferNewer and preferAskedYear) a candidate of a current page when the
// winner's page is archived (archived) and the question asks about no
// year (sc.askedYear) and no earlier time (asksPast). Of the candidates of
// current pages, the best that reads like a version of the winner
// (resembles) and holds at least archivedResembleShare of its matched
// question weight answers, or else the best that holds at least
// archivedShare of it. A wiki keeps its old pages in an archive folder:
// "which password manager do we use" is answered by the security
// policy's "Passwords are stored in Bitwarden, the company password
// manager", not by the archived IT FAQ's "Use LastKey, the password
// manager we license for the whole company", though that one holds the
// question's "use" too. It revises the winner, as preferNewer's candidate
// does: the archived page shows that the documents answer.
func (ix *Index) preferCurrent(q *Question, sc *scratch) {
	if len(sc.top) < 2 || sc.askedYear != 0 || !ix.archived(ix.sents[sc.top[0].sent].doc) || asksPast(q) {
		return
	}
	w := sc.top[0]
	current := func(c cand) bool { return !ix.archived(ix.sents[c.sent].doc) }
	pick := slices.IndexFunc(sc.top[1:], func(c cand) bool {
		return current(c) && c.mass >= w.mass*archivedResembleShare && ix.resembles(&ix.sents[w.sent], &ix.sents[c.sent])
	})
	if pick < 0 {
		pick = slices.IndexFunc(sc.top[1:], func(c cand) bool { return current(c) && c.mass >= w.mass*archivedShare })
	}
	if pick < 0 {
		return
	}
	sc.promote(pick+1, true)
}

// archived reports whether document d is a page kept for the record: a
// folder of its path is named as archives are ("archive/fees-2025.md";
// [archivefolders] of questionwords.txt), or its title says it is
// ("Leave policy 2023 (archived)"; [archivetitles]). The documents are
// read once, on first use: an answer asks about its best candidate's.
func (ix *Index) archived(d int32) bool {
	ix.archivedOnce.Do(func() {
		ix.archivedDocs = make([]bool, len(ix.docs))
		for i := range ix.docs {
			ix.archivedDocs[i] = isArchived(&ix.docs[i])
		}
	})
	return ix.archivedDocs[d]
}

// isArchived reports whether doc is a page kept for the record (archived).
func isArchived(doc *corpus.Document) bool {
	l := questionWords()
	if i := strings.LastIndexByte(doc.Path, '/'); i >= 0 {
		for w := range lowerWords(doc.Path[:i]) {
			if l.archiveFolders[w] {
				return true
			}
		}
	}
	for w := range lowerWords(doc.Title) {
		if l.archiveTitles[w] {
			return true
		}
	}
	return false
}

// asksPast reports whether the question asks about what held before the
// present: "old car fare rathlow before the price rise", "the previous
// rota" ([pastwords] of questionwords.txt).
func asksPast(q *Question) bool {
	l := questionWords()
	return slices.ContainsFunc(q.toks, func(t token) bool { return l.pastWords[t.text] })
}

// numberOf returns the figure a number phrase opens with ("90" of "90
// days").
func numberOf(value string) string {
	w, _, _ := strings.Cut(value, " ")
	return w
}

// yearAsked returns the year the question names, or the year before the
// corpus's present for "last year", when a candidate's document is of that
// year (ofYear), else 0: the documents then answer
// for that year, and their dates say which candidates are current
// (dating) as the newest do otherwise.
func (ix *Index) yearAsked(q *Question, sc *scratch) int {
	year, ok := askedYear(q)
	if !ok {
		if !asksLastYear(q) {
			return 0
		}
		if year = ix.latestYear() - 1; year < minAskedYear {
			return 0
		}
	}
	for _, c := range sc.top {
		if ix.ofYear(ix.sents[c.sent].doc, year) {
			return year
		}
	}
	return 0
}

// asksLastYear reports whether the question asks about the year before the
// present: "last year", "previous yr" ([lastyear] and [yearnouns] of
// questionwords.txt).
func asksLastYear(q *Question) bool {
	for i := 1; i < len(q.toks); i++ {
		if lastYearEnds(q.toks, i) {
			return true
		}
	}
	return false
}

// lastYearAt reports whether toks[i] is a word of "last year", "previous
// yr" (asksLastYear).
func lastYearAt(toks []token, i int) bool {
	return lastYearEnds(toks, i) || i+1 < len(toks) && lastYearEnds(toks, i+1)
}

// lastYearEnds reports whether "last year" ends at toks[i]: a year noun
// after a word of [lastyear].
func lastYearEnds(toks []token, i int) bool {
	l := questionWords()
	return i > 0 && l.yearNouns.has(toks[i].text) && l.lastYear.has(toks[i-1].text)
}

// latestYear returns the year of the corpus's newest dated document, its
// present, or 0 when no document is dated.
func (ix *Index) latestYear() int {
	var latest int32
	for _, d := range ix.docDay {
		latest = max(latest, d)
	}
	if latest == 0 {
		return 0
	}
	return time.Unix(int64(latest)*86400, 0).UTC().Year()
}

// ofYear reports whether document d is of the given year: dated in it, or
// its title names it ("Fees (2025)", "Leave policy 2023 (archived)").
func (ix *Index) ofYear(d int32, year int) bool {
	if day := ix.docDay[d]; day != 0 && time.Unix(int64(day)*86400, 0).UTC().Year() == year {
		return true
	}
	term, ok := ix.termOfWord(strconv.Itoa(year))
	return ok && slices.Contains(ix.titleTerms[d], term)
}

// askedYear returns the year a question names, a number of four digits
// from minAskedYear to maxAskedYear ("in 2025", "the 2024 policy"), if it
// names one only.
func askedYear(q *Question) (int, bool) {
	year, found := 0, false
	for _, t := range q.toks {
		if !t.num || len(t.text) != 4 {
			continue
		}
		y, err := strconv.Atoi(t.text)
		if err != nil || y < minAskedYear || y > maxAskedYear {
			continue
		}
		if found && y != year {
			return 0, false
		}
		year, found = y, true
	}
	return year, found
}

// samePage reports whether documents a and b are versions of one page:
// their titles hold the same words, figures aside, but for at most
// maxTitleExtra words that one of them adds ("Leave policy (2024) -
// ARCHIVED" and "Leave policy"). Two untitled documents are not.
func (ix *Index) samePage(a, b int32) bool {
	short, long, shared := ix.versionOverlap(ix.titleTerms[a], ix.titleTerms[b])
	return short > 0 && shared == short && long-short <= maxTitleExtra
}

// olderConflicts lists in a.Conflicts, marked Older, the candidates of
// documents dated before the answer's that hold nearly as much of the
// question as the answer: what an older page says instead.
func (ix *Index) olderConflicts(q *Question, sc *scratch, best cand, span *phrase, a *Answer) {
	bst := &ix.sents[best.sent]
	day := ix.docDay[bst.doc]
	if day == 0 {
		return
	}
	kind := q.Type
	if kind == TypeNone {
		kind = TypeNumber // a figure is what versions of a page change
	}
	// A candidate speaks of the same thing as the answer when it holds
	// every question word the answer holds as itself (not only as an
	// alternative), nearly as much weight, and reads like it (resembles).
	mass, words := best.mass, sc.wordsOf(sc.mask[best.sent]&sc.own)
	same := func(o cand) bool {
		return o.mass >= mass*outdatedShare && words&^sc.wordsOf(sc.mask[o.sent]) == 0 &&
			ix.resembles(bst, &ix.sents[o.sent])
	}
	// A document with such a candidate that repeats the answer's value
	// agrees with it, whatever else it says ("before the Madrid talks, ...
	// exports to the U.S."): the value of the phrase the answer's span
	// stands on when there is one (not the "24 hours" both versions of a
	// fee give beside their fees), else any of the sentence's values of
	// the kind asked.
	var mine *phrase
	if span != nil {
		mine = phraseUnder(bst, span)
	}
	repeats := func(st *sentence) bool {
		if mine == nil {
			return sharesValue(bst, st, kind)
		}
		return holdsValue(st, mine.kind, mine.value)
	}
	var agree []int32
	for _, o := range sc.top {
		if st := &ix.sents[o.sent]; same(o) && (st.text == bst.text || repeats(st)) {
			agree = append(agree, st.doc)
		}
	}
	for _, o := range sc.top {
		st := &ix.sents[o.sent]
		od := ix.docDay[st.doc]
		path := ix.docs[st.doc].Path
		if od == 0 || od >= day || st.text == bst.text || !same(o) || slices.Contains(agree, st.doc) ||
			slices.ContainsFunc(a.Also, func(s Source) bool { return s.Path == path }) {
			continue
		}
		// A page corroborate already found giving another figure is an
		// older version of the answer's: it says so.
		if i := slices.IndexFunc(a.Conflicts, func(c Conflict) bool { return c.Source.Path == path }); i >= 0 {
			a.Conflicts[i].Older = true
			continue
		}
		if len(a.Conflicts) >= maxAlso {
			continue
		}
		// It says otherwise only if it gives a figure (of the kind asked)
		// the answer does not.
		// The figure at the answer's place in this version, else the
		// first one the answer's sentence lacks.
		other := differentValue(bst, st, kind)
		if m, o := counterpart(bst, span, st); o != nil && o.value != m.value {
			other = o
		}
		if other != nil {
			a.Conflicts = append(a.Conflicts, Conflict{Source: ix.sourceOf(st), Span: st.text[other.start:other.end], Sentence: st.text, Older: true})
		}
	}
}

// resembles reports whether sentences a and b read like two versions of
// one statement: at least resembleShare of the distinct content words of
// the shorter, figures left out, are in the other. Two versions of a page
// change a figure and keep the words around it ("Screens lock after 15
// minutes" and "Screens lock automatically after 5 minutes"); a sentence
// that merely shares the question's words with the answer is about
// something else.
func (ix *Index) resembles(a, b *sentence) bool {
	short, _, shared := ix.versionOverlap(a.terms(), b.terms())
	return short > 0 && float64(shared) >= resembleShare*float64(short)
}

// versionOverlap compares two lists of terms by their versionWords: short
// and long count them in the list with fewer and the one with more, shared
// those the two hold both.
func (ix *Index) versionOverlap(a, b []int32) (short, long, shared int) {
	var bufA, bufB [48]int32 // most sentences and titles fit
	sa, sb := ix.versionWords(bufA[:0], a), ix.versionWords(bufB[:0], b)
	short, long = min(len(sa), len(sb)), max(len(sa), len(sb))
	return short, long, sharedTerms(sa, sb)
}

// versionWords returns, in buf's array when they fit, the distinct terms
// of terms that are not figures, sorted: the words that two versions of a
// statement, or of a page's title, keep.
func (ix *Index) versionWords(buf, terms []int32) []int32 {
	figure := ix.figures
	out := buf[:0]
	for _, t := range terms {
		if !figure[t] {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sharedTerms counts the terms two sorted sets of terms share.
func sharedTerms(a, b []int32) int {
	shared := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			shared++
			i++
			j++
		}
	}
	return shared
}

// markFigures sets ix.figures, which marks the terms, of nterms, written
// with a digit ("2,600", "15", "v4"): those versions of a statement
// change. Build and ReadSnapshot call it once the word tables are set, so
// that no answer waits for it.
func (ix *Index) markFigures(nterms int) {
	ix.figures = make([]bool, nterms)
	for i, id := range ix.surfaceIDs {
		if strings.ContainsAny(ix.surface.word(i), "0123456789") {
			ix.figures[id] = true
		}
	}
}

// sameKind reports whether phrases of kinds a and b may name the same
// thing: the same kind, or two names, whose kind is only guessed from the
// word before them ("in Madrid" is a place, "the Madrid talks" a name).
func sameKind(a, b AnswerType) bool {
	name := func(k AnswerType) bool { return k == TypePerson || k == TypePlace }
	return a == b || name(a) && name(b)
}

// sharesValue reports whether b gives one of a's values of the given kind
// (a name of either kind for a name).
func sharesValue(a, b *sentence, kind AnswerType) bool {
	return slices.ContainsFunc(a.phrases, func(p phrase) bool { return p.kind == kind && holdsValue(b, kind, p.value) })
}

// holdsValue reports whether st gives value in a phrase of the given kind
// (a name of either kind for a name).
func holdsValue(st *sentence, kind AnswerType, value string) bool {
	return slices.ContainsFunc(st.phrases, func(p phrase) bool { return sameKind(p.kind, kind) && p.value == value })
}

// differentValue returns a phrase of the given kind in b whose value a
// lacks, when a has a phrase of that kind too (for a number, of the same
// measure: money, a share or another count); else nil. (A sentence that
// also repeats a's value agrees instead: olderConflicts leaves its
// document out before asking.)
func differentValue(a, b *sentence, kind AnswerType) *phrase {
	var measures [numMeasures]bool // the measures of a's numbers
	has := false
	for i := range a.phrases {
		if a.phrases[i].kind == kind {
			has = true
			if kind == TypeNumber {
				measures[measureOf(a, &a.phrases[i])] = true
			}
		}
	}
	if !has {
		return nil
	}
	for i := range b.phrases {
		ph := &b.phrases[i]
		if ph.kind != kind || kind == TypeNumber && (!isFigure(ph.value) || !measures[measureOf(b, ph)]) {
			continue
		}
		same := false
		for j := range a.phrases {
			same = same || a.phrases[j].kind == kind && a.phrases[j].value == ph.value
		}
		if !same {
			return ph
		}
	}
	return nil
}

// laterVersion reports whether the title of document a names a later
// version of what document b's title names a version of ("Dropline 2.4"
// and "Dropline 2.3 release notes"; titleVersion).
func (ix *Index) laterVersion(a, b int32) bool {
	an, av := titleVersion(ix.docs[a].Title)
	bn, bv := titleVersion(ix.docs[b].Title)
	return av != nil && bv != nil && an == bn && slices.Compare(av, bv) > 0
}

// titleVersion reads the version a title names, its first word that
// readVersion reads as a version number ("2.4", "v3.10"), and the words
// before it in lower case, the name of what it is a version of:
// "dropline" and [2 4] for "Dropline 2.4 release notes". A title with no
// such word, or none before it, gives "" and nil. A dotted date
// ("Minutes 14.09.2025") names no version, as the splitter's release
// lines read it.
func titleVersion(title string) (name string, version []int) {
	words := strings.Fields(strings.ToLower(title))
	for i, w := range words {
		if i == 0 {
			continue
		}
		if version = readVersion(strings.Trim(w, ".,:;()\"'")); version != nil {
			return strings.Join(words[:i], " "), version
		}
	}
	return "", nil
}
