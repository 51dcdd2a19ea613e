package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestOpeningPronouns checks that a pronoun or bare description opening a
// sentence stands for the subject of the sentence before when it agrees
// in kind.
func TestOpeningPronouns(t *testing.T) {
	tests := []eventCase{
		{name: "it after a state", body: "Iran rejected the proposal on Tuesday. It also accused Washington of lying.",
			want: wantEvent{graph.Accuse, []string{"IR"}, []string{"US"}}, status: graph.Reported, exact: true},
		{name: "it after an organisation", body: "NATO expanded its mission in Afghanistan. It also condemned Iran.",
			want: wantEvent{graph.Accuse, []string{"org/nato"}, []string{"IR"}}, status: graph.Reported, exact: true},
		{name: "it after an opening adverbial", body: "On Monday, China sent troops to the border. Later, it accused India of provocations.",
			want: wantEvent{graph.Accuse, []string{"CN"}, []string{"IN"}}, status: graph.Reported, exact: true},
		{name: "they after an organisation", body: "Hamas ended its truce with Israel on Sunday. They also rejected the Egyptian proposal for new talks.",
			want: wantEvent{graph.Reject, []string{"org/hamas"}, []string{"EG"}}, status: graph.Reported, exact: true},
		{name: "they after a nationality's officials", body: "Syrian officials met the envoy in Damascus. They later accused Israel of arming the militias.",
			want: wantEvent{graph.Accuse, []string{"SY"}, []string{"IL"}}, status: graph.Reported, exact: true},
		{name: "the country", body: "Venezuela recalled its ambassador on Friday. The country also accused Colombia of spying.",
			want: wantEvent{graph.Accuse, []string{"VE"}, []string{"CO"}}, status: graph.Reported, exact: true},
		{name: "the group", body: "Hezbollah held a rally in Beirut. The group condemned the United States.",
			want: wantEvent{graph.Accuse, []string{"org/hezbollah"}, []string{"US"}}, status: graph.Reported, exact: true},
		{name: "across a sentence naming no state", body: "Pakistan tested a missile on Monday. The launch took place at dawn. It also condemned India.",
			want: wantEvent{graph.Accuse, []string{"PK"}, []string{"IN"}}, exact: true},
		{name: "they after a pair", body: "Russia and China met in Beijing on Monday. They condemned Georgia.",
			want: wantEvent{graph.Accuse, []string{"RU", "CN"}, []string{"GE"}}, status: graph.Reported, exact: true},
		{name: "they after a titled pair", body: "Putin and President George W. Bush spoke by phone. They also criticised Iran.",
			want: wantEvent{graph.Accuse, []string{"person/vladimir-putin", "person/george-w-bush"}, []string{"IR"}}},
	}
	checkEvents(t, "2006-05-03", tests)
}

// TestClausePronouns checks that "he" or "she" opening a later clause of
// the sentence continues the subject, not a person named in a phrase.
func TestClausePronouns(t *testing.T) {
	tests := []eventCase{
		{name: "he after a name in a by-phrase", body: "Chilean President Marco Bellini has not commented on the remarks made by Tomas Rivera, but he condemned Peru.",
			want: wantEvent{graph.Accuse, []string{"person/marco-bellini", "CL"}, []string{"PE"}}, status: graph.Reported, exact: true},
		{name: "he with no other person", body: "Tomas Rivera arrived in Lima on Monday, and he condemned Peru.",
			want: wantEvent{graph.Accuse, []string{"person/tomas-rivera"}, []string{"PE"}}, status: graph.Reported, exact: true},
	}
	checkEvents(t, "2006-05-03", tests)
}

// TestOpeningPronounRejects checks openings that must stay unresolved: a
// placeholder "it", a subject of the wrong kind, a pair, a noun the name
// only qualifies, and a new paragraph.
func TestOpeningPronounRejects(t *testing.T) {
	tests := []reject{
		{"placeholder it", "Iran rejected the proposal. It is unclear whether talks will resume with France.", graph.Consult},
		{"it after a person", "Vladimir Putin visited Paris. It condemned Georgia.", graph.Accuse},
		{"it after a pair", "Russia and China met in Beijing. It condemned Georgia.", graph.Accuse},
		{"they after a state", "Iran tested a missile. They condemned Israel.", graph.Accuse},
		{"it after a qualifying name", "The Iraq war began in 2003. It condemned Syria.", graph.Accuse},
		{"it across a sentence naming a state", "Iran tested a missile. The launch worried Russia. It condemned Israel.", graph.Accuse},
		{"new paragraph", "Iran tested a missile.\n\nIt condemned Israel.", graph.Accuse},
		{"they after a pair in another paragraph", "Russia and China met in Beijing.\n\nThey condemned Georgia.", graph.Accuse},
		{"they described", "Hamas released two hostages. They were accused of spying by Israel.", graph.Accuse},
	}
	checkRejects(t, tests)
}
