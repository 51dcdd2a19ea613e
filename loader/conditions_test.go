package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestConditionalOffers checks offers made on a condition the other party
// is to meet (conditions.go): the offerer agrees with the party of the
// condition, and the offer is made, so reported. Each sentence is made up
// for the test.
func TestConditionalOffers(t *testing.T) {
	tests := []eventCase{
		{"a lifting of sanctions offered if the other side acts", "Japan said it would lift sanctions on North Korea if North Korea returns the abductees.",
			wantEvent{graph.Agree, []string{"JP"}, []string{"KP"}}, graph.Reported, true},
		{"talks offered once the other side acts", "India said it could hold talks with Pakistan once Pakistan stops cross-border raids.",
			wantEvent{graph.Agree, []string{"IN"}, []string{"PK"}}, graph.Reported, true},
		{"aid offered provided that", "Norway will resume aid to Nepal provided that Nepal restores its parliament.",
			wantEvent{graph.Agree, []string{"NO"}, []string{"NP"}}, graph.Reported, true},
		{"a sale offered as long as", "Russia would sell fighter jets to India as long as India pays in cash.",
			wantEvent{graph.Agree, []string{"RU"}, []string{"IN"}}, graph.Reported, true},
		{"a modal of readiness offers, not plans", "Russia would be willing to sell fighter jets to India if India wanted them.",
			wantEvent{graph.Agree, []string{"RU"}, []string{"IN"}}, graph.Reported, true},
		{"the condition opening the sentence", "If Eritrea withdraws its troops, Ethiopia will hold talks with Eritrea.",
			wantEvent{graph.Agree, []string{"ET"}, []string{"ER"}}, graph.Reported, true},
		{"an exchange for the other side's act", "Chile would return the islands in return for Peru dropping its claim.",
			wantEvent{graph.Agree, []string{"CL"}, []string{"PE"}}, graph.Reported, true},
		{"a condition of a request in the passive", "Brazil would provide assistance if requested by Haiti.",
			wantEvent{graph.Agree, []string{"BR"}, []string{"HT"}}, graph.Reported, true},
		{"readiness for talks", "Bolivia is ready for talks with Chile if Chile opens its ports.",
			wantEvent{graph.Agree, []string{"BO"}, []string{"CL"}}, graph.Reported, true},
	}
	checkEvents(t, "2006-06-01", tests)
}

// TestConditionalOfferDate checks that an offer is dated by the verb that
// states it, not by the act offered.
func TestConditionalOfferDate(t *testing.T) {
	checkDates(t, "2006-06-01", []dateCase{
		{"the day the offer is announced", "Canada on Monday announced that it would join talks with Cuba if Cuba frees its political prisoners.",
			wantEvent{graph.Agree, []string{"CA"}, []string{"CU"}}, "2006-05-29"},
	})
}

// TestConditionedStatus checks that an act inside a condition opened by
// "provided that", "on condition that" or "as long as" is only supposed.
func TestConditionedStatus(t *testing.T) {
	checkEvents(t, "2006-06-01", []eventCase{
		{"provided that", "Norway will resume its aid provided that Hamas recognises Israel.",
			wantEvent{graph.Support, []string{"org/hamas"}, []string{"IL"}}, graph.Speculated, false},
		{"as long as", "Cuba will reopen talks as long as Spain accepts the proposal of Venezuela.",
			wantEvent{graph.Agree, []string{"ES"}, []string{"VE"}}, graph.Speculated, false},
	})
}

// TestConditionalOffersOtherSenses checks conditions that carry no offer:
// a hostile act, a refusal, a concession ("even if"), a past supposition,
// a judgement ("would be hard to"), a resignation.
func TestConditionalOffersOtherSenses(t *testing.T) {
	checkNoEvents(t, "2006-06-01", []graph.EventType{graph.Agree},
		"Iran said it would close the Strait of Hormuz if the United States attacked.",
		"Peru will not negotiate with Chile as long as Chile keeps its troops on the border.",
		"Serbia would never recognise Kosovo even if the United Nations approved its independence.",
		"Syria would have withdrawn from Lebanon if the United States had asked.",
		"Cuba said it would be difficult to hold talks with Spain if Spain withdrew its ambassador.",
		"Levy Mwanawasa said he would resign if Zambia lost the vote.",
	)
}
