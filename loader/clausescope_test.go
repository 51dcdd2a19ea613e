package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestClauseScope checks the readings of clausescope.go on sentences of each
// construction, with the event's own cue or status beside each for
// contrast (published 2006-07-18, a Tuesday).
func TestClauseScope(t *testing.T) {
	tests := []statusDateCase{
		{"a summit ahead", "Ahead of the regional summit next week, Chile accused Peru of spying.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"a visit before", "Before his visit to Lima on Friday, the Chilean president criticised Peru.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"the run-up to a vote", "In the run-up to the vote on Sunday, Chile accused Peru of fraud.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"a part of the day keeps the cue", "Before dawn on Monday, Chile attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Reported, "2006-07-17"},
		{"a later clause with its own subject", "Chile has long accused Peru of spying, and protests took place in Lima last month.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"a later clause after while", "Chile blames Peru for the crisis, while others believe the riots were started a week ago.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"a cue before the conjunction", "Chile accused Peru of spying on Monday, and protests took place in Lima.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, "2006-07-17"},
		{"a past perfect relative clause", "On Monday, Chile condemned the Bolivian militias that had attacked Peru.",
			wantEvent{graph.Assault, []string{"BO"}, []string{"PE"}}, graph.Reported, ""},
		{"the main verb keeps the cue", "On Monday, Chile condemned the Bolivian militias that had attacked Peru.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"BO"}}, graph.Reported, "2006-07-17"},
		{"a negated condition", "Rebels said they would kill the hostages if Chile did not withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Speculated, ""},
		{"a plain negation stays denied", "Chile did not withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Denied, ""},
		{"thought to have", "The Chilean president is thought to have offered help to Peru.",
			wantEvent{graph.Agree, []string{"CL"}, []string{"PE"}}, graph.Speculated, ""},
		{"reported to have", "Chile is reported to have sent troops to Peru.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"PE"}}, graph.Speculated, ""},
		{"a conjunct shares will", "Chile will attack Bolivia and occupy Peru.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"a conjunct shares could", "Chile could attack Bolivia and occupy Peru.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Speculated, ""},
		{"a conjunct shares an infinitive", "Chile plans to attack Bolivia and occupy Peru.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"a past conjunct keeps its own", "Chile attacked Bolivia and occupied Peru.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
	}
	checkStatusDates(t, "2006-07-18", tests)
}

// TestCoordinatedClausesSplitLists checks that a list of names standing
// between the verbs of two coordinated clauses is cut: the object of the
// first clause is not a subject of the second, and the reverse.
func TestCoordinatedClausesSplitLists(t *testing.T) {
	tests := []eventCase{
		{"object of first clause", "Peru criticised Chile and Bolivia condemned Ecuador.", wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, true},
		{"subject of second clause", "Peru criticised Chile and Bolivia condemned Ecuador.", wantEvent{graph.Accuse, []string{"BO"}, []string{"EC"}}, graph.Reported, true},
		{"comma joint, coordinated subject", "Norway opposes Sweden, and Finland and Denmark oppose Iceland.", wantEvent{graph.Reject, []string{"FI", "DK"}, []string{"IS"}}, graph.Reported, true},
		{"comma joint, object", "Norway opposes Sweden, and Finland and Denmark oppose Iceland.", wantEvent{graph.Reject, []string{"NO"}, []string{"SE"}}, graph.Reported, true},
		{"one list kept", "Peru criticised Chile, Bolivia and Ecuador on Monday.", wantEvent{graph.Accuse, []string{"PE"}, []string{"CL", "BO", "EC"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestSubjectRelativeNotPatient checks that a name inside a relative
// clause on the unnamed subject of a passive is not whom the passive was
// done to, while a passive inside the clause keeps its subject.
func TestSubjectRelativeNotPatient(t *testing.T) {
	for _, tt := range []struct{ body, wrong string }{
		{"A journalist who had criticised the Russian government was arrested by Belarusian police.", "RU"},
		{"Several men who carried badges of the Chilean army were captured by Peruvian troops.", "CL"},
	} {
		checkNoParty(t, "2006-07-18", tt.body, tt.wrong, true)
	}
	checkEvents(t, "2006-07-18", []eventCase{
		{"passive inside the clause", "It was the raid in which the Italian journalist Mario Rossi was killed by Syrian troops.", wantEvent{graph.Assault, []string{"SY"}, []string{"person/mario-rossi"}}, graph.Reported, false},
		{"participle inside the clause", "A video which shows six Bosnian Muslims being killed by Serbian forces was aired.", wantEvent{graph.Assault, []string{"RS"}, []string{"BA"}}, graph.Reported, false},
	})
}

// TestPronounNotLaterName checks that a pronoun subject does not take as
// its referent a person its own clause goes on to name, and still takes
// the last person named where the clause does not.
func TestPronounNotLaterName(t *testing.T) {
	body := "The lawyer spoke to reporters after Rafael Correa testified on Monday. However, he denied that Correa had named the agent."
	ex := extractBody(t, body, "2006-07-18")
	for _, ev := range ex.Events {
		for _, a := range ev.Actors {
			if a.Name == "Rafael Correa" {
				t.Errorf("%q: the pronoun stands for the person its clause names in %s", body, ev.Label)
			}
		}
	}
	checkEvents(t, "2006-07-18", []eventCase{
		{"referent not renamed", "Peruvian President Alan Garcia spoke in Lima on Monday, a day after Chilean President Michelle Bachelet. He criticised Bachelet for her remarks on trade.", wantEvent{graph.Accuse, []string{"person/alan-garcia"}, []string{"person/michelle-bachelet"}}, graph.Reported, false},
	})
}

// TestCoordinatedVisitsWithTitledSubject checks that a list of places
// visited stops before the titled subject of a coordinated clause: "the
// president of Poland" is not a second host.
func TestCoordinatedVisitsWithTitledSubject(t *testing.T) {
	body := "The presidents of Latvia and Lithuania were to visit Kiev, and the president of Poland was to visit Minsk."
	checkEvents(t, "2008-08-12", []eventCase{
		{"first clause", body, wantEvent{graph.Consult, []string{"LV", "LT"}, []string{"UA"}}, graph.Planned, true},
		{"second clause", body, wantEvent{graph.Consult, []string{"PL"}, []string{"BY"}}, graph.Planned, false},
	})
	checkNoParty(t, "2008-08-12", body, "PL", true)
}
