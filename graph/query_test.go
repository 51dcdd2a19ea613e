package graph

import (
	"strings"
	"testing"
)

// TestCompiledQueryHoldsNoCallerValue checks the promise of compiler: what
// the caller sends reaches DQL as variables, never as query text.
func TestCompiledQueryHoldsNoCallerValue(t *testing.T) {
	const marker = "MARKER\") { uid } x(func: has(xid)) { uid"
	first := 7
	minConfidence := 0.123456789
	filter := &EventFilter{Type: EventType(marker), Mode: marker, Status: Status(marker), Actor: marker,
		Target: marker, Participant: marker, From: "2023-10", To: "2024", MinConfidence: &minConfidence}
	conn := []Field{{Name: "totalCount"}, {Name: "edges", Fields: []Field{{Name: "node", Fields: []Field{
		{Name: "actors", Fields: []Field{{Name: "events", Key: "e", Args: Args{Events: filter, First: &first}}}},
		{Name: "claims", Fields: []Field{{Name: "article"}, {Name: "event"}}}}}}}}
	roots := []Field{
		{Name: "entity", Key: "a", Args: Args{Name: marker}, Fields: []Field{{Name: "events", Key: "e", Args: Args{Events: filter}, Fields: conn}}},
		{Name: "entity", Key: "b", Args: Args{ID: marker}},
		{Name: "event", Key: "c", Args: Args{ID: marker}},
		{Name: "article", Key: "d", Args: Args{ID: marker}, Fields: []Field{{Name: "claims"}}},
		{Name: "events", Key: "f", Args: Args{Events: filter, First: &first, After: encodeCursor(3)}, Fields: conn},
		{Name: "entities", Key: "g", Args: Args{Entities: &EntityFilter{Kind: EntityKind(marker), Name: marker}}, Fields: conn},
	}
	c := newCompiler()
	for _, f := range roots {
		if _, err := c.root(f); err != nil {
			t.Fatalf("%s: %v", f.Key, err)
		}
	}
	q := c.text()
	for _, leak := range []string{"MARKER", "marker", "2023-10", "2024", "123456789"} {
		if strings.Contains(q, leak) {
			t.Errorf("query text holds the caller's %q:\n%s", leak, q)
		}
	}
	found, pages, confidences := 0, 0, 0
	for _, v := range c.vars {
		if v == "0.123456789" {
			confidences++
		}
		if strings.Contains(strings.ToUpper(v), "MARKER") {
			found++
		}
		if v == "8" || v == "4" { // first 7, plus one to see the next page; after item 3
			pages++
		}
	}
	if !strings.Contains(q, ": float") {
		t.Errorf("minConfidence is not declared a float variable:\n%s", q)
	}
	if found < 10 || pages < 2 || confidences < 3 { // the filter is used more than thrice
		t.Errorf("variables %v: want the caller's values and page bounds among them", c.vars)
	}
}

// An entity's country and roles live on other nodes: they are read where a
// selection asks for them, once however often it does, and not for the
// many entities listed as actors and targets without them.
func TestCompiledEntityDetails(t *testing.T) {
	tests := []struct {
		name   string
		fields []Field
		want   int // times each detail is read
	}{
		{"not asked for", []Field{{Name: "name"}}, 0},
		{"asked for", []Field{{Name: "country"}, {Name: "roles"}}, 1},
		{"asked for twice", []Field{{Name: "country"}, {Name: "roles"}, {Name: "country", Key: "c2"}, {Name: "roles", Key: "r2"}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCompiler()
			if _, err := c.root(Field{Name: "entity", Key: "e", Args: Args{Name: "x"}, Fields: tt.fields}); err != nil {
				t.Fatal(err)
			}
			q := c.text()
			for _, part := range entityDetails {
				if got := strings.Count(q, part); got != tt.want {
					t.Errorf("%q read %d times, want %d:\n%s", part, got, tt.want, q)
				}
			}
		})
	}
}
