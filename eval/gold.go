package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/geokg/geokg/graph"
)

// GoldArticle is one line of a gold file: an article's id and the entities
// and events an annotator found in it, as ANNOTATION.md describes them.
type GoldArticle struct {
	// ID is the article's id in its corpus ("ID736").
	ID string `json:"id"`
	// Corpus names the corpus the article comes from; informational only,
	// since the corpora to read are given separately.
	Corpus string `json:"corpus"`
	// Published is the publication date the annotator resolved dates against.
	Published string `json:"published"`
	// Entities are the entities that take part in events or whose role the
	// article states; the other entities of the article are not listed.
	Entities []GoldEntity `json:"entities"`
	// Events are the events the article states, one per (type, actors,
	// targets, date).
	Events []GoldEvent `json:"events"`
	// Origin is "file:line" of the record, for messages.
	Origin string `json:"-"`
}

// GoldEntity is an entity of a GoldArticle.
type GoldEntity struct {
	// Name is the fullest form the article gives; events refer to it.
	Name string `json:"name"`
	// Kind is PERSON, COUNTRY, ORGANIZATION or LOCATION.
	Kind graph.EntityKind `json:"kind"`
	// Aliases are the other forms the article uses.
	Aliases []string `json:"aliases,omitempty"`
	// Country is the country a person or organisation belongs to, where stated.
	Country string `json:"country,omitempty"`
	// Role is the office the article gives the entity, where stated.
	Role string `json:"role,omitempty"`
}

// GoldEvent is an event of a GoldArticle.
type GoldEvent struct {
	// Type is the PLOVER event type.
	Type graph.EventType `json:"type"`
	// Mode refines Type where the text makes it clear; not scored.
	Mode string `json:"mode,omitempty"`
	// Actors and Targets are entity names, normally from the article's
	// Entities. An empty Targets matches any extracted targets.
	Actors  []string `json:"actors"`
	Targets []string `json:"targets"`
	// Date is "2006-01-02", "2006-01" or "2006", or "" when the text gives no clue.
	Date string `json:"date,omitempty"`
	// Precision is how much of Date is known; "" exactly when Date is "".
	Precision graph.Precision `json:"precision,omitempty"`
	// Location names where the event happens, if stated; not scored.
	Location string `json:"location,omitempty"`
	// Status is reported, planned, speculated or denied.
	Status graph.Status `json:"status"`
	// Evidence is the sentence or span that states the event.
	Evidence string `json:"evidence"`
}

// ReadGold reads a gold file of JSON Lines, one GoldArticle a line. Blank
// lines are skipped. A line that is not a valid gold article fails the
// whole read with an error naming the file and line: a scorer that skipped
// gold would report better numbers than the extractor earns.
func ReadGold(path string) ([]GoldArticle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	var out []GoldArticle
	seen := map[string]string{}
	err = eachLine(path, f, func(origin string, line []byte) error {
		var a GoldArticle
		if err := strictJSON(line, &a); err != nil {
			return err
		}
		a.Origin = origin
		if err := a.check(); err != nil {
			return err
		}
		if prev, ok := seen[a.ID]; ok {
			return fmt.Errorf("article %q again (first at %s)", a.ID, prev)
		}
		seen[a.ID] = origin
		out = append(out, a)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no gold articles", path)
	}
	return out, nil
}

// eachLine calls fn with each non-blank line of r and its "file:line", and
// stops at the first error, prefixing it with the position.
func eachLine(path string, r io.Reader, fn func(origin string, line []byte) error) error {
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
		if trimmed := bytes.TrimSpace(line); len(trimmed) > 0 {
			origin := path + ":" + strconv.Itoa(n)
			if ferr := fn(origin, trimmed); ferr != nil {
				return fmt.Errorf("%s: %w", origin, ferr)
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// strictJSON decodes one JSON value and refuses trailing data, so that two
// records run together on one line are an error rather than half-read.
func strictJSON(line []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("not a JSON record: %w", err)
	}
	if dec.More() {
		return errors.New("more than one JSON value on the line")
	}
	return nil
}

// check reports the first thing in a that the scorer cannot use.
func (a *GoldArticle) check() error {
	if strings.TrimSpace(a.ID) == "" {
		return errors.New("no id")
	}
	names := map[string]bool{}
	for i, e := range a.Entities {
		switch {
		case strings.TrimSpace(e.Name) == "":
			return fmt.Errorf("entity %d: no name", i+1)
		case !e.Kind.Valid():
			return fmt.Errorf("entity %q: unknown kind %q", e.Name, e.Kind)
		case names[e.Name]:
			return fmt.Errorf("entity %q listed twice", e.Name)
		}
		names[e.Name] = true
	}
	for i, ev := range a.Events {
		if err := ev.check(); err != nil {
			return fmt.Errorf("event %d (%s): %w", i+1, ev.Type, err)
		}
	}
	return nil
}

func (ev *GoldEvent) check() error {
	switch {
	case !ev.Type.Valid():
		return fmt.Errorf("unknown type %q", ev.Type)
	case !ev.Status.Valid():
		return fmt.Errorf("unknown status %q", ev.Status)
	case len(ev.Actors) == 0:
		return errors.New("no actor")
	case (ev.Date == "") != (ev.Precision == ""):
		return fmt.Errorf("date %q and precision %q: give both or neither", ev.Date, ev.Precision)
	}
	if ev.Date != "" {
		if _, _, err := graph.DateRange(ev.Date, ev.Precision); err != nil {
			return err
		}
	}
	return nil
}
