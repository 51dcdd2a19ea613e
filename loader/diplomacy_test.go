package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDiplomacyRules checks the diplomacy theme's rules, each on a
// sentence made up for the test: deals named with their parties in a
// "between" phrase, acts a coordinated group of sayers said "they" did,
// and telephone calls named inside a clause.
func TestDiplomacyRules(t *testing.T) {
	checkEvents(t, "2007-08-15", []eventCase{
		{"an agreement between two states", "The trade agreement between Chile and Japan covers copper.",
			wantEvent{graph.Agree, []string{"CL"}, []string{"JP"}}, graph.Reported, true},
		{"a deal reached between", "A deal was reached last week between Egypt and Hamas on the border.",
			wantEvent{graph.Agree, []string{"EG"}, []string{"org/hamas"}}, graph.Reported, true},
		{"agreed between", "A prisoner exchange was agreed between Israel and Hezbollah in July.",
			wantEvent{graph.Agree, []string{"IL"}, []string{"org/hezbollah"}}, graph.Reported, true},
		{"a list of parties", "Under the pact between Norway, Sweden and Finland, patrols are shared.",
			wantEvent{graph.Agree, []string{"NO"}, []string{"SE", "FI"}}, graph.Reported, true},
		{"a deal signed between", "The fleet stays under an accord signed between Georgia and Armenia.",
			wantEvent{graph.Support, []string{"GE"}, []string{"AM"}}, graph.Reported, true},
		{"they after coordinated sayers", "Malawi and Gambia confirmed they had recognized Taiwan.",
			wantEvent{graph.Support, []string{"MW", "GM"}, []string{"TW"}}, graph.Reported, true},
		{"a call with a named party", "Vladimir Putin set out his terms in a telephone call with Angela Merkel.",
			wantEvent{graph.Consult, []string{"person/vladimir-putin"}, []string{"person/angela-merkel"}}, graph.Reported, false},
		{"the one told during a call", "Tony Blair told Jacques Chirac during a phone call that the vote would be held.",
			wantEvent{graph.Consult, []string{"person/tony-blair"}, []string{"person/jacques-chirac"}}, graph.Reported, false},
		{"a call received from a caller", "Hosni Mubarak received a telephone call on Monday from Jacques Chirac.",
			wantEvent{graph.Consult, []string{"person/jacques-chirac"}, []string{"person/hosni-mubarak"}}, graph.Reported, false},
	})
}

// TestDiplomacyRulesLeaveOtherSenses checks that a deal only hoped for,
// called for or denied, and a "between" that names another noun's sides,
// give no agreement.
func TestDiplomacyRulesLeaveOtherSenses(t *testing.T) {
	for _, body := range []string{
		"Canada hopes for a trade deal between Chile and Japan.",
		"There is no extradition treaty between Chile and Japan.",
		"The deal on the border between Chile and Argentina was praised by Japan.",
	} {
		ex := extractBody(t, body, "2007-08-15")
		for _, ev := range ex.Events {
			if ev.Type == graph.Agree || ev.Type == graph.Support && ev.Mode == "sign" {
				t.Errorf("%q: unexpected %s", body, ev.Label)
			}
		}
	}
}
