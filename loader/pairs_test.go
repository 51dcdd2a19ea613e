package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestTwoSidedFighting checks that fighting named by a noun with both its
// sides makes one event with both sides as actors and as targets, each on
// a sentence made up for the test.
func TestTwoSidedFighting(t *testing.T) {
	both := func(x, y string) wantEvent { return wantEvent{graph.Assault, []string{x, y}, []string{x, y}} }
	tests := []eventCase{
		{"war between two states", "The war between Ethiopia and Eritrea ended in 2000.", both("ET", "ER"), graph.Reported, true},
		{"fighting between forces named by demonyms", "Heavy fighting between Armenian troops and Azerbaijani forces continued on Monday.", both("AM", "AZ"), graph.Reported, true},
		{"clashes after a verb of outbreak", "Fighting flared up again between Sudan and Chad on the border.", both("SD", "TD"), graph.Reported, true},
		{"a coordinated subject continues its attacks", "Israel and Syria continued their attacks on Sunday.", both("IL", "SY"), graph.Reported, true},
		{"a hyphenated pair", "The Iran-Iraq war lasted eight years.", both("IR", "IQ"), graph.Reported, true},
		{"ties severed between two states", "Diplomatic relations between Iran and Egypt were severed in 1980.", wantEvent{graph.Sanction, []string{"IR", "EG"}, []string{"IR", "EG"}}, graph.Reported, true},
		{"the restoration of ties between two states", "The restoration of relations between Cuba and Spain was welcomed.", wantEvent{graph.Support, []string{"CU", "ES"}, []string{"CU", "ES"}}, graph.Reported, true},
		{"a conflict with a violent modifier", "The border conflict between Peru and Ecuador flared up in 1995.", both("PE", "EC"), graph.Reported, true},
		{"a battle with an armed group", "The escalating battle between the Turkish government and the PKK worried Iraq.", both("TR", "org/kurdistan-workers-party"), graph.Reported, true},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestTwoSidedFightingOtherSenses checks nouns of war that name no two
// sides, or a contest without force, or fighting only feared.
func TestTwoSidedFightingOtherSenses(t *testing.T) {
	for _, body := range []string{
		"The war on terror has cost Britain dearly.",
		"The conflict in Darfur has displaced two million people.",
		"The conflict between Russia and Ukraine over gas prices deepened.",
		"The battle between Obama and Clinton for the nomination went on.",
		"Analysts said the raids risk provoking a confrontation between Pakistani troops and American forces.",
		"The Israeli-Palestinian conflict dominated the talks.",
		"There were clashes between the police and protesters in Paris.",
		"Farmers suffered from the farm subsidy war between the United States and the EC.",
		"A tariff war between Japan and Korea hurt exporters.",
		"The tug of war between Canada and France went on.",
	} {
		ex := extractBody(t, body, "2006-07-18")
		for _, ev := range ex.Events {
			if ev.Type == graph.Assault {
				t.Errorf("%q: unexpected %s event %v → %v", body, ev.Type, ids(ev.Actors), ids(ev.Targets))
			}
		}
	}
}

// TestTiesOtherSenses checks ties between two states that are only
// described, not made or cut.
func TestTiesOtherSenses(t *testing.T) {
	for _, body := range []string{
		"Relations between Iran and Egypt have improved.",
		"Diplomatic relations between Iran and Egypt remain strained.",
		"Talks between Iran and Egypt were suspended.",
	} {
		ex := extractBody(t, body, "2006-07-18")
		for _, ev := range ex.Events {
			if ev.Type == graph.Sanction || ev.Type == graph.Support {
				t.Errorf("%q: unexpected %s event %v → %v", body, ev.Type, ids(ev.Actors), ids(ev.Targets))
			}
		}
	}
}

// TestNominalParties checks one-sided events named by nouns whose parties
// the noun phrase names: an occupation, a "-led" act, an arrest in a
// state, an object in an "of" phrase.
func TestNominalParties(t *testing.T) {
	tests := []eventCase{
		{"an occupation by possessive", "Syria's 29-year occupation of Lebanon ended in 2005.", wantEvent{graph.Coerce, []string{"SY"}, []string{"LB"}}, graph.Reported, true},
		{"an occupation by demonym", "Protesters denounced the Turkish occupation of northern Cyprus.", wantEvent{graph.Coerce, []string{"TR"}, []string{"CY"}}, "", true},
		{"a -led invasion", "Many opposed the US-led invasion of Iraq.", wantEvent{graph.Assault, []string{"US"}, []string{"IQ"}}, graph.Reported, true},
		{"an arrest in a state", "The arrest of two French journalists in Algeria was condemned.", wantEvent{graph.Coerce, []string{"DZ"}, []string{"FR"}}, graph.Reported, true},
		{"a withdrawal of a state's forces", "The withdrawal of 1,500 Dutch troops from Afghanistan will begin in August.", wantEvent{graph.Retreat, []string{"NL"}, []string{"AF"}}, graph.Planned, true},
		{"a deployment of a state's forces", "The deployment of Indian troops to Sri Lanka began in 1987.", wantEvent{graph.Mobilize, []string{"IN"}, []string{"LK"}}, graph.Reported, true},
		{"an expulsion with its object in an of phrase", "Poland's expulsion of two Belarusian diplomats angered Minsk.", wantEvent{graph.Sanction, []string{"PL"}, []string{"BY"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestNominalPartiesOtherSenses checks nouns whose parties are not named
// as the rules need them.
func TestNominalPartiesOtherSenses(t *testing.T) {
	for _, body := range []string{
		"The occupation ended in 2005.",
		"His occupation was listed as a farmer.",
		"The US-backed invasion of Iraq began in 2003.",
		"The arrest of the suspect took place in a hotel.",
	} {
		ex := extractBody(t, body, "2006-07-18")
		for _, ev := range ex.Events {
			if ev.Type == graph.Coerce || ev.Type == graph.Assault {
				t.Errorf("%q: unexpected %s event %v → %v", body, ev.Type, ids(ev.Actors), ids(ev.Targets))
			}
		}
	}
}
