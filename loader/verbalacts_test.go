package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestVerbalActs checks the frames of verbalacts.go: appointments,
// accepted resignations, rejected calls and assurances.
func TestVerbalActs(t *testing.T) {
	cases := []ruleCase{
		{"elected as speaker", "The Kenyan parliament has elected Raila Odinga as its first speaker on Monday.",
			wantEvent{graph.Support, []string{"org/kenyan-parliament"}, []string{"person/raila-odinga"}}, graph.Reported, "verb:appoint"},
		{"named with an apposition", "The Peruvian Congress named Carlos Alberto Quispe, a 52-year-old judge from Cusco, as interim president.",
			wantEvent{graph.Support, []string{"org/peruvian-congress"}, []string{"person/carlos-alberto-quispe"}}, graph.Reported, "verb:appoint"},
		{"appointed without as", "Vladimir Putin has today appointed Sergey Lavrov foreign minister.",
			wantEvent{graph.Support, []string{"RU"}, []string{"person/sergey-lavrov"}}, graph.Reported, "verb:appoint"},
		{"passive with by", "Sergey Lavrov was appointed foreign minister by Vladimir Putin in 2004.",
			wantEvent{graph.Support, []string{"person/vladimir-putin"}, []string{"person/sergey-lavrov"}}, graph.Reported, "verb:appoint-passive"},
		{"accepted the resignation of", "Vladimir Putin accepted the resignation of Sergey Lavrov on Friday.",
			wantEvent{graph.Agree, []string{"person/vladimir-putin"}, []string{"person/sergey-lavrov"}}, graph.Reported, "verb:accept-resignation"},
		{"ignored demands by", "Israel ignored demands by the European Union to halt settlement building.",
			wantEvent{graph.Reject, []string{"IL"}, []string{"org/european-union"}}, graph.Reported, "verb:reject-calls"},
		{"resisted demands from", "Syria has resisted repeated demands from Turkey to hand over the rebels.",
			wantEvent{graph.Reject, []string{"SY"}, []string{"TR"}}, graph.Reported, "verb:reject-calls"},
		{"assured that it would", "Vladimir Putin assured Iran that Russia would finish building the reactor.",
			wantEvent{graph.Agree, []string{"RU"}, []string{"IR"}}, graph.Reported, "verb:assure"},
		{"reassured a leader", "Angela Merkel reassured Poland it would not be left alone.",
			wantEvent{graph.Agree, []string{"DE"}, []string{"PL"}}, graph.Reported, "verb:assure"},
	}
	checkRuleCases(t, "2009-05-14", cases)
}

// TestVerbalActsLeaveOthers checks that naming is not appointing, that
// the one who accepts a resignation has not resigned, and that an
// assurance with no undertaking after it is no agreement.
func TestVerbalActsLeaveOthers(t *testing.T) {
	checkNoEvents(t, "2009-05-14", []graph.EventType{graph.Support},
		"The leaked documents named Sergey Lavrov as a source.",
		"A man named Sergey Lavrov was arrested in Moscow.",
	)
	checkNoEvents(t, "2009-05-14", []graph.EventType{graph.Concede},
		"Vladimir Putin accepted the resignation of Sergey Lavrov on Friday.",
	)
	checkNoEvents(t, "2009-05-14", []graph.EventType{graph.Agree},
		"Vladimir Putin assured reporters of his good health.",
	)
}
