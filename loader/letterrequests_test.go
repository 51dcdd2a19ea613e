package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestLetterRequests checks requests made by letter, in sentences made up
// for the test: the party written to is asked, and the writer asks.
func TestLetterRequests(t *testing.T) {
	checkEvents(t, "2008-05-01", []eventCase{
		{name: "sent a letter to a government requesting", body: "Zambia has sent a letter to the South African government requesting a full explanation.",
			want: wantEvent{typ: graph.Request, actors: []string{"ZM"}, targets: []string{"ZA"}}, exact: true},
		{name: "wrote to a country asking", body: "Canada wrote to Japan asking for talks on beef imports.",
			want: wantEvent{typ: graph.Request, actors: []string{"CA"}, targets: []string{"JP"}}, exact: true},
		{name: "a letter to a titled addressee, comma", body: "Chile sent a letter to President Evo Morales, urging talks on the border.",
			want: wantEvent{typ: graph.Request, actors: []string{"CL"}}},
	})
}

// TestLetterRequestsNoWriter checks that the party written to is not read
// as the one asking where the sentence names no writer.
func TestLetterRequestsNoWriter(t *testing.T) {
	for _, body := range []string{
		"The union said it sent a letter to Japan asking for talks on beef imports.",
	} {
		for _, ev := range extractBody(t, body, "2008-05-01").Events {
			if ev.Type == graph.Request && len(ev.Actors) > 0 && ids(ev.Actors)[0] == "JP" {
				t.Errorf("%q: REQUEST %v → %v, the addressee read as the one asking", body, ids(ev.Actors), ids(ev.Targets))
			}
		}
	}
}
