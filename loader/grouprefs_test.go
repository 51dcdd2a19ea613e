package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestArmedGroupReferences checks an armed group read back from a word
// of its name, its creed or a description, each on a short article made up
// for the test.
func TestArmedGroupReferences(t *testing.T) {
	const ltte, icu, hezbollah = "org/liberation-tigers-of-tamil-eelam", "org/islamic-courts-union", "org/hezbollah"
	checkEvents(t, "2006-08-14", []eventCase{
		{"the head word of the name", "The Liberation Tigers of Tamil Eelam attacked a navy camp near Jaffna. Sri Lanka accused the Tigers of breaking the truce.",
			wantEvent{graph.Accuse, []string{"LK"}, []string{ltte}}, graph.Reported, true},
		{"a plural inside the name", "The Islamic Courts Union seized the port of Kismayo. Ethiopia condemned the Courts on Friday.",
			wantEvent{graph.Accuse, []string{"ET"}, []string{icu}}, graph.Reported, true},
		{"a name armed by its words", "The Moro Islamic Liberation Front attacked an army base in Mindanao. The Philippines accused the Front of violating the truce.",
			wantEvent{graph.Accuse, []string{"PH"}, []string{"org/moro-islamic-liberation-front"}}, graph.Reported, true},
		{"the creed noun of the name", "The Islamic Courts Union seized the port of Kismayo. Kenya urged the Islamists to stop their advance.",
			wantEvent{graph.Request, []string{"KE"}, []string{icu}}, graph.Reported, true},
		{"a creed adjective before an armed noun", "The Islamic Courts Union seized the port of Kismayo. Ethiopia warned Islamist fighters against attacking Baidoa.",
			wantEvent{graph.Threaten, []string{"ET"}, []string{icu}}, graph.Reported, true},
		{"the militant group's", "Hezbollah fired rockets at Haifa on Sunday. Israel answered by bombing the militant group's bases.",
			wantEvent{graph.Assault, []string{"IL"}, []string{hezbollah}}, graph.Reported, true},
		{"the rebel movement", "The Liberation Tigers of Tamil Eelam attacked a navy camp near Jaffna. Norway urged the rebel movement to return to talks.",
			wantEvent{graph.Request, []string{"NO"}, []string{ltte}}, graph.Reported, true},
		{"the bare group", "Hezbollah fired rockets at Haifa on Sunday. Israel warned that the group would pay a heavy price.",
			wantEvent{graph.Threaten, []string{"IL"}, []string{hezbollah}}, graph.Reported, true},
	})
}

// TestArmedGroupReferencesLeaveOthers checks the references these rules
// refuse: a description two groups could fit, a group introduced anew, a
// creed no named group carries, "the group" after a crowd.
func TestArmedGroupReferencesLeaveOthers(t *testing.T) {
	for _, tt := range []struct{ body, notTarget string }{
		{"Hamas and Hezbollah fired rockets at Israel. Israel bombed the militant group's bases.", "org/hamas"},
		{"Hamas and Hezbollah fired rockets at Israel. Israel bombed the militant group's bases.", "org/hezbollah"},
		{"Hezbollah fired rockets at Haifa. Israel bombed the militant group in Gaza.", "org/hezbollah"},
		{"The Liberation Tigers of Tamil Eelam attacked a navy camp. India condemned Islamist fighters.", "org/liberation-tigers-of-tamil-eelam"},
		{"Hezbollah fired rockets at Haifa. About 100 protesters marched in Beirut. Israel warned the group to disperse.", "org/hezbollah"},
		{"Hezbollah fired rockets at Haifa. Two days later the European Union met in Brussels. Israel warned the group.", "org/hezbollah"},
	} {
		ex := extractBody(t, tt.body, "2006-08-14")
		for _, ev := range ex.Events {
			for _, e := range ev.Targets {
				if e.ID == tt.notTarget {
					t.Errorf("%q: unexpected target in %s", tt.body, ev.Label)
				}
			}
		}
	}
}
