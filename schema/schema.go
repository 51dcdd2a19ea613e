package schema

import (
	_ "embed"
	"fmt"
	"strings"
)

// GraphQL is the API's schema, in GraphQL SDL.
//
//go:embed schema.graphql
var GraphQL string

// Dgraph is the DQL schema: predicates with their indexes, and types.
//
//go:embed dgraph.schema
var Dgraph string

//go:embed ontology.tsv
var ontologyTSV string

// Sense is one row of the ontology: an event type and mode, their CAMEO code
// and the verb that labels an edge of this kind.
type Sense struct {
	// Type is the PLOVER event type ("CONSULT").
	Type string
	// Mode refines Type ("visit"); "" for the type's default row.
	Mode string
	// CAMEO is the corresponding CAMEO code ("042").
	CAMEO string
	// Verb reads the event as an edge, in the third person ("visits").
	Verb string
}

// Ontology returns the rows of ontology.tsv in file order. The file is part
// of the binary, so a malformed row is a build defect: it panics, and a test
// runs it.
func Ontology() []Sense {
	var senses []Sense
	for i, line := range strings.Split(ontologyTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "type\t") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			panic(fmt.Sprintf("schema/ontology.tsv:%d: want 4 tab-separated fields, have %d", i+1, len(f)))
		}
		senses = append(senses, Sense{Type: f[0], Mode: f[1], CAMEO: f[2], Verb: f[3]})
	}
	return senses
}
