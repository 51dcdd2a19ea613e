package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestPromises checks the promise family: a promise of any act is AGREE
// by the promiser, reported as made, with the act promised its own
// planned event; troops promised to a place are no threat, troops vowed
// against someone are; restraint promised is AGREE; the -ing forms,
// "undertook" and a reflexive or perfect "committed" promise as the main
// verbs do.
func TestPromises(t *testing.T) {
	checkEvents(t, "2005-03-26", []eventCase{
		{"troops promised to a place", "Ghana promised to send 300 soldiers to Liberia.",
			wantEvent{graph.Agree, []string{"GH"}, []string{"LR"}}, graph.Reported, true},
		{"the deployment promised is planned", "Ghana promised to send 300 soldiers to Liberia.",
			wantEvent{graph.Mobilize, []string{"GH"}, []string{"LR"}}, graph.Planned, true},
		{"pledged to send troops: a promise, not troops given", "Ghana pledged to send troops to Liberia.",
			wantEvent{graph.Agree, []string{"GH"}, []string{"LR"}}, graph.Reported, true},
		{"troops pledged are still given", "Italy pledged 3,000 troops to Lebanon.",
			wantEvent{graph.Aid, []string{"IT"}, []string{"LB"}}, "", false},
		{"troops vowed against someone", "Kenya vowed to deploy troops against Somalia.",
			wantEvent{graph.Threaten, []string{"KE"}, []string{"SO"}}, graph.Reported, true},
		{"a violent act vowed", "Peru swore to attack Ecuador.",
			wantEvent{graph.Threaten, []string{"PE"}, []string{"EC"}}, graph.Reported, true},
		{"restraint promised", "Peru pledged never to attack Ecuador.",
			wantEvent{graph.Agree, []string{"PE"}, nil}, graph.Reported, false},
		{"help vowed", "Norway vowed to send aid to Sudan.",
			wantEvent{graph.Agree, []string{"NO"}, []string{"SD"}}, graph.Reported, true},
		{"undertook to", "Norway undertook to send aid to Sudan.",
			wantEvent{graph.Agree, []string{"NO"}, []string{"SD"}}, graph.Reported, true},
		{"committed itself to", "Chile committed itself to sending troops to Haiti.",
			wantEvent{graph.Agree, []string{"CL"}, []string{"HT"}}, graph.Reported, true},
		{"has committed to", "Brazil has committed to sending troops to Haiti.",
			wantEvent{graph.Agree, []string{"BR"}, []string{"HT"}}, graph.Reported, true},
		{"a gerund after by", "Egypt answered by offering to train the police of Iraq.",
			wantEvent{graph.Agree, []string{"EG"}, []string{"IQ"}}, graph.Reported, false},
		{"a progressive", "Germany is pledging to send aid to Sudan.",
			wantEvent{graph.Agree, []string{"DE"}, []string{"SD"}}, graph.Reported, true},
	})
	checkNoEvents(t, "2005-03-26", []graph.EventType{graph.Threaten},
		"Ghana promised to send 300 soldiers to Liberia.",
		"Kenya vowed not to attack Somalia.",
	)
	checkNoEvents(t, "2005-03-26", []graph.EventType{graph.Agree},
		"Chile is committed to reform in Haiti.",
		"It was a promising start for Chile in Haiti.",
		"Kenya closed its border with Somalia, vowing to stay out of the war.",
		"Peru vowed to track down the killers of the ambassador of Ecuador.",
		"Michelle Bachelet was sworn into office in Chile before the President of Argentina.",
	)
}
