package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// storyOpening names Zimbabwe in two sentences, which makes it the
// story's state.
const storyOpening = "Zimbabwe will hold a run-off vote in June. The opposition says Zimbabwe is in crisis. "

// TestStoryCustody checks agentless arrests with no place, on sentences
// made up for the test: the story's state is the doer when a person or
// body is named as the patient.
func TestStoryCustody(t *testing.T) {
	checkEvents(t, "2008-06-06", []eventCase{
		{name: "named person detained", body: storyOpening + "Morgan Tsvangirai was detained for several hours on Wednesday.",
			want: wantEvent{graph.Coerce, []string{"ZW"}, []string{"person/morgan-tsvangirai"}}, status: graph.Reported},
		{name: "named person jailed, adverb", body: storyOpening + "Pierre Dubois was briefly jailed in 2006.",
			want: wantEvent{graph.Coerce, []string{"ZW"}, []string{"person/pierre-dubois"}}, status: graph.Reported},
		{name: "named person sentenced", body: storyOpening + "Pierre Dubois was sentenced to four years in prison.",
			want: wantEvent{graph.Coerce, []string{"ZW"}, []string{"person/pierre-dubois"}}, status: graph.Reported},
		{name: "among those arrested", body: storyOpening + "Pierre Dubois was among those arrested.",
			want: wantEvent{graph.Coerce, []string{"ZW"}, []string{"person/pierre-dubois"}}, status: graph.Reported},
		{name: "among those detained, inverted", body: storyOpening + "Among those detained was the activist Pierre Dubois.",
			want: wantEvent{graph.Coerce, []string{"ZW"}, []string{"person/pierre-dubois"}}, status: graph.Reported},
		{name: "named body banned", body: storyOpening + "The Movement for Democratic Change was banned in February.",
			want: wantEvent{graph.Coerce, []string{"ZW"}, []string{"org/movement-for-democratic-change"}}, status: graph.Reported},
		{name: "crowd arrested, story state", body: storyOpening + "More than 200 protesters were arrested on Friday.",
			want: wantEvent{graph.Coerce, []string{"ZW"}, nil}, status: graph.Reported},
		{name: "men arrested, story state", body: storyOpening + "Six local men were arrested on Friday.",
			want: wantEvent{graph.Coerce, []string{"ZW"}, nil}, status: graph.Reported},
		{name: "crowd detained, place named", body: storyOpening + "Forty people were detained in Nairobi.",
			want: wantEvent{graph.Coerce, []string{"KE"}, nil}, status: graph.Reported},
		{name: "embassies' owners are not the story's state", body: "Protesters in Serbia stormed the US embassy on Thursday. " +
			"The US embassy was set on fire. Rocks hit the US embassy and the Croatian embassy. Serbia condemned the riots. " +
			"Around 100 rioters were arrested.",
			want: wantEvent{graph.Coerce, []string{"RS"}, nil}, status: graph.Reported},
	})
}

// TestStoryCustodyRejects checks agentless custody the story's state is
// not taken to have done: hedged passives, pronouns, nationals, places
// of another state, custody words other than the five.
func TestStoryCustodyRejects(t *testing.T) {
	checkRejects(t, []reject{
		{"called for an arrest", storyOpening + "Pierre Dubois called for Morgan Tsvangirai to be arrested.", graph.Coerce},
		{"should not have been", storyOpening + "Morgan Tsvangirai should never have been detained.", graph.Coerce},
		{"pronoun", storyOpening + "Pierre Dubois spoke to reporters. He was arrested on Friday.", graph.Coerce},
		{"nationals", storyOpening + "Three British soldiers were jailed on Friday.", graph.Coerce},
		{"another state's place", storyOpening + "Pierre Dubois was arrested on Friday while travelling in Egypt.", graph.Coerce},
		{"held", storyOpening + "Pierre Dubois was held for a day.", graph.Coerce},
		{"no story state", "Pierre Dubois was arrested on Friday.", graph.Coerce},
		{"no story state, crowd", "Forty people were arrested on Friday.", graph.Coerce},
		{"nobody arrested", storyOpening + "No suspects have been arrested.", graph.Coerce},
		{"crowd of a nationality", storyOpening + "Forty British tourists were detained on Friday.", graph.Coerce},
		{"among those who spoke", storyOpening + "Pierre Dubois was among those invited.", graph.Coerce},
		{"person banned from a race", storyOpening + "Pierre Dubois was banned from the race.", graph.Coerce},
	})
}
