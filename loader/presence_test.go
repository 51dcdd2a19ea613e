package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPresenceRules checks the frames of military presence, each on a
// sentence made up for the test: the event's type, actors, targets and
// status.
func TestPresenceRules(t *testing.T) {
	tests := []eventCase{
		{"presence noun with an attributive owner", "Protesters marched again over the Turkish presence in Cyprus.", wantEvent{graph.Mobilize, []string{"TR"}, []string{"CY"}}, graph.Reported, false},
		{"presence noun with an owner after of", "The presence of French forces in Chad was discussed on Monday.", wantEvent{graph.Mobilize, []string{"FR"}, []string{"TD"}}, graph.Reported, false},
		{"counted garrison held", "Denmark has about 500 troops in Iraq.", wantEvent{graph.Mobilize, []string{"DK"}, []string{"IQ"}}, graph.Reported, false},
		{"counted garrison kept, a count of thousands", "France keeps 2,400 soldiers in southern Chad.", wantEvent{graph.Mobilize, []string{"FR"}, []string{"TD"}}, graph.Reported, false},
		{"garrison serving", "About 1,200 Dutch troops are serving in Afghanistan.", wantEvent{graph.Mobilize, []string{"NL"}, []string{"AF"}}, graph.Reported, false},
		{"garrison operating in a quoted predicate", `The magazine said Israeli commandos were "now operating in Syria".`, wantEvent{graph.Mobilize, []string{"IL"}, []string{"SY"}}, graph.Reported, false},
		{"garrison to remain", "Japanese troops will remain in Iraq until December.", wantEvent{graph.Mobilize, []string{"JP"}, []string{"IQ"}}, graph.Planned, false},
		{"garrison stationed in a city", "Polish troops are stationed in Kabul.", wantEvent{graph.Mobilize, []string{"PL"}, []string{"AF"}}, graph.Reported, false},
		{"peacekeepers held are aid", "Ghana has 800 peacekeepers in Liberia.", wantEvent{graph.Aid, []string{"GH"}, []string{"LR"}}, graph.Reported, false},
		{"there are troops of two states", "There are 2,000 Kenyan and Ugandan troops in Somalia.", wantEvent{graph.Mobilize, []string{"KE", "UG"}, []string{"SO"}}, graph.Reported, false},
		{"garrison leaving a state", "Eritrean troops began leaving Djibouti on Friday.", wantEvent{graph.Retreat, []string{"ER"}, []string{"DJ"}}, graph.Reported, false},
		{"garrison owned by a pronoun", "Vietnam said its troops left Cambodia in 1989.", wantEvent{graph.Retreat, []string{"VN"}, []string{"KH"}}, graph.Reported, false},
		{"base kept abroad", "Russia maintains a naval base in Syria.", wantEvent{graph.Mobilize, []string{"RU"}, []string{"SY"}}, graph.Reported, false},
		{"peacekeeping mission kept abroad", "The African Union has maintained a peacekeeping mission in Sudan since 2004.", wantEvent{graph.Aid, []string{"org/african-union"}, []string{"SD"}}, graph.Reported, false},
		{"drawdown of forces", "Spain began the drawdown of its forces from Kosovo.", wantEvent{graph.Retreat, []string{"ES"}, []string{"XK"}}, graph.Reported, false},
		{"sale of bombs", "The United States will sell guided bombs to Bahrain.", wantEvent{graph.Cooperate, []string{"US"}, []string{"BH"}}, graph.Planned, false},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestPresenceRulesOtherSenses checks sentences that name troops or a
// presence without stating where a state keeps them.
func TestPresenceRulesOtherSenses(t *testing.T) {
	checkNoEvents(t, "2006-07-18", []graph.EventType{graph.Mobilize, graph.Aid},
		"The treaty was signed in the presence of the Chilean President in Lima.",
		"Iraqi troops are serving in Iraq.",
		"Canadian troops have been killed in an ambush.",
		"Venezuela has ordered troops to the border.",
		"The Turkish company has a base in Iraq.",
		"Georgian troops were seen leaving Gori.",
	)
}

// TestWithdrawalFromPlace reads a withdrawal from a place as one from the
// state the place lies in, unless the state is the one withdrawing.
func TestWithdrawalFromPlace(t *testing.T) {
	checkEvents(t, "2023-03-22", []eventCase{
		{name: "out of a territory", body: "Israel pulled out of the Gaza Strip in 2005.",
			want: wantEvent{graph.Retreat, []string{"IL"}, []string{"PS"}}, status: graph.Reported},
		{name: "from a city", body: "Britain pulled its troops out of Basra.",
			want: wantEvent{graph.Retreat, []string{"GB"}, []string{"IQ"}}, status: graph.Reported},
	})
	checkNoEvents(t, "2023-03-22", []graph.EventType{graph.Retreat}, "Iraqi troops withdrew from Basra.")
}
