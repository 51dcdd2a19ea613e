package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// codedSentence is one line of "geokg code" output.
type codedSentence struct {
	// Line is the input line number (1-based) and Text the sentence.
	Line int    `json:"line"`
	Text string `json:"text"`
	// Events are the sentence's readings, most confident first; empty when
	// it states no event the extractor knows.
	Events []codedEvent `json:"events"`
}

// codedEvent is one reading of a sentence, in the terms sentence coders use.
type codedEvent struct {
	Type  graph.EventType `json:"type"`
	Mode  string          `json:"mode,omitempty"`
	CAMEO string          `json:"cameo,omitempty"`
	// Actors and Targets are entity names; Targets is empty where the
	// sentence names no one (PETRARCH's "---").
	Actors  []string        `json:"actors"`
	Targets []string        `json:"targets"`
	Status  graph.Status    `json:"status"`
	Date    string          `json:"date,omitempty"`
	Prec    graph.Precision `json:"precision,omitempty"`
	// Location names where the event happens, where the sentence says.
	Location string `json:"location,omitempty"`
	// Confidence and Rule say how sure the extractor is and why.
	Confidence float64 `json:"confidence"`
	Rule       string  `json:"rule"`
}

// code codes sentences, one a line, as sentence-level event coders such as
// PETRARCH do (loader.Extractor.CodeSentence): one JSON object a line.
func code(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("code", flag.ContinueOnError)
	fs.SetOutput(stderr)
	date := fs.String("date", "", "publication `DATE` (YYYY-MM-DD) to resolve relative dates against; without it they stay unresolved")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: geokg code [--date DATE] [FILE...]\n\nCodes each non-blank line of the FILEs (standard input when none, or \"-\") as one sentence.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *date != "" {
		if _, err := time.Parse(time.DateOnly, *date); err != nil {
			return fmt.Errorf("code: --date %q: want YYYY-MM-DD", *date)
		}
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	x := loader.NewExtractor()
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	failed := false
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		err := codeFile(name, func(line int, text string) error {
			ex, err := x.CodeSentence(loader.Document{
				Origin:  fmt.Sprintf("%s:%d", name, line),
				Article: graph.Article{ID: fmt.Sprintf("line-%d", line), Published: *date, Language: "en"},
				Body:    text,
			})
			if err != nil {
				fmt.Fprintln(stderr, "geokg code:", err)
				failed = true
				return nil
			}
			return enc.Encode(codedSentence{Line: line, Text: text, Events: codedEvents(ex.Events)})
		})
		if err != nil {
			return fmt.Errorf("code %s: %w", name, err)
		}
	}
	if failed {
		return errSomeFailed
	}
	return nil
}

// codeFile calls each with every non-blank line of the file name ("-" is
// standard input).
func codeFile(name string, each func(line int, text string) error) error {
	r := io.Reader(os.Stdin)
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for n := 1; sc.Scan(); n++ {
		if text := strings.TrimSpace(sc.Text()); text != "" {
			if err := each(n, text); err != nil {
				return err
			}
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return fmt.Errorf("a line is longer than 16 MB")
		}
		return err
	}
	return nil
}

// codedEvents turns events into readings, most confident first.
func codedEvents(events []*graph.Event) []codedEvent {
	out := make([]codedEvent, 0, len(events))
	names := func(es []*graph.Entity) []string {
		ns := make([]string, 0, len(es))
		for _, e := range es {
			ns = append(ns, e.Name)
		}
		return ns
	}
	for _, ev := range events {
		c := codedEvent{Type: ev.Type, Mode: ev.Mode, CAMEO: ev.CAMEO, Actors: names(ev.Actors), Targets: names(ev.Targets),
			Status: ev.Status, Date: ev.Date, Prec: ev.Precision, Confidence: ev.Confidence}
		if ev.Location != nil {
			c.Location = ev.Location.Name
		}
		if len(ev.Claims) > 0 {
			c.Rule = ev.Claims[0].Rule
		}
		out = append(out, c)
	}
	// Stable, so that equal confidences keep the text's order.
	slices.SortStableFunc(out, func(a, b codedEvent) int { return cmp.Compare(b.Confidence, a.Confidence) })
	return out
}
