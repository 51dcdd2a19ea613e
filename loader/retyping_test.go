package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestTypeCorrections checks the type corrections, each on a sentence made
// up for the test: a resignation yields (CONCEDE), a refused act of
// cooperation is a rejection, and material support is aid.
func TestTypeCorrections(t *testing.T) {
	checkEvents(t, "2007-08-15", []eventCase{
		{"a resignation concedes", "Peruvian Prime Minister Ana Rosa Quispe resigned on Monday.",
			wantEvent{graph.Concede, []string{"person/ana-rosa-quispe", "PE"}, nil}, graph.Reported, true},
		{"refused to ratify", "Canada refused to ratify the treaty with Norway.",
			wantEvent{graph.Reject, []string{"CA"}, []string{"NO"}}, graph.Reported, true},
		{"declined to withdraw", "Poland declined to withdraw its troops from Chad.",
			wantEvent{graph.Reject, []string{"PL"}, []string{"TD"}}, graph.Reported, true},
		{"financial support to", "Libya sent financial support to the Polisario Front.",
			wantEvent{graph.Aid, []string{"LY"}, []string{"org/polisario-front"}}, graph.Reported, false},
	})
}

// TestTypeCorrectionsKeepOtherReadings checks that a refused hostile act
// stays a denied act of its type and that political support stays SUPPORT.
func TestTypeCorrectionsKeepOtherReadings(t *testing.T) {
	checkEvents(t, "2007-08-15", []eventCase{
		{"refused to attack", "Chile refused to attack Bolivia.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"BO"}}, graph.Denied, true},
		{"political support", "Brazil voiced its political support for Venezuela.",
			wantEvent{graph.Support, []string{"BR"}, []string{"VE"}}, graph.Reported, true},
	})
	ex := extractBody(t, "Libya sent financial support to the Polisario Front.", "2007-08-15")
	for _, ev := range ex.Events {
		if ev.Type == graph.Aid && ev.Mode != "economic" {
			t.Errorf("%s: mode %q, want economic", ev.Label, ev.Mode)
		}
	}
}

// TestAttributiveTriggersNameNoEvent checks that a trigger word used as the
// attribute of gear names no event, while the event word itself still does.
func TestAttributiveTriggersNameNoEvent(t *testing.T) {
	for _, body := range []string{
		"Peru bought attack helicopters from Russia.",
		"Bolivian police trained with riot control equipment supplied by Brazil.",
		"The Canadian board will release its decision on Pakistan's request next week.",
	} {
		ex := extractBody(t, body, "2007-08-15")
		for _, ev := range ex.Events {
			if ev.Type == graph.Assault || ev.Type == graph.Protest || ev.Type == graph.Retreat {
				t.Errorf("%q: unexpected %s", body, ev.Label)
			}
		}
	}
	checkEvents(t, "2007-08-15", []eventCase{
		{"an attack still attacks", "Chad's attack on Sudan killed ten soldiers.",
			wantEvent{graph.Assault, []string{"TD"}, []string{"SD"}}, graph.Reported, true},
	})
}

// TestCondolencesAreNoPromise checks that condolences offered, an
// empathetic comment (CAMEO 018, dropped in PLOVER), are no promise.
func TestCondolencesAreNoPromise(t *testing.T) {
	checkNoEvents(t, "2007-12-28", []graph.EventType{graph.Agree},
		"Japan offered condolences to China after the earthquake.",
		"The minister offered his sympathy to Peru.",
	)
	checkEvents(t, "2007-12-28", []eventCase{
		{"an offer of aid is still a promise", "Japan offered aid to China after the earthquake.",
			wantEvent{graph.Agree, []string{"JP"}, []string{"CN"}}, graph.Reported, true},
	})
}

// TestNamesOfNoEvent leaves alone trigger words that name a facility, the
// subject of an office or text, an author of rules, or an event that is
// only the victims' occasion.
func TestNamesOfNoEvent(t *testing.T) {
	checkNoEvents(t, "2006-02-16", []graph.EventType{graph.Assault, graph.Coerce, graph.Protest, graph.Accuse},
		"The UN special envoys on torture reported on the US detention facility at Guantanamo Bay.",
		"Cyprus said the ship was in violation of United Nations resolutions.",
		"Newsweek apologized to the victims of last week's deadly protests in Afghanistan.",
	)
}
