package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRequestMakers checks that a request noun whose maker "from" or "by"
// names has that maker as the actor and the party under it as the
// target. Each sentence is made up for the test.
func TestRequestMakers(t *testing.T) {
	checkEvents(t, "2009-03-10", []eventCase{
		{"came under pressure from",
			"Chile came under strong pressure from Argentina to reopen the border crossings.",
			wantEvent{graph.Request, []string{"AR"}, []string{"CL"}}, graph.Reported, true},
		{"is under pressure from",
			"Moldova is under pressure from Romania to sign the border treaty.",
			wantEvent{graph.Request, []string{"RO"}, []string{"MD"}}, graph.Reported, true},
		{"faced pressure by",
			"Ghana faced intense pressure by Nigeria to reopen its markets.",
			wantEvent{graph.Request, []string{"NG"}, []string{"GH"}}, graph.Reported, true},
	})
}

// TestRequestMakersLeaveVerbs checks that "request from" after a modal is
// the verb, whose subject asks.
func TestRequestMakersLeaveVerbs(t *testing.T) {
	body := "Kenya will request from Japan two million dollars for the clinics."
	ex := extractBody(t, body, "2009-03-10")
	for _, ev := range ex.Events {
		if ev.Type == graph.Request && len(ev.Actors) > 0 && ev.Actors[0].ID == "JP" {
			t.Errorf("%q: unexpected %s", body, ev.Label)
		}
	}
}
