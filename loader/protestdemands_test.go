package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestProtestDemands checks that a demand made by protesting happens with
// the protest (or is planned with it), and that the coder ranks the
// protest first.
func TestProtestDemands(t *testing.T) {
	checkEvents(t, "1998-05-20", []eventCase{
		{"staged demonstrations to demand", "Thousands of Nepalese students staged mass demonstrations on Tuesday to demand the resignation of King Birendra.",
			wantEvent{graph.Request, []string{"NP"}, nil}, graph.Reported, false},
		{"will hold a rally to demand", "Nepalese students will hold a rally on Friday to demand the resignation of King Birendra.",
			wantEvent{graph.Request, []string{"NP"}, nil}, graph.Planned, false},
	})
	x := NewExtractor()
	for _, body := range []string{
		"Thousands of Nepalese students staged mass demonstrations on Tuesday to demand the resignation of King Birendra.",
		"Thousands of Serbian students marched through Belgrade on Friday, demanding the resignation of President Slobodan Milosevic.",
	} {
		doc := Document{Article: graph.Article{ID: "d", Published: "1998-05-20", Language: "en"}, Body: body}
		ex, err := x.CodeSentence(doc)
		if err != nil {
			t.Fatal(err)
		}
		var top *graph.Event
		for _, ev := range ex.Events {
			if top == nil || ev.Confidence > top.Confidence {
				top = ev
			}
		}
		if top == nil || top.Type != graph.Protest {
			t.Errorf("%q: most confident event %v, want PROTEST", body, top)
		}
	}
}
