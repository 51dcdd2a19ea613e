package graph

import "testing"

func TestLabelAndSense(t *testing.T) {
	lavrov := &Entity{Name: "Sergey Lavrov"}
	kp := &Entity{Name: "North Korea"}
	ru := &Entity{Name: "Russia"}
	cases := []struct {
		ev        Event
		wantLabel string
		wantCAMEO string
	}{
		{Event{Type: Consult, Mode: "visit", Actors: []*Entity{lavrov}, Targets: []*Entity{kp}}, "Sergey Lavrov visits North Korea", "042"},
		{Event{Type: Consult, Mode: "unheard-of", Actors: []*Entity{lavrov}, Targets: []*Entity{kp}}, "Sergey Lavrov consults North Korea", "040"},
		{Event{Type: Assault, Mode: "clash", Actors: []*Entity{kp, ru}, Targets: []*Entity{ru, kp, lavrov}}, "North Korea and Russia clash with Russia, North Korea and Sergey Lavrov", "193"},
		{Event{Type: Protest, Actors: []*Entity{ru}}, "Russia protests", "140"},
		{Event{Type: Concede, Mode: "apologize", Actors: []*Entity{lavrov, ru}, Targets: []*Entity{kp}}, "Sergey Lavrov and Russia apologize to North Korea", "055"},
		{Event{Type: Aid, Mode: "military", Actors: []*Entity{kp, ru}, Targets: []*Entity{lavrov}}, "North Korea and Russia give military aid to Sergey Lavrov", "072"},
	}
	for _, tc := range cases {
		if got := Label(&tc.ev); got != tc.wantLabel {
			t.Errorf("Label(%s/%s) = %q, want %q", tc.ev.Type, tc.ev.Mode, got, tc.wantLabel)
		}
		if s, ok := Sense(tc.ev.Type, tc.ev.Mode); !ok || s.CAMEO != tc.wantCAMEO {
			t.Errorf("Sense(%s, %s) = %+v, %v; want CAMEO %s", tc.ev.Type, tc.ev.Mode, s, ok, tc.wantCAMEO)
		}
	}
	for _, typ := range EventTypes {
		if _, ok := Sense(typ, ""); !ok {
			t.Errorf("the ontology has no default row for %s", typ)
		}
	}
}
