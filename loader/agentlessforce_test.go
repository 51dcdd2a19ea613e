package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAgentlessAttacks checks attacks told from the receiving side with no
// doer named, on sentences made up for the test: the doer is the one party
// the story has just told attacking the side hit.
func TestAgentlessAttacks(t *testing.T) {
	tests := []struct {
		name, body      string
		rule            string
		actors, targets []string
		status          graph.Status
		date            string
	}{
		{"demonym subject, also hit", "Syrian jets struck the Turkish town of Kilis on Monday. A Turkish army barracks was also hit on Tuesday.",
			agentlessForceRule, []string{"SY"}, []string{"TR"}, graph.Reported, "2009-03-03"},
		{"place in a state", "Russian troops shelled Georgian positions on Monday. Two bridges in western Georgia were destroyed on Wednesday.",
			agentlessForceRule, []string{"RU"}, []string{"GE"}, graph.Reported, "2009-03-04"},
		{"possessive place", "Israeli warplanes bombed southern Lebanon on Monday. Beirut's airport was bombed on Tuesday.",
			agentlessForceRule, []string{"IL"}, []string{"LB"}, graph.Reported, "2009-03-03"},
		{"agent only a weapon", "Ethiopian troops attacked Somali towns on Monday. Somali army trucks were again targeted by warplanes on Tuesday.",
			agentlessForceRule, []string{"ET"}, []string{"SO"}, graph.Reported, "2009-03-03"},
		{"named party hit", "Israeli jets bombed Hezbollah positions on Monday. Hezbollah bases were shelled on Tuesday.",
			agentlessForceRule, []string{"IL"}, []string{"org/hezbollah"}, graph.Reported, "2009-03-03"},
		{"hedged", "Israeli jets bombed Gaza on Monday. Officials said Palestinian schools in Rafah may have been hit on Tuesday.",
			agentlessForceRule, []string{"IL"}, []string{"PS"}, graph.Speculated, "2009-03-03"},
		{"came under fire", "Russian jets bombed Georgian villages on Monday. Georgian police posts came under heavy fire on Tuesday.",
			cameUnderForceRule, []string{"RU"}, []string{"GE"}, graph.Reported, "2009-03-03"},
		{"came under fire from armed doer", "Lebanese soldiers came under fire from Hezbollah fighters on Monday.",
			cameUnderForceRule, []string{"org/hezbollah"}, []string{"LB"}, graph.Reported, "2009-03-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2009-03-04")
			for _, ev := range ex.Events {
				if !slices.ContainsFunc(ev.Claims, func(c *graph.Claim) bool { return c.Rule == tt.rule }) {
					continue
				}
				if ev.Type != graph.Assault || !slices.Equal(ids(ev.Actors), tt.actors) || !slices.Equal(ids(ev.Targets), tt.targets) ||
					ev.Status != tt.status || ev.Date != tt.date {
					t.Errorf("%s %v → %v %s %s, want ASSAULT %v → %v %s %s", ev.Type, ids(ev.Actors), ids(ev.Targets), ev.Status, ev.Date,
						tt.actors, tt.targets, tt.status, tt.date)
				}
				return
			}
			t.Errorf("no event by %s", tt.rule)
		})
	}
	// Sentences where this file must read no attack.
	for _, tt := range []struct{ name, body string }{
		{"no attack told before", "A Turkish army barracks was hit on Tuesday."},
		{"two attackers told", "Syrian jets struck Lebanon on Monday. Israeli jets bombed Lebanon on Tuesday. A Lebanese army post was also hit."},
		{"the attack told was on another party", "Turkish jets bombed Kurdish rebel camps on Monday. Several Iraqi villages were hit on Tuesday."},
		{"a place near the side hit", "Georgian troops shelled Tskhinvali on Monday. Villages near the Russian border were bombed on Tuesday."},
		{"a force in a place is not the place's", "US jets bombed Iraqi positions on Monday. US patrols in Baghdad came under heavy fire on Tuesday."},
		{"a storm is no force", "Syrian jets struck Turkey on Monday. A Turkish village was hit by a storm on Tuesday."},
		{"a named agent is the passive rules'", "Syrian jets struck Turkey on Monday. A Turkish village was hit by Iranian jets on Tuesday."},
		{"criticism", "Syrian jets struck Turkey on Monday. The Turkish ambassador came under fire from Syria for his remarks."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, ev := range extractBody(t, tt.body, "2009-03-04").Events {
				for _, c := range ev.Claims {
					if c.Rule == agentlessForceRule || c.Rule == cameUnderForceRule {
						t.Errorf("unexpected %s [%s]", ev.Label, c.Rule)
					}
				}
			}
		})
	}
	checkRejects(t, []reject{
		{"attacked in words, received", "Syria came under attack from Turkish newspapers.", graph.Assault},
	})
}
