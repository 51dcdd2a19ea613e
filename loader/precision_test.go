package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestHedgedStatus checks that an act the sentence only attributes as a
// claim is speculated, on sentences made up for the test, and that plain
// reports stay reported.
func TestHedgedStatus(t *testing.T) {
	tests := []eventCase{
		{"argued that", "Ecuador argued that Peru invaded Ecuador in March.", wantEvent{graph.Assault, []string{"PE"}, []string{"EC"}}, graph.Speculated, false},
		{"claims that", "The opposition claims that Syria supplied weapons to Lebanon.", wantEvent{graph.Aid, []string{"SY"}, []string{"LB"}}, graph.Speculated, false},
		{"is said to have", "The Kenyan minister is said to have praised Uganda.", wantEvent{graph.Support, []string{"KE"}, []string{"UG"}}, graph.Speculated, false},
		{"denial of this claim", "Sudan bombed villages in Chad, though Sudan denies this claim.", wantEvent{graph.Assault, []string{"SD"}, []string{"TD"}}, graph.Speculated, false},
		{"said that stays a report", "Officials said that Peru invaded Ecuador in March.", wantEvent{graph.Assault, []string{"PE"}, []string{"EC"}}, graph.Reported, false},
		{"denial of something else", "Sudan bombed villages in Chad; Chad denied the report about refugees.", wantEvent{graph.Assault, []string{"SD"}, []string{"TD"}}, graph.Reported, false},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestNoActorStated checks sentences that name the victim of an act but
// not its doer, or name an act as a noun: none may make the victim's
// country (or anyone else) the actor of an assault.
func TestNoActorStated(t *testing.T) {
	for _, body := range []string{
		"A British engineer, kidnapped while driving in Nigeria, was freed on Sunday.",
		"Mr Smith, an Australian, was found shot dead in Kabul on Monday.",
		"Ministers in Iraq said that the 1998 attack set back the programme.",
		"An Italian aid worker, abducted in Somalia, appeared in a video.",
	} {
		ex := extractBody(t, body, "2006-07-18")
		for _, ev := range ex.Events {
			if ev.Type == graph.Assault || ev.Type == graph.Coerce {
				t.Errorf("%q: unexpected %s event %s", body, ev.Type, ev.Label)
			}
		}
	}
	// The same participles with their agent named still state the act.
	ex := extractBody(t, "A British engineer, kidnapped by Nigerian militants in Nigeria, was freed.", "2006-07-18")
	if ev, got := findEvent(ex, wantEvent{graph.Assault, []string{"NG"}, nil}); ev == nil {
		t.Errorf("kidnapped by militants: no assault by Nigeria; got %s", got)
	}
}

// TestStationNoun checks that "station" as the noun it usually is states
// no deployment, while the verb with a force as object still does.
func TestStationNoun(t *testing.T) {
	for _, body := range []string{
		"A Kenyan radio station reported the clashes.",
		"Egypt will build two nuclear power stations.",
		"Police in Ghana guarded the bus station.",
	} {
		ex := extractBody(t, body, "2006-07-18")
		for _, ev := range ex.Events {
			if ev.Type == graph.Mobilize {
				t.Errorf("%q: unexpected %s event %s", body, ev.Type, ev.Label)
			}
		}
	}
	ex := extractBody(t, "Japan will station three destroyers near Okinawa.", "2006-07-18")
	if ev, got := findEvent(ex, wantEvent{graph.Mobilize, []string{"JP"}, nil}); ev == nil || ev.Status != graph.Planned {
		t.Errorf("station three destroyers: no planned deployment by Japan; got %s", got)
	}
}
