package main

import (
	"errors"
	"fmt"

	"github.com/qabot/qabot/bot"
)

// Errors about one question or one input line. Their text is written for
// the user: it goes into the "error" field of a batch line or onto stderr.
var (
	// errBlankLine is returned for a batch line holding only white space.
	errBlankLine = errors.New("blank line: expected {\"id\":\"...\",\"question\":\"...\"}")
	// errNotObject is returned for a batch line that is not a JSON object.
	errNotObject = errors.New("not a JSON object: expected {\"id\":\"...\",\"question\":\"...\"}")
	// errNoQuestion is returned for a batch line without a "question" field.
	errNoQuestion = errors.New("no \"question\" field")
	// errQuestionNotString is returned when "question" is not a string.
	errQuestionNotString = errors.New("\"question\" must be a string")
	// errIDType is returned when "id" is neither a string nor a number.
	errIDType = errors.New("\"id\" must be a string or a number")
	// errEmptyQuestion is returned for a question with no words once
	// control characters and invalid UTF-8 are dropped.
	errEmptyQuestion = errors.New("the question is empty")
	// errQuestionTooLong is returned for a question over bot.DefaultMaxRunes
	// characters.
	errQuestionTooLong = fmt.Errorf("the question is longer than %d characters: ask it in a sentence or two", bot.DefaultMaxRunes)
	// errSmallTalk is why eval does not ask a greeting or thanks: every
	// front answers it with the help text.
	errSmallTalk = errors.New("small talk: answered with the help text")
	// errLineTooLong is returned for an input line over maxLineBytes.
	errLineTooLong = fmt.Errorf("line longer than %d bytes (1 MiB) skipped", maxLineBytes)
	// errEngine is returned when the engine failed on a question; the
	// cause is written to stderr.
	errEngine = errors.New("internal error while answering: see stderr")
)
