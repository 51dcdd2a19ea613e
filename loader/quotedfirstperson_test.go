package loader

import (
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestQuotedFirstPerson checks, in sentences made up for the test, that
// "our troops", "our government" and "us" inside a quotation stand for
// the side its named speaker acts for: the state of an official, the
// body of a spokesman.
func TestQuotedFirstPerson(t *testing.T) {
	checkEvents(t, "2008-08-14", []eventCase{
		{name: "our forces, trailing speaker", body: `"Our forces shelled Hamas positions overnight," Israeli Defence Minister Dan Orlev said.`,
			want: wantEvent{graph.Assault, []string{"IL"}, []string{"org/hamas"}}, status: graph.Reported, exact: true},
		{name: "our armed forces, introduced speaker", body: `Russian Foreign Minister Pavel Ostrov said: "Our armed forces attacked Georgia in self-defence."`,
			want: wantEvent{graph.Assault, []string{"RU"}, []string{"GE"}}, status: graph.Reported, exact: true},
		{name: "our government after a coordinator", body: `"We waited, and our government condemned Japan," Chinese Foreign Minister Wen Lihua said.`,
			want: wantEvent{graph.Accuse, []string{"CN"}, []string{"JP"}}, status: graph.Reported, exact: true},
		{name: "our country, planned", body: `"Our country will support Georgia," US Secretary of State Mark Tilden said.`,
			want: wantEvent{graph.Support, []string{"US"}, []string{"GE"}}, status: graph.Planned, exact: true},
		{name: "a spokesman's organisation", body: `Greenpeace spokesman Tom Harlan said: "Our organisation will protest against Japan."`,
			want: wantEvent{graph.Protest, []string{"org/greenpeace"}, []string{"JP"}}, status: graph.Planned, exact: true},
		{name: "us as the object", body: `"Hamas attacked us again last night," Israeli Defence Minister Dan Orlev said.`,
			want: wantEvent{graph.Assault, []string{"org/hamas"}, []string{"IL"}}, status: graph.Reported, exact: true},
		{name: "a running quotation", body: `Israeli Defence Minister Dan Orlev said: "We have been patient. Hezbollah attacked us."`,
			want: wantEvent{graph.Assault, []string{"org/hezbollah"}, []string{"IL"}}, status: graph.Reported, exact: true},
	})
	checkRejects(t, []reject{
		{"an analyst's we", `"We attacked Hamas too early," political analyst John Kessel said.`, graph.Assault},
		{"an analyst's our", `"Our troops attacked Hamas too early," political analyst John Kessel said.`, graph.Assault},
		{"no speaker named", `"Our troops attacked Hamas." The sentence ends there.`, graph.Assault},
		{"our region names no party", `"Our region attacked Hamas," Israeli Defence Minister Dan Orlev said.`, graph.Assault},
		{"outside a quotation", "Our troops attacked Hamas, Israeli Defence Minister Dan Orlev said.", graph.Assault},
	})
	// "Our X" that is no subject of the verb: other rules may read the
	// sentence, but not as the speaker's side acting.
	checkNoClaims(t, "2008-08-14", func(rule string) bool { return strings.HasSuffix(rule, "-quote-own") },
		`"Rallies across our country condemned Japan," Chinese Foreign Minister Wen Lihua said.`,
		`"It is time for our government to condemn Japan," Chinese Foreign Minister Wen Lihua said.`,
	)
}

// TestLapsedOffices checks that an office the text states joins a person
// whose gazetteer offices had all ended by publication, so that his state
// acts with him, unless the text marks it as past.
func TestLapsedOffices(t *testing.T) {
	checkEvents(t, "2008-08-14", []eventCase{
		{name: "a stated office after a dated one", body: `"If Iran continues, we will attack it," Israeli minister Shaul Mofaz said.`,
			want: wantEvent{graph.Threaten, []string{"person/shaul-mofaz", "IL"}, []string{"IR"}}, exact: true},
	})
	for _, body := range []string{
		`"If Iran continues, we will attack it," former Israeli minister Shaul Mofaz said.`,
		`"If Iran continues, we will attack it," said Shaul Mofaz, the former Israeli defence minister.`,
	} {
		ev := mustFindEvent(t, body, "2008-08-14", wantEvent{graph.Threaten, []string{"person/shaul-mofaz"}, []string{"IR"}})
		if got := ids(ev.Actors); len(got) != 1 {
			t.Errorf("%q: actors %v, want the person alone", body, got)
		}
	}
}
