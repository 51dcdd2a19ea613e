package graph

// Field is one field a caller wants, with the fields it wants of it in turn:
// a GraphQL selection set in a form that knows nothing of GraphQL. Names are
// the API's field names ("events", "actors", "edges", "node").
type Field struct {
	// Name is the field's name in the API.
	Name string
	// Key is the response key the caller wants it under: its alias, or Name.
	Key string
	// Args are the field's arguments; only root fields and connections have any.
	Args Args
	// Fields are the sub-fields wanted of an object or list of objects.
	Fields []Field
}

// Args are the arguments a Field can take.
type Args struct {
	// ID selects a node by its stable ID (entity, event, article).
	ID string
	// Name selects an entity by canonical name or alias, case-insensitively.
	Name string
	// First is the page size of a connection; nil means DefaultPageSize.
	First *int
	// After is the cursor of the item before the page; "" for the first page.
	After string
	// Events narrows an events connection.
	Events *EventFilter
	// Entities narrows an entities connection.
	Entities *EntityFilter
}

// EventFilter narrows a list of events. Empty fields are ignored; the rest
// must all hold.
type EventFilter struct {
	// Type keeps events of this PLOVER type.
	Type EventType
	// Mode keeps events of this mode ("visit").
	Mode string
	// Status keeps events whose merged status is this one.
	Status Status
	// Actor, Target and Participant keep events with an actor, a target, or
	// either, of this name (canonical or alias, case-insensitive).
	Actor, Target, Participant string
	// From and To keep events whose date range reaches on or after From and
	// on or before To: ISO dates of any precision ("2023", "2023-10-02").
	From, To string
	// MinConfidence keeps events whose confidence (the best of their
	// claims') is at least this, between 0 and 1; nil keeps any.
	MinConfidence *float64
}

// EntityFilter narrows a list of entities.
type EntityFilter struct {
	// Kind keeps entities of this kind.
	Kind EntityKind
	// Name keeps entities with this canonical name or alias, case-insensitive.
	Name string
}

// Page sizes of connections.
const (
	DefaultPageSize = 20
	MaxPageSize     = 500
)

// Result holds what Query read for each root field, by the field's Key.
type Result struct {
	values map[string]any
}

// Entity returns the entity read for key, nil if there is none.
func (r *Result) Entity(key string) *Entity { e, _ := r.values[key].(*Entity); return e }

// Event returns the event read for key, nil if there is none.
func (r *Result) Event(key string) *Event { e, _ := r.values[key].(*Event); return e }

// Article returns the article read for key, nil if there is none.
func (r *Result) Article(key string) *Article { a, _ := r.values[key].(*Article); return a }

// Entities returns the entity connection read for key.
func (r *Result) Entities(key string) *EntityConnection {
	if c, ok := r.values[key].(*EntityConnection); ok {
		return c
	}
	return &EntityConnection{}
}

// Events returns the event connection read for key.
func (r *Result) Events(key string) *EventConnection {
	if c, ok := r.values[key].(*EventConnection); ok {
		return c
	}
	return &EventConnection{}
}
