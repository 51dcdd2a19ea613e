package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestGazetteerOrganizations checks bodies the gazetteer's organisations
// list names: a state organ acts with its state even when its name does
// not show it, a party, militia or NGO acts alone, a name may run through
// a possessive, the longest name wins over one it contains, and an acronym
// other bodies share names the body only after its full name.
func TestGazetteerOrganizations(t *testing.T) {
	tests := []eventCase{
		{name: "a state organ named by one word acts with its state", body: "Mossad accused Iran of arming the militias.",
			want: wantEvent{graph.Accuse, []string{"org/mossad", "IL"}, []string{"IR"}}, status: graph.Reported, exact: true},
		{name: "an army whose name shows no state acts with its state", body: "The People's Liberation Army threatened Taiwan.",
			want: wantEvent{graph.Threaten, []string{"org/peoples-liberation-army", "CN"}, []string{"TW"}}, exact: true},
		{name: "a militia named like a state's forces acts alone", body: "The Lebanese Forces condemned Syria for the attack.",
			want: wantEvent{graph.Accuse, []string{"org/lebanese-forces"}, []string{"SY"}}, exact: true},
		{name: "a party acts alone, by its acronym", body: "The ANC condemned Zimbabwe for the crackdown.",
			want: wantEvent{graph.Accuse, []string{"org/african-national-congress"}, []string{"ZW"}}, exact: true},
		{name: "an NGO by its English name", body: "Doctors Without Borders accused Sudan of blocking aid.",
			want: wantEvent{graph.Accuse, []string{"org/medecins-sans-frontieres"}, []string{"SD"}}, exact: true},
		{name: "a longer name is not the name it contains", body: "Iraq condemned al-Qaeda in Iraq for the bombing.",
			want: wantEvent{graph.Accuse, []string{"IQ"}, []string{"org/al-qaeda-in-iraq"}}, exact: true},
		{name: "a splinter party is not its parent", body: "Republican Sinn Féin condemned Britain for the raids.",
			want: wantEvent{graph.Accuse, []string{"org/republican-sinn-fein"}, []string{"GB"}}, exact: true},
		{name: "a shared acronym after the full name names the body", body: "The International Criminal Court opened a case on Darfur. The ICC accused Sudan of war crimes.",
			want: wantEvent{graph.Accuse, []string{"org/international-criminal-court"}, []string{"SD"}}, exact: true},
		{name: "a shared acronym glossed as another body is not the gazetteer's", body: "The Interstate Commerce Commission (ICC) rejected the merger. The ICC accused Sudan of war crimes.",
			want: wantEvent{graph.Accuse, []string{"org/interstate-commerce-commission"}, []string{"SD"}}, exact: true},
	}
	checkEvents(t, "2007-06-18", tests)
}
