package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestEvaluativeCalls checks the frames of evaluativecalls.go, each on a
// sentence made up for the test: the exact type, actors, targets and
// status.
func TestEvaluativeCalls(t *testing.T) {
	tests := []eventCase{
		{"a party described as an ally", "Chile described Peru as a key ally in the fight against drugs.",
			wantEvent{graph.Support, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a party called a partner, the praise quoted", "Chile called Peru \"an important partner\".",
			wantEvent{graph.Support, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a demonym's deed called a success", "Chile described the Peruvian reform as a great success.",
			wantEvent{graph.Support, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a party branded with a name no verdict list holds", "Chile branded Peru the Great Satan.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a demonym's attacks termed massacres", "Chile termed the Peruvian raids \"massacres\".",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a leader branded a separatist", "China branded Chen Shui-bian a separatist.",
			wantEvent{graph.Accuse, []string{"CN"}, []string{"person/chen-shui-bian", "TW"}}, graph.Reported, true},
		{"a deed whose agent follows a participle", "Chile described the sanctions imposed by Peru as a declaration of war.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a deed held by a party's own", "Chile labelled the march held by Peru's army an act of war.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a demonym's deed judged disproportionate", "Chile called the Peruvian offensive a disproportionate response.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a serious blow", "Chile called the Peruvian decision a serious blow to relations.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a party's statement characterised", "Chile characterised the Peruvian statement as meddling.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"it stands for the object named before", "Chile urged Peru to halt its raids, terming them disproportionate.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a possessive's party is the one called", "Chile called Peru's Shining Path a band of murderers.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"org/shining-path"}}, graph.Reported, true},
		{"a passive whose agent precedes an as-complement", "Peru, described by Chile as a rogue state, rejected the talks.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a passive whose agent follows the complement", "Peru was described as a danger to the region by Chile.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a naming planned", "Chile will be labelling Peru's navy as a hostile force.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Planned, false},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"a former ally is no praise", "Chile called Peru a former ally.", graph.Support},
		{"a partner in crime is blamed, not praised", "Chile called Peru a partner in crime.", graph.Support},
		{"a telephone call", "Chile called Peru and became a partner.", graph.Support},
		{"a negated naming", "Chile did not describe Peru as a key ally.", graph.Support},
		{"a deed with no owner in the sentence", "Chile called the war a serious blow to the region.", graph.Accuse},
		{"it with no party named before", "Chile condemned the bombing, calling it disproportionate.", graph.Accuse},
		{"it after the verb's own subject", "Peru said the plan was fair, and Chile called it disturbing.", graph.Accuse},
		{"a blow with nothing it strikes", "Chile called the Peruvian decision a blow.", graph.Accuse},
		{"a conditional naming", "If Chile calls Peru the Great Satan, the talks will end.", graph.Accuse},
	})
}

// TestEvaluativeCallsLeaveLabelWords checks that the label words of a
// naming verb's complement ("a separatist", "massacres") judge nothing
// when they are not the complement: the object itself, or a deed named.
func TestEvaluativeCallsLeaveLabelWords(t *testing.T) {
	checkNoEvents(t, "2008-05-20", []graph.EventType{graph.Accuse},
		"Chile called the Peruvian separatists to the talks.",
		"Chile described the massacre of Peruvian villagers.",
	)
}
