package eval

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/geokg/geokg/graph"
	"github.com/geokg/geokg/loader"
)

// Sentence is one record of a sentence-level gold set: a sentence and the
// answers that count as right for it.
type Sentence struct {
	// Origin is "file:line" of the record.
	Origin string
	// ID is the record's id in its gold set.
	ID string
	// Text is the sentence.
	Text string
	// Date is the publication date to resolve relative dates against, or "".
	Date string
	// Want holds the right answers: one PLOVER type, or the CAMEO roots
	// ("04") of the record's events.
	Want []string
}

// SentenceScore is the accuracy of one label over a sentence-level gold set.
type SentenceScore struct {
	// Accuracy is Right / Total, 0 when Total is 0.
	Accuracy float64 `json:"accuracy"`
	// Right counts the sentences whose predicted label is in Want; Total
	// counts the sentences scored.
	Right int `json:"right"`
	Total int `json:"total"`
	// Failed counts the sentences the extractor returned an error for;
	// they count as wrong.
	Failed int `json:"failed,omitempty"`
}

// ploverRecord is the part of a PLOVER gold record that is scored.
type ploverRecord struct {
	ID                string `json:"id"`
	Text              string `json:"text"`
	EventType         string `json:"event_type"`
	EventTypeCurrent  string `json:"event_type_current"`
	Date              string `json:"date"`
	DateIsPlaceholder bool   `json:"date_is_placeholder"`
}

// ReadPlover reads PLOVER's gold records (JSON Lines with text and
// event_type). The right answer is event_type_current where the record has
// it, else event_type: the records were coded with PLOVER 0.5, whose
// DEMAND, DISAPPROVE, FIGHT and INVESTIGATE the current 16 types (the only
// ones the extractor emits) call REQUEST, ACCUSE, ASSAULT and ACCUSE, and
// the gold set gives that mapping itself. Placeholder dates are dropped, and
// records with no text are skipped: no extractor can be scored on them.
func ReadPlover(path string) ([]Sentence, error) {
	return readSentences(path, func(origin string, line []byte) (Sentence, bool, error) {
		var r ploverRecord
		if err := strictJSON(line, &r); err != nil {
			return Sentence{}, false, err
		}
		if strings.TrimSpace(r.Text) == "" {
			return Sentence{}, false, nil
		}
		want := firstNonBlank(r.EventTypeCurrent, r.EventType)
		if want == "" {
			return Sentence{}, false, errors.New("no event_type")
		}
		s := Sentence{Origin: origin, ID: r.ID, Text: r.Text, Want: []string{want}}
		if !r.DateIsPlaceholder {
			s.Date = r.Date
		}
		return s, true, nil
	})
}

// firstNonBlank returns the first of its arguments that is not blank.
func firstNonBlank(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// petrarchRecord is the part of a PETRARCH gold record that is scored.
type petrarchRecord struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Date     string `json:"date"`
	Suite    string `json:"suite"`
	Evaluate *bool  `json:"evaluate"`
	Events   []struct {
		Code string `json:"code"`
	} `json:"events"`
}

// ReadPetrarch reads the PETRARCH gold records of one suite ("" for all)
// that have events to score. Records marked evaluate: false are left out,
// and so are records with no events: PETRARCH codes "no event" for
// sentences its dictionaries cannot code or its rules discard (a
// condemnation is dropped for mentioning "1994"; travel bans and asset
// freezes go uncoded), so an extractor that finds the event there would be
// marked wrong for being right. Records with no text (the suite has one)
// are skipped too.
func ReadPetrarch(path, suite string) ([]Sentence, error) {
	return readSentences(path, func(origin string, line []byte) (Sentence, bool, error) {
		var r petrarchRecord
		if err := strictJSON(line, &r); err != nil {
			return Sentence{}, false, err
		}
		if (suite != "" && r.Suite != suite) || (r.Evaluate != nil && !*r.Evaluate) || len(r.Events) == 0 || strings.TrimSpace(r.Text) == "" {
			return Sentence{}, false, nil
		}
		s := Sentence{Origin: origin, ID: r.ID, Text: r.Text, Date: r.Date}
		for i, ev := range r.Events {
			root, ok := cameoRoot(ev.Code)
			if !ok {
				return Sentence{}, false, fmt.Errorf("event %d: code %q is not a CAMEO code", i+1, ev.Code)
			}
			if !slices.Contains(s.Want, root) {
				s.Want = append(s.Want, root)
			}
		}
		return s, true, nil
	})
}

// cameoRoot returns the root of a CAMEO code: its first two digits.
func cameoRoot(code string) (string, bool) {
	code = strings.TrimSpace(code)
	if len(code) < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9' {
		return "", false
	}
	return code[:2], true
}

// readSentences reads a JSON Lines gold set with parse, which says whether
// a record is kept. An empty selection is an error, so that a wrong suite
// name or file does not read as a score of 0 out of 0.
func readSentences(path string, parse func(origin string, line []byte) (Sentence, bool, error)) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	var out []Sentence
	err = eachLine(path, f, func(origin string, line []byte) error {
		s, keep, err := parse(origin, line)
		if keep {
			out = append(out, s)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no gold sentences to score", path)
	}
	return out, nil
}

// TypeAccuracy is the share of gold sentences whose predicted PLOVER type
// is right. Each sentence is coded as a one-sentence article (see
// loader.Extractor.CodeSentence, which keeps readings with no target); the
// prediction is the type of its most confident event (the first such on a
// tie), and a sentence with no event counts as wrong.
func TypeAccuracy(x *loader.Extractor, gold []Sentence) SentenceScore {
	return accuracy(x, gold, func(ev *graph.Event) string { return string(ev.Type) })
}

// RootAccuracy is the share of gold sentences whose predicted CAMEO root is
// one of the record's: the first two digits of the CAMEO code of the most
// confident event, as in TypeAccuracy. No event, or an event without a
// CAMEO code, counts as wrong.
func RootAccuracy(x *loader.Extractor, gold []Sentence) SentenceScore {
	return accuracy(x, gold, func(ev *graph.Event) string {
		root, _ := cameoRoot(ev.CAMEO)
		return root
	})
}

func accuracy(x *loader.Extractor, gold []Sentence, label func(*graph.Event) string) SentenceScore {
	var s SentenceScore
	for _, g := range gold {
		s.Total++
		id := g.ID
		if id == "" {
			id = g.Origin
		}
		doc := loader.Document{
			Origin:  g.Origin,
			Article: graph.Article{ID: id, Published: g.Date, Language: "en"},
			Body:    g.Text,
		}
		ex, err := x.CodeSentence(doc)
		if err != nil {
			s.Failed++
			continue
		}
		if ev := mostConfident(ex.Events); ev != nil {
			if l := label(ev); l != "" && slices.Contains(g.Want, l) {
				s.Right++
			}
		}
	}
	s.Accuracy = ratio(s.Right, s.Total)
	return s
}

// mostConfident returns the event with the highest confidence, the first
// of them on a tie, or nil.
func mostConfident(events []*graph.Event) *graph.Event {
	var best *graph.Event
	for _, ev := range events {
		if ev != nil && (best == nil || ev.Confidence > best.Confidence) {
			best = ev
		}
	}
	return best
}
