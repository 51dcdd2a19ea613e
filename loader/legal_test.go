package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestLegalActs checks court orders, rulings, proceedings and
// extraditions between states, bodies and people, each on a sentence made
// up for the test.
func TestLegalActs(t *testing.T) {
	icj, echr, icc := "org/international-court-of-justice", "org/european-court-of-human-rights", "org/international-criminal-court"
	cases := []ruleCase{
		{"court ordered a state to act", "The International Court of Justice ordered Russia to halt its invasion.",
			wantEvent{graph.Request, []string{icj}, []string{"RU"}}, graph.Reported, "verb:order-to"},
		{"ordered to pay compensation", "The European Court of Human Rights ordered Italy to pay compensation.",
			wantEvent{graph.Request, []string{echr}, []string{"IT"}}, graph.Reported, "verb:order-to"},
		{"ordered by a body", "Iran was ordered by the UN Security Council to halt enrichment.",
			wantEvent{graph.Request, []string{"org/united-nations-security-council"}, []string{"IR"}}, graph.Reported, "verb:order-to-passive"},
		{"ruled against", "The European Court of Human Rights ruled against Turkey.",
			wantEvent{graph.Accuse, []string{echr}, []string{"TR"}}, graph.Reported, "verb:rule-against"},
		{"found that a state had violated", "The European Court of Human Rights found that Turkey had violated the convention.",
			wantEvent{graph.Accuse, []string{echr}, []string{"TR"}}, graph.Reported, "verb:found-violation"},
		{"found in breach", "The European Court of Human Rights found Italy in breach of the convention.",
			wantEvent{graph.Accuse, []string{echr}, []string{"IT"}}, graph.Reported, "verb:found-violation"},
		{"filed a case against", "Ukraine filed a case against Russia at the International Court of Justice.",
			wantEvent{graph.Accuse, []string{"UA"}, []string{"RU"}}, graph.Reported, "noun:charges-against"},
		{"brought charges against", "Russia brought charges against Mikheil Saakashvili.",
			wantEvent{graph.Accuse, []string{"RU"}, []string{"person/mikheil-saakashvili"}}, graph.Reported, "noun:charges-against"},
		{"failed to bring charges", "Serbia criticised the International Criminal Court for failing to bring charges against NATO.",
			wantEvent{graph.Accuse, []string{icc}, []string{"org/nato"}}, graph.Denied, "noun:charges-against"},
		{"will file charges", "Russia will file charges against Mikheil Saakashvili.",
			wantEvent{graph.Accuse, []string{"RU"}, []string{"person/mikheil-saakashvili"}}, graph.Planned, "noun:charges-against"},
		{"took to court", "Georgia took Russia to court over the war.",
			wantEvent{graph.Accuse, []string{"GE"}, []string{"RU"}}, graph.Reported, "verb:take-to-court"},
		{"took to a named court", "Georgia took Russia to the International Court of Justice.",
			wantEvent{graph.Accuse, []string{"GE"}, []string{"RU"}}, graph.Reported, "verb:take-to-court"},
		{"court acronym in a sentence on justice", "The ICC indicted Sudanese President Omar al-Bashir for genocide.",
			wantEvent{graph.Accuse, []string{icc}, []string{"person/omar-al-bashir"}}, graph.Reported, "verb:indict"},
		{"extradition sought from a state", "Spain requested the extradition of the former dictator from Britain.",
			wantEvent{graph.Request, []string{"ES"}, []string{"GB"}}, graph.Reported, "noun:extradition-from"},
		{"extradited from a state to another", "Augusto Pinochet was extradited from Britain to Spain.",
			wantEvent{graph.Cooperate, []string{"GB"}, []string{"ES"}}, graph.Reported, "verb:extradited-from"},
		{"state charged with a deed", "Human Rights Watch has charged Syria with using cluster bombs.",
			wantEvent{graph.Accuse, []string{"org/human-rights-watch"}, []string{"SY"}}, graph.Reported, "verb:charge-state"},
		{"person charged before a court", "Peruvian prosecutors charged Alberto Fujimori with corruption.",
			wantEvent{graph.Coerce, []string{"PE"}, []string{"person/alberto-fujimori"}}, graph.Reported, "verb:charge"},
	}
	checkRuleCases(t, "2023-03-22", cases)
}

// TestLegalActsLeaveOthers checks orders that name no party ordered, an
// extradition only requested, charges pressed (no pressure on anyone)
// and the acronym outside a sentence on justice; an acquittal and charges
// dropped accuse no one.
func TestLegalActsLeaveOthers(t *testing.T) {
	for _, tc := range []struct {
		body string
		typ  graph.EventType
	}{
		{"The President of France ordered troops to leave Mali.", graph.Request},
		{"Vladimir Putin ordered an investigation into the attack.", graph.Request},
		{"The European Court of Human Rights ruled in favour of Turkey.", graph.Accuse},
		{"Spain sent an extradition request to Britain.", graph.Cooperate},
		{"Kenya pressed charges against Sudan.", graph.Request},
		{"The ICC praised Pakistan for hosting the tournament.", graph.Support},
		{"The International Criminal Court acquitted Jean-Pierre Bemba.", graph.Accuse},
		{"Russia dropped charges against Mikheil Saakashvili.", graph.Accuse},
	} {
		t.Run(tc.body, func(t *testing.T) {
			for _, ev := range extractBody(t, tc.body, "2023-03-22").Events {
				if ev.Type == tc.typ && len(ev.Targets) > 0 {
					t.Errorf("unwanted %s %v → %v", ev.Type, ids(ev.Actors), ids(ev.Targets))
				}
			}
		})
	}
}
