package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPossessivePronounOwners checks that "his", "her", "its" and "their"
// before an event noun stand for the nearest party of their kind named
// before them, when the noun names whom the act goes to; an unnamed owner
// nearer, or a verb that ends the act, leaves no event.
func TestPossessivePronounOwners(t *testing.T) {
	checkEvents(t, "2008-06-15", []eventCase{
		{name: "her visit", body: "Angela Merkel raised the issue during her visit to Brazil.",
			want: wantEvent{graph.Consult, []string{"person/angela-merkel", "DE"}, []string{"BR"}}, exact: true},
		{name: "its offensive", body: "Peru decided to step up its attacks on Bolivia.",
			want: wantEvent{graph.Assault, []string{"PE"}, []string{"BO"}}, exact: true},
		{name: "their pullout", body: "Chile said its troops would start their pullout from Peru on Monday.",
			want: wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, status: graph.Planned},
		{name: "ended force still used", body: "The council told Hezbollah to end its attacks on Israel.",
			want: wantEvent{graph.Assault, []string{"org/hezbollah"}, []string{"IL"}}},
	})
	checkRejects(t, []reject{
		{"ended cooperation", "Chile ended its cooperation with the International Atomic Energy Agency.", graph.Cooperate},
		{"unnamed owner nearer", "Angela Merkel says the prime minister should have used his trip to Brazil to learn.", graph.Consult},
		{"no target named", "Angela Merkel spoke warmly of her visit.", graph.Consult},
	})
}

// TestPersonObjectPronoun checks that an object "him" or "her" stands for
// the nearest other person the sentence names.
func TestPersonObjectPronoun(t *testing.T) {
	checkEvents(t, "2008-06-15", []eventCase{
		{name: "asking her", body: "Chilean lawmakers sent a letter to Hillary Clinton, asking her to release the funds.",
			want: wantEvent{graph.Request, []string{"CL"}, []string{"person/hillary-clinton"}}},
	})
	checkRejects(t, []reject{
		{"possessive her", "After Luiz Inácio Lula da Silva spoke, Angela Merkel offered her condolences.", graph.Agree},
	})
}
