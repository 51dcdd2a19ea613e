package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCoercionRules checks the coercion theme's rules, each on a sentence
// made up for the test: designations of terrorist groups, orders to leave,
// entry bans and states' arrests of people they do not name.
func TestCoercionRules(t *testing.T) {
	checkEvents(t, "2007-08-15", []eventCase{
		{"designated a terrorist organization", "Canada designated Hezbollah a terrorist organization on Monday.",
			wantEvent{graph.Sanction, []string{"CA"}, []string{"org/hezbollah"}}, graph.Reported, true},
		{"planned labelling as a terrorist group", "The United States will label the Tamil Tigers as a terrorist group.",
			wantEvent{graph.Sanction, []string{"US"}, []string{"org/liberation-tigers-of-tamil-eelam"}}, graph.Planned, true},
		{"listed by agents", "Hamas is listed as a terrorist organisation by Australia and Japan.",
			wantEvent{graph.Sanction, []string{"AU", "JP"}, []string{"org/hamas"}}, graph.Reported, true},
		{"blacklisted", "Britain blacklisted Hezbollah last year.",
			wantEvent{graph.Sanction, []string{"GB"}, []string{"org/hezbollah"}}, graph.Reported, true},
		{"added to a terrorist list", "The European Union added Hamas to its list of terrorist organisations.",
			wantEvent{graph.Sanction, []string{"org/european-union"}, []string{"org/hamas"}}, graph.Reported, true},
		{"ordered to leave", "Chad ordered Petronas to leave the country within 24 hours.",
			wantEvent{graph.Coerce, []string{"TD"}, []string{"org/petronas"}}, graph.Reported, false},
		{"barred from entering", "Kenya barred Somali warlords from entering the country.",
			wantEvent{graph.Sanction, []string{"KE"}, []string{"SO"}}, graph.Reported, true},
		{"a vessel boarded by a state's officers", "The freighter Arctic Star was boarded by Finnish customs officials on Monday.",
			wantEvent{graph.Coerce, []string{"FI"}, []string{"org/arctic-star"}}, graph.Reported, false},
		{"a vessel intercepted by a navy", "The Indian Navy intercepted the tanker Sea Falcon off Mumbai.",
			wantEvent{graph.Coerce, []string{"org/indian-navy"}, []string{"org/sea-falcon"}}, graph.Reported, false},
		{"a state's arrest of unnamed people", "Chinese police have detained 40 suspects in Lhasa.",
			wantEvent{graph.Coerce, []string{"CN"}, nil}, graph.Reported, true},
		{"a state's deportation of unnamed people", "Libya deported hundreds of migrants last week.",
			wantEvent{graph.Coerce, []string{"LY"}, nil}, graph.Reported, true},
	})
}

// TestCoercionRulesLeaveOtherSenses checks that name-calling by others
// than states is no designation, and that the scene's verbs in other
// senses give no coercion.
func TestCoercionRulesLeaveOtherSenses(t *testing.T) {
	checkNoEvents(t, "2007-08-15", []graph.EventType{graph.Sanction, graph.Coerce},
		"Hamas labelled Israel a terrorist organization.",
		"Stockholm came out on top, followed in order by Oslo and Paris.",
		"The treasurer seized on the opposition leader's uncertainty.",
		"Local police arrested two men for burglary.",
		"The talks stopped when the delegates boarded their flights.",
	)
}

// TestTradeBanObjects checks that a ban on the goods or transport of a
// state is a sanction, not coercion.
func TestTradeBanObjects(t *testing.T) {
	tests := []eventCase{
		{"importation", "Kenya banned the importation of Ugandan sugar.", wantEvent{graph.Sanction, []string{"KE"}, []string{"UG"}}, graph.Reported, false},
		{"services", "Malta banned services from Libya on Monday.", wantEvent{graph.Sanction, []string{"MT"}, []string{"LY"}}, graph.Reported, false},
		{"airlines", "Chile banned airlines from Peru.", wantEvent{graph.Sanction, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
	}
	checkEvents(t, "2006-07-18", tests)
}
