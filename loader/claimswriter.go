package loader

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/geokg/geokg/graph"
)

// ClaimsWriter writes extractions as a structured claims file: a JSON array
// of articles in the shape readClaims reads (and ANNOTATION.md describes),
// one article a line. An analyst can read what the extractor found, correct
// it, and load the file back; loaded unchanged, every claim keeps the rule
// and confidence it was written with.
type ClaimsWriter struct {
	w   io.Writer
	n   int
	err error
}

// NewClaimsWriter returns a writer of a claims file to w. Close ends the
// file; without it the JSON array stays open.
func NewClaimsWriter(w io.Writer) *ClaimsWriter {
	return &ClaimsWriter{w: w}
}

// Write adds the article of x, with text as its body (the text the claims'
// evidence comes from; "" leaves it out). It returns the first error
// writing met, and every later call returns it too.
func (cw *ClaimsWriter) Write(x *graph.Extraction, text string) error {
	if cw.err != nil {
		return cw.err
	}
	if x == nil {
		return errors.New("claims writer: nil extraction")
	}
	line, err := json.Marshal(claimsOf(x, text))
	if err != nil {
		return fmt.Errorf("claims writer: article %s: %w", x.Article.ID, err)
	}
	sep := ",\n"
	if cw.n == 0 {
		sep = "[\n"
	}
	cw.n++
	_, cw.err = fmt.Fprintf(cw.w, "%s%s", sep, line)
	return cw.err
}

// Close ends the JSON array; a file with no article is an empty array.
// It does not close the underlying writer.
func (cw *ClaimsWriter) Close() error {
	if cw.err != nil {
		return cw.err
	}
	end := "\n]\n"
	if cw.n == 0 {
		end = "[]\n"
	}
	_, cw.err = io.WriteString(cw.w, end)
	if cw.err == nil {
		cw.err = errors.New("claims writer: closed")
		return nil
	}
	return cw.err
}

// claimsOf turns an extraction into a claims article: its entities by name
// and kind, and one listed event per claim, so that an event several
// sentences state keeps each sentence as evidence (readClaims merges the
// listings of one event again).
func claimsOf(x *graph.Extraction, text string) claimsArticle {
	a := x.Article
	out := claimsArticle{ID: a.ID, Title: a.Title, URL: a.URL, Source: a.Source, Published: a.Published, Language: a.Language, Text: text}
	byID := make(map[string]*graph.Entity, len(x.Entities))
	for _, e := range x.Entities {
		byID[e.ID] = e
	}
	listed := make(map[string]bool, len(x.Entities))
	for _, e := range x.Entities {
		if key := string(e.Kind) + "\x00" + e.Name; listed[key] {
			continue // events name entities by name: one entry serves both
		} else {
			listed[key] = true
		}
		ce := claimEntity{Name: e.Name, Kind: string(e.Kind), Aliases: e.Aliases}
		if c, ok := byID[e.Country]; ok && e.Country != e.ID {
			ce.Country = c.Name
		}
		if len(e.Roles) > 0 {
			ce.Role = e.Roles[0].Title
		}
		out.Entities = append(out.Entities, ce)
	}
	names := func(es []*graph.Entity) []string {
		ns := make([]string, len(es))
		for i, e := range es {
			ns[i] = e.Name
		}
		return ns
	}
	for _, ev := range x.Events {
		ce := claimEvent{Type: string(ev.Type), Mode: ev.Mode, Actors: names(ev.Actors), Targets: names(ev.Targets),
			Date: ev.Date, Precision: string(ev.Precision)}
		if ev.Location != nil {
			ce.Location = ev.Location.Name
		}
		for _, c := range ev.Claims {
			ce.Status, ce.Evidence, ce.Rule = string(c.Status), c.Text, c.Rule
			conf := c.Confidence
			ce.Confidence = &conf
			out.Events = append(out.Events, ce)
		}
	}
	return out
}
