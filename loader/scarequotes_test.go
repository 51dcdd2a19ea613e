package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestScareQuotedVerbs checks that a verb in scare quotes keeps its
// arguments, and that quotation marks opening speech or quoting a noun
// still end the searches.
func TestScareQuotedVerbs(t *testing.T) {
	checkEvents(t, "2008-06-15", []eventCase{
		{name: "past tense", body: "Bolivia \"attacked\" Paraguay on Monday, the paper said.",
			want: wantEvent{graph.Assault, []string{"BO"}, []string{"PY"}}, exact: true},
		{name: "bare after to", body: "Ecuador says Colombia is trying to \"occupy\" Venezuela.",
			want: wantEvent{graph.Coerce, []string{"CO"}, []string{"VE"}}},
		{name: "adverb and verb", body: "Chile \"strongly condemned\" Peru on Tuesday.",
			want: wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, exact: true},
		{name: "possessive object", body: "Argentina \"welcomed\" Uruguay's offer on Monday.",
			want: wantEvent{graph.Support, []string{"AR"}, []string{"UY"}}, exact: true},
	})
	tests := []struct {
		body string
		want int // quotation marks dropped
	}{
		{`Chile "strongly condemned" Peru.`, 2},
		{`Chile is "ready" to talk to Peru.`, 0},                                             // an adjective the lexicon lists as a verb
		{`Chile called it "an attack" on Peru.`, 0},                                          // a quoted noun
		{`"We condemned" Peru, Chile said.`, 0},                                              // speech at the start
		{`Chile said "attacked" twice, and "invaded" Peru.`, 4},                              // two pairs
		{`The "war" and "attacked" Peru.`, 2},                                                // the first pair is a noun
		{`"Peace is over," Chile said, "we attacked" Peru.`, 0},                              // a quotation after a comma
		{`Chile said the end of "war" and "attacked Peru and Bolivia and Ecuador" then.`, 0}, // too long
	}
	for _, tt := range tests {
		toks := tokenize(tt.body, 0, len(tt.body))
		got := 0
		for _, d := range markScareQuotes(toks, nil) {
			if d {
				got++
			}
		}
		if got != tt.want {
			t.Errorf("%s: %d marks dropped, want %d", tt.body, got, tt.want)
		}
	}
}
