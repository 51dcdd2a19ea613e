package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestThreatIdioms checks threats stated by idiom, each on a sentence made
// up for the test: the exact type, actors, targets and status.
func TestThreatIdioms(t *testing.T) {
	checkEvents(t, "2007-03-20", []eventCase{
		{name: "all options on the table regarding a state", body: "Australian Prime Minister John Howard said all options remain on the table regarding Fiji.",
			want: wantEvent{graph.Threaten, []string{"person/john-howard", "AU"}, []string{"FJ"}}, status: graph.Reported, exact: true},
		{name: "options never taken off the table", body: "German Chancellor Angela Merkel said Germany would never take any options off the table with Iran.",
			want: wantEvent{graph.Threaten, []string{"person/angela-merkel", "DE"}, []string{"IR"}}, status: graph.Reported, exact: true},
		{name: "no option off the table", body: "French President Jacques Chirac said no option is off the table against Syria.",
			want: wantEvent{graph.Threaten, []string{"person/jacques-chirac", "FR"}, []string{"SY"}}, status: graph.Reported, exact: true},
		{name: "force not ruled out, subject only", body: "Turkey has not ruled out a military strike against Iraq.",
			want: wantEvent{graph.Threaten, []string{"TR"}, []string{"IQ"}}, status: graph.Reported, exact: true},
		{name: "force not ruled out to stop a party's programme", body: "Japan would not rule out military action to stop North Korea's missile tests.",
			want: wantEvent{graph.Threaten, []string{"JP"}, []string{"KP"}}, status: graph.Reported, exact: true},
		{name: "force not to be ruled out, passive", body: "Ethiopia said the use of force against Eritrea should not be ruled out.",
			want: wantEvent{graph.Threaten, []string{"ET"}, []string{"ER"}}, status: graph.Reported, exact: true},
		{name: "military option kept open", body: "India said it kept the military option open against Pakistan.",
			want: wantEvent{graph.Threaten, []string{"IN"}, []string{"PK"}}, status: graph.Reported, exact: true},
		{name: "turn into hell, quote before the speaker", body: "\"We will turn Egypt into hell,\" al-Qaeda said.",
			want: wantEvent{graph.Threaten, []string{"org/al-qaeda"}, []string{"EG"}}, status: graph.Reported, exact: true},
		{name: "turn into a sea of fire after a colon", body: "Syria said in a statement: \"We will turn Lebanon into a sea of fire.\"",
			want: wantEvent{graph.Threaten, []string{"SY"}, []string{"LB"}}, status: graph.Reported, exact: true},
		{name: "teach a lesson, pronoun subject", body: "India warned it would teach Pakistan a lesson.",
			want: wantEvent{graph.Threaten, []string{"IN"}, []string{"PK"}}, status: graph.Reported, exact: true},
		{name: "vowed to wipe off the map", body: "Russia said it would wipe Georgia off the map.",
			want: wantEvent{graph.Threaten, []string{"RU"}, []string{"GE"}}, status: graph.Reported, exact: true},
		{name: "crush an armed group", body: "Sri Lankan President Mahinda Rajapaksa said the army would crush the Tamil Tigers.",
			want: wantEvent{graph.Threaten, []string{"person/mahinda-rajapaksa", "LK"}, []string{"org/liberation-tigers-of-tamil-eelam"}}, status: graph.Reported},
		{name: "a party should be wiped off the map", body: "Syrian President Bashar al-Assad said Israel should be wiped off the map.",
			want: wantEvent{graph.Threaten, []string{"person/bashar-al-assad", "SY"}, []string{"IL"}}, status: graph.Reported, exact: true},
		{name: "a party will pay dearly", body: "\"Denmark will pay dearly,\" Iran said.",
			want: wantEvent{graph.Threaten, []string{"IR"}, []string{"DK"}}, status: graph.Reported, exact: true},
		{name: "a party will be destroyed", body: "Venezuela said Colombia will be destroyed.",
			want: wantEvent{graph.Threaten, []string{"VE"}, []string{"CO"}}, status: graph.Reported, exact: true},
	})
	checkRejects(t, []reject{
		{"force ruled out", "Turkey ruled out a military strike against Iraq.", graph.Threaten},
		{"option not on the table", "France said the military option is not on the table regarding Syria.", graph.Threaten},
		{"option taken off the table", "France took the military option off the table regarding Syria.", graph.Threaten},
		{"an offer on the table", "Japan said its offer of aid to Peru is on the table.", graph.Threaten},
		{"history wiped off the map", "The Romans wiped Carthage off the map.", graph.Threaten},
		{"sport lesson", "The coach said they would teach the champions a lesson.", graph.Threaten},
		{"past turning into hell", "The rebels turned Chechnya into hell, Russia said.", graph.Threaten},
		{"doom denied", "Iran said Iran will not be wiped off the map.", graph.Threaten},
		{"doom feared", "Hamas said it was more likely that Lebanon would be destroyed.", graph.Threaten},
		{"keeping business options open", "Brazil is keeping its marketing options open.", graph.Threaten},
		{"a firm is no party", "Chrysler Corp said it would crush Ford Motor Co.", graph.Threaten},
	})
}

// TestThreatNounComplements checks that the act a threat noun governs
// ("North Korea's threat to attack") is the threat's, aimed at the act's
// object, and no planned act of its own.
func TestThreatNounComplements(t *testing.T) {
	checkEvents(t, "2008-06-06", []eventCase{
		{name: "possessive threat to attack", body: "North Korea's threat to attack South Korea alarmed the region.",
			want: wantEvent{graph.Threaten, []string{"KP"}, []string{"KR"}}, exact: true},
		{name: "threats to impose", body: "President Ronald Reagan's threats to impose tariffs on Japan angered Tokyo.",
			want: wantEvent{graph.Threaten, []string{"person/ronald-reagan"}, []string{"JP"}}},
	})
	checkNoEvents(t, "2008-06-06", []graph.EventType{graph.Assault, graph.Sanction},
		"North Korea's threat to attack South Korea alarmed the region.",
		"President Ronald Reagan's threats to impose tariffs on Japan angered Tokyo.")
}
