package loader

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestNationalBodies checks that a state's service acts with its state
// beside it, and that a parliament or news agency acts alone.
func TestNationalBodies(t *testing.T) {
	tests := []eventCase{
		{name: "intelligence service acts for its state", body: "Britain's Secret Intelligence Service accused Iran of arming the militias.",
			want: wantEvent{graph.Accuse, []string{"org/secret-intelligence-service", "GB"}, []string{"IR"}}, status: graph.Reported, exact: true},
		{name: "security service by its short name", body: "The MI6 accused Iran of arming the militias.",
			want: wantEvent{graph.Accuse, []string{"org/secret-intelligence-service", "GB"}, []string{"IR"}}, exact: true},
		{name: "a parliament acts without its state", body: "The Knesset condemned Iran for the attack.",
			want: wantEvent{graph.Accuse, []string{"org/knesset"}, []string{"IR"}}, exact: true},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestStateBodies checks that a legislature or court named by its state
// acts alone, that the bare noun names it again, and that a force or
// officials named without their state act for the state the context gives.
func TestStateBodies(t *testing.T) {
	tests := []eventCase{
		{name: "demonym and parliament", body: "The Peruvian parliament condemned Chile for the border incident.",
			want: wantEvent{graph.Accuse, []string{"org/peruvian-parliament"}, []string{"CL"}}, status: graph.Reported, exact: true},
		{name: "possessive state and parliament", body: "Kenya's parliament condemned Uganda over the island dispute.",
			want: wantEvent{graph.Accuse, []string{"org/kenyan-parliament"}, []string{"UG"}}, exact: true},
		{name: "possessive state and court", body: "Chile's Supreme Court rejected the appeal of Peru.",
			want: wantEvent{graph.Reject, []string{"org/chilean-supreme-court"}, []string{"PE"}}, exact: true},
		{name: "bare parliament names the one named before", body: "The Peruvian parliament met on Monday. It was reported that parliament condemned Chile for the incident.",
			want: wantEvent{graph.Accuse, []string{"org/peruvian-parliament"}, []string{"CL"}}, exact: true},
		{name: "bare Senate of the dominant state", body: "Brazil and Bolivia disagree over gas. Brazil wants a new price. The Senate condemned Bolivia for the seizure.",
			want: wantEvent{graph.Accuse, []string{"org/brazilian-senate"}, []string{"BO"}}, exact: true},
		{name: "the army acts for the state of the context", body: "Sri Lanka has fought the rebels for years. On Monday the army attacked Tamil Tigers positions.",
			want: wantEvent{graph.Assault, []string{"LK"}, []string{"org/liberation-tigers-of-tamil-eelam"}}, exact: true},
		{name: "police as passive agent", body: "Zimbabwe faces an election. Morgan Tsvangirai was detained by police on Friday.",
			want: wantEvent{graph.Coerce, []string{"ZW"}, []string{"person/morgan-tsvangirai"}}, exact: true},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestStateBodiesLeftAlone checks phrases where the noun is no actor of
// its own: it qualifies another noun, or names troops abroad.
func TestStateBodiesLeftAlone(t *testing.T) {
	for _, body := range []string{
		"The Peruvian parliament speaker condemned Chile for the border incident.",
		"Egypt hosts the talks. Canada praised the troops deployed in Afghanistan.",
	} {
		ex := extractBody(t, body, "2006-07-18")
		for _, ev := range ex.Events {
			for _, e := range ev.Actors {
				if strings.HasSuffix(e.ID, "parliament") || (e.ID == "EG") {
					t.Errorf("%q: %s actor %s", body, ev.Type, e.ID)
				}
			}
		}
	}
}
