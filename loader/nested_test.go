package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestLedNouns checks events named by a noun that a "-led" leader
// qualifies, on sentences made up for the test: a war aimed at a named
// party, a leader's name cut off from its hyphen by a link's markup, and
// the led phrase as the object of another event, standing for its leader.
func TestLedNouns(t *testing.T) {
	tests := []eventCase{
		{"a led war on a state", "Protesters marked the anniversary of the British-led war on Iraq.", wantEvent{graph.Assault, []string{"GB"}, []string{"IQ"}}, graph.Reported, true},
		{"a led war against a state", "Ministers defended the French-led war against Libya on Tuesday.", wantEvent{graph.Assault, []string{"FR"}, []string{"LY"}}, graph.Reported, true},
		{"a hyphen cut off by markup", "Mbeki said the Nigeria -led invasion of Chad had been a mistake.", wantEvent{graph.Assault, []string{"NG"}, []string{"TD"}}, graph.Reported, true},
		{"refused help to the leader", "Mexico refused to send any troops to the French-led war against Libya.", wantEvent{graph.Reject, []string{"MX"}, []string{"FR"}}, graph.Reported, true},
	}
	checkEvents(t, "2008-03-20", tests)
}

// TestLedNounsOtherSenses checks led wars that name no party they are
// aimed at, or that are only considered.
func TestLedNounsOtherSenses(t *testing.T) {
	checkNoEvents(t, "2008-03-20", []graph.EventType{graph.Assault},
		"Blair defended the British-led war on terror.",
		"Analysts warned of a possible French-led war on Libya.",
	)
}

// TestDetachedHyphen checks that a space left before a compound's hyphen
// joins the word before it as a glued hyphen does, and that a dash
// between spaces does not.
func TestDetachedHyphen(t *testing.T) {
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"the US -led invasion", true},
		{"the US-led invasion", true},
		{"the US - led invasion", false},
		{"the war -led invasion", false},
	} {
		toks := tokenize(tc.body, 0, len(tc.body))
		if got := toks[1].hyphen; got != tc.want {
			t.Errorf("%q: %q hyphen = %v, want %v", tc.body, toks[1].text, got, tc.want)
		}
	}
}
