package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSupportNouns checks the readings of supportnouns.go, each on a
// sentence made up for the test: the exact actors and targets of the
// event, its type, status and the rule that read it.
func TestSupportNouns(t *testing.T) {
	tests := []struct {
		name, body      string
		typ             graph.EventType
		actors, targets []string
		status          graph.Status
		rule            string
	}{
		{"a possessive owner and a party after for", "Iran's support for Hezbollah angered Israel.",
			graph.Support, []string{"IR"}, []string{"org/hezbollah"}, graph.Reported, "noun:support-owned"},
		{"a state's government as owner, the party after to", "The Syrian government's support to Hamas worries Egypt.",
			graph.Support, []string{"SY"}, []string{"org/hamas"}, graph.Reported, "noun:support-owned"},
		{"support a third party criticises", "Washington criticised Iran's support to the Taliban.",
			graph.Support, []string{"IR"}, []string{"org/taliban"}, graph.Reported, "noun:support-owned"},
		{"the owner after from, before for", "The report described support from Syria for Hamas.",
			graph.Support, []string{"SY"}, []string{"org/hamas"}, graph.Reported, "noun:support-owned"},
		{"the owner after from, after the party", "The report described support for Hamas from Syria.",
			graph.Support, []string{"SY"}, []string{"org/hamas"}, graph.Reported, "noun:support-owned"},
		{"a thing the party owns", "Egypt's support for Israel's position surprised Jordan.",
			graph.Support, []string{"EG"}, []string{"IL"}, graph.Reported, "noun:support-owned"},
		{"an action a party leads", "Tony Blair's support for the U.S.-led invasion cost him votes.",
			graph.Support, []string{"person/tony-blair"}, []string{"US"}, graph.Reported, "noun:support-owned"},
		{"a party holds another's support", "Hamas enjoys the support of Iran.",
			graph.Support, []string{"IR"}, []string{"org/hamas"}, graph.Reported, "noun:support-held"},
		{"support won, with an adverb and a premodifier", "Kuwait has already won the full support of Saudi Arabia.",
			graph.Support, []string{"SA"}, []string{"KW"}, graph.Reported, "noun:support-held"},
		{"material support held is aid", "Hezbollah has the financial support of Iran.",
			graph.Aid, []string{"IR"}, []string{"org/hezbollah"}, graph.Reported, "noun:support-held-material"},
		{"a person holds a person's support", "Jeff Kennett has the support of John Howard.",
			graph.Support, []string{"person/john-howard"}, []string{"person/jeff-kennett"}, graph.Reported, "noun:support-held"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := mustFindExactEvent(t, tt.body, "2008-05-05", tt.typ, tt.actors, tt.targets)
			if ev.Status != tt.status {
				t.Errorf("status %s, want %s", ev.Status, tt.status)
			}
			if !hasClaimRule(ev, tt.rule) {
				t.Errorf("no claim by %s: %v", tt.rule, ev.Claims)
			}
		})
	}
}

// TestSupportNounsNearMisses checks sentences the frame must leave to
// other rules or alone: "in support of" (the verb rule's), support no
// party owns or receives, support sought, lost, withdrawn or needed.
func TestSupportNounsNearMisses(t *testing.T) {
	bodies := []string{
		"Abu Bakar Bashir was condemned for remarks he made in support of Jemaah Islamiyah.",
		"The African Union adopted a resolution in support of the transitional government of Somalia.",
		"The opposition leader said he was not in support of the planned blockade and urged the government to negotiate.",
		"Chevron welcomed the cross-party support by the Premier and the opposition for the pipeline.",
		"Syria's support for the strike was limited.",
		"Pakistan's support for reconstruction in Afghanistan continues.",
		"Israel lost Turkey's support for the blockade.",
		"Israel sought Russia's support for its bid.",
		"Canada withdrew its support for the treaty soon after Stephen Harper took office.",
		"Israel needs the support of Russia.",
	}
	checkNoClaims(t, "2008-05-05", rulePrefixes("noun:support-owned", "noun:support-held"), bodies...)
	// The verb rule's reading of "in support of" stays.
	mustFindEvent(t, bodies[0], "2008-05-05", wantEvent{graph.Support, []string{"person/abu-bakar-bashir"}, []string{"org/jemaah-islamiyah"}})
}
