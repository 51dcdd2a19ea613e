package server

import (
	"github.com/geokg/geokg/graph"
)

// Resolver is the root of the API's resolvers. Its methods only pick values
// out of the result of the one graph.Query each operation runs (see batch.go).
type Resolver struct {
	// Store is the graph the API reads.
	Store *graph.Store
}

// optional maps the domain's "" for "unknown" to GraphQL's null.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// offset maps the domain's -1 for "no offset" to GraphQL's null.
func offset(n int) *int {
	if n < 0 {
		return nil
	}
	return &n
}
