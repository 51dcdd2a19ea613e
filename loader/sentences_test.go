package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestSentenceRules checks the argument and trigger rules of sentences.go
// (and the lexicon entries they come with), each on a sentence made up for
// the test: the exact type, actors, targets and status.
func TestSentenceRules(t *testing.T) {
	tests := []eventCase{
		{"jailed with a demonym object", "A Moroccan court jailed two Spanish fishermen on Tuesday.",
			wantEvent{graph.Coerce, []string{"MA"}, []string{"ES"}}, graph.Reported, true},
		{"imprisoned, named object", "Belarus imprisoned opposition leader Viktor Sorin in 2006.",
			wantEvent{graph.Coerce, []string{"BY"}, []string{"person/viktor-sorin"}}, graph.Reported, true},
		{"jailed by, passive after 'later'", "The Latvian activist was later jailed by Russia for espionage.",
			wantEvent{graph.Coerce, []string{"RU"}, []string{"LV"}}, graph.Reported, true},
		{"arrest warrant for", "A court in Peru issued an arrest warrant for a Chilean general.",
			wantEvent{graph.Coerce, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"crowd of a nationality", "Thousands of Kenyans marched against Uganda on Sunday.",
			wantEvent{graph.Protest, []string{"KE"}, []string{"UG"}}, graph.Reported, true},
		{"crowd in a city", "Demonstrators in Lima rallied outside the Chilean embassy against Chile.",
			wantEvent{graph.Protest, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"request for an act of the one asked", "Portugal demanded an apology from Angola on Monday.",
			wantEvent{graph.Request, []string{"PT"}, []string{"AO"}}, graph.Reported, true},
		{"unnamed official behind must", "A senior Greek minister insisted that Turkey must withdraw its ships.",
			wantEvent{graph.Request, []string{"GR"}, []string{"TR"}}, graph.Reported, true},
		{"it after said is the sayer", "Bolivia said on Monday it would reject the proposal from Chile.",
			wantEvent{graph.Reject, []string{"BO"}, []string{"CL"}}, graph.Planned, true},
		{"they after a nationality's leaders", "Iranian leaders said they would boycott all contact with Iraq.",
			wantEvent{graph.Sanction, []string{"IR"}, []string{"IQ"}}, graph.Planned, true},
		{"offer from", "Ecuador rejected a fresh offer from Peru.",
			wantEvent{graph.Reject, []string{"EC"}, []string{"PE"}}, graph.Reported, true},
		{"protest against a deed by a state's army", "Lebanese students held demonstrations against the raids by the Syrian army.",
			wantEvent{graph.Protest, []string{"LB"}, []string{"SY"}}, graph.Reported, true},
		{"strike in protest of a government's decision", "Workers in Chile went on a general strike in protest of the Bolivian government's decision.",
			wantEvent{graph.Protest, []string{"CL"}, []string{"BO"}}, graph.Reported, true},
		{"received weapons from: the giver's military aid", "Armenia received weapons from Russia last year.",
			wantEvent{graph.Aid, []string{"RU"}, []string{"AM"}}, graph.Reported, true},
		{"received an apology from: the giver's apology", "Japan received an apology from South Korea on Friday.",
			wantEvent{graph.Concede, []string{"KR"}, []string{"JP"}}, graph.Reported, true},
		{"received a delegation from: a meeting", "The Kenyan president received a delegation from Somalia.",
			wantEvent{graph.Consult, []string{"SO"}, []string{"person/mwai-kibaki", "KE"}}, graph.Reported, true}, // the president in 2006 (offices.go)
		{"evidence against", "Norway presented evidence against Sweden on Monday.",
			wantEvent{graph.Accuse, []string{"NO"}, []string{"SE"}}, graph.Reported, true},
		{"called for sanctions against", "Norway called for sanctions against Sudan on Monday.",
			wantEvent{graph.Request, []string{"NO"}, []string{"SD"}}, graph.Reported, true},
		{"its demand that X", "Egypt repeated its demand today that Israel lift the restrictions.",
			wantEvent{graph.Request, []string{"EG"}, []string{"IL"}}, graph.Reported, true},
		{"a negated acceptance is a rejection", "Iran did not accept the proposal from France.",
			wantEvent{graph.Reject, []string{"IR"}, []string{"FR"}}, graph.Reported, true},
		{"European Community", "European Community foreign ministers demanded the withdrawal of Croatian forces.",
			wantEvent{graph.Request, []string{"org/european-community"}, []string{"HR"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-05-03", tests)
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

func TestProtestedParty(t *testing.T) {
	x := NewExtractor()
	tests := []struct {
		text          string
		actor, target string // "" when no event
	}{
		{"The cartoons led to violent anti-Danish protests in Pakistan.", "Pakistan", "Denmark"},
		{"Hundreds of Indonesian students held anti-American rallies on Friday.", "Indonesia", "United States"},
		{"There were anti-Israel demonstrations across Egypt.", "Egypt", "Israel"},
		{"Anti-government protesters gathered on Sunday.", "", ""}, // "anti-government" names no party; with police in Bangkok they riot: crowdclashes_test.go
		{"Anti-American protests spread.", "", ""},                 // no one named to protest
	}
	for _, tt := range tests {
		ex, err := x.Extract(Document{Origin: "test", Article: graph.Article{ID: "t", Published: "2006-02-10"}, Body: tt.text})
		if err != nil {
			t.Fatalf("Extract(%q): %v", tt.text, err)
		}
		if tt.actor == "" {
			if len(ex.Events) != 0 {
				t.Errorf("Extract(%q) = %d events, want none", tt.text, len(ex.Events))
			}
			continue
		}
		if len(ex.Events) != 1 {
			t.Fatalf("Extract(%q) = %d events, want 1", tt.text, len(ex.Events))
		}
		ev := ex.Events[0]
		if ev.Type != graph.Protest || ev.Actors[0].Name != tt.actor || len(ev.Targets) != 1 || ev.Targets[0].Name != tt.target {
			t.Errorf("Extract(%q) = %s %s → %v, want PROTEST %s → %s", tt.text, ev.Type, ev.Actors[0].Name, ev.Targets, tt.actor, tt.target)
		}
	}
}
