package graph

import (
	"strings"

	"github.com/geokg/geokg/schema"
)

// senses indexes schema.Ontology by type and mode; mode "" is the type's
// default row.
var senses = func() map[[2]string]schema.Sense {
	m := map[[2]string]schema.Sense{}
	for _, s := range schema.Ontology() {
		m[[2]string{s.Type, s.Mode}] = s
	}
	return m
}()

// Sense returns the ontology row of an event of type t and mode: the mode's
// own row where the ontology has one, else the type's default row. It
// reports false for a type the ontology does not know.
func Sense(t EventType, mode string) (schema.Sense, bool) {
	if s, ok := senses[[2]string{string(t), mode}]; ok {
		return s, true
	}
	s, ok := senses[[2]string{string(t), ""}]
	return s, ok
}

// Label reads ev as an edge, "Sergey Lavrov visits North Korea", with the
// ontology's verb for its type and mode, and every actor and target named.
func Label(ev *Event) string {
	verb := strings.ToLower(string(ev.Type))
	if s, ok := Sense(ev.Type, ev.Mode); ok {
		verb = s.Verb
	}
	if len(ev.Actors) > 1 {
		verb = plural(verb)
	}
	if len(ev.Targets) == 0 {
		// "Russia protests", not "Russia protests against".
		for _, prep := range []string{" against", " with", " to", " on", " from", " of"} {
			verb = strings.TrimSuffix(verb, prep)
		}
		return names(ev.Actors) + " " + verb
	}
	return names(ev.Actors) + " " + verb + " " + names(ev.Targets)
}

// names joins entity names as prose: "A", "A and B", "A, B and C".
func names(es []*Entity) string {
	ns := make([]string, len(es))
	for i, e := range es {
		ns[i] = e.Name
	}
	if len(ns) <= 1 {
		return strings.Join(ns, "")
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}

// plural turns a phrase's leading verb from the third person singular to the
// plural: "visits" → "visit", "clashes with" → "clash with".
func plural(phrase string) string {
	verb, rest, _ := strings.Cut(phrase, " ")
	switch {
	case strings.HasSuffix(verb, "sses"), strings.HasSuffix(verb, "shes"),
		strings.HasSuffix(verb, "ches"), strings.HasSuffix(verb, "xes"):
		verb = strings.TrimSuffix(verb, "es")
	case strings.HasSuffix(verb, "s"):
		verb = strings.TrimSuffix(verb, "s")
	}
	if rest == "" {
		return verb
	}
	return verb + " " + rest
}
