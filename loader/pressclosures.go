package loader

import "github.com/geokg/geokg/graph"

// This file reads the closing of a news outlet, which PLOVER codes COERCE
// (censorship): "the government closed the opposition newspaper El
// Nacional", "Saakashvili tried to shut down an independent TV station",
// "several opposition newspapers were closed down", "the closure of the
// radio station". The outlet, where it is named, is the target; the one
// who closes it the actor.
//
// "close" and "shut" close borders, schools, plants and polling stations
// too, so the rule stands only where an outlet heads the verb's object,
// or its passive subject (closedOutlet). The nouns "closure" and "closing"
// are left out: as trigger words they would cut other frames ("protests
// against the closing of Canadian ports").

// outletNouns head a noun phrase naming a news outlet by itself.
var outletNouns = map[string]bool{
	"newspaper": true, "newspapers": true, "magazine": true, "magazines": true, "tabloid": true, "tabloids": true,
	"website": true, "websites": true, "broadcaster": true, "broadcasters": true, "weekly": true,
}

// broadcastNouns name an outlet after a medium: "radio station", "TV
// channel", "web site" (not "police station", "test site").
var broadcastNouns = map[string]bool{"station": true, "stations": true, "channel": true, "channels": true, "site": true, "sites": true, "agency": true}

// broadcastMedia qualify broadcastNouns as outlets.
var broadcastMedia = map[string]bool{"radio": true, "television": true, "tv": true, "web": true, "news": true, "satellite": true}

// pressClosureLexicon holds the verbs and nouns of closing; the outlet
// check is closedOutlet's.
var pressClosureLexicon = []lexEntry{
	{verbs: "close closes closed shut shuts shutting", rule: eventRule{name: "close-outlet", typ: graph.Coerce, mode: "censor", direct: true, preps: []string{"of"}, optionalTarget: true}},
}

// outletAt reports whether the token at k names a news outlet.
func outletAt(toks []token, k int) bool {
	w := toks[k].norm
	if outletNouns[w] {
		return true
	}
	return broadcastNouns[w] && k > 0 && broadcastMedia[toks[k-1].norm]
}

// closedOutlet reports whether the verb or noun of closing at t closes a
// news outlet: one heads its object ("closed (down) the opposition
// newspaper", "the closure of the radio station") or its passive subject
// ("opposition newspapers were closed down").
func closedOutlet(toks []token, t int) bool {
	k := t + 1
	if k < len(toks) && (toks[k].norm == "down" || toks[k].norm == "of") {
		k++
	}
	for end := k + 6; k < len(toks) && k <= end; k++ {
		u := toks[k]
		if outletAt(toks, k) {
			return true
		}
		if u.punct && !u.hyphen || prepositions[u.norm] || clauseWords[u.norm] || beForms[u.norm] || auxiliaries[u.norm] {
			break
		}
	}
	for k := t - 1; k >= 0 && k >= t-8; k-- {
		u := toks[k]
		if u.punct && !u.hyphen && u.text != "'" {
			break
		}
		if outletAt(toks, k) {
			return passiveSubjectNeeds(toks, t, []string{u.norm}) || u.poss // "newspapers were closed", "the paper's closure"
		}
	}
	return false
}
