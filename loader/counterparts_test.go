package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCounterparts checks, on short articles made up for the test, that a
// threat or a deployment told with no target takes the party the story
// sets against its actor, and only where that party is clear.
func TestCounterparts(t *testing.T) {
	tests := []struct {
		name, body      string
		typ             graph.EventType
		actors, targets []string
		status          graph.Status
	}{
		{"threat with an infinitive",
			"Estonian coast guards detained two Latvian fishing boats on Monday. Latvia accused Estonia of harassment on Tuesday. Latvia threatened to send its navy to the area.",
			graph.Threaten, []string{"Latvia"}, []string{"Estonia"}, graph.Reported},
		{"deployment of troops",
			"Armenian troops shelled Azerbaijani villages on Monday. Azerbaijan accused Armenia of aggression. Azerbaijan deployed thousands of troops on Tuesday.",
			graph.Mobilize, []string{"Azerbaijan"}, []string{"Armenia"}, graph.Reported},
		{"planned deployment, the actor's official",
			"Venezuela expelled the Colombian ambassador on Monday. Colombia condemned Venezuela. President Hugo Chávez of Venezuela will send ten battalions to the border.",
			graph.Mobilize, []string{"Hugo Chávez", "Venezuela"}, []string{"Colombia"}, graph.Planned},
		{"an ally in the same role is no counterpart",
			"Russia and Belarus accused Poland of provocations on Monday. Belarus condemned Poland on Tuesday. Russia deployed troops on Wednesday.",
			graph.Mobilize, []string{"Russia"}, []string{"Poland"}, graph.Reported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2009-03-04")
			for _, ev := range ex.Events {
				if !slices.ContainsFunc(ev.Claims, func(c *graph.Claim) bool { return strings.HasSuffix(c.Rule, counterpartRule) }) {
					continue
				}
				if ev.Type != tt.typ || !slices.Equal(names(ev.Actors), tt.actors) || !slices.Equal(names(ev.Targets), tt.targets) || ev.Status != tt.status {
					t.Errorf("%s %v → %v %s, want %s %v → %v %s", ev.Type, names(ev.Actors), names(ev.Targets), ev.Status, tt.typ, tt.actors, tt.targets, tt.status)
				}
				return
			}
			for _, ev := range ex.Events {
				t.Logf("%s %v → %v [%s]", ev.Type, ids(ev.Actors), names(ev.Targets), ev.Claims[0].Rule)
			}
			t.Errorf("no event with a counterpart")
		})
	}
}

// TestCounterpartsUnclear checks that no counterpart is given where the
// sentence fills the target's slot with an unnamed party, where the story
// has no clear other side, or where the reading is of another kind.
func TestCounterpartsUnclear(t *testing.T) {
	story := "Estonian coast guards detained two Latvian fishing boats on Monday. Latvia accused Estonia of harassment on Tuesday. "
	for _, tt := range []struct {
		name, body string
		// targetless is the type of the reading that must stay without
		// a target, or "" where none is kept.
		targetless graph.EventType
	}{
		{"object names no party", story + "Latvia threatened fishermen with heavy fines.", graph.Threaten},
		{"passive", story + "Latvian troops were deployed to the coast.", graph.Mobilize},
		{"a request is not given one", story + "Latvia demanded an apology.", ""},
		{"no story", "Latvia threatened to send its navy to the area.", graph.Threaten},
		{"two comparable parties", "Estonia detained two Latvian boats on Monday. Lithuania seized a Latvian ship on Tuesday. " +
			"Latvia accused Estonia of harassment. Latvia accused Lithuania of piracy. Latvia threatened to send its navy.", graph.Threaten},
	} {
		t.Run(tt.name, func(t *testing.T) {
			kept := false
			for _, ev := range extractBody(t, tt.body, "2009-03-04").Events {
				kept = kept || ev.Type == tt.targetless && len(ev.Targets) == 0
				for _, c := range ev.Claims {
					if strings.HasSuffix(c.Rule, counterpartRule) {
						t.Errorf("unexpected %s [%s]", ev.Label, c.Rule)
					}
				}
			}
			if tt.targetless != "" && !kept {
				t.Errorf("no %s without a target", tt.targetless)
			}
		})
	}
}
