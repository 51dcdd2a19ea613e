package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestNameEvents checks events whose parties are people named in ways the
// title rules miss, each on a sentence written for the test. The event must
// come out exactly: type, actors, targets, status.
func TestNameEvents(t *testing.T) {
	tests := []eventCase{
		{"a transliteration variant of a known leader", "Mahmud Abbas condemned Israel on Monday.",
			wantEvent{graph.Accuse, []string{"person/mahmoud-abbas", "PS"}, []string{"IL"}}, graph.Reported, true},
		{"a variant behind a title", "Libyan leader Muammar Kadhafi condemned Egypt on Monday.",
			wantEvent{graph.Accuse, []string{"person/muammar-gaddafi"}, []string{"EG"}}, graph.Reported, true},
		{"a variant's surname later", "Prime Minister Fuad Saniora flew home. Saniora condemned Syria on Monday.",
			wantEvent{graph.Accuse, []string{"person/fouad-siniora", "LB"}, []string{"SY"}}, graph.Reported, true},
		{"a name written without its spaces", "President Lula DaSilva condemned Paraguay on Monday.",
			wantEvent{graph.Accuse, []string{"person/luiz-inacio-lula-da-silva", "BR"}, []string{"PY"}}, graph.Reported, true},
		{"a given name for a name written surname first", "Chinese President Hu Jintao arrived in Nairobi. Jintao condemned Japan on Monday.",
			wantEvent{graph.Accuse, []string{"person/hu-jintao", "CN"}, []string{"JP"}}, graph.Reported, true},
		{"a name set off after a bare noun", "The official, Karim Haddad, arrived on Sunday. Haddad condemned Israel on Monday.",
			wantEvent{graph.Accuse, []string{"person/karim-haddad"}, []string{"IL"}}, graph.Reported, true},
		{"a name set off after a title and its town", "The mayor of Springvale, Joan Marsh, arrived on Sunday. Marsh condemned Indonesia on Monday.",
			wantEvent{graph.Accuse, []string{"person/joan-marsh"}, []string{"ID"}}, graph.Reported, true},
		{"a name after the body's member noun", "Hamas official Khalil Nasser condemned Egypt on Monday.",
			wantEvent{graph.Accuse, []string{"person/khalil-nasser"}, []string{"EG"}}, graph.Reported, true},
		{"a surname after a former head's title", "Former President Ndayizeye condemned Rwanda.",
			wantEvent{graph.Accuse, []string{"person/ndayizeye"}, []string{"RW"}}, graph.Reported, true},
		{"an office held until a year", "Joseph Tamba, Liberia's leader until 1997, condemned Guinea on Monday.",
			wantEvent{graph.Accuse, []string{"person/joseph-tamba"}, []string{"GN"}}, graph.Reported, true},
		{"a speaker named after the quotation", "\"We will not be bound,\" said Tomas Lindqvist, speaking for the mission. Lindqvist condemned Serbia on Monday.",
			wantEvent{graph.Accuse, []string{"person/tomas-lindqvist"}, []string{"RS"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-03-12", tests)
}

// TestNameMentions checks the people the name rules find, and the names
// that look like variants or appositions but are someone else or no one.
func TestNameMentions(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"a variant of a minister", "Farouq al-Shara spoke.", []string{"Farouq al-Shara=PERSON/Farouk al-Sharaa"}, nil},
		{"another first name is another person", "Mary Harney resigned.", nil, []string{"Mary Harney=PERSON/Mark Carney"}},
		{"a diminutive is another person", "Billy Graham preached.", nil, []string{"Billy Graham=PERSON/Bill Graham"}},
		{"a rank before the name", "One House member, Ohio Republican Jim Dolan, spoke.", []string{"Jim Dolan=PERSON/Jim Dolan"}, nil},
		{"a noun before an unknown name qualifies it", "The official Moldpres News Agency, Chisinau's voice, spoke.", nil, []string{"Moldpres News=PERSON/Moldpres News"}},
		{"a noun that qualifies a name", "The official Xinhua News Agency, Beijing's voice, spoke.", nil, []string{"Xinhua News=PERSON/Xinhua News"}},
		{"a given name that ends no surname-first name", "Chinese President Hu Jintao met Tony Blair. Blair and Tony spoke.", nil, []string{"Tony=PERSON/Tony Blair"}},
		{"a speaker after a participle", "\"No,\" said Omar Haddad speaking in Gaza.", []string{"Omar Haddad=PERSON/Omar Haddad"}, nil},
		{"a body after the speech verb", "\"No,\" said Human Rights Watch.", nil, []string{"Human Rights Watch=PERSON/Human Rights Watch"}},
		{"a broadcaster's reporter", "\"Gaza is dark,\" said Al Jazeera 's correspondent.", nil, []string{"Al Jazeera=PERSON/Al Jazeera"}},
		{"a firm quoted like a person", "\"No,\" said Nomura Securities Co.", nil, []string{"Nomura Securities Co=PERSON/Nomura Securities Co", "Nomura Securities=PERSON/Nomura Securities"}},
		{"a rank before a speaker", "\"No,\" said Arizona Representative Jeff Lamb.", []string{"Jeff Lamb=PERSON/Jeff Lamb"}, nil},
		{"a witness's apposition gives no role, but a given name names a person", "A Spanish journalist, Pablo Ortega, was hurt.", []string{"Pablo Ortega=PERSON/Pablo Ortega"}, nil},
	})
}

// TestInviteePassive checks that the person invited is never read as the
// one inviting: "was invited to" is an agentless passive, not a state of
// the subject like "is opposed to".
func TestInviteePassive(t *testing.T) {
	ex := extractBody(t, "Chinese President Hu Jintao arrived. A Pakistani officer claimed that Hu was invited to a dinner in the village.", "2006-03-12")
	for _, ev := range ex.Events {
		if slices.Contains(ids(ev.Actors), "person/hu-jintao") {
			t.Errorf("%s %v → %v: the invitee acts", ev.Type, ids(ev.Actors), ids(ev.Targets))
		}
	}
}

// TestPortfolioEndsTitle checks that the last word of a minister's
// portfolio ("of Foreign Relations", "of Foreign Trade") is no part of
// the name after it.
func TestPortfolioEndsTitle(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{"The Chilean Minister of Foreign Relations Ignacio Walker visited Peru on Monday.", "Ignacio Walker"},
		{"The Peruvian Minister of Foreign Trade, Mercedes Araoz, visited Chile on Monday.", "Mercedes Araoz"},
		{"The Colombian Minister of Foreign Relations, Carolina Barco, visited Peru on Monday.", "Carolina Barco"},
	} {
		found := false
		for _, e := range extractBody(t, tt.body, "2006-07-18").Entities {
			if e.Kind == graph.Person {
				if e.Name != tt.want {
					t.Errorf("%q: person %q, want %q", tt.body, e.Name, tt.want)
				}
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no person, want %q", tt.body, tt.want)
		}
	}
}
