package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCriticismFrames checks the frames of criticism.go, each on a
// sentence made up for the test: the exact type, actors, targets and
// status.
func TestCriticismFrames(t *testing.T) {
	tests := []eventCase{
		{"a complaint whose clause names the party at fault", "Chile complained that Peru had broken the truce.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"an allegation against a party", "Chile alleged that Peru has been smuggling arms across the border.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a protest that a party ignored a deal", "Chile protested that Peru ignored the fishing accord.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a party's programme described as a threat", "Chile described Peru's missile programme as a grave threat.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"an authored act called a blunder", "Chile called the policy of Peru a blunder.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a fronted participle names the verdict", "Calling Peru's plan a \"strategic blunder\", Chile said it would respond.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a reported verdict on a party's record", "Chile said Peru's record on human rights was appalling.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a quoted verdict on a party's plan", "\"Peru's plan is a disaster,\" Chile said.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"criticism of a party echoed", "Chile echoed the criticism of Peru.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"another's criticism echoed: its target is the last accused", "Bolivia criticised Peru over the border closure. Chile echoed Bolivia's criticism.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"a verdict on what befell a party", "Chile called Peru's defeat a disaster.", graph.Accuse},
		{"praise is no verdict", "Chile described Peru's plan as a great success.", graph.Accuse},
		{"a negated naming verb", "Chile did not describe Peru's plan as a blunder.", graph.Accuse},
		{"a negated verdict", "Chile said Peru's plan was not a disaster.", graph.Accuse},
		{"a complaint naming no party at fault", "Chile complained that the talks were slow.", graph.Accuse},
		{"a conditional verdict", "If Chile calls Peru's plan a blunder, the talks will end.", graph.Accuse},
		{"concerns echoed are no criticism", "Chile echoed concerns about Peru's border closure.", graph.Accuse},
	})
}
