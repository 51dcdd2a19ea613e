package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAskedPassive checks that the subject of "was asked to", "be urged
// to" is the one asked, never the asker.
func TestAskedPassive(t *testing.T) {
	for _, tt := range []struct{ body, asked string }{
		{"Nawaz Sharif was asked to meet Hamid Karzai.", "Nawaz Sharif"},
		{"Denis Coderre demanded that Shane Doan be asked to leave Team Canada.", "Shane Doan"},
		{"Hugo Chavez was urged to release the Colombian hostages.", "Hugo Chávez"},
		{"Kofi Annan was pressed to criticise Israel.", "Kofi Annan"},
	} {
		ex := extractBody(t, tt.body, "2006-07-18")
		for _, ev := range ex.Events {
			for _, a := range ev.Actors {
				if ev.Type == graph.Request && a.Name == tt.asked {
					t.Errorf("%q: the one asked acts in %s", tt.body, ev.Label)
				}
			}
		}
	}
}

// TestWeighedActStatus checks that an act a party only considers is
// speculated, and that the act done stays reported.
func TestWeighedActStatus(t *testing.T) {
	tests := []eventCase{
		{"considered invading", "Officials said Russia had considered invading Georgia.", wantEvent{graph.Assault, []string{"RU"}, []string{"GE"}}, graph.Speculated, false},
		{"contemplating sanctions", "Canada is contemplating imposing sanctions on Fiji.", wantEvent{graph.Sanction, []string{"CA"}, []string{"FJ"}}, graph.Speculated, false},
		{"done act stays reported", "Canada imposed sanctions on Fiji.", wantEvent{graph.Sanction, []string{"CA"}, []string{"FJ"}}, graph.Reported, false},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestTextObligedActPlanned checks that an act a binding text requires is
// planned, while a need stated of people leaves the status alone.
func TestTextObligedActPlanned(t *testing.T) {
	tests := []eventCase{
		{"document requiring", "A draft document, requiring the immediate withdrawal of all Syrian forces from Lebanon, was circulated on Monday.", wantEvent{graph.Retreat, []string{"SY"}, []string{"LB"}}, graph.Planned, false},
		{"accord obliges", "The accord obliges the withdrawal of Ethiopian troops from Somalia.", wantEvent{graph.Retreat, []string{"ET"}, []string{"SO"}}, graph.Planned, false},
	}
	checkEvents(t, "2006-07-18", tests)
	for _, tt := range []struct{ body, cue string }{
		{"A draft document, requiring the immediate withdrawal of all Syrian forces from Lebanon, was circulated on Monday.", "requiring"},
		{"The accord obliges the withdrawal of Ethiopian troops from Somalia.", "obliges"},
	} {
		toks := tokenize(tt.body, 0, len(tt.body))
		hit := false
		for t := range toks {
			hit = hit || textObligedAct(toks, t)
		}
		if !hit {
			t.Errorf("%q: no act read as required by the text", tt.body)
		}
	}
	need := "Six million people requiring emergency aid live in the region."
	toks := tokenize(need, 0, len(need))
	for i := range toks {
		if textObligedAct(toks, i) {
			t.Errorf("a need of people read as a text's obligation at %q", toks[i].text)
		}
	}
}

// TestAskedActsNotStated checks that an act only asked for states no
// event of its own: under a demand without "that" or with a present
// form, under advice to try, as the object of a requested infinitive,
// as what there "should be", and as what a timetable asked for is about.
// The request is kept, and so are an order to one's own officials and an
// act done.
func TestAskedActsNotStated(t *testing.T) {
	checkNoEvents(t, "2006-07-18", []graph.EventType{graph.Retreat},
		"Norway is demanding the Swedish government release the fishermen.",
		"The captors demanded that the Polish government pulls its troops out of Iraq.",
		"Finland wants a timetable for the withdrawal of Russian troops from Estonia.",
		"There should be a phased withdrawal of Italian troops from Iraq, the report said.",
	)
	checkNoEvents(t, "2006-07-18", []graph.EventType{graph.Retreat},
		"The envoy recommended the Israeli government release the prisoners.",
	)
	checkNoEvents(t, "2006-07-18", []graph.EventType{graph.Cooperate},
		"The analyst argued that Japan should try to cooperate with South Korea.",
	)
	checkNoEvents(t, "2006-07-18", []graph.EventType{graph.Consult},
		"Kofi Annan urged Ethiopia and Eritrea to expedite bilateral talks.",
		"Kofi Annan urged Ethiopia to resume talks with Eritrea.",
		"The senator called on Washington to open a diplomatic dialogue with Syria and Iran.",
	)
	checkNoEvents(t, "2006-07-18", []graph.EventType{graph.Concede},
		"Iran demanded that Britain apologises for the incursion.",
	)
	checkNoEvents(t, "2006-07-18", []graph.EventType{graph.Sanction, graph.Agree, graph.Assault},
		"Journalists asked the Brazilian Vice-President if Brazil will declare the FARC a terrorist organization.",
		"A reporter asked Donald Rumsfeld whether Brazil is ready to accept a seat on the Security Council.",
		"Analysts wondered whether Iran would attack Israel.",
	)
	checkEvents(t, "2006-07-18", []eventCase{
		{"demand kept", "Norway is demanding the Swedish government release the fishermen.", wantEvent{graph.Request, []string{"NO"}, []string{"SE"}}, graph.Reported, true},
		{"appeal kept", "Kofi Annan urged Ethiopia and Eritrea to expedite bilateral talks.", wantEvent{graph.Request, []string{"org/united-nations"}, []string{"ET", "ER"}}, graph.Reported, false},
		{"order to own officials", "Vladimir Putin ordered the ministry to hold talks with Georgia.", wantEvent{graph.Consult, []string{"RU"}, []string{"GE"}}, graph.Planned, false},
		{"act done", "Ecuador released the Colombian soldiers on Monday.", wantEvent{graph.Retreat, []string{"EC"}, []string{"CO"}}, graph.Reported, true},
		{"asked to act, no question", "Brazil asked Colombia to extradite the suspect.", wantEvent{graph.Request, []string{"BR"}, []string{"CO"}}, graph.Reported, true},
	})
}

// TestRumouredActsSpeculated checks that an act told only as "there were
// reports of/that" is speculated, and the same act told plainly is
// reported.
func TestRumouredActsSpeculated(t *testing.T) {
	checkEvents(t, "2006-07-18", []eventCase{
		{"reports of", "There were reports of Ethiopian troops shelling the Somali town of Baidoa.", wantEvent{graph.Assault, []string{"ET"}, []string{"SO"}}, graph.Speculated, true},
		{"reports that", "There were reports that Sudanese jets bombed villages in Chad.", wantEvent{graph.Assault, []string{"SD"}, []string{"TD"}}, graph.Speculated, true},
		{"plain report", "Sudan bombed villages in Chad on Monday.", wantEvent{graph.Assault, []string{"SD"}, []string{"TD"}}, graph.Reported, true},
	})
}

// TestAheadCuePlanned checks that a present or bare verb with a cue that
// points past publication is planned even when the cue's month is the
// month of publication, and that a past verb or a past cue stays reported.
func TestAheadCuePlanned(t *testing.T) {
	checkEvents(t, "2007-03-06", []eventCase{
		{"visits next week", "Croatian Prime Minister Ivo Sanader visits Hungary next week.", wantEvent{graph.Consult, []string{"HR"}, []string{"HU"}}, graph.Planned, false},
		{"flies next week", "Vladimir Putin flies to Austria next week for talks.", wantEvent{graph.Consult, []string{"RU"}, []string{"AT"}}, graph.Planned, false},
		{"meetings next week", "Japan holds its annual meetings with South Korea next week.", wantEvent{graph.Consult, []string{"JP"}, []string{"KR"}}, graph.Planned, false},
		{"visited last week", "Croatian Prime Minister Ivo Sanader visited Hungary last week.", wantEvent{graph.Consult, []string{"HR"}, []string{"HU"}}, graph.Reported, false},
	})
}

// TestPresentTimeClausePlanned checks that a present verb in a clause of
// time is planned where the sentence tells of what is to come, and stays
// reported where the main clause is past.
func TestPresentTimeClausePlanned(t *testing.T) {
	checkEvents(t, "2007-04-27", []eventCase{
		{"would when", "His first demand when Romano Prodi meets Vladimir Putin would be the release of the Italian sailors.", wantEvent{graph.Consult, []string{"person/romano-prodi"}, nil}, graph.Planned, false},
		{"will before", "The ministers will meet on Tuesday, a day before Angela Merkel visits Poland.", wantEvent{graph.Consult, []string{"DE"}, []string{"PL"}}, graph.Planned, false},
		{"will after", "The truce will take effect after Sudan and Chad sign the accord.", wantEvent{graph.Support, []string{"SD"}, []string{"TD"}}, graph.Planned, false},
		{"past main clause", "Two soldiers died when a Syrian missile hit a Lebanese village.", wantEvent{graph.Assault, []string{"SY"}, []string{"LB"}}, graph.Reported, false},
	})
}

// TestPossibleAndAuthorizedActs checks that "can" makes the act it
// governs speculated and that an act a government authorizes or approves
// is planned, with a contrast case beside each (published 2006-07-18, a
// Tuesday).
func TestPossibleAndAuthorizedActs(t *testing.T) {
	tests := []statusDateCase{
		{"can puts the act in doubt", "Chile can attack Peru within hours.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, ""},
		{"can with an adverb", "Chile can quickly deploy troops to Peru.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"PE"}}, graph.Speculated, ""},
		{"a conjunct shares can", "Chile has agents who can reach Lima and attack Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, ""},
		{"a far can governs its own verb", "It is no longer possible the envoy can work there, so Chile has withdrawn its troops from Peru on Monday.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Reported, "2006-07-17"},
		{"authorized sending troops", "On Monday, the Chilean government authorized sending troops to Peru.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"approved the deployment", "The Chilean government approved the deployment of troops to Peru.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"a plain deployment stays reported", "Chile completed the deployment of troops to Peru on Monday.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"PE"}}, graph.Reported, "2006-07-17"},
	}
	checkStatusDates(t, "2006-07-18", tests)
}

// TestRequestedNamedNoun checks that an event noun with a named possessor
// or modifier, asked for by a verb of asking, is no event of its own,
// while the same noun after a verb of reporting is.
func TestRequestedNamedNoun(t *testing.T) {
	tests := []struct {
		name, body string
		want       wantEvent
		found      bool
	}{
		{"demanded a named possessor's resignation", "Protesters in Lima demanded President Alan Garcia's resignation.",
			wantEvent{graph.Concede, []string{"PE"}, nil}, false},
		{"called for a named possessor's resignation", "Thousands of Peruvians called for Alan Garcia's resignation.",
			wantEvent{graph.Concede, []string{"PE"}, nil}, false},
		{"demanding a named possessor's surrender", "The Chilean army moved in, demanding Alan Garcia's surrender.",
			wantEvent{graph.Retreat, []string{"PE"}, nil}, false},
		{"requested a demonym's sanctions", "Peru requested Chilean government sanctions against Bolivia.",
			wantEvent{graph.Sanction, []string{"CL"}, []string{"BO"}}, false},
		{"a reported resignation stays", "Alan Garcia's resignation came on Monday.",
			wantEvent{graph.Concede, []string{"PE"}, nil}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, got := findEvent(extractBody(t, tt.body, "2006-07-18"), tt.want)
			if (ev != nil) != tt.found {
				t.Errorf("found %v, want %v; got %s", ev != nil, tt.found, got)
			}
		})
	}
}
