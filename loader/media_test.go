package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPressActs checks that a news medium or a company the gazetteer
// knows takes part in what it does or suffers, with the exact event.
func TestPressActs(t *testing.T) {
	tests := []struct {
		name, body string
		want       wantEvent
	}{
		{"a state bans a channel", "Egypt banned Al Jazeera from reporting in Cairo on Tuesday.",
			wantEvent{graph.Coerce, []string{"EG"}, []string{"org/al-jazeera"}}},
		{"an official criticises a magazine", "Chile criticized Newsweek for its story on the miners.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"org/newsweek"}}},
		{"a state accuses a contractor", "Iraq accused Blackwater of killing civilians in Baghdad.",
			wantEvent{graph.Accuse, []string{"IQ"}, []string{"org/blackwater"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := mustFindEvent(t, tt.body, "2007-05-03", tt.want)
			if !slices.Equal(ids(ev.Actors), tt.want.actors) || !slices.Equal(ids(ev.Targets), tt.want.targets) {
				t.Errorf("%s: %v → %v, want exactly %v → %v", ev.Label, ids(ev.Actors), ids(ev.Targets), tt.want.actors, tt.want.targets)
			}
			if ev.Status != graph.Reported {
				t.Errorf("%s: status %s, want reported", ev.Label, ev.Status)
			}
		})
	}
}

// TestPressReportsNoAct checks that a medium named only as the source of a
// report is no party to an event, and that a state's agency does not act
// for its state.
func TestPressReportsNoAct(t *testing.T) {
	tests := []struct{ name, body string }{
		{"according to an agency", "According to Xinhua, Chile accused Peru of hiding the report."},
		{"a channel reports", "CNN reported that Chile had accused Peru of hiding the report."},
		{"an official tells a wire", "A Chilean official told Reuters that Peru must open the border."},
		{"an interview with a newspaper", "Peru's president said in an interview with the New York Times that Chile must stop its threats."},
		{"a tape aired on a channel", "The kidnappers aired a tape on Al Jazeera demanding that Chile withdraw from Peru."},
		{"a newspaper warns", "The Israeli newspaper Haaretz warned of an attack against Syria."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2007-05-03")
			for _, ev := range ex.Events {
				for _, e := range slices.Concat(ev.Actors, ev.Targets) {
					if e.Kind == graph.Organization {
						t.Errorf("%q: medium %s is a party of %s", tt.body, e.ID, ev.Label)
					}
					if e.ID == "CN" {
						t.Errorf("%q: the agency's state is a party of %s", tt.body, ev.Label)
					}
				}
			}
		})
	}
}

// TestPressMentions checks the names of media and companies that collide
// with words: bare "Time", "Shell", "Post" and "Sun" name nothing, "AP"
// and "BP" only in capitals.
func TestPressMentions(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"wire in capitals", "Officials told the AP that BP would leave.", []string{"AP=ORGANIZATION/Associated Press", "BP=ORGANIZATION/BP"}, nil},
		{"bare words", "Time will tell whether Shell companies in the Post Office see the Sun.", nil,
			[]string{"Time=ORGANIZATION/Time magazine", "Shell=ORGANIZATION/Royal Dutch Shell"}},
		{"a weekly by its full name", "Time magazine and The Washington Post reported it.",
			[]string{"Time magazine=ORGANIZATION/Time magazine", "The Washington Post=ORGANIZATION/The Washington Post"}, nil},
	})
}
