package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSuppressedProtests checks that putting a protest down is the
// state's COERCE, also where the protest noun after the verb names a
// protest of its own ("the demonstration in Mombasa"), and that the
// suppression outranks that protest.
func TestSuppressedProtests(t *testing.T) {
	checkEvents(t, "2007-11-20", []eventCase{
		{"broke up a rally", "Georgian police broke up a rally by opposition supporters in Tbilisi on Monday.",
			wantEvent{graph.Coerce, []string{"GE"}, nil}, graph.Reported, true},
		{"are breaking up the march", "Pakistani police are breaking up the march of the lawyers.",
			wantEvent{graph.Coerce, []string{"PK"}, nil}, graph.Reported, true},
		{"dispersed the demonstration in X", "Kenyan police dispersed the demonstration in Mombasa.",
			wantEvent{graph.Coerce, []string{"KE"}, nil}, graph.Reported, true},
		{"prevented the demonstration near X", "Zimbabwean police prevented the demonstration near Harare on Tuesday.",
			wantEvent{graph.Coerce, []string{"ZW"}, nil}, graph.Reported, true},
	})
	checkNoEvents(t, "2007-11-20", []graph.EventType{graph.Coerce},
		"The coalition broke up after the vote.",
		"Talks broke up without a deal, the Georgian negotiator said.",
		"Mary Clarke said she left when police broke up the rally.",
	)
}

// TestSuppressionOutranksProtest checks that the coder's most confident
// reading of a protest put down is the suppression, not the protest that
// is its object.
func TestSuppressionOutranksProtest(t *testing.T) {
	x := NewExtractor()
	doc := Document{Article: graph.Article{ID: "s", Published: "2007-11-20", Language: "en"},
		Body: "Egyptian police prevented the demonstration staged by the Muslim Brotherhood in Cairo."}
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
	if top == nil || top.Type != graph.Coerce {
		t.Fatalf("most confident event %v, want COERCE", top)
	}
}
