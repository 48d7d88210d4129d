package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/qa"
	"github.com/qabot/qabot/qa/english"
)

const askAbout = `Answers a question from the documents with the short answer, the verbatim
sentence that says it and its source. Exits 0 when answered, 1 when the
documents do not answer (or, in batch mode, when a line failed), 2 on a usage
or set-up error.

With no question: on a terminal, opens a prompt to ask again and again
(quit, exit or Ctrl-D to leave); otherwise answers each non-empty line of
standard input. --jsonl is the batch interface: one {"id","question"} JSON
object a line in, one answer object a line out, in the same order.`

const askExamples = `  qabot ask "when is the TikTok deadline?"
  qabot ask --json who led the Chinese delegation
  qabot ask --corpus ./docs --jsonl < questions.jsonl > predictions.jsonl
  qabot ask                      (a prompt)`

// askExample is the question offered when the user gave none that works.
const askExample = `qabot ask "` + bot.DefaultExample + `"`

// askOptions are the flags of `qabot ask`.
type askOptions struct {
	dir    string
	snap   snapshotFlags
	asJSON bool
	jsonl  bool
	engine engineOptions
	// top is how many answers to show, best first.
	top int
	// explain prints why the engine answered as it did.
	explain bool
}

// engineOptions are the flags that tune the engine, shared by ask and
// eval.
type engineOptions struct {
	minConfidence float64
}

func (o *engineOptions) addFlags(c *cobra.Command) {
	c.Flags().Float64Var(&o.minConfidence, "min-confidence", qa.DefaultOptions().MinConfidence,
		"the least confidence (`X`, 0 to 1) an answer needs, less k times the model's P(unanswerable) when it has one (ask --explain shows both); below it qabot says the documents do not answer. 0 always answers with the best sentence")
}

// options checks the flags for command cmd and returns the engine's
// options.
func (o *engineOptions) options(cmd string) (qa.Options, error) {
	if o.minConfidence < 0 || o.minConfidence > 1 {
		return qa.Options{}, usagef(cmd, "--min-confidence %g: give a confidence from 0 to 1, such as %g (the default), or 0 to always answer", o.minConfidence, qa.DefaultOptions().MinConfidence)
	}
	opt := qa.DefaultOptions()
	opt.MinConfidence = o.minConfidence
	return opt, nil
}

func newAskCommand(e env, code *int) *cobra.Command {
	var o askOptions
	c := &cobra.Command{
		Use:     "ask [flags] [question]",
		Short:   "answer a question (no question on a terminal: a prompt)",
		Long:    askAbout,
		Example: askExamples,
		Args:    cobra.ArbitraryArgs,
	}
	c.RunE = exits(code, func(ctx context.Context, pos []string) (int, error) { return runAsk(ctx, o, pos, e) })
	f := c.Flags()
	f.StringVar(&o.dir, "corpus", "", "answer from the .txt, .md, .html, .pdf and .docx files below `DIR` instead of the embedded corpus")
	f.BoolVar(&o.asJSON, "json", false, "print each answer as one JSON object")
	f.BoolVar(&o.jsonl, "jsonl", false, `batch mode: read {"id","question"} JSON lines on stdin, write one JSON answer line each`)
	o.snap.addFlags(c, "", "")
	f.IntVar(&o.top, "top", 1, fmt.Sprintf("show the best `N` answers (1 to %d), each with its confidence; in JSON the 2nd to Nth are under \"alternatives\"", bot.MaxTop))
	f.BoolVar(&o.explain, "explain", false, "after the answer, show each feature's value and contribution for the answer and the runner-up, and why it answered or abstained")
	o.engine.addFlags(c)
	return c
}

// runAsk is `qabot ask`: one question from the command line, a prompt, the
// lines of standard input, or the --jsonl batch interface.
func runAsk(ctx context.Context, o askOptions, pos []string, e env) (int, error) {
	if o.jsonl && o.asJSON {
		return exitUsage, usagef("ask", "--json and --jsonl do not mix: use --jsonl for a batch on stdin, --json for one question")
	}
	if o.explain && (o.jsonl || len(pos) == 0) {
		return exitUsage, usagef("ask", "--explain explains one question given on the command line: run `qabot ask --explain \"when is the TikTok deadline?\"`")
	}
	if o.jsonl && len(pos) > 0 {
		return exitUsage, usagef("ask", "--jsonl reads questions from stdin: drop the question %q or drop --jsonl", strings.Join(pos, " "))
	}
	if o.top < 1 || o.top > bot.MaxTop {
		return exitUsage, usagef("ask", "--top %d: give a number of answers from 1 to %d", o.top, bot.MaxTop)
	}
	opt, err := o.engine.options("ask")
	if err != nil {
		return exitUsage, err
	}
	question := strings.Join(pos, " ")
	if len(pos) > 0 {
		switch err := checkQuestion(&question); {
		case errors.Is(err, errEmptyQuestion):
			return exitUsage, usagef("ask", "%v: run `%s`", err, askExample)
		case err != nil:
			return exitUsage, usagef("ask", "%v", err)
		}
	}

	ix, err := loadIndex("ask", o.dir, o.snap, e, len(pos) == 0)
	if err != nil {
		return exitUsage, err
	}
	lib := newLibrary(ix, opt)
	if o.jsonl {
		return runBatch(ctx, lib, o.top, binaryRelease(), e)
	}
	s := &askSession{
		h:      newCLIHandler(lib, e),
		top:    o.top,
		asJSON: o.asJSON,
		print:  printer{colour: e.colour(), width: e.width(), ranked: o.top > 1},
	}
	switch {
	case len(pos) > 0 && o.explain:
		code, err := s.once(ctx, question, e)
		if err != nil {
			return code, err
		}
		x, err := ix.Explain(ctx, qa.Parse(question), opt)
		if err != nil {
			return inputError("ask", ctx, err)
		}
		if err := printExplanation(e.stdout, x); err != nil {
			return outputError("ask", err)
		}
		return code, nil
	case len(pos) > 0:
		return s.once(ctx, question, e)
	case e.isTerminal:
		return runPrompt(ctx, s, ix.Stats(), e)
	default:
		return s.lines(ctx, e)
	}
}

// askSession is how one `qabot ask` asks and prints: the handler, how many
// answers to give and in which form.
type askSession struct {
	h      *bot.Handler
	top    int
	asJSON bool
	print  printer
}

// ask answers one (cleaned) question.
func (s *askSession) ask(ctx context.Context, q string) bot.Reply {
	return s.h.Handle(ctx, bot.Request{User: "cli", Text: q, Top: s.top})
}

// write writes the reply to q on w: one JSON line, or text for a person.
func (s *askSession) write(w io.Writer, q string, r bot.Reply) error {
	if s.asJSON {
		return writeJSON(w, replyJSON(q, r))
	}
	return s.print.printReply(w, r)
}

// loadIndex loads the index of the corpus folder dir, or of the embedded
// corpus when dir is "": from the folder's snapshot while its files are
// unchanged, else built from the files (showing progress on a long load)
// and saved as its snapshot. Skipped files are reported on stderr. many
// is set when the command goes on to answer many questions (a batch,
// lines of stdin, an eval set): the binary's pages are then handed back
// around the load (loadThenRelease).
func loadIndex(cmd, dir string, snap snapshotFlags, e env, many bool) (*qa.Index, error) {
	cc, err := snap.corpusConfig(cmd, dir, e.getenv)
	if err != nil {
		return nil, err
	}
	cc.SnapshotDir = snapshotDir(cc.SnapshotDir, e.getenv)
	l := &indexLoader{dir: dir, store: cc.snapshots(), progress: newLoadProgress(cmd, e)}
	if many {
		l.tokenized = releaseTokenizer
	}
	res, err := loadThenRelease(l.load, many)
	for _, s := range res.skipped {
		fmt.Fprintf(e.stderr, "qabot %s: skipped %s: %v\n", cmd, filepath.Join(dir, filepath.FromSlash(s.Path)), s.Err)
	}
	if err != nil {
		return nil, usagef(cmd, "%v: give --corpus a folder of .txt, .md, .html, .pdf or .docx files, or leave it out for the embedded corpus", err)
	}
	if res.saveErr != nil {
		fmt.Fprintf(e.stderr, "qabot %s: %v (the next run builds the index again; --snapshot-dir DIR keeps snapshots elsewhere, --no-snapshot keeps none)\n", cmd, res.saveErr)
	}
	return res.ix, nil
}

// loadThenRelease runs load, a command's loading of its index, with the
// collector at loadGCPercent, then restores the collector's target and
// hands the pages of the loading's garbage back to the system before the
// command answers: a command that loads once trades memory for time while
// it builds (the collector runs less often), but the pages of the build's
// peak heap would otherwise stay with the process while it answers, and
// the answering's own peak comes on top of what of them the collector has
// not yet returned. On the 9,982-question batch over 48 SQuAD articles
// this lowers the peak RSS by about 1.3 MB for one more collection.
func loadThenRelease(load func() (loaded, error), many bool) (loaded, error) {
	// A command that answers many questions hands back the binary's pages
	// the package initialisers read before the build (releaseBinary),
	// those the tokenizing read once it is done (releaseTokenizer, through
	// the loader), and readyToAnswer those of the build's code after it:
	// on the batch over 48 SQuAD articles the process then holds about
	// 14.8 MB of the binary at the end, not 20.3 MB. One question from the
	// command line is answered at once and the process exits: the first
	// and last calls and the pages read again added 11-22 ms of CPU to its
	// 104 ms (a machine at load 16), for a peak RSS of 20.5 MB, not
	// 25.8 MB, that nothing then needs.
	if many {
		releaseBinary()
	}
	old := debug.SetGCPercent(loadGCPercent)
	res, err := load()
	debug.SetGCPercent(old)
	debug.FreeOSMemory()
	readyToAnswer(many)
	return res, err
}

// binaryRelease returns the process's one binaryReleaser, made at the
// first call: the executable's mappings do not change while the process
// runs, so releaseBinary, before, during and after a load, and the batch
// every batchReleaseLines lines all hand back the pages of the mappings
// read once. Reading /proc/self/smaps walks the page tables of every
// mapping: on the 9,982-question batch over 48 SQuAD articles the three
// readings it saves were some 30-60 ms of system time on the load's path.
var binaryRelease = sync.OnceValue(binaryReleaser)

// releaseTokenizer hands back the binary's pages once a build has
// tokenized its documents (qa.BuildOptions.Tokenized), in a command that
// answers many questions. The tokenizing is the only stage of the build
// that reads the English tables, and reads all of WordNet's on 48 SQuAD
// articles; with the code and data only it and the package initialisers
// read, they would stay resident under the build's peak heap, which comes
// after it, to be handed back only by readyToAnswer. On the 9,982-question
// batch over 48 SQuAD articles the binary's pages under that peak are
// about 8.7 MB, not 12.3 MB, and the build's peak RSS is no longer as
// high as the answering's.
func releaseTokenizer() { releaseBinary() }

// readyToAnswer readies a process that has loaded its corpus for its
// questions, in ask and eval (loadThenRelease) and on serve's first load.
// A process that answers many questions hands back the binary's pages the
// build's code took (releaseBinary). The English tables' lookup aids,
// which the first answer would otherwise build (8.7 million
// instructions), are built here, once the load's garbage is handed back:
// built while the index builds, the pages of the tables they read came on
// top of the build's peak heap (the peak RSS of 48 SQuAD articles rose by
// about 3 MB).
func readyToAnswer(many bool) {
	if many {
		releaseBinary()
	}
	english.Load().Warm()
}

// loadGCPercent is the GOGC of ask and eval while they load the corpus:
// the heap may grow to twice the live data between collections. The
// build's peak heap sets the process's peak RSS whenever the answering's
// is lower: on 48 SQuAD articles, building alone peaks at 43.0-45.1 MB
// with 100 against 44.2-47.4 MB with 200, for 0.4% more instructions in
// the whole batch (callgrind); all 442 training articles at 177-185 MB
// against 197-198 MB, at the same CPU time. (200 gave about 53 MB where
// 400 gave 56 MB, at the same CPU time, when the answering peaked higher.)
const loadGCPercent = 100

// newCLIHandler returns the platform-neutral handler for the terminal: no
// rate limit, engine errors logged to stderr.
func newCLIHandler(asker bot.Asker, e env) *bot.Handler {
	logger := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	return bot.NewHandler(asker, bot.Config{Front: "cli", RateLimit: -1, Logger: logger})
}

// once answers the question from the command line.
func (s *askSession) once(ctx context.Context, question string, e env) (int, error) {
	r := s.ask(ctx, question)
	if ctx.Err() != nil {
		return inputError("ask", ctx, ctx.Err())
	}
	var err error
	if !s.asJSON && (r.Outcome == bot.OutcomeRefused || r.Outcome == bot.OutcomeError) {
		_, err = fmt.Fprintf(e.stderr, "qabot ask: %s\n", r.Text)
	} else {
		err = s.write(e.stdout, question, r)
	}
	if err != nil {
		return outputError("ask", err)
	}
	return outcomeCode(r.Outcome), nil
}

// outcomeCode is the exit status for one reply.
func outcomeCode(o bot.Outcome) int {
	switch o {
	case bot.OutcomeAnswered, bot.OutcomeHelp:
		return exitOK
	case bot.OutcomeNotFound:
		return exitNotFound
	}
	return exitUsage
}

// lines answers each non-empty line of standard input (stdin not a
// terminal, no question, no --jsonl). It exits 0 when every line was
// answered and 1 otherwise.
func (s *askSession) lines(ctx context.Context, e env) (int, error) {
	feed := feedLines(e.stdin, maxLineBytes)
	defer feed.stop()
	asked, missed := 0, 0
	for {
		l, err := feed.next(ctx, nil)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return inputError("ask", ctx, err)
		}
		if l.tooLong {
			fmt.Fprintf(e.stderr, "qabot ask: line %d: %v\n", l.n, errLineTooLong)
			asked++
			missed++
			continue
		}
		q := string(l.text)
		if strings.TrimSpace(q) == "" {
			continue
		}
		q = bot.CleanQuestion(q)
		r := s.ask(ctx, q)
		if ctx.Err() != nil {
			return inputError("ask", ctx, ctx.Err())
		}
		if !s.asJSON {
			sep := "\n"
			if asked == 0 {
				sep = ""
			}
			_, err = fmt.Fprintf(e.stdout, "%s? %s\n", sep, q)
		}
		if err == nil {
			err = s.write(e.stdout, q, r)
		}
		if err != nil {
			return outputError("ask", err)
		}
		asked++
		if r.Outcome != bot.OutcomeAnswered {
			missed++
		}
	}
	if asked == 0 {
		return exitUsage, usagef("ask", "no question on the command line or standard input: run `%s`", askExample)
	}
	if missed > 0 {
		return exitNotFound, nil
	}
	return exitOK, nil
}
