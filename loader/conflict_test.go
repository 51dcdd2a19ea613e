package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestConflictRules checks the material-conflict triggers, each on a
// sentence made up for the test: the event's type, actors, targets and
// status.
func TestConflictRules(t *testing.T) {
	tests := []eventCase{
		{"vessel boarded by a coast guard", "A Chinese fishing boat was stopped and boarded by the Japanese coast guard.", wantEvent{graph.Coerce, []string{"JP"}, []string{"CN"}}, graph.Reported, false},
		{"targeted by warplanes", "Syrian fuel trucks were targeted by Turkish warplanes.", wantEvent{graph.Assault, []string{"TR"}, []string{"SY"}}, graph.Reported, false},
		{"missiles hit a base", "Israeli missiles hit a Lebanese army base.", wantEvent{graph.Assault, []string{"IL"}, []string{"LB"}}, graph.Reported, false},
		{"persona non grata", "Russia declared the British diplomat Tom Smith persona non grata.", wantEvent{graph.Sanction, []string{"RU"}, []string{"GB"}}, graph.Reported, false},
		{"nuclear test", "Pakistan carried out a nuclear test on Monday.", wantEvent{graph.Mobilize, []string{"PK"}, nil}, graph.Reported, false},
		{"test under a modal", "Officials said Iran may conduct further nuclear tests.", wantEvent{graph.Mobilize, []string{"IR"}, nil}, graph.Speculated, false},
		{"missile test by verb", "Iran tested a ballistic missile.", wantEvent{graph.Mobilize, []string{"IR"}, nil}, graph.Reported, false},
		{"submarine in territorial waters", "A Chinese submarine entered Japanese territorial waters.", wantEvent{graph.Mobilize, []string{"CN"}, []string{"JP"}}, graph.Reported, false},
		{"troops contributed to a force", "Italy will contribute 3,000 troops to Lebanon.", wantEvent{graph.Aid, []string{"IT"}, []string{"LB"}}, graph.Planned, false},
		{"troops moved to a border", "Sudan moved 4,000 troops to its border with Chad.", wantEvent{graph.Mobilize, []string{"SD"}, []string{"TD"}}, graph.Reported, false},
		{"troops moved against an invasion", "Kenya has moved troops north to prevent an invasion by Somalia.", wantEvent{graph.Mobilize, []string{"KE"}, []string{"SO"}}, graph.Reported, false},
		{"troops sent with no destination named", "Britain sent 800 more troops on Monday.", wantEvent{graph.Mobilize, []string{"GB"}, nil}, graph.Reported, false},
		{"warplanes struck positions", "Turkish warplanes struck Syrian positions.", wantEvent{graph.Assault, []string{"TR"}, []string{"SY"}}, graph.Reported, false},
		{"arms supplier by copula", "Russia is Iran's largest arms supplier.", wantEvent{graph.Aid, []string{"RU"}, []string{"IR"}}, graph.Reported, false},
		{"arms supplier in apposition", "France, a major arms supplier to Iraq, objected.", wantEvent{graph.Aid, []string{"FR"}, []string{"IQ"}}, graph.Reported, false},
		{"talks broken off", "Pakistan broke off talks with India.", wantEvent{graph.Sanction, []string{"PK"}, []string{"IN"}}, graph.Reported, false},
		{"blockade its holder is asked to lift", "Turkey urged Greece to lift its naval blockade of Cyprus.", wantEvent{graph.Coerce, []string{"GR"}, []string{"CY"}}, graph.Reported, false},
		{"evidence handed over", "Jordan has provided Syria with a DNA sample.", wantEvent{graph.Cooperate, []string{"JO"}, []string{"SY"}}, graph.Reported, false},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestConflictRulesOtherSenses checks that the material verbs in their
// everyday senses signal nothing.
func TestConflictRulesOtherSenses(t *testing.T) {
	for _, body := range []string{
		"The Chinese delegation boarded a plane to Japan.",
		"Exports from Japan hit a record high in May.",
		"The French company entered the Japanese market.",
		"Germany provided Poland with a loan guarantee.",
		"China has 1,000 missiles targeting Taiwan.",
		"Venezuela is Cuba's largest oil supplier.",
		"Greece lifted its blockade of Cyprus.",
		"The soldiers' first move was to call Rome.",
		"Russia threatened to send warships to Norway.",
		"Russia and the United States signed the nuclear test ban treaty.",
	} {
		ex := extractBody(t, body, "2006-07-18")
		for _, ev := range ex.Events {
			if ev.Type == graph.Coerce || ev.Type == graph.Assault || ev.Type == graph.Mobilize || ev.Type == graph.Cooperate || ev.Type == graph.Aid {
				t.Errorf("%q: unexpected %s event", body, ev.Type)
			}
		}
	}
}

// TestForceOnAPlace: force used on a place its verb or noun takes as object
// falls on the state the place lies in, and the place is where it happened.
func TestForceOnAPlace(t *testing.T) {
	checkRuleCases(t, "2006-07-17", []ruleCase{
		{"verb's object", "Israeli warplanes bombed Gaza on Tuesday.", wantEvent{graph.Assault, []string{"IL"}, []string{"PS"}}, graph.Reported, "verb:bomb-place-host"},
		{"raid on a town", "US troops raided Fallujah.", wantEvent{graph.Assault, []string{"US"}, []string{"IQ"}}, graph.Reported, "verb:attack-place-host"},
		{"a region before the town", "Israeli forces attacked the West Bank town of Jenin.", wantEvent{graph.Assault, []string{"IL"}, []string{"PS"}}, graph.Reported, "verb:attack-place-host"},
		{"noun with on", "Israel imposed a blockade on Gaza.", wantEvent{graph.Coerce, []string{"IL"}, []string{"PS"}}, graph.Reported, "noun:blockade-subject-place-host"},
	})
	// A place in the actor's own state is no target.
	checkNoEvents(t, "2006-07-17", []graph.EventType{graph.Assault}, "Russian troops bombed Grozny.")
}
