package qa

import (
	_ "embed"
	"math/bits"
	"strconv"
	"strings"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa/internal/keyhash"
	"unicode"
	"unicode/utf8"
)

// docBlocks returns the blocks of a document (one per line of its body:
// paragraph, heading or list item), trimmed, with list markers ("- ",
// "• ", "3. ") removed as blockText does and empty lines dropped. They
// are the reader's blocks when it gave them, else paragraphs.
func docBlocks(d corpus.Document) []corpus.Block {
	var blocks []corpus.Block
	if d.Blocks != nil {
		blocks = make([]corpus.Block, 0, len(d.Blocks))
		for _, b := range d.Blocks {
			if b.Text = blockText(b.Text, d.Format, b.Kind); b.Text != "" {
				blocks = append(blocks, b)
			}
		}
		return blocks
	}
	for line := range strings.SplitSeq(d.Body, "\n") {
		if line = blockText(line, d.Format, corpus.KindParagraph); line != "" {
			blocks = append(blocks, corpus.Block{Text: line})
		}
	}
	return blocks
}

// blockText returns the text of a block or line of a document of format f
// as the index reads it: trimmed, less a leading bullet or list number.
// A Markdown block keeps a leading "* " or "- ": the Markdown reader
// reads every such unescaped mark as a list item and takes it off, so one
// that is left was written as text (containerd's "\\* Support for …") or
// code. For the same reason a Markdown block other than a heading or a
// line of code keeps a list number ("1. ", "2) ") or a quote's "> ",
// escaped so that the line is no list ("1\\. The year …" renders "1. The
// year …"); a Markdown heading's number and a code line's prompt (">
// console.count()") still come off. Other readers keep the numbers of
// numbered headings and typed bullets they did not read as lists ("• "
// in a Word paragraph), so theirs still come off. A line of a body
// without blocks has kind KindParagraph.
func blockText(s string, f corpus.Format, kind corpus.BlockKind) string {
	s = strings.TrimSpace(s)
	if f == corpus.FormatMarkdown && (strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "- ") ||
		kind != corpus.KindHeading && kind != corpus.KindCode && (strings.HasPrefix(s, "> ") || listNumber(s) > 0)) {
		return s
	}
	return stripListMarker(s)
}

// stripListMarker removes a leading bullet or list number.
func stripListMarker(s string) string {
	for _, m := range []string{"- ", "* ", "• ", "· ", "– ", "— ", "> "} {
		if strings.HasPrefix(s, m) {
			return strings.TrimSpace(s[len(m):])
		}
	}
	if n := listNumber(s); n > 0 {
		return strings.TrimSpace(s[n:])
	}
	return s
}

// listNumber returns the length of the list number that opens s, one to
// three digits, a '.' or ')' and a space ("1. ", "12) "), 0 when none
// does.
func listNumber(s string) int {
	i := 0
	for i < len(s) && i < 3 && isDigitByte(s[i]) {
		i++
	}
	if i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' ' {
		return i + 2
	}
	return 0
}

// splitSentences cuts one block into sentences. A sentence ends at '.',
// '!', '?' or '…' (plus closing quotes and brackets) followed by space and
// an upper-case letter, digit or opening quote, unless the stop ends an
// abbreviation ("Mr.", "Sept.", "Inc."), an initial ("J. K. Rowling") or a
// dotted abbreviation ("U.S.") that is followed by a name rather than a new
// sentence. Decimals ("47.81%") never split because no space follows the
// stop. The returned sentences are trimmed substrings of block.
func splitSentences(block string) []string { return splitCode(block, nil) }

// splitCode is splitSentences for a block of a document that writes the
// words of code as code spans: a lower-case word of code may open a
// sentence ("… include a slash. man no longer emits …", "… stream
// instances. stdout is a writable stream …"), as a command or stream
// name keeps its case at a sentence's start.
func splitCode(block string, code map[string]bool) []string {
	var out []string
	start := 0
	for i := 0; i < len(block); {
		if i+8 <= len(block) && !mayEndIn8(keyhash.Load64(block[i:])) {
			i += 8 // faster path: eight ASCII bytes that end nothing
			continue
		}
		if c := block[i]; c < utf8.RuneSelf && c != '.' && c != '!' && c != '?' {
			i++ // fast path: an ASCII byte that ends nothing
			continue
		}
		r, w := utf8.DecodeRuneInString(block[i:])
		i += w
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		// Take repeated stops and closing quotes/brackets with the stop.
		end := i
		for end < len(block) {
			c, cw := utf8.DecodeRuneInString(block[end:])
			if c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == '’' || c == '”' || c == ')' || c == ']' || c == '»' {
				end += cw
				continue
			}
			break
		}
		if end >= len(block) {
			break
		}
		// A question or an exclamation followed by a semicolon ends
		// its sentence too (questionSeparator); the sentence keeps its
		// mark and leaves the semicolon out.
		stop := end
		if (r == '?' || r == '!') && questionSeparator(block[end:]) {
			end++
		}
		next, nw := utf8.DecodeRuneInString(block[end:])
		if !unicode.IsSpace(next) {
			i = end
			continue
		}
		// The first letter of the next word.
		j := end + nw
		for j < len(block) {
			c, cw := utf8.DecodeRuneInString(block[j:])
			if !unicode.IsSpace(c) {
				break
			}
			j += cw
		}
		if j >= len(block) {
			break
		}
		if !opensSentence(block[j:], code) || referenceTail(block[j:]) || unclosedAside(block[j:]) || closingAside(block[j:]) || pathEllipsis(block[:i-w], block[i-w:end]) {
			i = end
			continue
		}
		if r == '.' && !stopAfterClose(block[i:end]) && !closesList(block[start:i-w], block[i:end]) &&
			(!endsSentence(block[start:i-w], block[j:]) || sectionNumber(block[start:i]) || inlineListNumber(block[start:i-w]) ||
				bracketAbbreviation(block[start:i-w], block[i:end]) ||
				start == 0 && (listNumber(block) == i+1 || answerOpens(block[:i-w]))) {
			i = end
			continue
		}
		if s := strings.TrimSpace(block[start:stop]); s != "" {
			out = append(out, s)
		}
		start = j
		i = j
	}
	if s := strings.TrimSpace(block[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// answerOpens reports whether before, the text of a block before its
// first full stop, is one answer word ("Yes", "No" of "No. The program
// is conformant."): it answers the question above the block, and the
// sentence after it says what it answers, so its stop ends no sentence
// and a question finds the answer with the words that state it.
func answerOpens(before string) bool {
	return len(before) <= 3 && splitWords().answerWords[strings.ToLower(before)]
}

// stopAfterClose reports whether run, the stops and closing marks taken
// after a full stop, holds a full stop after a closing bracket or quote
// ("etc.)." of "… a whitespace (space, tab, etc.). Note that …"): the
// first stop may end an abbreviation, but the one after the bracket ends
// the sentence.
func stopAfterClose(run string) bool {
	k := strings.IndexAny(run, ")]\"'’”»")
	return k >= 0 && strings.Contains(run[k:], ".")
}

// closesList reports whether a full stop after before, followed by run
// (the stops and closing marks taken after it), ends a list with a list
// closer ("etc." of "… Time left, etc. See all the options."): no name
// goes on after one, so its stop ends the sentence before any word that
// opens one, as a plain word's does, though "Inc." before a capital
// goes on ("Acme Inc. CEO …"). A bracket closed right after the stop
// ("(a, b, etc.) Note …") leaves it a closing abbreviation (endsSentence).
func closesList(before, run string) bool {
	return splitWords().listClosers[strings.ToLower(lastWord(before))] && !strings.ContainsAny(run, ")]")
}

// pathEllipsis reports whether stops, the run of stops a sentence would
// end at, is an ellipsis ("..." or "…") written right after a slash, as
// package paths and patterns are ("most crypto/... APIs", "go test
// ./..."): it stands for the rest of a path, and ends no sentence.
func pathEllipsis(before, stops string) bool {
	return strings.HasSuffix(before, "/") && (strings.HasPrefix(stops, "...") || strings.HasPrefix(stops, "…"))
}

// referenceTail reports whether s, the rest of a block after a stop, is
// only brackets of references (referenceBracket), one after another or
// joined by commas, semicolons or "and": the issue, pull-request or CVE
// numbers that release notes put after a change ("Fixed a heap overflow.
// ([CVE-2025-68160])", "add FEN backend. (#371)", "(#550, #572)",
// "(CVE-2022-3786) and (CVE-2022-3602)"). They belong to the sentence
// before them, which they would otherwise leave as a sentence of their
// own, so that the sentence that states the change does not hold its
// number. A bracket that holds words ("(See below.)") or a bare number,
// or that more text follows ("(2) The second…"), is no such tail.
func referenceTail(s string) bool {
	if !strings.HasPrefix(s, "(") {
		return false
	}
	for s != "" {
		k := referenceBracket(s)
		if k == 0 {
			return false
		}
		s = strings.TrimLeft(s[k:], " ,;")
		if rest, ok := strings.CutPrefix(s, "and "); ok {
			s = strings.TrimLeft(rest, " ")
		}
	}
	return true
}

// questionSeparator reports whether rest, the text right after a
// question or exclamation mark and the marks taken with it, opens with a
// semicolon and a space: the mark ends a sentence of a run of questions
// written on one line, each set apart by a semicolon ("How might we
// strengthen security practices?; How might open source managers help
// …?"), as a run of items would be. Whether a sentence opens after it
// is asked as after any stop (opensSentence): "Why?; she asked" goes on.
func questionSeparator(rest string) bool {
	return len(rest) >= 2 && rest[0] == ';' && (rest[1] == ' ' || rest[1] == '\n' || rest[1] == '\t')
}

// unclosedAside reports whether s, the rest of a block after a stop,
// opens a bracket that the block never closes, with no stop and space
// in it before the block's end: one aside the writer left open at the
// block's end ("… from the chosen sample vial. (See Figure 2." over the
// next step of a list). It refers to the sentence before it, which it
// would otherwise leave as a sentence of its own, a bracket with no
// close; a closed one ("(See below.)") may stand alone (bracketOpens).
// The scan ends at the first closing bracket or stop, so that a block
// of many brackets is read once.
func unclosedAside(s string) bool {
	if !strings.HasPrefix(s, "(") {
		return false
	}
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case ')':
			return false
		case '.', '!', '?':
			if i+1 < len(s) && unicode.IsSpace(rune(s[i+1])) {
				return false
			}
		}
	}
	return true
}

// closingAside reports whether s, the rest of a block after a stop, is
// one bracket that closes the block and holds no stop of its own: an
// aside the writer set after the sentence it belongs to, as a lesson plan
// times each activity ("Who owns research data? (15 min)", "… create a
// list of all potential restrictions. (15 min)") or a manual marks a step
// ("… the log file. (Optional)"). It would otherwise be a sentence of its
// own that says nothing alone; a bracket that holds a sentence ("(See
// below.)") or that more text follows ("(2) The second…") opens one.
func closingAside(s string) bool {
	if !strings.HasPrefix(s, "(") {
		return false
	}
	k := strings.IndexByte(s, ')')
	return k > 1 && strings.TrimSpace(s[k+1:]) == "" && !strings.ContainsAny(s[1:k], ".!?(")
}

// sectionNumber reports whether s, a sentence so far up to a full stop,
// is only a section number of two or more parts written with a stop after
// it ("1.1." of the heading "1.1. Visitors", as groff's -ms and many
// manuals number headings): that stop ends no sentence. A number of one
// part ("1. ") is a list marker, which docBlocks removes; one left
// opening a block was written as text (blockText: a Markdown "1\\. "), and
// its stop ends no sentence either (splitCode).
func sectionNumber(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > len("12.12.12.12.") {
		return false // no section number: the fast way out of a sentence
	}
	parts := 0
	for p := range strings.SplitSeq(strings.TrimSuffix(s, "."), ".") {
		if p == "" || len(p) > 2 || strings.Trim(p, "0123456789") != "" {
			return false
		}
		parts++
	}
	return parts >= 2 && strings.HasSuffix(s, ".")
}

// inlineListNumber reports whether before, a sentence so far up to a
// full stop, ends in the number of a list written inline, its items
// within the sentence ("… a three-step programme: 1. Initial training
// and education, 2. Conformance analysis, 3. Confirmation …"): a number
// of one or two digits set after a colon, comma or semicolon and a
// space, that is 1 after a colon or goes on from the number before it
// (N-1 and a stop, set the same way earlier in before). Its stop numbers
// the item after it and ends no sentence.
func inlineListNumber(before string) bool {
	k := len(before)
	for k > 0 && isDigitByte(before[k-1]) {
		k--
	}
	if k == len(before) || len(before)-k > 2 || k < 2 || before[k-1] != ' ' {
		return false
	}
	mark := before[k-2]
	if mark != ':' && mark != ',' && mark != ';' {
		return false
	}
	n, err := strconv.Atoi(before[k:])
	if err != nil || n == 0 {
		return false
	}
	if n == 1 {
		return mark == ':'
	}
	return corpus.HoldsInlineNumber(before[:k], n-1)
}

// mayEndIn8 reports whether x, eight bytes of text, holds a byte beyond
// ASCII or a full stop, an exclamation or a question mark: eight bytes
// that do not are skipped at once by splitSentences, which reads every
// byte of a corpus at Build (TestMayEndIn8Plain). A byte is one of the
// three when x xor the byte repeated has a zero byte, which
// hasZeroByte tells.
func mayEndIn8(x uint64) bool {
	const ones = 0x0101010101010101
	return x&highBits != 0 || hasZeroByte(x^'.'*ones) || hasZeroByte(x^'!'*ones) || hasZeroByte(x^'?'*ones)
}

// hasZeroByte reports whether one of the eight bytes of x is 0, by the
// classic test: subtracting 1 from each byte borrows first at a 0 byte, so
// that (x-0x01…01)&^x has a high bit set just when some byte of x is 0.
func hasZeroByte(x uint64) bool {
	const ones = 0x0101010101010101
	return (x-ones)&^x&highBits != 0
}

// opensSentence reports whether the text after a stop and a space may
// open a sentence: it starts with an upper-case letter, a digit or an
// opening quote, or with a lower-case identifier as technical writing
// starts sentences with ("ledger-api keeps…", "iOS 17 adds…"): a word with
// a hyphen, underscore, dot, slash or digit inside, or a capital after its
// first letter, or a word of code (a key of code), an option written as
// code among them ("… below the cursor. --height is an option …"). A plain lower-case
// word does not ("approx. five people"). A bracket opens one as its
// first word would (bracketOpens).
func opensSentence(after string, code map[string]bool) bool {
	first, n := utf8.DecodeRuneInString(after)
	if first == '(' {
		return bracketOpens(after[n:], code)
	}
	if unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune("\"“‘'¿¡", first) || underscoreName(after) {
		return true
	}
	if first == '-' {
		return optionOpens(after, code)
	}
	if !unicode.IsLower(first) {
		return false
	}
	word := after[n:]
	if k := strings.IndexFunc(word, unicode.IsSpace); k >= 0 {
		word = word[:k]
	}
	word = strings.TrimRight(word, ".,;:!?)\"'’”")
	if code != nil && code[after[:n]+word] {
		return true
	}
	for i, r := range word {
		if unicode.IsUpper(r) || unicode.IsDigit(r) || r == '_' || r == '/' ||
			(r == '-' || r == '.') && i+1 < len(word) {
			return true
		}
	}
	return false
}

// optionOpens reports whether after, text after a stop and a space that
// opens with a hyphen, opens a sentence: it does when its first word is an
// option the document writes as code (a key of code: "--height", "-v") and
// more of the sentence follows it ("… below the cursor. --height is an
// option …"). A sign, a dash, an option not written as code, and an option
// that ends the text or goes on in a quote or bracket of a command line
// ("$OPTS.' --inline-info'") open none.
func optionOpens(after string, code map[string]bool) bool {
	k := strings.IndexFunc(after, unicode.IsSpace)
	if k < 0 || code == nil {
		return false
	}
	return code[after[:k]] && strings.TrimSpace(after[k:]) != ""
}

// underscoreName reports whether s opens with a name that starts with an
// underscore, a letter or a digit after it ("__kubectl_custom_func()
// will see …", "_init runs first"): a program's identifier, written as
// the code names it, opens a sentence as a capital does.
func underscoreName(s string) bool {
	rest, ok := strings.CutPrefix(s, "_")
	rest = strings.TrimLeft(rest, "_")
	r, _ := utf8.DecodeRuneInString(rest)
	return ok && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// bracketOpens reports whether a bracket whose text goes on with inside,
// after a stop and a space, may open a sentence: a sentence in brackets
// opens as any other does ("(See below.)", "(2) The second…"), and so
// does a list label, a letter or a roman number closed at once ("(c)
// your home…", "(iv)"). A bracket that opens with a plain lower-case
// word or a sign is an aside of the sentence before it, which the
// typesetter put after its stop ("… inactive memory. (-a option)", "…
// may change. (see go.dev/issue/76349)"), or the name of the sign before
// it ("the pattern . (period) might not match"): it opens none.
func bracketOpens(inside string, code map[string]bool) bool {
	if k := strings.IndexByte(inside, ')'); k > 0 && listLabel(inside[:k]) {
		return true
	}
	return strings.HasPrefix(inside, "(") || opensSentence(inside, code)
}

// listLabel reports whether s, the text of a bracket, labels an item of a
// list: one letter, or a roman number of up to four letters ("iv").
func listLabel(s string) bool {
	if utf8.RuneCountInString(s) == 1 {
		r, _ := utf8.DecodeRuneInString(s)
		return unicode.IsLetter(r)
	}
	return len(s) <= 4 && strings.Trim(strings.ToLower(s), "ivx") == ""
}

// endsSentence decides whether a full stop after before ends a sentence,
// given the text after the following space.
func endsSentence(before, after string) bool {
	word := lastWord(before)
	if word == "" || optionLetter(before, word) {
		return true
	}
	// A letter set right after a number is its unit ("37C.", "12V."),
	// neither an initial nor an abbreviation ("c." of circa): its stop
	// ends the sentence as a plain word's does.
	if utf8.RuneCountInString(word) == 1 && afterDigit(before, word) {
		return true
	}
	// An initial: one upper-case letter ("J." of "J. K. Rowling", "P." of
	// "John P. Smith"), though a lower-case one may be an abbreviation
	// before a number ("p. 5", "b. 1810"). A name goes on after an
	// initial, and no name is a function word: before a capitalised
	// function word of two letters or more that starts sentences ("In",
	// "The", "It") the letter closes a name or a number of its own
	// ("Sirius B. In ancient Egypt …", "World War I. The …") and its
	// stop ends the sentence, unless the letter is all the sentence has
	// so far: then it labels an item of a lettered list ("K. For any
	// section …").
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return strings.TrimSpace(before) != word && startsAfterInitial(after)
	}
	lw := strings.ToLower(word)
	l := splitWords()
	if l.abbreviations[lw] || l.abbreviations[spacedAbbreviation(before, word)] {
		return false
	}
	if l.numberAbbreviations[lw] {
		next := strings.TrimLeft(after, " \u00a0")
		return next == "" || next[0] < '0' || next[0] > '9'
	}
	if l.closingAbbreviations[lw] {
		// "Inc." or "etc." may close a sentence: it does when a function
		// word that starts sentences follows, or a clause of its own
		// (clauseAfterPhrase).
		return functionWordOpens(firstWord(after)) || clauseAfterPhrase(before, after)
	}
	// A dotted abbreviation ("U.S.", "e.g."): a sentence ends when the
	// next word is a function word that starts sentences ("The", "It"),
	// or when a clause ends at the stop and another opens after it
	// (clauseAfterPhrase: "… future in the U.S. American law requires
	// …"). A file or host name ("wrenlog.yaml", "example.com") is none: a
	// part of it is a whole word, longer than the letters an abbreviation
	// keeps, and its stop ends the sentence as any word's does.
	if strings.Contains(word, ".") && !namesFile(word) {
		next := firstWord(after)
		if functionWordOpens(next) {
			return strings.ToLower(next) != "us"
		}
		return clauseAfterPhrase(before, after)
	}
	return true
}

// startsAfterInitial reports whether after, the text after an initial's
// stop, opens with a capitalised function word of two letters or more
// ("In", "The"), which no name continues with (endsSentence); a single
// letter is the next initial ("J. A. Smith").
func startsAfterInitial(after string) bool {
	next := firstWord(strings.TrimLeft(after, " \u00a0"))
	if utf8.RuneCountInString(next) < 2 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(next); !unicode.IsUpper(r) {
		return false
	}
	return functionWordOpens(next)
}

// functionWordOpens reports whether word, the first after a full stop, is
// a function word that starts sentences ("The", "It", "In"), which tells
// that the stop before it ended one after an abbreviation or an initial.
func functionWordOpens(word string) bool { return isStopWord(strings.ToLower(word)) }

// bracketAbbreviation reports whether a full stop after before, a
// sentence so far, followed by run (the stops and closing marks taken
// after it), ends a number abbreviation inside a round bracket that
// before opened and neither it nor run closes ("… a project title (max"
// of "(max. twelve words)", "(see Fig. A)"): an aside in brackets is a
// note that goes on to its closing bracket, so the word is read as an
// abbreviation whatever follows it. A bracket closed right after the stop
// ("(The answer was no.)") ends its sentence there.
func bracketAbbreviation(before, run string) bool {
	return splitWords().numberAbbreviations[strings.ToLower(lastWord(before))] &&
		strings.Count(before, "(") > strings.Count(before, ")") && !strings.Contains(run, ")")
}

// optionLetter reports whether word, the last word of before, is the
// letter of a command's option written with its dash ("identical to
// gunzip -c.", "use -V."): neither an initial nor an abbreviation such as
// "c." (circa), so that its stop ends the sentence. The dash follows a
// space, a bracket or another dash, or opens before; a letter after a
// hyphen inside a word ("anti-U.S.") is none.
func optionLetter(before, word string) bool {
	if utf8.RuneCountInString(word) != 1 {
		return false
	}
	head, ok := strings.CutSuffix(before[:len(before)-len(word)], "-")
	return ok && (head == "" || strings.ContainsAny(head[len(head)-1:], " (-"))
}

// spacedAbbreviation returns the dotted abbreviation that before ends in
// when its letters are set apart by spaces, as typesetters space "e. g."
// and "i. e.": word, the last word, is one letter, and the
// word before it one letter and a full stop, each letter read as a part
// of the abbreviation ("e.g" for "... systems (e. g"), in lower case. It
// returns "" for any other word, so only a spaced form of a listed
// abbreviation holds a sentence together.
func spacedAbbreviation(before, word string) string {
	if utf8.RuneCountInString(word) != 1 {
		return ""
	}
	head := before[:len(before)-len(word)]
	rest := strings.TrimRight(head, " \u00a0")
	if !strings.HasSuffix(rest, ".") || len(rest) == len(head) {
		return ""
	}
	prev := lastWord(rest[:len(rest)-1])
	if utf8.RuneCountInString(prev) != 1 {
		return ""
	}
	return strings.ToLower(prev + "." + word)
}

// namesFile reports whether a dotted word is a file or host name
// ("wrenlog.yaml", "example.com", "README.md"), not a dotted abbreviation
// ("U.S.", "e.g.", "Ph.D.", "a.m."): one of its parts between dots is
// longer than maxAbbrevPart letters.
func namesFile(word string) bool {
	for part := range strings.SplitSeq(word, ".") {
		if utf8.RuneCountInString(part) > maxAbbrevPart {
			return true
		}
	}
	return false
}

// lastWord returns the run of letters and dots at the end of s.
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= w
	}
	return s[i:]
}

// afterDigit reports whether word, the end of before, is set right after
// a digit.
func afterDigit(before, word string) bool {
	rest := before[:len(before)-len(word)]
	return rest != "" && isDigitByte(rest[len(rest)-1])
}

// firstWord returns the leading letters of s.
func firstWord(s string) string {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += w
	}
	return s[:i]
}

//go:embed splitwords.txt
var splitWordsText string

// splitWordLists is splitwords.txt parsed. It is built once per process
// and read-only after that.
type splitWordLists struct {
	// The sections of the same names, as sets.
	abbreviations, numberAbbreviations, closingAbbreviations, listClosers, answerWords, referringWords, clauseReferring, speechVerbs, speakerPronouns map[string]bool
	// The sections clauseAfterPhrase reads, as sets.
	phrasePrepositions, clauseOpeners, finiteVerbs, determiners map[string]bool
	// speechHeads are [speechverbs] as mayHoldSpeechVerb reads them.
	speechHeads *speechHeads
}

// splitWordsFile is splitwords.txt and the code that reads it.
var splitWordsFile = wordFile[*splitWordLists]{name: "splitwords.txt", text: splitWordsText, build: buildSplitWords}

// splitWords returns the parsed sentence-splitting word lists, parsing
// them on first use.
func splitWords() *splitWordLists { return splitWordsTables.get() }

// splitWordsTables holds the tables splitWords returns.
var splitWordsTables = splitWordsFile.load()

// buildSplitWords reads the sections described in splitwords.txt.
func buildSplitWords(s *wordSections) *splitWordLists {
	return &splitWordLists{
		abbreviations: s.set("abbreviations"), numberAbbreviations: s.set("numberabbreviations"),
		closingAbbreviations: s.set("closingabbreviations"), listClosers: s.set("listclosers"),
		answerWords:    s.set("answerwords"),
		referringWords: s.set("referringwords"), clauseReferring: s.set("clausereferring"),
		speechVerbs: s.set("speechverbs"), speakerPronouns: s.set("speakerpronouns"),
		speechHeads:        newSpeechHeads(s.words("speechverbs")),
		phrasePrepositions: s.set("phraseprepositions"), clauseOpeners: s.set("clauseopeners"),
		finiteVerbs: s.set("finiteverbs"), determiners: s.set("determiners"),
	}
}

// refersBack reports whether a sentence refers to the sentence before: it
// opens with a referring word ([referringwords]: "It sold …", "The album
// …") or its first clause holds a clause-referring word in lower case
// ([clausereferring]: "Facebook bought it in 2014", "In 2010 its
// headquarters moved"; refersInClause).
func refersBack(text string) bool {
	return opensReferring(text) || refersInClause(text)
}

// refersInClause reports whether a word of [clausereferring], written in
// lower case, stands in the sentence's first clause: the words before its
// first comma, semicolon, colon or bracket.
func refersInClause(text string) bool {
	words := splitWords().clauseReferring
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ',' || c == ';' || c == ':' || c == '(' || c == ')':
			return false
		case c >= 'a' && c <= 'z':
			j := i + 1
			for j < len(text) && text[j] >= 'a' && text[j] <= 'z' {
				j++
			}
			if (i == 0 || !isWordByte(text[i-1])) && (j == len(text) || !isWordByte(text[j])) && words[text[i:j]] {
				return true
			}
			i = j
		default:
			i++
		}
	}
	return false
}

// opensReferring reports whether a sentence opens with a word that refers
// to the sentence before.
func opensReferring(text string) bool {
	end := 0
	for end < len(text) && end < 12 && (text[end] >= 'a' && text[end] <= 'z' || text[end] >= 'A' && text[end] <= 'Z') {
		end++
	}
	if end == 0 || end == 12 {
		return false
	}
	// Lowered in a buffer of the stack: a sentence opens with a capital,
	// and strings.ToLower made a string of every sentence's first word at
	// Build (TestRefersBackPlain).
	var low [12]byte
	for i := range end {
		low[i] = text[i] | 0x20
	}
	return splitWords().referringWords[string(low[:end])]
}

// isAnswerLine is answerLine for a line whose stop words are not yet
// known (listIntro).
func isAnswerLine(text string, toks []token) bool {
	cpos := make([]int, len(toks))
	for i, t := range toks {
		if isStopWord(t.text) {
			cpos[i] = -1
		}
	}
	return answerLine(text, toks, cpos)
}

// answerLine reports whether a line has sentence structure, so that it may
// be an answer: enough words, a full stop or enough function words, not a
// question, not a title-case heading, not a link line ("ALSO READ | ...").
// cpos[i] is negative when toks[i] is a stop word.
func answerLine(text string, toks []token, cpos []int) bool {
	words, stops, caps, nums := 0, 0, 0, 0
	for i, t := range toks {
		if t.num {
			nums++
			continue
		}
		words++
		if cpos[i] < 0 {
			stops++
		} else if t.cap {
			caps++
		}
	}
	if words < minSentenceWords || strings.HasSuffix(text, "?") || containsAt(text, " | ", 1) {
		return false
	}
	if shouting(text) { // "ALSO READ", "SKIP TO CONTENT"
		return false
	}
	last := strings.TrimRight(text, "\"'”’)] ")
	terminal := strings.HasSuffix(last, ".") || strings.HasSuffix(last, "!") || strings.HasSuffix(last, "…")
	content := words - stops
	if !terminal {
		// A heading or caption: only long lines with enough function words
		// and not in title case count.
		return words >= 10 && stops >= 3 && caps*10 < content*6
	}
	// A short sentence counts its figures as words: "The repairs cost
	// £3,870.", "Released on 9 March 2026."
	words += nums
	return words >= 5 || (stops >= 1 && words >= 4)
}

// shouting reports whether more than half of text's bytes are capital
// letters (an upper-case letter beyond ASCII counts once for its bytes).
// It counts until the line is surely shouting or surely not, as each byte
// left adds at most one, and reads eight bytes of ASCII at a time
// (upperBytes): answerLine asks it of every sentence of a corpus at Build,
// and stops at about half of a sentence that is not shouting
// (TestShoutingPlain).
func shouting(text string) bool {
	upper := 0
	for i := 0; i < len(text) && upper*2 <= len(text) && (upper+len(text)-i)*2 > len(text); {
		if i+8 <= len(text) {
			x := uint64(text[i]) | uint64(text[i+1])<<8 | uint64(text[i+2])<<16 | uint64(text[i+3])<<24 |
				uint64(text[i+4])<<32 | uint64(text[i+5])<<40 | uint64(text[i+6])<<48 | uint64(text[i+7])<<56
			if x&highBits == 0 {
				upper += upperBytes(x)
				i += 8
				continue
			}
		}
		if c := text[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				upper++
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if unicode.IsUpper(r) {
			upper++
		}
		i += w
	}
	return upper*2 > len(text)
}

// highBits has the high bit of each byte of a word set.
const highBits = 0x8080808080808080

// upperBytes counts the bytes 'A' to 'Z' of x, eight ASCII bytes: adding
// 0x80-'A' to a byte below 0x80 sets its high bit when it is 'A' or
// above, adding 0x80-'Z'-1 when it is above 'Z', and no sum carries into
// the next byte.
func upperBytes(x uint64) int {
	const ones = 0x0101010101010101
	ge := x + (0x80-'A')*ones
	gt := x + (0x80-'Z'-1)*ones
	return bits.OnesCount64(ge &^ gt & highBits)
}

// isHeadline reports whether a line is the document's title written as a
// headline, with no full stop at its end.
func isHeadline(line, title string) bool {
	if line != strings.TrimSpace(title) {
		return false
	}
	last := strings.TrimRight(line, "\"'”’)] ")
	return !strings.HasSuffix(last, ".") && !strings.HasSuffix(last, "!")
}

// releaseLine reports whether a heading is a release line: it names a
// version (a dotted number, "3.0.19", "v1.10.1", "2.11") and gives a date
// (corpus.ParseDate: "27 Jan 2026", "2026-10-07", "8 January 2023"), as
// release notes head each release ("## 1.25.0 / 2026-10-07", "man-db
// 2.11.2 (8 January 2023)", "Major changes between OpenSSL 3.0.18 and
// OpenSSL 3.0.19 [27 Jan 2026]"). A dotted date ("14.09.2025") is no
// version.
func releaseLine(text string) bool {
	if _, ok := corpus.ParseDate(text); !ok {
		return false
	}
	for f := range strings.FieldsSeq(text) {
		if dottedVersion(strings.Trim(f, "[](),;:/")) {
			return true
		}
	}
	return false
}

// dottedVersion reports whether w is a version number (readVersion).
func dottedVersion(w string) bool {
	return readVersion(w) != nil
}

// readVersion reads w as a version number, digits in two or more parts
// parted by dots after an optional "v" ("3.0.19", "v1.10.1", "2.11"),
// and returns its parts, or nil when w is none. A part of more than four
// digits is no version's, and a last part of four digits makes a dotted
// date ("14.09.2025"), not a version. It is the one reader of a version
// number for the splitter's release lines (releaseLine) and for the
// titles that name a version of the same thing (titleVersion), so that
// both take the same words for versions.
func readVersion(w string) []int {
	w = strings.TrimPrefix(w, "v")
	if w == "" || w[0] == '.' || strings.IndexByte(w, '.') < 0 {
		return nil
	}
	var parts []int
	for p := range strings.SplitSeq(w, ".") {
		if p == "" || len(p) > 4 || strings.Trim(p, "0123456789") != "" {
			return nil
		}
		n, _ := strconv.Atoi(p)
		parts = append(parts, n)
	}
	if last := w[strings.LastIndexByte(w, '.')+1:]; len(last) == 4 {
		return nil
	}
	return parts
}
