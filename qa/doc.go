// Package qa finds, in a corpus of documents, the one sentence that answers a
// question, or says that none does.
//
// Build turns []corpus.Document into an *Index; Parse turns question text
// into a Question; Index.Answer ranks the corpus's sentences against the
// question and returns an Answer: the verbatim sentence, its source, the
// shortest span that answers and the other documents that agree.
//
// The package knows nothing about chat platforms or files.
package qa
