package loader

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/geokg/geokg/graph"
)

// claimsArticle is one article of a structured claims file: the metadata,
// and the entities and events in the shape of the gold annotation
// (../shared/eval/ANNOTATION.md), so that a gold line saved as a .json file
// loads as it is.
type claimsArticle struct {
	// ID, Title, URL, Source, Published (or Date) and Language are the
	// article's metadata, as in a JSON Lines record.
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"`
	Date      string `json:"date,omitempty"`
	Language  string `json:"language,omitempty"`
	// Text is the article text, when the analyst has it; claims then get
	// the offsets of their evidence in it.
	Text string `json:"text,omitempty"`
	// Corpus is the gold files' name for the collection an article comes
	// from; it stands in for Source when that is missing.
	Corpus string `json:"corpus,omitempty"`
	// Entities are the entities the events name, with their kinds.
	Entities []claimEntity `json:"entities,omitempty"`
	// Events are the events the article states, one claim each.
	Events []claimEvent `json:"events,omitempty"`
}

// claimEntity is an entity as ANNOTATION.md writes it.
type claimEntity struct {
	// Name is the fullest name, which events use to refer to the entity.
	Name string `json:"name"`
	// Kind is PERSON, COUNTRY, ORGANIZATION or LOCATION, in any case.
	Kind string `json:"kind"`
	// Aliases are other names the article uses; events may use them too.
	Aliases []string `json:"aliases,omitempty"`
	// Country names the country a person or organisation belongs to.
	Country string `json:"country,omitempty"`
	// Role is the office the article states ("President of China").
	Role string `json:"role,omitempty"`
}

// claimEvent is an event as ANNOTATION.md writes it; participants and the
// location are entity names.
type claimEvent struct {
	// Type is one of the 16 PLOVER types, in any case.
	Type string `json:"type"`
	// Mode refines Type ("visit", "meet"); optional.
	Mode string `json:"mode,omitempty"`
	// Actors do the event and Targets receive it, by entity name or alias.
	Actors  []string `json:"actors"`
	Targets []string `json:"targets,omitempty"`
	// Date is YYYY, YYYY-MM or YYYY-MM-DD; Precision (day, month, year)
	// defaults to the one the date's form implies.
	Date      string `json:"date,omitempty"`
	Precision string `json:"precision,omitempty"`
	// Status is reported, planned, speculated or denied, in any case.
	Status string `json:"status"`
	// Location names where the event happens; optional.
	Location string `json:"location,omitempty"`
	// Evidence is the text that states the event, copied from the article.
	Evidence string `json:"evidence"`
	// Rule and Confidence say who made the claim and how sure they were;
	// they default to "analyst" and 1. Claims the extractor wrote (see
	// ClaimsWriter) carry its rule and confidence, so that loading them
	// unreviewed does not pass them off as an analyst's.
	Rule       string   `json:"rule,omitempty"`
	Confidence *float64 `json:"confidence,omitempty"`
}

// readClaims reads a structured claims file: one article object, or an
// array of them. A bad element of an array is yielded as an error and
// reading goes on with the next; broken JSON ends the file.
func readClaims(path string, r io.Reader, resolve func(string) (*graph.Entity, bool), yield func(Document, error) bool) {
	data, err := io.ReadAll(r)
	if err != nil {
		yield(Document{}, fileError(path, err))
		return
	}
	if err := checkUTF8(data); err != nil {
		yield(Document{}, inputError(path, err))
		return
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	start := skipJSONSpace(data, 0)
	if start == len(data) {
		yield(Document{}, &InputError{Path: path, Err: errors.New("empty file")})
		return
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	// A misspelt field ("actor", "evidense") would otherwise vanish
	// silently and leave a claim without its participants or evidence.
	dec.DisallowUnknownFields()
	fail := func(off int, err error) bool {
		return yield(Document{}, &InputError{Path: path, Line: jsonLineAt(data, off), Err: err})
	}
	switch data[start] {
	case '{':
		var c claimsArticle
		if err := dec.Decode(&c); err != nil {
			yield(Document{}, &InputError{Path: path, Line: syntaxErrorLine(data, err), Err: jsonError(err)})
			return
		}
		doc, err := c.document(resolve)
		if err != nil {
			yield(Document{}, &InputError{Path: path, Err: err})
			return
		}
		doc.Origin = path
		if !yield(doc, nil) {
			return
		}
	case '[':
		if _, err := dec.Token(); err != nil {
			fail(start, jsonError(err))
			return
		}
		for i := 1; dec.More(); i++ {
			off := skipJSONSpace(data, int(dec.InputOffset()))
			var c claimsArticle
			if err := dec.Decode(&c); err != nil {
				if !isSyntaxError(err) {
					if !fail(off, fmt.Errorf("article %d: %w", i, jsonError(err))) {
						return
					}
					continue
				}
				yield(Document{}, &InputError{Path: path, Line: syntaxErrorLine(data, err), Err: jsonError(err)})
				return
			}
			doc, err := c.document(resolve)
			if err != nil {
				if !fail(off, fmt.Errorf("article %d: %w", i, err)) {
					return
				}
				continue
			}
			doc.Origin = path + ":" + strconv.Itoa(jsonLineAt(data, off))
			if !yield(doc, nil) {
				return
			}
		}
		if _, err := dec.Token(); err != nil {
			yield(Document{}, &InputError{Path: path, Line: syntaxErrorLine(data, err), Err: jsonError(err)})
			return
		}
	default:
		fail(start, errors.New("want a JSON object of claims, or an array of them"))
		return
	}
	if rest := bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n"); len(rest) > 0 {
		fail(len(data)-len(rest), errors.New("unexpected data after the JSON value"))
	}
}

// isSyntaxError reports whether err leaves the decoder unable to go on.
// Type and unknown-field errors come after the whole value has been read,
// so the next element can still be decoded.
func isSyntaxError(err error) bool {
	_, ok := errors.AsType[*json.SyntaxError](err)
	return ok || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF)
}

// syntaxErrorLine returns the line a JSON syntax error points at, or 0 for
// errors that carry no position (such as input that ends too soon).
func syntaxErrorLine(data []byte, err error) int {
	if se, ok := errors.AsType[*json.SyntaxError](err); ok {
		return jsonLineAt(data, int(se.Offset))
	}
	return 0
}

// skipJSONSpace returns the offset of the first byte at or after off that is
// not JSON whitespace or an array's comma: where the next value starts.
func skipJSONSpace(data []byte, off int) int {
	for off < len(data) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
		off++
	}
	return off
}

// jsonLineAt returns the 1-based line of byte offset off in data.
func jsonLineAt(data []byte, off int) int {
	off = min(max(off, 0), len(data))
	return 1 + bytes.Count(data[:off], []byte("\n"))
}

// document builds the Document of one claims article: its Claims hold one
// Event per distinct event, each with one analyst Claim per listing.
func (c *claimsArticle) document(resolve func(string) (*graph.Entity, bool)) (Document, error) {
	source := c.Source
	if strings.TrimSpace(source) == "" {
		source = c.Corpus
	}
	if strings.TrimSpace(c.ID+c.URL+c.Text) == "" {
		// A hash of nothing would make every such file the same article.
		return Document{}, errors.New("no id, url or text to identify the article")
	}
	a, err := metadata{
		ID: c.ID, Title: c.Title, URL: c.URL, Source: source,
		Published: c.Published, Date: c.Date, Language: c.Language,
	}.article(c.Text)
	if err != nil {
		return Document{}, err
	}
	x := &graph.Extraction{Article: a}
	ents, err := newEntityIndex(c.Entities, resolve)
	if err != nil {
		return Document{}, err
	}
	events := make(map[string]*graph.Event)
	for i, e := range c.Events {
		ev, claim, err := ents.event(e, graph.ReportedScope(a), resolve)
		if err != nil {
			return Document{}, fmt.Errorf("event %d: %w", i+1, err)
		}
		claim.ID = graph.ClaimID(a.ID, i, ev.ID)
		claim.Article = &x.Article
		claim.Start, claim.End = -1, -1
		if k := strings.Index(c.Text, claim.Text); c.Text != "" && k >= 0 {
			claim.Start, claim.End = k, k+len(claim.Text)
		}
		// ANNOTATION.md asks for one event per (type, actors, targets,
		// date); an analyst who lists one twice has two pieces of evidence
		// for it, not two events.
		if prev, ok := events[ev.ID]; ok {
			prev.Claims = append(prev.Claims, claim)
			prev.Status = mergeClaimStatus(prev.Status, claim.Status)
			prev.Confidence = max(prev.Confidence, claim.Confidence)
			prev.Mode = cmp.Or(prev.Mode, ev.Mode)
			if prev.Location == nil {
				prev.Location = ev.Location
			}
			continue
		}
		ev.Claims = []*graph.Claim{claim}
		events[ev.ID] = ev
		x.Events = append(x.Events, ev)
	}
	x.Entities = ents.list
	if err := x.Validate(); err != nil {
		return Document{}, fmt.Errorf("claims do not validate: %w", err)
	}
	return Document{Article: a, Body: c.Text, Claims: x}, nil
}

// claimStatusWeight orders statuses as graph.Event.Status documents their
// merge: a report outweighs a denial, a denial a plan, a plan a speculation.
var claimStatusWeight = map[graph.Status]int{graph.Reported: 4, graph.Denied: 3, graph.Planned: 2, graph.Speculated: 1}

// mergeClaimStatus returns the weightier of two statuses.
func mergeClaimStatus(a, b graph.Status) graph.Status {
	if claimStatusWeight[b] > claimStatusWeight[a] {
		return b
	}
	return a
}

// entityIndex finds the entities of one claims article by name.
type entityIndex struct {
	// list holds the entities in the order the file lists them, then the
	// ones resolve supplied, in the order events first named them.
	list []*graph.Entity
	// byID finds an entity already listed, so that two names for one
	// entity (an alias resolve knows) share it.
	byID map[string]*graph.Entity
	// byName maps names and aliases, exactly and folded to lower case.
	byName, byFold map[string]*graph.Entity
}

// newEntityIndex builds the entities a claims file lists. A country's ID is
// the code resolve knows it by, so that analysts' claims and extracted ones
// meet on the same node; other entities keep resolve's ID where it knows
// them as the same kind, else get graph.EntityID.
func newEntityIndex(listed []claimEntity, resolve func(string) (*graph.Entity, bool)) (*entityIndex, error) {
	ix := &entityIndex{
		byID:   make(map[string]*graph.Entity),
		byName: make(map[string]*graph.Entity),
		byFold: make(map[string]*graph.Entity),
	}
	for i, le := range listed {
		name := strings.TrimSpace(le.Name)
		if name == "" {
			return nil, fmt.Errorf("entity %d: no name", i+1)
		}
		kind := graph.EntityKind(strings.ToUpper(strings.TrimSpace(le.Kind)))
		switch {
		case le.Kind == "":
			return nil, fmt.Errorf("entity %d (%q): no kind (want %s)", i+1, name, kindList())
		case !kind.Valid():
			return nil, fmt.Errorf("entity %d (%q): unknown kind %q (want %s)", i+1, name, le.Kind, kindList())
		}
		id := graph.EntityID(kind, name)
		if r, ok := resolve(name); ok && r != nil && r.Kind == kind && r.ID != "" {
			id = r.ID
		}
		if prev, ok := ix.byID[id]; ok {
			return nil, fmt.Errorf("entity %d (%q) is the same entity as %q (%s); list it once, with the other names as aliases", i+1, name, prev.Name, id)
		}
		e := &graph.Entity{ID: id, Name: name, Kind: kind}
		for _, al := range le.Aliases {
			if al = strings.TrimSpace(al); al != "" && al != name {
				e.Aliases = append(e.Aliases, al)
			}
		}
		ix.add(e)
	}
	// Aliases go in after every canonical name, so that one entity's alias
	// never hides another's name.
	for _, e := range ix.list {
		for _, al := range e.Aliases {
			ix.name(al, e)
		}
	}
	// Countries and roles refer to entities by name too; they are resolved
	// once every listed entity is known, whatever the listing order.
	for i, le := range listed {
		e := ix.list[i]
		if country := strings.TrimSpace(le.Country); country != "" {
			e.Country = ix.countryID(country, resolve)
		}
		if role := strings.TrimSpace(le.Role); role != "" {
			// ANNOTATION.md states a role together with the country it
			// belongs to ("President of China", country China).
			e.Roles = []graph.Role{{Title: role, Of: e.Country}}
		}
	}
	return ix, nil
}

// add lists e and indexes its canonical name.
func (ix *entityIndex) add(e *graph.Entity) {
	ix.list = append(ix.list, e)
	ix.byID[e.ID] = e
	ix.name(e.Name, e)
}

// name indexes one name of e unless another entity already has it.
func (ix *entityIndex) name(n string, e *graph.Entity) {
	if _, ok := ix.byName[n]; !ok {
		ix.byName[n] = e
	}
	if f := strings.ToLower(n); ix.byFold[f] == nil {
		ix.byFold[f] = e
	}
}

// lookup finds the entity a name refers to: among the listed entities by
// name or alias (exactly, then ignoring case), else through resolve, whose
// entity is then listed too. It returns nil if neither knows the name.
func (ix *entityIndex) lookup(name string, resolve func(string) (*graph.Entity, bool)) *graph.Entity {
	if e, ok := ix.byName[name]; ok {
		return e
	}
	if e, ok := ix.byFold[strings.ToLower(name)]; ok {
		return e
	}
	r, ok := resolve(name)
	if !ok || r == nil || r.ID == "" {
		return nil
	}
	e, ok := ix.byID[r.ID]
	if !ok {
		// A copy, so that the Extraction never shares (and the store never
		// mutates) the resolver's own entity.
		e = &graph.Entity{ID: r.ID, Name: r.Name, Kind: r.Kind, Country: r.Country,
			Aliases: append([]string(nil), r.Aliases...), Roles: append([]graph.Role(nil), r.Roles...)}
		if e.Name == "" {
			e.Name = name
		}
		ix.add(e)
	}
	ix.name(name, e)
	return e
}

// countryID returns the ID of the country named name: a listed country's,
// else the one resolve knows, else the ID a listed country of that name
// would get, so that the reference is at least stable.
func (ix *entityIndex) countryID(name string, resolve func(string) (*graph.Entity, bool)) string {
	if e, ok := ix.byName[name]; ok && e.Kind == graph.Country {
		return e.ID
	}
	if e, ok := ix.byFold[strings.ToLower(name)]; ok && e.Kind == graph.Country {
		return e.ID
	}
	if r, ok := resolve(name); ok && r != nil && r.Kind == graph.Country && r.ID != "" {
		return r.ID
	}
	return graph.EntityID(graph.Country, name)
}

// event builds the Event of one listed event and the Claim that states it
// (without the claim's ID and offsets, which depend on the article);
// reported is the article's graph.ReportedScope, for an undated event's ID.
func (ix *entityIndex) event(le claimEvent, reported string, resolve func(string) (*graph.Entity, bool)) (*graph.Event, *graph.Claim, error) {
	t := graph.EventType(strings.ToUpper(strings.TrimSpace(le.Type)))
	switch {
	case le.Type == "":
		return nil, nil, fmt.Errorf("no type (want one of %s)", typeList())
	case !t.Valid():
		return nil, nil, fmt.Errorf("unknown event type %q (want one of %s)", le.Type, typeList())
	}
	status := graph.Status(strings.ToLower(strings.TrimSpace(le.Status)))
	switch {
	case le.Status == "":
		return nil, nil, fmt.Errorf("no status (want %s)", statusList())
	case !status.Valid():
		return nil, nil, fmt.Errorf("unknown status %q (want %s)", le.Status, statusList())
	}
	date, precision, err := claimDate(le.Date, le.Precision)
	if err != nil {
		return nil, nil, err
	}
	if strings.TrimSpace(le.Evidence) == "" {
		return nil, nil, errors.New("no evidence (the text that states the event)")
	}
	if len(le.Actors) == 0 {
		return nil, nil, errors.New("no actors")
	}
	actors, err := ix.participants("actor", le.Actors, resolve)
	if err != nil {
		return nil, nil, err
	}
	targets, err := ix.participants("target", le.Targets, resolve)
	if err != nil {
		return nil, nil, err
	}
	ev := &graph.Event{
		Type:       t,
		Mode:       strings.ToLower(strings.TrimSpace(le.Mode)),
		Actors:     actors,
		Targets:    targets,
		Date:       date,
		Precision:  precision,
		Status:     status,
		Confidence: 1,
	}
	if loc := strings.TrimSpace(le.Location); loc != "" {
		// Unlike a participant, a place needs no prior listing: the gold
		// annotation names places ("northern Israel") without listing
		// them, and a misnamed place cannot misattribute an event.
		if ev.Location = ix.lookup(loc, resolve); ev.Location == nil {
			ev.Location = &graph.Entity{ID: graph.EntityID(graph.Location, loc), Name: loc, Kind: graph.Location}
			if prev, ok := ix.byID[ev.Location.ID]; ok {
				ev.Location = prev
			} else {
				ix.add(ev.Location)
			}
		}
	}
	ev.ID = graph.EventID(t, entityIDs(actors), entityIDs(targets), date, reported)
	claim := &graph.Claim{
		Text:       le.Evidence,
		Status:     status,
		Sentence:   -1, // an analyst's evidence is not tied to a sentence split
		Rule:       cmp.Or(strings.TrimSpace(le.Rule), "analyst"),
		Confidence: 1,
	}
	if le.Confidence != nil {
		if c := *le.Confidence; c < 0 || c > 1 {
			return nil, nil, fmt.Errorf("confidence %v is not in [0,1]", c)
		}
		claim.Confidence = *le.Confidence
		ev.Confidence = claim.Confidence
	}
	return ev, claim, nil
}

// participants resolves the actor or target names of an event, dropping
// repeats (two names of one entity count once).
func (ix *entityIndex) participants(role string, names []string, resolve func(string) (*graph.Entity, bool)) ([]*graph.Entity, error) {
	var out []*graph.Entity
	seen := make(map[string]bool)
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			return nil, fmt.Errorf("empty %s name", role)
		}
		e := ix.lookup(n, resolve)
		if e == nil {
			return nil, fmt.Errorf("%s %q is not among the entities and not known", role, n)
		}
		if !seen[e.ID] {
			seen[e.ID] = true
			out = append(out, e)
		}
	}
	return out, nil
}

// entityIDs returns the IDs of es.
func entityIDs(es []*graph.Entity) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

// claimDate checks an event's date against its precision, inferring the
// precision from the date's form (YYYY, YYYY-MM, YYYY-MM-DD) when missing.
func claimDate(date, precision string) (string, graph.Precision, error) {
	date = strings.TrimSpace(date)
	p := graph.Precision(strings.ToLower(strings.TrimSpace(precision)))
	switch {
	case date == "" && p == "":
		return "", "", nil
	case date == "":
		return "", "", fmt.Errorf("precision %q without a date", precision)
	case p == "":
		switch len(date) {
		case len("2006"):
			p = graph.Year
		case len("2006-01"):
			p = graph.Month
		case len("2006-01-02"):
			p = graph.Day
		default:
			return "", "", fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", date)
		}
	case !p.Valid():
		return "", "", fmt.Errorf("unknown precision %q (want day, month or year)", precision)
	}
	if _, _, err := graph.DateRange(date, p); err != nil {
		return "", "", err
	}
	return date, p, nil
}

// kindList, typeList and statusList spell out the valid values for error
// messages, so that a user need not look them up.
func kindList() string   { return listValues(graph.EntityKinds) }
func typeList() string   { return listValues(graph.EventTypes) }
func statusList() string { return listValues(graph.Statuses) }

func listValues[T ~string](vs []T) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = string(v)
	}
	return strings.Join(s, ", ")
}
