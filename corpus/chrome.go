package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page chrome is recognised by its shape, in two steps.
//
// The first looks at a line alone (localChrome): no letters at all ("42:34");
// one lowercase word ("logo"); a short line led by an interface verb ("Skip
// to content", "Share", "Read more"); an upper-case label before a pipe
// ("ALSO READ | …") or a menu of short items between separators, or of
// interface words alone ("Previous | Next"); the heading of a table of
// contents ("Table of contents") without its entries; a bare
// link; an image or editing credit ("Photo: Reuters", "Edited by: …",
// "Name/AGENCY"); a counter ("Comments (0)"); a short message to the reader
// about the page ("Please sign in to leave a comment", "This browser does
// not support the video element.").
//
// The second looks at the neighbours (see dropByContext and dropCaption):
// short lines with no lowercase word ("DW's Top Story", "Top") are dropped
// unless a paragraph follows them directly, as a heading's would; after the
// last sentence of the document, lines that are not sentences are dropped;
// a caption whose picture credit is glued to it goes with the credit.
// Headings and real sentences are kept: dropping a sentence is worse than
// keeping a menu. The word lists below (interface verbs, credit labels)
// only ever apply to short lines of the right shape.

// shape holds the features of one line that chrome detection looks at.
type shape struct {
	words      int  // words, split at white space
	lowerWords int  // words whose first letter is lowercase
	letters    bool // whether the line holds any letter
	sentence   bool // whether the line reads as a sentence or paragraph
}

// maxCounted caps the word count of shapeOf: no rule needs to tell longer
// lines apart.
const maxCounted = 40

// shapeOf measures s.
func shapeOf(s string) shape {
	var sh shape
	inWord, seenLetter := false, false
	for i := 0; i < len(s) && sh.words <= maxCounted; {
		c := s[i]
		if c == ' ' {
			inWord = false
			i++
			continue
		}
		if !inWord {
			inWord, seenLetter = true, false
			sh.words++
		}
		if seenLetter {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z':
				seenLetter, sh.letters = true, true
				sh.lowerWords++
			case c >= 'A' && c <= 'Z':
				seenLetter, sh.letters = true, true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsLetter(r) {
			seenLetter, sh.letters = true, true
			if unicode.IsLower(r) {
				sh.lowerWords++
			}
		}
	}
	sh.sentence = sh.letters && (sh.words >= 4 && endsSentence(s) || sh.words >= 12)
	return sh
}

// firstLetter returns the first letter of w, or 0 when it has none.
func firstLetter(w string) rune {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return r
		}
	}
	return 0
}

func isUpper(r rune) bool { return unicode.IsUpper(r) || unicode.IsTitle(r) }

// uiVerbs lead the short lines of page furniture: "Skip to content",
// "Share on Facebook", "Sign in", "Read more", "Follow us".
var uiVerbs = map[string]bool{
	"skip": true, "jump": true, "share": true, "subscribe": true, "sign": true, "log": true,
	"login": true, "follow": true, "click": true, "tap": true, "download": true, "print": true,
	"email": true, "read": true, "watch": true, "listen": true, "see": true, "view": true,
	"load": true, "back": true, "advertisement": true, "sponsored": true, "continue": true,
	"register": true, "bookmark": true, "save": true, "tweet": true, "close": true,
}

// issueRefRE matches a line that ends citing an issue or a pull request
// by its number: "(#8585)", "(#7521, #7562)", "#9272", or by its address
// ("See also: https://github.com/wagoodman/dive/issues/546" under a
// README's caution, "…/pull/12", a GitLab "…/merge_requests/7").
var issueRefRE = regexp.MustCompile(`(?:^|[\s(,])#[0-9]+\)?$|/(?:issues|pull|pulls|merge_requests)/[0-9]+/?\)?$`)

// uiNouns are page furniture when they stand alone on a line.
var uiNouns = map[string]bool{
	"menu": true, "search": true, "home": true, "comments": true, "loading": true,
	"newsletter": true, "logout": true, "ad": true, "advert": true, "more": true,
	"next": true, "previous": true, "top": true, "video": true, "audio": true, "photo": true,
	"gallery": true, "related": true, "trending": true, "popular": true,
}

// localChrome reports whether the line s is page chrome by its own shape.
func localChrome(s string, sh shape) bool {
	return shapeChrome(s, sh, chromeTests{notices: true, slashCredits: true, links: true})
}

// headingChrome is localChrome for a line marked up as a heading: a
// heading names a section, and words joined by a slash in it ("Array/Slice
// Flags", "4. Username/Password Fields (Lowest Priority)") are a pair of
// names, not a photo credit's name and agency (agencySlash), which no
// writer marks up as a heading. The heading set as the document's title
// (title: titleSized) is not judged a link's lone lowercase word either:
// a tool's name in lower case set in the title's size ("headache" over
// its manual) is the title, where a link's word is set in the text's.
func headingChrome(s string, sh shape, title bool) bool {
	return shapeChrome(s, sh, chromeTests{notices: true, links: true, entries: title})
}

// itemChrome is localChrome for a list item: an item that is a whole
// sentence is a step or a point of the text, though it may address the
// reader as a page notice does ("Log in to Cartwheel with your volunteer
// number and PIN." of a how-to), so readerNotice does not judge it. Nor
// does agencySlash: an item is a point of a list, as a heading is a
// section's name (headingChrome), and words joined by a slash in it
// ("Username/Password fields") name what it is about, not a photo credit.
// Nor is it judged a bare link (linkLike, or a lone lowercase word): an
// item that writes out a web address is an entry of a list of addresses
// the text gives ("Security notifications will be distributed via the
// following methods." over two addresses, "Use the link https://…" under
// a kind of contribution), not a "Read more" link. In a list a lead-in
// announces (announced, leadIns.list: "It should be sufficient to cache the following
// files and directories across builds:" over ".crates.toml", "bin/",
// "registry/index/" of the Cargo Book), a lone lowercase word is an
// entry the text names, a file or a path, not a link's word. An item of
// a numbered list (step) is a step of a procedure, whatever verb opens it
// ("Follow steps 3-9 from minor release process" of client_golang's
// release process), not an interface's button: no menu numbers its
// entries.
func itemChrome(s string, sh shape, announced, step bool) bool {
	return shapeChrome(s, sh, chromeTests{notices: !sh.sentence, entries: announced, steps: step})
}

// leadIn reports whether the line s of shape sh announces the lines after
// it: words ending in a colon, shaped as a sentence's start (four words,
// three of them lowercase, as opensWithSentence asks of a statement: "The
// chage command exits with the following values:"), which no label of a
// menu or a form is.
func leadIn(s string, sh shape) bool {
	return strings.HasSuffix(s, ":") && sh.words >= 4 && sh.lowerWords >= 3
}

// chromeTests chooses which of the shape tests shapeChrome applies besides
// those every line gets: a notice to the reader (readerNotice), a photo
// credit of names joined by slashes (agencySlash) and a bare link
// (linkLike, or a lone lowercase word); entries leaves out the lone
// lowercase word for the entries of a list that a lead-in announces, and
// steps the line opened by an interface verb for the steps of a numbered
// list.
type chromeTests struct {
	notices, slashCredits, links, entries, steps bool
}

// shapeChrome reports whether the line s is page chrome by its own shape,
// with the optional tests t chooses.
func shapeChrome(s string, sh shape, t chromeTests) bool {
	if !sh.letters {
		return true
	}
	if sh.words == 1 && sh.lowerWords == 1 && !t.entries && !camelName(s) && !isEmail(s) && !optionTermRE.MatchString(s) && !pageRefsRE.MatchString(s) && (t.links || !linkLike(s, sh)) {
		return true
	}
	first, _, _ := strings.Cut(s, " ")
	first = strings.ToLower(strings.Trim(first, ":|.,!»›>()[]"))
	if sh.words == 1 && uiNouns[first] || contentsRE.MatchString(s) {
		return true
	}
	// An interface verb alone as an address's label ("Download:
	// https://…") names what the address gives, where a link's phrase
	// adds the verb's object or particle ("Read more: https://…",
	// "Follow us: https://…").
	// A line that cites an issue or pull request by its number ("Load
	// plugins from the Gemfile's location (#8585)") is a change log's
	// entry, whatever verb it opens with: no button cites one. Nor does a
	// button write out the e-mail address it mails to: "Email us at
	// oscal@fedramp.gov" gives the address, as a labelled address does
	// (writesEmail).
	if uiVerbs[first] && sh.words <= 7 && !endsSentence(s) && !t.steps && !(sh.words == 2 && labelledAddress(s)) && !issueRefRE.MatchString(s) && !writesEmail(s) {
		return true
	}
	if sh.words > 20 {
		// Long lines are prose unless labelled.
		return labelled(s)
	}
	return labelled(s) || menu(s) || t.links && linkLike(s, sh) || credit(s, sh, t.slashCredits) || counter(s, sh) || t.notices && readerNotice(s, sh)
}

// camelName reports whether the word s starts with a lowercase letter and
// has a capital after it: a name written so ("macOS", "iPhone", "eBay"),
// not a lowercase interface word ("logo", "menu"), when it stands alone
// on a line (a heading of an install guide).
func camelName(s string) bool {
	for i, r := range s {
		if i == 0 && !unicode.IsLower(r) {
			return false
		}
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// labelled reports an upper-case label before a pipe: "ALSO READ | …",
// "WATCH | …".
func labelled(s string) bool {
	i := strings.IndexByte(s, '|')
	if i <= 0 {
		return false
	}
	label := s[:i]
	return inCapitals(label) && len(strings.Fields(label)) <= 4
}

// contentsRE matches the heading of a table of contents: page chrome
// where it stands alone (its entries left out, or links of a web page).
// fileNameRE matches the end of a path's last part: a dot and a short
// lowercase extension ("/SUBTYPE.xml", "/index.html").
var fileNameRE = regexp.MustCompile(`\.[a-z][a-z0-9]{0,4}$`)

// pathName reports whether s is one word naming a file or a path: its
// last part ends in a file's extension ("base.html", "mkdocs.yml") or
// it holds a "/" between parts ("partials/source-link"), and it is no
// web address.
func pathName(s string) bool {
	if s == "" || strings.ContainsAny(s, " \t") || strings.Contains(s, "://") {
		return false
	}
	return fileNameRE.MatchString(s) || strings.Contains(strings.Trim(s, "/"), "/")
}

var contentsRE = regexp.MustCompile(`(?i)^(?:table of )?contents$`)

// menuSeparators split the items of a menu or a breadcrumb trail.
var menuSeparators = []string{" | ", " • ", " · ", " › ", " » ", " > ", " / "}

// menu reports a line of three or more short items between separators
// ("Home | World | Asia", "News › Politics › China"), or of two or more
// that are interface words alone ("Previous | Next", "« Back · Home").
// A line holding a template's fill-in placeholder (fillIn) is none: a
// field the template's user fills in ("Subject: [Agency Name ] / [Project
// Name] / Weekly Ship: xx/xx/xxxx"), where a trail's items are links.
func menu(s string) bool {
	if fillIn(s) {
		return false
	}
	for _, sep := range menuSeparators {
		n := strings.Count(s, sep)
		if n < 1 {
			continue
		}
		short, ui := true, true
		for item := range strings.SplitSeq(s, sep) {
			if len(strings.Fields(item)) > 4 || endsSentence(item) {
				short = false
				break
			}
			w := strings.ToLower(strings.Trim(item, " «»‹›<>←→:|.,!()[]"))
			ui = ui && (uiNouns[w] || uiVerbs[w])
		}
		if short && (n >= 2 || ui) {
			return true
		}
	}
	return false
}

// linkLike reports a line that is a web address with at most three other
// words: "www.example.com", "Read more: https://…". A mail address is no
// link: a line giving one ("Complaints: complaints@example.org", or the
// address alone under a heading) is a contact detail people ask for. A
// line whose last address has two words or more after it is none either:
// a link's label stands before it, while words after an address are
// what a command or a configuration line does with it (sources.list's
// example "deb http://archive.debian.org/debian-archive hamm main"). Nor
// is one word after it when a lowercase word with no colon opens the
// line before the address: a command's name and its argument ("deb
// http://ftp.tlh.debian.org/universe unstable/binary-$(ARCH)/"), where a
// link's label is capitalised or ends at a colon and a bare link's
// trailing word ("https://example.org ›") has no word before it. Words
// before the first address that end at a comma are no link's label
// either: they name what the address is of, the entry of a list of
// references ("The GNOME desktop, http://www.gnome.org" of
// shared-mime-info's References), where a label ends at a colon or at
// its last word. Nor is a label of words before a colon or a lone dash,
// then the address that ends the line (labelledAddress): "Dataset link:
// https://…", "Homepage - https://…" say what the address is of, an
// answer to where a thing is, which a bare link's words do not.
func linkLike(s string, sh shape) bool {
	if !strings.Contains(s, "://") && !strings.Contains(s, "www.") {
		return false
	}
	links, after := 0, 0
	named := false // the words before the first address end at a comma
	for w := range strings.FieldsSeq(s) {
		if addressWord(w) {
			links, after = links+1, 0
		} else {
			if links == 0 {
				named = strings.HasSuffix(w, ",")
			}
			after++
		}
	}
	if named || labelledAddress(s) {
		return false
	}
	return links > 0 && sh.words-links <= 3 && (after == 0 || after == 1 && !commandLine(s))
}

// labelledAddress reports whether the line s is a label and a web
// address or an e-mail address ("Email: security@example.org"), its last
// word and its only one: the label's words open with a
// letter and end at a colon ("Docs: https://…"), or a dash stands alone
// between them and the address ("Homepage - https://…"), or both
// ("Dataset link: - https://…" of a Word document). A label so set
// apart names what the address is (a data set, a download, a project's
// home); a bare link's word after or before its address ("https://… ›",
// "See www…", "Visit us at https://…") ends at neither.
func labelledAddress(s string) bool {
	ws := strings.Fields(s)
	n := len(ws)
	if n < 2 || !addressWord(ws[n-1]) && !isEmail(ws[n-1]) {
		return false
	}
	label := ws[:n-1]
	dashed := false
	if k := len(label) - 1; k > 0 && isDash(label[k]) {
		label, dashed = label[:k], true
	}
	if r, _ := utf8.DecodeRuneInString(label[0]); !unicode.IsLetter(r) || slices.ContainsFunc(label, addressWord) {
		return false
	}
	return dashed || strings.HasSuffix(label[len(label)-1], ":")
}

// isDash reports whether the word w is a dash alone: a hyphen, an en
// dash or an em dash.
func isDash(w string) bool { return w == "-" || w == "–" || w == "—" }

// commandLine reports whether the line s opens in a lowercase word that
// is neither an address nor a label ending at a colon, with an address
// after it (entryAddress): a command's or a configuration entry's name
// and what it acts on.
func commandLine(s string) bool {
	first, _, _ := strings.Cut(s, " ")
	return startsLower(first) && !strings.HasSuffix(first, ":") && !addressWord(first) && entryAddress(s)
}

// addressWord reports whether the word w is a web address as linkLike
// counts them: with its scheme ("https://…") or opening at "www.".
func addressWord(w string) bool {
	return strings.Contains(w, "://") || strings.HasPrefix(w, "www.")
}

// optionTermRE matches a command-line option standing alone on a line,
// the term of an option list over its description ("--version",
// "--alloc-fn=<name>", "-v"): no interface word but the name the
// description describes. Its argument may be optional, in brackets
// ("--debug[=FLAGS]" of make's manual page).
var optionTermRE = regexp.MustCompile(`^--?[A-Za-z][A-Za-z0-9_-]*(?:\[?=\S*)?$`)

// pageRefsRE matches a line of references to manual pages, each a
// page's name and its section in brackets, joined by commas ("kill(1)",
// "passwd(5), shadow(5).", "find(1), kill(1), locate(1)" under a manual
// page's SEE ALSO): the pages the text sends the reader to, no link's
// word and no page's footer, as a list's entries are none.
var pageRefsRE = regexp.MustCompile(`^[\w.:+-]+\(\d\w*\)(?:, [\w.:+-]+\(\d\w*\))*\.?$`)

// optionHeadRE matches the term of an option list with the names of its
// arguments: the spellings of one option, each perhaps followed by its
// argument's name in capitals, in lower case, in brackets or in angle
// brackets ("-b, --escape", "-f FILE, --file=FILE", "-m NUM,
// --max-count=NUM", "-q, --quiet, --silent", "-C dir, --directory=dir",
// "-j [jobs], --jobs[=jobs]", "-S .suf --suffix .suf"), an optional
// argument perhaps set right after a short option ("-e[eof-str],
// --eof[=eof-str]" of xargs's manual page), an argument that is a pair,
// a name and its value joined by "=" in one case ("-K, --key KEY=VALUE"
// of useradd's manual page), an argument that takes a
// list marked so by "[,...]" after its name ("-m system[,...],
// --systems=system[,...]" of man's manual page). Over its
// description it is the heading of that text, though its words are no
// prose: a manual page's PDF sets it in bold (pdflayout.go), its plain
// text on a line of its own over the indented description (textBlocks,
// faqQuestions),
// and the line under it is the description, never a button
// (describesOption).
var optionHeadRE = regexp.MustCompile(`^` + optionSpelling + `(?:,? +` + optionSpelling + `)*$`)

// optionSpelling is one spelling of an option and its argument's name,
// for optionHeadRE.
const optionSpelling = `--?[A-Za-z0-9#][A-Za-z0-9_-]*(?:\[?=[^\s,]*` + listMark + `|\[[^\]\s]*\])?(?: (?:[A-Z_][A-Z0-9_]*(?:=[A-Z_][A-Z0-9_]*)?|[a-z.][a-z0-9._-]*(?:=[a-z][a-z0-9_-]*)?|\[[^\]\s]*\]|<[^>\s]*>)` + listMark + `)?`

// listMark is the mark after an option's argument that takes a list of
// values, comma-separated, "[,...]", for optionSpelling; it may be absent.
const listMark = `(?:\[,\.\.\.\])?`

// writesEmail reports whether the line s writes out an e-mail address
// among its words ("Email us at oscal@fedramp.gov", "Submit questions to
// OSCAL@fedramp.gov").
func writesEmail(s string) bool {
	return slices.ContainsFunc(strings.Fields(s), func(w string) bool { return isEmail(strings.Trim(w, ".,;:()<>")) })
}

// isEmail reports whether the word w is a mail address.
func isEmail(w string) bool {
	at := strings.IndexByte(w, '@')
	return at > 0 && strings.Contains(w[at:], ".")
}

// creditWords name what a credit line credits.
var creditWords = map[string]bool{
	"photo": true, "photos": true, "image": true, "images": true, "picture": true,
	"pictures": true, "pic": true, "video": true, "illustration": true, "graphic": true,
	"graphics": true, "credit": true, "credits": true, "source": true, "sources": true,
	"courtesy": true, "edited": true, "editing": true, "editor": true, "written": true,
	"reporting": true, "reported": true, "produced": true, "copyright": true, "caption": true,
	"photograph": true, "photographer": true, "file": true, "foto": true,
}

// creditVerbs are the credit words that are past participles: a credit
// opens with one ("Written by: Jane Doe", "Edited by …"), while a word
// before it is the subject of a statement about the document ("Review
// written by: Ravi Dhillon, depot manager", "Blameless review. Written by
// …"), which is text. The nouns and gerunds take words before them ("Main
// image: Reuters", "Additional reporting by …").
var creditVerbs = map[string]bool{
	"edited": true, "written": true, "reported": true, "produced": true,
}

// credit reports an image, source or editing credit: "Photo: Reuters",
// "Image credit: Getty Images", "Edited by: Jane Doe", "Reporting by …;
// Editing by …", "© 2025 Reuters", "Martial Trezzini/KEYSTONE/picture
// alliance" (that last, by agencySlash, only when slash is set).
func credit(s string, sh shape, slash bool) bool {
	if sh.words > 20 {
		return false
	}
	if strings.HasPrefix(s, "©") || strings.HasPrefix(strings.ToLower(s), "(c) ") {
		return true
	}
	label, rest, colon := strings.Cut(s, ":")
	if colon && rest != "" && !unicode.IsSpace(rune(rest[0])) {
		// A colon inside a word is an address's ("file:/home/…",
		// "http://…"), not a label's, which ends a word.
		colon = false
	}
	if !colon {
		// "Photo by Jane Doe", "Reporting by Jane Doe; Editing by …"
		i := strings.Index(s, " by ")
		if i < 0 {
			return slash && agencySlash(s, sh)
		}
		label, rest = s[:i], s[i+4:]
	}
	lw := strings.Fields(strings.ToLower(label))
	if len(lw) == 0 || len(lw) > 3 {
		return slash && agencySlash(s, sh)
	}
	isCredit := false
	for i, w := range lw {
		w = strings.Trim(w, "()[]")
		if creditVerbs[w] && i > 0 {
			return slash && agencySlash(s, sh)
		}
		if creditWords[w] {
			isCredit = true
		}
	}
	if !isCredit {
		return slash && agencySlash(s, sh)
	}
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), "by "))
	rs := shapeOf(rest)
	credited, _, _ := strings.Cut(rest, ";") // "Jane Doe; Editing by …" → "Jane Doe"
	// "Source: the ministry said the probe would last a year." is a
	// sentence, not a credit.
	return rest != "" && rs.words <= 12 && (!rs.sentence || nameLike(credited, 8))
}

// agencySlash reports a short line of names joined by slashes, the shape of
// photo credits: "Martial Trezzini/KEYSTONE/picture alliance". A word
// joined so that ends in a file name's extension is a path, not names
// ("The MEDIA/SUBTYPE.xml files", a heading of a specification).
func agencySlash(s string, sh shape) bool {
	if sh.words > 6 || endsSentence(s) {
		return false
	}
	i := strings.IndexByte(s, '/')
	if i <= 0 || i+1 >= len(s) || strings.Contains(s, "://") {
		return false
	}
	if path, _, _ := strings.Cut(s[i:], " "); fileNameRE.MatchString(path) {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+1:])
	return unicode.IsLetter(prev) && isUpper(next)
}

// counter reports a short count of comments, shares or views: "Comments
// (0)", "12 comments", "1.2k shares".
func counter(s string, sh shape) bool {
	if sh.words > 3 || !hasDigit(s) {
		return false
	}
	fields := strings.Fields(s)
	last := fields[len(fields)-1]
	if strings.HasPrefix(last, "(") && strings.HasSuffix(last, ")") && isCount(last[1:len(last)-1]) {
		return true
	}
	return isCount(fields[0]) && sh.lowerWords == sh.words-1
}

// isCount reports a number such as "0", "1,204" or "1.2k".
func isCount(w string) bool {
	w = strings.TrimRight(w, "kKmM")
	return w != "" && strings.Trim(w, "0123456789,.") == "" && hasDigit(w)
}

// readerCues address the reader or the page; readerTopics are what page
// notices are about, and only those: words that policies and how-tos use as
// often ("your bank account", "please register by Friday", "click Save",
// "please comment on the draft") would drop their sentences.
var (
	readerCues   = []string{"please", "you", "your", "this browser", "this page", "this site", "this video", "this article", "this content"}
	readerTopics = []string{"browser", "javascript", "cookie", "sign in", "signed in", "log in", "logged in", "sign up", "subscribe", "subscription", "newsletter", "a comment", "video element", "ad blocker", "adblock", "helpful?", "left blank"}
)

// readerNotice reports a short message to the reader about the page:
// "Please sign in to leave a comment", "This browser does not support the
// video element.", "You must enable JavaScript", "Was this page helpful?".
func readerNotice(s string, sh shape) bool {
	// Reported speech ("You can comment until Friday, the ministry said.")
	// has commas or quotes; page notices are short and plain.
	if sh.words > 12 || strings.ContainsAny(s, ",;\"“”") {
		return false
	}
	l := strings.ToLower(s)
	return containsWord(l, readerCues, true) && containsWord(l, readerTopics, false)
}

// containsWord reports whether l holds one of the phrases starting at a
// word boundary and, when whole is set, ending at one.
func containsWord(l string, phrases []string, whole bool) bool {
	for _, p := range phrases {
		for i := 0; ; {
			j := strings.Index(l[i:], p)
			if j < 0 {
				break
			}
			at := i + j
			end := at + len(p)
			if (at == 0 || !isWordByte(l[at-1])) && (!whole || end == len(l) || !isWordByte(l[end])) {
				return true
			}
			i = at + 1
		}
	}
	return false
}

// creditSuffixes start an image credit glued to the end of a caption:
// "…weighty tariffsImage: Martial Trezzini/KEYSTONE/picture alliance".
var creditSuffixes = []string{"Image:", "Photo:", "Picture:", "Image credit:", "Photo credit:", "Photograph:", "Foto:"}

// stripCredit removes an image credit from the end of a line. The credit
// must follow a lowercase letter directly, or end a sentence, and be short
// and without sentence punctuation.
func stripCredit(s string) string {
	if strings.IndexByte(s, ':') < 0 {
		return s
	}
	for _, suf := range creditSuffixes {
		i := strings.LastIndex(s, suf)
		if i <= 0 {
			continue
		}
		rest := strings.TrimSpace(s[i+len(suf):])
		if rest == "" || endsSentence(rest) || len(strings.Fields(rest)) > 8 {
			continue
		}
		head := s[:i]
		prev, _ := utf8.DecodeLastRuneInString(head)
		if unicode.IsLower(prev) || endsSentence(head) {
			return strings.TrimSpace(head)
		}
	}
	return s
}

// isWordByte reports an ASCII letter or digit, or a byte of a non-ASCII
// character.
func isWordByte(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}
