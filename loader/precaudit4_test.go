package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestDeclinedCommentNoRejection checks that declining to comment or to
// confirm is no rejection, while declining or refusing to act still is.
func TestDeclinedCommentNoRejection(t *testing.T) {
	checkNoEvents(t, "2006-07-18", []graph.EventType{graph.Reject},
		"The Chilean foreign ministry declined to comment on Peru's naval exercises.",
		"A spokesman for Argentina refused to confirm the Uruguayan report.",
		"Bolivia's envoy declined immediately to elaborate on the dispute with Paraguay.",
	)
	checkEvents(t, "2006-07-18", []eventCase{
		{"declined to join", "Chile declined to join the alliance with Peru.", wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"refused to sign", "Bolivia refused to sign the agreement with Paraguay.", wantEvent{graph.Reject, []string{"BO"}, []string{"PY"}}, graph.Reported, true},
	})
}

// TestAskedActsNotStated checks that an act only asked for states no
// event of its own: under a demand without "that" or with a present
// form, under advice to try, as the object of a requested infinitive,
// as what there "should be", and as what a timetable asked for is about.
// The request is kept, and so are an order to one's own officials and an
// act done.
func TestAskedActsNotStated(t *testing.T) {
	checkNoEvents(t, "2006-07-18", []graph.EventType{graph.Retreat},
		"Norway is demanding the Swedish government release the fishermen.",
		"The captors demanded that the Polish government pulls its troops out of Iraq.",
		"Finland wants a timetable for the withdrawal of Russian troops from Estonia.",
		"There should be a phased withdrawal of Italian troops from Iraq, the report said.",
	)
	checkNoEvents(t, "2006-07-18", []graph.EventType{graph.Retreat},
		"The envoy recommended the Israeli government release the prisoners.",
	)
	checkNoEvents(t, "2006-07-18", []graph.EventType{graph.Cooperate},
		"The analyst argued that Japan should try to cooperate with South Korea.",
	)
	checkNoEvents(t, "2006-07-18", []graph.EventType{graph.Consult},
		"Kofi Annan urged Ethiopia and Eritrea to expedite bilateral talks.",
		"Kofi Annan urged Ethiopia to resume talks with Eritrea.",
		"The senator called on Washington to open a diplomatic dialogue with Syria and Iran.",
	)
	checkNoEvents(t, "2006-07-18", []graph.EventType{graph.Concede},
		"Iran demanded that Britain apologises for the incursion.",
	)
	checkEvents(t, "2006-07-18", []eventCase{
		{"demand kept", "Norway is demanding the Swedish government release the fishermen.", wantEvent{graph.Request, []string{"NO"}, []string{"SE"}}, graph.Reported, true},
		{"appeal kept", "Kofi Annan urged Ethiopia and Eritrea to expedite bilateral talks.", wantEvent{graph.Request, []string{"org/united-nations"}, []string{"ET", "ER"}}, graph.Reported, false},
		{"order to own officials", "Vladimir Putin ordered the ministry to hold talks with Georgia.", wantEvent{graph.Consult, []string{"RU"}, []string{"GE"}}, graph.Planned, false},
		{"act done", "Ecuador released the Colombian soldiers on Monday.", wantEvent{graph.Retreat, []string{"EC"}, []string{"CO"}}, graph.Reported, true},
	})
}

// TestRumouredActsSpeculated checks that an act told only as "there were
// reports of/that" is speculated, and the same act told plainly is
// reported.
func TestRumouredActsSpeculated(t *testing.T) {
	checkEvents(t, "2006-07-18", []eventCase{
		{"reports of", "There were reports of Ethiopian troops shelling the Somali town of Baidoa.", wantEvent{graph.Assault, []string{"ET"}, []string{"SO"}}, graph.Speculated, true},
		{"reports that", "There were reports that Sudanese jets bombed villages in Chad.", wantEvent{graph.Assault, []string{"SD"}, []string{"TD"}}, graph.Speculated, true},
		{"plain report", "Sudan bombed villages in Chad on Monday.", wantEvent{graph.Assault, []string{"SD"}, []string{"TD"}}, graph.Reported, true},
	})
}

// TestCoordinatedVisitsWithTitledSubject checks that a list of places
// visited stops before the titled subject of a coordinated clause: "the
// president of Poland" is not a second host.
func TestCoordinatedVisitsWithTitledSubject(t *testing.T) {
	body := "The presidents of Latvia and Lithuania were to visit Kiev, and the president of Poland was to visit Minsk."
	checkEvents(t, "2008-08-12", []eventCase{
		{"first clause", body, wantEvent{graph.Consult, []string{"LV", "LT"}, []string{"UA"}}, graph.Planned, true},
		{"second clause", body, wantEvent{graph.Consult, []string{"PL"}, []string{"BY"}}, graph.Planned, false},
	})
	checkNoParty(t, "2008-08-12", body, "PL", true)
}

// TestNounTakesItsOwnDate checks that an event noun is dated by the cue
// that closes its own phrase, not by a nearer cue of another phrase
// before it, and that a cue past another event noun is left to that noun.
func TestNounTakesItsOwnDate(t *testing.T) {
	ev := mustFindEvent(t, "The riots in March 1992 led to the withdrawal of Cuban troops from Angola in 1993.", "2006-07-18",
		wantEvent{graph.Retreat, []string{"CU"}, []string{"AO"}})
	if ev.Date != "1993" {
		t.Errorf("%s: date %q, want 1993 from the noun's own phrase", ev.Label, ev.Date)
	}
	toks := tokenize("The talks in May 2004 led to the withdrawal of troops since the ceasefire in 2005.", 0, 81)
	cues := findDateCues(toks)
	withdrawal := 8
	if toks[withdrawal].norm != "withdrawal" || len(cues) != 2 {
		t.Fatalf("setup: token %q, %d cues", toks[withdrawal].norm, len(cues))
	}
	if got, _ := nounOwnCue(toks, cues, withdrawal, cues[0], true); got.first != cues[0].first {
		t.Errorf("a cue past another event noun taken by the first noun")
	}
}
