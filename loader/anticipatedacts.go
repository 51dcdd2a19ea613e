package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads an event noun that a verb carries across words saying
// the act was planned or awaited before it came: "Israel mounted its
// long-threatened invasion of Lebanon", "Russia launched the expected
// offensive", "Sarkozy made a long-awaited visit to China", and an event
// noun whose fate a verb settles: "Sarkozy cancelled a (planned) visit to
// China", "the union postponed a scheduled strike".
//
// The plan words describe the wait, not the act: an act a past verb
// carries out happened, whatever it was awaited as (anticipatedStatus),
// and one cancelled is denied, one postponed still planned (fates.go).
// The verb's subject does the act (anticipatedCarrierSubject), where
// supportVerbs alone stop at the participle ("planned", "long-awaited").

// planModifiers qualify an event noun as foreseen before it happens.
var planModifiers = map[string]bool{
	"planned": true, "awaited": true, "expected": true, "anticipated": true, "scheduled": true,
	"threatened": true, "promised": true, "proposed": true, "announced": true, "intended": true,
	"mooted": true, "feared": true, "delayed": true, "rescheduled": true, "heralded": true,
	"trumpeted": true, "touted": true, "publicised": true, "publicized": true, "advertised": true,
	"upcoming": true, "forthcoming": true, "impending": true, "prospective": true,
}

// planDegrees open a hyphenated plan modifier ("long-awaited",
// "much-anticipated") or stand as an adverb before one ("eagerly awaited").
var planDegrees = map[string]bool{
	"long": true, "much": true, "oft": true, "often": true, "widely": true, "eagerly": true, "keenly": true,
	"previously": true, "originally": true, "already": true, "earlier": true, "twice": true, "repeatedly": true,
}

// realisingCarriers are the verbs that carry out the act their object
// noun names: "launched", "mounted", "made (a visit)", "held (talks)".
var realisingCarriers = map[string]bool{
	"launched": true, "launch": true, "launches": true, "mounted": true, "mount": true, "mounts": true,
	"began": true, "begin": true, "begins": true, "started": true, "start": true, "starts": true,
	"staged": true, "stage": true, "stages": true, "conducted": true, "conduct": true, "conducts": true,
	"made": true, "make": true, "makes": true, "paid": true, "pay": true, "pays": true,
	"held": true, "hold": true, "holds": true, "undertook": true, "undertake": true, "undertakes": true,
	"opened": true, "open": true, "opens": true, "unleashed": true, "unleash": true, "unleashes": true,
	"carried": true, "carry": true, "carries": true, "completed": true, "kicked": true,
}

// otherPartyFates settle the fate of an act as often another's as the
// subject's own: "Khartoum was delaying the deployment of the force" is
// not Khartoum's deployment.
var otherPartyFates = map[string]bool{"delay": true, "delays": true, "delayed": true, "delaying": true, "defer": true, "defers": true, "deferred": true}

// anticipatedCarrier returns the verb carrying the event noun at t across
// its modifiers, and whether a plan modifier stood between: "mounted its
// long-threatened (invasion)", "cancelled a planned (visit)", "called off
// the (summit)". It returns -1 when no realising or fate verb carries the
// noun. A phrasal verb is returned at its head ("called" of "called off",
// "carried" of "carried out").
func (v *sentenceView) anticipatedCarrier(t int) (int, bool) {
	toks := v.toks
	planned := false
	k := t - 1
	for k >= 0 && t-k <= maxCarrierReach {
		u := toks[k]
		switch {
		case planModifiers[u.norm] && !u.upper:
			planned = true
			k--
		case planDegrees[u.norm] && (u.hyphen || k+1 < t && planModifiers[toks[k+1].norm]):
			k-- // "long-awaited", "eagerly awaited"
		case v.nounModifier(k):
			k--
		default:
			goto carrier
		}
	}
carrier:
	if k >= 0 && objectDeterminers[toks[k].norm] {
		k--
	}
	if k < 0 {
		return -1, false
	}
	w := toks[k].norm
	if (w == "off" || w == "out") && k > 0 {
		head := toks[k-1].norm
		if w == "off" && phrasalFates[head] != "" {
			return k - 1, planned // "called off a planned strike", "put off the visit"
		}
		if w == "out" && planned && (head == "carried" || head == "carry" || head == "carries") {
			return k - 1, planned // "carried out a long-planned raid"
		}
		return -1, false
	}
	if fates[w] != "" && !strings.HasSuffix(w, "ment") && w != "cancellation" && !otherPartyFates[w] {
		return k, planned // "cancelled a scheduled visit"
	}
	if realisingCarriers[w] && planned {
		return k, planned // "mounted its long-awaited invasion"
	}
	return -1, false
}

// anticipatedCarrierSubject returns the subject of the verb that carries
// the event noun at t across plan words or settles its fate ("Israel
// mounted its long-threatened invasion", "Sarkozy cancelled a visit"), as
// the noun's actor; nil when there is none.
func (a *article) anticipatedCarrierSubject(v *sentenceView, t int, r *eventRule, c *candidate) *graph.Entity {
	g, _ := v.anticipatedCarrier(t)
	if g < 0 {
		return nil
	}
	x := v.carrierSubject(g)
	if x == nil {
		return nil
	}
	c.rule, c.confidence = "noun:"+r.name+"-anticipated", 0.55
	return x
}

// anticipatedStatus reads the status of the event noun at t that a
// realising verb carries across plan words: what the verb's own clause
// says ("mounted its long-awaited invasion" happened; "may launch the
// expected offensive" is speculated), not what the plan words say of the
// wait. ok is false where no such verb carries the noun; a fate verb's
// object is left to fatedStatus.
func anticipatedStatus(v *sentenceView, t int) (graph.Status, bool) {
	g, planned := v.anticipatedCarrier(t)
	if g < 0 || !planned || !realisingCarriers[v.toks[g].norm] {
		return "", false
	}
	return frameStatus(v.toks, g, true), true
}

// carriedStatus is the status of the event at t that the act carrying it
// settles rather than the words before it: an event noun a realising verb
// carries across plan words (anticipatedStatus) and a protest a crowd's
// act serves (protestpurposes.go). ok is false where neither applies.
func carriedStatus(v *sentenceView, t int, r *eventRule, noun bool) (graph.Status, bool) {
	if noun {
		return anticipatedStatus(v, t)
	}
	if r.name == "protest-purpose" {
		return protestPurposeStatus(v.toks, t)
	}
	if r.name == "protest" {
		return protestedToProtestStatus(v.toks, t) // protestobjects.go: "marched to protest"
	}
	return "", false
}
