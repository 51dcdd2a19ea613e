package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestQuietReports checks that a report in the simple past goes on about
// the occasion its actor's act was dated by across one or two sentences
// that state no event and give no date, and that a present perfect, an
// attack, an anterior adverb or a longer gap do not (published
// 2006-07-18, a Tuesday).
func TestQuietReports(t *testing.T) {
	const opening = "Chile accused Peru on Monday of spying on its navy. \"We have the evidence,\" the spokesman told the press. "
	quiet := "The weather in the capital was fine. "
	tests := []dateCase{
		{"across a quotation", opening + "Chile condemned Bolivia for helping the spies.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"BO"}}, "2006-07-17"},
		{"across a quotation and an aside", opening + quiet + "Chile condemned Bolivia for helping the spies.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"BO"}}, "2006-07-17"},
		{"too far on", opening + quiet + quiet + "Chile condemned Bolivia for helping the spies.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"BO"}}, ""},
		{"present perfect", opening + "Chile has condemned Bolivia for helping the spies.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"BO"}}, ""},
		{"an earlier act", opening + "Chile earlier condemned Bolivia for helping the spies.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"BO"}}, ""},
		{"an attack", opening + "Chile attacked Bolivia.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"BO"}}, ""},
	}
	checkDates(t, "2006-07-18", tests)
}
