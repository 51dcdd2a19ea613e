package loader

import "github.com/geokg/geokg/graph"

// This file holds the rule for the act a journey is made for. In
// "Blair flew to Washington to meet Bush" and "Putin visits Athens to meet
// the Greek premier" the infinitive's subject is the traveller, but the
// nearest name before "to meet" is the destination, which the subject
// rules would take as the actor. purposeOfJourney hands the act to the
// traveller instead.

// journeyVerbs are the verbs of travel whose destination may stand
// between their subject and a purpose infinitive.
var journeyVerbs = map[string]bool{
	"visit": true, "visits": true, "visited": true, "visiting": true,
	"travel": true, "travels": true, "travelled": true, "traveled": true, "travelling": true, "traveling": true,
	"go": true, "goes": true, "went": true, "going": true, "gone": true,
	"fly": true, "flies": true, "flew": true, "flying": true, "flown": true,
	"come": true, "comes": true, "came": true, "coming": true,
	"arrive": true, "arrives": true, "arrived": true, "arriving": true,
	"head": true, "heads": true, "headed": true, "heading": true,
	"return": true, "returns": true, "returned": true, "returning": true,
}

// journeyFillers may stand between a destination and the purpose
// infinitive: time adverbials ("this week", "on Monday") and commas.
var journeyFillers = map[string]bool{
	",": true, "this": true, "next": true, "last": true, "week": true, "month": true, "year": true, "weekend": true,
	"on": true, "today": true, "tomorrow": true, "yesterday": true, "tonight": true, "early": true, "later": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// purposeOfJourney makes the traveller the actor of the verb at t when t
// opens a purpose infinitive ("to meet") after a journey to a destination
// that the subject rules took as the actor. A journey that is negated
// ("did not travel") or spoken of rather than made ("accused of
// travelling", "plans for going") states no purpose carried out, so it
// is no meeting of the destination either: the event is dropped (false).
// An actor that is not the destination is left alone. It reports whether
// the event stands.
func (a *article) purposeOfJourney(v *sentenceView, t int, noun bool, c *candidate) bool {
	toks := v.toks
	if noun || len(c.actors) == 0 || t < 3 || toks[t-1].norm != "to" {
		return true
	}
	// The destination: the mention before "to", past time adverbials.
	k := t - 2
	for k >= 0 && v.at[k] < 0 && journeyFillers[toks[k].norm] && t-k <= 5 {
		k--
	}
	if k < 0 || v.at[k] < 0 {
		return true
	}
	destination := v.ms[v.at[k]]
	if c.actors[0] != destination.ent && c.actors[0] != a.stateOf(destination.ent) {
		return true
	}
	// The journey verb: right before the destination, or before "to"/"in"
	// before it ("visits Athens", "flew to Washington", "arrived in Harare").
	j := destination.first - 1
	if j >= 0 && toks[j].norm == "the" {
		j-- // "flew to the US"
	}
	if j >= 0 && (toks[j].norm == "to" || toks[j].norm == "in" || toks[j].norm == "for") {
		j--
	}
	if j < 1 || !journeyVerbs[toks[j].norm] {
		return true
	}
	for p := j - 1; p >= 0 && p >= j-3; p-- {
		if negations[toks[p].norm] || gerundPrepositions[toks[p].norm] || gerundClauseOpeners[toks[p].norm] {
			return false // "did not travel to Iraq to meet", "accused of travelling to New York to purchase"
		}
		if v.at[p] >= 0 || toks[p].punct {
			break
		}
	}
	traveller, _ := a.verbArguments(v, j, &eventRule{typ: graph.Consult}, &candidate{})
	if traveller == nil || traveller == destination.ent || traveller.Kind == graph.Location {
		return true
	}
	c.rule += "-journey-purpose"
	a.setParties(c, []*graph.Entity{traveller}, c.targets)
	return true
}
