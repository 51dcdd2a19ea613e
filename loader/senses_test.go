package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestOtherSense checks triggers used in a sense that states no event
// between political actors, on sentences made up for the test: none may
// yield an event of the trigger's type.
func TestOtherSense(t *testing.T) {
	tests := []struct {
		body string
		typ  graph.EventType
	}{
		{"Kenya released a statement criticising Uganda on Monday.", graph.Retreat},
		{"The footage released by Kenya shows Ugandan soldiers.", graph.Retreat},
		{"Kenya said in a press release that Uganda was to blame.", graph.Retreat},
		{"Japan intervened to support the dollar against the Chinese yuan.", graph.Support},
		{"Kenya sent 300 troops and support personnel to Somalia.", graph.Support},
		{"A Kenyan professor said the evidence supports the theory that Uganda was behind it.", graph.Support},
		{"Nigeria demonstrated its commitment to the Ghanaian accord.", graph.Protest},
	}
	for _, tt := range tests {
		ex := extractBody(t, tt.body, "2006-07-18")
		for _, ev := range ex.Events {
			if ev.Type == tt.typ {
				t.Errorf("%q: unexpected %s event %s", tt.body, ev.Type, ev.Label)
			}
		}
	}
	// The event senses stay.
	kept := []struct {
		body string
		want wantEvent
	}{
		{"Kenya released 40 Ugandan prisoners on Monday.", wantEvent{graph.Retreat, []string{"KE"}, []string{"UG"}}},
		{"Kenya strongly supported Uganda's bid for a seat.", wantEvent{graph.Support, []string{"KE"}, []string{"UG"}}},
	}
	for _, tt := range kept {
		ex := extractBody(t, tt.body, "2006-07-18")
		if ev, got := findEvent(ex, tt.want); ev == nil {
			t.Errorf("%q: no %s %v → %v; got %s", tt.body, tt.want.typ, tt.want.actors, tt.want.targets, got)
		}
	}
}

// TestSupposedStatus checks that an event stated inside a condition or
// named as a prospect is speculated, and that a plain report stays
// reported.
func TestSupposedStatus(t *testing.T) {
	tests := []eventCase{
		{"if clause of a threat", "Syria said its army would respond if Israel attacks Syria.", wantEvent{graph.Threaten, []string{"SY"}, []string{"IL"}}, graph.Reported, false},
		{"if clause", "Diplomats asked what happens if Israel attacks Syria.", wantEvent{graph.Assault, []string{"IL"}, []string{"SY"}}, graph.Speculated, false},
		{"unless clause", "The minister said that unless Kenya withdraws its troops from Somalia talks would end.", wantEvent{graph.Retreat, []string{"KE"}, []string{"SO"}}, graph.Speculated, false},
		{"risk of", "Diplomats rated the risk of an Iranian attack on Kuwait as low.", wantEvent{graph.Assault, []string{"IR"}, []string{"KW"}}, graph.Speculated, false},
		{"plain report", "Israel attacked Syria on Monday.", wantEvent{graph.Assault, []string{"IL"}, []string{"SY"}}, graph.Reported, false},
		{"as if stays", "Israel attacked Syria as if it were at war.", wantEvent{graph.Assault, []string{"IL"}, []string{"SY"}}, graph.Reported, false},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestReceivedSide checks that the subject of a verb of receiving is the
// target of what it receives: the giver after "from" is the actor, and
// with no giver named the event is dropped.
func TestReceivedSide(t *testing.T) {
	ex := extractBody(t, "Uganda's plan received strong support from Kenya on Monday.", "2006-07-18")
	ev, got := findEvent(ex, wantEvent{graph.Support, []string{"KE"}, []string{"UG"}})
	if ev == nil {
		t.Fatalf("no SUPPORT Kenya → Uganda; got %s", got)
	}
	if slices.Contains(ids(ev.Actors), "UG") {
		t.Errorf("Uganda is an actor: %v", ids(ev.Actors))
	}
	ex = extractBody(t, "The Kenyan president has received criticism over the election.", "2006-07-18")
	for _, ev := range ex.Events {
		if ev.Type == graph.Accuse {
			t.Errorf("unexpected %s event %s: the critic is not named", ev.Type, ev.Label)
		}
	}
}

// TestCommercialOnly checks that an event between businesses is dropped
// and one between a business and a public body stays.
func TestCommercialOnly(t *testing.T) {
	firm := &graph.Entity{Name: "Acme Holdings", Kind: graph.Organization}
	other := &graph.Entity{Name: "Zenith Motors", Kind: graph.Organization}
	ticker := &graph.Entity{Name: "ZNT", Kind: graph.Organization}
	ministry := &graph.Entity{Name: "Trade Ministry", Kind: graph.Organization}
	country := &graph.Entity{Name: "Kenya", Kind: graph.Country}
	tests := []struct {
		name            string
		actors, targets []*graph.Entity
		want            bool
	}{
		{"firm and firm", []*graph.Entity{firm}, []*graph.Entity{other}, true},
		{"firm and ticker", []*graph.Entity{firm}, []*graph.Entity{ticker}, true},
		{"firm alone", []*graph.Entity{firm}, nil, true},
		{"firm and ministry", []*graph.Entity{firm}, []*graph.Entity{ministry}, false},
		{"country and firm", []*graph.Entity{country}, []*graph.Entity{firm}, false},
		{"no firm", []*graph.Entity{ticker}, nil, false},
	}
	for _, tt := range tests {
		if got := commercialOnly(&candidate{actors: tt.actors, targets: tt.targets}); got != tt.want {
			t.Errorf("%s: commercialOnly = %v, want %v", tt.name, got, tt.want)
		}
	}
	ex := extractBody(t, "Acme Holdings Inc offered to buy Zenith Motors Corp for 40 mln dlrs.", "1987-03-18")
	for _, ev := range ex.Events {
		t.Errorf("unexpected %s event %s between firms", ev.Type, ev.Label)
	}
}

// TestSwornIn: taking an oath of office is no promise to anyone.
func TestSwornIn(t *testing.T) {
	checkNoEvents(t, "2006-05-04", []graph.EventType{graph.Agree},
		"Hamid Karzai was sworn in as president on Monday.",
		"President Moshe Katsav swore in the new cabinet of Ehud Olmert.",
		"Ehud Olmert was sworn in as prime minister by President Moshe Katsav.")
	checkRuleCases(t, "2006-05-04", []ruleCase{
		{"an oath to act is still a promise", "Hamid Karzai swore to help Pakistan fight the Taliban.",
			wantEvent{graph.Agree, []string{"person/hamid-karzai"}, nil}, graph.Reported, "verb:promise"},
	})
}

// TestReceptionsAndPolls checks sentences, made up for the test, in which
// "meet" is to encounter a reception and "support" is a share in a poll:
// no meeting, no support given.
func TestReceptionsAndPolls(t *testing.T) {
	checkNoEvents(t, "2008-05-14", []graph.EventType{graph.Consult},
		"Carlos Mendez submitted a new package, but met opposition from Jose Sarney and Dilson Funaro.",
		"The new rules drafted by the U.S. Agriculture Department are meeting with objections in Congress.",
		"The proposal was met with some surprise by United Nations officials.",
	)
	checkNoEvents(t, "2008-05-14", []graph.EventType{graph.Support},
		"John McCain now has 44% support in the polls.",
	)
	checkEvents(t, "2008-05-14", []eventCase{
		{name: "met with a leader", body: "Vladimir Putin met with Jacques Chirac in Paris on Monday.",
			want: wantEvent{typ: graph.Consult, actors: []string{"RU"}, targets: []string{"person/jacques-chirac"}}, status: graph.Reported},
		{name: "support given", body: "Japan supported the United States in the dispute.",
			want: wantEvent{typ: graph.Support, actors: []string{"JP"}, targets: []string{"US"}}, status: graph.Reported},
	})
}

// TestFarewellRegret checks sentences, made up for the test, in which
// regret is sorrow at someone's leaving: no apology by the speaker, no
// reproach of the one who leaves; regret for one's own act or another's
// still is one.
func TestFarewellRegret(t *testing.T) {
	for _, tc := range []struct{ body, speaker string }{
		{`"We regret that Margaret Hale has resigned, she made a great contribution," John Howard said.`, "person/john-howard"},
		{"Helmut Kohl expressed regret over Paul Volcker's departure, the spokesman said.", "person/helmut-kohl"},
		{`Ronald Reagan said he accepted Paul Volcker's decision "with great reluctance and regret."`, "person/ronald-reagan"},
	} {
		for _, ev := range extractBody(t, tc.body, "1987-04-02").Events {
			if (ev.Type == graph.Concede || ev.Type == graph.Accuse) && slices.Contains(ids(ev.Actors), tc.speaker) {
				t.Errorf("%q: unexpected %s", tc.body, ev.Label)
			}
		}
	}
	checkEvents(t, "1987-04-02", []eventCase{
		{name: "regret for one's own act", body: "Japan regretted the sinking of the Greenpeace ship.",
			want: wantEvent{typ: graph.Concede, actors: []string{"JP"}}, status: graph.Reported},
		{name: "regret for another's act", body: "Serbia regretted the decision by Montenegro to recall its ambassador.",
			want: wantEvent{typ: graph.Accuse, actors: []string{"RS"}, targets: []string{"ME"}}, status: graph.Reported},
	})
}

// TestSituationalThreats checks sentences, made up for the test, in which
// a situation threatens an outcome: no party threatens anyone; a party
// threatening an act still does.
func TestSituationalThreats(t *testing.T) {
	checkNoEvents(t, "1987-04-02", []graph.EventType{graph.Threaten},
		"A dispute over access to the grain markets of Spain threatened to become a trade war with the European Community.",
		"The American tariffs on Japan are threatening to unravel the spirit of cooperation.",
	)
	checkEvents(t, "1987-04-02", []eventCase{
		{name: "a party threatens an act", body: "Margaret Thatcher threatened to block Japanese banks from London.",
			want: wantEvent{typ: graph.Threaten, actors: []string{"person/margaret-thatcher"}, targets: []string{"JP"}}, status: graph.Reported},
	})
}
