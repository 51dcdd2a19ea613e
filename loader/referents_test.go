package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestReferentEvents checks the targets given by event nouns that refer
// back to a joint activity, a deed named after its verb, or a kind of
// event the lexicon reads off a noun, each on a sentence made up for the
// test: the exact type, actors, targets and status.
func TestReferentEvents(t *testing.T) {
	tests := []eventCase{
		{"joint drills stand for all who hold them", "Japan and Australia began joint naval exercises near Guam on Monday. China condemned the drills as provocative.",
			wantEvent{graph.Accuse, []string{"CN"}, []string{"JP", "AU"}}, graph.Reported, true},
		{"war games", "India and France held war games in the Arabian Sea. Pakistan denounced the war games.",
			wantEvent{graph.Accuse, []string{"PK"}, []string{"IN", "FR"}}, graph.Reported, true},
		{"a sanction read off a verb", "Canada imposed sanctions on Venezuela on Friday. Venezuela condemned the sanctions.",
			wantEvent{graph.Accuse, []string{"VE"}, []string{"CA"}}, graph.Reported, true},
		{"a sale read off a noun", "Germany approved an arms sale to Egypt. Israel criticised the sale.",
			wantEvent{graph.Accuse, []string{"IL"}, []string{"DE"}}, graph.Reported, true},
		{"a seizure", "Venezuela seized a Guyanese fishing boat. Guyana condemned the seizure.",
			wantEvent{graph.Accuse, []string{"GY"}, []string{"VE"}}, graph.Reported, true},
		{"an annexation named after its verb", "Morocco annexed the territory in 1976. Algeria has condemned the annexation ever since.",
			wantEvent{graph.Accuse, []string{"DZ"}, []string{"MA"}}, graph.Reported, true},
		{"an invasion named after its verb", "Iraq invaded Kuwait in August. Egypt condemned the invasion.",
			wantEvent{graph.Accuse, []string{"EG"}, []string{"IQ"}}, graph.Reported, true},
		{"a verdict named after its verb", "A court in Iran convicted a French aid worker of spying. France rejected the verdict.",
			wantEvent{graph.Reject, []string{"FR"}, []string{"IR"}}, graph.Reported, true},
		{"a warrant issued", "Argentina issued an arrest warrant for a former Chilean general. Chile dismissed the warrant.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"AR"}}, graph.Reported, true},
		{"a weapons test", "Pakistan tested a nuclear-capable ballistic missile on Sunday. India condemned the test.",
			wantEvent{graph.Accuse, []string{"IN"}, []string{"PK"}}, graph.Reported, true},
		{"a deployment", "Armenia deployed troops to the border with Azerbaijan. Turkey criticised the deployment.",
			wantEvent{graph.Accuse, []string{"TR"}, []string{"AM"}}, graph.Reported, true},
		{"an execution", "Singapore executed a Malaysian drug courier on Friday. Malaysia deplored the execution.",
			wantEvent{graph.Accuse, []string{"MY"}, []string{"SG"}}, graph.Reported, true},
		{"a ban", "Indonesia banned exports of palm oil to India. India criticised the ban.",
			wantEvent{graph.Accuse, []string{"IN"}, []string{"ID"}}, graph.Reported, true},
	}
	checkEvents(t, "2011-09-14", tests)
	checkRejects(t, []reject{
		{"a party to the drills does not condemn itself", "Japan and Australia began joint naval exercises. Australia defended the drills. Japan condemned the drills.", graph.Accuse},
		{"a passive names whom the act befell", "A French aid worker was convicted of spying in Iran. France rejected the verdict.", graph.Reject},
		{"a possessive sentence names whom it befell", "Iran will announce the aid worker's sentence next week. France rejected the sentence.", graph.Reject},
		{"too far back", "Iraq invaded Kuwait. Egypt met Syria. Egypt met Jordan. Egypt met Libya. Egypt met Sudan. Egypt condemned the invasion.", graph.Accuse},
		{"no earlier sanctions", "Venezuela met Cuba on Friday. Venezuela condemned the sanctions.", graph.Accuse},
	})
}
