// Package qa finds, in a corpus of documents, the one sentence that answers a
// question, or says that none does.
//
// Build turns []corpus.Document into an *Index; Parse turns question text
// into a Question; Index.Answer ranks the corpus's sentences against the
// question and returns an Answer: the verbatim sentence, its source, the
// shortest span that answers and the other documents that agree or give a
// different figure.
//
// The text pipeline, one file per stage:
//
//   - split.go (with splitwords.txt): a body is cut into blocks (one per line, list markers
//     dropped) and blocks into sentences; abbreviations ("U.S.", "Sept.",
//     "Inc."), initials, decimals and closing quotes do not end a sentence.
//   - token.go (with tokenwords.txt), fold.go: words are lower-cased, accents folded, possessives
//     dropped, and variants of one thing given one form ("U.S." = "United
//     States" = "us", "%" = "percent", "thirty-two" = "32").
//   - stem.go: stop words and snowball English stems; stems are computed
//     once per distinct corpus word at Build and looked up afterwards; a
//     word of the English resources' vocabularies has its stem read from
//     their table (english.Stem), the others are stemmed by the library.
//   - variant.go: acronyms learnt from the corpus, derived forms and close
//     misspellings of corpus words, each weighing less than an exact match.
//   - family.go, lexicon.go (with lexicon.txt): word families snowball
//     leaves apart, and general English forms, synonyms, abbreviations and
//     two-word verbs, matched below the word itself.
//   - question.go, change.go (with questionwords.txt, changewords.txt):
//     the expected answer type (date, time, number, person, place,
//     reason), what a "how many" question counts, whether it asks for the
//     size of a change, and the content words.
//   - span.go (with phrasewords.txt): typed phrases of every sentence,
//     found at Build.
//   - spancands.go, spanfeatures.go, spanmodel.go, spanfile.go (with
//     spanwords.txt and span.txt): the span model, which picks the short
//     answer among the phrases of the answer's sentence by learned
//     weights; lead.go, the lead model (its weights span.txt's lead
//     part), which says how sure the short answer is
//     (Answer.SpanConfidence), reading the span model's confidence with
//     the sentence's and what else says either may be wrong.
//   - wordfile.go: the one loader of the word files above (*words.txt,
//     lexicon.txt): general-English word lists kept as data, each opening
//     with a header saying which Go file reads it and what each section
//     is for; embedded, parsed once on first use, and checked by
//     TestWordFiles (every section read is there and not empty, every
//     section there is read).
//   - rank.go: the ranking algorithm (described at the top of the file).
//   - features.go, model.go (with model.json): the answer model's named
//     features of each candidate, its learned ranker and its confidence
//     model (a logistic regression and boosted trees).
//   - cues.go (with cues.txt.gz): word pairs learned from SQuAD training
//     questions, the candidate words that make a candidate likelier right
//     when it lacks a question word; read by the features cue and
//     cue-type.
//   - tuning.go: every tuning number of the engine in one table, by stage,
//     each with the term of the algorithm it sets; the learned weights are
//     in model.json, cues.txt.gz and span.txt.
//   - confidence.go: when to abstain; corroborate.go: Also and Conflicts.
//
// Building and keeping the index: build.go builds it on every core, the
// documents cut into parts whose vocabularies are merged in document
// order, so that the index is the same on any number of cores;
// snapshot.go writes a built index to a file and reads it back
// (WriteSnapshot, ReadSnapshot), versioned, checksummed and checked.
//
// An Index is immutable after Build and safe for concurrent use. Answer
// never panics on any input and honours context cancellation.
//
// The package knows nothing about chat platforms or files.
package qa
