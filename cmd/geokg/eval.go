package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/geokg/geokg/eval"
	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// petrarchSuite is the PETRARCH gold suite scored by default: the GSR
// validation sentences from news, not the parser unit tests.
const petrarchSuite = "universalpetrarch-petr2-gsr"

// evalResult is what "geokg eval --json" prints: the article-level report
// with the sentence-level accuracies beside it when they were asked for.
type evalResult struct {
	eval.Report
	// PloverTypeAccuracy and CameoRootAccuracy are the sentence-level
	// accuracies, absent unless --plover / --petrarch were given.
	PloverTypeAccuracy *float64 `json:"plover_type_accuracy,omitempty"`
	CameoRootAccuracy  *float64 `json:"cameo_root_accuracy,omitempty"`
	// Plover and Petrarch are the counts behind them.
	Plover   *eval.SentenceScore `json:"plover,omitempty"`
	Petrarch *eval.SentenceScore `json:"petrarch,omitempty"`
	// FailedArticles counts gold articles the extractor returned an error for.
	FailedArticles int `json:"failed_articles,omitempty"`
}

func evaluate(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	gold := fs.String("gold", "", "gold `FILE` of annotated articles (JSON Lines, ANNOTATION.md)")
	var corpora paths
	fs.Var(&corpora, "corpus", "corpus `FILE` holding the gold articles' text (JSON Lines; repeatable)")
	asJSON := fs.Bool("json", false, "print one JSON object instead of the table")
	plover := fs.String("plover", "", "also score PLOVER types on this sentence gold `FILE` (plover_gold.jsonl)")
	petrarch := fs.String("petrarch", "", "also score CAMEO roots on this sentence gold `FILE` (petrarch_gold.jsonl)")
	suite := fs.String("petrarch-suite", petrarchSuite, "PETRARCH records to score, by `SUITE` (\"\" for all)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return fmt.Errorf("eval: unexpected argument %q", fs.Arg(0))
	case *gold == "":
		return errors.New("eval: --gold FILE is required")
	case len(corpora) == 0:
		return errors.New("eval: name at least one --corpus FILE")
	}
	// Read every gold file before extracting anything, so that a typo in
	// the last flag fails at once rather than after the corpus is read.
	articles, err := eval.ReadGold(*gold)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	var ploverSents, petrarchSents []eval.Sentence
	if *plover != "" {
		if ploverSents, err = eval.ReadPlover(*plover); err != nil {
			return fmt.Errorf("eval: --plover: %w", err)
		}
	}
	if *petrarch != "" {
		if petrarchSents, err = eval.ReadPetrarch(*petrarch, *suite); err != nil {
			return fmt.Errorf("eval: --petrarch: %w", err)
		}
	}
	x := loader.NewExtractor()
	var res evalResult
	extracted, err := eval.Extract(x, articles, corpora, func(err error) {
		if errors.Is(err, eval.ErrExtract) {
			res.FailedArticles++
		}
		fmt.Fprintln(stderr, "geokg eval: warning:", err)
	})
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	res.Report = eval.Score(articles, extracted, x.Resolve)
	if ploverSents != nil {
		s := eval.TypeAccuracy(x, ploverSents)
		warnFailed(stderr, "PLOVER", s)
		res.Plover, res.PloverTypeAccuracy = &s, &s.Accuracy
	}
	if petrarchSents != nil {
		s := eval.RootAccuracy(x, petrarchSents)
		warnFailed(stderr, "PETRARCH", s)
		res.Petrarch, res.CameoRootAccuracy = &s, &s.Accuracy
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		if err := enc.Encode(res); err != nil {
			return fmt.Errorf("eval: %w", err)
		}
	} else if err := printEval(stdout, res); err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if res.FailedArticles > 0 {
		// The scores stand (those articles count as finding nothing), but
		// an extractor error is a defect the exit status must not hide.
		return fmt.Errorf("eval: the extractor failed on %d gold articles: %w", res.FailedArticles, errSomeFailed)
	}
	return nil
}

// warnFailed says when the extractor failed on sentences of a gold set:
// they count as wrong, but a failure is a defect to fix, not a miss.
func warnFailed(stderr io.Writer, set string, s eval.SentenceScore) {
	if s.Failed > 0 {
		fmt.Fprintf(stderr, "geokg eval: warning: the extractor failed on %d of the %d %s sentences\n", s.Failed, s.Total, set)
	}
}

// printEval writes the scores as a table, then what each article got
// wrong, for a developer deciding what to fix next.
func printEval(w io.Writer, res evalResult) error {
	r := res.Report
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "\tprecision\trecall\tF1\tmatched\tgold\textracted\t\n")
	fmt.Fprintf(tw, "events\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t\n", r.Events.Precision, r.Events.Recall, r.Events.F1, r.Events.Matched, r.Events.Gold, r.Events.Extracted)
	fmt.Fprintf(tw, "entities\t%.3f\t%.3f\t\t%d\t%d\t%d\t\n", r.Entities.Precision, r.Entities.Recall, r.Entities.Matched, r.Entities.Gold, r.Entities.Extracted)
	if err := tw.Flush(); err != nil {
		return err
	}
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "\narticles\t%d\n", r.Articles)
	fmt.Fprintf(tw, "status accuracy\t%.3f\t(%d of %d matched events)\n", r.StatusAccuracy, r.StatusRight, r.Events.Matched)
	fmt.Fprintf(tw, "date accuracy\t%.3f\t(%d of %d matched events)\n", r.DateAccuracy, r.DateRight, r.Events.Matched)
	if s := res.Plover; s != nil {
		fmt.Fprintf(tw, "PLOVER type accuracy\t%.3f\t(%d of %d sentences)\n", s.Accuracy, s.Right, s.Total)
	}
	if s := res.Petrarch; s != nil {
		fmt.Fprintf(tw, "CAMEO root accuracy\t%.3f\t(%d of %d sentences)\n", s.Accuracy, s.Right, s.Total)
	}
	if res.FailedArticles > 0 {
		fmt.Fprintf(tw, "extractor failures\t%d\tarticles (see the warnings)\n", res.FailedArticles)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "\nevent confidence\tprecision\tmatched\textracted\t\n")
	for _, b := range r.Confidence {
		fmt.Fprintf(tw, "%.2f–%.2f\t%.3f\t%d\t%d\t\n", b.Min, b.Max, b.Precision, b.Matched, b.Extracted)
	}
	types := slices.Collect(maps.Keys(r.ByType))
	slices.SortFunc(types, func(a, b graph.EventType) int {
		return cmp.Or(cmp.Compare(r.ByType[b].Gold, r.ByType[a].Gold), cmp.Compare(a, b))
	})
	fmt.Fprintf(tw, "\nevent type\tprecision\trecall\tF1\tmatched\tgold\textracted\t\n")
	for _, t := range types {
		ts := r.ByType[t]
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t\n", t, ts.Precision, ts.Recall, ts.F1, ts.Matched, ts.Gold, ts.Extracted)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, d := range r.Details {
		printArticle(w, d)
	}
	return nil
}

// printArticle writes what one article got wrong, or nothing if it is right.
func printArticle(w io.Writer, d eval.ArticleReport) {
	if len(d.Missed)+len(d.Spurious)+len(d.WrongStatus)+len(d.WrongDate)+len(d.MissedEntities)+len(d.SpuriousEntities) == 0 {
		return
	}
	fmt.Fprintf(w, "\n== %s (published %s)", d.ID, d.Published)
	if !d.Extracted {
		fmt.Fprint(w, " — not extracted")
	}
	fmt.Fprintln(w)
	for i, g := range d.Missed {
		fmt.Fprintf(w, "  missed    %s\n            %q\n", goldLine(g), clip(g.Evidence))
		for _, ev := range d.ReadInstead[i] {
			fmt.Fprintf(w, "            read as %s\n", eventLine(ev))
		}
	}
	for _, ev := range d.Spurious {
		fmt.Fprintf(w, "  spurious  %s\n            %q\n", eventLine(ev), clip(claimText(ev)))
	}
	for _, p := range d.WrongStatus {
		fmt.Fprintf(w, "  status    %s: gold %s, extracted %s\n", goldLine(p.Gold), p.Gold.Status, p.Extracted.Status)
	}
	for _, p := range d.WrongDate {
		fmt.Fprintf(w, "  date      %s: gold %s, extracted %s\n", goldLine(p.Gold), dateText(p.Gold.Date, p.Gold.Precision), dateText(p.Extracted.Date, p.Extracted.Precision))
	}
	if len(d.MissedEntities) > 0 {
		var s []string
		for _, e := range d.MissedEntities {
			s = append(s, fmt.Sprintf("%s (%s)", e.Name, e.Kind))
		}
		fmt.Fprintf(w, "  entities missed:   %s\n", strings.Join(s, "; "))
	}
	if len(d.SpuriousEntities) > 0 {
		var s []string
		for _, e := range d.SpuriousEntities {
			s = append(s, fmt.Sprintf("%s (%s)", e.Name, e.Kind))
		}
		fmt.Fprintf(w, "  entities spurious: %s\n", strings.Join(s, "; "))
	}
}

// goldLine reads a gold event as "TYPE/mode actors → targets date status".
func goldLine(g eval.GoldEvent) string {
	return eventText(string(g.Type), g.Mode, g.Actors, g.Targets, dateText(g.Date, g.Precision), string(g.Status))
}

// eventLine reads an extracted event the way goldLine reads a gold one.
func eventLine(ev *graph.Event) string {
	return eventText(string(ev.Type), ev.Mode, entityNames(ev.Actors), entityNames(ev.Targets), dateText(ev.Date, ev.Precision), string(ev.Status))
}

func eventText(typ, mode string, actors, targets []string, date, status string) string {
	if mode != "" {
		typ += "/" + mode
	}
	return fmt.Sprintf("%s %s → %s, %s, %s", typ, orNone(actors), orNone(targets), date, status)
}

func orNone(names []string) string {
	if len(names) == 0 {
		return "(none)"
	}
	return strings.Join(names, ", ")
}

func entityNames(es []*graph.Entity) []string {
	var out []string
	for _, e := range es {
		if e != nil {
			out = append(out, displayName(e))
		}
	}
	return out
}

// displayName is the name to show for an entity that may carry only its id.
func displayName(e *graph.Entity) string {
	if e.Name != "" {
		return e.Name
	}
	return e.ID
}

func dateText(date string, p graph.Precision) string {
	if date == "" {
		return "no date"
	}
	if p == "" {
		return date
	}
	return date + " (" + string(p) + ")"
}

// maxEvidence bounds the evidence shown per event: a sentence splitter
// that misses a boundary can make a "sentence" of a whole section.
const maxEvidence = 400

// clip shortens s to maxEvidence bytes, at a rune boundary, marking the cut.
func clip(s string) string {
	if len(s) <= maxEvidence {
		return s
	}
	cut := maxEvidence
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// claimText is the first claim's sentence: where the extractor found the event.
func claimText(ev *graph.Event) string {
	for _, c := range ev.Claims {
		if c != nil && c.Text != "" {
			return c.Text
		}
	}
	return ""
}
