package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestRolesBesideNames checks the roles read for people the gazetteer does not
// know: ranks, titles in apposition after a body's name, and the body a
// person speaks for. Each case's person must come out with the role (title,
// and Of where the sentence names the body or state); an empty person means
// that no person may be made of the sentence.
func TestRolesBesideNames(t *testing.T) {
	tests := []struct {
		name, body, person, title, of string
	}{
		{"abbreviated rank", "Lance Cpl. Owen Marsh was wounded near Sangin on Friday.", "Owen Marsh", "Lance Corporal", ""},
		{"rank with its state", "Canadian Master Corporal Paul Renaud was flown home.", "Paul Renaud", "Master Corporal", "CA"},
		{"two abbreviations", "Lt. Col. Dana Whitcomb briefed the press.", "Dana Whitcomb", "Lieutenant Colonel", ""},
		{"flag rank", "Rear Adm. Mark Fitzgerald left Bahrain.", "Mark Fitzgerald", "Rear Admiral", ""},
		{"ship's officer", "First Officer Alex Brandt said the crew was safe.", "Alex Brandt", "First Officer", ""},
		{"capitalised private", "Private Andrew Kellett was killed in Basra.", "Andrew Kellett", "Private", ""},
		{"body in apposition", "Peter Gray, the Dublin Chamber of Commerce president, said taxes must fall.", "Peter Gray", "President", ""},
		{"modified title in apposition", "Ahmed Raza Khan, parliamentary leader of the PPP, spoke to reporters.", "Ahmed Raza Khan", "Leader", "org/ppp"},
		{"body after of", "Mark Tully of Amnesty International visited Darfur.", "Mark Tully", "Amnesty International", "org/amnesty-international"},
		{"body named by its subject", `"It is a disgrace," said Omar Halabi of the Council on Arab-Latino Relations.`, "Omar Halabi", "Council on Arab-Latino Relations", "org/council-on-arab-latino-relations"},
		{"body known by its head", `"It is a disgrace," said Omar Halabi of the Royal Lancers Regiment.`, "Omar Halabi", "Royal Lancers Regiment", "org/royal-lancers-regiment"},
		{"body in the possessive", "The BBC's Sarah Collins reported from Moscow.", "Sarah Collins", "BBC", "org/bbc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if r := statedRole(t, tt.body, tt.person); r.Title != tt.title || r.Of != tt.of {
				t.Fatalf("%s: role %+v, want %q of %q", tt.person, r, tt.title, tt.of)
			}
		})
	}
}

// statedRole extracts body and returns the first role of the person named
// person; the test fails if the article has no such person with a role.
func statedRole(t *testing.T, body, person string) graph.Role {
	t.Helper()
	for _, e := range extractBody(t, body, "2008-05-10").Entities {
		if e.Kind == graph.Person && e.Name == person && len(e.Roles) > 0 {
			return e.Roles[0]
		}
	}
	t.Fatalf("no person %q with a role in %q", person, body)
	return graph.Role{}
}

// TestRolesBesideNamesNotPeople checks words of ranks and possessives that name
// no person.
func TestRolesBesideNamesNotPeople(t *testing.T) {
	for _, body := range []string{
		"A major offensive began as private security firms left Major League Baseball.",
		"The first officer said the ship was rammed near the coast.",
		"Testimony was heard from Pvt. Ivan L. Hale, now serving his sentence.",
	} {
		ex := extractBody(t, body, "2008-05-10")
		for _, e := range ex.Entities {
			if e.Kind == graph.Person && e.Name != "Ivan L. Hale" {
				t.Errorf("%q: person %q, roles %+v", body, e.Name, e.Roles)
			}
		}
	}
	// A short name after a possessive may only qualify a noun.
	ex := extractBody(t, "Osama bin Laden spoke. The head of the CIA's Bin Laden unit resigned.", "2008-05-10")
	for _, e := range ex.Entities {
		if e.Kind == graph.Person && len(e.Roles) > 0 && e.Roles[0].Of == "org/cia" {
			t.Errorf("%s given a role of the CIA", e.Name)
		}
	}
}

// TestRankedActors checks that people found by their rank or affiliation
// act in the events their sentences state.
func TestRankedActors(t *testing.T) {
	for _, tt := range []struct {
		body string
		want wantEvent
	}{
		{"Lance Cpl. Owen Marsh accused the Taliban of firing on civilians.", wantEvent{graph.Accuse, []string{"person/owen-marsh"}, []string{"org/taliban"}}},
		{"Rear Adm. Mark Fitzgerald warned Iran against closing the strait.", wantEvent{graph.Threaten, []string{"person/mark-fitzgerald"}, []string{"IR"}}},
		{"Amnesty International's Kate Allen condemned Israel for the raid.", wantEvent{graph.Accuse, []string{"person/kate-allen"}, []string{"IL"}}},
		{"Ahmed Raza Khan, parliamentary leader of the PPP, accused Pervez Musharraf of rigging the vote.", wantEvent{graph.Accuse, []string{"person/ahmed-raza-khan"}, []string{"person/pervez-musharraf"}}},
	} {
		mustFindEvent(t, tt.body, "2008-05-10", tt.want)
	}
}
