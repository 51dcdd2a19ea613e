package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestImplicitStateActs checks acts of custody stated without their doer,
// on sentences made up for the test: the state where they happen, or the
// state that reports them, is the doer; people known by their
// nationality stand for their state.
func TestImplicitStateActs(t *testing.T) {
	checkEvents(t, "2007-05-01", []eventCase{
		{name: "passive arrest in a country", body: "Pierre Dubois was arrested in Nigeria on Tuesday.",
			want: wantEvent{graph.Coerce, []string{"NG"}, []string{"person/pierre-dubois"}}, status: graph.Reported, exact: true},
		{name: "passive detention in a city", body: "Pierre Dubois was detained in Lagos on Tuesday.",
			want: wantEvent{graph.Coerce, []string{"NG"}, []string{"person/pierre-dubois"}}, status: graph.Reported, exact: true},
		{name: "nationals expelled from a country", body: "Two Tunisian citizens have since been expelled from Italy.",
			want: wantEvent{graph.Coerce, []string{"IT"}, []string{"TN"}}, status: graph.Reported, exact: true},
		{name: "nationals held", body: "Fifteen British sailors were being detained in Iran.",
			want: wantEvent{graph.Coerce, []string{"IR"}, []string{"GB"}}, exact: true},
		{name: "sentenced in a national court, apposition", body: "A Syrian doctor, Omar Haddad, was sentenced in a Syrian court to 12 years of hard labour.",
			want: wantEvent{graph.Coerce, []string{"SY"}, []string{"person/omar-haddad"}}, exact: true},
		{name: "sentenced to a penalty, then the place", body: "Pierre Dubois was sentenced to death in Nigeria.",
			want: wantEvent{graph.Coerce, []string{"NG"}, []string{"person/pierre-dubois"}}, exact: true},
		{name: "people by their nationality, reported by the state", body: "Pakistan says at least 20 Afghans have been arrested in Peshawar.",
			want: wantEvent{graph.Coerce, []string{"PK"}, []string{"AF"}}, exact: true},
		{name: "state reports the arrest, no place", body: "Chadian officials said nine French nationals had been detained.",
			want: wantEvent{graph.Coerce, []string{"TD"}, []string{"FR"}}, exact: true},
		{name: "people from listed countries", body: "Three women from the United States, Canada and Britain were detained in Iran.",
			want: wantEvent{graph.Coerce, []string{"IR"}, []string{"GB"}}, exact: true},
		{name: "relative clause", body: "Pierre Dubois, who was arrested in Nigeria last week, is French.",
			want: wantEvent{graph.Coerce, []string{"NG"}, []string{"person/pierre-dubois"}}, exact: true},
		{name: "held in a country", body: "Pierre Dubois has been held in Japan since July.",
			want: wantEvent{graph.Coerce, []string{"JP"}, []string{"person/pierre-dubois"}}, exact: true},
		{name: "noun with possessive", body: "Pierre Dubois died in custody following his arrest in Iran.",
			want: wantEvent{graph.Coerce, []string{"IR"}, []string{"person/pierre-dubois"}}, exact: true},
		{name: "noun with of", body: "The arrest of Pierre Dubois in Nigeria angered France.",
			want: wantEvent{graph.Coerce, []string{"NG"}, []string{"person/pierre-dubois"}}, exact: true},
		{name: "court sentences", body: "A Nigerian court sentenced two French men to five years in prison.",
			want: wantEvent{graph.Coerce, []string{"NG"}, []string{"FR"}}, exact: true},
		{name: "state deports", body: "Chad deported two French nationals on Friday.",
			want: wantEvent{graph.Coerce, []string{"TD"}, []string{"FR"}}, exact: true},
		{name: "bare police, place of the arrest", body: "Police arrested two British men in Nairobi on Monday.",
			want: wantEvent{graph.Coerce, []string{"KE"}, []string{"GB"}}, exact: true},
		{name: "police in a city", body: "The police in Nairobi arrested two British men.",
			want: wantEvent{graph.Coerce, []string{"KE"}, []string{"GB"}}, exact: true},
		{name: "institution in a country says they", body: "Authorities in Cyprus said they had detained a Russian ship.",
			want: wantEvent{graph.Coerce, []string{"CY"}, []string{"RU"}}, exact: true},
		{name: "national police say they", body: "Iraqi police said they had arrested two Iranian men.",
			want: wantEvent{graph.Coerce, []string{"IQ"}, []string{"IR"}}, exact: true},
	})
}

// TestImplicitStateActsRejects checks sentences where no state's act of
// custody is stated: agentless force, meetings held, domestic crowds,
// others' reports, names inside the subject.
func TestImplicitStateActsRejects(t *testing.T) {
	checkRejects(t, []reject{
		{"agentless killing stays actorless", "Three Japanese tourists were killed in Egypt.", graph.Assault},
		{"kidnapping stays actorless", "Japanese tourists were kidnapped in Yemen.", graph.Assault},
		{"summit held", "The G8 summit was held in Japan.", graph.Coerce},
		{"own nationals", "Three Nigerian men were arrested in Lagos.", graph.Coerce},
		{"a group reports", "Amnesty International said two French nationals were arrested.", graph.Coerce},
		{"name inside the subject", "A funeral for Pierre Dubois was held in Paris.", graph.Coerce},
		{"place of another verb", "Pierre Dubois wrote a blog. His arrest last November inspired rallies in Washington.", graph.Coerce},
		{"place of the charge", "Pierre Dubois was arrested for fighting in Iraq.", graph.Coerce},
		{"named doer left to the passive rules", "Two Israeli soldiers were held in Lebanon by Hezbollah.", graph.Coerce},
		{"sentencing as a modifier", "Judge Pierre Dubois criticised the harsher sentencing guideline for Nigeria.", graph.Coerce},
		{"police of a named state", "Military police arrested two British men in Nairobi.", graph.Coerce},
	})
}
