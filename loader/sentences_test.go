package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSentenceRules checks the argument and trigger rules of sentences.go
// (and the lexicon entries they come with), each on a sentence made up for
// the test: the exact type, actors, targets and status.
func TestSentenceRules(t *testing.T) {
	tests := []struct {
		name    string
		body    string
		typ     graph.EventType
		actors  []string
		targets []string
		status  graph.Status
	}{
		{"jailed with a demonym object", "A Moroccan court jailed two Spanish fishermen on Tuesday.",
			graph.Coerce, []string{"MA"}, []string{"ES"}, graph.Reported},
		{"imprisoned, named object", "Belarus imprisoned opposition leader Viktor Sorin in 2006.",
			graph.Coerce, []string{"BY"}, []string{"person/viktor-sorin"}, graph.Reported},
		{"jailed by, passive after 'later'", "The Latvian activist was later jailed by Russia for espionage.",
			graph.Coerce, []string{"RU"}, []string{"LV"}, graph.Reported},
		{"arrest warrant for", "A court in Peru issued an arrest warrant for a Chilean general.",
			graph.Coerce, []string{"PE"}, []string{"CL"}, graph.Reported},
		{"crowd of a nationality", "Thousands of Kenyans marched against Uganda on Sunday.",
			graph.Protest, []string{"KE"}, []string{"UG"}, graph.Reported},
		{"crowd in a city", "Demonstrators in Lima rallied outside the Chilean embassy against Chile.",
			graph.Protest, []string{"PE"}, []string{"CL"}, graph.Reported},
		{"request for an act of the one asked", "Portugal demanded an apology from Angola on Monday.",
			graph.Request, []string{"PT"}, []string{"AO"}, graph.Reported},
		{"unnamed official behind must", "A senior Greek minister insisted that Turkey must withdraw its ships.",
			graph.Request, []string{"GR"}, []string{"TR"}, graph.Reported},
		{"it after said is the sayer", "Bolivia said on Monday it would reject the proposal from Chile.",
			graph.Reject, []string{"BO"}, []string{"CL"}, graph.Planned},
		{"they after a nationality's leaders", "Iranian leaders said they would boycott all contact with Iraq.",
			graph.Sanction, []string{"IR"}, []string{"IQ"}, graph.Planned},
		{"offer from", "Ecuador rejected a fresh offer from Peru.",
			graph.Reject, []string{"EC"}, []string{"PE"}, graph.Reported},
		{"protest against a deed by a state's army", "Lebanese students held demonstrations against the raids by the Syrian army.",
			graph.Protest, []string{"LB"}, []string{"SY"}, graph.Reported},
		{"strike in protest of a government's decision", "Workers in Chile went on a general strike in protest of the Bolivian government's decision.",
			graph.Protest, []string{"CL"}, []string{"BO"}, graph.Reported},
		{"received weapons from: the giver's military aid", "Armenia received weapons from Russia last year.",
			graph.Aid, []string{"RU"}, []string{"AM"}, graph.Reported},
		{"received an apology from: the giver's apology", "Japan received an apology from South Korea on Friday.",
			graph.Concede, []string{"KR"}, []string{"JP"}, graph.Reported},
		{"received a delegation from: a meeting", "The Kenyan president received a delegation from Somalia.",
			graph.Consult, []string{"SO"}, []string{"person/mwai-kibaki", "KE"}, graph.Reported}, // the president in 2006 (offices.go)
		{"evidence against", "Norway presented evidence against Sweden on Monday.",
			graph.Accuse, []string{"NO"}, []string{"SE"}, graph.Reported},
		{"called for sanctions against", "Norway called for sanctions against Sudan on Monday.",
			graph.Request, []string{"NO"}, []string{"SD"}, graph.Reported},
		{"its demand that X", "Egypt repeated its demand today that Israel lift the restrictions.",
			graph.Request, []string{"EG"}, []string{"IL"}, graph.Reported},
		{"a negated acceptance is a rejection", "Iran did not accept the proposal from France.",
			graph.Reject, []string{"IR"}, []string{"FR"}, graph.Reported},
		{"European Community", "European Community foreign ministers demanded the withdrawal of Croatian forces.",
			graph.Request, []string{"org/european-community"}, []string{"HR"}, graph.Reported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2006-05-03")
			ev, got := findEvent(ex, wantEvent{tt.typ, tt.actors, tt.targets})
			if ev == nil {
				t.Fatalf("no %s %v → %v; got %s", tt.typ, tt.actors, tt.targets, got)
			}
			if len(ev.Actors) != len(tt.actors) || len(ev.Targets) != len(tt.targets) {
				t.Errorf("%s: actors %v, targets %v; want exactly %v → %v", ev.Label, ids(ev.Actors), ids(ev.Targets), tt.actors, tt.targets)
			}
			if ev.Status != tt.status {
				t.Errorf("%s: status %s, want %s", ev.Label, ev.Status, tt.status)
			}
		})
	}
	checkRejects(t, []reject{
		{"a jail is no jailing", "Rebels escaped from a jail in Kenya.", graph.Coerce},
		{"imprisoned in: a participle", "The cleric, imprisoned in Britain since 2004, spoke to Jordan.", graph.Coerce},
		{"a crowd with no country", "Thousands of students marched on Sunday.", graph.Protest},
		{"a grievance inside the object is not the verb's", "Kenya criticised the minister's remarks against the Ugandan interference in Sudan's affairs.", graph.Accuse},
		{"received alone is no event", "Peru received the letter on Monday.", graph.Aid},
		{"a referendum on a plan is not aimed at its author", "The opposition called for a referendum on Ariel Sharon's plan.", graph.Request},
		{"an act demanded is not done", "Rice has demanded that Russian forces withdraw from Georgia immediately.", graph.Retreat},
		{"a resignation demanded is not done", "Protesters are demanding that President Gloria Arroyo resign.", graph.Retreat},
		{"police are not a crowd of protesters", "Hundreds of police blocked roads into the village.", graph.Protest},
	})
}
