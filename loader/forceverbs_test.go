package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// forceEvent returns the first event of the sentence one of whose claims
// came from a rule named with prefix, or nil.
func forceEvent(t *testing.T, body, prefix string) *graph.Event {
	t.Helper()
	ex := extractBody(t, body, "2009-03-04")
	for _, ev := range ex.Events {
		if slices.ContainsFunc(ev.Claims, func(c *graph.Claim) bool { return strings.HasPrefix(c.Rule, prefix) }) {
			return ev
		}
	}
	return nil
}

// TestForceVerbs checks strikes, incursions and a force owned through
// "its", read from the plain frames of the commonest verbs of force, on
// sentences made up for the test.
func TestForceVerbs(t *testing.T) {
	tests := []struct {
		name, body, rule string
		typ              graph.EventType
		actor, target    string
		status           graph.Status
	}{
		{"struck, party's positions", "Israel struck Hezbollah positions near Tyre.", "verb:strike-party", graph.Assault, "Israel", "Hezbollah", graph.Reported},
		{"struck a party", "Turkey struck the PKK on Sunday.", "verb:strike-party", graph.Assault, "Turkey", "Kurdistan Workers' Party", graph.Reported},
		{"hit, demonym's targets", "Russia hit Georgian targets near Gori.", "verb:strike-party", graph.Assault, "Russia", "Georgia", graph.Reported},
		{"hit, force subject", "Israeli troops hit Hamas bases in Gaza.", "verb:strike-party", graph.Assault, "Israel", "Hamas", graph.Reported},
		{"had struck under a speech verb", "Syrian officials said Israel had struck Lebanese villages.", "verb:strike-party", graph.Assault, "Israel", "Lebanon", graph.Reported},
		{"the positions of", "Israel struck the positions of Hezbollah overnight.", "verb:strike-party", graph.Assault, "Israel", "Hezbollah", graph.Reported},
		{"counted targets", "Ethiopia hit several Somali bases.", "verb:strike-party", graph.Assault, "Ethiopia", "Somalia", graph.Reported},
		{"passive with party agent", "Lebanese bases were struck by Israel on Friday.", "verb:strike-party", graph.Assault, "Israel", "Lebanon", graph.Reported},
		{"negated strike", "Israel did not strike Syria.", "verb:strike-party", graph.Assault, "Israel", "Syria", graph.Denied},
		{"present tense", "Israel strikes Hamas targets in Gaza.", "verb:strike-party", graph.Assault, "Israel", "Hamas", graph.Reported},
		{"its troops after said", "Pakistan said its troops shelled Indian posts.", "verb:shell-owner", graph.Assault, "Pakistan", "India", graph.Reported},
		{"its forces, another verb", "Iraq said today its forces had attacked Iranian positions.", "verb:attack-owner", graph.Assault, "Iraq", "Iran", graph.Reported},
		{"troops entered a state", "Ethiopian troops entered Somalia on Tuesday.", "verb:incursion", graph.Mobilize, "Ethiopia", "Somalia", graph.Reported},
		{"crossed into", "Russian soldiers crossed into Georgia.", "verb:incursion", graph.Mobilize, "Russia", "Georgia", graph.Reported},
		{"entered a region", "Turkish tanks entered northern Iraq.", "verb:incursion", graph.Mobilize, "Turkey", "Iraq", graph.Reported},
		{"boats entered waters", "Israeli boats entered Lebanese waters.", "verb:incursion", graph.Mobilize, "Israel", "Lebanon", graph.Reported},
		{"state entered territory", "Colombia entered Ecuadorian territory.", "verb:incursion", graph.Mobilize, "Colombia", "Ecuador", graph.Reported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := forceEvent(t, tt.body, tt.rule)
			if ev == nil {
				t.Fatalf("no event by %s", tt.rule)
			}
			if ev.Type != tt.typ || firstName(ev.Actors) != tt.actor || firstName(ev.Targets) != tt.target || ev.Status != tt.status {
				t.Errorf("%s %v → %v %s, want %s %s → %s %s", ev.Type, ids(ev.Actors), ids(ev.Targets), ev.Status, tt.typ, tt.actor, tt.target, tt.status)
			}
		})
	}
	// Sentences where the verbs read no attack and no incursion.
	for _, tt := range []struct{ name, body string }{
		{"struck a deal", "Israel struck a deal with Hezbollah."},
		{"struck a balance", "Brazil struck a balance between growth and inflation."},
		{"struck down", "The Supreme Court struck down the law."},
		{"earthquake", "An earthquake struck Pakistan."},
		{"hurricane", "Hurricane Katrina struck Louisiana."},
		{"hit with tariffs", "The United States hit Japan with tariffs on steel."},
		{"hit back", "Japan hit back at the United States."},
		{"crisis as subject", "The crisis hit Greece hard."},
		{"name modifying a noun", "China hit Japanese exporters."},
		{"passive, disaster agent", "Pakistan was hit by an earthquake."},
		{"aim, not act", "Israel threatened to strike Iran."},
		{"leader entered", "Vladimir Putin entered Georgia."},
		{"leader entered airspace", "Vladimir Putin entered Georgian airspace."},
		{"fishing boats", "Chinese fishing boats entered Japanese waters."},
		{"refugees crossed", "Thousands of refugees crossed into Chad."},
		{"crossed without into", "Israeli troops crossed Lebanon."},
		{"state inside a prepositional phrase", "Soldiers in the occupation of Iraq entered Iranian territory."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, prefix := range []string{"verb:strike-party", "verb:incursion"} {
				if ev := forceEvent(t, tt.body, prefix); ev != nil && (ev.Type == graph.Assault || ev.Type == graph.Mobilize) {
					t.Errorf("%s %v → %v by %s", ev.Type, ids(ev.Actors), ids(ev.Targets), prefix)
				}
			}
		})
	}
}
