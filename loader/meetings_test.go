package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestMeetingRules checks the meetings theme's rules, each on a sentence
// made up for the test: the exact type, actors, targets and status.
func TestMeetingRules(t *testing.T) {
	checkEvents(t, "2006-07-18", []eventCase{
		{"between after a scheduling predicate", "Talks are scheduled for Thursday in Geneva between deputy foreign ministers of Armenia and Azerbaijan.",
			wantEvent{graph.Consult, []string{"AM"}, []string{"AZ"}}, graph.Planned, true},
		{"between after a place and its country", "Negotiations were held in Bukavu, Congo, on Sunday between envoys of Rwanda and Burundi.",
			wantEvent{graph.Consult, []string{"RW"}, []string{"BI"}}, graph.Reported, true},
		{"elliptical compass coordination", "Envoys of North and South Korea will meet in Beijing next week.",
			wantEvent{graph.Consult, []string{"KP"}, []string{"KR"}}, graph.Planned, true},
		{"supplier after a coordinated copula", "Russia condemned Georgia and is currently Armenia's main weapons supplier.",
			wantEvent{graph.Aid, []string{"RU"}, []string{"AM"}}, graph.Reported, true},
		{"bilateral talks between the sentence's two states", "A Peruvian minister said Chilean pressure would shape the bilateral talks due next week.",
			wantEvent{graph.Consult, []string{"PE"}, []string{"CL"}}, graph.Planned, true},
		{"the two countries: the article's two states", "Peru sent a note on Monday. Chile replied at once. Peru waited for a week. Chile then wrote to Peru. Both countries will hold a meeting on Friday.",
			wantEvent{graph.Consult, []string{"PE"}, []string{"CL"}}, graph.Planned, true},
		{"ties normalized by both", "Ghana and Togo share a border. The two countries restored diplomatic relations in 1994.",
			wantEvent{graph.Support, []string{"GH", "TG"}, []string{"GH", "TG"}}, graph.Reported, true},
		{"walkout from talks whose parties are in brackets", "In May Iran walked out of nuclear talks (between Iran, France, Germany and Britain) in Geneva.",
			wantEvent{graph.Sanction, []string{"IR"}, []string{"FR", "DE", "GB"}}, graph.Reported, true},
		{"persona non grata in a that-clause", "Kenya declared on Monday that a Somali diplomat, Ali Hassan, was persona non grata.",
			wantEvent{graph.Sanction, []string{"KE"}, []string{"SO"}}, graph.Reported, true},
		{"a state's contingent in a multinational force", "The Polish contingent in UNIFIL grew to 500 soldiers last year.",
			wantEvent{graph.Aid, []string{"PL"}, []string{"org/united-nations-interim-force-in-lebanon"}}, graph.Reported, true},
		{"boycott of talks with named parties", "Serbia boycotted the talks with Croatia and Slovenia in Brussels.",
			wantEvent{graph.Sanction, []string{"RS"}, []string{"HR", "SI"}}, graph.Reported, true},
		{"gapped meeting with its own date", "Lavrov met Condoleezza Rice on Monday, and Premier Wen Jiabao on Tuesday.",
			wantEvent{graph.Consult, []string{"person/sergey-lavrov", "RU"}, []string{"person/wen-jiabao", "CN"}}, graph.Reported, true},
		{"the countries in an article about two", "Peru wrote to Chile in May. Chile replied to Peru in June. The countries signed a fishing treaty on Friday.",
			wantEvent{graph.Support, []string{"CL", "PE"}, []string{"CL", "PE"}}, graph.Reported, true},
	})
}

// TestMeetingRulesLeaveOtherNouns checks that a "between" phrase after a
// noun other than a meeting's scheduling predicate names no meeting.
func TestMeetingRulesLeaveOtherNouns(t *testing.T) {
	for _, body := range []string{
		"Talks focused on the border between Armenia and Azerbaijan.",
		"The meeting discussed trade between Rwanda and Burundi.",
		"East and North Africa suffered a drought.",
		"The opposition boycotted the elections in Serbia.",
	} {
		ex := extractBody(t, body, "2006-07-18")
		for _, ev := range ex.Events {
			if ev.Type == graph.Consult && len(ev.Actors) > 0 {
				t.Errorf("%q: unexpected %s", body, ev.Label)
			}
		}
	}
}

// TestCountriesOfALongerList checks that a plain "the countries" in an
// article that has named more than two stands for no pair.
func TestCountriesOfALongerList(t *testing.T) {
	body := "Peru wrote to Chile in May. Chile replied to Peru in June. Bolivia wrote to Peru in July. The countries signed a treaty on Friday."
	ex := extractBody(t, body, "2006-07-18")
	if ev, _ := findEvent(ex, wantEvent{graph.Support, nil, nil}); ev != nil {
		t.Errorf("unexpected %s", ev.Label)
	}
}
