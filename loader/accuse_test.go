package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAccusationFrames checks the frames of accuse.go, each on a sentence
// made up for the test: the exact type, actors, targets and status.
func TestAccusationFrames(t *testing.T) {
	tests := []eventCase{
		{"a reported judgement of an act named with its doer", "Chile said the move by Peru is a violation of the treaty.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"an act falling short, in a quotation", "\"Peru's announcement of a pullback falls short of its obligations,\" Chile said.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"an act falling short, after an introduced quotation", "Chile stated, \"Today's announcement by Peru of a pullback of its troops to the border falls short of its obligations.\"",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a claimed breach by an act", "Chile claimed that Peru's decision violates the treaty.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a complaint lodged by one party against another", "This complaint is the third lodged by Chile against Peru this year.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a protest sent in writing", "Amnesty International protested and sent an open letter to the president of the European Commission.",
			wantEvent{graph.Accuse, []string{"org/amnesty-international"}, []string{"org/european-commission"}}, graph.Reported, true},
		{"a party's act considered a provocation", "Chile considered Peru's incursion an act of provocation.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a party viewed as a threat", "Chile views Peru as a threat to the region.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"a negated judgement", "Chile said the move by Peru is not a violation of the treaty.", graph.Accuse},
		{"a judgement of what befell a party", "Chile said Peru's arrest by the police was illegal.", graph.Accuse},
		{"a judgement in the reporter's voice", "The move by Peru is a violation of the treaty.", graph.Accuse},
		{"a plain copula after the act", "Chile said the decision by Peru was final.", graph.Accuse},
		{"a negated view", "Chile did not view Peru as a threat.", graph.Accuse},
		{"a passive view holds no one's view", "Peru was considered a threat.", graph.Accuse},
		{"a complaint lodged by no named party", "The complaint was lodged against Peru.", graph.Accuse},
	})
}

// TestPossessiveDateCue checks that a date determining a judged act
// ("today's announcement ... falls short") dates the act, not the
// judgement, while a possessive date in a fronted phrase still frames the
// sentence.
func TestPossessiveDateCue(t *testing.T) {
	ex := extractBody(t, "Chile stated, \"Today's announcement by Peru of a pullback falls short of its obligations.\"", "2006-05-03")
	ev, got := findEvent(ex, wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}})
	if ev == nil {
		t.Fatalf("no ACCUSE CL → PE; got %s", got)
	}
	if ev.Date != "" {
		t.Errorf("date = %q, want none: today's dates the announcement", ev.Date)
	}
	ex = extractBody(t, "Following Thursday's meeting, Chile agreed to withdraw its troops from Peru.", "2006-05-06")
	ev, got = findEvent(ex, wantEvent{graph.Agree, []string{"CL"}, []string{"PE"}})
	if ev == nil {
		t.Fatalf("no AGREE CL → PE; got %s", got)
	}
	if ev.Date != "2006-05-04" {
		t.Errorf("date = %q, want 2006-05-04: a fronted phrase dates its sentence", ev.Date)
	}
}
