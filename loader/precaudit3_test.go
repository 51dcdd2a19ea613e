package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

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

// TestCrowdAtEmbassyNotItsOwner checks that what a crowd at or on its way
// to an embassy demands is not the act of the embassy's state, and that
// the protest there is still read.
func TestCrowdAtEmbassyNotItsOwner(t *testing.T) {
	for _, tt := range []struct{ body, owner string }{
		{"Hundreds of students marched to the French embassy calling for the release of the prisoners.", "FR"},
		{"About 3,000 people gathered outside the Danish embassy in Jakarta demanding an apology.", "DK"},
		{"Thousands of protesters rallied in front of the Turkish consulate, urging an end to the raids.", "TR"},
	} {
		checkNoParty(t, "2006-07-18", tt.body, tt.owner, false)
	}
	checkEvents(t, "2006-07-18", []eventCase{
		{"protest kept", "About 3,000 Indonesians gathered outside the Danish embassy in Jakarta demanding an apology.", wantEvent{graph.Protest, []string{"ID"}, []string{"DK"}}, graph.Reported, false},
	})
}

// TestNonStatePeopleDemonym checks that the state a demonym names is no
// party where the demonym only places insurgents or dissidents,
// and that a demonym of a state's own force still names it.
func TestNonStatePeopleDemonym(t *testing.T) {
	for _, tt := range []struct{ body, state string }{
		{"Three Syrian soldiers were kidnapped by Lebanese insurgents on Monday.", "LB"},
		{"Peruvian insurgents attacked a Bolivian convoy.", "PE"},
		{"Libyan dissidents condemned Italy.", "LY"},
	} {
		ex := extractBody(t, tt.body, "2006-07-18")
		for _, ev := range ex.Events {
			for _, e := range append(ev.Actors, ev.Targets...) {
				if e.ID == tt.state {
					t.Errorf("%q: the state is a party of %s", tt.body, ev.Label)
				}
			}
		}
	}
	checkEvents(t, "2006-07-18", []eventCase{
		{"state force kept", "Peruvian troops attacked a Bolivian convoy.", wantEvent{graph.Assault, []string{"PE"}, []string{"BO"}}, graph.Reported, false},
	})
}

// TestFormerOfficeOfState checks that the state in an appositive office
// ("X, the former President of Chile,") only qualifies the person, with
// "former" and a "the" before the state's name, so that it does not act
// in the person's place; a plain appositive office still gives both.
func TestFormerOfficeOfState(t *testing.T) {
	for _, body := range []string{
		"Ricardo Lagos, the former President of Chile, will make a visit to Peru on May 21.",
		"Ricardo Lagos, the former President of the Republic of Chile, will make a visit to Peru on May 21.",
	} {
		ex := extractBody(t, body, "2006-05-10")
		for _, ev := range ex.Events {
			if len(ev.Actors) == 1 && ev.Actors[0].ID == "CL" {
				t.Errorf("%q: the state acts for its former president in %s", body, ev.Label)
			}
		}
	}
	checkEvents(t, "2008-03-24", []eventCase{
		{"serving office", "Ricardo Lagos, President of the Republic of Chile, criticised Peru.", wantEvent{graph.Accuse, []string{"person/ricardo-lagos"}, []string{"PE"}}, graph.Reported, false},
	})
}

// TestTradeBanObjects checks that a ban on the goods or transport of a
// state is a sanction, not coercion.
func TestTradeBanObjects(t *testing.T) {
	tests := []eventCase{
		{"importation", "Kenya banned the importation of Ugandan sugar.", wantEvent{graph.Sanction, []string{"KE"}, []string{"UG"}}, graph.Reported, false},
		{"services", "Malta banned services from Libya on Monday.", wantEvent{graph.Sanction, []string{"MT"}, []string{"LY"}}, graph.Reported, false},
		{"airlines", "Chile banned airlines from Peru.", wantEvent{graph.Sanction, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestWarNameNoParty checks that a country naming a war ("the Iraq war")
// is no party of what is said or done about the war, while a pair of
// sides keeps both.
func TestWarNameNoParty(t *testing.T) {
	for _, body := range []string{
		"The Green Party opposed the Vietnam war from the start.",
		"Protesters in London called for an end to the Afghanistan war.",
		"Francois Bayrou accused critics of the Kosovo war of rewriting history.",
	} {
		ex := extractBody(t, body, "2006-07-18")
		for _, ev := range ex.Events {
			for _, e := range ev.Targets {
				if e.Name == "Vietnam" || e.Name == "Afghanistan" || e.Name == "Kosovo" {
					t.Errorf("%q: the war's country is the target of %s", body, ev.Label)
				}
			}
		}
	}
	checkEvents(t, "2006-07-18", []eventCase{
		{"pair of sides", "The letter was sent while the Iran-Iraq war was taking place.", wantEvent{graph.Assault, []string{"IR", "IQ"}, []string{"IR", "IQ"}}, "", false},
	})
}

// TestContinentalAmericanNotUS checks that "Latin American", "South
// American" name no party as the United States, while plain "American"
// still does.
func TestContinentalAmericanNotUS(t *testing.T) {
	for _, body := range []string{
		"Latin American leaders criticised Spain.",
		"The South American nations condemned Portugal.",
	} {
		ex := extractBody(t, body, "2006-07-18")
		for _, ev := range ex.Events {
			for _, e := range append(ev.Actors, ev.Targets...) {
				if e.ID == "US" {
					t.Errorf("%q: the United States is a party of %s", body, ev.Label)
				}
			}
		}
	}
	checkEvents(t, "2006-07-18", []eventCase{
		{"plain demonym", "American officials criticised Spain.", wantEvent{graph.Accuse, []string{"US"}, []string{"ES"}}, graph.Reported, false},
	})
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
