package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file holds words that look like an event's trigger but state no
// act between parties: removing an official from office ("dismissed the
// minister") is no rejection, a state blocking a website or a road is no
// protest, and declining to comment or to give details, or holding a
// veto ("has veto power"), rejects no one.

// removalVerbs remove an official from office when their object is a
// person or a post: "dismissed Interior Minister Bakirdin Subanbekov",
// "decided to dismiss the government". With a statement or a proposal as
// object they reject it ("dismissed the report").
var removalVerbs = map[string]bool{
	"dismiss": true, "dismisses": true, "dismissed": true, "dismissing": true,
	"sack": true, "sacks": true, "sacked": true, "sacking": true,
}

// removedPosts name holders of a post or the bodies they form: what a
// removal verb removes.
var removedPosts = map[string]bool{
	"minister": true, "ministers": true, "government": true, "cabinet": true, "justices": true, "judges": true,
	"judge": true, "official": true, "officials": true, "commander": true, "commanders": true, "chief": true,
	"governor": true, "governors": true, "prosecutor": true, "director": true, "officer": true, "officers": true,
	"general": true, "generals": true, "aide": true, "aides": true, "adviser": true, "advisers": true,
	"advisor": true, "advisors": true, "head": true, "secretary": true, "premier": true, "staff": true,
	"employees": true, "workers": true, "him": true, "her": true,
}

// officeTitleWords may stand before the name of the one removed:
// "dismissed the Prime Minister Gough Whitlam", "sacked Interior Minister X".
var officeTitleWords = map[string]bool{
	"the": true, "his": true, "her": true, "its": true, "their": true, "interior": true, "defence": true,
	"defense": true, "foreign": true, "finance": true, "prime": true, "deputy": true, "army": true,
	"police": true, "top": true, "senior": true, "minister": true, "chief": true, "general": true,
	"attorney": true, "president": true, "commander": true, "governor": true, "five": true, "two": true,
	"three": true, "four": true, "several": true, "entire": true, "whole": true,
}

// removalFollowers may follow the post a removal verb takes: "dismissed the
// government and", "sacked the minister over", "dismissed the head of".
// Any other word makes the post a modifier ("dismissed the government
// report").
var removalFollowers = map[string]bool{
	"and": true, "or": true, "from": true, "for": true, "on": true, "in": true, "over": true, "after": true,
	"at": true, "as": true, "last": true, "with": true, "because": true, "earlier": true, "of": true,
	"this": true, "yesterday": true, "today": true, "without": true, "amid": true, "following": true,
}

// removedFromOffice reports whether the verb at t removes someone from a
// post: a removal verb whose object is a person ("dismissed Bainimarama"),
// a post ("dismissed the government", "sacked him") or a body's members
// ("dismissed 5 Haitian Supreme Court justices"). That is an act inside a
// state, not the rejection of a proposal or a claim.
func (v *sentenceView) removedFromOffice(t int) bool {
	toks := v.toks
	if !removalVerbs[toks[t].norm] {
		return false
	}
	for k := t + 1; k < len(toks) && k <= t+6; k++ {
		w := toks[k]
		if p := v.at[k]; p >= 0 {
			m := v.ms[p]
			if toks[m.last].poss {
				return false // "dismissed Larijani's remarks"
			}
			if m.ent.Kind == graph.Person {
				return true
			}
			if removedPosts[toks[m.last].norm] {
				return v.endsPost(m.last) // "the government" read as the state it is
			}
			k = m.last // "5 Haitian Supreme Court justices": the body qualifies its members
			continue
		}
		switch {
		case w.poss || w.punct:
			return false
		case removedPosts[w.norm]:
			return v.endsPost(k)
		case officeTitleWords[w.norm] || w.digit:
			continue
		default:
			return false
		}
	}
	return false
}

// endsPost reports whether the post named at k is the whole object: the
// clause goes on after it, or a name or another post follows ("Interior
// Minister Bakirdin Subanbekov"), not a noun it qualifies ("the government
// report").
func (v *sentenceView) endsPost(k int) bool {
	toks := v.toks
	return k+1 >= len(toks) || toks[k+1].punct || v.at[k+1] >= 0 || removedPosts[toks[k+1].norm] || removalFollowers[toks[k+1].norm]
}

// stateAgentNouns name a state's own organs and forces. What they block
// (a website, an entrance, sea lanes) is closed by authority, not blocked
// in protest.
var stateAgentNouns = map[string]bool{
	"government": true, "governments": true, "authorities": true, "police": true, "army": true, "troops": true,
	"forces": true, "military": true, "warships": true, "navy": true, "ministry": true, "regime": true,
	"officials": true, "censors": true, "soldiers": true, "court": true,
}

// blockadeCrowds add to crowdNouns (sentences.go) more who block roads in
// protest.
var blockadeCrowds = map[string]bool{
	"truckers": true, "drivers": true, "opposition": true, "members": true, "miners": true, "unionists": true,
}

// blockedByState reports whether the blocking at t is done by the state
// named before it: "the Pakistani government has started blocking access
// to Blogger.com", "the government of Saudi Arabia blocked access",
// "the police blocked the entrance". A crowd named nearer makes it a
// protest again ("demonstrators blocked the roads").
func (v *sentenceView) blockedByState(t int) bool {
	toks := v.toks
	for k := t - 1; k >= 0 && k >= t-10; k-- {
		w := toks[k]
		switch {
		case crowdNouns[w.norm] || blockadeCrowds[w.norm]:
			return false
		case stateAgentNouns[w.norm]:
			return true
		}
		if p := v.at[k]; p >= 0 {
			m := v.ms[p]
			if m.ent.Kind == graph.Person || m.form == formDemonym {
				return false
			}
			if m.first > 0 && prepositions[toks[m.first-1].norm] {
				k = m.first // "the government of Saudi Arabia", "supporters in Kenya": read on
				continue
			}
			last := toks[m.last].norm
			return m.ent.Kind == graph.Country && !toks[m.last].poss || stateAgentNouns[last]
		}
	}
	return false
}

// withheldSpeech are the verbs a spokesman declines to do when he says
// nothing: "declined to comment", "refused to confirm". Saying nothing is
// a neutral statement, not a rejection of anyone.
var withheldSpeech = map[string]bool{
	"comment": true, "confirm": true, "elaborate": true, "speculate": true, "specify": true,
	"disclose": true, "reveal": true, "identify": true, "name": true, "say": true, "answer": true,
}

// decliningVerbs are the verbs of declining whose infinitive withheldSpeech
// may follow.
var decliningVerbs = map[string]bool{
	"decline": true, "declines": true, "declined": true, "declining": true,
	"refuse": true, "refuses": true, "refused": true, "refusing": true,
}

// declinedComment reports a verb of refusing at t whose infinitive is a
// verb of saying: "declined to comment on the shooting", "refused to
// confirm the report".
func declinedComment(toks []token, t int) bool {
	if !decliningVerbs[toks[t].norm] {
		return false
	}
	k := t + 1
	if k < len(toks) && strings.HasSuffix(toks[k].norm, "ly") && !toks[k].punct {
		k++ // "declined immediately to comment"
	}
	return k+1 < len(toks) && toks[k].norm == "to" && withheldSpeech[toks[k+1].norm]
}

// vetoPowerWords make "veto" a power held, not one used: "Russia has veto
// power", "the right of veto", "a virtual veto over loans", "veto-wielding
// members".
var vetoPowerWords = map[string]bool{
	"power": true, "powers": true, "right": true, "rights": true, "wielding": true, "holding": true,
	"virtual": true, "effective": true,
}

// heldVeto reports a "veto" at t that names the power to veto: followed by
// "power(s)", "right(s)" or "-wielding", or after "right of", "power of",
// "virtual" or "effective".
func heldVeto(toks []token, t int) bool {
	if toks[t].norm != "veto" && toks[t].norm != "vetoes" {
		return false
	}
	if t+1 < len(toks) && vetoPowerWords[toks[t+1].norm] {
		return true
	}
	if t >= 1 && (toks[t-1].norm == "virtual" || toks[t-1].norm == "effective") {
		return true
	}
	if t >= 2 && toks[t-1].norm == "of" && vetoPowerWords[toks[t-2].norm] {
		return true
	}
	if t >= 2 && (toks[t-1].norm == "a" || toks[t-1].norm == "the") && (toks[t-2].norm == "has" || toks[t-2].norm == "have" || toks[t-2].norm == "holds") {
		return true // "the U.S. has a veto over": a power held
	}
	return false
}

// withheldDetails are more verbs a spokesman declines to do when he says
// nothing (see withheldSpeech): "declined to detail what was discussed",
// "refused to divulge the figure".
var withheldDetails = map[string]bool{
	"detail": true, "divulge": true, "explain": true, "describe": true, "quantify": true, "estimate": true,
}

// detailNouns are what "give" or "provide" hand over when a spokesman says
// nothing: "declined to give an exact figure", "refused to provide details".
var detailNouns = map[string]bool{
	"details": true, "detail": true, "figure": true, "figures": true, "information": true, "comment": true,
	"specifics": true, "reasons": true, "reason": true, "names": true, "estimate": true, "breakdown": true,
	"timetable": true, "date": true,
}

// declinedDetails reports a verb of refusing at t, or the infinitive at t
// after one, that withholds words, beyond declinedComment's verbs of
// saying: "declined to detail", "declined to give an exact figure",
// "refused to provide further details". Neither the refusal nor the giving
// is an event.
func declinedDetails(toks []token, t int) bool {
	if t >= 2 && toks[t-1].norm == "to" && decliningVerbs[toks[t-2].norm] {
		t -= 2 // the trigger is the infinitive: "provide" of "declined to provide details"
	}
	if !decliningVerbs[toks[t].norm] || t+2 >= len(toks) || toks[t+1].norm != "to" {
		return false
	}
	verb := toks[t+2].norm
	if withheldDetails[verb] {
		return true
	}
	if verb != "give" && verb != "provide" && verb != "offer" && verb != "release" {
		return false
	}
	for k := t + 3; k < len(toks) && k <= t+6; k++ {
		if detailNouns[toks[k].norm] {
			return true
		}
		if toks[k].punct {
			break
		}
	}
	return false
}
