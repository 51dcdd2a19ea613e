package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestObjectsFrames(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // "TYPE actor -> target status"; nil: no event
	}{
		{"control verb passes its object to the infinitive",
			"Jordan allowed Iraqi officials to travel to Syria on Monday.",
			[]string{"CONSULT Iraq -> Syria planned"}},
		{"an object nobody known names is no actor",
			"Syria allowed the refugees to travel to Jordan.", nil},
		{"a coordinated verb after a reported clause is the sayer's",
			"Putin said that NATO had expanded eastwards and criticised the United States for its missile plans.",
			[]string{"ACCUSE Vladimir Putin -> United States reported"}},
		{"the sayer accuses, not the clause's subject",
			"Pakistan said Indian troops had crossed the border and accused India of aggression.",
			[]string{"ACCUSE Pakistan -> India reported"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := NewExtractor().Extract(Document{Article: graph.Article{ID: "t", Published: "2007-05-01"}, Body: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, ev := range ex.Events {
				got = append(got, string(ev.Type)+" "+ev.Actors[0].Name+" -> "+firstName(ev.Targets)+" "+string(ev.Status))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("got %q, want %q", got[i], tc.want[i])
				}
			}
		})
	}
}

func firstName(es []*graph.Entity) string {
	if len(es) == 0 {
		return ""
	}
	return es[0].Name
}
