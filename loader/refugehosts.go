package loader

import "github.com/geokg/geokg/graph"

// This file reads a state taking in refugees as humanitarian aid: "Malawi
// took in over a million refugees from Mozambique", "Syria and Jordan
// have received the largest number of Iraqi refugees", "the asylum
// seekers were accepted by Australia", "Pakistan hosts three million
// Afghan refugees". ANNOTATION.md codes refuge given ("most have since
// been settled in New Zealand") as AID/humanitarian by the host, the
// refugees' state the target where the sentence names it ("Iraqi
// refugees", "refugees from Mozambique") and none otherwise. Without
// this rule "accepted" read an agreement with no one and "hosts" a visit
// by the refugees' state. Evacuating one's own nationals is left out: it
// helps no other party (ANNOTATION.md's AID goes to the state or people
// helped, and a state's own citizens make no second party).

// refugeeWords name the people given refuge.
var refugeeWords = []string{"refugees", "seekers", "evacuees", "exiles", "displaced"}

// refugeeHostLexicon goes before the general lexicon, whose "accept"
// (AGREE) and "host" (CONSULT) would read the same verbs.
var refugeeHostLexicon = []lexEntry{
	{verbs: "allow allows allowed allowing take takes took taken taking accept accepts accepted accepting admit admits admitted admitting resettle resettles resettled resettling receive receives received receiving host hosts hosted hosting shelter shelters sheltered sheltering welcome welcomes welcomed welcoming",
		rule: eventRule{name: "host-refugees", typ: graph.Aid, mode: "humanitarian", need: refugeeWords, window: 6, direct: true, preps: []string{"from"}, optionalTarget: true}},
}

// hostedRefugees reports the verb at t with refugees for object ("took in
// over a million refugees", "accepted 7,000 Iraqi refugees") or, before a
// passive with its agent, for subject ("asylum seekers were accepted by
// Australia"). "Take" needs "in": refugees "take shelter", states "take
// part". "Allow" needs "into" or "in" after the refugees ("allowed 750
// Iraqi refugees into the country"): allowed to travel or to leave, they
// are granted a concession, not refuge.
func hostedRefugees(toks []token, t int) bool {
	allow := false
	k := t + 1
	switch toks[t].norm {
	case "take", "takes", "took", "taken", "taking":
		if k >= len(toks) || toks[k].norm != "in" {
			return false
		}
		k++
	case "allow", "allows", "allowed", "allowing":
		allow = true
	}
	if k < len(toks) && toks[k].norm == "by" {
		// The passive: the refugees stand before it, past the auxiliary.
		for j := t - 1; j >= 0 && j >= t-4; j-- {
			if toks[j].punct {
				return false
			}
			if isRefugeeWord(toks, j) {
				return true
			}
		}
		return false
	}
	for j := k; j < len(toks) && j <= k+5; j++ {
		if toks[j].punct || toks[j].norm == "by" {
			return false
		}
		if isRefugeeWord(toks, j) {
			return !allow || j+1 < len(toks) && (toks[j+1].norm == "into" || toks[j+1].norm == "in")
		}
		if !refugeeCountWords[toks[j].norm] && !toks[j].digit && !toks[j].upper && !(toks[j].norm == "asylum" && toks[j].hyphen) {
			return false // "welcomed the return of refugees", "received reports of refugees": news of refugees, none taken in
		}
	}
	return false
}

// refugeeCountWords may stand between the verb and the refugees: the
// determiners, numbers and measures of a group taken in ("over a million",
// "the largest number of Iraqi", "7,000"); a demonym is capitalised.
var refugeeCountWords = map[string]bool{
	"a": true, "an": true, "the": true, "some": true, "more": true, "any": true, "many": true, "all": true,
	"these": true, "those": true, "other": true, "another": true, "its": true, "their": true, "our": true,
	"over": true, "about": true, "nearly": true, "almost": true, "around": true, "up": true, "to": true,
	"than": true, "at": true, "least": true, "estimated": true, "further": true, "additional": true, "new": true,
	"million": true, "millions": true, "thousand": true, "thousands": true, "hundred": true, "hundreds": true,
	"dozens": true, "number": true, "largest": true, "large": true, "group": true, "of": true, "political": true,
	"asylum": true, "most": true, "few": true, "several": true, "two": true, "three": true, "four": true,
	"five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "twenty": true,
}

// isRefugeeWord reports a refugee noun at j; "seekers" only after
// "asylum" (job seekers are no refugees).
func isRefugeeWord(toks []token, j int) bool {
	switch toks[j].norm {
	case "refugees", "evacuees", "exiles":
		return true
	case "seekers":
		return j > 0 && toks[j-1].norm == "asylum"
	case "displaced":
		return j+1 < len(toks) && (toks[j+1].norm == "people" || toks[j+1].norm == "persons" || toks[j+1].norm == "civilians")
	}
	return false
}
