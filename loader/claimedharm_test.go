package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestClaimedHarms checks accusations read from a party's claim, or its
// report, that another did it harm, on sentences made up for the test.
func TestClaimedHarms(t *testing.T) {
	tests := []struct {
		name, body      string
		actors, targets []string
	}{
		{"claimed that, demonym doer, its airspace", "Syria claimed that Israeli jets had violated its airspace on Monday.", []string{"SY"}, []string{"IL"}},
		{"said, harmed speaker by its", "Pakistan said India had shelled its villages in Kashmir.", []string{"PK"}, []string{"IN"}},
		{"insists that, named victim", "Georgia insists that Russian troops attacked Georgian villages.", []string{"GE"}, []string{"RU"}},
		{"contends with no that", "Venezuela contends Colombian soldiers raided its border towns.", []string{"VE"}, []string{"CO"}},
		{"claim noun with by-phrase", "A claim was made by Iran in January that British warships had violated Iranian waters.", []string{"IR"}, []string{"GB"}},
		{"told reporters that", "Cuba told reporters that American planes had violated its airspace.", []string{"CU"}, []string{"US"}},
		{"maintained, crossed into its territory", "Lebanon maintained that Israeli troops had crossed into its territory.", []string{"LB"}, []string{"IL"}},
		{"second that-clause", "Venezuela argued that the arrest was illegal and that Colombia invaded its territory.", []string{"VE"}, []string{"CO"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2009-03-04")
			for _, ev := range ex.Events {
				if !slices.ContainsFunc(ev.Claims, func(c *graph.Claim) bool { return c.Rule == claimedHarmRule }) {
					continue
				}
				if ev.Type != graph.Accuse || !slices.Equal(ids(ev.Actors), tt.actors) || !slices.Equal(ids(ev.Targets), tt.targets) || ev.Status != graph.Reported {
					t.Errorf("%s %v → %v %s, want ACCUSE %v → %v reported", ev.Type, ids(ev.Actors), ids(ev.Targets), ev.Status, tt.actors, tt.targets)
				}
				return
			}
			t.Errorf("no event by %s", claimedHarmRule)
		})
	}
	// Sentences where this file must read no accusation.
	for _, tt := range []struct{ name, body string }{
		{"third party's report", "France said Russia had bombed Georgian villages."},
		{"third party's report, named target", "The United States said Israel had bombed Hezbollah bases in Lebanon."},
		{"hedged act", "Pakistan said India may attack its border posts."},
		{"negated act", "Russia said that Georgia had not attacked its peacekeepers."},
		{"the doer's own troops", "Syria claimed that Turkey had sent its troops to the border."},
		{"own side", "Russia claimed that Russian jets had bombed Georgian villages."},
		{"claim with no author", "The claim that Russian troops had shelled Georgian villages was denied."},
		{"act in a condition", "Pakistan said it would respond if India attacked its villages."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2009-03-04")
			for _, ev := range ex.Events {
				if slices.ContainsFunc(ev.Claims, func(c *graph.Claim) bool { return c.Rule == claimedHarmRule }) {
					t.Errorf("%s %v → %v by %s", ev.Type, ids(ev.Actors), ids(ev.Targets), claimedHarmRule)
				}
			}
		})
	}
}

// TestClaimedHarmTarget checks that the act whose object "its" owns in a
// speaker's clause about another party falls on the speaker.
func TestClaimedHarmTarget(t *testing.T) {
	ex := extractBody(t, "Pakistan said India had shelled its villages in Kashmir.", "2009-03-04")
	for _, ev := range ex.Events {
		if ev.Type == graph.Assault {
			if !slices.Equal(ids(ev.Actors), []string{"IN"}) || !slices.Equal(ids(ev.Targets), []string{"PK"}) {
				t.Errorf("ASSAULT %v → %v, want [IN] → [PK]", ids(ev.Actors), ids(ev.Targets))
			}
			return
		}
	}
	t.Error("no ASSAULT")
}
