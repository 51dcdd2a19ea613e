package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDescribedParties checks parties an article names by a description
// after naming them: the one government an article named ("government
// troops"), an armed group by a word of creed or people its name carries or the
// article described it with ("Tamil rebels", "Shiite fighters", "the
// separatists"), and a group named as the object of a charge ("accused the
// rebels of").
func TestDescribedParties(t *testing.T) {
	const ltte, icu, hezbollah, eta = "org/liberation-tigers-of-tamil-eelam", "org/islamic-courts-union", "org/hezbollah", "org/eta"
	checkEvents(t, "2006-08-14", []eventCase{
		{"government troops, the one government the article named",
			"Somalia's interim government and the Islamic Courts Union resumed talks in Khartoum on Saturday. The talks had stalled for a month. Government troops attacked the Islamists near Baidoa.",
			wantEvent{graph.Assault, []string{"SO"}, []string{icu}}, graph.Reported, true},
		{"the rebels as the object of a charge",
			"The Liberation Tigers of Tamil Eelam attacked a navy camp near Jaffna. Norway accused the rebels of breaking the truce.",
			wantEvent{graph.Accuse, []string{"NO"}, []string{ltte}}, graph.Reported, true},
		{"government troops as the object of a charge",
			"Sri Lanka said the truce held. Sri Lanka and the Liberation Tigers of Tamil Eelam met in Geneva. The Tigers accused government troops of shelling Jaffna.",
			wantEvent{graph.Accuse, []string{ltte}, []string{"LK"}}, graph.Reported, true},
		{"a people's word the group's name carries",
			"The Liberation Tigers of Tamil Eelam attacked a navy camp near Jaffna. India condemned Tamil rebels on Tuesday.",
			wantEvent{graph.Accuse, []string{"IN"}, []string{ltte}}, graph.Reported, true},
		{"a creed the article described the group with",
			"Lebanon's Shiite Hezbollah fired rockets at Haifa on Sunday. Israeli troops clashed with Shiite fighters on Tuesday.",
			wantEvent{graph.Assault, []string{"IL"}, []string{hezbollah}}, graph.Reported, true},
		{"the separatists, after the separatist group",
			"Police in Bilbao arrested two members of the Basque separatist group ETA. France accused the separatists of planning a bombing.",
			wantEvent{graph.Accuse, []string{"FR"}, []string{eta}}, graph.Reported, true},
		{"a creed adjective before troops",
			"The Islamic Courts Union seized the port of Kismayo. Kenya urged Islamist troops to halt their advance.",
			wantEvent{graph.Request, []string{"KE"}, []string{icu}}, graph.Reported, true},
	})
}

// TestDescribedPartiesLeaveOthers checks the descriptions these rules
// leave alone, in the last sentence of each article: a creed or people no
// named group carries or was described with.
func TestDescribedPartiesLeaveOthers(t *testing.T) {
	for _, tt := range []struct{ body, notParty string }{
		{"Hezbollah fired rockets at Haifa on Sunday. Israeli troops clashed with Shiite fighters on Tuesday.", "org/hezbollah"},
		{"The Liberation Tigers of Tamil Eelam attacked a navy camp. Turkey condemned Kurdish rebels.", "org/liberation-tigers-of-tamil-eelam"},
	} {
		ex := extractBody(t, tt.body, "2006-08-14")
		last := strings.LastIndex(strings.TrimSuffix(tt.body, "."), ". ") + 2
		for _, ev := range ex.Events {
			if !slices.ContainsFunc(ev.Claims, func(c *graph.Claim) bool { return c.Start >= last }) {
				continue
			}
			if slices.ContainsFunc(append(ev.Actors, ev.Targets...), func(e *graph.Entity) bool { return e.ID == tt.notParty }) {
				t.Errorf("%q: unexpected party %s in %s", tt.body, tt.notParty, ev.Label)
			}
		}
	}
}
