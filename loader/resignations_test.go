package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestResignations checks the readings of resignations.go, each on a
// sentence made up for the test: the event's type, actors and targets
// (none where the sentence names none), its status and its rule.
func TestResignations(t *testing.T) {
	cases := []struct {
		ruleCase
		noTarget bool
	}{
		{ruleCase{"stepped down with no body named", "Peruvian Prime Minister Ana Rosa Quispe stepped down on Tuesday.",
			wantEvent{graph.Concede, []string{"person/ana-rosa-quispe"}, nil}, graph.Reported, "verb:step-down"}, true},
		{ruleCase{"will stand down from office", "Ana Rosa Quispe said she will stand down from office next month.",
			wantEvent{graph.Concede, []string{"person/ana-rosa-quispe"}, nil}, graph.Planned, "verb:step-down-pronoun"}, true},
		{ruleCase{"quit his post", "Interior Minister Tomas Varga of Hungary quit his post on Friday.",
			wantEvent{graph.Concede, []string{"person/tomas-varga"}, nil}, graph.Reported, "verb:step-down"}, true},
		{ruleCase{"announced his resignation", "Tomas Varga announced his resignation on Friday.",
			wantEvent{graph.Concede, []string{"person/tomas-varga"}, nil}, graph.Reported, "noun:resign-handed"}, true},
		{ruleCase{"a modifier before the noun", "Tomas Varga handed in his long-awaited resignation on Friday.",
			wantEvent{graph.Concede, []string{"person/tomas-varga"}, nil}, graph.Reported, "noun:resign-handed"}, true},
		{ruleCase{"tendered to a named recipient", "Tomas Varga tendered his resignation to President Ana Rosa Quispe.",
			wantEvent{graph.Concede, []string{"person/tomas-varga"}, []string{"person/ana-rosa-quispe"}}, graph.Reported, "noun:resign-handed"}, false},
		{ruleCase{"will submit: planned", "Tomas Varga will submit her resignation to parliament tomorrow.",
			wantEvent{graph.Concede, []string{"person/tomas-varga"}, nil}, graph.Planned, "noun:resign-handed"}, true},
		{ruleCase{"a resignation accepted in the passive", "Tomas Varga resigned on Monday. The resignation was accepted by President Ana Rosa Quispe.",
			wantEvent{graph.Agree, []string{"person/ana-rosa-quispe"}, []string{"person/tomas-varga"}}, graph.Reported, "verb:accept-resignation-ref"}, false},
		{ruleCase{"accepted his resignation", "Tomas Varga stepped down on Monday. President Ana Rosa Quispe accepted his resignation.",
			wantEvent{graph.Agree, []string{"person/ana-rosa-quispe"}, []string{"person/tomas-varga"}}, graph.Reported, "verb:accept-resignation-ref"}, false},
		{ruleCase{"conceded defeat", "Opposition leader Tomas Varga conceded defeat on Sunday night.",
			wantEvent{graph.Concede, []string{"person/tomas-varga"}, nil}, graph.Reported, "verb:concede-defeat"}, true},
		{ruleCase{"conceded the election to a rival", "Tomas Varga conceded the election to Ana Rosa Quispe.",
			wantEvent{graph.Concede, []string{"person/tomas-varga"}, []string{"person/ana-rosa-quispe"}}, graph.Reported, "verb:concede-defeat"}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ev := mustFindEvent(t, tc.body, "2006-05-03", tc.want)
			if ev.Status != tc.status {
				t.Errorf("status %s, want %s", ev.Status, tc.status)
			}
			if !hasClaimRule(ev, tc.rule) {
				t.Errorf("no claim by %s: %v", tc.rule, ev.Claims)
			}
			if tc.noTarget && len(ev.Targets) > 0 {
				t.Errorf("targets %v, want none", ids(ev.Targets))
			}
		})
	}
}

// TestResignationNearMisses checks sentences that state no resignation:
// troops standing down, a resignation only asked for or refused, a crowd's
// demand, an aide leaving a campaign.
func TestResignationNearMisses(t *testing.T) {
	checkNoEvents(t, "2006-05-03", []graph.EventType{graph.Concede},
		"Peruvian forces will stand down once the rebels disarm.",
		"Ana Rosa Quispe urged Tomas Varga to accept the verdict and step down.",
		"Tomas Varga has been advised by Ana Rosa Quispe to step down.",
		"Tomas Varga said he has no plans to hand in his resignation.",
		"Tomas Varga has been advised by Ana Rosa Quispe to resign.",
		"Protesters chanted \"Tomas Varga step down!\" outside parliament.",
		"Protesters chanted \"Tomas Varga resign!\" outside parliament.",
		"Campaign aide Tomas Varga resigned on Monday.")
	// Stepping down "as" a title is no act on the person named after it.
	checkNoParty(t, "2006-05-03", "Tomas Varga may step down as leader as Ana Rosa Quispe gains support.", "person/ana-rosa-quispe", true)
}
