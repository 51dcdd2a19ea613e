package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// fallbackRule returns the rule of ev's first fallback claim, or "".
func fallbackRule(ev *graph.Event) string {
	for _, c := range ev.Claims {
		if strings.HasPrefix(c.Rule, "fallback:") {
			return c.Rule
		}
	}
	return ""
}

// TestFallbackStatements checks the weak reading of statements on
// sentences made up for the test: the exact event and that it comes from
// the fallback, with its low confidence.
func TestFallbackStatements(t *testing.T) {
	tests := []struct {
		name, body string
		want       wantEvent
	}{
		{"a failure laid at a party's door", "Chile said the crisis showed the complete failure of Peru to protect its fishermen.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}},
		{"a pejorative in a quotation before its speaker", "\"The Peruvian enemy will not pass,\" Chile said.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}},
		{"according to a party", "According to Chile, Peru keeps up its aggression against the border towns.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}},
		{"a duty laid on a party", "Chile said Peru needs to open its border to trucks.",
			wantEvent{graph.Request, []string{"CL"}, []string{"PE"}}},
		{"a duty with has to", "Chile says Peru has to choose between peace and isolation.",
			wantEvent{graph.Request, []string{"CL"}, []string{"PE"}}},
		{"appreciation of a party", "Chile said it appreciates Peru's work for the miners.",
			wantEvent{graph.Support, []string{"CL"}, []string{"PE"}}},
		{"no intention toward a party", "Chile said it had no intention of joining the Peruvian proposal.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}},
		{"a negated approval condemns", "Chile stated that the Peruvian position is not acceptable.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}},
		{"a coordinated group spoken of", "Chile said Peru and Bolivia had shown reckless disregard for the treaty.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE", "BO"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := mustFindEvent(t, tt.body, "2006-05-03", tt.want)
			if !slices.Equal(ids(ev.Actors), tt.want.actors) || !slices.Equal(ids(ev.Targets), tt.want.targets) {
				t.Errorf("%s: %v → %v, want exactly %v → %v", ev.Label, ids(ev.Actors), ids(ev.Targets), tt.want.actors, tt.want.targets)
			}
			if fallbackRule(ev) == "" || ev.Confidence != fallbackConfidence {
				var rules []string
				for _, c := range ev.Claims {
					rules = append(rules, c.Rule)
				}
				t.Errorf("%s: rules %v, confidence %v; want a fallback rule at %v", ev.Label, rules, ev.Confidence, fallbackConfidence)
			}
			if ev.Status != graph.Reported {
				t.Errorf("%s: status %s, want reported", ev.Label, ev.Status)
			}
		})
	}
}

// TestFallbackStaysOut checks statements the fallback must not read:
// neutral ones, negated cues, two parties, parties wronged or only
// placed, a cue far from the party, and sentences another rule reads.
func TestFallbackStaysOut(t *testing.T) {
	tests := []struct{ name, body string }{
		{"a neutral statement", "Chile said Peru would hold elections in May."},
		{"a negated criticism", "Chile said it did not condemn Peru for the delay."},
		{"two parties spoken of", "Chile said Peru and the fishermen's failure had hurt Bolivia's trade with Ecuador."},
		{"a party wronged", "Chile said the baseless accusations against Peru were nothing new."},
		{"a party only as a place", "Chile said the prisoners faced abuses in Peru."},
		{"no speaker named", "Officials said the Peruvian position is a disgrace."},
		{"a passive duty asks nothing", "Chile said Peru should be given more time."},
		{"a negated speech verb", "Chile did not say that Peru had failed."},
		{"the verb lie", "Chile said the answer lies with Peru."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2006-05-03")
			for _, ev := range ex.Events {
				if r := fallbackRule(ev); r != "" {
					t.Errorf("%q: unexpected %s %v → %v [%s]", tt.body, ev.Type, ids(ev.Actors), ids(ev.Targets), r)
				}
			}
		})
	}
}
