package graph

import (
	"fmt"
	"strings"
)

// EntityKind says what sort of thing an Entity is.
type EntityKind string

// The entity kinds of ANNOTATION.md.
const (
	Person       EntityKind = "PERSON"
	Country      EntityKind = "COUNTRY"
	Organization EntityKind = "ORGANIZATION"
	Location     EntityKind = "LOCATION"
)

// EntityKinds lists every EntityKind, in the order the API documents them.
var EntityKinds = []EntityKind{Person, Country, Organization, Location}

// Valid reports whether k is one of EntityKinds.
func (k EntityKind) Valid() bool { return oneOf(k, EntityKinds) }

// EventType is a PLOVER event type.
type EventType string

// The 16 PLOVER event types.
const (
	Agree     EventType = "AGREE"
	Consult   EventType = "CONSULT"
	Support   EventType = "SUPPORT"
	Concede   EventType = "CONCEDE"
	Cooperate EventType = "COOPERATE"
	Aid       EventType = "AID"
	Retreat   EventType = "RETREAT"
	Request   EventType = "REQUEST"
	Accuse    EventType = "ACCUSE"
	Reject    EventType = "REJECT"
	Threaten  EventType = "THREATEN"
	Protest   EventType = "PROTEST"
	Sanction  EventType = "SANCTION"
	Mobilize  EventType = "MOBILIZE"
	Coerce    EventType = "COERCE"
	Assault   EventType = "ASSAULT"
)

// EventTypes lists the PLOVER types from most cooperative to most hostile.
var EventTypes = []EventType{
	Agree, Consult, Support, Concede, Cooperate, Aid, Retreat, Request,
	Accuse, Reject, Threaten, Protest, Sanction, Mobilize, Coerce, Assault,
}

// Valid reports whether t is one of EventTypes.
func (t EventType) Valid() bool { return oneOf(t, EventTypes) }

// Status is how sure a source is that an event happened.
type Status string

// The statuses of ANNOTATION.md. Stored and read in lower case.
const (
	Reported   Status = "reported"   // it happened or is happening
	Planned    Status = "planned"    // announced, scheduled, intended
	Speculated Status = "speculated" // possible, alleged, rumoured, unconfirmed
	Denied     Status = "denied"     // explicitly negated or denied
)

// Statuses lists every Status.
var Statuses = []Status{Reported, Planned, Speculated, Denied}

// Valid reports whether s is one of Statuses.
func (s Status) Valid() bool { return oneOf(s, Statuses) }

// Precision is how much of a Date is known.
type Precision string

// Date precisions. Stored and read in lower case.
const (
	Day   Precision = "day"
	Month Precision = "month"
	Year  Precision = "year"
)

// Precisions lists every Precision, finest first.
var Precisions = []Precision{Day, Month, Year}

// Valid reports whether p is one of Precisions.
func (p Precision) Valid() bool { return oneOf(p, Precisions) }

func oneOf[T comparable](v T, all []T) bool {
	for _, a := range all {
		if v == a {
			return true
		}
	}
	return false
}

// Entity is a state, person, organisation or place that takes part in events.
type Entity struct {
	// ID is the stable external id (xid): the ISO 3166 alpha-2 code for a
	// country ("RU"), else the kind and a slug of the canonical name
	// ("person/sergey-lavrov"). Loading the same entity again finds it by ID.
	ID string
	// Name is the canonical, fullest name ("Sergey Lavrov", "North Korea").
	Name string
	// Kind says whether this is a person, country, organisation or place.
	Kind EntityKind
	// Aliases are the other forms sources use ("Lavrov", "DPRK"),
	// accumulated over every article that mentions the entity.
	Aliases []string
	// Country is the ID of the country a person or organisation belongs to,
	// or "" where no source says.
	Country string
	// Roles are the offices the entity holds or held, as sources state them.
	Roles []Role

	// events holds connections preloaded by Store.Query, keyed by the
	// response key the caller asked for them under.
	events map[string]*EventConnection
}

// Events returns the events connection that Store.Query loaded under key
// (a field's alias, or its name where it has none), and false if the query
// did not ask for it.
func (e *Entity) Events(key string) (*EventConnection, bool) {
	c, ok := e.events[key]
	return c, ok
}

// Role is an office held by a person: "Foreign Minister" of "RU" since 2004.
type Role struct {
	// Title is the office without its country ("Foreign Minister").
	Title string
	// Of is the ID of the country or organisation the office belongs to.
	Of string
	// Since and Until are ISO dates (any precision) bounding the tenure;
	// either may be "" when unknown.
	Since, Until string
}

// Event is something that one or more actors did, do or plan to do to
// targets. It is reified so that it can carry its evidence: the Claims of
// every article that reports it.
type Event struct {
	// ID is the stable xid, derived from type, participants and date so that
	// two articles reporting the same event meet on one node.
	ID string
	// Type is the PLOVER event type.
	Type EventType
	// Mode refines Type ("visit", "meet", "military"); "" where unclear.
	Mode string
	// CAMEO is the CAMEO code that corresponds to Type and Mode, or "".
	CAMEO string
	// Label reads the event as an edge: "Sergey Lavrov visits North Korea".
	Label string
	// Actors do the event; Targets receive it. Both hold at least the IDs.
	Actors, Targets []*Entity
	// Location is where it happens, or nil.
	Location *Entity
	// Date is ISO 8601 cut to Precision: "2023-10", "2023-09-13"; "" if the
	// sources give no date.
	Date string
	// Precision is how much of Date is known; "" when Date is "".
	Precision Precision
	// Status merges the statuses of the Claims: a report outweighs a denial,
	// a denial a plan, a plan a speculation.
	Status Status
	// Confidence is the extractor's confidence in [0,1], the best over claims.
	Confidence float64
	// Claims are the statements of this event, one per article and sentence.
	Claims []*Claim
}

// Claim is one article's statement of one event.
type Claim struct {
	// ID is the stable xid: article, sentence and event.
	ID string
	// Text is the evidence: the sentence (or shortest span) stating the event.
	Text string
	// Status is what this article says of the event.
	Status Status
	// Article is the article the claim comes from; at least its ID is set.
	Article *Article
	// Sentence is the 0-based index of the sentence in the article body.
	Sentence int
	// Start and End are byte offsets of Text in the article body (End
	// exclusive); both are -1 when unknown (claims written by analysts).
	Start, End int
	// Rule names the extractor rule that produced the claim, or "analyst"
	// for structured claims read from a file.
	Rule string
	// Confidence is the extractor's confidence in [0,1].
	Confidence float64
	// Event is the event claimed, where a read asked for it.
	Event *Event
}

// Article is a source document.
type Article struct {
	// ID is the stable xid: the input's own id, else the URL, else a hash of
	// the content.
	ID string
	// Title, URL and Source are as the input gives them; any may be "".
	Title, URL, Source string
	// Published is the publication date, ISO 8601 (date or date-time), or "".
	Published string
	// Language is a BCP 47 tag; "en" unless the input says otherwise.
	Language string
	// Claims are the claims read from the article, where a read asked for them.
	Claims []*Claim
}

// Extraction is everything read from one article: the unit Store.Write
// stores in one transaction.
type Extraction struct {
	// Article is the source; its ID must be set.
	Article Article
	// Entities are every entity an event refers to, whose role the article
	// states, or that takes part in something the article names without an
	// event being read (the place of a meeting), each once.
	Entities []*Entity
	// Events are the events the article states, each with this article's
	// Claims of it. Actors, Targets and Location refer to Entities by ID.
	Events []*Event
}

// Validate reports the first problem that would make x unstorable: a missing
// ID, an unknown type, status or precision, or an event naming an entity that
// x does not define.
func (x *Extraction) Validate() error {
	if strings.TrimSpace(x.Article.ID) == "" {
		return fmt.Errorf("article has no id")
	}
	known := make(map[string]bool, len(x.Entities))
	for _, e := range x.Entities {
		switch {
		case e.ID == "":
			return fmt.Errorf("entity %q has no id", e.Name)
		case e.Name == "":
			return fmt.Errorf("entity %s has no name", e.ID)
		case !e.Kind.Valid():
			return fmt.Errorf("entity %s: unknown kind %q", e.ID, e.Kind)
		}
		known[e.ID] = true
	}
	for i, ev := range x.Events {
		if err := ev.validate(known); err != nil {
			return fmt.Errorf("event %d (%s): %w", i+1, ev.Type, err)
		}
	}
	return nil
}

func (ev *Event) validate(known map[string]bool) error {
	switch {
	case !ev.Type.Valid():
		return fmt.Errorf("unknown event type %q", ev.Type)
	case !ev.Status.Valid():
		return fmt.Errorf("unknown status %q", ev.Status)
	case len(ev.Actors) == 0:
		return fmt.Errorf("no actor")
	case len(ev.Claims) == 0:
		return fmt.Errorf("no claim")
	}
	if ev.Date != "" || ev.Precision != "" {
		if _, _, err := DateRange(ev.Date, ev.Precision); err != nil {
			return err
		}
	}
	refs := append(append([]*Entity{}, ev.Actors...), ev.Targets...)
	if ev.Location != nil {
		refs = append(refs, ev.Location)
	}
	for _, e := range refs {
		if e == nil || !known[e.ID] {
			return fmt.Errorf("refers to an entity the article does not define")
		}
	}
	for _, c := range ev.Claims {
		if !c.Status.Valid() {
			return fmt.Errorf("claim %q: unknown status %q", c.Text, c.Status)
		}
	}
	return nil
}
