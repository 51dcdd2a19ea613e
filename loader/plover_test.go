package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCommittedActTargets checks that a commitment whose own verb names no
// target takes the target of the act its infinitive names, and outranks
// that planned act.
func TestCommittedActTargets(t *testing.T) {
	tests := []eventCase{
		{"agreed to provide aid for", "Japan agreed on Tuesday to provide emergency aid for Haiti.", wantEvent{graph.Agree, []string{"JP"}, []string{"HT"}}, graph.Reported, true},
		{"the act keeps its own event", "Japan agreed on Tuesday to provide emergency aid for Haiti.", wantEvent{graph.Aid, []string{"JP"}, []string{"HT"}}, graph.Planned, true},
	}
	checkEvents(t, "2006-07-18", tests)

	ex := extractBody(t, "Japan agreed on Tuesday to provide emergency aid for Haiti.", "2006-07-18")
	var top *graph.Event
	for _, ev := range ex.Events {
		if top == nil || ev.Confidence > top.Confidence {
			top = ev
		}
	}
	if top == nil || top.Type != graph.Agree {
		t.Errorf("most confident event %v, want the reported AGREE", top)
	}
}

// TestReportedSubjectAtSentenceStart checks that "they" after a verb of
// saying whose subject is a bare plural opening the sentence does not read
// before the sentence's first token.
func TestReportedSubjectAtSentenceStart(t *testing.T) {
	for _, body := range []string{
		"Officials said they would meet Iran next week.",
		"Leaders announced they will visit China.",
	} {
		if _, err := NewExtractor().Extract(Document{Article: graph.Article{ID: "t", Published: "2006-07-18"}, Body: body}); err != nil {
			t.Errorf("%q: %v", body, err)
		}
	}
}
